"""Bad input gets a 4xx with RFC 9457 problem details in Dutch: never a 5xx, never a traceback."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest
from sqlalchemy import Engine

from regie_desktop.sync import wire
from tests.central.conftest import MAX_BODY
from tests.central.support import VERSION_HEADER, assert_problem, enrol_body, enrol_device

JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    "raw",
    [b"{", b'{"changes": [}', b"\xff\xfe", b'{"changes": [NaN]}', b"[" * 100_000 + b"]" * 100_000, b""],
    ids=["open", "broken", "not utf-8", "nan", "deep", "empty"],
)
def test_malformed_json_is_a_400_problem(client: httpx.Client, central_engine: Engine, raw: bytes) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    push = client.post("/v1/changes", content=raw, headers={**device.headers, **JSON})
    if len(raw) > MAX_BODY:
        assert_problem(push, 413, "te-groot")
        return
    assert_problem(push, 400, "ongeldige-json")
    enrol = client.post("/v1/enrol", content=raw, headers={**VERSION_HEADER, **JSON})
    assert enrol.status_code in (400, 422), enrol.text
    assert_problem(enrol, enrol.status_code)


@pytest.mark.parametrize(
    "body",
    [[], {"changes": {}}, {"changes": [], "meer": 1}, {"wijzigingen": []}, "tekst", None],
    ids=["list", "dict", "extra", "wrong key", "string", "null"],
)
def test_a_wrong_push_envelope_is_a_422_problem(client: httpx.Client, central_engine: Engine, body: object) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    raw = json.dumps(body).encode()
    response = client.post("/v1/changes", content=raw, headers={**device.headers, **JSON})
    assert_problem(response, 422, "ongeldige-invoer")


def test_too_many_changes_in_one_batch(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    response = client.post("/v1/changes", json={"changes": [1] * (wire.MAX_BATCH + 1)}, headers=device.headers)
    assert assert_problem(response, 422, "te-veel-wijzigingen")["max_changes"] == wire.MAX_BATCH


def test_an_oversized_body_is_refused_with_413(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    big = {"changes": [device.change(tekst="x" * 1000) for _ in range(MAX_BODY // 1000 + 10)][: wire.MAX_BATCH]}
    response = client.post("/v1/changes", json=big, headers=device.headers)
    assert assert_problem(response, 413, "te-groot")["max_bytes"] == MAX_BODY


def test_an_oversized_streamed_body_is_refused_with_413(client: httpx.Client, central_engine: Engine) -> None:
    device = enrol_device(client, central_engine, "Team Noord")

    def chunks():  # no Content-Length: the server has to count
        for _ in range(MAX_BODY // 8192 + 4):
            yield b" " * 8192

    response = client.post("/v1/changes", content=chunks(), headers={**device.headers, **JSON})
    assert_problem(response, 413, "te-groot")


def test_a_huge_declared_length_is_refused_without_reading(central_url: str, central_engine: Engine) -> None:
    """A client that announces gigabytes gets its 413 at once; the server does not wait for the bytes."""
    host, port = central_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"{wire.SCHEMA_HEADER}: 1\r\nContent-Length: {10**12}\r\n\r\n{{}}".encode()
        )
        reply = b""
        while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
            data = sock.recv(65536)
            if not data:
                break
            reply += data
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413"), head
    assert b"application/problem+json" in head
    assert json.loads(body)["type"] == "urn:regie:probleem:te-groot"


@pytest.mark.parametrize(
    "field,value",
    [
        ("device_id", "geen-uuid"),
        ("public_key", "zz"),
        ("signature", "00"),
        ("code", ""),
        ("code", "x" * 65),
        ("device_name", "a\x00b"),
        ("extra", 1),
    ],
)
def test_invalid_enrolment_fields_are_a_422_problem(
    client: httpx.Client, central_engine: Engine, field: str, value: object
) -> None:
    body = {**enrol_body("AAAAA-BBBBB-CCCCC"), field: value}
    assert_problem(client.post("/v1/enrol", json=body, headers=VERSION_HEADER), 422, "ongeldige-invoer")


@pytest.mark.parametrize("params", [{"after": -1}, {"after": 2**63}, {"after": "x"}, {"limit": 0}, {"limit": 10**6}])
def test_bad_pull_parameters_are_a_422_problem(
    client: httpx.Client, central_engine: Engine, params: dict[str, object]
) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    assert_problem(client.get("/v1/changes", params=params, headers=device.headers), 422, "ongeldige-invoer")


@pytest.mark.parametrize("version", [None, "0", "abc", "-1", "1" * 30, b"\xb2", "\u0661".encode()])
def test_an_old_or_unversioned_client_is_told_to_update(
    client: httpx.Client, central_engine: Engine, version: str | bytes | None
) -> None:
    """Superscript two and an Arabic-Indic one are 'digits' to Python; they must not reach int()."""
    device = enrol_device(client, central_engine, "Team Noord")
    headers: dict[str, str | bytes] = {"Authorization": device.headers["Authorization"]}
    if version is not None:
        headers[wire.SCHEMA_HEADER] = version
    for response in (
        client.get("/v1/changes", headers=headers),
        client.post("/v1/changes", json={"changes": []}, headers=headers),
        client.post("/v1/enrol", json=enrol_body("AAAAA-BBBBB-CCCCC"), headers=headers),
    ):
        body = assert_problem(response, 426, "werk-regie-bij")
        assert body["title"] == "Werk Regie bij" and "Werk Regie bij" in body["detail"]
        assert body["min_schema_version"] == wire.MIN_SCHEMA_VERSION


def test_a_client_newer_than_the_server_is_told_the_server_must_be_updated(
    client: httpx.Client, central_engine: Engine
) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    headers = {**device.headers, wire.SCHEMA_HEADER: str(wire.SCHEMA_VERSION + 1)}
    body = assert_problem(client.get("/v1/changes", headers=headers), 409, "server-te-oud")
    assert body["max_schema_version"] == wire.SCHEMA_VERSION


def test_unknown_paths_and_methods_are_problems(client: httpx.Client) -> None:
    assert_problem(client.get("/v1/bestaat-niet"), 404, "http-404")
    assert_problem(client.delete("/v1/changes", headers=VERSION_HEADER), 405, "http-405")


@pytest.mark.parametrize("depth", [200, 900, 990])
def test_deeply_nested_changes_never_break_the_server(client: httpx.Client, central_engine: Engine, depth: int) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    good = device.change()
    raw = (
        '{"changes": ['
        + json.dumps(good)
        + ', {"id": "x", "fields": '
        + "[" * depth
        + "]" * depth
        + "}, "
        + "[" * depth
        + "]" * depth
        + "]}"
    )
    response = client.post("/v1/changes", content=raw.encode(), headers={**device.headers, **JSON})
    assert response.status_code < 500, response.text
    if response.status_code == 200:
        assert response.json()["stored"] == [good["id"]]
    else:
        assert_problem(response, 400, "ongeldige-json")


def test_a_request_cut_mid_body_stores_nothing(client: httpx.Client, central_engine: Engine, central_url: str) -> None:
    device = enrol_device(client, central_engine, "Team Noord")
    batch = [device.change() for _ in range(20)]
    body = json.dumps({"changes": batch}).encode()
    host, port = central_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        head = (
            f"POST /v1/changes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Authorization: {device.headers['Authorization']}\r\n{wire.SCHEMA_HEADER}: 1\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        sock.sendall(head.encode() + body[: len(body) // 2])  # the network dies halfway
    time.sleep(0.2)
    assert client.get("/v1/changes", headers=device.headers).json()["changes"] == []
    complete = client.post("/v1/changes", json={"changes": batch}, headers=device.headers)
    assert complete.status_code == 200 and len(complete.json()["stored"]) == 20
