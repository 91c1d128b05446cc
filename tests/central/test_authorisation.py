"""Authorisation as a matrix: every endpoint × missing token, wrong token, revoked device, other team."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from regie_desktop.central import admin
from regie_desktop.central.models import Change
from regie_desktop.sync import wire
from tests.central import blob_support
from tests.central.support import VERSION_HEADER, Device, assert_problem, enrol_device, pull_all

Call = Callable[[httpx.Client, dict[str, str], Device], httpx.Response]
CONTENT = blob_support.pdf_bytes(1000)


def _attachment(client: httpx.Client, device: Device, uploaded: bool = False) -> str:
    """An attachment of the device's team, set up with the device's own (valid or revoked) token."""
    if uploaded:
        return blob_support.upload(client, device, CONTENT)
    return blob_support.push_attachment(client, device, CONTENT)


ENDPOINTS: dict[str, Call] = {
    "GET /v1/device": lambda c, h, d: c.get("/v1/device", headers=h),
    "GET /v1/changes": lambda c, h, d: c.get("/v1/changes", headers=h),
    "POST /v1/changes": lambda c, h, d: c.post("/v1/changes", json={"changes": [d.change()]}, headers=h),
    "GET /v1/quarantine": lambda c, h, d: c.get("/v1/quarantine", headers=h),
    "GET /v1/digest": lambda c, h, d: c.get("/v1/digest", headers=h),
    "GET /v1/blobs/{id}": lambda c, h, d: c.get(f"/v1/blobs/{_attachment(c, d)}", headers=h),
    "PUT /v1/blobs/{id}/chunks/{i}": lambda c, h, d: blob_support.put_chunk(c, h, _attachment(c, d), 0, CONTENT),
    "POST /v1/blobs/{id}/complete": lambda c, h, d: blob_support.complete(c, h, _attachment(c, d, True), CONTENT),
    "GET /v1/blobs/{id}/chunks/{i}": lambda c, h, d: c.get(f"/v1/blobs/{_attachment(c, d, True)}/chunks/0", headers=h),
}


def _headers(kind: str, device: Device) -> dict[str, str]:
    secret = device.token.split(".", 1)[1]
    return {
        "missing": VERSION_HEADER,
        "not bearer": {**VERSION_HEADER, "Authorization": f"Basic {device.token}"},
        "garbage": {**VERSION_HEADER, "Authorization": "Bearer zomaar-iets"},
        "wrong secret": {**VERSION_HEADER, "Authorization": f"Bearer {device.device_id}.{secret[:-2]}xx"},
        "unknown device": {**VERSION_HEADER, "Authorization": f"Bearer 00000000-0000-7000-8000-000000000000.{secret}"},
    }[kind]


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
@pytest.mark.parametrize("kind", ["missing", "not bearer", "garbage", "wrong secret", "unknown device"])
def test_without_a_valid_token_every_endpoint_refuses(
    client: httpx.Client, central_engine: Engine, endpoint: str, kind: str
) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    response = ENDPOINTS[endpoint](client, _headers(kind, device), device)
    assert_problem(response, 401, "niet-aangemeld")
    assert response.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_a_revoked_device_is_refused_everywhere(client: httpx.Client, central_engine: Engine, endpoint: str) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    assert ENDPOINTS[endpoint](client, device.headers, device).status_code == 200
    with Session(central_engine) as session, session.begin():
        admin.revoke_device(session, device.device_id)
    body = assert_problem(ENDPOINTS[endpoint](client, device.headers, device), 403, "apparaat-ingetrokken")
    assert "ingetrokken" in body["detail"]


def test_a_revoked_device_pushes_nothing(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    with Session(central_engine) as session, session.begin():
        admin.revoke_device(session, device.device_id)
    client.post("/v1/changes", json={"changes": [device.change()]}, headers=device.headers)
    with Session(central_engine) as session:
        assert session.scalars(select(Change)).first() is None


@pytest.fixture
def two_teams(client: httpx.Client, central_engine: Engine) -> tuple[Device, Device, list[dict[str, Any]]]:
    noord = enrol_device(client, central_engine, "Team Noord", "Anna")
    zuid = enrol_device(client, central_engine, "Team Zuid", "Bram")
    secret = [noord.change(naam="Alleen voor Noord") for _ in range(3)]
    response = client.post("/v1/changes", json={"changes": secret}, headers=noord.headers)
    assert len(response.json()["stored"]) == 3
    bad = {**secret[0], "id": "kapot"}  # gives Noord a quarantine entry of its own
    client.post("/v1/changes", json={"changes": [bad]}, headers=noord.headers)
    return noord, zuid, secret


def test_other_team_cannot_pull_anothers_changes(client: httpx.Client, two_teams: Any) -> None:
    noord, zuid, _ = two_teams
    pulled, cursor = pull_all(client, zuid)
    assert pulled == [] and cursor == 0
    # Not even by guessing a cursor below the other team's numbers.
    assert client.get("/v1/changes", params={"after": 0}, headers=zuid.headers).json()["changes"] == []
    assert len(pull_all(client, noord)[0]) == 3


def test_other_team_cannot_see_anothers_quarantine_or_identity(client: httpx.Client, two_teams: Any) -> None:
    noord, zuid, _ = two_teams
    assert len(client.get("/v1/quarantine", headers=noord.headers).json()["items"]) == 1
    assert client.get("/v1/quarantine", headers=zuid.headers).json()["items"] == []
    assert client.get("/v1/digest", headers=zuid.headers).json() == {"changes": 0, "digest": wire.EMPTY_DIGEST}
    assert client.get("/v1/digest", headers=noord.headers).json()["changes"] == 3
    me = client.get("/v1/device", headers=zuid.headers).json()
    assert me["team_id"] == zuid.team_id != noord.team_id and me["team_name"] == "Team Zuid"


@pytest.mark.parametrize("endpoint", sorted(e for e in ENDPOINTS if "blobs" in e))
def test_other_team_is_refused_at_every_blob_endpoint(
    client: httpx.Client, central_engine: Engine, endpoint: str
) -> None:
    noord = enrol_device(client, central_engine, "Team Noord", "Anna")
    zuid = enrol_device(client, central_engine, "Team Zuid", "Bram")
    response = ENDPOINTS[endpoint](client, zuid.headers, noord)  # Noord's attachment, asked for by Zuid
    assert_problem(response, 403, "niet-toegestaan")


def test_other_team_cannot_write_into_anothers_dossier(
    client: httpx.Client, central_engine: Engine, two_teams: Any
) -> None:
    noord, zuid, secret = two_teams
    hijack_entity = zuid.change(entity_id=secret[0]["entity_id"], naam="overschreven")
    hijack_id = {**zuid.change(), "id": secret[1]["id"]}
    replay = {**secret[2], "device_id": zuid.device_id}  # a copy of Noord's change sent by Zuid
    result = client.post("/v1/changes", json={"changes": [hijack_entity, hijack_id, replay]}, headers=zuid.headers)
    assert result.status_code == 200
    body = result.json()
    assert body["stored"] == [] and body["duplicates"] == []
    assert [r["reason"] for r in body["refused"]] == ["niet-toegestaan"] * 3
    with Session(central_engine) as session:
        rows = session.scalars(select(Change)).all()
    assert sorted(r.id for r in rows) == sorted(c["id"] for c in secret)
    assert all(r.team_id == noord.team_id and "overschreven" not in r.fields for r in rows)
    assert [p["change"] for p in pull_all(client, noord)[0]] == secret


def test_info_is_public_and_says_which_versions_are_accepted(client: httpx.Client) -> None:
    body = client.get("/v1/info").json()
    assert body["service"] == "regie-central" and body["min_schema_version"] <= body["max_schema_version"]
