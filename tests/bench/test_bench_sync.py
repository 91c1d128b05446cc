"""Sync figures (#8) against ``regie-central serve`` (a process of its own) on the test database (PostgreSQL;
SQLite only as the said fallback): 10,000 changes up from one laptop and down to another, an idle sync, one
push of 500 changes."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import httpx
from sqlalchemy import Engine, func, select

from regie_desktop.app.journal import record_insert
from regie_desktop.app.sync import sync_now
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.hlc import HybridClock
from regie_desktop.domain.ids import new_id
from regie_desktop.store.keyfile import MINIMUM_KDF
from regie_desktop.store.models import Huishouden
from regie_desktop.sync import wire
from regie_desktop.sync.transport import CentralClient
from tests.bench.central_server import start_server
from tests.central.support import Device, enrol_device
from tests.conftest import PASSPHRASE
from tests.sync.support import enrol_workspace, state

CHANGES = 10_000
WORKERS = 1  # one laptop at a time: one server process is what it meets


def _laptop(path: Path, name: str, url: str, engine: Engine) -> WorkspaceService:
    service = WorkspaceService(home=path, kdf=MINIMUM_KDF)
    service.create(name, PASSPHRASE)
    enrol_workspace(service, url, engine, "Team Bench", name)
    return service


def test_sync_push_pull_10k_s_and_idle_ms(
    tmp_path: Path, central_engine: Engine, bench_results: dict[str, float]
) -> None:
    server, url = start_server(central_engine.url.render_as_string(hide_password=False), workers=WORKERS)
    sender = _laptop(tmp_path / "a", "Anna Jansen", url, central_engine)
    receiver = _laptop(tmp_path / "b", "Bram de Vries", url, central_engine)
    try:
        with sender.unit_of_work() as (session, actor):
            for n in range(CHANGES):
                fields = {"straat": "Dorpsstraat", "huisnummer": str(n), "postcode": "3511 AB", "woonplaats": "Utrecht"}
                record_insert(session, actor, "huishouden", Huishouden, fields)
        start = time.perf_counter()
        up = sync_now(sender)
        pushed_at = time.perf_counter()
        down = sync_now(receiver)
        elapsed = time.perf_counter() - start
        print(f"10k: push {pushed_at - start:.2f} s, pull and apply {elapsed - (pushed_at - start):.2f} s")
        assert up.upload.stored == CHANGES and down.pulled == CHANGES and down.applied == CHANGES
        with receiver.unit_of_work() as (session, _actor):
            assert session.scalar(select(func.count()).select_from(Huishouden)) == CHANGES
            received = state(session).digest
        with sender.unit_of_work() as (session, _actor):
            sent = state(session).digest
        assert received == sent
        bench_results["sync_push_pull_10k_s"] = elapsed

        idle = []
        for _ in range(20):
            start = time.perf_counter()
            report = sync_now(receiver)
            idle.append((time.perf_counter() - start) * 1000)
            assert report.pulled == 0 and report.upload.stored == 0
        bench_results["sync_idle_ms"] = statistics.median(idle)
    finally:
        sender.close()
        receiver.close()
        server.terminate()
        server.wait(timeout=15)
    assert elapsed <= 10, elapsed
    assert bench_results["sync_idle_ms"] <= 100, bench_results["sync_idle_ms"]


def test_server_push_batch_ms(central_engine: Engine, bench_results: dict[str, float]) -> None:
    server, url = start_server(central_engine.url.render_as_string(hide_password=False), workers=WORKERS)
    try:
        with httpx.Client(base_url=url) as http:
            device = enrol_device(http, central_engine, "Team Bench")
        _push_rounds(url, device, bench_results)
    finally:
        server.terminate()
        server.wait(timeout=15)


def _push_rounds(url: str, device: Device, bench_results: dict[str, float]) -> None:
    clock = HybridClock(device.device_id)
    timings = []
    with CentralClient(url, device.token) as client:
        for _round in range(12):
            batch = [
                wire.Change(
                    id=new_id(),
                    entity="huishouden",
                    entity_id=new_id(),
                    operation="upsert",
                    fields={"straat": "Kerkweg", "huisnummer": str(n), "postcode": "3511 AB", "woonplaats": "Utrecht"},
                    base_version=0,
                    hlc=clock.now().encode(),
                    author_id=device.worker_id,
                    device_id=device.device_id,
                    schema_version=wire.SCHEMA_VERSION,
                )
                for n in range(wire.MAX_BATCH)
            ]
            start = time.perf_counter()
            answer = client.push(batch)
            timings.append((time.perf_counter() - start) * 1000)
            assert len(answer.stored) == wire.MAX_BATCH
    value = statistics.median(timings[2:])  # the first rounds warm the connection pool and caches
    bench_results["server_push_batch_ms"] = value
    assert value <= 250, value
