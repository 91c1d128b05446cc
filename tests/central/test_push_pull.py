"""Push is idempotent by change id; refused changes are quarantined and the rest goes on; pull pages in order."""

from __future__ import annotations

import json
from typing import Any

import httpx
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from regie_desktop.central.models import Change, Quarantine
from regie_desktop.sync import wire
from tests.central.support import enrol_device, pull_all


def _push(client: httpx.Client, headers: dict[str, str], changes: list[Any]) -> dict[str, Any]:
    response = client.post("/v1/changes", json={"changes": changes}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _stored(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(Change)) or 0)


def test_a_batch_sent_twice_is_stored_once(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    batch = [device.change() for _ in range(25)]
    first = _push(client, device.headers, batch)
    assert first["stored"] == [c["id"] for c in batch] and first["duplicates"] == [] and first["refused"] == []
    second = _push(client, device.headers, batch)
    assert second["stored"] == [] and second["duplicates"] == [c["id"] for c in batch]
    # A batch that half arrived before the connection broke: the resent whole stores only the rest.
    more = [device.change() for _ in range(5)]
    third = _push(client, device.headers, batch[10:] + more)
    assert third["stored"] == [c["id"] for c in more] and len(third["duplicates"]) == 15
    assert _stored(central_engine) == 30
    pulled, cursor = pull_all(client, device)
    assert [p["change"]["id"] for p in pulled] == [c["id"] for c in batch + more]
    assert [p["seq"] for p in pulled] == list(range(1, 31)) and cursor == 30
    # The scope digest tells a laptop holding exactly these 30 changes that it has not diverged.
    digest = client.get("/v1/digest", headers=device.headers).json()
    assert digest == {"changes": 30, "digest": wire.scope_digest(c["id"] for c in batch + more)}
    assert digest["digest"] != wire.scope_digest(c["id"] for c in batch + more[:-1])


def test_the_same_id_twice_in_one_batch_is_stored_once(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    change = device.change()
    result = _push(client, device.headers, [change, change])
    assert result["stored"] == [change["id"]] and result["duplicates"] == [change["id"]]
    assert _stored(central_engine) == 1


def test_an_id_reused_for_other_content_is_quarantined_once(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    change = device.change(fase="aanmelding")
    _push(client, device.headers, [change])
    other = {**change, "fields": {"fase": "plan"}}
    for _ in range(2):
        result = _push(client, device.headers, [other])
        assert result["stored"] == [] and result["duplicates"] == []
        assert [(r["change_id"], r["reason"]) for r in result["refused"]] == [(change["id"], "id-hergebruikt")]
    pulled, _ = pull_all(client, device)
    assert [p["change"]["fields"] for p in pulled] == [{"fase": "aanmelding"}]
    with Session(central_engine) as session:
        assert session.scalar(select(func.count()).select_from(Quarantine)) == 1


def test_refused_changes_are_quarantined_and_the_rest_goes_on(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    good = [device.change() for _ in range(3)]
    bad: dict[str, tuple[Any, str]] = {
        "float": ({**device.change(), "fields": {"bedrag": 1.5}}, "ongeldig"),
        "nul": ({**device.change(), "fields": {"naam": "a\x00b"}}, "ongeldig"),
        "missing": ({k: v for k, v in device.change().items() if k != "hlc"}, "ongeldig"),
        "huge": ({**device.change(), "base_version": 2**70}, "ongeldig"),
        "entity": ({**device.change(), "entity": "Robert'); DROP TABLE changes;--"}, "ongeldig"),
        "newer": ({**device.change(), "schema_version": wire.SCHEMA_VERSION + 1}, "schemaversie"),
        "other device": ({**device.change(), "device_id": "00000000-0000-7000-8000-000000000000"}, "ander-apparaat"),
        "extra": ({**device.change(), "stiekem": True}, "ongeldig"),
    }
    items: list[Any] = [good[0], *(item for item, _ in bad.values()), good[1], "geen object", 42, good[2]]
    result = _push(client, device.headers, items)
    assert result["stored"] == [c["id"] for c in good]
    reasons = [r["reason"] for r in result["refused"]]
    assert reasons == [reason for _, reason in bad.values()] + ["ongeldig", "ongeldig"]
    assert all(r["detail"] for r in result["refused"])
    assert result["refused"][0]["change_id"] == bad["float"][0]["id"]

    listed = client.get("/v1/quarantine", headers=device.headers)
    assert listed.status_code == 200, listed.text
    assert len(listed.json()["items"]) == len(bad) + 2
    with Session(central_engine) as session:
        payloads = [row.payload for row in session.scalars(select(Quarantine))]
    assert any('"bedrag":1.5' in p for p in payloads)  # kept as received, nothing lost
    assert any("\\u0000" in p for p in payloads)
    assert _stored(central_engine) == 3


def test_pull_pages_in_order_and_round_trips_every_field(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    changes = [device.change(naam=f"Persoon {i}", adres={"straat": "Dorpsstraat", "nummer": i}) for i in range(7)]
    tombstone = {**device.change(entity_id=changes[0]["entity_id"]), "operation": "delete", "fields": {}}
    unicode = device.change(naam="Zoë van der Veen – ’t Hoofd 𝄞")
    _push(client, device.headers, [*changes, tombstone, unicode])
    pages: list[int] = []
    after = 0
    while True:
        body = client.get("/v1/changes", params={"after": after, "limit": 3}, headers=device.headers).json()
        pages.append(len(body["changes"]))
        for pulled in body["changes"]:
            assert pulled["seq"] == after + 1
            after = pulled["seq"]
        assert body["cursor"] == after
        if not body["has_more"]:
            break
    assert pages == [3, 3, 3]
    pulled, _ = pull_all(client, device)
    assert [p["change"] for p in pulled] == [*changes, tombstone, unicode]
    empty = client.get("/v1/changes", params={"after": 9}, headers=device.headers).json()
    assert empty == {"changes": [], "cursor": 9, "has_more": False}


def test_fields_are_stored_as_canonical_json(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    change = device.change(zeta=1, alfa="é")
    _push(client, device.headers, [change])
    with Session(central_engine) as session:
        row = session.get(Change, change["id"])
        assert row is not None and row.fields == '{"alfa":"é","zeta":1}'
        assert row.worker_id == device.worker_id and row.team_id == device.team_id
    assert json.loads(row.fields) == change["fields"]
