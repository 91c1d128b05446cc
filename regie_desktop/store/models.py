"""Tables of the local workspace (typed SQLAlchemy 2 ORM). Alembic migrations create them; never ``create_all``."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Date, DateTime, Dialect, ForeignKey, Index, Integer, MetaData, String, Text
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
