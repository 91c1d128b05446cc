"""Retention and destruction: what is due, destroying a dossier, and clearing synced closed casussen off the laptop.

**Destruction** (``destroy_casus``) removes the casus and everything under it (gesprek, notes, scores, plans and
consent, regiestappen, contacts, attachments: every row that refers to it, found through the schema's foreign
keys, so tables added later are covered too), and the household with its persons when it has no other casus.
The outbox and sync bookkeeping about those rows go as well (their change records hold the texts). What stays:
a ``Vernietiging`` record without personal data (casus id, when, by whom, which rule), and the access-log
entries, which hold ids only and must stay for accountability (NEN 7513; the hash chain would break otherwise).
For the central store a tombstone (a ``delete`` change with ``{"vernietigd": true}``) per removed entity goes
into the outbox, the way any deletion travels; the central store then empties the entity's earlier changes.
``compact`` then checkpoints the WAL and VACUUMs, so no freed page keeps a copy.

**Opruimen** (``clear_synced``) takes closed casussen off the laptop a configurable number of days after closing
(``opruimen_na_dagen`` in the rules file, or the caller's choice), only when every change of the dossier has
been sent: they stay on the central store. No tombstones: nothing is deleted centrally.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, or_, select
from sqlalchemy.orm import Session

from regie_desktop.app.dossier import display_name
from regie_desktop.app.journal import Actor, record_access, record_change, record_insert
from regie_desktop.domain.bewaartermijnen import Bewaarbeleid, BewaarRegel, bewaren_tot, is_due, parse_beleid
from regie_desktop.domain.ids import new_id
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.resources import resource
from regie_desktop.store.models import (
    Base,
    Casus,
    ChangeRecord,
    Huishouden,
    Persoon,
    SyncConflict,
    SyncParked,
    SyncState,
    Vernietiging,
)
from regie_desktop.sync.attachments import forget as forget_attachments

if TYPE_CHECKING:
    from regie_desktop.app.workspace_service import WorkspaceService

DESTROY_ACTION = "vernietigen"
DESTROYED = {"vernietigd": True}
"""The fields of a destruction tombstone: tells the central store and the other laptops that the row is destroyed
(emptied centrally, deleted outright), not just removed the way a netwerk person is."""
CLEAR_ACTION = "opruimen"

# Never part of a dossier: the workspace's own bookkeeping, the log and the destruction records themselves.
_NOT_DOSSIER = frozenset(
    {
        "workspace_info",
        "worker",
        "device_key",
        "setting",
        "draft",
        "access_log",
        "access_log_keten",
        "vernietiging",
        "change_record",
        "sync_state",
        "sync_conflict",
        "sync_parked",
        "sync_blob",
        "sync_blob_chunk",
        "alembic_version",
    }
)
# Columns that name a dossier row without a declared foreign key (a later table may add one like that).
_IMPLICIT = {"casus_id": "casus", "huishouden_id": "huishouden", "persoon_id": "persoon"}


def load_beleid() -> Bewaarbeleid:
    """The retention rules from ``resources/rules/bewaartermijnen.json`` (read on every call: a team edits it)."""
    path = resource("rules", "bewaartermijnen.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError("Het bestand met bewaartermijnen ontbreekt of is geen geldige JSON.") from exc
    return parse_beleid(data)


@dataclass(frozen=True)
class BewaarItem:
    """One closed casus as the Bewaartermijnen page lists it."""

    casus_id: str
    huishouden_id: str
    naam: str
    afgesloten_op: dt.date
    regel: BewaarRegel
    bewaren_tot: dt.date
    te_vernietigen: bool


def _has_child(session: Session, huishouden_id: str) -> bool:
    query = (
        select(func.count()).select_from(Persoon).where(Persoon.huishouden_id == huishouden_id, Persoon.rol == "kind")
    )
    return bool(session.scalar(query))


def regel_voor(session: Session, casus: Casus, beleid: Bewaarbeleid) -> BewaarRegel:
    """Jeugdwet when the household has a child (rol kind), Wmo otherwise (see the domain module)."""
    return beleid.regel_voor(_has_child(session, casus.huishouden_id))


def retention_overview(session: Session, today: dt.date, beleid: Bewaarbeleid | None = None) -> list[BewaarItem]:
    """Every closed casus with its rule and end date, those due for destruction first, then by end date."""
    beleid = beleid or load_beleid()
    items: list[BewaarItem] = []
    for casus in session.scalars(select(Casus).where(Casus.afgesloten_op.is_not(None))):
        assert casus.afgesloten_op is not None
        regel = regel_voor(session, casus, beleid)
        hh = session.get(Huishouden, casus.huishouden_id)
        naam = display_name(hh.personen[0]) if hh is not None and hh.personen else ""
        items.append(
            BewaarItem(
                casus_id=casus.id,
                huishouden_id=casus.huishouden_id,
                naam=naam,
                afgesloten_op=casus.afgesloten_op,
                regel=regel,
                bewaren_tot=bewaren_tot(casus.afgesloten_op, regel),
                te_vernietigen=is_due(casus.afgesloten_op, regel, today),
            )
        )
    items.sort(key=lambda i: (not i.te_vernietigen, i.bewaren_tot, i.casus_id))
    return items


# --- finding and removing a dossier ---------------------------------------------------------------------


@cache
def _referring() -> tuple[tuple[Table, tuple[tuple[str, str], ...]], ...]:
    """Per dossier table (parents first): its (column, referred table) pairs."""
    out = []
    for table in Base.metadata.sorted_tables:
        if table.name in _NOT_DOSSIER:
            continue
        refs = []
        for column in table.columns:
            targets = {fk.column.table.name for fk in column.foreign_keys}
            if not targets and column.name in _IMPLICIT and table.name != _IMPLICIT[column.name]:
                targets = {_IMPLICIT[column.name]}
            refs += [(column.name, target) for target in targets]
        out.append((table, tuple(refs)))
    return tuple(out)


def _primary_values(table: Table, rows: Iterable[Any]) -> set[str]:
    return {str(row[0]) for row in rows}


def dossier_rows(session: Session, casus_id: str, with_household: bool) -> dict[str, set[str]]:
    """The ids of every row that belongs to the dossier, per table (primary keys as text)."""
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFound("Deze casus bestaat niet (meer) op deze computer.")
    doomed: dict[str, set[str]] = {"casus": {casus_id}}
    if with_household:
        doomed["huishouden"] = {casus.huishouden_id}
        doomed["persoon"] = set(session.scalars(select(Persoon.id).where(Persoon.huishouden_id == casus.huishouden_id)))
    for table, refs in _referring():
        conditions = [table.c[col].in_(sorted(doomed[target])) for col, target in refs if doomed.get(target)]
        if not conditions:
            continue
        pk = list(table.primary_key.columns)
        if len(pk) != 1:
            continue
        found = _primary_values(table, session.execute(select(pk[0]).where(or_(*conditions))))
        if found:
            doomed.setdefault(table.name, set()).update(found)
    return doomed


def _remove(session: Session, doomed: dict[str, set[str]]) -> set[str]:
    """Delete the rows children first, then the sync bookkeeping about them; returns every removed id."""
    tables = {table.name: table for table, _ in _referring()}
    for table, _ in reversed(_referring()):
        ids = doomed.get(table.name)
        if not ids:
            continue
        pk = next(iter(table.primary_key.columns))
        listed = sorted(ids)
        for start in range(0, len(listed), 500):
            session.execute(delete(table).where(pk.in_(listed[start : start + 500])))
    assert tables
    every = set().union(*doomed.values())
    listed = sorted(every)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        session.execute(delete(ChangeRecord).where(ChangeRecord.entity_id.in_(chunk)))
        session.execute(delete(SyncConflict).where(SyncConflict.entity_id.in_(chunk)))
    for parked in list(session.scalars(select(SyncParked))):
        try:
            entity_id = json.loads(parked.payload)["change"]["entity_id"]
        except (ValueError, KeyError, TypeError):
            continue
        if entity_id in every:
            session.delete(parked)
    forget_attachments(session, listed)  # half-fetched attachment content (its chunks) goes with the dossier
    return every


def _travelled_entities(session: Session, doomed: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(entity, id) pairs the central store may hold, children first: what needs a tombstone."""
    from regie_desktop.sync.apply import ENTITIES

    entity_of_table = {model.__tablename__: name for name, model in ENTITIES.items()}
    every = sorted(set().union(*doomed.values()))
    named: dict[str, str] = {}
    for start in range(0, len(every), 500):
        for entity, entity_id in session.execute(
            select(ChangeRecord.entity, ChangeRecord.entity_id).where(
                ChangeRecord.entity_id.in_(every[start : start + 500])
            )
        ):
            named[entity_id] = str(entity)
    out: list[tuple[str, str]] = []
    for table, _ in reversed(_referring()):
        for row_id in sorted(doomed.get(table.name, ())):
            name = named.get(row_id) or entity_of_table.get(table.name)
            if name is not None:
                out.append((name, row_id))
    return out


