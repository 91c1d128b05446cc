"""traject

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

The traject after signing (#9): the sociale kaart (providers and voorveld per wijk, maintained by the team),
the opdracht to the provider, attachments stored inside the encrypted database (the provider's
ondersteuningsplan), the bespreking of that plan, and the appointments of the agenda.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sociale_kaart",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("wijk", sa.String(length=100), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("aanbod", sa.Text(), nullable=False),
        sa.Column("productcodes", sa.String(length=200), nullable=False),
        sa.Column("telefoon", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("adres", sa.String(length=300), nullable=False),
        sa.Column("actief", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sociale_kaart")),
    )
    op.create_index("ix_sociale_kaart_wijk_naam", "sociale_kaart", ["wijk", "naam"], unique=False)
    op.create_table(
        "traject_opdracht",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("aanbieder_id", sa.String(length=36), nullable=False),
        sa.Column("plan_version_id", sa.String(length=36), nullable=False),
        sa.Column("productcode", sa.String(length=40), nullable=False),
        sa.Column("periode_start", sa.Date(), nullable=False),
        sa.Column("periode_einde", sa.Date(), nullable=False),
        sa.Column("werker_telefoon", sa.String(length=40), nullable=False),
        sa.Column("werker_email", sa.String(length=200), nullable=False),
        sa.Column("verstuurd_op", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["aanbieder_id"], ["sociale_kaart.id"], name=op.f("fk_traject_opdracht_aanbieder_id_sociale_kaart")
        ),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_traject_opdracht_casus_id_casus")),
        sa.ForeignKeyConstraint(
            ["plan_version_id"],
            ["plan_version.id"],
            name=op.f("fk_traject_opdracht_plan_version_id_plan_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_traject_opdracht")),
    )
    op.create_index(op.f("ix_traject_opdracht_casus_id"), "traject_opdracht", ["casus_id"], unique=False)
    op.create_table(
        "traject_bijlage",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("soort", sa.String(length=40), nullable=False),
        sa.Column("grootte", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("paginas", sa.Integer(), nullable=False),
        sa.Column("toegevoegd_op", sa.Date(), nullable=False),
        sa.Column("inhoud", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_traject_bijlage_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_traject_bijlage")),
    )
    op.create_index(op.f("ix_traject_bijlage_casus_id"), "traject_bijlage", ["casus_id"], unique=False)
    op.create_table(
        "traject_bespreking",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("besproken_op", sa.Date(), nullable=True),
        sa.Column("indicatie_juist", sa.Boolean(), nullable=False),
        sa.Column("doelen_concreet", sa.Boolean(), nullable=False),
        sa.Column("aandacht_netwerk", sa.Boolean(), nullable=False),
        sa.Column("aandacht_voorveld", sa.Boolean(), nullable=False),
        sa.Column("aandacht_eigen_kracht", sa.Boolean(), nullable=False),
        sa.Column("wie_informeert", sa.Text(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_traject_bespreking_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_traject_bespreking")),
        sa.UniqueConstraint("casus_id", name=op.f("uq_traject_bespreking_casus_id")),
    )
    op.create_table(
        "afspraak",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("tijd", sa.String(length=5), nullable=False),
        sa.Column("duur_minuten", sa.Integer(), nullable=False),
        sa.Column("soort", sa.String(length=20), nullable=False),
        sa.Column("plaats", sa.String(length=200), nullable=False),
        sa.Column("geannuleerd", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_afspraak_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_afspraak")),
    )
    op.create_index("ix_afspraak_datum", "afspraak", ["datum", "tijd"], unique=False)
    op.create_index(op.f("ix_afspraak_casus_id"), "afspraak", ["casus_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_afspraak_casus_id"), table_name="afspraak")
    op.drop_index("ix_afspraak_datum", table_name="afspraak")
    op.drop_table("afspraak")
    op.drop_table("traject_bespreking")
    op.drop_index(op.f("ix_traject_bijlage_casus_id"), table_name="traject_bijlage")
    op.drop_table("traject_bijlage")
    op.drop_index(op.f("ix_traject_opdracht_casus_id"), table_name="traject_opdracht")
    op.drop_table("traject_opdracht")
    op.drop_index("ix_sociale_kaart_wijk_naam", table_name="sociale_kaart")
    op.drop_table("sociale_kaart")
