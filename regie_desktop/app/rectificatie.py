"""Rectification (AVG art. 16): correcting a recorded fact of a person, keeping the old value and the reason.

The correction goes through the same rules as the aanmelding (BSN elfproef, postcode, a birth date not in the
future, an e-mail address with an @), changes the person (or, for the address, the household) like any edit,
with its change record, and writes a ``Rectificatie`` row with the old value, the new value, who and why. The
inzage lists the corrections. An address belongs to the household, so correcting it corrects it for everyone
living there; the history is kept under the person who asked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.domain.household import NewHousehold, NewPerson, Rol
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store.models import Huishouden, Persoon, Rectificatie

RECTIFY_ACTION = "corrigeren"
PERSON_FIELDS = ("voornamen", "tussenvoegsel", "achternaam", "geboortedatum", "bsn", "telefoon", "email")
ADDRESS_FIELDS = ("straat", "huisnummer", "postcode", "woonplaats")
FIELDS = PERSON_FIELDS + ADDRESS_FIELDS
FIELD_LABELS = {
    "voornamen": "Voornamen",
    "tussenvoegsel": "Tussenvoegsel",
    "achternaam": "Achternaam",
    "geboortedatum": "Geboortedatum",
    "bsn": "BSN",
    "telefoon": "Telefoon",
    "email": "E-mail",
    "straat": "Straat",
    "huisnummer": "Huisnummer",
    "postcode": "Postcode",
    "woonplaats": "Woonplaats",
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def current_values(session: Session, persoon_id: str) -> dict[str, str]:
    """The correctable facts of a person as text (dates ISO), for the dialog to start from."""
    persoon = _persoon(session, persoon_id)
    hh = session.get(Huishouden, persoon.huishouden_id)
    assert hh is not None
    values = {name: _text(getattr(persoon, name)) for name in PERSON_FIELDS}
    values.update({name: _text(getattr(hh, name)) for name in ADDRESS_FIELDS})
    return values


def _persoon(session: Session, persoon_id: str) -> Persoon:
    persoon = session.get(Persoon, persoon_id)
    if persoon is None:
        raise NotFound("Deze persoon bestaat niet (meer) op deze computer.")
    return persoon


def _validated_person_value(persoon: Persoon, veld: str, raw: str, today: dt.date) -> Any:
    value: Any = raw.strip()
    if veld == "geboortedatum":
        if not value:
            value = None
        else:
            try:
                value = dt.date.fromisoformat(value)
            except ValueError as exc:
                raise ValidationError("De geboortedatum is ongeldig; gebruik jjjj-mm-dd.") from exc
    if veld == "bsn" and not value:
        value = None
    current = NewPerson(
        voornamen=persoon.voornamen,
        achternaam=persoon.achternaam,
        tussenvoegsel=persoon.tussenvoegsel,
        geboortedatum=persoon.geboortedatum,
        bsn=persoon.bsn,
        rol=Rol(persoon.rol),
        telefoon=persoon.telefoon,
        email=persoon.email,
    )
    return getattr(dataclasses.replace(current, **{veld: value}).validated(today), veld)


def _validated_address_value(hh: Huishouden, veld: str, raw: str, today: dt.date) -> str:
    current = NewHousehold(
        personen=(NewPerson(voornamen="", achternaam="-"),),
        straat=hh.straat,
        huisnummer=hh.huisnummer,
        postcode=hh.postcode,
        woonplaats=hh.woonplaats,
    )
    changes: dict[str, Any] = {veld: raw}
    return str(getattr(dataclasses.replace(current, **changes).validated(today), veld))


@dataclass(frozen=True)
class RectificatieView:
    id: str
    op: dt.datetime
    veld: str
    oude_waarde: str
    nieuwe_waarde: str
    reden: str


def rectify(
    session: Session, actor: Actor, persoon_id: str, veld: str, nieuwe_waarde: str, reden: str, today: dt.date
) -> str | None:
    """Correct one fact; returns the rectification id, or None when the value did not change.

    A reason is required: it is what makes a correction a correction and not a silent edit.
    """
    if veld not in FIELDS:
        raise ValidationError("Dit gegeven kan niet worden gecorrigeerd.")
    reden = reden.strip()
    if not reden:
        raise ValidationError("Schrijf op waarom het gegeven wordt gecorrigeerd.")
    persoon = _persoon(session, persoon_id)
    if veld in PERSON_FIELDS:
        value = _validated_person_value(persoon, veld, nieuwe_waarde, today)
        if veld == "bsn" and value:
            clash = session.scalar(select(Persoon.id).where(Persoon.bsn == value, Persoon.id != persoon_id))
            if clash is not None:
                raise ValidationError("Dit BSN hoort al bij een andere persoon op deze computer.")
        old = getattr(persoon, veld)
        if not record_update(session, actor, "persoon", persoon, {veld: value}):
            return None
    else:
        hh = session.get(Huishouden, persoon.huishouden_id)
        assert hh is not None
        value = _validated_address_value(hh, veld, nieuwe_waarde, today)
        old = getattr(hh, veld)
        if not record_update(session, actor, "huishouden", hh, {veld: value}):
            return None
    row = record_insert(
        session,
        actor,
        "rectificatie",
        Rectificatie,
        {
            "persoon_id": persoon_id,
            "veld": veld,
            "oude_waarde": _text(old),
            "nieuwe_waarde": _text(value),
            "reden": reden,
            "door": actor.worker_id,
            "op": dt.datetime.now(dt.UTC),
        },
    )
    record_access(session, actor, RECTIFY_ACTION, "persoon", persoon_id)
    return row.id


def rectifications(session: Session, persoon_id: str) -> list[RectificatieView]:
    rows = session.scalars(select(Rectificatie).where(Rectificatie.persoon_id == persoon_id).order_by(Rectificatie.op))
    return [RectificatieView(r.id, r.op, r.veld, r.oude_waarde, r.nieuwe_waarde, r.reden) for r in rows]
