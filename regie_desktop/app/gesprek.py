"""Use cases of the keukentafelgesprek: notes per leefgebied, the casus-wide parts, the netwerk.

Saving is idempotent: saving the same text twice changes nothing and logs nothing, which is what an
autosave that fires on every pause in typing needs.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.domain.gesprek import GesprekVelden, LeefgebiedNotitie, NetwerkPersoon
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
