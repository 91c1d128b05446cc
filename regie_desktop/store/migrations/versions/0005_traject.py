"""traject

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

The traject after signing (#9): the opdracht to the provider, attachments stored inside the encrypted
database, the sociale kaart.
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401 - used as the tables arrive
from alembic import op  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
