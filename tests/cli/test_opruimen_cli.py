"""``regie opruimen``: closed, synced casussen leave the laptop; Dutch messages; refused when not enrolled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select, text

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store import models
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.app.factories import new_dossier
from tests.cli.helpers import run_regie
from tests.conftest import PASSPHRASE


def test_opruimen(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Wilma", PASSPHRASE)
    d = new_dossier(svc)
    with svc.unit_of_work() as (session, _):
        casus = session.get(models.Casus, d.casus_id)
        assert casus is not None
        casus.fase, casus.afgesloten_op = "afgesloten", dt.date(2020, 1, 1)
    svc.close()

    refused = run_regie(home, "opruimen", REGIE_PASSPHRASE=PASSPHRASE)
    assert refused.returncode != 0
    assert "niet gekoppeld aan de centrale opslag" in refused.stderr

    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.unlock(PASSPHRASE)
    with svc.unit_of_work() as (session, actor):
        session.add(
            models.SyncState(
                id=1,
                server_url="https://c.example",
                device_token="a.b",
                device_id=actor.device_id,
                team_id="t",
                enrolled_at=dt.datetime.now(dt.UTC),
            )
        )
    svc.close()
    waiting = run_regie(home, "opruimen", "--na-dagen", "30", REGIE_PASSPHRASE=PASSPHRASE)
    assert waiting.returncode == 0, waiting.stderr
    assert "0 afgesloten casus(sen)" in waiting.stdout and "Synchroniseer eerst" in waiting.stdout

    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.unlock(PASSPHRASE)
    with svc.unit_of_work() as (session, _):
        session.execute(text("UPDATE change_record SET sent_at = '2026-01-01 00:00:00.000000'"))
    svc.close()
    done = run_regie(home, "opruimen", "--na-dagen", "30", REGIE_PASSPHRASE=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 afgesloten casus(sen) van deze laptop verwijderd")
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.unlock(PASSPHRASE)
    with svc.unit_of_work() as (session, _):
        assert session.scalar(select(func.count()).select_from(models.Casus)) == 0
    svc.close()
