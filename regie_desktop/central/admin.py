"""What the team's administrator does: teams, workers, one-time enrolment codes, devices, revocation.

Each function works inside the caller's session and transaction; the CLI opens and commits them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from regie_desktop.central.errors import CentralError
from regie_desktop.central.models import Device, EnrolCode, Quarantine, Team, Worker
from regie_desktop.domain.ids import new_id
from regie_desktop.sync import wire
from regie_desktop.sync.wire import normalise_code

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: the code is read aloud or typed over from paper.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 15  # 15 symbols of 25: about 70 bits, plenty for a code that lives for hours and works once
DEFAULT_CODE_HOURS = 24


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def code_hash(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode("ascii", "replace")).hexdigest()


def _clean_name(name: str, what: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise CentralError(f"Geef een {what} van 1 tot 100 tekens.")
    return name


def add_team(session: Session, name: str) -> Team:
    name = _clean_name(name, "teamnaam")
    if session.scalar(select(Team.id).where(Team.name == name)) is not None:
        raise CentralError(f"Er bestaat al een team met de naam '{name}'.")
    team = Team(id=new_id(), name=name, last_seq=0, digest=wire.EMPTY_DIGEST, created_at=now())
    session.add(team)
    session.flush()
    return team


def find_team(session: Session, team: str) -> Team:
    found = session.scalars(select(Team).where(or_(Team.id == team, Team.name == team))).first()
    if found is None:
        raise CentralError(f"Team '{team}' bestaat niet.")
    return found


def add_worker(session: Session, team: str, name: str) -> Worker:
    found = find_team(session, team)
    worker = Worker(id=new_id(), team_id=found.id, name=_clean_name(name, "naam"), created_at=now())
    session.add(worker)
    session.flush()
    return worker


def find_worker(session: Session, worker: str) -> Worker:
    found = session.get(Worker, worker)
    if found is None:
        matches = list(session.scalars(select(Worker).where(Worker.name == worker)))
        if len(matches) > 1:
            raise CentralError(f"Er zijn meerdere medewerkers met de naam '{worker}'; geef het id.")
        found = matches[0] if matches else None
    if found is None:
        raise CentralError(f"Medewerker '{worker}' bestaat niet.")
    return found


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))


@dataclass(frozen=True)
class IssuedCode:
    code: str  # shown once; only its hash is stored
    worker_id: str
    expires_at: dt.datetime


def issue_enrol_code(
    session: Session, worker: str, valid_for: dt.timedelta = dt.timedelta(hours=DEFAULT_CODE_HOURS)
) -> IssuedCode:
    found = find_worker(session, worker)
    if valid_for <= dt.timedelta(0) or valid_for > dt.timedelta(days=30):
        raise CentralError("Een aanmeldcode is tussen 1 minuut en 30 dagen geldig.")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    issued = now()
    session.add(
        EnrolCode(
            id=new_id(),
            code_hash=code_hash(raw),
            worker_id=found.id,
            created_at=issued,
            expires_at=issued + valid_for,
        )
    )
    session.flush()
    return IssuedCode(code=format_code(raw), worker_id=found.id, expires_at=issued + valid_for)


@dataclass(frozen=True)
class DeviceRow:
    id: str
    name: str
    worker: str
    team: str
    enrolled_at: dt.datetime
    last_seen_at: dt.datetime | None
    revoked_at: dt.datetime | None


def list_devices(session: Session, team: str | None = None) -> list[DeviceRow]:
    query = (
        select(Device, Worker.name, Team.name)
        .join(Worker, Worker.id == Device.worker_id)
        .join(Team, Team.id == Device.team_id)
        .order_by(Team.name, Worker.name, Device.enrolled_at)
    )
    if team is not None:
        query = query.where(Device.team_id == find_team(session, team).id)
    return [
        DeviceRow(d.id, d.name, worker, team_name, d.enrolled_at, d.last_seen_at, d.revoked_at)
        for d, worker, team_name in session.execute(query)
    ]


@dataclass(frozen=True)
class QuarantineRow:
    received_at: dt.datetime
    team: str
    device_id: str
    change_id: str | None
    reason: str
    detail: str


def list_quarantine(session: Session, team: str | None = None, limit: int = 200) -> list[QuarantineRow]:
    """Refused changes, newest first, so an administrator can help a worker; the payload is not shown."""
    query = (
        select(Quarantine, Team.name)
        .join(Team, Team.id == Quarantine.team_id)
        .order_by(Quarantine.id.desc())
        .limit(limit)
    )
    if team is not None:
        query = query.where(Quarantine.team_id == find_team(session, team).id)
    return [
        QuarantineRow(q.received_at, team_name, q.device_id, q.change_id, q.reason, q.detail)
        for q, team_name in session.execute(query)
    ]


def revoke_device(session: Session, device_id: str) -> Device:
    """Revoke at once: the next request with its token is refused (and the laptop wipes, later issue)."""
    device = session.get(Device, device_id)
    if device is None:
        raise CentralError(f"Apparaat '{device_id}' bestaat niet.")
    if device.revoked_at is None:
        device.revoked_at = now()
    return device


def new_token_secret() -> str:
    return secrets.token_urlsafe(32)


def token_hash(secret: str) -> str:
    """The token's secret part has 256 random bits, so a plain SHA-256 is enough (no password hashing)."""
    return hashlib.sha256(secret.encode("utf-8", "replace")).hexdigest()
