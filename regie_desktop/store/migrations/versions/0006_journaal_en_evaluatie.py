"""journaal en evaluatie

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

The contactjournaal, voortgang and eindevaluatie per doel, the provider's eindverslag (a PDF kept as a blob
inside the encrypted database, never as a file), and afsluiten with its checklist and waakvlam (#9).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journaal_contact",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("deelnemers", sa.Text(), nullable=False),
        sa.Column("notitie", sa.Text(), nullable=False),
        sa.Column("alleen_professional", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_journaal_contact_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journaal_contact")),
    )
    op.create_index("ix_journaal_contact_casus_datum", "journaal_contact", ["casus_id", "datum"], unique=False)
    op.create_table(
        "evaluatie",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("plan_version_id", sa.String(length=36), nullable=False),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("resultaten", sa.Text(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_evaluatie_casus_id_casus")),
        sa.ForeignKeyConstraint(
            ["plan_version_id"], ["plan_version.id"], name=op.f("fk_evaluatie_plan_version_id_plan_version")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluatie")),
    )
    op.create_index(op.f("ix_evaluatie_casus_id"), "evaluatie", ["casus_id"], unique=False)
    op.create_table(
        "eindverslag",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("ontvangen_op", sa.Date(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("grootte", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_eindverslag_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eindverslag")),
    )
    op.create_index(op.f("ix_eindverslag_casus_id"), "eindverslag", ["casus_id"], unique=False)
    op.create_table(
        "afsluiting",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("uitkomst", sa.String(length=20), nullable=False),
        sa.Column("redencode", sa.String(length=20), nullable=False),
        sa.Column("checklist", sa.Text(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("waakvlam_weken", sa.Integer(), nullable=True),
        sa.Column("overdracht_aan", sa.String(length=200), nullable=False),
        sa.Column("doorgaan_reden", sa.Text(), nullable=False),
        sa.Column("open_punten", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_afsluiting_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_afsluiting")),
        sa.UniqueConstraint("casus_id", name=op.f("uq_afsluiting_casus_id")),
    )


def downgrade() -> None:
    op.drop_table("afsluiting")
    op.drop_index(op.f("ix_eindverslag_casus_id"), table_name="eindverslag")
    op.drop_table("eindverslag")
    op.drop_index(op.f("ix_evaluatie_casus_id"), table_name="evaluatie")
    op.drop_table("evaluatie")
    op.drop_index("ix_journaal_contact_casus_datum", table_name="journaal_contact")
    op.drop_table("journaal_contact")
