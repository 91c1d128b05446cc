"""``regie instrument`` and ``regie werkgebied`` under the organisation's policy: shown as fixed, changes refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.cli.helpers import run_regie
from tests.conftest import PASSPHRASE

LOCKED = "(vastgelegd door uw organisatie)"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Wilma", PASSPHRASE)
    svc.close()
    return home


def policy(tmp_path: Path, **values: object) -> str:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    return str(path)


def test_werkgebied_from_policy_is_shown_as_fixed_and_cannot_be_set(home: Path, tmp_path: Path) -> None:
    env = {"REGIE_PASSPHRASE": PASSPHRASE, "REGIE_POLICY_FILE": policy(tmp_path, werkgebied="3611, 3500-3599")}
    shown = run_regie(home, "werkgebied", **env)
    assert shown.returncode == 0, shown.stderr
    assert f"Werkgebied: 3500-3599, 3611 {LOCKED}" in shown.stdout

    refused = run_regie(home, "werkgebied", "--set", "1000-1099", **env)
    assert refused.returncode != 0
    assert "Het werkgebied is vastgelegd door uw organisatie" in refused.stderr
    assert "Traceback" not in refused.stderr

    # Without the policy the team's own (empty) werkgebied is back: the refused text was not stored.
    own = run_regie(home, "werkgebied", REGIE_PASSPHRASE=PASSPHRASE, REGIE_POLICY_FILE=str(tmp_path / "geen.json"))
    assert "Geen werkgebied ingesteld" in own.stdout and LOCKED not in own.stdout


def test_instrument_from_policy_is_marked_and_another_choice_refused(home: Path, tmp_path: Path) -> None:
    env = {"REGIE_PASSPHRASE": PASSPHRASE, "REGIE_POLICY_FILE": policy(tmp_path, instrument="zrm-regio-10")}
    shown = run_regie(home, "instrument", **env)
    assert shown.returncode == 0, shown.stderr
    assert f"Nieuwe casussen gebruiken: zrm-regio-10 {LOCKED}" in shown.stdout
    assert "* zrm-regio-10" in shown.stdout

    refused = run_regie(home, "instrument", "--kies", "positieve-gezondheid", **env)
    assert refused.returncode != 0
    assert "Het instrument is vastgelegd door uw organisatie" in refused.stderr


def test_an_unknown_policy_instrument_is_reported_and_the_team_choice_stays(home: Path, tmp_path: Path) -> None:
    env = {"REGIE_PASSPHRASE": PASSPHRASE, "REGIE_POLICY_FILE": policy(tmp_path, instrument="zrm-tikfout")}
    chosen = run_regie(home, "instrument", "--kies", "positieve-gezondheid", **env)
    assert chosen.returncode == 0, chosen.stderr
    assert "Nieuwe casussen gebruiken: positieve-gezondheid\n" in chosen.stdout
    assert "'zrm-tikfout'" in chosen.stderr and "niet geïnstalleerd" in chosen.stderr
