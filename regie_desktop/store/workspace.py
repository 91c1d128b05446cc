"""The local workspace: one folder with the encrypted database, its key file and a lock file.

Lifecycle: ``create`` or ``open`` (takes the single-instance lock), then ``unlock`` (key in memory, engine
open), ``lock`` (engine disposed, key wiped), and ``close`` (lock file released). Everything that reads or
writes records goes through ``transaction()`` while unlocked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import filelock

from regie_desktop.domain import recovery_key
from regie_desktop.domain.ids import new_id
from regie_desktop.errors import (
    AlreadyRunning,
    DatabaseDamaged,
    KeyFileProblem,
    WorkspaceExists,
    WorkspaceLocked,
    WorkspaceMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from regie_desktop.store.throttle import UnlockThrottle

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

    from regie_desktop.store.keyfile import KdfParams, KeyFile, MasterKey

# SQLAlchemy, the SQLCipher driver, the models, Alembic and the key file's cryptography are imported where
# they are used, not at module level: the unlock screen needs only the lock file and the throttle, and
# Regie's start-up time is mostly imports (issue #5 measures it against a bare Qt window).

DB_NAME = "regie.db"
KEYFILE_NAME = "keyfile.json"
LOCK_NAME = "regie.lock"
THROTTLE_NAME = "unlock-state.json"
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass
class CheckReport:
    """Outcome of ``regie check``; ``problems`` are Dutch sentences without personal data."""

    problems: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Workspace:
    def __init__(self, home: Path) -> None:
        self.home = home
        self._instance_lock: filelock.BaseFileLock | None = None
        self._key: MasterKey | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._workspace_id: str | None = None

    # --- paths -----------------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.home / DB_NAME

    @property
    def keyfile_path(self) -> Path:
        return self.home / KEYFILE_NAME

    def exists(self) -> bool:
        return self.keyfile_path.exists() or self.db_path.exists()

    def require_present(self) -> None:
        """Fail with a clear message when the workspace or its key file is missing or damaged."""
        self._load_keyfile()

    # --- single instance -------------------------------------------------------------------------
    def acquire(self) -> None:
        """Take the per-workspace lock; a second Regie on the same folder is refused, not corrupted."""
        if self._instance_lock is not None:
            return
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = filelock.FileLock(str(self.home / LOCK_NAME), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise AlreadyRunning(
                "Regie is al geopend met deze werkruimte (in een ander venster of programma). "
                "Sluit dat eerst en probeer het opnieuw."
            ) from None
        self._instance_lock = lock

    def close(self) -> None:
        self.lock()
        if self._instance_lock is not None:
            self._instance_lock.release()
            self._instance_lock = None

    def __enter__(self) -> Workspace:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- creating --------------------------------------------------------------------------------
    def create(self, worker_name: str, passphrase: str, team: str = "", kdf: KdfParams | None = None) -> str:
        """Create the workspace and leave it unlocked; returns the recovery key, to be shown once.

        The database is built under a temporary name and renamed last, so an interrupted set-up never
        leaves a database without the key file that opens it.
        """
        from sqlalchemy.orm import Session

        from regie_desktop.store import migrate
        from regie_desktop.store.database import create_cipher_engine, storage_errors_translated
        from regie_desktop.store.models import Worker, WorkspaceInfo

        self.acquire()
        if self.exists():
            raise WorkspaceExists(f"Er staat al een werkruimte in {self.home}. Er is niets gewijzigd.")
        staging = self.home / (DB_NAME + ".new")
        _remove_with_side_files(staging)
        from regie_desktop.store.keyfile import KeyFile, MasterKey, calibrate

        master = MasterKey.generate()
        recovery_raw = recovery_key.generate()
        workspace_id, now = new_id(), dt.datetime.now(dt.UTC)
        engine = create_cipher_engine(staging, master)
        try:
            with storage_errors_translated():
                migrate.upgrade_to_head(engine)
                with Session(engine) as session, session.begin():
                    session.add(WorkspaceInfo(id=1, workspace_id=workspace_id, device_id=new_id(), created_at=now))
                    session.add(Worker(id=new_id(), naam=worker_name.strip(), team=team.strip(), created_at=now))
        finally:
            engine.dispose()
        KeyFile.create(workspace_id, master, passphrase, recovery_raw, kdf or calibrate()).save(self.keyfile_path)
        os.chmod(staging, 0o600)
        os.replace(staging, self.db_path)
        self._open_engine(master)
        return recovery_key.format_key(recovery_raw)

    # --- unlocking -------------------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        return self._engine is not None

    def unlock_wait_s(self) -> float:
        """Seconds before the next unlock attempt is accepted (grows with consecutive failures)."""
        return self._throttle().remaining_s()

    def unlock(self, passphrase: str) -> None:
        self.acquire()
        keyfile = self._load_keyfile()
        self._refuse_if_throttled()
        try:
            master = keyfile.unwrap_with_passphrase(passphrase)
        except WrongPassphrase:
            self._throttle().record_failure()
            raise
        self._throttle().reset()
        self._open_engine(master)

    def recover(self, recovery_text: str, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Open with the recovery key and set a new passphrase; the recovery key stays valid."""
        self.acquire()
        keyfile = self._load_keyfile()
        self._refuse_if_throttled()
        raw = recovery_key.parse_key(recovery_text)  # a typo in the shape is not a guess: not counted
        try:
            master = keyfile.unwrap_with_recovery(raw)
        except WrongRecoveryKey:
            self._throttle().record_failure()
            raise
        self._throttle().reset()
        self._open_engine(master)  # prove the key fits the database before the old passphrase is dropped
        from regie_desktop.store.keyfile import calibrate

        keyfile.with_new_passphrase(master, new_passphrase, kdf or calibrate()).save(self.keyfile_path)

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        """Rewrap the database key under ``new``; the database file is not opened or rewritten."""
        self.acquire()
        keyfile = self._load_keyfile()
        self._refuse_if_throttled()
        try:
            master = keyfile.unwrap_with_passphrase(old)
        except WrongPassphrase:
            self._throttle().record_failure()
            raise
        self._throttle().reset()
        try:
            keyfile.with_new_passphrase(master, new, kdf or keyfile.kdf).save(self.keyfile_path)
        finally:
            master.wipe()

    def wipe(self) -> list[str]:
        """Lock, release the instance lock and remove every file of this workspace (see ``wipe_files``)."""
        self.lock()
        if self._instance_lock is not None:
            self._instance_lock.release()
            self._instance_lock = None
        return wipe_files(self.home)

    def lock(self) -> None:
        """Dispose the engine (closing every pooled connection) and overwrite the key in memory."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._sessions = None
        if self._key is not None:
            self._key.wipe()
        self._key = None

    # --- using -----------------------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise WorkspaceLocked("De werkruimte is vergrendeld. Ontgrendel eerst met uw wachtwoord.")
        return self._engine

    @property
    def workspace_id(self) -> str:
        if self._workspace_id is None:
            raise WorkspaceLocked("De werkruimte is vergrendeld. Ontgrendel eerst met uw wachtwoord.")
        return self._workspace_id

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed as a whole or not at all."""
        if self._sessions is None:
            raise WorkspaceLocked("De werkruimte is vergrendeld. Ontgrendel eerst met uw wachtwoord.")
        from regie_desktop.store.database import storage_errors_translated

        with storage_errors_translated(), self._sessions() as session, session.begin():
            yield session

    def schema_version(self) -> str | None:
        from regie_desktop.store import migrate

        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    def check(self) -> CheckReport:
        """Integrity of the key file, the encryption (page HMACs), the SQLite structure and the schema."""
        from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

        report = CheckReport()
        keyfile = self._load_keyfile()
        report.checks.append("sleutelbestand leesbaar en onbeschadigd")
        try:
            with self.engine.connect() as conn:
                self._check_database(conn, keyfile, report)
        except SQLAlchemyDatabaseError:
            report.problems.append(
                "De database is beschadigd en kan niet volledig worden gelezen. Zet een reservekopie terug of "
                "neem contact op met de applicatiebeheerder."
            )
        return report

    @staticmethod
    def _check_database(conn: Connection, keyfile: KeyFile, report: CheckReport) -> None:
        from sqlalchemy import select

        from regie_desktop.store import migrate
        from regie_desktop.store.models import WorkspaceInfo

        # cipher_integrity_check reads the main file page by page and does not look into the WAL. A write
        # that failed mid-checkpoint (full disk) can leave a torn page there whose valid copy is still in
        # the WAL; completing the checkpoint first makes the file what SQLite itself would read.
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        cipher_rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        if cipher_rows:
            report.problems.append(f"Versleuteling: {len(cipher_rows)} beschadigde pagina('s) gevonden.")
        report.checks.append("cipher_integrity_check")
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            report.problems.append(f"Databasestructuur: {len(rows)} fout(en) gevonden (integrity_check).")
        report.checks.append("integrity_check")
        if conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
            report.problems.append("Verwijzingen tussen records kloppen niet (foreign_key_check).")
        report.checks.append("foreign_key_check")
        current = migrate.current_revision(conn)
        if current != migrate.head_revision():
            report.problems.append(f"Schemaversie {current} wijkt af van de verwachte {migrate.head_revision()}.")
        report.checks.append("schemaversie")
        stored_id = conn.execute(select(WorkspaceInfo.workspace_id)).scalar_one_or_none()
        if stored_id != keyfile.workspace_id:
            report.problems.append("Het sleutelbestand en de database horen niet bij dezelfde werkruimte.")
        report.checks.append("sleutelbestand hoort bij database")

    # --- internals -------------------------------------------------------------------------------
    def _throttle(self) -> UnlockThrottle:
        return UnlockThrottle(self.home / THROTTLE_NAME)

    def _refuse_if_throttled(self) -> None:
        wait = self.unlock_wait_s()
        if wait > 0:
            raise WrongPassphrase(
                f"Te veel mislukte pogingen. Wacht nog {int(wait + 0.999)} seconden en probeer het opnieuw."
            )

    def _load_keyfile(self) -> KeyFile:
        staging = self.home / (DB_NAME + ".new")
        if not self.exists():
            if staging.exists():
                _remove_with_side_files(staging)  # set-up stopped before the key file was written
            raise WorkspaceMissing(
                f"Er is nog geen werkruimte in {self.home}. Maak er een met 'regie init' of start Regie."
            )
        from regie_desktop.store.keyfile import KeyFile

        keyfile = KeyFile.load(self.keyfile_path)
        if not self.db_path.exists():
            if staging.exists():
                os.replace(staging, self.db_path)  # set-up stopped just before its final rename
            else:
                raise KeyFileProblem(
                    "De database van deze werkruimte ontbreekt. Zet een reservekopie terug of neem contact "
                    "op met de applicatiebeheerder."
                )
        return keyfile

    def _open_engine(self, master: MasterKey) -> None:
        from sqlalchemy import select
        from sqlalchemy.orm import sessionmaker

        from regie_desktop.store import migrate
        from regie_desktop.store.database import create_cipher_engine, storage_errors_translated
        from regie_desktop.store.models import WorkspaceInfo

        self.lock()
        engine = create_cipher_engine(self.db_path, master)
        try:
            with storage_errors_translated():
                migrate.upgrade_to_head(engine)
                with engine.connect() as conn:
                    workspace_id = conn.execute(select(WorkspaceInfo.workspace_id)).scalar_one_or_none()
        except BaseException:
            engine.dispose()
            master.wipe()
            raise
        if workspace_id is None:
            engine.dispose()
            master.wipe()
            raise DatabaseDamaged("De database mist haar werkruimtegegevens; voer 'regie check' uit.")
        self._key, self._engine, self._workspace_id = master, engine, workspace_id
        self._sessions = sessionmaker(engine, expire_on_commit=False)


def wipe_files(home: Path) -> list[str]:
    """Remove every file a workspace consists of; returns the names removed (for the revocation report).

    Used when the administrator revoked this device. The key file is overwritten before it is unlinked: the
    database without it cannot be decrypted by anyone, not even with the passphrase or the recovery key.
    """
    removed: list[str] = []
    keyfile = home / KEYFILE_NAME
    if keyfile.exists():
        with contextlib.suppress(OSError), keyfile.open("r+b") as handle:
            handle.write(b"\0" * max(keyfile.stat().st_size, 1))
            handle.flush()
            os.fsync(handle.fileno())
    names = (DB_NAME, DB_NAME + ".new", KEYFILE_NAME, THROTTLE_NAME, LOCK_NAME)
    leftovers = [p for name in names for p in home.glob(f".{name}.*.tmp")]  # interrupted atomic writes
    for candidate in [*(home / n for name in names for n in (name, *(name + s for s in _SIDE_FILES))), *leftovers]:
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
            removed.append(candidate.name)
    with contextlib.suppress(OSError):
        home.rmdir()  # only when nothing else is in it: never remove what Regie did not write
    return removed


def _remove_with_side_files(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
