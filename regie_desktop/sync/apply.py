"""Applying changes pulled from the central store to the laptop's own rows, without a change record.

Every laptop folds the team's changes in the server's order (``seq``) into its rows, its own changes
included: the same log in the same order gives the same rows on every laptop. Three rules keep that true
while a laptop also has edits of its own that the server does not have yet:

* a field with a local change that has not come back in the log yet keeps the local value (``Pending``).
  Unsent, that change is pushed later and gets a higher number; sent but not back, it was numbered after
  the cursor. Either way it is folded over the remote value on every laptop, so they still agree (and the
  server records the conflict when both changed it). Once it is back (``ChangeRecord.echo_seq``), a remote
  change numbered after it is applied over it as anywhere else;
* applied changes write no change record: they came from the log, putting them back would echo them;
* a change that cannot be applied yet (what it refers to is missing, say because the server quarantined the
  insert) is parked, with every later change of the same entity, and retried after the next pull.

A change the row already holds (every field equal in stored form) writes nothing, not even a new revision.
That is mostly the laptop's own changes coming back in the log (10,000 of them after a large upload): the
first rule kept every remote value numbered before them off their fields, so the row holds them already.
The values are compared rather than the author, so an own change is applied again whenever the row does
not hold it (a refetch from cursor 0 folds remote changes numbered before it over it first).

Conflict notes the server attached to a change (``wire.ConflictNote``) become ``SyncConflict`` rows; their
ids are derived from the change and the field, so every laptop keeps the same conflict under the same id
and a refetch does not duplicate it. A signed plan version is frozen: a later change of its text is not
applied but kept as a conflict, so nothing is lost and the signature stays valid. The signing itself carries
the text it signed and sets it even over a local edit of the concept not back yet: that edit was numbered
after the signing, so it meets the frozen text and becomes the conflict on every laptop.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Boolean, Date, LargeBinary, String, Table, Text, bindparam, delete, inspect, select, text, update
from sqlalchemy.orm import Session

from regie_desktop.domain.canonical import canonical_json
from regie_desktop.domain.hlc import Timestamp
from regie_desktop.domain.ids import new_id
from regie_desktop.store import models
from regie_desktop.store.models import ChangeRecord, SyncConflict, SyncParked, SyncState, UtcDateTime
from regie_desktop.store.natural_keys import natural_key
from regie_desktop.sync import wire
from regie_desktop.sync.dossier import dossier_of

LOCAL_TABLES = frozenset(
    {
        "workspace_info",
        "worker",
        "change_record",
        "access_log_keten",
        "device_key",
        "zrm_score",
        "setting",
        "draft",
        "sync_state",
        "sync_conflict",
        "sync_parked",
    }
)
"""Tables that never travel: this laptop's own bookkeeping, keys and drafts (and the ZRM score rows, which
travel inside their assessment). A change naming one of them is skipped, whatever it says. The access log
itself travels (#12), append-only (``ACCESS_ENTITY``); its hash chain stays here: it covers this laptop's own
entries, which other laptops' entries neither need nor break (``app.logboek.verify_chain``)."""

ACCESS_ENTITY = "access_log"
"""Access-log entries (NEN 7513 style) are inserted once and never changed: an update of an entry that is here
already, or any delete, is ignored (the log is append-only on every laptop), and it is never a conflict."""


def _synced_models() -> dict[str, type[models.Base]]:
    found: dict[str, type[models.Base]] = {}
    for mapper in models.Base.registry.mappers:
        table = getattr(mapper.class_, "__table__", None)
        if table is not None and table.name not in LOCAL_TABLES and "id" in table.columns:
            found[table.name] = mapper.class_
    return dict(sorted(found.items()))


ENTITIES: dict[str, type[models.Base]] = _synced_models()
"""What travels, by entity name: the use cases name a change after its table (``journal.record_insert``), so
a table added by a later issue syncs without being listed here."""

CONFLICT_ENTITY = "sync_conflict"
"""A worker's choice in a conflict travels as a change of this entity, so the whole team sees it resolved."""

# Columns kept as JSON text where the wire carries the list or object itself; the same text the use cases
# write (byte for byte), so a later local edit compares equal and does not log a change that is none.
_JSON_TEXT: dict[tuple[str, str], Any] = {
    ("casus", "betrokken_professionals"): lambda v: json.dumps(v, ensure_ascii=False),
    ("casus", "spoed"): json.dumps,
    ("gesprek", "informatie_gegeven"): lambda v: json.dumps(v, sort_keys=True),
}
_LOCAL_COLUMNS = frozenset({"created_at", "updated_at"})
_CONFLICT_NAMESPACE = uuid.UUID("6f1d2c9e-3b7a-4d5e-9a41-0c8e5b2f7d13")
_FOREIGN = {table.name: model for model in ENTITIES.values() for table in [model.__table__]}  # type: ignore[attr-defined]


def conflict_id(change_id: str, field_name: str, other_change_id: str = "") -> str:
    """One conflict per pair of changes and field: a change can clash with several it had not seen."""
    return str(uuid.uuid5(_CONFLICT_NAMESPACE, f"{change_id}/{field_name}/{other_change_id}"))


def hlc_time(hlc: str) -> dt.datetime:
    """The wall-clock part of a hybrid logical clock timestamp: when the change was made, as its laptop saw it."""
    try:
        return dt.datetime.fromtimestamp(Timestamp.decode(hlc).wall_ms / 1000, dt.UTC)
    except (ValueError, OverflowError, OSError):
        return dt.datetime.fromtimestamp(0, dt.UTC)


def revision_column(model: type[models.Base]) -> str:
    return str(getattr(model, "REVISION_COLUMN", "version"))


def _destroyed(change: wire.Change) -> bool:
    """A destruction tombstone (#12, ``app.bewaartermijnen``): the row goes, even one that keeps a removal flag."""
    return change.operation == "delete" and change.fields.get("vernietigd") is True


def _signing(change: wire.Change) -> bool:
    """The signing of a plan version: it carries the text it signed (``app.plans.sign_plan``)."""
    return change.entity == "plan_version" and change.fields.get("status") == "ondertekend"


def _holds(entity: str, row: Any, fields: dict[str, Any]) -> bool:
    """Whether ``row`` already holds every one of ``fields`` in its stored form, so applying them writes nothing.

    Mostly a laptop's own changes coming back in the log: folding them again would only move the revision and
    ``updated_at`` (and cost an UPDATE per row). Comparing the values, not asking whose change it is, keeps
    this exact: whenever the row holds something else here (say a refetch folded a remote change numbered
    before the own one over it), the values differ and the change is applied as before. The ZRM score list is
    not compared (it is applied as always).
    """
    model = type(row)
    for name, value in fields.items():
        if entity == "zrm_assessment" and name == "scores":
            return False
        try:
            stored = column_value(entity, model, name, value)
        except _Skip:
            continue
        except (TypeError, ValueError):
            return False
        if getattr(row, name) != stored:
            return False
    return True


class _Skip(Exception):
    """A field this Regie does not know (a newer schema): left out, the rest of the change applies."""


def column_value(entity: str, model: type[models.Base], name: str, value: Any) -> Any:
    """The stored form of a wire value (dates, times, bytes and JSON text travel as text)."""
    column = model.__table__.columns.get(name)
    if column is None:
        raise _Skip(name)
    convert = _JSON_TEXT.get((entity, name))
    if convert is not None:
        return convert(value)
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if isinstance(kind, Date):
        return dt.date.fromisoformat(str(value))
    if isinstance(kind, LargeBinary):
        return bytes.fromhex(str(value))
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, String | Text) and not isinstance(value, str):
        return canonical_json(value)
    return value


