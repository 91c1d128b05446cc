"""The protocol's rules, independent of HTTP: enrol a device, authenticate it, push a batch, pull after a cursor.

Each function runs in the caller's session; the API commits. Every query is scoped by the team that the
device token belongs to, never by an id from the request body.

**Why the pull cursor never skips a row.** A naive server numbers changes from a database sequence and
pulls ``WHERE seq > cursor``. PostgreSQL hands out sequence values when asked but transactions commit in
any order: a puller may see 7 committed while 6 is still in flight, move its cursor to 7, and never see 6.
Here the numbering is serialised per team instead: a push first locks its team's row
(``SELECT … FOR UPDATE`` on ``teams``; on SQLite every write transaction is ``BEGIN IMMEDIATE``), takes
its numbers from ``teams.last_seq`` and keeps the lock until it commits. A second push for the same team
waits for that commit and continues numbering after it, so within a team the numbers become visible
strictly in order and without gaps, and ``seq > cursor`` is safe. A device only ever reads its own team,
so pushes of different teams need no common order and run in parallel. The price is that pushes of one
team take turns; a push is one short transaction (about a millisecond per change), which a team of
devices syncing every few minutes does not notice. The same lock makes a batch that arrives twice at
the same moment safe: the second waits, then finds every id already stored.

**Conflicts.** Each change carries ``base_seq``: the team cursor its laptop had pulled up to when the change
was made. Stored changes of the same entity from another device numbered after that cursor were unknown to
it: concurrent. Under the same team lock the server compares them field by field and keeps the outcome with
the new change (``changes.conflicts``): the same field with different values is a *hard* conflict (the new
change is applied, the other value is kept for the worker to choose), another field is a *soft* one (both
merged, recorded). Every laptop pulls the same notes, so the whole team sees the same conflicts and no value
is ever dropped in silence. Append-only records (consent, phase moves, steps done, conflict resolutions) and
the signing of a plan version never conflict; only the concept text a signing carries is compared, so an edit
of the concept the signer had not seen is kept as a hard conflict instead of vanishing under the signed text.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
from dataclasses import dataclass
from typing import Any, Literal, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import ValidationError
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from regie_desktop.central import admin
from regie_desktop.central.models import Change, Device, EnrolCode, Quarantine, Team, Worker
from regie_desktop.central.problems import ProblemError, revoked, unauthenticated
from regie_desktop.domain.canonical import canonical_json
from regie_desktop.sync import wire

MAX_QUARANTINE_PAYLOAD = 64 * 1024
SEEN_INTERVAL = dt.timedelta(minutes=5)  # how stale ``devices.last_seen_at`` may get before it is written


@dataclass(frozen=True)
class Caller:
    """The authenticated device, its worker and team: what every endpoint scopes by."""

    device: Device
    worker: Worker
    team: Team


# --- enrolment ------------------------------------------------------------------------------------------


def _code_problem(slug: str, detail: str) -> ProblemError:
    return ProblemError(403, slug, "Aanmelden niet gelukt", detail)


def enrol(session: Session, request: wire.EnrolRequest) -> wire.EnrolResponse:
    """Spend a one-time code on one device; the token returned is never stored, only its hash."""
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(request.public_key)).verify(
            bytes.fromhex(request.signature),
            wire.enrolment_payload(request.code, request.device_id, request.public_key),
        )
    except (InvalidSignature, ValueError):
        raise ProblemError(
            400,
            "ongeldige-handtekening",
            "Aanmelden niet gelukt",
            "Het apparaat kon niet bewijzen dat het de sleutel bezit die het aanmeldt.",
        ) from None

    code = session.scalars(select(EnrolCode).where(EnrolCode.code_hash == admin.code_hash(request.code))).first()
    moment = admin.now()
    if code is None:
        raise _code_problem("code-onbekend", "Deze aanmeldcode is onbekend. Controleer de code of vraag een nieuwe.")
    if code.used_at is not None:
        raise _code_problem("code-gebruikt", "Deze aanmeldcode is al gebruikt. Vraag de beheerder om een nieuwe.")
    if code.expires_at <= moment:
        raise _code_problem("code-verlopen", "Deze aanmeldcode is verlopen. Vraag de beheerder om een nieuwe.")
    if session.get(Device, request.device_id) is not None or session.scalar(
        select(Device.id).where(Device.public_key == request.public_key)
    ):
        raise ProblemError(
            409, "apparaat-bestaat", "Apparaat al aangemeld", "Dit apparaat of deze sleutel is al aangemeld."
        )
    # Spend the code with a conditional update: of two requests racing with one code, exactly one wins.
    spent = session.execute(
        update(EnrolCode)
        .where(EnrolCode.id == code.id, EnrolCode.used_at.is_(None), EnrolCode.expires_at > moment)
        .values(used_at=moment, device_id=request.device_id)
        .execution_options(synchronize_session=False)
    )
    if getattr(spent, "rowcount", 0) != 1:
        raise _code_problem("code-gebruikt", "Deze aanmeldcode is al gebruikt. Vraag de beheerder om een nieuwe.")
    worker = session.get(Worker, code.worker_id)
    assert worker is not None  # a foreign key
    team = session.get(Team, worker.team_id)
    assert team is not None
    secret = admin.new_token_secret()
    session.add(
        Device(
            id=request.device_id,
            worker_id=worker.id,
            team_id=team.id,
            name=" ".join(request.device_name.split()),
            public_key=request.public_key,
            token_hash=admin.token_hash(secret),
            enrolled_at=moment,
            last_seen_at=moment,
        )
    )
    session.flush()
    return wire.EnrolResponse(
        device_id=request.device_id,
        device_token=f"{request.device_id}.{secret}",
        team_id=team.id,
        team_name=team.name,
        worker_id=worker.id,
        worker_name=worker.name,
        schema_version=wire.SCHEMA_VERSION,
    )


# --- authentication -------------------------------------------------------------------------------------

_DUMMY_HASH = "0" * 64


def authenticate(session: Session, token: str | None, allow_revoked: bool = False) -> Caller:
    """Find the device of a bearer token ``<device id>.<secret>``; hashes are compared in constant time.

    ``allow_revoked`` is only for the revoked device's last upload (``revoked_upload``)."""
    if not token:
        raise unauthenticated()
    device_id, _, secret = token.partition(".")
    # Device, worker and team in one query: this runs before every request.
    found = (
        session.execute(
            select(Device, Worker, Team)
            .join(Worker, Worker.id == Device.worker_id)
            .join(Team, Team.id == Device.team_id)
            .where(Device.id == device_id)
        ).first()
        if 0 < len(device_id) <= 36 and secret
        else None
    )
    device = found[0] if found is not None else None
    # One path for known and unknown devices: the secret is always hashed and compared in constant time.
    stored = device.token_hash if device is not None else _DUMMY_HASH
    if not hmac.compare_digest(stored.encode("ascii"), admin.token_hash(secret).encode("ascii")) or found is None:
        raise unauthenticated("Dit apparaat is niet (meer) bekend bij de centrale opslag. Meld het opnieuw aan.")
    device, worker, team = found
    if device.revoked_at is not None and not allow_revoked:
        raise revoked()
    moment = admin.now()
    if device.last_seen_at is None or moment - device.last_seen_at > SEEN_INTERVAL:
        device.last_seen_at = moment
    return Caller(device=device, worker=worker, team=team)


