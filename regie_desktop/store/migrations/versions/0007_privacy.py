"""privacy

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

The client's rights (#12): the hash chain over this device's access-log entries (tamper evidence, local
only: it never travels), the rectification history (a corrected fact keeps its old value and the reason),
and the destruction records (which casus left the laptop, when, by whom, under which rule; no personal data).
Existing access-log entries of this device are chained in the order they were written.
"""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_log_keten",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("access_log_id", sa.String(length=36), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_access_log_keten")),
        sa.UniqueConstraint("access_log_id", name=op.f("uq_access_log_keten_access_log_id")),
    )
    op.create_table(
        "rectificatie",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("persoon_id", sa.String(length=36), nullable=False),
        sa.Column("veld", sa.String(length=40), nullable=False),
        sa.Column("oude_waarde", sa.Text(), nullable=False),
        sa.Column("nieuwe_waarde", sa.Text(), nullable=False),
        sa.Column("reden", sa.Text(), nullable=False),
        sa.Column("door", sa.String(length=36), nullable=False),
        sa.Column("op", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["persoon_id"], ["persoon.id"], name=op.f("fk_rectificatie_persoon_id_persoon")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rectificatie")),
    )
    op.create_index(op.f("ix_rectificatie_persoon_id"), "rectificatie", ["persoon_id"], unique=False)
    op.create_table(
        "vernietiging",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("regel", sa.String(length=40), nullable=False),
        sa.Column("afgesloten_op", sa.Date(), nullable=True),
        sa.Column("bewaren_tot", sa.Date(), nullable=True),
        sa.Column("huishouden_verwijderd", sa.Boolean(), nullable=False),
        sa.Column("door", sa.String(length=36), nullable=False),
        sa.Column("op", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vernietiging")),
    )
    op.create_index(op.f("ix_vernietiging_casus_id"), "vernietiging", ["casus_id"], unique=False)
    _chain_existing_entries()


def _chain_existing_entries() -> None:
    """Chain what this device logged before the chain existed, oldest first (the same form journal.py hashes)."""
    conn = op.get_bind()
    device = conn.execute(sa.text("SELECT device_id FROM workspace_info LIMIT 1")).scalar()
    if device is None:
        return
    rows = conn.execute(
        sa.text(
            "SELECT id, at, worker_id, device_id, action, entity, entity_id FROM access_log "
            "WHERE device_id = :device ORDER BY at, id"
        ),
        {"device": device},
    ).fetchall()
    previous = "0" * 64
    for seq, row in enumerate(rows, start=1):
        at = str(row[1]).replace(" ", "T")
        content = [seq, previous, row[0], at, row[2], row[3], row[4], row[5], row[6]]
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        previous = hashlib.sha256(text.encode("utf-8")).hexdigest()
        conn.execute(
            sa.text("INSERT INTO access_log_keten (seq, access_log_id, entry_hash) VALUES (:s, :i, :h)"),
            {"s": seq, "i": row[0], "h": previous},
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_vernietiging_casus_id"), table_name="vernietiging")
    op.drop_table("vernietiging")
    op.drop_index(op.f("ix_rectificatie_persoon_id"), table_name="rectificatie")
    op.drop_table("rectificatie")
    op.drop_table("access_log_keten")
