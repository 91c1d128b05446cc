"""Concurrent pushers against the real server and database: a puller running beside them misses no row.

Each commit is delayed a little at random (an engine event), which widens the window in which numbered
rows are in flight; with numbering taken from a sequence instead of the team lock, the puller would
regularly see a later number before an earlier one committed, and skip it.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from regie_desktop.central.models import Change
from regie_desktop.sync import wire
from tests.central.support import Device, enrol_device

PUSHERS = 4
BATCHES = 10
BATCH_SIZE = 20


@pytest.fixture
def slow_commits(central_engine: Engine) -> Iterator[None]:
    rng = random.Random(8)
    lock = threading.Lock()

    def delay(_conn: Any) -> None:
        with lock:
            pause = rng.random() * 0.004
        time.sleep(pause)

    event.listen(central_engine, "commit", delay)
    yield
    event.remove(central_engine, "commit", delay)


def _pusher(client: httpx.Client, device: Device, pushed: list[str], errors: list[str]) -> None:
    for _ in range(BATCHES):
        batch = [device.change() for _ in range(BATCH_SIZE)]
        response = client.post("/v1/changes", json={"changes": batch}, headers=device.headers)
        if response.status_code != 200 or len(response.json()["stored"]) != BATCH_SIZE:
            errors.append(response.text[:300])
            return
        pushed.extend(c["id"] for c in batch)


def test_concurrent_pushers_and_a_puller_that_misses_nothing(
    client: httpx.Client, central_engine: Engine, slow_commits: None
) -> None:
    pushers = [enrol_device(client, central_engine, "Team Noord", f"Werker {i}") for i in range(PUSHERS)]
    reader = enrol_device(client, central_engine, "Team Noord", "Lezer")
    stranger = enrol_device(client, central_engine, "Team Zuid", "Buurman")
    pushed: list[str] = []
    foreign: list[str] = []
    errors: list[str] = []
    done = threading.Event()
    seen: list[tuple[int, str]] = []

    def puller() -> None:
        after = 0
        while True:
            finished = done.is_set()  # read before pulling: the last pull then starts after every commit
            response = client.get("/v1/changes", params={"after": after, "limit": 37}, headers=reader.headers)
            if response.status_code != 200:
                errors.append(response.text[:300])
                return
            body = response.json()
            seen.extend((p["seq"], p["change"]["id"]) for p in body["changes"])
            after = body["cursor"]
            if finished and not body["has_more"]:
                return

    threads = [threading.Thread(target=_pusher, args=(client, d, pushed, errors)) for d in pushers]
    threads.append(threading.Thread(target=_pusher, args=(client, stranger, foreign, errors)))
    pull_thread = threading.Thread(target=puller)
    pull_thread.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    pull_thread.join(timeout=60)

    assert errors == []
    assert len(pushed) == PUSHERS * BATCHES * BATCH_SIZE
    assert [seq for seq, _ in seen] == list(range(1, len(pushed) + 1))  # in order, no gap, no repeat
    assert sorted(change_id for _, change_id in seen) == sorted(pushed)
    assert not set(foreign) & {change_id for _, change_id in seen}
    digest = client.get("/v1/digest", headers=reader.headers).json()
    assert digest == {"changes": len(pushed), "digest": wire.scope_digest(change_id for _, change_id in seen)}


def test_the_same_batch_pushed_at_once_from_four_connections_is_stored_once(
    client: httpx.Client, central_engine: Engine, slow_commits: None
) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    batch = [device.change() for _ in range(50)]
    results: list[dict[str, Any]] = []
    barrier = threading.Barrier(4)

    def push() -> None:
        barrier.wait()
        response = client.post("/v1/changes", json={"changes": batch}, headers=device.headers)
        assert response.status_code == 200, response.text
        results.append(response.json())

    threads = [threading.Thread(target=push) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4
    assert sorted(len(r["stored"]) for r in results) == [0, 0, 0, 50]
    assert all(len(r["duplicates"]) == 50 for r in results if not r["stored"])
    with Session(central_engine) as session:
        assert session.scalar(select(func.count()).select_from(Change)) == 50
