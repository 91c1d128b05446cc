"""Opening the SQLCipher 4 database through SQLAlchemy with a raw 256-bit key.

The key pragma is the first statement on every new connection and is checked by a read before the
connection is handed out; without that read a wrong key only shows up at the first query, far away.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import QueuePool

from regie_desktop.errors import DatabaseDamaged, StorageFull
from regie_desktop.store.atomic import DISK_FULL_MESSAGE
from regie_desktop.store.keyfile import MasterKey

KEY_DOES_NOT_FIT = (
    "De database kan met deze sleutel niet worden geopend: het sleutelbestand hoort niet bij deze database, "
    "of de database is beschadigd. Er is niets gewijzigd."
)

# Settings that every connection gets; the benchmarks give plain SQLite the same ones for a fair ratio.
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",  # a laptop lid or a flat battery must not lose a committed visit
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",  # sorts and temp tables never touch disk, not even encrypted
    "PRAGMA busy_timeout = 5000",
)


def open_cipher_connection(path: Path, key: MasterKey) -> Any:
    """A raw sqlcipher3 connection with the key set and proven by a read."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs decryption failures to stderr; Regie reports them itself, in Dutch.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key.sqlcipher_pragma())
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise DatabaseDamaged(KEY_DOES_NOT_FIT) from exc
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def _install_transaction_events(engine: Engine) -> None:
    """Let SQLAlchemy, not the driver, begin transactions, so DDL and migrations are transactional too.

    The DB-API driver would otherwise start transactions lazily and commit DDL on its own.
    """

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def create_cipher_engine(path: Path, key: MasterKey) -> Engine:
    """An engine that opens connections with ``key``; wiping the key makes new connections impossible."""
    engine = create_engine(
        "sqlite://",
        creator=lambda: open_cipher_connection(path, key),
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        hide_parameters=True,  # SQL errors must never carry a name or a BSN into a message or log
    )
    _install_transaction_events(engine)
    return engine


def create_plain_engine(path: Path) -> Engine:
    """Plain SQLite with the same settings: only for benchmarks (the baseline) and tests, never for data."""
    import sqlite3

    def connect() -> Any:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma)
        return conn

    engine = create_engine("sqlite://", creator=connect, module=sqlite3, poolclass=QueuePool, pool_size=2)
    _install_transaction_events(engine)
    return engine


def is_storage_failure(exc: BaseException) -> bool:
    """SQLite reports a full disk as SQLITE_FULL, and a refused write (quota, file size) as an I/O error."""
    text = str(exc.orig if isinstance(exc, DBAPIError) else exc).lower()
    return "disk is full" in text or "disk i/o error" in text or "database or disk is full" in text


@contextmanager
def storage_errors_translated() -> Iterator[None]:
    """Turn the driver's full-disk errors into a Dutch message; the transaction has rolled back by then."""
    try:
        yield
    except (OperationalError, sqlcipher3.OperationalError) as exc:
        if is_storage_failure(exc):
            raise StorageFull(DISK_FULL_MESSAGE) from exc
        raise
