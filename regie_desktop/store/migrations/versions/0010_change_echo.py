"""own changes coming back

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

``change_record.echo_seq``: the server number under which this laptop's own change came back in a pull
(``sync.apply.Pending``). Until then its fields keep their local value against remote changes numbered before
it, as an unsent change's do; without that, a laptop whose edit was numbered before a signing elsewhere folded
the two differently from the other laptops. Changes sent before this migration count as back (0), as the
server's refused ones do: that is how they were treated until now.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_record") as batch:
        batch.add_column(sa.Column("echo_seq", sa.Integer(), nullable=True))
    op.execute("UPDATE change_record SET echo_seq = 0 WHERE sent_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("change_record") as batch:
        batch.drop_column("echo_seq")