def _household_goes(session: Session, casus: Casus) -> bool:
    others = (
        select(func.count()).select_from(Casus).where(Casus.huishouden_id == casus.huishouden_id, Casus.id != casus.id)
    )
    return not session.scalar(others)


@dataclass(frozen=True)
class Verwijderd:
    """What a destruction or clearing did: counts and ids only."""

    casus_id: str
    soort: str
    regel: str
    huishouden_verwijderd: bool
    rijen: int
    tombstones: int


def destroy_casus(
    session: Session, actor: Actor, casus_id: str, today: dt.date, beleid: Bewaarbeleid | None = None
) -> Verwijderd:
    """Destroy one dossier whose retention period has ended (refused before that, with the end date).

    Call ``compact`` after the commit so no freed database page keeps the texts.
    """
    beleid = beleid or load_beleid()
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFound("Deze casus bestaat niet (meer) op deze computer.")
    if casus.afgesloten_op is None:
        raise ValidationError("Alleen een afgesloten casus kan worden vernietigd.")
    regel = regel_voor(session, casus, beleid)
    if not is_due(casus.afgesloten_op, regel, today):
        end = bewaren_tot(casus.afgesloten_op, regel)
        raise ValidationError(
            f"De bewaartermijn ({regel.naam}, {regel.jaren} jaar) loopt nog tot en met {end:%d-%m-%Y}; "
            "vernietigen kan pas daarna."
        )
    return _take_off(session, actor, casus, regel, "vernietiging", tombstones=True)


