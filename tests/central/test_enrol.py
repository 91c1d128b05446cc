"""Enrolment: a one-time, expiring code turns a device's public key into a device token."""

from __future__ import annotations

import datetime as dt
import threading

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from regie_desktop.central.models import Device, EnrolCode
from tests.central.support import VERSION_HEADER, add_worker, assert_problem, enrol_body, issue_code


def test_enrolment_gives_a_token_that_identifies_the_device(client: httpx.Client, central_engine: Engine) -> None:
    worker = add_worker(central_engine, "Team Noord", "Anna de Vries")
    code = issue_code(central_engine, worker)
    body = enrol_body(code)
    response = client.post("/v1/enrol", json=body, headers=VERSION_HEADER)
    assert response.status_code == 200, response.text
    enrolled = response.json()
    assert enrolled["device_id"] == body["device_id"]
    assert enrolled["worker_name"] == "Anna de Vries" and enrolled["team_name"] == "Team Noord"

    me = client.get("/v1/device", headers={**VERSION_HEADER, "Authorization": f"Bearer {enrolled['device_token']}"})
    assert me.status_code == 200, me.text
    assert me.json()["device_id"] == body["device_id"] and me.json()["team_id"] == enrolled["team_id"]

    with Session(central_engine) as session:
        device = session.get(Device, body["device_id"])
        assert device is not None and device.public_key == body["public_key"]
        secret = enrolled["device_token"].split(".", 1)[1]
        assert secret not in device.token_hash  # only the hash is kept
        code_row = session.scalars(select(EnrolCode)).one()
        assert code.replace("-", "") not in code_row.code_hash
        assert code_row.used_at is not None and code_row.device_id == body["device_id"]


def test_code_is_typed_forgivingly(client: httpx.Client, central_engine: Engine) -> None:
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord"))
    sloppy = " " + code.lower().replace("-", " ") + " "
    response = client.post("/v1/enrol", json=enrol_body(sloppy), headers=VERSION_HEADER)
    assert response.status_code == 200, response.text


def test_reused_code_is_refused(client: httpx.Client, central_engine: Engine) -> None:
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord"))
    assert client.post("/v1/enrol", json=enrol_body(code), headers=VERSION_HEADER).status_code == 200
    again = client.post("/v1/enrol", json=enrol_body(code), headers=VERSION_HEADER)
    body = assert_problem(again, 403, "code-gebruikt")
    assert "al gebruikt" in body["detail"]
    with Session(central_engine) as session:
        assert len(session.scalars(select(Device)).all()) == 1


def test_expired_code_is_refused(client: httpx.Client, central_engine: Engine) -> None:
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord"))
    with Session(central_engine) as session, session.begin():
        session.execute(update(EnrolCode).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))
    response = client.post("/v1/enrol", json=enrol_body(code), headers=VERSION_HEADER)
    assert "verlopen" in assert_problem(response, 403, "code-verlopen")["detail"]
    with Session(central_engine) as session:
        assert session.scalars(select(Device)).first() is None
        assert session.scalars(select(EnrolCode)).one().used_at is None


def test_unknown_code_is_refused(client: httpx.Client, central_engine: Engine) -> None:
    add_worker(central_engine, "Team Noord")
    response = client.post("/v1/enrol", json=enrol_body("AAAAA-BBBBB-CCCCC"), headers=VERSION_HEADER)
    assert_problem(response, 403, "code-onbekend")


def test_signature_must_prove_the_key(client: httpx.Client, central_engine: Engine) -> None:
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord"))
    body = enrol_body(code)
    body["public_key"] = Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()  # not the signer
    assert_problem(client.post("/v1/enrol", json=body, headers=VERSION_HEADER), 400, "ongeldige-handtekening")
    # The code was not spent by the failed attempt.
    assert client.post("/v1/enrol", json=enrol_body(code), headers=VERSION_HEADER).status_code == 200


def test_a_device_or_key_enrols_once(client: httpx.Client, central_engine: Engine) -> None:
    worker = add_worker(central_engine, "Team Noord")
    key = Ed25519PrivateKey.generate()
    first = enrol_body(issue_code(central_engine, worker), key=key)
    assert client.post("/v1/enrol", json=first, headers=VERSION_HEADER).status_code == 200
    same_device = enrol_body(issue_code(central_engine, worker), device_id=first["device_id"])
    assert_problem(client.post("/v1/enrol", json=same_device, headers=VERSION_HEADER), 409, "apparaat-bestaat")
    same_key = enrol_body(issue_code(central_engine, worker), key=key)
    assert_problem(client.post("/v1/enrol", json=same_key, headers=VERSION_HEADER), 409, "apparaat-bestaat")


def test_one_code_raced_by_two_devices_enrols_one(client: httpx.Client, central_engine: Engine) -> None:
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord"))
    statuses: list[int] = []
    barrier = threading.Barrier(4)

    def attempt() -> None:
        body = enrol_body(code)
        barrier.wait()
        statuses.append(client.post("/v1/enrol", json=body, headers=VERSION_HEADER).status_code)

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200, 403, 403, 403]
    with Session(central_engine) as session:
        assert len(session.scalars(select(Device)).all()) == 1
