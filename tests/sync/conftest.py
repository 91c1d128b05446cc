"""The sync tests use the central store fixtures: the real PostgreSQL (required in CI), else a SQLite file."""

from __future__ import annotations

from tests.central.conftest import (  # noqa: F401 - pytest finds fixtures by name
    central_backend,
    central_engine,
    central_engine_shared,
    central_url,
    client,
)
