"""journaal en evaluatie

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

The contactjournaal, voortgang and eindevaluatie per doel, afsluiten with its checklist and waakvlam (#9).
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401 - used as the tables arrive
from alembic import op  # noqa: F401

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
