"""Use cases on households: registering one with its persons."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from regie_desktop.app.journal import Actor, record_access, record_insert
from regie_desktop.domain.household import NewHousehold, NewPerson
from regie_desktop.errors import DuplicateFound
from regie_desktop.store.models import Huishouden, Persoon


def person_fields(person: NewPerson) -> dict[str, Any]:
    return {
        "voornamen": person.voornamen,
        "tussenvoegsel": person.tussenvoegsel,
        "achternaam": person.achternaam,
        "geboortedatum": person.geboortedatum,
        "bsn": person.bsn,
        "rol": person.rol,
        "telefoon": person.telefoon,
        "email": person.email,
    }


def find_duplicates(session: Session, personen: tuple[NewPerson, ...]) -> tuple[str, ...]:
    """Households that already hold one of these persons: same BSN, or same surname and date of birth."""
    conditions = []
    for person in personen:
        if person.bsn:
            conditions.append(Persoon.bsn == person.bsn)
        if person.geboortedatum is not None:
            conditions.append(
                and_(
                    func.lower(Persoon.achternaam) == person.achternaam.lower(),
                    Persoon.geboortedatum == person.geboortedatum,
                )
            )
    if not conditions:
        return ()
    rows = session.execute(select(Persoon.huishouden_id).where(or_(*conditions)).distinct())
    return tuple(sorted(rows.scalars()))


def register_household(
    session: Session, actor: Actor, household: NewHousehold, today: dt.date, allow_duplicate: bool = False
) -> str:
    """Store a validated household and its persons; returns the household id.

    A person who is known already is refused with the existing dossier(s), so the worker opens that one
    instead of starting a second file; ``allow_duplicate`` is the worker's deliberate "a different person".
    Runs inside the caller's transaction so a batch (demo data, an import) commits as one unit.
    """
    valid = household.validated(today)
    if not allow_duplicate:
        matches = find_duplicates(session, valid.personen)
        if matches:
            raise DuplicateFound(
                "Deze persoon is al bekend (zelfde BSN, of zelfde achternaam en geboortedatum). "
                "Open het bestaande dossier, of bevestig dat het om iemand anders gaat.",
                matches,
            )
    hh_fields: dict[str, Any] = {
        "straat": valid.straat,
        "huisnummer": valid.huisnummer,
        "postcode": valid.postcode,
        "woonplaats": valid.woonplaats,
    }
    hh_id = record_insert(session, actor, "huishouden", Huishouden, hh_fields).id
    for person in valid.personen:
        p_fields = {**person_fields(person), "huishouden_id": hh_id}
        record_insert(session, actor, "persoon", Persoon, p_fields, {"rol": person.rol.value})
    record_access(session, actor, "registreren", "huishouden", hh_id)
    return hh_id
