"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("worker_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_access_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_access_log_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "change_record",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_record")),
    )
    with op.batch_alter_table("change_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_record_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index("ix_change_record_unsent", ["sent_at", "id"], unique=False)

    op.create_table(
        "huishouden",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("straat", sa.String(length=200), nullable=False),
        sa.Column("huisnummer", sa.String(length=20), nullable=False),
        sa.Column("postcode", sa.String(length=7), nullable=False),
        sa.Column("woonplaats", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_huishouden")),
    )
    with op.batch_alter_table("huishouden", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_huishouden_postcode"), ["postcode"], unique=False)

    op.create_table(
        "worker",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("team", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worker")),
    )
    op.create_table(
        "workspace_info",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace_info")),
    )
    op.create_table(
        "persoon",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("huishouden_id", sa.String(length=36), nullable=False),
        sa.Column("voornamen", sa.String(length=200), nullable=False),
        sa.Column("tussenvoegsel", sa.String(length=20), nullable=False),
        sa.Column("achternaam", sa.String(length=200), nullable=False),
        sa.Column("geboortedatum", sa.Date(), nullable=True),
        sa.Column("bsn", sa.String(length=9), nullable=True),
        sa.Column("rol", sa.String(length=20), nullable=False),
        sa.Column("telefoon", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["huishouden_id"], ["huishouden.id"], name=op.f("fk_persoon_huishouden_id_huishouden")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persoon")),
    )
    with op.batch_alter_table("persoon", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persoon_bsn"), ["bsn"], unique=False)
        batch_op.create_index(batch_op.f("ix_persoon_huishouden_id"), ["huishouden_id"], unique=False)
        batch_op.create_index("ix_persoon_naam_geboorte", ["achternaam", "geboortedatum"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("persoon", schema=None) as batch_op:
        batch_op.drop_index("ix_persoon_naam_geboorte")
        batch_op.drop_index(batch_op.f("ix_persoon_huishouden_id"))
        batch_op.drop_index(batch_op.f("ix_persoon_bsn"))

    op.drop_table("persoon")
    op.drop_table("workspace_info")
    op.drop_table("worker")
    with op.batch_alter_table("huishouden", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_huishouden_postcode"))

    op.drop_table("huishouden")
    with op.batch_alter_table("change_record", schema=None) as batch_op:
        batch_op.drop_index("ix_change_record_unsent")
        batch_op.drop_index(batch_op.f("ix_change_record_entity_id"))

    op.drop_table("change_record")
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_log_entity_id"))
        batch_op.drop_index(batch_op.f("ix_access_log_at"))

    op.drop_table("access_log")
