"""Property test: whatever mix of pushes two laptops send, in whatever order and however often, the server
keeps each acceptable change exactly once, quarantines each refused one once, and pull returns them all.
"""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from regie_desktop.central.models import Change, Quarantine, Team
from regie_desktop.sync import wire
from tests.central.support import Device, enrol_device, pull_all

# What one step of a laptop does: push a new batch with some bad items, or resend an earlier batch.
STEP = st.tuples(
    st.integers(0, 1),  # which laptop
    st.sampled_from(["new", "resend", "tamper"]),
    st.integers(1, 6),  # batch size
    st.integers(0, 3),  # how many bad items to mix in
    st.randoms(use_true_random=False),
)


def _bad(device: Device, kind: int) -> dict[str, Any]:
    change = device.change()
    return [
        {**change, "fields": {"bedrag": 0.5}},
        {**change, "schema_version": wire.SCHEMA_VERSION + 5},
        {**change, "hlc": "kapot"},
        {k: v for k, v in change.items() if k != "entity"},
    ][kind % 4]


def test_any_interleaving_stores_each_change_once(client: httpx.Client, central_engine: Engine) -> None:
    devices = [enrol_device(client, central_engine, "Team Noord", f"Werker {i}") for i in range(2)]

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(steps=st.lists(STEP, min_size=1, max_size=8))
    def interleaving(steps: list[Any]) -> None:
        with Session(central_engine) as session, session.begin():  # each example starts with an empty team
            session.execute(delete(Quarantine))
            session.execute(delete(Change))
            session.execute(update(Team).values(last_seq=0, digest=wire.EMPTY_DIGEST))
        run_steps(client, central_engine, devices, steps)

    interleaving()


def run_steps(client: httpx.Client, central_engine: Engine, devices: list[Device], steps: list[Any]) -> None:
    sent: list[list[dict[str, Any]]] = []
    good: dict[str, dict[str, Any]] = {}
    refused_ids: set[str] = set()
    for which, action, size, bad, rnd in steps:
        device = devices[which]
        own = [batch for batch in sent if batch and batch[0]["device_id"] == device.device_id]
        if action == "resend" and own:
            batch = list(rnd.choice(own))
            rnd.shuffle(batch)
        elif action == "tamper" and own and (stored := [c for c in own[-1] if c["id"] in good]):
            original = rnd.choice(stored)
            batch = [{**original, "fields": {"anders": True}}]  # the same id with other content
            refused_ids.add(original["id"])
        else:
            batch = [device.change(n=i) for i in range(size)]
            for change in batch:
                good[change["id"]] = change
            batch += [_bad(device, rnd.randrange(4)) for _ in range(bad)]
            refused_ids.update(c["id"] for c in batch[size:])
            rnd.shuffle(batch)
            sent.append(batch)
        response = client.post("/v1/changes", json={"changes": batch}, headers=device.headers)
        assert response.status_code == 200, response.text
        answer = response.json()
        assert set(answer["stored"]).isdisjoint(answer["duplicates"])

    pulled, cursor = pull_all(client, devices[0])
    ids = [p["change"]["id"] for p in pulled]
    assert sorted(ids) == sorted(good) and cursor == len(good)  # each acceptable change exactly once
    assert all(p["change"] == good[p["change"]["id"]] for p in pulled)  # with its first content
    with Session(central_engine) as session:
        quarantined = list(session.scalars(select(Quarantine.change_id)))
        assert session.scalar(select(func.count()).select_from(Change)) == len(good)
    assert sorted(quarantined) == sorted(set(quarantined))  # once per id, however often resent
    assert set(quarantined) == refused_ids
    assert client.get("/v1/digest", headers=devices[1].headers).json()["digest"] == wire.scope_digest(good)