def set_fields(session: Session, entity: str, row: Any, fields: dict[str, Any]) -> None:
    """Write wire-form ``fields`` onto an existing row (the ZRM score list replaces the assessment's scores)."""
    model = type(row)
    for name, value in fields.items():
        if entity == "zrm_assessment" and name == "scores":
            _replace_scores(session, row, value)
            continue
        try:
            setattr(row, name, column_value(entity, model, name, value))
        except _Skip:
            continue


def _replace_scores(session: Session, row: models.ZrmAssessment, scores: Any) -> None:
    wanted = {str(s["leefgebied"]): s for s in scores if isinstance(s, dict)}
    by_key = {s.leefgebied: s for s in row.scores}
    for key, existing in by_key.items():
        if key not in wanted:
            row.scores.remove(existing)
    for key, score in wanted.items():
        value = score.get("value")
        nvt = bool(score.get("nvt", False))
        if key in by_key:
            by_key[key].value, by_key[key].nvt = value, nvt
        else:
            row.scores.append(models.ZrmScore(id=new_id(), leefgebied=key, value=value, nvt=nvt))


@dataclass
class PageResult:
    applied: int = 0
    parked: int = 0
    skipped: int = 0
    new_conflicts: int = 0
    ids: list[str] = field(default_factory=list)