def device_info(caller: Caller) -> wire.DeviceInfo:
    return wire.DeviceInfo(
        device_id=caller.device.id,
        device_name=caller.device.name,
        team_id=caller.team.id,
        team_name=caller.team.name,
        worker_id=caller.worker.id,
        worker_name=caller.worker.name,
    )


# --- push -----------------------------------------------------------------------------------------------


class _Refused(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def _payload_text(item: Any, limit: int = MAX_QUARANTINE_PAYLOAD) -> str:
    # ensure_ascii: a NUL or a lone surrogate becomes a harmless escape that any database can store.
    try:
        text = json.dumps(item, sort_keys=True, ensure_ascii=True, separators=(",", ":"), default=str)
    except (RecursionError, ValueError):
        text = json.dumps({"onleesbaar": "te diep genest"})
    return text[:limit]


def _item_id(item: Any) -> str | None:
    value = item.get("id") if isinstance(item, dict) else None
    if isinstance(value, str) and 0 < len(value) <= 64:
        try:
            wire.check_text(value)
        except ValueError:
            return None
        return value
    return None


def _validate(item: Any, caller: Caller) -> wire.Change:
    if not isinstance(item, dict):
        raise _Refused("ongeldig", "Deze wijziging is geen JSON-object.")
    try:
        change = wire.Change.model_validate(item)
    except (ValidationError, TypeError, ValueError, RecursionError):
        raise _Refused("ongeldig", "Deze wijziging heeft niet de vorm die de server verwacht.") from None
    if not wire.MIN_SCHEMA_VERSION <= change.schema_version <= wire.SCHEMA_VERSION:
        raise _Refused(
            "schemaversie",
            f"Deze wijziging heeft schemaversie {change.schema_version}; de server kent "
            f"{wire.MIN_SCHEMA_VERSION} tot en met {wire.SCHEMA_VERSION}.",
        )
    if change.device_id != caller.device.id:
        raise _Refused("ander-apparaat", "Deze wijziging zegt van een ander apparaat te komen.")
    return change


def push(session: Session, caller: Caller, items: list[Any]) -> wire.PushResponse:
    """Store a batch; each change is stored once whatever happens, refused ones are quarantined.

    Locks the team row (see the module docstring) before the checks that read stored changes, so they and
    the numbering see every earlier push of this team as committed. Checking each item's form and hashing
    its content need no lock and happen before it: pushes of one team take turns, and the shorter each
    turn, the less the others (and the worker threads and connections they hold) wait.
    """
    refused_items: list[tuple[Any, _Refused]] = []
    valid: list[wire.Change] = []
    for item in items:
        try:
            valid.append(_validate(item, caller))
        except _Refused as refusal:
            refused_items.append((item, refusal))
    hashes = {id(change): change.content_hash() for change in valid}
    canonical = {id(change): change.canonical_fields() for change in valid}

    # populate_existing: the team row is already in the session (from authenticate) with an old last_seq.
    team = session.scalars(
        select(Team).where(Team.id == caller.team.id).with_for_update().execution_options(populate_existing=True)
    ).one()
    moment = admin.now()
    refused: list[wire.Refusal] = [
        _quarantine(session, caller, _item_id(item), item, refusal, moment) for item, refusal in refused_items
    ]

    ids = {change.id for change in valid}
    known = {row.id: row for row in session.scalars(select(Change).where(Change.id.in_(ids)))} if ids else {}
    entity_ids = {change.entity_id for change in valid}
    foreign_entities = (
        set(
            session.scalars(
                select(Change.entity_id).where(Change.entity_id.in_(entity_ids), Change.team_id != team.id).distinct()
            )
        )
        if entity_ids
        else set()
    )

    earlier_changes = _concurrency_candidates(session, team, valid, known)

    stored: list[str] = []
    duplicates: list[str] = []
    in_batch: dict[str, str] = {}
    seq = team.last_seq
    for change in valid:
        digest = hashes[id(change)]
        try:
            existing = known.get(change.id)
            if existing is not None and existing.team_id != team.id:
                raise _Refused("niet-toegestaan", "Deze wijziging hoort niet bij uw team.")
            earlier = existing.content_hash if existing is not None else in_batch.get(change.id)
            if earlier is not None:
                if earlier != digest:
                    raise _Refused("id-hergebruikt", "Dit wijzigings-id is al gebruikt voor een andere wijziging.")
                duplicates.append(change.id)
                continue
            if change.entity_id in foreign_entities:
                raise _Refused("niet-toegestaan", "Dit dossieronderdeel hoort niet bij uw team.")
        except _Refused as refusal:
            refused.append(_quarantine(session, caller, change.id, change.model_dump(), refusal, moment))
            continue
        seq += 1
        in_batch[change.id] = digest
        session.add(
            Change(
                id=change.id,
                team_id=team.id,
                seq=seq,
                entity=change.entity,
                entity_id=change.entity_id,
                operation=change.operation,
                fields=canonical[id(change)],
                base_version=change.base_version,
                hlc=change.hlc,
                author_id=change.author_id,
                device_id=caller.device.id,
                worker_id=caller.worker.id,
                schema_version=change.schema_version,
                content_hash=digest,
                received_at=moment,
                base_seq=change.base_seq,
                conflicts=_notes_text(change, earlier_changes.get(change.entity_id, [])),
            )
        )
        stored.append(change.id)
    team.last_seq = seq
    team.digest = wire.scope_digest(stored, start=team.digest)
    session.flush()
    return wire.PushResponse(stored=stored, duplicates=duplicates, refused=refused)


APPEND_ONLY = frozenset({"consent", "fase_overgang", "regiestap_gedaan", "access_log", "sync_conflict"})
"""Entities whose records are only ever added: a concurrent one is simply another record, never a conflict."""


@dataclass(frozen=True)
class _Earlier:
    seq: int
    change_id: str
    device_id: str
    author_id: str
    author_name: str
    hlc: str
    fields: dict[str, Any]


def _concurrency_candidates(
    session: Session, team: Team, valid: list[wire.Change], known: dict[str, Change]
) -> dict[str, list[_Earlier]]:
    """The stored changes some change of this batch may not have known: same entity, numbered after its base.

    One indexed query per batch; nothing when every change was made on the team's latest state. Sorted here,
    not in SQL: an ORDER BY seq tempted PostgreSQL into walking the team's whole log in seq order (the
    team/seq index) and testing every row against the batch's entity ids, which grew with the log (80 ms a
    batch at 10,000 changes); unsorted it takes the entity index.
    """
    bases: dict[str, int] = {}
    for change in valid:
        if change.id in known or change.entity in APPEND_ONLY or change.base_seq >= team.last_seq:
            continue
        bases[change.entity_id] = min(bases.get(change.entity_id, change.base_seq), change.base_seq)
    if not bases:
        return {}
    rows = session.execute(
        select(Change, Worker.name)
        .join(Worker, Worker.id == Change.worker_id)
        .where(
            Change.team_id == team.id,
            Change.entity_id.in_(bindparam("entities", list(bases), literal_execute=True)),
            Change.seq > min(bases.values()),
        )
    ).all()
    found: dict[str, list[_Earlier]] = {}
    for row, name in sorted(rows, key=lambda r: r[0].seq):
        if row.seq > bases[row.entity_id]:
            found.setdefault(row.entity_id, []).append(
                _Earlier(row.seq, row.id, row.device_id, row.author_id, name, row.hlc, json.loads(row.fields))
            )
    return found


def conflict_notes(change: wire.Change, earlier: list[_Earlier]) -> list[wire.ConflictNote]:
    """Field-by-field comparison of ``change`` with the stored changes it did not know (see module docstring)."""
    if change.entity in APPEND_ONLY:
        return []
    signing = change.fields.get("status") == "ondertekend"
    notes: list[wire.ConflictNote] = []
    for other in earlier:
        if other.seq <= change.base_seq or other.device_id == change.device_id:
            continue
        for name in sorted(other.fields):
            if signing and (name != "content" or name not in change.fields):
                continue  # a signing never conflicts, but a concept text it replaced unseen is kept (hard)
            hard = name in change.fields
            if hard and canonical_json(change.fields[name]) == canonical_json(other.fields[name]):
                continue  # both made the same edit: nothing to choose
            notes.append(
                wire.ConflictNote(
                    kind="hard" if hard else "soft",
                    field=name,
                    other_change_id=other.change_id,
                    other_seq=other.seq,
                    other_value=other.fields[name] if hard else None,
                    other_author_id=other.author_id,
                    other_author_name=other.author_name,
                    other_hlc=other.hlc,
                )
            )
    return notes


def _notes_text(change: wire.Change, earlier: list[_Earlier]) -> str:
    notes = conflict_notes(change, earlier)
    return canonical_json([note.model_dump() for note in notes]) if notes else "[]"


def revoked_upload(session: Session, caller: Caller, items: list[Any]) -> wire.RevokedUploadResponse:
    """A revoked device's outbox, sent once before it wipes itself: kept in quarantine, never merged.

    A revoked laptop may be lost or stolen, so what it sends is not trusted into the team's dossiers; the
    administrator reviews it (``regie-central quarantine``). Nothing the worker recorded is lost either way.
    """
    if caller.device.revoked_at is None:
        raise ProblemError(
            409,
            "apparaat-niet-ingetrokken",
            "Apparaat niet ingetrokken",
            "Dit apparaat is niet ingetrokken; verstuur wijzigingen op de gewone manier.",
        )
    moment = admin.now()
    kept: list[str] = []
    refusal = _Refused("ingetrokken", "Verstuurd door een ingetrokken apparaat; de beheerder beoordeelt dit.")
    for item in items:
        change_id = _item_id(item)
        # Uncapped: this is the only copy of what the worker recorded (a change is at most MAX_FIELDS_BYTES).
        _quarantine(session, caller, change_id, item, refusal, moment, limit=2 * wire.MAX_FIELDS_BYTES)
        if change_id is not None:
            kept.append(change_id)
    session.flush()
    return wire.RevokedUploadResponse(kept=kept)


def _quarantine(
    session: Session,
    caller: Caller,
    change_id: str | None,
    item: Any,
    refusal: _Refused,
    moment: dt.datetime,
    limit: int = MAX_QUARANTINE_PAYLOAD,
) -> wire.Refusal:
    """Keep the refused item once per device and id, so resending it does not pile up copies."""
    already = (
        session.scalar(
            select(Quarantine.id).where(Quarantine.device_id == caller.device.id, Quarantine.change_id == change_id)
        )
        if change_id is not None
        else None
    )
    if already is None:
        session.add(
            Quarantine(
                team_id=caller.team.id,
                device_id=caller.device.id,
                change_id=change_id,
                reason=refusal.reason,
                detail=refusal.detail,
                payload=_payload_text(item, limit),
                received_at=moment,
            )
        )
    return wire.Refusal(change_id=change_id, reason=refusal.reason, detail=refusal.detail)


# --- pull -----------------------------------------------------------------------------------------------


def _wire_change(row: Any) -> wire.Change:
    """The travelling form of a stored row. Not validated again: it was validated when it was stored, and
    checking every field of a 1000-change page anew was most of a pull's time."""
    return wire.Change.model_construct(
        id=row.id,
        entity=row.entity,
        entity_id=row.entity_id,
        operation=cast(Literal["upsert", "delete"], row.operation),
        fields=json.loads(row.fields),
        base_version=row.base_version,
        base_seq=row.base_seq,
        hlc=row.hlc,
        author_id=row.author_id,
        device_id=row.device_id,
        schema_version=row.schema_version,
    )


def pull(session: Session, caller: Caller, after: int, limit: int) -> wire.PullResponse:
    """The team's changes numbered after ``after``, in order; safe because numbering is serialised."""
    # Plain columns, not ORM objects: a page is up to 1000 rows that are only read and sent on.
    rows = list(
        session.execute(
            select(*_PULL_COLUMNS, Worker.name.label("author_name"))
            .join(Worker, Worker.id == Change.worker_id)
            .where(Change.team_id == caller.team.id, Change.seq > after)
            .order_by(Change.seq)
            .limit(limit + 1)
        )
    )
    has_more = len(rows) > limit
    rows = rows[:limit]
    return wire.PullResponse(
        changes=[
            wire.PulledChange.model_construct(
                seq=row.seq,
                change=_wire_change(row),
                received_at=row.received_at.isoformat(),
                author_name=row.author_name,
                conflicts=[wire.ConflictNote.model_validate(n) for n in json.loads(row.conflicts)]
                if row.conflicts != "[]"
                else [],
            )
            for row in rows
        ],
        cursor=rows[-1].seq if rows else after,
        has_more=has_more,
    )


_PULL_COLUMNS = (
    Change.seq,
    Change.id,
    Change.entity,
    Change.entity_id,
    Change.operation,
    Change.fields,
    Change.base_version,
    Change.base_seq,
    Change.hlc,
    Change.author_id,
    Change.device_id,
    Change.schema_version,
    Change.received_at,
    Change.conflicts,
)


def digest(session: Session, caller: Caller) -> wire.ScopeDigest:
    """The team's change count and fingerprint, read together from the team row (one consistent state)."""
    team = session.get(Team, caller.team.id, populate_existing=True)
    assert team is not None
    return wire.ScopeDigest(changes=team.last_seq, digest=team.digest)


def quarantine(session: Session, caller: Caller, limit: int = 200) -> wire.QuarantineList:
    """What this device sent that the server refused, newest first (for the worker's sync report)."""
    rows = session.scalars(
        select(Quarantine)
        .where(Quarantine.device_id == caller.device.id, Quarantine.team_id == caller.team.id)
        .order_by(Quarantine.id.desc())
        .limit(limit)
    )
    return wire.QuarantineList(
        items=[
            wire.QuarantineItem(
                change_id=row.change_id, reason=row.reason, detail=row.detail, received_at=row.received_at.isoformat()
            )
            for row in rows
        ]
    )
