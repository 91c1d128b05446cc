"""`regie enrol`, `regie sync` and `regie conflicten`: Dutch messages and the documented exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from regie_desktop import cli
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.central import admin
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.app.factories import new_dossier
from tests.central.support import add_worker, issue_code
from tests.conftest import PASSPHRASE


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "werkruimte"
    service = WorkspaceService(home=path, kdf=MINIMUM_KDF)
    service.create("Anna Jansen", PASSPHRASE)
    new_dossier(service)
    service.close()
    monkeypatch.setenv("REGIE_HOME", str(path))
    monkeypatch.setenv("REGIE_PASSPHRASE", PASSPHRASE)
    return path


def test_enrol_sync_and_status(
    home: Path, central_url: str, central_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["sync"]) == 21
    assert "niet aangemeld" in capsys.readouterr().err
    assert cli.main(["sync", "--status"]) == 0
    assert "Niet gekoppeld" in capsys.readouterr().out

    assert cli.main(["enrol", "--server", central_url, "--code", "FOUT-CODE"]) == 22
    assert "onbekend" in capsys.readouterr().err
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord", "Anna Jansen"))
    assert cli.main(["enrol", "--server", central_url, "--code", code]) == 0
    assert "team Team Noord" in capsys.readouterr().out
    assert cli.main(["enrol", "--server", central_url, "--code", code]) == 22

    assert cli.main(["sync"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Gesynchroniseerd:") and "verstuurd" in out
    assert cli.main(["sync", "--status"]) == 0
    assert "Nog te versturen: 0; open conflicten: 0" in capsys.readouterr().out
    assert cli.main(["conflicten"]) == 0
    assert "Geen open conflicten" in capsys.readouterr().out


def test_unreachable_server_and_revocation_exit_codes(
    home: Path, central_url: str, central_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord", "Anna Jansen"))
    assert cli.main(["enrol", "--server", "http://127.0.0.1:9", "--code", code]) == 20
    assert "niet bereikbaar" in capsys.readouterr().err
    assert cli.main(["enrol", "--server", central_url, "--code", code]) == 0
    capsys.readouterr()
    with Session(central_engine) as session, session.begin():
        for device in admin.list_devices(session):
            admin.revoke_device(session, device.id)
    assert cli.main(["sync"]) == 24
    assert "gewist" in capsys.readouterr().err
    assert not home.exists() or not any(home.iterdir())
