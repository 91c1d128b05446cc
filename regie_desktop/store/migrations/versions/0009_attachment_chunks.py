"""attachment content in chunks

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

The bytes of an attachment (traject_bijlage.inhoud, eindverslag.data) now travel in chunks (#8,
``sync.attachments``). A laptop that pulls an attachment's metadata keeps the row with its content empty until
the chunks have arrived and matched the SHA-256, so the content columns may be empty; before this such a row
waited parked. ``sync_blob`` remembers which attachments the central store holds complete, ``sync_blob_chunk``
keeps the chunks of a download that was cut off, inside the encrypted database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("traject_bijlage") as batch:
        batch.alter_column("inhoud", existing_type=sa.LargeBinary(), nullable=True)
    with op.batch_alter_table("eindverslag") as batch:
        batch.alter_column("data", existing_type=sa.LargeBinary(), nullable=True)
    op.create_table(
        "sync_blob",
        sa.Column("blob_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("complete_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("blob_id", name=op.f("pk_sync_blob")),
    )
    op.create_table(
        "sync_blob_chunk",
        sa.Column("blob_id", sa.String(length=36), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("blob_id", "idx", name=op.f("pk_sync_blob_chunk")),
    )


def downgrade() -> None:
    op.drop_table("sync_blob_chunk")
    op.drop_table("sync_blob")
    op.execute("DELETE FROM eindverslag WHERE data IS NULL")
    op.execute("DELETE FROM traject_bijlage WHERE inhoud IS NULL")
    with op.batch_alter_table("eindverslag") as batch:
        batch.alter_column("data", existing_type=sa.LargeBinary(), nullable=False)
    with op.batch_alter_table("traject_bijlage") as batch:
        batch.alter_column("inhoud", existing_type=sa.LargeBinary(), nullable=False)
