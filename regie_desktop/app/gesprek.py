"""Use cases of the keukentafelgesprek: notes per leefgebied, the casus-wide parts, the netwerk.

Saving is idempotent: saving the same text twice changes nothing and logs nothing, which is what an
autosave that fires on every pause in typing needs.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access, record_change, record_insert, record_update
from regie_desktop.domain.gesprek import GesprekVelden, Informatie, LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.errors import NotFound
from regie_desktop.store.models import GesprekRow, LeefgebiedNotitieRow, NetwerkPersoonRow, Persoon


def save_leefgebied_notitie(session: Session, actor: Actor, casus_id: str, notitie: LeefgebiedNotitie) -> bool:
    """Store zorg/kracht/wens for one person and leefgebied; returns whether anything changed."""
    casus = get_casus(session, casus_id)
    instrument = catalog.instrument(casus.instrument_id)
    valid = notitie.validated({lg.key for lg in instrument.leefgebieden})
    persoon = session.get(Persoon, valid.persoon_id)
    if persoon is None or persoon.huishouden_id != casus.huishouden_id:
        raise NotFound("Deze persoon hoort niet bij het huishouden van de casus.")
    fields: dict[str, Any] = {
        "zorg": valid.zorg,
        "kracht": valid.kracht,
        "wens": valid.wens,
        "niet_besproken": valid.niet_besproken,
    }
    row = session.execute(
        select(LeefgebiedNotitieRow).where(
            LeefgebiedNotitieRow.casus_id == casus_id,
            LeefgebiedNotitieRow.persoon_id == valid.persoon_id,
            LeefgebiedNotitieRow.leefgebied == valid.leefgebied,
        )
    ).scalar_one_or_none()
    if row is None:
        keys = {"casus_id": casus_id, "persoon_id": valid.persoon_id, "leefgebied": valid.leefgebied}
        record_insert(session, actor, "leefgebied_notitie", LeefgebiedNotitieRow, {**keys, **fields})
    elif not record_update(session, actor, "leefgebied_notitie", row, fields):
        return False
    record_access(session, actor, "gesprek-bijwerken", "casus", casus_id)
    return True


def save_gesprek(session: Session, actor: Actor, casus_id: str, velden: GesprekVelden, today: dt.date) -> bool:
    get_casus(session, casus_id)
    valid = velden.validated(today)
    info = {kind.value: on.isoformat() for kind, on in valid.informatie_gegeven}
    fields: dict[str, Any] = {
        "hulpvraag_toelichting": valid.hulpvraag_toelichting,
        "wederkerigheid": valid.wederkerigheid,
        "verwachtingen": valid.verwachtingen,
        "veiligheid": valid.veiligheid,
        "meldcode": valid.meldcode,
        "informatie_gegeven": info,
    }
    stored = {"informatie_gegeven": json.dumps(info, sort_keys=True)}
    row = session.execute(select(GesprekRow).where(GesprekRow.casus_id == casus_id)).scalar_one_or_none()
    if row is None:
        record_insert(session, actor, "gesprek", GesprekRow, {"casus_id": casus_id, **fields}, stored)
    elif not record_update(session, actor, "gesprek", row, fields, stored=stored):
        return False
    record_access(session, actor, "gesprek-bijwerken", "casus", casus_id)
    return True


def add_netwerk_persoon(session: Session, actor: Actor, casus_id: str, persoon: NetwerkPersoon) -> str:
    get_casus(session, casus_id)
    valid = persoon.validated()
    fields = {
        "casus_id": casus_id,
        "naam": valid.naam,
        "relatie": valid.relatie,
        "wat": valid.wat,
        "contact": valid.contact,
    }
    row = record_insert(session, actor, "netwerk_persoon", NetwerkPersoonRow, fields)
    record_access(session, actor, "netwerk-toevoegen", "casus", casus_id)
    return row.id


@dataclass(frozen=True)
class NetwerkView:
    id: str
    persoon: NetwerkPersoon


@dataclass(frozen=True)
class GesprekView:
    """Everything recorded of the gesprek of one casus, as the gesprek page shows it."""

    casus_id: str
    instrument_id: str
    velden: GesprekVelden
    notities: dict[tuple[str, str], LeefgebiedNotitie]
    """Keyed by (persoon id, leefgebied key); a missing key was never written."""
    netwerk: tuple[NetwerkView, ...]


def load_gesprek(session: Session, actor: Actor, casus_id: str) -> GesprekView:
    """Read the whole gesprek of a casus (and log that it was opened)."""
    casus = get_casus(session, casus_id)
    row = session.execute(select(GesprekRow).where(GesprekRow.casus_id == casus_id)).scalar_one_or_none()
    velden = _velden(row) if row is not None else GesprekVelden()
    notes = session.execute(select(LeefgebiedNotitieRow).where(LeefgebiedNotitieRow.casus_id == casus_id)).scalars()
    notities = {
        (n.persoon_id, n.leefgebied): LeefgebiedNotitie(
            n.persoon_id, n.leefgebied, n.zorg, n.kracht, n.wens, niet_besproken=n.niet_besproken
        )
        for n in notes
    }
    netwerk = tuple(
        NetwerkView(p.id, NetwerkPersoon(p.naam, p.relatie, p.wat, p.contact))
        for p in session.execute(
            select(NetwerkPersoonRow)
            .where(NetwerkPersoonRow.casus_id == casus_id, NetwerkPersoonRow.verwijderd.is_(False))
            .order_by(NetwerkPersoonRow.naam, NetwerkPersoonRow.id)
        ).scalars()
    )
    record_access(session, actor, "gesprek-inzien", "casus", casus_id)
    return GesprekView(casus_id, casus.instrument_id, velden, notities, netwerk)


def update_gesprek(session: Session, actor: Actor, casus_id: str, today: dt.date, **changes: Any) -> bool:
    """Change some casus-wide fields and keep the others as stored.

    Several parts of the gesprek page (veiligheid, informatie, wederkerigheid) autosave on their own; each
    sends only its own fields, so one part's save never overwrites another part's newer text.
    """
    unknown = set(changes) - {f.name for f in fields(GesprekVelden)}
    if unknown:
        raise ValueError(f"unknown gesprek fields: {sorted(unknown)}")
    row = session.execute(select(GesprekRow).where(GesprekRow.casus_id == casus_id)).scalar_one_or_none()
    current = _velden(row) if row is not None else GesprekVelden()
    return save_gesprek(session, actor, casus_id, replace(current, **changes), today)


def update_netwerk_persoon(session: Session, actor: Actor, netwerk_id: str, persoon: NetwerkPersoon) -> bool:
    """Correct or complete someone in the netwerk; returns whether anything changed."""
    row = _netwerk_row(session, netwerk_id)
    valid = persoon.validated()
    changed = record_update(
        session,
        actor,
        "netwerk_persoon",
        row,
        {"naam": valid.naam, "relatie": valid.relatie, "wat": valid.wat, "contact": valid.contact},
    )
    if changed:
        record_access(session, actor, "netwerk-bijwerken", "casus", row.casus_id)
    return changed


def remove_netwerk_persoon(session: Session, actor: Actor, netwerk_id: str) -> None:
    """Take someone out of the netwerk; the row stays as a tombstone so the removal travels with sync."""
    row = _netwerk_row(session, netwerk_id)
    base = row.version
    row.verwijderd, row.version = True, base + 1
    row.updated_at = dt.datetime.now(dt.UTC)
    record_change(session, actor, "netwerk_persoon", row.id, {"verwijderd": True}, base, operation="delete")
    record_access(session, actor, "netwerk-verwijderen", "casus", row.casus_id)


def _netwerk_row(session: Session, netwerk_id: str) -> NetwerkPersoonRow:
    row = session.get(NetwerkPersoonRow, netwerk_id)
    if row is None or row.verwijderd:
        raise NotFound("Deze persoon staat niet (meer) in het netwerk.")
    return row


def _velden(row: GesprekRow) -> GesprekVelden:
    info = json.loads(row.informatie_gegeven or "{}")
    return GesprekVelden(
        hulpvraag_toelichting=row.hulpvraag_toelichting,
        wederkerigheid=row.wederkerigheid,
        verwachtingen=row.verwachtingen,
        veiligheid=row.veiligheid,
        meldcode=row.meldcode,
        informatie_gegeven=tuple(sorted((Informatie(kind), dt.date.fromisoformat(on)) for kind, on in info.items())),
    )
