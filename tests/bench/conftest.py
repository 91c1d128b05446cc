"""Benchmarks write their figures into bench-results.json at the repo root: one flat object, unit in the name."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.central.conftest import (  # noqa: F401 - the sync benchmarks use the central store's fixtures
    central_backend,
    central_engine,
    central_engine_shared,
    central_url,
)

RESULTS = Path(__file__).resolve().parents[2] / "bench-results.json"
HOUSEHOLDS = 1000
PASSPHRASE = "boterham-fiets-regen-42"


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


@pytest.fixture(scope="session")
def big(tmp_path_factory: pytest.TempPathFactory, bench_results: dict[str, float]) -> Iterator[WorkspaceService]:
    """One workspace of 1,000 demo households for every benchmark that reads a full caseload, made once per run
    (filling it takes most of a minute; ``demo_data_1000_s``). The benchmarks only read it, apart from the
    access-log entries opening a dossier writes."""
    svc = WorkspaceService(home=tmp_path_factory.mktemp("bench") / "ws", kdf=MINIMUM_KDF)
    svc.create("Bench Werker", PASSPHRASE)
    start = time.perf_counter()
    assert fill_demo_data(svc, HOUSEHOLDS, seed=11) == HOUSEHOLDS
    bench_results["demo_data_1000_s"] = time.perf_counter() - start
    yield svc
    svc.close()
