"""Tables of the local workspace (typed SQLAlchemy 2 ORM). Alembic migrations create them; never ``create_all``."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; SQLite itself keeps no time zone."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Regie stores aware UTC times only")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime}


class WorkspaceInfo(Base):
    """One row: which workspace and device this database belongs to (ids only, nothing personal)."""

    __tablename__ = "workspace_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Worker(Base):
    """The sociaal werker who owns this workspace."""

    __tablename__ = "worker"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    naam: Mapped[str] = mapped_column(String(200))
    team: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Huishouden(Base):
    __tablename__ = "huishouden"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    straat: Mapped[str] = mapped_column(String(200), default="")
    huisnummer: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(7), default="", index=True)
    woonplaats: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    personen: Mapped[list[Persoon]] = relationship(back_populates="huishouden", order_by="Persoon.created_at")


class Persoon(Base):
    __tablename__ = "persoon"
    __table_args__ = (Index("ix_persoon_naam_geboorte", "achternaam", "geboortedatum"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    huishouden_id: Mapped[str] = mapped_column(ForeignKey("huishouden.id"), index=True)
    voornamen: Mapped[str] = mapped_column(String(200), default="")
    tussenvoegsel: Mapped[str] = mapped_column(String(20), default="")
    achternaam: Mapped[str] = mapped_column(String(200))
    geboortedatum: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    bsn: Mapped[str | None] = mapped_column(String(9), nullable=True, index=True)
    rol: Mapped[str] = mapped_column(String(20))
    telefoon: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    huishouden: Mapped[Huishouden] = relationship(back_populates="personen")


class ChangeRecord(Base):
    """The sync outbox: one row per changed entity, written in the same transaction as the change."""

    __tablename__ = "change_record"
    __table_args__ = (Index("ix_change_record_unsent", "sent_at", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUIDv7, made on this device
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    operation: Mapped[str] = mapped_column(String(10))  # upsert | delete
    fields: Mapped[str] = mapped_column(Text)  # canonical JSON of the changed fields
    base_version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    schema_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    base_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """The team cursor (last pulled server sequence) when the change was made: what the server compares."""
    echo_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """The server number under which this change came back in a pull (0: refused by the server, or sent before
    migration 0010); empty while it has not come back, and then its fields keep their local value (``sync.apply``)."""


class AccessLog(Base):
    """Who did what with which dossier, when, on which device (NEN 7513 style); ids only."""

    __tablename__ = "access_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    worker_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)


class DeviceKey(Base):
    """This device's Ed25519 key for signing consent; the private half lives only in this encrypted file."""

    __tablename__ = "device_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Casus(Base):
    __tablename__ = "casus"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    huishouden_id: Mapped[str] = mapped_column(ForeignKey("huishouden.id"), index=True)
    regisseur_id: Mapped[str] = mapped_column(String(36), index=True)
    fase: Mapped[str] = mapped_column(String(20), index=True)
    aanmelddatum: Mapped[dt.date] = mapped_column(Date, index=True)
    kanaal: Mapped[str] = mapped_column(String(20))
    verwijzer: Mapped[str] = mapped_column(String(200), default="")
    hulpvraag: Mapped[str] = mapped_column(Text, default="")
    betrokken_professionals: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    spoed: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of Spoed values
    toestemming_gegevensverwerking: Mapped[bool] = mapped_column(Boolean, default=False)
    uitleg_procedure_gegeven: Mapped[bool] = mapped_column(Boolean, default=False)
    instrument_id: Mapped[str] = mapped_column(String(60))
    afgesloten_op: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class FaseOvergang(Base):
    __tablename__ = "fase_overgang"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    van: Mapped[str] = mapped_column(String(20))
    naar: Mapped[str] = mapped_column(String(20))
    reden: Mapped[str] = mapped_column(Text, default="")
    door: Mapped[str] = mapped_column(String(36))
    op: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class LeefgebiedNotitieRow(Base):
    """Zorg, kracht and wens per person and leefgebied within one casus."""

    __tablename__ = "leefgebied_notitie"
    __table_args__ = (UniqueConstraint("casus_id", "persoon_id", "leefgebied"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    persoon_id: Mapped[str] = mapped_column(ForeignKey("persoon.id"))
    leefgebied: Mapped[str] = mapped_column(String(60))
    zorg: Mapped[str] = mapped_column(Text, default="")
    kracht: Mapped[str] = mapped_column(Text, default="")
    wens: Mapped[str] = mapped_column(Text, default="")
    niet_besproken: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class GesprekRow(Base):
    """The casus-wide parts of the keukentafelgesprek (one row per casus)."""

    __tablename__ = "gesprek"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), unique=True)
    hulpvraag_toelichting: Mapped[str] = mapped_column(Text, default="")
    wederkerigheid: Mapped[str] = mapped_column(Text, default="")
    verwachtingen: Mapped[str] = mapped_column(Text, default="")
    veiligheid: Mapped[str] = mapped_column(Text, default="")
    meldcode: Mapped[bool] = mapped_column(Boolean, default=False)
    informatie_gegeven: Mapped[str] = mapped_column(Text, default="{}")  # JSON {soort: ISO date}
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class NetwerkPersoonRow(Base):
    __tablename__ = "netwerk_persoon"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    naam: Mapped[str] = mapped_column(String(200))
    relatie: Mapped[str] = mapped_column(String(100))
    wat: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    verwijderd: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """A tombstone: removed from the netwerk, kept so the removal travels with sync."""
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class GesprekVlag(Base):
    """What the worker set by hand on a part of the gesprek: its mark, or "alleen voor professionals".

    ``sleutel`` names the part ("deel:leefgebied:financien") or the text ("tekst:wederkerigheid",
    "notitie:<persoon id>:<leefgebied>"); ``markering`` "" means the mark follows the content.
    """

    __tablename__ = "gesprek_vlag"
    __table_args__ = (UniqueConstraint("casus_id", "sleutel"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    sleutel: Mapped[str] = mapped_column(String(160))
    markering: Mapped[str] = mapped_column(String(20), default="")
    alleen_professional: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class ZrmAssessment(Base):
    __tablename__ = "zrm_assessment"
    __table_args__ = (Index("ix_zrm_assessment_persoon_datum", "persoon_id", "assessed_on"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    persoon_id: Mapped[str] = mapped_column(ForeignKey("persoon.id"))
    instrument_id: Mapped[str] = mapped_column(String(60))
    instrument_version: Mapped[str] = mapped_column(String(20))
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    by: Mapped[str] = mapped_column(String(20))  # werker | client (self-assessment)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """Revision: today's assessment is completed score by score during the gesprek (``set_score``)."""
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    scores: Mapped[list[ZrmScore]] = relationship(cascade="all, delete-orphan", order_by="ZrmScore.leefgebied")


class ZrmScore(Base):
    __tablename__ = "zrm_score"
    __table_args__ = (UniqueConstraint("assessment_id", "leefgebied"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("zrm_assessment.id"), index=True)
    leefgebied: Mapped[str] = mapped_column(String(60))
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    nvt: Mapped[bool] = mapped_column(Boolean, default=False)


class PlanVersion(Base):
    """One version of a casus's plan; ``content`` is canonical JSON, frozen once ``status`` is ondertekend."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("casus_id", "version"),)
    REVISION_COLUMN: ClassVar[str] = "revision"  # ``version`` is the plan's number, not the row revision

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    plan_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    signed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ConsentRow(Base):
    """Consent for one signed plan version, with the strokes and the device's signature over all of it."""

    __tablename__ = "consent"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    plan_version_id: Mapped[str] = mapped_column(ForeignKey("plan_version.id"), unique=True)
    content: Mapped[str] = mapped_column(Text)  # canonical JSON of the Consent, strokes included
    device_public_key: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class RegiestapGebeurtenis(Base):
    """A dated event deadlines are computed from (opdracht verstuurd, indicatie start, …)."""

    __tablename__ = "regiestap_gebeurtenis"
    __table_args__ = (UniqueConstraint("casus_id", "event"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    event: Mapped[str] = mapped_column(String(40))
    on: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)


class RegiestapGedaan(Base):
    __tablename__ = "regiestap_gedaan"
    __table_args__ = (UniqueConstraint("casus_id", "step_number"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    step_number: Mapped[int] = mapped_column(Integer)
    done_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    door: Mapped[str] = mapped_column(String(36))


class Setting(Base):
    """Workspace settings that travel with the data (e.g. the team's instrument); values are JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Draft(Base):
    """Unfinished input a worker was typing (e.g. a new aanmelding), kept so a lock or crash loses nothing.

    One per worker and kind; local only: it never travels, has no change records and is deleted once the
    input is registered or discarded. ``payload`` is the form's JSON.
    """

    __tablename__ = "draft"

    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class SyncState(Base):
    """One row once the device is enrolled: where it syncs, its token and how far it has pulled.

    Kept inside the encrypted database, not in a settings file: the device token is a secret and the
    cursor must move in the same transaction as the pulled changes it counts.
    """

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str] = mapped_column(String(500))
    device_token: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(36))
    team_id: Mapped[str] = mapped_column(String(36))
    team_name: Mapped[str] = mapped_column(String(100), default="")
    worker_name: Mapped[str] = mapped_column(String(100), default="")
    pull_cursor: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(64), default="0" * 64)
    """wire.scope_digest of every change id applied from the server (compared with GET /v1/digest)."""
    enrolled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")


class SyncConflict(Base):
    """Two laptops changed the same field without knowing each other's change: both values, kept.

    ``earlier`` is the change the server numbered first, ``later`` the one applied over it (values are
    canonical JSON). A hard conflict waits for the worker (``resolved_at`` empty); a soft one (different
    fields, merged) is recorded already resolved. The id is derived from the later change and the field,
    so every laptop of the team keeps the same conflict under the same id.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10))  # hard | soft
    earlier_change_id: Mapped[str] = mapped_column(String(36))
    earlier_value: Mapped[str] = mapped_column(Text)
    earlier_author: Mapped[str] = mapped_column(String(100), default="")
    earlier_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    later_change_id: Mapped[str] = mapped_column(String(36))
    later_value: Mapped[str] = mapped_column(Text)
    later_author: Mapped[str] = mapped_column(String(100), default="")
    later_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")
    choice: Mapped[str] = mapped_column(Text, default="")  # canonical JSON of the value kept
    huishouden_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    """The dossier (household) the entity belongs to, found when the conflict was recorded (``sync.dossier``)."""


class SyncParked(Base):
    """A pulled change that cannot be applied yet (what it refers to is not here), retried after each pull."""

    __tablename__ = "sync_parked"

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, index=True)
    payload: Mapped[str] = mapped_column(Text)  # the wire.PulledChange as JSON
    reason: Mapped[str] = mapped_column(String(200))


# --- the traject after signing (#9, migration 0005) ------------------------------------------------------------


class SocialeKaartRow(Base):
    """A provider or voorveld service in a wijk: data the team maintains and syncs (the sociale kaart)."""

    __tablename__ = "sociale_kaart"
    __table_args__ = (Index("ix_sociale_kaart_wijk_naam", "wijk", "naam"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    wijk: Mapped[str] = mapped_column(String(100))
    naam: Mapped[str] = mapped_column(String(200))
    soort: Mapped[str] = mapped_column(String(20))  # aanbieder | voorveld
    aanbod: Mapped[str] = mapped_column(Text, default="")
    productcodes: Mapped[str] = mapped_column(String(200), default="")  # comma-separated, e.g. "BGI, BGG"
    telefoon: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    adres: Mapped[str] = mapped_column(String(300), default="")
    actief: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class TrajectOpdracht(Base):
    """The order to a provider for one casus, as it went to the backoffice (the documents are made from it)."""

    __tablename__ = "traject_opdracht"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    aanbieder_id: Mapped[str] = mapped_column(ForeignKey("sociale_kaart.id"))
    plan_version_id: Mapped[str] = mapped_column(ForeignKey("plan_version.id"))
    productcode: Mapped[str] = mapped_column(String(40), default="")
    periode_start: Mapped[dt.date] = mapped_column(Date)
    periode_einde: Mapped[dt.date] = mapped_column(Date)
    werker_telefoon: Mapped[str] = mapped_column(String(40), default="")
    werker_email: Mapped[str] = mapped_column(String(200), default="")
    verstuurd_op: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class TrajectBijlage(Base):
    """A document from outside (the provider's ondersteuningsplan PDF), kept only inside the encrypted database.

    ``inhoud`` is local: the change record carries the metadata and the SHA-256, never the bytes. The bytes
    travel in chunks (``sync.attachments``); on a laptop that pulled the metadata, ``inhoud`` stays empty until
    they have arrived and matched the SHA-256.
    """

    __tablename__ = "traject_bijlage"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    soort: Mapped[str] = mapped_column(String(40))
    grootte: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    paginas: Mapped[int] = mapped_column(Integer, default=0)
    toegevoegd_op: Mapped[dt.date] = mapped_column(Date)
    inhoud: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # None: still to be fetched
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class TrajectBespreking(Base):
    """Worker and provider discussed the ondersteuningsplan: one record per casus."""

    __tablename__ = "traject_bespreking"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), unique=True)
    besproken_op: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    indicatie_juist: Mapped[bool] = mapped_column(Boolean, default=False)
    doelen_concreet: Mapped[bool] = mapped_column(Boolean, default=False)
    aandacht_netwerk: Mapped[bool] = mapped_column(Boolean, default=False)
    aandacht_voorveld: Mapped[bool] = mapped_column(Boolean, default=False)
    aandacht_eigen_kracht: Mapped[bool] = mapped_column(Boolean, default=False)
    wie_informeert: Mapped[str] = mapped_column(Text, default="")
    toelichting: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AfspraakRow(Base):
    """An appointment in the agenda: date, time, casus, kind and a place; ``geannuleerd`` is its tombstone."""

    __tablename__ = "afspraak"
    __table_args__ = (Index("ix_afspraak_datum", "datum", "tijd"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    datum: Mapped[dt.date] = mapped_column(Date)
    tijd: Mapped[str] = mapped_column(String(5))  # HH:MM, local time
    duur_minuten: Mapped[int] = mapped_column(Integer, default=60)
    soort: Mapped[str] = mapped_column(String(20))
    plaats: Mapped[str] = mapped_column(String(200), default="")
    geannuleerd: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AccessLogKeten(Base):
    """The hash chain over this device's access-log entries, in the order they were written (tamper evidence).

    Each link stores the SHA-256 of the previous link's hash plus its entry's canonical content
    (``journal.record_access``); ``regie check`` recomputes it. Local only: it never travels, so entries
    pulled from other laptops neither need nor break it. No foreign key, so a deleted entry shows as a
    missing one instead of blocking the deletion.
    """

    __tablename__ = "access_log_keten"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    access_log_id: Mapped[str] = mapped_column(String(36), unique=True)
    entry_hash: Mapped[str] = mapped_column(String(64))


class Rectificatie(Base):
    """A corrected fact of a person: the old and the new value with the reason, kept as history (AVG art. 16)."""

    __tablename__ = "rectificatie"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    persoon_id: Mapped[str] = mapped_column(ForeignKey("persoon.id"), index=True)
    veld: Mapped[str] = mapped_column(String(40))
    oude_waarde: Mapped[str] = mapped_column(Text)
    nieuwe_waarde: Mapped[str] = mapped_column(Text)
    reden: Mapped[str] = mapped_column(Text)
    door: Mapped[str] = mapped_column(String(36))
    op: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Vernietiging(Base):
    """That a casus left this laptop: when, by whom, under which rule. Ids and dates only, no personal data.

    ``soort`` is "vernietiging" (the retention period ended: removed here and, through sync, centrally) or
    "opgeruimd" (closed and synced: removed from the laptop only, it stays on the central store).
    """

    __tablename__ = "vernietiging"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(String(36), index=True)
    soort: Mapped[str] = mapped_column(String(20))
    regel: Mapped[str] = mapped_column(String(40))
    afgesloten_op: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    bewaren_tot: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    huishouden_verwijderd: Mapped[bool] = mapped_column(Boolean)
    door: Mapped[str] = mapped_column(String(36))
    op: Mapped[dt.datetime] = mapped_column(UtcDateTime)


# --- contactjournaal, evaluatie, afsluiten (#9, migration 0006) --------------------------------------------


class JournaalContact(Base):
    """One contact of the contactjournaal; ``deelnemers`` is JSON [{naam, soort}]."""

    __tablename__ = "journaal_contact"
    __table_args__ = (Index("ix_journaal_contact_casus_datum", "casus_id", "datum"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"))
    datum: Mapped[dt.date] = mapped_column(Date)
    soort: Mapped[str] = mapped_column(String(20))
    deelnemers: Mapped[str] = mapped_column(Text, default="[]")
    notitie: Mapped[str] = mapped_column(Text, default="")
    alleen_professional: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class EvaluatieRow(Base):
    """A tussen- or eindevaluatie of one signed plan version; ``resultaten`` is JSON per doel."""

    __tablename__ = "evaluatie"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    plan_version_id: Mapped[str] = mapped_column(ForeignKey("plan_version.id"))
    soort: Mapped[str] = mapped_column(String(20))
    datum: Mapped[dt.date] = mapped_column(Date)
    resultaten: Mapped[str] = mapped_column(Text, default="[]")
    toelichting: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Eindverslag(Base):
    """The provider's eindverslag: the PDF's bytes live only here, inside the encrypted database.

    ``data`` travels like ``TrajectBijlage.inhoud``: in chunks, empty on another laptop until it has arrived.
    """

    __tablename__ = "eindverslag"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    ontvangen_op: Mapped[dt.date] = mapped_column(Date)
    sha256: Mapped[str] = mapped_column(String(64))
    grootte: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # None: still to be fetched
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AfsluitingRow(Base):
    """How a casus was closed or scaled down: outcome, reason code, checklist, waakvlam rhythm, overdracht."""

    __tablename__ = "afsluiting"
    __table_args__ = (UniqueConstraint("casus_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"))
    uitkomst: Mapped[str] = mapped_column(String(20))
    redencode: Mapped[str] = mapped_column(String(20))
    checklist: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ticked items
    datum: Mapped[dt.date] = mapped_column(Date)
    toelichting: Mapped[str] = mapped_column(Text, default="")
    waakvlam_weken: Mapped[int | None] = mapped_column(Integer, nullable=True)
    overdracht_aan: Mapped[str] = mapped_column(String(200), default="")
    doorgaan_reden: Mapped[str] = mapped_column(Text, default="")
    open_punten: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of what was open at closing
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


# --- attachment content in chunks (#8, migration 0009) ---------------------------------------------------------


class SyncBlob(Base):
    """An attachment whose content the central store is known to hold complete (sent from here, or fetched).

    Keyed ``blob_id`` (the attachment's id), not ``id``: this bookkeeping never travels (``sync.apply``).
    """

    __tablename__ = "sync_blob"

    blob_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    complete_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class SyncBlobChunk(Base):
    """A fetched chunk of an attachment whose other chunks have not arrived yet, so a cut download resumes.

    Inside the encrypted database like the attachment itself; removed once the whole is checked and stored.
    """

    __tablename__ = "sync_blob_chunk"

    blob_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
