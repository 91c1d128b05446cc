"""Benchmarks write their figures into bench-results.json at the repo root: one flat object, unit in the name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.central.conftest import (  # noqa: F401 - the sync benchmarks use the central store's fixtures
    central_backend,
    central_engine,
    central_engine_shared,
    central_url,
)

RESULTS = Path(__file__).resolve().parents[2] / "bench-results.json"


@pytest.fixture(scope="session")
def bench_results() -> Iterator[dict[str, float]]:
    results: dict[str, float] = {}
    yield results
    merged: dict[str, float] = {}
    if RESULTS.exists():
        try:
            merged = json.loads(RESULTS.read_text())
        except ValueError:
            merged = {}
    merged.update({k: round(v, 4) for k, v in results.items()})
    RESULTS.write_text(json.dumps(merged, indent=2, sort_keys=True) + "\n")
