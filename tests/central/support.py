"""Helpers for the central store tests: teams, workers, enrolled devices and synthetic changes."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from regie_desktop.central import admin
from regie_desktop.domain.hlc import HybridClock
from regie_desktop.domain.ids import new_id
from regie_desktop.sync import wire

VERSION_HEADER = {wire.SCHEMA_HEADER: str(wire.SCHEMA_VERSION)}
PROBLEM = "application/problem+json"


def add_worker(engine: Engine, team_name: str, worker_name: str = "Test Werker") -> str:
    """Creates the team when needed; returns the worker id."""
    with Session(engine) as session, session.begin():
        try:
            admin.find_team(session, team_name)
        except Exception:
            admin.add_team(session, team_name)
        return admin.add_worker(session, team_name, worker_name).id


def issue_code(engine: Engine, worker_id: str, valid_for: dt.timedelta = dt.timedelta(hours=1)) -> str:
    with Session(engine) as session, session.begin():
        return admin.issue_enrol_code(session, worker_id, valid_for).code


def enrol_body(code: str, key: Ed25519PrivateKey | None = None, device_id: str | None = None) -> dict[str, Any]:
    key = key or Ed25519PrivateKey.generate()
    device_id = device_id or str(uuid.uuid4())
    public = key.public_key().public_bytes_raw().hex()
    signature = key.sign(wire.enrolment_payload(code, device_id, public)).hex()
    return {
        "code": code,
        "device_id": device_id,
        "device_name": "Laptop test",
        "public_key": public,
        "signature": signature,
    }


@dataclass
class Device:
    """An enrolled laptop as the tests drive it."""

    device_id: str
    token: str
    team_id: str
    worker_id: str
    clock: HybridClock = field(init=False)

    def __post_init__(self) -> None:
        self.clock = HybridClock(self.device_id)

    @property
    def headers(self) -> dict[str, str]:
        return {**VERSION_HEADER, "Authorization": f"Bearer {self.token}"}

    def change(self, entity_id: str | None = None, **fields: Any) -> dict[str, Any]:
        return {
            "id": new_id(),
            "entity": "casus",
            "entity_id": entity_id or new_id(),
            "operation": "upsert",
            "fields": fields or {"fase": "aanmelding", "teller": 1},
            "base_version": 0,
            "base_seq": 0,
            "hlc": self.clock.now().encode(),
            "author_id": self.worker_id,
            "device_id": self.device_id,
            "schema_version": wire.SCHEMA_VERSION,
        }


def enrol_device(client: httpx.Client, engine: Engine, team_name: str, worker_name: str = "Test Werker") -> Device:
    worker_id = add_worker(engine, team_name, worker_name)
    code = issue_code(engine, worker_id)
    response = client.post("/v1/enrol", json=enrol_body(code), headers=VERSION_HEADER)
    assert response.status_code == 200, response.text
    body = response.json()
    return Device(body["device_id"], body["device_token"], body["team_id"], body["worker_id"])


def pull_all(
    client: httpx.Client, device: Device, after: int = 0, limit: int = 1000
) -> tuple[list[dict[str, Any]], int]:
    """Every change after ``after``, page by page; returns them and the final cursor."""
    seen: list[dict[str, Any]] = []
    while True:
        response = client.get("/v1/changes", params={"after": after, "limit": limit}, headers=device.headers)
        assert response.status_code == 200, response.text
        body = response.json()
        seen.extend(body["changes"])
        after = body["cursor"]
        if not body["has_more"]:
            return seen, after


def assert_problem(response: httpx.Response, status: int, slug: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM), response.headers
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"]
    assert "Traceback" not in response.text
    if slug is not None:
        assert body["type"] == f"urn:regie:probleem:{slug}", body
    return body
