"""Use cases on the contactjournaal: add and edit contacts, and read them back newest first.

Entering a contact should cost seconds, so ``journaal_werkblad`` hands the screen its defaults: today, the
kind of contact used last, and the aanvrager as participant; and everyone who could take part (household,
netwerk, the worker, the aanbieder named in the plan).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from regie_desktop.app.casussen import get_casus
from regie_desktop.app.dossier import display_name
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.app.plans import latest_version
from regie_desktop.domain.contactjournaal import (
    Contact,
    ContactSoort,
    Deelnemer,
    DeelnemerSoort,
    deelnemers_from_wire,
    deelnemers_to_wire,
)
from regie_desktop.domain.household import Rol
from regie_desktop.domain.plan import WieSoort, plan_from_canonical
from regie_desktop.errors import NotFound
from regie_desktop.store.models import Huishouden, JournaalContact, NetwerkPersoonRow, Worker

OPEN_ACTION = "journaal-inzien"
ADD_ACTION = "journaal-toevoegen"
EDIT_ACTION = "journaal-bijwerken"


@dataclass(frozen=True)
class JournaalRegel:
    """A stored contact as the list shows it."""

    id: str
    contact: Contact
    version: int


@dataclass(frozen=True)
class JournaalWerkblad:
    casus_id: str
    huishouden_id: str
    regels: tuple[JournaalRegel, ...]
    """Newest first (by date, then by when it was entered)."""
    opties: tuple[Deelnemer, ...]
    """Who can be picked as participant: household (aanvrager first), netwerk, the worker, aanbieders of the plan."""
    standaard_soort: ContactSoort
    """The kind of the last contact entered (huisbezoek when there is none)."""
    standaard_deelnemers: tuple[Deelnemer, ...]
    """The aanvrager and the worker: who takes part in almost every contact."""


def _contact(row: JournaalContact) -> Contact:
    return Contact(
        datum=row.datum,
        soort=ContactSoort(row.soort),
        deelnemers=deelnemers_from_wire(json.loads(row.deelnemers)),
        notitie=row.notitie,
        alleen_professional=row.alleen_professional,
    )


def _regels(session: Session, casus_id: str) -> tuple[JournaalRegel, ...]:
    rows = session.execute(
        select(JournaalContact)
        .where(JournaalContact.casus_id == casus_id)
        .order_by(JournaalContact.datum.desc(), JournaalContact.created_at.desc(), JournaalContact.id.desc())
    ).scalars()
    return tuple(JournaalRegel(r.id, _contact(r), r.version) for r in rows)


def _opties(session: Session, casus_id: str, huishouden_id: str) -> tuple[tuple[Deelnemer, ...], tuple[Deelnemer, ...]]:
    hh = session.get(Huishouden, huishouden_id)
    if hh is None:
        raise NotFound("Het huishouden van deze casus bestaat niet (meer) op deze computer.")
    personen = sorted(hh.personen, key=lambda p: (p.rol != Rol.AANVRAGER, p.created_at))
    opties = [Deelnemer(display_name(p), DeelnemerSoort.HUISHOUDEN) for p in personen]
    netwerk = session.execute(
        select(NetwerkPersoonRow.naam)
        .where(NetwerkPersoonRow.casus_id == casus_id, NetwerkPersoonRow.verwijderd.is_(False))
        .order_by(NetwerkPersoonRow.naam)
    ).scalars()
    opties += [Deelnemer(naam, DeelnemerSoort.NETWERK) for naam in netwerk]
    worker = session.execute(select(Worker).order_by(Worker.created_at)).scalars().first()
    werker = Deelnemer(worker.naam, DeelnemerSoort.WERKER) if worker is not None else None
    if werker is not None:
        opties.append(werker)
    latest = latest_version(session, casus_id)
    if latest is not None:
        plan = plan_from_canonical(json.loads(latest.content))
        names = dict.fromkeys(
            a.wie for d in plan.doelen for a in d.acties if a.wie_soort is WieSoort.AANBIEDER and a.wie.strip()
        )
        opties += [Deelnemer(naam, DeelnemerSoort.AANBIEDER) for naam in names]
    standaard = tuple(d for d in (opties[0] if personen else None, werker) if d is not None)
    return tuple(opties), standaard


def journaal_werkblad(session: Session, actor: Actor, casus_id: str) -> JournaalWerkblad:
    """The journal of a casus with what the entry form needs; reading it is logged (``journaal-inzien``)."""
    werkblad = refresh_journaal(session, casus_id)
    record_access(session, actor, OPEN_ACTION, "casus", casus_id)
    return werkblad


def refresh_journaal(session: Session, casus_id: str) -> JournaalWerkblad:
    """The same as ``journaal_werkblad`` without a log entry: re-reading after the worker's own save."""
    casus = get_casus(session, casus_id)
    regels = _regels(session, casus_id)
    opties, standaard = _opties(session, casus_id, casus.huishouden_id)
    last = session.execute(
        select(JournaalContact.soort)
        .where(JournaalContact.casus_id == casus_id)
        .order_by(JournaalContact.created_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    return JournaalWerkblad(
        casus_id=casus_id,
        huishouden_id=casus.huishouden_id,
        regels=regels,
        opties=opties,
        standaard_soort=ContactSoort(last) if last else ContactSoort.HUISBEZOEK,
        standaard_deelnemers=standaard,
    )


def _fields(contact: Contact) -> dict[str, object]:
    return {
        "datum": contact.datum,
        "soort": contact.soort.value,
        "deelnemers": deelnemers_to_wire(contact.deelnemers),
        "notitie": contact.notitie,
        "alleen_professional": contact.alleen_professional,
    }


def _stored(fields: dict[str, object]) -> dict[str, object]:
    return {"deelnemers": json.dumps(fields["deelnemers"], ensure_ascii=False)}


def add_contact(session: Session, actor: Actor, casus_id: str, contact: Contact, today: dt.date) -> str:
    """Store a new contact (validated: not in the future, a note, a participant); returns its id."""
    get_casus(session, casus_id)
    valid = contact.validated(today)
    fields = {"casus_id": casus_id, **_fields(valid)}
    row = record_insert(session, actor, "journaal_contact", JournaalContact, fields, _stored(fields))
    record_access(session, actor, ADD_ACTION, "casus", casus_id)
    return row.id


def update_contact(session: Session, actor: Actor, contact_id: str, contact: Contact, today: dt.date) -> bool:
    """Change a stored contact; only changed fields are logged, and nothing when nothing changed."""
    row = session.get(JournaalContact, contact_id)
    if row is None:
        raise NotFound("Dit contact bestaat niet (meer) op deze computer.")
    valid = contact.validated(today)
    fields = _fields(valid)
    # Compare the participants by content, not by JSON spelling.
    if deelnemers_from_wire(json.loads(row.deelnemers)) == valid.deelnemers:
        fields.pop("deelnemers")
    stored = _stored(fields) if "deelnemers" in fields else None
    if not record_update(session, actor, "journaal_contact", row, fields, stored):
        return False
    record_access(session, actor, EDIT_ACTION, "casus", row.casus_id)
    return True


def last_contact_dates(session: Session, casus_ids: list[str]) -> dict[str, dt.date]:
    """Per casus the date of its most recent journal contact (for the waakvlam rhythm)."""
    if not casus_ids:
        return {}
    rows = session.execute(
        select(JournaalContact.casus_id, func.max(JournaalContact.datum))
        .where(JournaalContact.casus_id.in_(casus_ids))
        .group_by(JournaalContact.casus_id)
    )
    return {casus_id: datum for casus_id, datum in rows}
