"""Foundation figures: unlock time, and SQLCipher's cost against plain SQLite in the same run."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from faker import Faker
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.ids import new_id
from regie_desktop.store import migrate
from regie_desktop.store.database import create_cipher_engine, create_plain_engine
from regie_desktop.store.keyfile import MasterKey
from regie_desktop.store.models import Huishouden, Persoon

PASSPHRASE = "boterham-fiets-regen-42"
WRITES = 50_000
READS = 10_000
ROUNDS = 3


def test_unlock_s(tmp_path: Path, bench_results: dict[str, float]) -> None:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home)  # production calibration, as `regie init` does
    svc.create("Bench Werker", PASSPHRASE)
    svc.close()
    timings = []
    for _ in range(ROUNDS):
        svc = WorkspaceService(home=home)
        start = time.perf_counter()
        svc.unlock(PASSPHRASE)
        svc.status()  # the engine is really usable
        timings.append(time.perf_counter() - start)
        svc.close()
    unlock_s = statistics.median(timings)
    bench_results["unlock_s"] = unlock_s
    assert 0.25 <= unlock_s <= 1.0, unlock_s


def _rows(n: int) -> tuple[Huishouden, list[dict[str, object]]]:
    fake = Faker("nl_NL")
    fake.seed_instance(5)
    return Huishouden, [
        {
            "voornamen": fake.first_name(),
            "achternaam": fake.last_name(),
            "geboortedatum": fake.date_of_birth(minimum_age=0, maximum_age=95),
            "bsn": fake.ssn(),
            "rol": "aanvrager",
            "telefoon": fake.phone_number(),
            "email": fake.free_email(),
        }
        for _ in range(n)
    ]


def _write(engine: Engine, rows: list[dict[str, object]]) -> tuple[float, list[str]]:
    now = dt.datetime.now(dt.UTC)
    ids = [new_id() for _ in rows]
    hh_id = new_id()
    start = time.perf_counter()
    with Session(engine) as session, session.begin():
        session.add(Huishouden(id=hh_id, created_at=now, updated_at=now))
        for pid, row in zip(ids, rows, strict=True):
            session.add(Persoon(id=pid, huishouden_id=hh_id, created_at=now, updated_at=now, **row))
    return time.perf_counter() - start, ids


def _read(engine: Engine, ids: list[str]) -> float:
    start = time.perf_counter()
    with Session(engine) as session:
        for pid in ids:
            assert session.get(Persoon, pid) is not None
    return time.perf_counter() - start


def _engines(tmp_path: Path, round_no: int) -> dict[str, Callable[[], Engine]]:
    key = MasterKey.generate()
    return {
        "cipher": lambda: create_cipher_engine(tmp_path / f"cipher{round_no}.db", key),
        "plain": lambda: create_plain_engine(tmp_path / f"plain{round_no}.db"),
    }


@pytest.fixture(scope="module")
def store_timings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[float]]:
    """Alternate SQLCipher and plain SQLite over several rounds so machine noise hits both alike."""
    tmp_path = tmp_path_factory.mktemp("bench")
    _, rows = _rows(WRITES)
    timings: dict[str, list[float]] = {"cipher_write": [], "plain_write": [], "cipher_read": [], "plain_read": []}
    for round_no in range(ROUNDS):
        for name, make in _engines(tmp_path, round_no).items():
            engine = make()
            migrate.upgrade_to_head(engine)
            write_s, ids = _write(engine, rows)
            sample = ids[:: WRITES // READS][:READS]
            read_s = _read(engine, sample)
            engine.dispose()
            timings[f"{name}_write"].append(write_s)
            timings[f"{name}_read"].append(read_s)
    return timings


def test_store_write_ratio(store_timings: dict[str, list[float]], bench_results: dict[str, float]) -> None:
    cipher, plain = statistics.median(store_timings["cipher_write"]), statistics.median(store_timings["plain_write"])
    bench_results["store_write_cipher_s"] = cipher
    bench_results["store_write_plain_s"] = plain
    bench_results["store_write_ratio"] = cipher / plain
    assert cipher / plain <= 1.3


def test_store_read_ratio(store_timings: dict[str, list[float]], bench_results: dict[str, float]) -> None:
    cipher, plain = statistics.median(store_timings["cipher_read"]), statistics.median(store_timings["plain_read"])
    bench_results["store_read_cipher_s"] = cipher
    bench_results["store_read_plain_s"] = plain
    bench_results["store_read_ratio"] = cipher / plain
    assert cipher / plain <= 1.3
