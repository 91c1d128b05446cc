"""drafts and gesprek

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

0002 was released with the dossier core (its CI landed), so workspaces at 0002 exist: what came after
goes here instead of into 0002.
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


def downgrade() -> None:
    with op.batch_alter_table("netwerk_persoon", schema=None) as batch_op:
        batch_op.drop_column("verwijderd")
    op.drop_table("draft")
