"""What every use case writes beside its state: a change record (the sync outbox) and an access-log entry.

Both go into the caller's transaction, so a change without its log, or a log without its change, cannot
exist: either the whole unit of work commits or none of it does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from regie_desktop.domain.canonical import canonical_json
from regie_desktop.domain.hlc import HybridClock, Timestamp
from regie_desktop.domain.ids import new_id
from regie_desktop.store.models import AccessLog, AccessLogKeten, Base, ChangeRecord, SyncState, Worker, WorkspaceInfo
from regie_desktop.store.natural_keys import natural_key

WIRE_SCHEMA_VERSION = 1
RowT = TypeVar("RowT", bound=Base)


@dataclass
class Actor:
    """Who is acting on which device, with the device's clock; loaded once per unlock."""

    worker_id: str
    device_id: str
    clock: HybridClock

    @classmethod
    def load(cls, session: Session) -> Actor:
        info = session.execute(select(WorkspaceInfo)).scalar_one()
        worker_id = session.execute(select(Worker.id).order_by(Worker.created_at)).scalars().first()
        if worker_id is None:
            raise LookupError("workspace has no worker")
        last = session.scalar(select(func.max(ChangeRecord.hlc)))
        clock = HybridClock(info.device_id, Timestamp.decode(last) if last else None)
        return cls(worker_id=worker_id, device_id=info.device_id, clock=clock)


def record_change(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: str,
    fields: dict[str, Any],
    base_version: int,
    operation: str = "upsert",
) -> None:
    session.add(
        ChangeRecord(
            id=new_id(),
            entity=entity,
            entity_id=entity_id,
            operation=operation,
            fields=canonical_json(fields),
            base_version=base_version,
            hlc=actor.clock.now().encode(),
            author_id=actor.worker_id,
            device_id=actor.device_id,
            schema_version=WIRE_SCHEMA_VERSION,
            created_at=dt.datetime.now(dt.UTC),
            base_seq=_CURSOR,
        )
    )


# The team cursor this change is made on, read by the INSERT itself (no extra round trip): what the server
# compares for conflicts (see regie_desktop/central/protocol.py). 0 before the first sync.
_CURSOR = func.coalesce(select(SyncState.pull_cursor).where(SyncState.id == 1).scalar_subquery(), 0)


def record_insert(
    session: Session,
    actor: Actor,
    entity: str,
    model: type[RowT],
    fields: dict[str, Any],
    stored: dict[str, Any] | None = None,
    **local: Any,
) -> RowT:
    """Add a new row and its change record in one step, so no insert can forget its log.

    ``fields`` is what travels (the wire form); ``stored`` overrides a column where it holds another form
    (JSON text, bytes); ``local`` are columns that never travel. Timestamps and the revision are filled in.
    """
    now = dt.datetime.now(dt.UTC)
    for name in ("created_at", "updated_at"):
        if hasattr(model, name):
            local.setdefault(name, now)
    revision_column = getattr(model, "REVISION_COLUMN", "version")
    if hasattr(model, revision_column) and revision_column not in fields:
        local.setdefault(revision_column, 1)
    row_id = natural_id(entity, model, fields) or new_id()
    row = model(id=row_id, **{**fields, **(stored or {})}, **local)
    session.add(row)
    record_change(session, actor, entity, row_id, fields, base_version=0)
    return row


_NATURAL_NAMESPACE = uuid.UUID("0b7e3f52-8c1a-4f6d-a2e9-5d4c3b2a1f00")
_APPEND_ONLY = frozenset({"consent"})  # each consent is a record of its own, even for the same plan version


def natural_id(entity: str, model: type[Base], fields: dict[str, Any]) -> str | None:
    """A row that exists once per natural key gets an id derived from that key.

    Two laptops that each start the gesprek of the same casus offline then make the *same* row: after sync
    it is one entity whose fields the server compares (a conflict where both typed in the same field)
    instead of two rows fighting over one unique key.
    """
    key = natural_key(model)
    if not key or entity in _APPEND_ONLY or any(name not in fields for name in key):
        return None
    return str(uuid.uuid5(_NATURAL_NAMESPACE, canonical_json([entity, *(fields[name] for name in key)])))


def record_update(
    session: Session,
    actor: Actor,
    entity: str,
    row: Any,
    fields: dict[str, Any],
    stored: dict[str, Any] | None = None,
    carry: tuple[str, ...] = (),
) -> bool:
    """Apply ``fields`` to a versioned row and log only what really changed; returns whether anything did.

    ``stored`` maps field names to column values when they differ from the wire form (JSON text, enums).
    The change carries the revision it was based on so the server can tell concurrent edits apart. The
    revision lives in ``version`` unless the table names another column (``REVISION_COLUMN``), as
    plan_version does, whose ``version`` is the plan's own version number. ``carry`` names fields of
    ``fields`` the change carries even unchanged (the signing of a plan carries the text it signed).
    """
    stored = stored or {}
    changed = {k: v for k, v in fields.items() if getattr(row, k) != stored.get(k, v)}
    if not changed:
        return False
    revision_column = getattr(type(row), "REVISION_COLUMN", "version")
    base = int(getattr(row, revision_column))
    setattr(row, revision_column, base + 1)
    for key in changed:
        setattr(row, key, stored.get(key, changed[key]))
    if hasattr(row, "updated_at"):
        row.updated_at = dt.datetime.now(dt.UTC)
    recorded = {**{k: fields[k] for k in carry if k in fields}, **changed}
    record_change(session, actor, entity, str(row.id), recorded, base_version=base)
    return True


ACCESS_ENTITY = "access_log"
"""Access-log entries travel as changes of this entity: inserts only, never updated or deleted (#12)."""


def record_access(session: Session, actor: Actor, action: str, entity: str, entity_id: str) -> None:
    """Log an access: the entry, its link in this device's hash chain and the change record that carries it
    to the team (append-only: the other laptops insert it once and never change it, see ``sync.apply``)."""
    fields: dict[str, Any] = {
        "at": dt.datetime.now(dt.UTC),
        "worker_id": actor.worker_id,
        "device_id": actor.device_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
    }
    entry = AccessLog(id=new_id(), **fields)
    session.add(entry)
    _chain(session, entry)
    record_change(session, actor, ACCESS_ENTITY, entry.id, fields, base_version=0)


GENESIS_HASH = "0" * 64
_HEAD = "regie_access_keten_head"  # session.info key: the last link written in this transaction


def access_entry_hash(seq: int, previous: str, entry: AccessLog) -> str:
    """SHA-256 over the link number, the previous link's hash and the entry's content (as stored, UTC)."""
    at = entry.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    content = [seq, previous, entry.id, at, entry.worker_id, entry.device_id, entry.action, entry.entity]
    return hashlib.sha256(canonical_json([*content, entry.entity_id]).encode("utf-8")).hexdigest()


def _chain(session: Session, entry: AccessLog) -> None:
    """Append the entry to this device's hash chain: one indexed read of the head per transaction."""
    head = session.info.get(_HEAD)
    if head is None:
        last = session.execute(
            select(AccessLogKeten.seq, AccessLogKeten.entry_hash).order_by(AccessLogKeten.seq.desc()).limit(1)
        ).first()
        head = (last[0], last[1]) if last else (0, GENESIS_HASH)
    seq = head[0] + 1
    digest = access_entry_hash(seq, head[1], entry)
    session.add(AccessLogKeten(seq=seq, access_log_id=entry.id, entry_hash=digest))
    session.info[_HEAD] = (seq, digest)
