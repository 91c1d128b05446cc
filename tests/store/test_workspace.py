"""The workspace against real SQLCipher: create, unlock, lock, rewrap, recover, and every refusal."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import (
    AlreadyRunning,
    DatabaseDamaged,
    KeyFileProblem,
    SchemaTooNew,
    WeakPassphrase,
    WorkspaceExists,
    WorkspaceLocked,
    WorkspaceMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from regie_desktop.store import migrate
from regie_desktop.store.keyfile import MINIMUM_KDF
from regie_desktop.store.workspace import DB_NAME, KEYFILE_NAME, THROTTLE_NAME, Workspace
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(home: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in sorted(home.iterdir()) if p.is_file() and p.name != "regie.lock"}


def _reopen(home: Path) -> WorkspaceService:
    return WorkspaceService(home=home, kdf=MINIMUM_KDF)


def test_created_workspace_is_unlocked_and_at_head(service: WorkspaceService) -> None:
    assert service.unlocked
    status = service.status()
    assert status.schema_version == migrate.HEAD == status.schema_head
    assert set(status.counts) >= {"huishouden", "persoon", "casus", "plan_version", "signed_plan", "zrm_assessment"}
    assert set(status.counts.values()) == {0}
    assert service.worker().naam == "Test Werker"


def test_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.script_head() == migrate.HEAD


def test_database_uses_wal_and_raw_key(service: WorkspaceService) -> None:
    with service.workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_files_are_private_to_the_user(service: WorkspaceService, home: Path) -> None:
    assert (home / DB_NAME).stat().st_mode & 0o077 == 0
    assert (home / KEYFILE_NAME).stat().st_mode & 0o077 == 0
    assert home.stat().st_mode & 0o077 == 0


def test_plain_sqlite_cannot_read_the_database(service: WorkspaceService, home: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(home / DB_NAME).execute("SELECT * FROM sqlite_master").fetchall()


def test_lock_disposes_engine_and_wipes_key(service: WorkspaceService) -> None:
    key = service.workspace._key
    assert key is not None and not key.wiped
    service.lock()
    assert key.wiped
    assert not service.unlocked
    with pytest.raises(WorkspaceLocked):
        service.status()
    service.unlock(PASSPHRASE)
    assert service.status().schema_version == migrate.HEAD


def test_second_instance_is_refused(service: WorkspaceService, home: Path) -> None:
    with pytest.raises(AlreadyRunning, match="al geopend"):
        _reopen(home).acquire()


def test_wrong_passphrase_then_growing_wait(service: WorkspaceService, home: Path) -> None:
    service.close()
    other = _reopen(home)
    with pytest.raises(WrongPassphrase, match="Wachtwoord onjuist"):
        other.unlock("fout-wachtwoord-123")
    assert other.unlock_wait_s() == 0  # the first mistake is free
    with pytest.raises(WrongPassphrase):
        other.unlock("fout-wachtwoord-123")
    assert 0 < other.unlock_wait_s() <= 1
    with pytest.raises(WrongPassphrase, match="Wacht nog"):
        other.unlock(PASSPHRASE)  # even the right one waits: the brake is not bypassed
    (home / THROTTLE_NAME).write_text('{"failures": 2, "last_failure": 0}')
    other.unlock(PASSPHRASE)
    assert not (home / THROTTLE_NAME).exists()
    other.close()


def test_create_refuses_existing_and_weak(service: WorkspaceService, home: Path, tmp_path: Path) -> None:
    service.close()
    with pytest.raises(WorkspaceExists):
        _reopen(home).create("Iemand", PASSPHRASE)
    fresh = _reopen(tmp_path / "nieuw")
    with pytest.raises(WeakPassphrase, match="niet sterk genoeg"):
        fresh.create("Iemand", "welkom123")
    assert not fresh.exists()
    fresh.close()


def test_missing_workspace_is_explained(tmp_path: Path) -> None:
    svc = _reopen(tmp_path / "leeg")
    with pytest.raises(WorkspaceMissing, match="regie init"):
        svc.unlock(PASSPHRASE)
    svc.close()


def test_missing_or_damaged_keyfile_leaves_database_untouched(service: WorkspaceService, home: Path) -> None:
    service.close()
    before = _digest(home / DB_NAME)
    keyfile = home / KEYFILE_NAME
    original = keyfile.read_bytes()
    keyfile.write_bytes(original[:100])
    with pytest.raises(KeyFileProblem, match="beschadigd"):
        _reopen(home).unlock(PASSPHRASE)
    keyfile.unlink()
    svc = _reopen(home)
    with pytest.raises(KeyFileProblem, match="ontbreekt"):
        svc.unlock(PASSPHRASE)
    svc.close()
    assert _digest(home / DB_NAME) == before


def test_keyfile_of_another_workspace_does_not_fit(service: WorkspaceService, home: Path, tmp_path: Path) -> None:
    service.close()
    other = _reopen(tmp_path / "ander")
    other.create("Ander", PASSPHRASE)
    other.close()
    (home / KEYFILE_NAME).write_bytes((tmp_path / "ander" / KEYFILE_NAME).read_bytes())
    before = _digest(home / DB_NAME)
    svc = _reopen(home)
    with pytest.raises(DatabaseDamaged, match="hoort niet bij deze database"):
        svc.unlock(PASSPHRASE)
    svc.close()
    assert _digest(home / DB_NAME) == before


def test_newer_schema_is_refused_and_left_alone(service: WorkspaceService, home: Path) -> None:
    with service.workspace.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    service.close()
    before = _snapshot(home)
    svc = _reopen(home)
    with pytest.raises(SchemaTooNew, match="nieuwere versie"):
        svc.unlock(PASSPHRASE)
    svc.close()
    assert _snapshot(home) == before


def test_change_passphrase_does_not_touch_the_database(service: WorkspaceService, home: Path) -> None:
    service.close()
    before = _digest(home / DB_NAME)
    svc = _reopen(home)
    svc.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert not svc.unlocked
    assert _digest(home / DB_NAME) == before
    with pytest.raises(WrongPassphrase):
        svc.unlock(PASSPHRASE)
    svc.unlock(NEW_PASSPHRASE)
    svc.close()


def test_recover_with_key_sets_new_passphrase(service: WorkspaceService, home: Path) -> None:
    recovery = service.recovery_key  # type: ignore[attr-defined]
    service.close()
    svc = _reopen(home)
    with pytest.raises(WrongRecoveryKey, match="32 tekens"):
        svc.recover("ABCD-EFGH", NEW_PASSPHRASE)
    assert not (home / THROTTLE_NAME).exists()  # a mistyped shape is not counted as a guess
    with pytest.raises(WrongRecoveryKey):
        svc.recover("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", NEW_PASSPHRASE)
    assert not svc.unlocked
    svc.recover(recovery.lower(), NEW_PASSPHRASE)
    assert svc.unlocked
    svc.lock()
    svc.unlock(NEW_PASSPHRASE)
    svc.close()


def test_interrupted_setup_is_finished_on_open(service: WorkspaceService, home: Path) -> None:
    """Set-up stopped after writing the key file but before the final rename of the database."""
    service.close()
    (home / DB_NAME).rename(home / (DB_NAME + ".new"))
    svc = _reopen(home)
    svc.unlock(PASSPHRASE)
    assert svc.check().ok
    svc.close()


def test_check_passes_on_a_healthy_workspace(service: WorkspaceService) -> None:
    report = service.check()
    assert report.ok, report.problems
    assert "cipher_integrity_check" in report.checks


def test_check_finds_a_damaged_page(service: WorkspaceService, home: Path) -> None:
    from regie_desktop.app.demo_data import fill_demo_data

    fill_demo_data(service, 30, seed=3)
    service.close()
    db = home / DB_NAME
    data = bytearray(db.read_bytes())
    data[4096 * 3 + 200] ^= 0xFF  # one flipped bit in the fourth page
    db.write_bytes(bytes(data))
    svc = _reopen(home)
    try:
        svc.unlock(PASSPHRASE)
        report = svc.check()
        assert not report.ok
    except DatabaseDamaged:
        pass  # also acceptable: the damage is found while opening
    finally:
        svc.close()


def test_workspace_object_without_service(home: Path) -> None:
    ws = Workspace(home)
    assert not ws.exists()
    with pytest.raises(WorkspaceLocked):
        _ = ws.engine


def test_older_schema_is_upgraded_on_unlock_and_keeps_data(service: WorkspaceService, home: Path) -> None:
    from alembic import command

    from regie_desktop.app.demo_data import fill_demo_data

    fill_demo_data(service, 3, seed=1)
    with service.workspace.engine.begin() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    service.close()
    svc = _reopen(home)
    svc.unlock(PASSPHRASE)
    status = svc.status()
    svc.close()
    assert status.schema_version == migrate.HEAD
    assert status.counts["huishouden"] == 3


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """A column added to a model without a migration (or the other way round) fails here, not in the field."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from regie_desktop.store.database import create_plain_engine
    from regie_desktop.store.models import Base

    engine = create_plain_engine(tmp_path / "schema.db")
    migrate.upgrade_to_head(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()
