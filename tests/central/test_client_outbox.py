"""A real laptop outbox (change records written by the use cases) is accepted by the server as it is."""

from __future__ import annotations

import json

import httpx
from sqlalchemy import Engine, select

from regie_desktop.app.plans import device_key
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.models import ChangeRecord, WorkspaceInfo
from regie_desktop.sync import wire
from tests.app.factories import new_dossier
from tests.central.support import VERSION_HEADER, add_worker, issue_code


def test_a_workspace_outbox_pushes_and_pulls_back_unchanged(
    service: WorkspaceService, client: httpx.Client, central_engine: Engine
) -> None:
    new_dossier(service)
    with service.unit_of_work() as (session, _actor):
        records = list(session.scalars(select(ChangeRecord).order_by(ChangeRecord.id)))
        device_id = session.scalars(select(WorkspaceInfo.device_id)).one()
        key = device_key(session)
        outbox = [
            {
                "id": r.id,
                "entity": r.entity,
                "entity_id": r.entity_id,
                "operation": r.operation,
                "fields": json.loads(r.fields),
                "base_version": r.base_version,
                "base_seq": 0,
                "hlc": r.hlc,
                "author_id": r.author_id,
                "device_id": r.device_id,
                "schema_version": r.schema_version,
            }
            for r in records
        ]
    assert len(outbox) >= 3 and all(c["device_id"] == device_id for c in outbox)

    # Enrol with the workspace's own device id and its Ed25519 key.
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord"))
    public = key.public_bytes().hex()
    body = {
        "code": code,
        "device_id": device_id,
        "public_key": public,
        "signature": key.sign(wire.enrolment_payload(code, device_id, public)).hex(),
    }
    enrolled = client.post("/v1/enrol", json=body, headers=VERSION_HEADER)
    assert enrolled.status_code == 200, enrolled.text
    headers = {**VERSION_HEADER, "Authorization": f"Bearer {enrolled.json()['device_token']}"}

    pushed = client.post("/v1/changes", json={"changes": outbox}, headers=headers).json()
    assert pushed["refused"] == [] and pushed["stored"] == [c["id"] for c in outbox]
    pulled = client.get("/v1/changes", headers=headers).json()
    assert [p["change"] for p in pulled["changes"]] == outbox
    assert [p["change"]["fields"] for p in pulled["changes"]] == [json.loads(r.fields) for r in records]
