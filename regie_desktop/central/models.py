"""The central store's tables (SQLAlchemy 2, typed). PostgreSQL in production, SQLite for a one-machine trial.

Every row that holds dossier data carries its ``team_id``: scoping is a column, checked on every query,
never inferred from ids a client sends.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
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
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in and out, on PostgreSQL (timestamptz) and on SQLite (which keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the central store keeps aware UTC times only")
        value = value.astimezone(dt.UTC)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if not isinstance(value, dt.datetime):
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime}


class Team(Base):
    """A sociaal wijkteam. ``last_seq`` numbers the team's changes and ``digest`` fingerprints them; both are
    updated under the team row's lock by protocol.push (see there for why)."""

    __tablename__ = "teams"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    digest: Mapped[str] = mapped_column(String(64), default="0" * 64)  # wire.scope_digest of its change ids
    created_at: Mapped[dt.datetime]


class Worker(Base):
    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime]


class Device(Base):
    """An enrolled laptop: its Ed25519 public key and the hash of its bearer token (never the token)."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the workspace's own device id
    worker_id: Mapped[str] = mapped_column(ForeignKey("workers.id"), index=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id"), index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    public_key: Mapped[str] = mapped_column(String(64), unique=True)  # hex
    token_hash: Mapped[str] = mapped_column(String(64))  # hex SHA-256 of the token's secret part
    enrolled_at: Mapped[dt.datetime]
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)


class EnrolCode(Base):
    """A one-time enrolment code for one worker; only its hash is kept."""

    __tablename__ = "enrol_codes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("workers.id"), index=True)
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Change(Base):
    """A stored change. The change id is the primary key, which is what makes a resent batch harmless."""

    __tablename__ = "changes"
    __table_args__ = (
        UniqueConstraint("team_id", "seq", name="uq_changes_team_seq"),
        Index("ix_changes_entity", "entity_id", "team_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    operation: Mapped[str] = mapped_column(String(10))
    fields: Mapped[str] = mapped_column(Text)  # canonical JSON
    base_version: Mapped[int] = mapped_column(BigInteger)
    base_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    hlc: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    worker_id: Mapped[str] = mapped_column(ForeignKey("workers.id"))  # who pushed it, from the token
    schema_version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime]
    conflicts: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    """JSON list of wire.ConflictNote found when it was stored (see protocol.push)."""


class Quarantine(Base):
    """A change the server refused, kept with the reason so the worker can be told and nothing is lost."""

    __tablename__ = "quarantine"
    __table_args__ = (Index("ix_quarantine_device", "device_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    change_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)  # the refused item as received (canonical JSON, capped)
    received_at: Mapped[dt.datetime]


class Blob(Base):
    """The content of one attachment (``wire_blobs``), named by the attachment's id and owned by one team.

    ``size`` and ``sha256`` are taken from the attachment's metadata in the team's change log when the first
    chunk arrives; ``completed_at`` is set once the chunks together were checked against them.
    """

    __tablename__ = "blobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id"), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    chunk_size: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))  # who sent the first chunk
    created_at: Mapped[dt.datetime]
    completed_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)


class BlobChunk(Base):
    """One chunk of a blob (bytea on PostgreSQL, a BLOB on SQLite); stored once per index."""

    __tablename__ = "blob_chunks"

    blob_id: Mapped[str] = mapped_column(ForeignKey("blobs.id", ondelete="CASCADE"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
