"""Conflict notes (base_seq compared field by field) and a revoked device's last upload."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from regie_desktop.central import admin
from regie_desktop.central.models import Change, Quarantine
from tests.central.support import VERSION_HEADER, Device, assert_problem, enrol_device, pull_all


def _push(client: httpx.Client, device: Device, *changes: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/changes", json={"changes": list(changes)}, headers=device.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["refused"] == []
    return body


def _notes(client: httpx.Client, device: Device, change_id: str) -> list[dict[str, Any]]:
    pulled, _cursor = pull_all(client, device)
    return next(p["conflicts"] for p in pulled if p["change"]["id"] == change_id)


def test_same_field_changed_on_two_laptops_is_one_hard_conflict_with_both_values(
    client: httpx.Client, central_engine: Engine
) -> None:
    anna = enrol_device(client, central_engine, "Team Noord", "Anna")
    bram = enrol_device(client, central_engine, "Team Noord", "Bram")
    entity = "01a00000-0000-7000-8000-000000000001"
    _push(client, anna, anna.change(entity, fase="aanmelding", hulpvraag="start"))
    first = anna.change(entity, hulpvraag="van Anna")
    first["base_seq"] = 1
    second = bram.change(entity, hulpvraag="van Bram")
    second["base_seq"] = 1  # Bram pulled the insert but not Anna's edit
    _push(client, anna, first)
    _push(client, bram, second)

    assert _notes(client, anna, first["id"]) == []
    notes = _notes(client, bram, second["id"])
    assert len(notes) == 1
    note = notes[0]
    assert note["kind"] == "hard" and note["field"] == "hulpvraag" and note["other_value"] == "van Anna"
    assert note["other_change_id"] == first["id"] and note["other_seq"] == 2
    assert note["other_author_name"] == "Anna" and note["other_hlc"] == first["hlc"]


def test_different_fields_merge_as_a_soft_note_and_a_known_change_is_no_conflict(
    client: httpx.Client, central_engine: Engine
) -> None:
    anna = enrol_device(client, central_engine, "Team Noord", "Anna")
    bram = enrol_device(client, central_engine, "Team Noord", "Bram")
    entity = "01a00000-0000-7000-8000-000000000002"
    _push(client, anna, anna.change(entity, fase="aanmelding", hulpvraag="start"))
    edit = anna.change(entity, fase="gesprek")
    edit["base_seq"] = 1
    _push(client, anna, edit)
    other = bram.change(entity, hulpvraag="aangevuld")
    other["base_seq"] = 1
    seen = bram.change(entity, fase="plan")
    seen["base_seq"] = 2  # made after pulling Anna's edit: not concurrent
    same = bram.change(entity, fase="gesprek")
    same["base_seq"] = 1  # the same value as Anna's: nothing to choose
    _push(client, bram, other, seen, same)

    assert [(n["kind"], n["field"], n["other_value"]) for n in _notes(client, bram, other["id"])] == [
        ("soft", "fase", None)
    ]
    assert _notes(client, bram, seen["id"]) == []
    assert _notes(client, bram, same["id"]) == []


def test_append_only_records_and_signing_never_conflict(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord", "Anna")
    bram = enrol_device(client, central_engine, "Team Noord", "Bram")
    plan = "01a00000-0000-7000-8000-000000000003"
    _push(client, anna, anna.change(plan, status="concept", content="{}"))
    edit = anna.change(plan, content='{"a":1}')
    edit["base_seq"] = 1
    _push(client, anna, edit)
    sign = {**bram.change(plan, status="ondertekend", plan_hash="ab"), "entity": "plan_version", "base_seq": 1}
    consent = {**bram.change(plan, content="x"), "entity": "consent", "base_seq": 0}
    access = {**bram.change(plan, status="inzien"), "entity": "access_log", "base_seq": 0}  # the log (#12)
    _push(client, bram, sign, consent, access)
    assert _notes(client, bram, sign["id"]) == []
    assert _notes(client, bram, consent["id"]) == []
    assert _notes(client, bram, access["id"]) == []


def test_a_revoked_device_uploads_once_into_quarantine_and_nothing_is_merged(
    client: httpx.Client, central_engine: Engine
) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    normal = client.post("/v1/revoked-upload", json={"changes": [device.change()]}, headers=device.headers)
    assert_problem(normal, 409, "apparaat-niet-ingetrokken")
    with Session(central_engine) as session, session.begin():
        admin.revoke_device(session, device.device_id)
    changes = [device.change(naam="laatste") for _ in range(3)]
    response = client.post("/v1/revoked-upload", json={"changes": changes}, headers=device.headers)
    assert response.status_code == 200, response.text
    assert response.json()["kept"] == [c["id"] for c in changes]
    assert_problem(client.get("/v1/changes", headers=device.headers), 403, "apparaat-ingetrokken")
    with Session(central_engine) as session:
        assert session.scalars(select(Change)).first() is None
        kept = session.scalars(select(Quarantine).where(Quarantine.device_id == device.device_id)).all()
        assert sorted(q.change_id or "" for q in kept) == sorted(c["id"] for c in changes)
        assert {q.reason for q in kept} == {"ingetrokken"}


def test_the_revoked_upload_needs_a_valid_token(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    response = client.post("/v1/revoked-upload", json={"changes": [device.change()]}, headers=VERSION_HEADER)
    assert_problem(response, 401, "niet-aangemeld")
