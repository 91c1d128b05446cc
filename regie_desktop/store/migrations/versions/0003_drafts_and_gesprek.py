"""drafts and gesprek

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

0002 was released with the dossier core (its CI landed), so workspaces at 0002 exist: what came after
goes here instead of into 0002.

The gesprek page adds ``gesprek_vlag`` (a hand-set mark per part, "alleen voor professionals" per text) and a
revision on ``zrm_assessment``: the assessment of today is completed score by score while the gesprek runs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("worker_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name=op.f("fk_draft_worker_id_worker")),
        sa.PrimaryKeyConstraint("worker_id", "kind", name=op.f("pk_draft")),
    )
    with op.batch_alter_table("netwerk_persoon", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verwijderd", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("zrm_assessment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "gesprek_vlag",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("sleutel", sa.String(length=160), nullable=False),
        sa.Column("markering", sa.String(length=20), nullable=False),
        sa.Column("alleen_professional", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_gesprek_vlag_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gesprek_vlag")),
        sa.UniqueConstraint("casus_id", "sleutel", name=op.f("uq_gesprek_vlag_casus_id")),
    )
    with op.batch_alter_table("gesprek_vlag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gesprek_vlag_casus_id"), ["casus_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("gesprek_vlag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gesprek_vlag_casus_id"))
    op.drop_table("gesprek_vlag")
    # Not batch mode: copying zrm_assessment to a new table breaks zrm_score's foreign key. SQLite >= 3.35
    # (SQLCipher 4.5+) drops a plain column in place.
    op.drop_column("zrm_assessment", "version")
    with op.batch_alter_table("netwerk_persoon", schema=None) as batch_op:
        batch_op.drop_column("verwijderd")
    op.drop_table("draft")
