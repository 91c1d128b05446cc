"""The workspace as the CLI and the GUI see it: create, unlock, lock, recover, status, check.

This is the only door to the store for the front ends; they never hold an engine or a session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regie_desktop
from regie_desktop.errors import WeakPassphrase, WorkspaceLocked
from regie_desktop.paths import default_home
from regie_desktop.store.workspace import CheckReport, Workspace

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.orm import Session

    from regie_desktop.app.journal import Actor
    from regie_desktop.store.keyfile import KdfParams

# The database side (SQLAlchemy, models, plans, zxcvbn) is imported inside the methods that need it, so that
# showing the unlock screen loads little more than Qt: start-up time is measured in issue #5.


def _counts() -> dict[str, Select[int]]:
    """One count query per kind of record; removed netwerk persons and cancelled appointments (tombstones) do
    not count."""
    from sqlalchemy import func, select

    from regie_desktop.store.models import (
        AccessLog,
        AfsluitingRow,
        AfspraakRow,
        Casus,
        ChangeRecord,
        ConsentRow,
        Eindverslag,
        EvaluatieRow,
        GesprekRow,
        Huishouden,
        JournaalContact,
        LeefgebiedNotitieRow,
        NetwerkPersoonRow,
        Persoon,
        PlanVersion,
        TrajectBijlage,
        TrajectOpdracht,
        ZrmAssessment,
    )

    models: dict[str, type[Any]] = {
        "huishouden": Huishouden,
        "persoon": Persoon,
        "casus": Casus,
        "plan_version": PlanVersion,
        "signed_plan": ConsentRow,
        "zrm_assessment": ZrmAssessment,
        "gesprek": GesprekRow,
        "leefgebied_notitie": LeefgebiedNotitieRow,
        "opdracht": TrajectOpdracht,
        "bijlage": TrajectBijlage,
        "journaal_contact": JournaalContact,
        "evaluatie": EvaluatieRow,
        "eindverslag": Eindverslag,
        "afsluiting": AfsluitingRow,
        "change_record": ChangeRecord,
        "access_log": AccessLog,
    }
    queries = {name: select(func.count()).select_from(model) for name, model in models.items()}
    queries["netwerk_persoon"] = (
        select(func.count()).select_from(NetwerkPersoonRow).where(NetwerkPersoonRow.verwijderd.is_(False))
    )
    queries["afspraak"] = select(func.count()).select_from(AfspraakRow).where(AfspraakRow.geannuleerd.is_(False))
    return queries


def _verification_text() -> dict[str, str]:
    from regie_desktop.app.plans import UNKNOWN_DEVICE
    from regie_desktop.domain.signing import Verification

    return {
        **{v.value: v.message for v in Verification},
        UNKNOWN_DEVICE: "ondertekend met een sleutel van een onbekend apparaat.",
    }


@dataclass(frozen=True)
class WorkspaceStatus:
    """Counts and versions only: safe to print, paste into a ticket or send to IT."""

    workspace: str
    app_version: str
    schema_version: str | None
    schema_head: str
    counts: dict[str, int]
    outbox: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class WorkerInfo:
    naam: str
    team: str


def require_strong(passphrase: str, worker_name: str = "") -> None:
    from regie_desktop.domain.passphrase import assess_passphrase

    verdict = assess_passphrase(passphrase, personal_words=worker_name.split())
    if not verdict.acceptable:
        raise WeakPassphrase("Dit wachtwoord is niet sterk genoeg. " + " ".join(verdict.reasons))


class WorkspaceService:
    """One per process; ``kdf`` is only set by tests and benchmarks (production calibrates)."""

    def __init__(self, home: Path | None = None, kdf: KdfParams | None = None) -> None:
        self.workspace = Workspace(home or default_home())
        self._kdf = kdf
        self._actor: Actor | None = None

    @property
    def home(self) -> Path:
        return self.workspace.home

    def exists(self) -> bool:
        return self.workspace.exists()

    @property
    def unlocked(self) -> bool:
        return self.workspace.unlocked

    def acquire(self) -> None:
        self.workspace.acquire()

    def require_present(self) -> None:
        """Take the instance lock and verify the workspace is there, before asking for a secret."""
        self.workspace.acquire()
        self.workspace.require_present()

    def create(self, worker_name: str, passphrase: str, team: str = "") -> str:
        """Create and unlock a workspace; returns the recovery key (show it once, then forget it)."""
        require_strong(passphrase, worker_name)
        return self.workspace.create(worker_name, passphrase, team=team, kdf=self._kdf)

    def unlock_wait_s(self) -> float:
        return self.workspace.unlock_wait_s()

    def unlock(self, passphrase: str) -> None:
        self.workspace.unlock(passphrase)

    def recover(self, recovery_key: str, new_passphrase: str) -> None:
        require_strong(new_passphrase)
        self.workspace.recover(recovery_key, new_passphrase, kdf=self._kdf)

    def change_passphrase(self, old: str, new: str) -> None:
        require_strong(new)
        self.workspace.change_passphrase(old, new, kdf=self._kdf)

    def lock(self) -> None:
        self._actor = None
        self.workspace.lock()

    def close(self) -> None:
        self._actor = None
        self.workspace.close()

    def wipe(self) -> list[str]:
        """Remove the whole workspace from this computer (a revoked device); returns the file names removed."""
        self._actor = None
        return self.workspace.wipe()

    @property
    def actor(self) -> Actor | None:
        """The acting worker once a unit of work has run (its clock is the one sync observes)."""
        return self._actor

    @contextmanager
    def unit_of_work(self) -> Iterator[tuple[Session, Actor]]:
        """A transaction plus the acting worker; use cases in ``regie_desktop.app`` run inside one."""
        from regie_desktop.app.journal import Actor

        with self.workspace.transaction() as session:
            if self._actor is None:
                self._actor = Actor.load(session)
            yield session, self._actor

    def worker(self) -> WorkerInfo:
        from sqlalchemy import select

        from regie_desktop.store.models import Worker

        with self.workspace.transaction() as session:
            row = session.execute(select(Worker).order_by(Worker.created_at)).scalars().first()
            if row is None:
                raise WorkspaceLocked("Deze werkruimte heeft geen werker.")
            return WorkerInfo(naam=row.naam, team=row.team)

    def status(self) -> WorkspaceStatus:
        from sqlalchemy import func, select

        from regie_desktop.store import migrate
        from regie_desktop.store.models import ChangeRecord

        with self.workspace.transaction() as session:
            counts = {name: int(session.scalar(query) or 0) for name, query in _counts().items()}
            outbox = int(
                session.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.sent_at.is_(None)))
                or 0
            )
        return WorkspaceStatus(
            workspace=str(self.home),
            app_version=regie_desktop.__version__,
            schema_version=self.workspace.schema_version(),
            schema_head=migrate.head_revision(),
            counts=counts,
            outbox=outbox,
        )

    def check(self) -> CheckReport:
        """The store's integrity checks, then the access log's hash chain and every signed plan's hash and signature."""
        from regie_desktop.app.plans import verify_all
        from regie_desktop.domain.signing import Verification

        report = self.workspace.check()
        if not report.ok:
            return report
        from regie_desktop.app.logboek import verify_chain

        with self.workspace.transaction() as session:
            outcomes = verify_all(session)
            chain = verify_chain(session)
        report.checks.append(f"logboek-hashketen: {chain.checked} regels")
        report.problems.extend(chain.problems)
        report.checks.append(f"ondertekende plannen: {sum(outcomes.values())}")
        texts = _verification_text()
        for outcome, count in sorted(outcomes.items()):
            if outcome != Verification.GELDIG.value:
                report.problems.append(f"{count} ondertekend(e) plan(nen): {texts.get(outcome, outcome)}")
        return report

    @staticmethod
    def today() -> dt.date:
        return dt.date.today()
