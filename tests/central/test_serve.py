"""`regie-central serve` as an administrator starts it: a separate process, here with TLS."""

from __future__ import annotations

import datetime as dt
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import Engine

from regie_desktop.central.api import create_app
from regie_desktop.central.db import make_engine
from regie_desktop.sync import transport
from tests.central.pg import Backend
from tests.central.server import serve
from tests.central.support import VERSION_HEADER, Device, assert_problem, enrol_device, pull_all


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_over_tls(tmp_path: Path) -> None:
    tool = str(Path(sys.executable).with_name("regie-central"))
    db = f"sqlite:///{tmp_path}/central.sqlite"
    subprocess.run([tool, "init", "--db", db], check=True, capture_output=True)
    cert, key = _self_signed(tmp_path)
    port = _free_port()
    argv = [tool, "serve", "--db", db, "--port", str(port), "--certfile", str(cert), "--keyfile", str(key)]
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})
    try:
        with httpx.Client(
            base_url=f"https://localhost:{port}", verify=ssl.create_default_context(cafile=str(cert)), timeout=5
        ) as client:
            deadline = time.monotonic() + 20
            while True:
                try:
                    info = client.get("/v1/info")
                    break
                except httpx.TransportError:
                    assert process.poll() is None, process.communicate()[1].decode()
                    assert time.monotonic() < deadline, "server did not start"
                    time.sleep(0.1)
            assert info.status_code == 200 and info.json()["service"] == "regie-central"
            assert client.get("/healthz").json() == {"status": "ok"}
            assert "server" not in info.headers  # no server banner
            assert_problem(client.get("/v1/changes", headers=VERSION_HEADER), 401, "niet-aangemeld")
        # The laptop pins the organisation's CA: the right one works, any other is refused in Dutch.
        with transport.CentralClient(f"https://localhost:{port}", ssl_context=transport.pinned_context(cert)) as ok:
            assert ok.info().service == "regie-central"
        other, _ = _self_signed(tmp_path / "ander")
        pinned_elsewhere = transport.pinned_context(other)
        with (
            transport.CentralClient(f"https://localhost:{port}", ssl_context=pinned_elsewhere) as refused,
            pytest.raises(transport.ServerUnreachable, match="certificaat"),
        ):
            refused.info()
        with (
            transport.CentralClient(f"https://localhost:{port}") as public_cas_only,
            pytest.raises(transport.ServerUnreachable, match="certificaat"),
        ):
            public_cas_only.info()
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert f"https://127.0.0.1:{port}" in err.decode()


def test_serve_refuses_an_uninitialised_database(tmp_path: Path) -> None:
    tool = str(Path(sys.executable).with_name("regie-central"))
    result = subprocess.run(
        [tool, "serve", "--db", f"sqlite:///{tmp_path}/leeg.sqlite", "--port", str(_free_port())],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1 and "regie-central init" in result.stderr


def test_a_database_that_is_down_gives_a_503_problem_without_details() -> None:
    engine = make_engine("postgresql://postgres@127.0.0.1:1/regie?connect_timeout=1")
    with serve(create_app(engine)) as url, httpx.Client(base_url=url, timeout=10) as client:
        response = client.get("/v1/device", headers={**VERSION_HEADER, "Authorization": "Bearer a.b"})
        body = assert_problem(response, 503, "niet-beschikbaar")
        assert_problem(client.get("/healthz"), 503, "niet-beschikbaar")
        assert response.headers["Retry-After"] == "30"
        assert "127.0.0.1" not in response.text and "psycopg" not in response.text
        assert body["detail"] == "De centrale opslag is even niet bereikbaar."
    engine.dispose()


def test_several_server_processes_share_one_database_safely(central_backend: Backend, central_engine: Engine) -> None:
    """`serve --workers 3`: pushes spread over processes still get gap-free, in-order numbers per team."""
    tool = str(Path(sys.executable).with_name("regie-central"))
    port = _free_port()
    argv = [tool, "serve", "--db", central_backend.url, "--port", str(port), "--workers", "3"]
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            deadline = time.monotonic() + 30
            while True:
                try:
                    client.get("/v1/info")
                    break
                except httpx.TransportError:
                    assert process.poll() is None, process.communicate()[1].decode()
                    assert time.monotonic() < deadline, "server did not start"
                    time.sleep(0.1)
            devices = [enrol_device(client, central_engine, "Team Noord", f"Werker {i}") for i in range(4)]
            pushed: list[str] = []
            errors: list[str] = []

            def push(device: Device) -> None:
                with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as own:  # own connections
                    for _ in range(5):
                        batch = [device.change() for _ in range(10)]
                        response = own.post("/v1/changes", json={"changes": batch}, headers=device.headers)
                        if response.status_code != 200:
                            errors.append(response.text)
                        pushed.extend(c["id"] for c in batch)

            threads = [threading.Thread(target=push, args=(device,)) for device in devices]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert errors == []
            pulled, cursor = pull_all(client, devices[0])
            assert [p["seq"] for p in pulled] == list(range(1, len(pushed) + 1)) and cursor == len(pushed)
            assert sorted(p["change"]["id"] for p in pulled) == sorted(pushed)
    finally:
        process.terminate()
        process.communicate(timeout=20)
