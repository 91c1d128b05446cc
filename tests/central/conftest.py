"""The central store tests run against a database of their own on the real PostgreSQL (127.0.0.1:5432).

One database per test session (created here, dropped at the end); each test starts with empty tables.
In CI (CI=1/true or REGIE_REQUIRE_POSTGRES=1) an unreachable PostgreSQL fails the run; locally it falls
back to a SQLite file, and test_backend_is_postgresql is skipped with the reason so the run says so.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine, text

from regie_desktop.central.api import create_app
from regie_desktop.central.db import make_engine, upgrade_to_head
from tests.central import pg
from tests.central.server import serve

TABLES = ["blob_chunks", "blobs", "quarantine", "changes", "enrol_codes", "devices", "workers", "teams"]


@pytest.fixture(scope="session")
def central_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pg.Backend]:
    sqlite_url = f"sqlite:///{tmp_path_factory.mktemp('central')}/central.sqlite"
    backend = pg.choose_backend(sqlite_url)
    if backend.kind == "sqlite":
        yield backend
        return
    name = pg.create_database()
    try:
        yield pg.Backend("postgresql", pg.url_for(name))
    finally:
        pg.drop_database(name)


@pytest.fixture(scope="session")
def central_engine_shared(central_backend: pg.Backend) -> Iterator[Engine]:
    engine = make_engine(central_backend.url)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def central_engine(central_engine_shared: Engine) -> Engine:
    """The session's database with every table emptied, so each test starts from nothing."""
    with central_engine_shared.begin() as conn:
        for table in TABLES:  # DELETE: on a few rows much faster than TRUNCATE, which rewrites the files
            conn.execute(text(f"DELETE FROM {table}"))
    return central_engine_shared


MAX_BODY = 256 * 1024


@pytest.fixture(scope="session")
def central_url(central_engine_shared: Engine) -> Iterator[str]:
    """One real HTTP server for the whole session; tests share it, the tables are emptied per test."""
    with serve(create_app(central_engine_shared, max_body=MAX_BODY)) as url:
        yield url


@pytest.fixture
def client(central_engine: Engine, central_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=central_url, timeout=30) as http:
        yield http
