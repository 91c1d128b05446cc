"""The test database itself: PostgreSQL in CI, never silently something else."""

from __future__ import annotations

import pytest

from tests.central import pg


def test_backend_is_postgresql(central_backend: pg.Backend) -> None:
    if central_backend.kind != "postgresql":
        pytest.skip(central_backend.notice)
    assert central_backend.url.startswith("postgresql+psycopg://")


def test_required_postgres_fails_instead_of_skipping() -> None:
    unreachable = "host=127.0.0.1 port=1 user=postgres dbname=test connect_timeout=1"
    with pytest.raises(pytest.fail.Exception, match="vereist PostgreSQL"):
        pg.choose_backend("sqlite:///x", dsn=unreachable, env={"REGIE_REQUIRE_POSTGRES": "1"})
    with pytest.raises(pytest.fail.Exception):
        pg.choose_backend("sqlite:///x", dsn=unreachable, env={"CI": "true"})


def test_local_run_falls_back_to_sqlite_and_says_so() -> None:
    unreachable = "host=127.0.0.1 port=1 user=postgres dbname=test connect_timeout=1"
    backend = pg.choose_backend("sqlite:///x", dsn=unreachable, env={})
    assert backend.kind == "sqlite"
    assert backend.url == "sqlite:///x"
    assert "SQLite" in backend.notice and "PostgreSQL niet bereikbaar" in backend.notice
