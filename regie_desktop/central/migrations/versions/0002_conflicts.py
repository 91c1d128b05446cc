"""conflict detection: base_seq and the conflict notes of a stored change

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02

A change now says which team cursor it was made on (``base_seq``); the server compares it with the changes
of the same entity numbered after that cursor and keeps what it found (``conflicts``, JSON) with the change,
so every laptop of the team learns the same conflicts from the pull.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("base_seq", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("conflicts", sa.Text(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_column("conflicts")
        batch_op.drop_column("base_seq")
