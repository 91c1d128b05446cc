"""dossier core

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "device_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_key")),
    )
    op.create_table(
        "casus",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("huishouden_id", sa.String(length=36), nullable=False),
        sa.Column("regisseur_id", sa.String(length=36), nullable=False),
        sa.Column("fase", sa.String(length=20), nullable=False),
        sa.Column("aanmelddatum", sa.Date(), nullable=False),
        sa.Column("kanaal", sa.String(length=20), nullable=False),
        sa.Column("verwijzer", sa.String(length=200), nullable=False),
        sa.Column("hulpvraag", sa.Text(), nullable=False),
        sa.Column("betrokken_professionals", sa.Text(), nullable=False),
        sa.Column("spoed", sa.Text(), nullable=False),
        sa.Column("toestemming_gegevensverwerking", sa.Boolean(), nullable=False),
        sa.Column("uitleg_procedure_gegeven", sa.Boolean(), nullable=False),
        sa.Column("instrument_id", sa.String(length=60), nullable=False),
        sa.Column("afgesloten_op", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["huishouden_id"], ["huishouden.id"], name=op.f("fk_casus_huishouden_id_huishouden")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_casus")),
    )
    with op.batch_alter_table("casus", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_casus_aanmelddatum"), ["aanmelddatum"], unique=False)
        batch_op.create_index(batch_op.f("ix_casus_fase"), ["fase"], unique=False)
        batch_op.create_index(batch_op.f("ix_casus_huishouden_id"), ["huishouden_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_casus_regisseur_id"), ["regisseur_id"], unique=False)

    op.create_table(
        "fase_overgang",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("van", sa.String(length=20), nullable=False),
        sa.Column("naar", sa.String(length=20), nullable=False),
        sa.Column("reden", sa.Text(), nullable=False),
        sa.Column("door", sa.String(length=36), nullable=False),
        sa.Column("op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_fase_overgang_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fase_overgang")),
    )
    with op.batch_alter_table("fase_overgang", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fase_overgang_casus_id"), ["casus_id"], unique=False)

    op.create_table(
        "gesprek",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("hulpvraag_toelichting", sa.Text(), nullable=False),
        sa.Column("wederkerigheid", sa.Text(), nullable=False),
        sa.Column("verwachtingen", sa.Text(), nullable=False),
        sa.Column("veiligheid", sa.Text(), nullable=False),
        sa.Column("meldcode", sa.Boolean(), nullable=False),
        sa.Column("informatie_gegeven", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_gesprek_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gesprek")),
        sa.UniqueConstraint("casus_id", name=op.f("uq_gesprek_casus_id")),
    )
    op.create_table(
        "leefgebied_notitie",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("persoon_id", sa.String(length=36), nullable=False),
        sa.Column("leefgebied", sa.String(length=60), nullable=False),
        sa.Column("zorg", sa.Text(), nullable=False),
        sa.Column("kracht", sa.Text(), nullable=False),
        sa.Column("wens", sa.Text(), nullable=False),
        sa.Column("niet_besproken", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_leefgebied_notitie_casus_id_casus")),
        sa.ForeignKeyConstraint(["persoon_id"], ["persoon.id"], name=op.f("fk_leefgebied_notitie_persoon_id_persoon")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leefgebied_notitie")),
        sa.UniqueConstraint("casus_id", "persoon_id", "leefgebied", name=op.f("uq_leefgebied_notitie_casus_id")),
    )
    with op.batch_alter_table("leefgebied_notitie", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leefgebied_notitie_casus_id"), ["casus_id"], unique=False)

    op.create_table(
        "netwerk_persoon",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("relatie", sa.String(length=100), nullable=False),
        sa.Column("wat", sa.Text(), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_netwerk_persoon_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_netwerk_persoon")),
    )
    with op.batch_alter_table("netwerk_persoon", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_netwerk_persoon_casus_id"), ["casus_id"], unique=False)

    op.create_table(
        "plan_version",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("plan_hash", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_plan_version_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_version")),
        sa.UniqueConstraint("casus_id", "version", name=op.f("uq_plan_version_casus_id")),
    )
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_version_casus_id"), ["casus_id"], unique=False)

    op.create_table(
        "regiestap_gebeurtenis",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_regiestap_gebeurtenis_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regiestap_gebeurtenis")),
        sa.UniqueConstraint("casus_id", "event", name=op.f("uq_regiestap_gebeurtenis_casus_id")),
    )
    with op.batch_alter_table("regiestap_gebeurtenis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_regiestap_gebeurtenis_casus_id"), ["casus_id"], unique=False)

    op.create_table(
        "regiestap_gedaan",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("step_number", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("door", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_regiestap_gedaan_casus_id_casus")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regiestap_gedaan")),
        sa.UniqueConstraint("casus_id", "step_number", name=op.f("uq_regiestap_gedaan_casus_id")),
    )
    with op.batch_alter_table("regiestap_gedaan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_regiestap_gedaan_casus_id"), ["casus_id"], unique=False)

    op.create_table(
        "zrm_assessment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("casus_id", sa.String(length=36), nullable=False),
        sa.Column("persoon_id", sa.String(length=36), nullable=False),
        sa.Column("instrument_id", sa.String(length=60), nullable=False),
        sa.Column("instrument_version", sa.String(length=20), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("by", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"], name=op.f("fk_zrm_assessment_casus_id_casus")),
        sa.ForeignKeyConstraint(["persoon_id"], ["persoon.id"], name=op.f("fk_zrm_assessment_persoon_id_persoon")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zrm_assessment")),
    )
    with op.batch_alter_table("zrm_assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_zrm_assessment_casus_id"), ["casus_id"], unique=False)
        batch_op.create_index("ix_zrm_assessment_persoon_datum", ["persoon_id", "assessed_on"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("plan_version_id", sa.String(length=36), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("device_public_key", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_version_id"], ["plan_version.id"], name=op.f("fk_consent_plan_version_id_plan_version")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
        sa.UniqueConstraint("plan_version_id", name=op.f("uq_consent_plan_version_id")),
    )
    op.create_table(
        "zrm_score",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("leefgebied", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("nvt", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["zrm_assessment.id"], name=op.f("fk_zrm_score_assessment_id_zrm_assessment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zrm_score")),
        sa.UniqueConstraint("assessment_id", "leefgebied", name=op.f("uq_zrm_score_assessment_id")),
    )
    with op.batch_alter_table("zrm_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_zrm_score_assessment_id"), ["assessment_id"], unique=False)


def downgrade() -> None:
    op.drop_table("setting")
    with op.batch_alter_table("zrm_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_zrm_score_assessment_id"))

    op.drop_table("zrm_score")
    op.drop_table("consent")
    with op.batch_alter_table("zrm_assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_zrm_assessment_persoon_datum")
        batch_op.drop_index(batch_op.f("ix_zrm_assessment_casus_id"))

    op.drop_table("zrm_assessment")
    with op.batch_alter_table("regiestap_gedaan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_regiestap_gedaan_casus_id"))

    op.drop_table("regiestap_gedaan")
    with op.batch_alter_table("regiestap_gebeurtenis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_regiestap_gebeurtenis_casus_id"))

    op.drop_table("regiestap_gebeurtenis")
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_version_casus_id"))

    op.drop_table("plan_version")
    with op.batch_alter_table("netwerk_persoon", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_netwerk_persoon_casus_id"))

    op.drop_table("netwerk_persoon")
    with op.batch_alter_table("leefgebied_notitie", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leefgebied_notitie_casus_id"))

    op.drop_table("leefgebied_notitie")
    op.drop_table("gesprek")
    with op.batch_alter_table("fase_overgang", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fase_overgang_casus_id"))

    op.drop_table("fase_overgang")
    with op.batch_alter_table("casus", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_casus_regisseur_id"))
        batch_op.drop_index(batch_op.f("ix_casus_huishouden_id"))
        batch_op.drop_index(batch_op.f("ix_casus_fase"))
        batch_op.drop_index(batch_op.f("ix_casus_aanmelddatum"))

    op.drop_table("casus")
    op.drop_table("device_key")
