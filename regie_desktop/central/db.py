"""Connecting to the central store's database and bringing its schema up to date.

PostgreSQL (through psycopg 3) is the system of record; a SQLite file is the embedded default for a
one-machine trial. Both run the same Alembic migrations (central/migrations, separate from the laptop's).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from regie_desktop.central.errors import CentralError

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0003"  # the newest revision in migrations/versions; a test keeps this in step with the scripts
ENV_DB = "REGIE_CENTRAL_DB"


def default_url() -> str:
    """``REGIE_CENTRAL_DB`` if set, else a SQLite file in the current directory (a one-machine trial)."""
    return os.environ.get(ENV_DB) or "sqlite:///regie-central.sqlite"


def normalise_url(url: str) -> str:
    """Accept what an administrator types: ``postgresql://…`` means psycopg 3, a bare path means SQLite."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise CentralError(f"Ongeldige database-URL: {_redacted(url)}") from None
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in ("postgresql+psycopg", "sqlite", "sqlite+pysqlite"):
        raise CentralError("Alleen PostgreSQL (postgresql://…) en SQLite (sqlite:///pad) worden ondersteund.")
    return parsed.render_as_string(hide_password=False)


def _redacted(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(onleesbaar)"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with the settings the protocol relies on (see protocol.push for the locking)."""
    full = normalise_url(url)
    # Statement parameters hold dossier data: keep them out of exception messages (and so out of logs).
    kwargs.setdefault("hide_parameters", True)
    if full.startswith("sqlite"):
        engine = create_engine(full, connect_args={"timeout": 30, "check_same_thread": False}, **kwargs)
        _sqlite_serialised_writes(engine)
    else:
        # 10 + 30 = 40 connections: as many as the worker threads a process runs requests on (anyio's default
        # 40), so a thread never waits for a connection while another waits for its team's lock.
        kwargs.setdefault("pool_size", 10)
        kwargs.setdefault("max_overflow", 30)
        kwargs.setdefault("pool_pre_ping", True)
        engine = create_engine(full, **kwargs)
    return engine


def _sqlite_serialised_writes(engine: Engine) -> None:
    """WAL so readers never wait for a writer; BEGIN IMMEDIATE so two writers queue instead of deadlocking.

    pysqlite's own transaction handling is switched off so SQLAlchemy's BEGIN is the one that counts.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def upgrade_to_head(engine: Engine) -> None:
    """Create or upgrade the schema in one transaction; refuse a database made by a newer regie-central."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        current = current_revision(conn)
        known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
        if current is not None and current not in known:
            raise CentralError(
                "Deze database is gemaakt door een nieuwere versie van regie-central. Werk de server bij."
            )
        if current == HEAD:
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def require_current(engine: Engine) -> None:
    """Refuse to serve a database that was not initialised or needs a migration first."""
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is None:
        raise CentralError("De database is nog niet ingericht. Voer eerst 'regie-central init' uit.")
    if current != HEAD:
        raise CentralError(
            "Het databaseschema past niet bij deze versie van regie-central. Voer 'regie-central init' uit."
        )
