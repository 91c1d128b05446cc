"""The ``regie`` command end to end: set-up, status, check, passwd, recover, and every refusal."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from regie_desktop import __version__
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store import migrate
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.cli.helpers import recovery_key_from, run_regie
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One workspace made by ``regie init`` (real calibration), shared by the read-only tests here."""
    home = tmp_path_factory.mktemp("cli") / "ws"
    result = run_regie(home, "init", "--naam", "Wilma Testwerker", REGIE_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return home, recovery_key_from(result.stdout)


def test_version() -> None:
    result = run_regie(Path("/nonexistent"), "--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_init_prints_recovery_key_once_and_status_is_empty(initialised: tuple[Path, str]) -> None:
    home, key = initialised
    status = run_regie(home, "status", "--json", REGIE_PASSPHRASE=PASSPHRASE)
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["schema_version"] == data["schema_head"] == migrate.HEAD
    assert data["counts"]["huishouden"] == 0
    assert data["outbox"] == 0
    assert data["workspace"] == str(home)
    assert key not in status.stdout + status.stderr


def test_init_refuses_existing_workspace(initialised: tuple[Path, str]) -> None:
    home, _ = initialised
    result = run_regie(home, "init", "--naam", "X", REGIE_PASSPHRASE=PASSPHRASE)
    assert result.returncode != 0
    assert "al een werkruimte" in result.stderr


def test_init_refuses_weak_passphrase_with_reason(tmp_path: Path) -> None:
    result = run_regie(tmp_path / "ws", "init", "--naam", "Wilma", REGIE_PASSPHRASE="wilma1980")
    assert result.returncode == 8
    assert "niet sterk genoeg" in result.stderr
    assert "te kort" in result.stderr
    assert not (tmp_path / "ws" / "keyfile.json").exists()


def test_commands_without_workspace_say_so(tmp_path: Path) -> None:
    result = run_regie(tmp_path / "leeg", "status", REGIE_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 3
    assert "nog geen werkruimte" in result.stderr


def test_no_terminal_and_no_env_is_a_clear_error(initialised: tuple[Path, str]) -> None:
    home, _ = initialised
    result = run_regie(home, "status")
    assert result.returncode == 1
    assert "REGIE_PASSPHRASE" in result.stderr


def test_wrong_passphrase_exit_2(initialised: tuple[Path, str]) -> None:
    home, _ = initialised
    result = run_regie(home, "status", REGIE_PASSPHRASE="fout-fout-fout-123")
    assert result.returncode == 2
    assert "Wachtwoord onjuist" in result.stderr
    assert "Traceback" not in result.stderr
    ok = run_regie(home, "check", REGIE_PASSPHRASE=PASSPHRASE)  # a correct unlock resets the counter
    assert ok.returncode == 0, ok.stderr
    assert "Alles in orde" in ok.stdout


def test_second_instance_is_refused(initialised: tuple[Path, str]) -> None:
    home, _ = initialised
    holder = WorkspaceService(home=home)
    holder.acquire()
    try:
        result = run_regie(home, "status", REGIE_PASSPHRASE=PASSPHRASE)
    finally:
        holder.close()
    assert result.returncode == 6
    assert "al geopend" in result.stderr


def test_passwd_keeps_database_bytes_and_retires_old_passphrase(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    made = run_regie(home, "init", "--naam", "Wilma", REGIE_PASSPHRASE=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    assert run_regie(home, "demo-data", "--households", "5", REGIE_PASSPHRASE=PASSPHRASE).returncode == 0
    db = home / "regie.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    changed = run_regie(home, "passwd", REGIE_PASSPHRASE=PASSPHRASE, REGIE_NEW_PASSPHRASE=NEW_PASSPHRASE)
    assert changed.returncode == 0, changed.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before

    assert run_regie(home, "status", REGIE_PASSPHRASE=PASSPHRASE).returncode == 2
    assert run_regie(home, "status", REGIE_PASSPHRASE=NEW_PASSPHRASE).returncode == 0


def test_passwd_refuses_weak_new_passphrase(initialised: tuple[Path, str]) -> None:
    home, _ = initialised
    keyfile = home / "keyfile.json"
    before = keyfile.read_bytes()
    result = run_regie(home, "passwd", REGIE_PASSPHRASE=PASSPHRASE, REGIE_NEW_PASSPHRASE="kort")
    assert result.returncode == 8
    assert keyfile.read_bytes() == before


def test_recover_with_key_and_not_with_a_wrong_one(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    made = run_regie(home, "init", "--naam", "Wilma", REGIE_PASSPHRASE=PASSPHRASE)
    key = recovery_key_from(made.stdout)
    wrong = run_regie(
        home,
        "recover",
        REGIE_RECOVERY_KEY="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
        REGIE_NEW_PASSPHRASE=NEW_PASSPHRASE,
    )
    assert wrong.returncode == 2
    assert "Herstelsleutel onjuist" in wrong.stderr
    assert run_regie(home, "status", REGIE_PASSPHRASE=PASSPHRASE).returncode == 0  # nothing changed

    ok = run_regie(home, "recover", REGIE_RECOVERY_KEY=key, REGIE_NEW_PASSPHRASE=NEW_PASSPHRASE)
    assert ok.returncode == 0, ok.stderr
    assert run_regie(home, "status", REGIE_PASSPHRASE=NEW_PASSPHRASE).returncode == 0
    assert run_regie(home, "status", REGIE_PASSPHRASE=PASSPHRASE).returncode == 2


def test_newer_schema_gets_update_message(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Wilma", PASSPHRASE)
    with svc.workspace.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00d'")
    svc.close()
    before = hashlib.sha256((home / "regie.db").read_bytes()).hexdigest()
    result = run_regie(home, "status", REGIE_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 5
    assert "nieuwere versie van Regie" in result.stderr
    assert hashlib.sha256((home / "regie.db").read_bytes()).hexdigest() == before


def test_damaged_keyfile_is_explained(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Wilma", PASSPHRASE)
    svc.close()
    (home / "keyfile.json").write_text("{kapot")
    result = run_regie(home, "check", REGIE_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 3
    assert "beschadigd" in result.stderr


def test_instrument_choice_and_check_of_signed_plans(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Wilma", PASSPHRASE)
    svc.close()
    listed = run_regie(home, "instrument", REGIE_PASSPHRASE=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    assert "* zrm-2017" in listed.stdout and "positieve-gezondheid" in listed.stdout
    chosen = run_regie(home, "instrument", "--kies", "zrm-regio-10", REGIE_PASSPHRASE=PASSPHRASE)
    assert "* zrm-regio-10" in chosen.stdout
    unknown = run_regie(home, "instrument", "--kies", "bestaat-niet", REGIE_PASSPHRASE=PASSPHRASE)
    assert unknown.returncode == 13
    assert "niet geïnstalleerd" in unknown.stderr

    filled = run_regie(home, "demo-data", "--households", "40", "--seed", "3", REGIE_PASSPHRASE=PASSPHRASE)
    assert filled.returncode == 0, filled.stderr
    status = json.loads(run_regie(home, "status", "--json", REGIE_PASSPHRASE=PASSPHRASE).stdout)
    assert status["counts"]["signed_plan"] > 0 and status["counts"]["casus"] == 40
    ok = run_regie(home, "check", REGIE_PASSPHRASE=PASSPHRASE)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert f"ondertekende plannen: {status['counts']['signed_plan']}" in ok.stdout

    svc = WorkspaceService(home=home)
    svc.unlock(PASSPHRASE)
    with svc.workspace.engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM casus WHERE instrument_id = 'zrm-regio-10'").scalar() == 40
        conn.exec_driver_sql(
            'UPDATE plan_version SET content = replace(content, \'"zes":"\', \'"zes":"X\') '
            "WHERE id = (SELECT plan_version_id FROM consent LIMIT 1)"
        )
    svc.close()
    tampered = run_regie(home, "check", REGIE_PASSPHRASE=PASSPHRASE)
    assert tampered.returncode == 9
    assert "gewijzigd na ondertekening" in tampered.stderr