def _take_off(
    session: Session, actor: Actor, casus: Casus, regel: BewaarRegel, soort: str, tombstones: bool
) -> Verwijderd:
    casus_id, afgesloten_op = casus.id, casus.afgesloten_op
    with_household = _household_goes(session, casus)
    doomed = dossier_rows(session, casus_id, with_household)
    travelled = _travelled_entities(session, doomed) if tombstones else []
    session.flush()
    session.expunge_all()  # the rows go through SQL below; stale objects must not be flushed back
    removed = _remove(session, doomed)
    for entity, entity_id in travelled:
        record_change(session, actor, entity, entity_id, dict(DESTROYED), base_version=0, operation="delete")
    fields = {
        "casus_id": casus_id,
        "soort": soort,
        "regel": regel.id,
        "afgesloten_op": afgesloten_op,
        "bewaren_tot": bewaren_tot(afgesloten_op, regel) if afgesloten_op else None,
        "huishouden_verwijderd": with_household,
        "door": actor.worker_id,
        "op": dt.datetime.now(dt.UTC),
    }
    if tombstones:  # a destruction record travels (ids and dates only): the team and the central store see it
        record_insert(session, actor, "vernietiging", Vernietiging, fields)
    else:  # opruimen concerns this laptop only: the dossier stays everywhere else
        session.add(Vernietiging(id=new_id(), **fields))
    record_access(session, actor, DESTROY_ACTION if tombstones else CLEAR_ACTION, "casus", casus_id)
    return Verwijderd(casus_id, soort, regel.id, with_household, len(removed), len(travelled))


def unsent_changes(session: Session, casus_id: str) -> int:
    """How many changes of this dossier (casus, and its household) have not reached the central store yet."""
    doomed = dossier_rows(session, casus_id, with_household=True)
    every = sorted(set().union(*doomed.values()))
    total = 0
    for start in range(0, len(every), 500):
        query = (
            select(func.count())
            .select_from(ChangeRecord)
            .where(ChangeRecord.sent_at.is_(None), ChangeRecord.entity_id.in_(every[start : start + 500]))
        )
        total += int(session.scalar(query) or 0)
    return total


@dataclass(frozen=True)
class Opruimresultaat:
    opgeruimd: tuple[Verwijderd, ...]
    wacht_op_sync: int  # closed long enough, but with changes not yet sent


def clear_synced(
    session: Session, actor: Actor, today: dt.date, na_dagen: int | None = None, beleid: Bewaarbeleid | None = None
) -> Opruimresultaat:
    """Take closed casussen off this laptop ``na_dagen`` after closing, when all their changes are sent.

    Refused on a laptop that is not enrolled: without a central store the dossier would be gone for good.
    """
    beleid = beleid or load_beleid()
    dagen = beleid.opruimen_na_dagen if na_dagen is None else na_dagen
    if dagen < 0:
        raise ValidationError("Het aantal dagen moet 0 of meer zijn.")
    if session.get(SyncState, 1) is None:
        raise ValidationError(
            "Deze laptop is niet gekoppeld aan de centrale opslag; opruimen zou de dossiers voorgoed verwijderen."
        )
    grens = today - dt.timedelta(days=dagen)
    candidates = list(
        session.scalars(
            select(Casus.id).where(Casus.afgesloten_op.is_not(None), Casus.afgesloten_op <= grens).order_by(Casus.id)
        )
    )
    done: list[Verwijderd] = []
    waiting = 0
    for casus_id in candidates:
        if unsent_changes(session, casus_id):
            waiting += 1
            continue
        casus = session.get(Casus, casus_id)
        assert casus is not None
        regel = regel_voor(session, casus, beleid)
        done.append(_take_off(session, actor, casus, regel, "opgeruimd", tombstones=False))
    return Opruimresultaat(tuple(done), waiting)


def destruction_records(session: Session) -> list[Vernietiging]:
    return list(session.scalars(select(Vernietiging).order_by(Vernietiging.op.desc())))


def compact(service: WorkspaceService) -> None:
    """Write the WAL into the database and rebuild it (VACUUM), so freed pages keep no copy of removed texts."""
    # The driver connection runs in autocommit (SQLAlchemy's begin event would wrap VACUUM in a transaction).
    raw = service.workspace.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
