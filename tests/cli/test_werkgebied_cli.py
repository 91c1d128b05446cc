"""``regie werkgebied``: show, set and clear the team's postcode areas from a terminal."""

from __future__ import annotations

from pathlib import Path

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.cli.helpers import run_regie
from tests.conftest import PASSPHRASE


def test_show_set_refuse_and_clear(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Wilma", PASSPHRASE)
    svc.close()

    shown = run_regie(home, "werkgebied", REGIE_PASSPHRASE=PASSPHRASE)
    assert shown.returncode == 0, shown.stderr
    assert "Geen werkgebied ingesteld" in shown.stdout

    chosen = run_regie(home, "werkgebied", "--set", "3611, 3500 - 3599", REGIE_PASSPHRASE=PASSPHRASE)
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.strip() == "Werkgebied: 3500-3599, 3611"

    refused = run_regie(home, "werkgebied", "--set", "3500-35", REGIE_PASSPHRASE=PASSPHRASE)
    assert refused.returncode == 11
    assert "„3500-35” is geen postcodegebied" in refused.stderr
    assert "Werkgebied: 3500-3599, 3611" in run_regie(home, "werkgebied", REGIE_PASSPHRASE=PASSPHRASE).stdout

    cleared = run_regie(home, "werkgebied", "--set", "", REGIE_PASSPHRASE=PASSPHRASE)
    assert cleared.returncode == 0, cleared.stderr
    assert "Geen werkgebied ingesteld" in cleared.stdout
