"""sync: state, conflicts, parked changes, base_seq on the outbox

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

The client half of sync (#8). ``sync_state`` holds the device token, server, team and pull cursor inside
the encrypted database; ``sync_conflict`` keeps both values of a field two laptops changed; ``sync_parked``
holds pulled changes that wait for what they refer to. ``change_record.base_seq`` is the team cursor a change
was made on, which replaces the per-row ``base_version`` for conflict detection on the server.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("base_seq", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(length=500), nullable=False),
        sa.Column("device_token", sa.String(length=200), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=False),
        sa.Column("team_name", sa.String(length=100), nullable=False),
        sa.Column("worker_name", sa.String(length=100), nullable=False),
        sa.Column("pull_cursor", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("earlier_change_id", sa.String(length=36), nullable=False),
        sa.Column("earlier_value", sa.Text(), nullable=False),
        sa.Column("earlier_author", sa.String(length=100), nullable=False),
        sa.Column("earlier_at", sa.DateTime(), nullable=False),
        sa.Column("later_change_id", sa.String(length=36), nullable=False),
        sa.Column("later_value", sa.Text(), nullable=False),
        sa.Column("later_author", sa.String(length=100), nullable=False),
        sa.Column("later_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=False),
        sa.Column("choice", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["resolved_at", "created_at"], unique=False)
    op.create_index(op.f("ix_sync_conflict_entity_id"), "sync_conflict", ["entity_id"], unique=False)
    op.create_table(
        "sync_parked",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_sync_parked")),
    )
    op.create_index(op.f("ix_sync_parked_seq"), "sync_parked", ["seq"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_parked_seq"), table_name="sync_parked")
    op.drop_table("sync_parked")
    op.drop_index(op.f("ix_sync_conflict_entity_id"), table_name="sync_conflict")
    op.drop_index("ix_sync_conflict_open", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_state")
    with op.batch_alter_table("change_record", schema=None) as batch_op:
        batch_op.drop_column("base_seq")
