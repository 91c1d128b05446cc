"""The laptop's transport (regie_desktop.sync.transport) against the real server, faults included."""

from __future__ import annotations

import random
import time
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from regie_desktop.central import admin
from regie_desktop.central.models import Change
from regie_desktop.domain.hlc import HybridClock
from regie_desktop.domain.ids import new_id
from regie_desktop.domain.signing import DeviceKey
from regie_desktop.sync import transport, wire
from tests.central.support import add_worker, issue_code


def wire_change(device_id: str, worker_id: str, clock: HybridClock, **fields: Any) -> wire.Change:
    return wire.Change(
        id=new_id(),
        entity="casus",
        entity_id=new_id(),
        operation="upsert",
        fields=fields or {"fase": "gesprek"},
        base_version=0,
        hlc=clock.now().encode(),
        author_id=worker_id,
        device_id=device_id,
        schema_version=wire.SCHEMA_VERSION,
    )


@pytest.fixture
def laptop(central_engine: Engine, central_url: str) -> tuple[transport.CentralClient, wire.EnrolResponse]:
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord", "Anna"))
    client = transport.CentralClient(central_url)
    enrolled = client.enrol(code, str(uuid.uuid4()), DeviceKey.generate(), device_name="Laptop Anna")
    yield client, enrolled
    client.close()


def test_enrol_push_pull_and_quarantine_through_the_transport(laptop: Any) -> None:
    client, enrolled = laptop
    assert client.token == enrolled.device_token and enrolled.team_name == "Team Noord"
    assert client.device().device_name == "Laptop Anna"
    clock = HybridClock(enrolled.device_id)
    changes = [wire_change(enrolled.device_id, enrolled.worker_id, clock, volgnummer=i) for i in range(5)]
    pushed = client.push(changes)
    assert pushed.stored == [c.id for c in changes] and pushed.refused == []
    pulled = client.pull(after=0, limit=3)
    assert [p.change for p in pulled.changes] == changes[:3] and pulled.has_more
    rest = client.pull(after=pulled.cursor)
    assert [p.change for p in rest.changes] == changes[3:] and not rest.has_more
    assert client.digest() == wire.ScopeDigest(changes=5, digest=wire.scope_digest(c.id for c in changes))
    foreign = wire_change(str(uuid.uuid4()), enrolled.worker_id, clock)
    assert [r.reason for r in client.push([foreign]).refused] == ["ander-apparaat"]
    assert [q.change_id for q in client.quarantine().items] == [foreign.id]
    assert client.info().max_schema_version == wire.SCHEMA_VERSION


def test_failures_become_dutch_errors_of_the_right_kind(laptop: Any, central_engine: Engine, central_url: str) -> None:
    client, enrolled = laptop
    with (
        transport.CentralClient(central_url) as anonymous,
        pytest.raises(transport.NotEnrolled, match="nog niet aangemeld"),
    ):
        anonymous.device()
    with (
        transport.CentralClient(central_url, token=enrolled.device_id + ".fout") as wrong,
        pytest.raises(transport.NotEnrolled, match="Meld het opnieuw aan"),
    ):
        wrong.pull(0)
    with (
        transport.CentralClient(central_url, token=enrolled.device_token, schema_version=0) as old,
        pytest.raises(transport.UpdateRequired, match="Werk Regie bij") as raised,
    ):
        old.pull(0)
    assert raised.value.problem["min_schema_version"] == wire.MIN_SCHEMA_VERSION
    with (
        transport.CentralClient(central_url, token=enrolled.device_token, schema_version=99) as new,
        pytest.raises(transport.ServerTooOld, match="beheerder"),
    ):
        new.pull(0)

    code = issue_code(central_engine, add_worker(central_engine, "Team Noord", "Bram"))
    with transport.CentralClient(central_url) as first, transport.CentralClient(central_url) as second:
        first.enrol(code, str(uuid.uuid4()), DeviceKey.generate())
        with pytest.raises(transport.EnrolmentRefused, match="al gebruikt"):
            second.enrol(code, str(uuid.uuid4()), DeviceKey.generate())

    with Session(central_engine) as session, session.begin():
        admin.revoke_device(session, enrolled.device_id)
    with pytest.raises(transport.DeviceRevoked, match="ingetrokken") as revoked:
        client.pull(0)
    assert not revoked.value.retry

    with (
        transport.CentralClient("http://127.0.0.1:1", token="x.y", timeout=2) as nowhere,
        pytest.raises(transport.ServerUnreachable, match="niet bereikbaar") as unreachable,
    ):
        nowhere.pull(0)
    assert unreachable.value.retry


class FaultyTransport(httpx.BaseTransport):
    """Loses, duplicates, delays and cuts requests at random (seeded), like a bad mobile connection.

    ``cut`` is the nasty one: the server received and committed the push, the answer never arrives.
    """

    def __init__(self, seed: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.rng = random.Random(seed)
        self.faults: dict[str, int] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.rng.choices(["ok", "drop", "cut", "duplicate", "delay"], weights=[4, 2, 3, 2, 1])[0]
        self.faults[fault] = self.faults.get(fault, 0) + 1
        if fault == "drop":
            raise httpx.ConnectError("verbinding weg", request=request)
        if fault == "delay":
            time.sleep(self.rng.random() * 0.01)
        response = self.inner.handle_request(request)
        response.read()
        if fault == "duplicate":
            response = self.inner.handle_request(request)
            response.read()
        if fault == "cut":
            raise httpx.ReadError("antwoord afgebroken", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


def test_a_faulty_network_never_loses_or_doubles_a_change(
    laptop: Any, central_engine: Engine, central_url: str
) -> None:
    """60 runs of batches (some resent, in shuffled order) over a connection that misbehaves on purpose."""
    _, enrolled = laptop
    clock = HybridClock(enrolled.device_id)
    sent: list[str] = []
    faults: dict[str, int] = {}
    for seed in range(60):
        rng = random.Random(seed)
        batches = [
            [
                wire_change(enrolled.device_id, enrolled.worker_id, clock, run=seed, n=i)
                for i in range(rng.randint(1, 8))
            ]
            for _ in range(3)
        ]
        batches.append(rng.choice(batches))  # an old batch sent again, as after a crash before marking it sent
        rng.shuffle(batches)
        faulty = FaultyTransport(seed)
        with transport.CentralClient(central_url, token=enrolled.device_token, transport=faulty) as client:
            for batch in batches:
                answer = client.push_retrying(batch, attempts=30, sleep=lambda _s: None)
                assert sorted(answer.stored + answer.duplicates) == sorted(c.id for c in batch), seed
                assert answer.refused == []
                sent.extend(c.id for c in batch)
        for fault, count in faulty.faults.items():
            faults[fault] = faults.get(fault, 0) + count
    assert min(faults.get(kind, 0) for kind in ("drop", "cut", "duplicate", "delay")) >= 20, faults

    with Session(central_engine) as session:
        stored = list(session.scalars(select(Change.id)))
        assert session.scalar(select(func.count(func.distinct(Change.seq)))) == len(stored)
    assert sorted(stored) == sorted(set(sent))  # every change once: none lost, none twice
