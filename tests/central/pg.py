"""Which database the central tests run on: the real PostgreSQL when it is there, and it must be in CI.

CI (``CI`` set to 1/true, or ``REGIE_REQUIRE_POSTGRES=1``) fails when PostgreSQL on 127.0.0.1:5432 cannot be
reached; a developer's local run falls back to a SQLite file and says so in a skipped test's reason.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import sql

# REGIE_TEST_POSTGRES_DSN points the tests at another server (a developer's own, or none to try the fallback).
ADMIN_DSN = os.environ.get(
    "REGIE_TEST_POSTGRES_DSN", "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=3"
)


def postgres_required(env: Mapping[str, str] = os.environ) -> bool:
    return env.get("CI", "").lower() in {"1", "true", "yes"} or env.get("REGIE_REQUIRE_POSTGRES") == "1"


def unreachable_reason(dsn: str = ADMIN_DSN) -> str | None:
    """None when PostgreSQL answers; otherwise a one-line reason."""
    try:
        with psycopg.connect(dsn) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"PostgreSQL niet bereikbaar ({type(exc).__name__}: {str(exc).strip().splitlines()[0][:160]})"
    return None


@dataclass(frozen=True)
class Backend:
    kind: str  # "postgresql" | "sqlite"
    url: str
    notice: str = ""


def choose_backend(sqlite_url: str, dsn: str = ADMIN_DSN, env: Mapping[str, str] = os.environ) -> Backend:
    reason = unreachable_reason(dsn)
    if reason is None:
        return Backend("postgresql", "")
    if postgres_required(env):
        pytest.fail(f"{reason}; CI (CI=1 of REGIE_REQUIRE_POSTGRES=1) vereist PostgreSQL op 127.0.0.1:5432.")
    return Backend("sqlite", sqlite_url, notice=f"{reason}: de centrale tests draaiden op SQLite.")


def create_database(dsn: str = ADMIN_DSN) -> str:
    """A fresh database of this test session's own; returns its name."""
    name = f"regie_central_test_{os.getpid()}_{secrets.token_hex(4)}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        # Throw-away data: skip waiting for the disk at each commit (the tests commit thousands of times).
        conn.execute(sql.SQL("ALTER DATABASE {} SET synchronous_commit = off").format(sql.Identifier(name)))
    return name


def drop_database(name: str, dsn: str = ADMIN_DSN) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def url_for(name: str) -> str:
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
