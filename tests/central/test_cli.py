"""The regie-central command, run in-process against the session's database (PostgreSQL in CI)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from regie_desktop.central import admin
from regie_desktop.central.cli import main
from regie_desktop.central.db import normalise_url
from regie_desktop.central.errors import CentralError
from regie_desktop.central.models import Device, EnrolCode
from tests.central.pg import Backend
from tests.central.support import VERSION_HEADER, assert_problem, enrol_body
from tests.central.support import Device as Laptop

ROOT = Path(__file__).resolve().parents[2]


def device_change(enrolled: dict[str, str]) -> dict[str, object]:
    laptop = Laptop(enrolled["device_id"], enrolled["device_token"], enrolled["team_id"], enrolled["worker_id"])
    return laptop.change()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_admin_flow_from_team_to_revocation(
    capsys: pytest.CaptureFixture[str], central_backend: Backend, central_engine: Engine, client: httpx.Client
) -> None:
    db = ["--db", central_backend.url]
    assert run(capsys, "init", *db)[0] == 0  # already at head: nothing to do, still fine
    code, out, _ = run(capsys, "team", "add", "Team Noord", *db)
    assert code == 0 and "Team 'Team Noord' toegevoegd" in out
    code, out, _ = run(capsys, "worker", "add", "--team", "Team Noord", "Anna de Vries", *db)
    assert code == 0 and "Medewerker 'Anna de Vries' toegevoegd" in out
    code, out, _ = run(capsys, "enrol-code", "Anna de Vries", "--geldig-uren", "2", *db)
    assert code == 0 and "maar één keer getoond" in out
    printed = re.search(r"\b([A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\b", out)
    assert printed is not None
    with Session(central_engine) as session:
        stored = session.scalars(select(EnrolCode)).one()
        assert stored.code_hash == admin.code_hash(printed.group(1)) and printed.group(1) not in stored.code_hash

    enrolled = client.post("/v1/enrol", json=enrol_body(printed.group(1)), headers=VERSION_HEADER).json()
    headers = {**VERSION_HEADER, "Authorization": f"Bearer {enrolled['device_token']}"}
    assert client.get("/v1/device", headers=headers).status_code == 200

    code, out, _ = run(capsys, "devices", *db)
    assert code == 0 and enrolled["device_id"] in out and "actief" in out and "Anna de Vries" in out
    code, out, _ = run(capsys, "devices", "--json", "--team", "Team Noord", *db)
    listed = json.loads(out)
    assert [d["id"] for d in listed] == [enrolled["device_id"]] and listed[0]["ingetrokken"] is None

    code, out, _ = run(capsys, "quarantine", *db)
    assert code == 0 and "Geen geweigerde wijzigingen." in out
    refused = {**device_change(enrolled), "schema_version": 99}
    client.post("/v1/changes", json={"changes": [refused]}, headers=headers)
    code, out, _ = run(capsys, "quarantine", "--team", "Team Noord", *db)
    assert code == 0 and refused["id"] in out and "schemaversie" in out and "Team Noord" in out

    code, out, _ = run(capsys, "revoke", enrolled["device_id"], *db)
    assert code == 0 and "ingetrokken" in out
    assert_problem(client.get("/v1/device", headers=headers), 403, "apparaat-ingetrokken")
    code, out, _ = run(capsys, "devices", *db)
    assert "ingetrokken" in out
    with Session(central_engine) as session:
        assert session.scalars(select(Device)).one().revoked_at is not None


@pytest.mark.parametrize(
    "argv,message",
    [
        (["team", "add", "   "], "teamnaam"),
        (["worker", "add", "--team", "Bestaat Niet", "Piet"], "Team 'Bestaat Niet' bestaat niet."),
        (["enrol-code", "Niemand"], "Medewerker 'Niemand' bestaat niet."),
        (["enrol-code", "Piet", "--geldig-uren", "0"], "tussen 1 minuut en 30 dagen"),
        (["revoke", "geen-apparaat"], "Apparaat 'geen-apparaat' bestaat niet."),
        (["devices", "--team", "Bestaat Niet"], "bestaat niet"),
    ],
)
def test_mistakes_get_one_dutch_line_and_a_nonzero_exit(
    capsys: pytest.CaptureFixture[str],
    central_backend: Backend,
    central_engine: Engine,
    argv: list[str],
    message: str,
) -> None:
    with Session(central_engine) as session, session.begin():
        admin.add_team(session, "Team Noord")
        admin.add_worker(session, "Team Noord", "Piet")
    code, _, err = run(capsys, *argv, "--db", central_backend.url)
    assert code == 1 and message in err and "Traceback" not in err


def test_a_duplicate_team_is_refused(
    capsys: pytest.CaptureFixture[str], central_backend: Backend, central_engine: Engine
) -> None:
    assert run(capsys, "team", "add", "Team Noord", "--db", central_backend.url)[0] == 0
    code, _, err = run(capsys, "team", "add", "Team  Noord", "--db", central_backend.url)
    assert code == 1 and "bestaat al" in err


def test_an_uninitialised_database_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/leeg.sqlite"
    code, _, err = run(capsys, "team", "add", "Team Noord", "--db", url)
    assert code == 1 and "regie-central init" in err
    assert run(capsys, "init", "--db", url)[0] == 0
    assert run(capsys, "team", "add", "Team Noord", "--db", url)[0] == 0


def test_an_unreachable_database_is_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "devices", "--db", "postgresql://postgres@127.0.0.1:1/regie?connect_timeout=2")
    assert code == 2 and "niet bereikbaar" in err


def test_database_urls_are_normalised() -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u:geheim@h/db") == "postgresql+psycopg://u:geheim@h/db"
    assert normalise_url("sqlite:///a.sqlite") == "sqlite:///a.sqlite"
    assert normalise_url("/tmp/b.sqlite") == "sqlite:////tmp/b.sqlite"
    with pytest.raises(CentralError, match="Alleen PostgreSQL"):
        normalise_url("mysql://u@h/db")


def test_serve_wants_certificate_and_key_together(capsys: pytest.CaptureFixture[str], central_backend: Backend) -> None:
    code, _, err = run(capsys, "serve", "--db", central_backend.url, "--certfile", "cert.pem")
    assert code == 1 and "--certfile en --keyfile" in err


def test_the_entry_point_is_installed() -> None:
    tool = Path(sys.executable).with_name("regie-central")
    assert tool.exists(), "pip install -e . creates the regie-central script"
    result = subprocess.run([str(tool), "--help"], capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0
    for command in ("init", "team", "worker", "enrol-code", "devices", "quarantine", "revoke", "serve"):
        assert command in result.stdout
