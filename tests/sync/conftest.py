"""The sync tests use the central store fixtures: the real PostgreSQL (required in CI), else a SQLite file, and
two laptops of one team enrolled with it (``tests.sync.support.laptops``)."""

from __future__ import annotations

from tests.central.conftest import (  # noqa: F401 - pytest finds fixtures by name
    central_backend,
    central_engine,
    central_engine_shared,
    central_url,
    client,
)
from tests.sync.support import laptops  # noqa: F401
