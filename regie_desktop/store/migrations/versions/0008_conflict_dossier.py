"""conflict dossier

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

A conflict names the household (dossier) its entity belongs to (#8), found when the conflict is recorded: a
conflict whose later change deleted the row (a persoon removed on one laptop, edited on another) still shows
which dossier it is about, and the household page can find its conflicts with one indexed query. Conflicts
recorded before this stay empty here; the Conflicten page then looks the dossier up from the entity.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch:
        batch.add_column(sa.Column("huishouden_id", sa.String(length=36), nullable=True))
        batch.create_index(batch.f("ix_sync_conflict_huishouden_id"), ["huishouden_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict") as batch:
        batch.drop_index(batch.f("ix_sync_conflict_huishouden_id"))
        batch.drop_column("huishouden_id")