class _Park(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Pending:
    """This laptop's own changes that have not come back in the log yet (unsent, or sent and numbered after the
    cursor), per entity and field: those fields keep their local value, because the own change is numbered
    after whatever is being applied now and wins on every laptop. An own change stops holding its fields the
    moment it comes back (``back``), so a remote change numbered after it is applied over it."""

    def __init__(self, records: Iterable[tuple[str, str, str]]) -> None:
        self._fields: dict[str, tuple[str, list[str]]] = {}
        self._holders: dict[str, dict[str, set[str]]] = {}
        for change_id, entity_id, fields_text in records:
            names = list(json.loads(fields_text))
            self._fields[change_id] = (entity_id, names)
            by_field = self._holders.setdefault(entity_id, {})
            for name in names:
                by_field.setdefault(name, set()).add(change_id)

    def back(self, change_id: str) -> bool:
        """``change_id`` came back in the log: whether it is one of this laptop's (and was still out)."""
        found = self._fields.pop(change_id, None)
        if found is None:
            return False
        entity_id, names = found
        for name in names:
            self._holders[entity_id][name].discard(change_id)
        return True

    def fields(self, entity_id: str) -> set[str]:
        return {name for name, holders in self._holders.get(entity_id, {}).items() if holders}


def pending_fields(session: Session, entity_ids: Iterable[str]) -> Pending:
    """The own changes of these entities not back from the log yet (``ChangeRecord.echo_seq`` empty)."""
    wanted = list(set(entity_ids))
    records: list[tuple[str, str, str]] = []
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(ChangeRecord.id, ChangeRecord.entity_id, ChangeRecord.fields)
            .where(ChangeRecord.echo_seq.is_(None), ChangeRecord.entity_id.in_(wanted[start : start + 500]))
            .order_by(ChangeRecord.id)
        )
        records.extend((str(i), str(e), str(f)) for i, e, f in rows)
    return Pending(records)


def mark_back(session: Session, echoes: list[tuple[str, int]]) -> None:
    """Note under which number own changes came back (one statement per page, by primary key)."""
    if echoes:  # Core executemany: half the time of the ORM bulk update by key (4 against 8 ms per 1,000)
        table = cast(Table, ChangeRecord.__table__)
        session.execute(
            update(table).where(table.c.id == bindparam("change_id")).values(echo_seq=bindparam("seq")),
            [{"change_id": change_id, "seq": seq} for change_id, seq in echoes],
        )


class Applier:
    """Applies pulled changes inside one transaction; ``now`` stamps local bookkeeping columns."""

    def __init__(self, session: Session, now: dt.datetime | None = None) -> None:
        self.session = session
        self.now = now or dt.datetime.now(dt.UTC)
        self.parked_entities: set[str] = {
            json.loads(payload)["change"]["entity_id"] for payload in session.scalars(select(SyncParked.payload))
        }
        # Rows looked up or made during this run. Applying runs without autoflush (one flush per page instead of
        # one per change, which made a page of 1000 cost seconds), so rows made here are found through this.
        self._rows: dict[tuple[type[models.Base], str], Any] = {}
        self._natural: dict[tuple[type[models.Base], str], str] = {}
        self._conflicts: dict[str, SyncConflict] = {}

    def apply_page(self, changes: list[wire.PulledChange]) -> PageResult:
        """Fold one page of pulled changes in order; the caller moves the cursor in the same transaction."""
        result = PageResult()
        if not changes:
            return result
        self._defer_foreign_keys()
        echoes: list[tuple[str, int]] = []
        with self.session.no_autoflush:
            pending = pending_fields(self.session, (p.change.entity_id for p in changes))
            self._preload(changes)
            for pulled in changes:
                result.ids.append(pulled.change.id)
                if pending.back(pulled.change.id):
                    echoes.append((pulled.change.id, pulled.seq))
                self._one(pulled, pending, result)
        self.session.flush()
        mark_back(self.session, echoes)
        return result

    def retry_parked(self) -> PageResult:
        """Try the parked changes again, oldest first; those that still cannot apply stay parked."""
        result = PageResult()
        parked = list(self.session.scalars(select(SyncParked).order_by(SyncParked.seq)))
        if not parked:
            return result
        pulled = [wire.PulledChange.model_validate_json(row.payload) for row in parked]
        self._defer_foreign_keys()
        with self.session.no_autoflush:
            pending = pending_fields(self.session, (p.change.entity_id for p in pulled))
            self._preload(pulled)
            self.parked_entities = set()
            for row, change in zip(parked, pulled, strict=True):
                before = result.parked
                self._one(change, pending, result)
                if result.parked == before:
                    self.session.delete(row)
        self.session.flush()
        return result

    def _defer_foreign_keys(self) -> None:
        """Check foreign keys at commit, not per statement: one flush writes a page's rows in table order, not
        in the log's, while every reference was checked before (``_new_row``) or the change was parked."""
        self.session.execute(text("PRAGMA defer_foreign_keys = ON"))

    def _preload(self, changes: list[wire.PulledChange]) -> None:
        """One query per entity kind for the rows a page touches (instead of one per change)."""
        wanted: dict[type[models.Base], set[str]] = {}
        for pulled in changes:
            model = ENTITIES.get(pulled.change.entity)
            if model is not None and (model, pulled.change.entity_id) not in self._rows:
                wanted.setdefault(model, set()).add(pulled.change.entity_id)
        for model, ids in wanted.items():
            id_column = model.__table__.columns["id"]
            listed = sorted(ids)
            for start in range(0, len(listed), 500):
                chunk = listed[start : start + 500]
                for row in self.session.scalars(select(model).where(id_column.in_(chunk))):
                    self._rows[(model, str(row.id))] = row  # type: ignore[attr-defined]
                for entity_id in chunk:
                    self._rows.setdefault((model, entity_id), None)

    def _get(self, model: type[models.Base], entity_id: str) -> Any:
        key = (model, entity_id)
        if key not in self._rows:
            self._rows[key] = self.session.get(model, entity_id)
        return self._rows[key]

    # --- one change ----------------------------------------------------------------------------------------

    def _one(self, pulled: wire.PulledChange, pending: Pending, result: PageResult) -> None:
        change = pulled.change
        if change.entity == CONFLICT_ENTITY:
            self._resolution(pulled)
            result.applied += 1
            return
        model = ENTITIES.get(change.entity)
        if model is None:
            result.skipped += 1  # an entity of a newer Regie: kept on the server, a later Regie applies it
            return
        if change.entity == ACCESS_ENTITY and not self._new_access_entry(change, result):
            return
        if _destroyed(change) and change.entity_id in self.parked_entities:
            self._drop_parked(change.entity_id)  # destroyed (#12): what waited for this entity is moot
        try:
            if change.entity_id in self.parked_entities:
                raise _Park("een eerdere wijziging van dit onderdeel wacht nog")
            self._apply(model, pulled, pending.fields(change.entity_id), result)
        except _Park as park:
            self._park(pulled, park.reason)
            result.parked += 1
            return
        result.applied += 1

    def _new_access_entry(self, change: wire.Change, result: PageResult) -> bool:
        """Whether an access-log change is a new entry to insert (``ACCESS_ENTITY``). A delete, or an entry
        claiming another device than the one that sent it, is skipped; one for an entry that is here already
        (this laptop's own echo, a refetch, a resend) leaves the entry as it was written."""
        if change.operation != "upsert" or change.fields.get("device_id") != change.device_id:
            result.skipped += 1
            return False
        if self._get(models.AccessLog, change.entity_id) is not None:
            result.applied += 1
            return False
        return True

    def _apply(
        self, model: type[models.Base], pulled: wire.PulledChange, pending: set[str], result: PageResult
    ) -> None:
        change = pulled.change
        session = self.session
        if _signing(change):
            pending = pending - {"content"}  # the signed text holds; the local edit meets it frozen (module doc)
        fields = {k: v for k, v in change.fields.items() if k not in pending}
        row: Any = self._get(model, change.entity_id)
        frozen = False
        # The dossier, found before the change may delete the row (only for changes that bring a conflict).
        household = dossier_of(change.entity, change.entity_id, self._get).huishouden_id if pulled.conflicts else None
        if row is None:
            if change.operation == "delete":
                return
            row = self._new_row(model, change.entity, change.entity_id, fields)
            session.add(row)
            self._rows[(model, change.entity_id)] = row
        else:
            if isinstance(row, models.PlanVersion) and row.status == "ondertekend" and "content" in fields:
                if fields["content"] != row.content:
                    result.new_conflicts += self._frozen(pulled, row, household or self._household(row))
                    frozen = True
                fields = {k: v for k, v in fields.items() if k != "content"}
            if fields and change.operation == "upsert" and _holds(change.entity, row, fields):
                fields = {}  # a change the row already holds (its own echo, mostly): nothing to write (module doc)
            if fields:
                set_fields(session, change.entity, row, fields)
                column = revision_column(model)
                if hasattr(row, column) and column not in fields:
                    setattr(row, column, int(getattr(row, column) or 0) + 1)
                if hasattr(row, "updated_at"):
                    row.updated_at = self.now
            if change.operation == "delete":
                if hasattr(row, "verwijderd") and not _destroyed(change):
                    row.verwijderd = True
                elif inspect(row).pending:  # made by an earlier change of this page: never written
                    session.expunge(row)
                    self._rows[(model, change.entity_id)] = None
                else:
                    session.delete(row)
                    self._rows[(model, change.entity_id)] = None
        for note in pulled.conflicts:
            if frozen and note.field == "content":
                continue  # the frozen conflict keeps that edit already, against the signed text it cannot replace
            result.new_conflicts += self._note(pulled, note, household)

    def _household(self, row: models.PlanVersion) -> str | None:
        return dossier_of("casus", row.casus_id, self._get).huishouden_id

    def _new_row(self, model: type[models.Base], entity: str, entity_id: str, fields: dict[str, Any]) -> Any:
        table = model.__table__
        values: dict[str, Any] = {"id": entity_id}
        scores = None
        for name, value in fields.items():
            if entity == "zrm_assessment" and name == "scores":
                scores = value
                continue
            try:
                values[name] = column_value(entity, model, name, value)
            except _Skip:
                continue
        for name in _LOCAL_COLUMNS:
            if name in table.columns and name not in values:
                values[name] = self.now
        column = revision_column(model)
        if column in table.columns and column not in values:
            values[column] = 1
        for column_ in table.columns:
            if column_.name in values or column_.nullable or column_.primary_key:
                continue
            if column_.default is None and column_.server_default is None:
                raise _Park("onvolledig: de eerste wijziging van dit onderdeel ontbreekt")
        for column_ in table.columns:
            for foreign in column_.foreign_keys:
                target = _FOREIGN.get(foreign.column.table.name)
                value = values.get(column_.name)
                if target is not None and value is not None and self._get(target, value) is None:
                    raise _Park("verwijst naar een onderdeel dat hier nog niet is")
        key = natural_key(model)
        if key and all(name in values for name in key):
            natural = (model, canonical_json([str(values[name]) for name in key]))
            clash = self._natural.get(natural) or self.session.scalar(
                select(table.columns["id"]).where(
                    *(table.columns[name] == values[name] for name in key), table.columns["id"] != entity_id
                )
            )
            if clash is not None and clash != entity_id:
                # Made on two laptops before ids came from the natural key (journal.natural_id): kept here,
                # untouched, so nothing is overwritten; the status shows it waiting.
                raise _Park("dubbel: dit onderdeel bestaat hier al onder een ander id")
            self._natural[natural] = entity_id
        row = model(**values)
        if scores is not None and isinstance(row, models.ZrmAssessment):
            row.scores = []
            _replace_scores(self.session, row, scores)
        return row

    def _drop_parked(self, entity_id: str) -> None:
        """Forget the parked changes of a destroyed entity (the central store emptied them, see
        ``central.vernietiging``): its tombstone then applies like any delete."""
        self.parked_entities.discard(entity_id)
        for row in [o for o in self.session.new if isinstance(o, SyncParked)]:  # parked in this page, unflushed
            if json.loads(row.payload)["change"]["entity_id"] == entity_id:
                self.session.expunge(row)
        for row in list(self.session.scalars(select(SyncParked))):
            if json.loads(row.payload)["change"]["entity_id"] == entity_id:
                self.session.delete(row)

    def _park(self, pulled: wire.PulledChange, reason: str) -> None:
        self.parked_entities.add(pulled.change.entity_id)
        if self.session.get(SyncParked, pulled.change.id) is None:
            self.session.add(
                SyncParked(change_id=pulled.change.id, seq=pulled.seq, payload=pulled.model_dump_json(), reason=reason)
            )

    # --- conflicts -----------------------------------------------------------------------------------------

    def _note(self, pulled: wire.PulledChange, note: wire.ConflictNote, household: str | None) -> int:
        change = pulled.change
        key = conflict_id(change.id, note.field, note.other_change_id)
        if self._conflict(key) is not None:
            return 0
        hard = note.kind == "hard"
        self._add_conflict(
            SyncConflict(
                id=key,
                entity=change.entity,
                entity_id=change.entity_id,
                field=note.field[:80],
                kind=note.kind,
                earlier_change_id=note.other_change_id,
                earlier_value=canonical_json(note.other_value),
                earlier_author=note.other_author_name[:100],
                earlier_at=hlc_time(note.other_hlc),
                later_change_id=change.id,
                later_value=canonical_json(change.fields.get(note.field)) if hard else "null",
                later_author=pulled.author_name[:100],
                later_at=hlc_time(change.hlc),
                created_at=self.now,
                resolved_at=None if hard else self.now,
                resolved_by="" if hard else "samengevoegd",
                choice="",
                huishouden_id=household,
            )
        )
        return 1 if hard else 0

    def _frozen(self, pulled: wire.PulledChange, row: models.PlanVersion, household: str | None) -> int:
        """A change of a signed version's text: kept as a conflict, not applied (the signature covers the text)."""
        change = pulled.change
        key = conflict_id(change.id, "content")
        if self._conflict(key) is not None:
            return 0
        self._add_conflict(
            SyncConflict(
                id=key,
                entity=change.entity,
                entity_id=change.entity_id,
                field="content",
                kind="hard",
                earlier_change_id="",
                earlier_value=canonical_json(row.content),
                earlier_author="",
                earlier_at=row.signed_at or self.now,
                later_change_id=change.id,
                later_value=canonical_json(change.fields["content"]),
                later_author=pulled.author_name[:100],
                later_at=hlc_time(change.hlc),
                created_at=self.now,
                resolved_at=None,
                resolved_by="",
                choice="",
                huishouden_id=household,
            )
        )
        return 1

    def _conflict(self, key: str) -> SyncConflict | None:
        return self._conflicts.get(key) or self.session.get(SyncConflict, key)

    def _add_conflict(self, row: SyncConflict) -> None:
        self._conflicts[row.id] = row
        self.session.add(row)

    def _resolution(self, pulled: wire.PulledChange) -> None:
        """Applied even over a resolution made here: of two workers choosing at once, the later in the log
        holds on every laptop (their differing field values are a conflict of their own)."""
        row = self._conflict(pulled.change.entity_id)
        if row is None:
            return
        fields = pulled.change.fields
        row.resolved_at = hlc_time(pulled.change.hlc)
        row.resolved_by = str(fields.get("resolved_by", pulled.author_name))[:100]
        row.choice = canonical_json(fields.get("choice"))


def reset_for_refetch(session: Session, state: SyncState) -> None:
    """Start the pull from the beginning; the unsent outbox and the conflicts stay as they are."""
    state.pull_cursor = 0
    state.digest = wire.EMPTY_DIGEST
    session.execute(delete(SyncParked))
