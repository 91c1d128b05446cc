"""Household and person as a worker registers them, with the rules checked before anything is stored.

Many first visits start without a BSN or a full address, so little is required: a person needs a name;
everything else is checked only when it is given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

from regie_desktop.errors import ValidationError


class Rol(StrEnum):
    """Role of a person within the household."""

    AANVRAGER = "aanvrager"
    PARTNER = "partner"
    KIND = "kind"
    OUDER = "ouder"
    HUISGENOOT = "huisgenoot"
    ANDERS = "anders"


def normalise_bsn(value: str) -> str:
    """A valid BSN as nine digits, or a ValidationError that says why."""
    try:
        return str(stdnum_bsn.validate(value))
    except StdnumError as exc:
        raise ValidationError("Het BSN is ongeldig: het voldoet niet aan de elfproef of heeft niet 9 cijfers.") from exc


def normalise_postcode(value: str) -> str:
    """A Dutch postcode as ``1234 AB``."""
    try:
        return str(stdnum_postcode.validate(value))
    except StdnumError as exc:
        raise ValidationError("De postcode is ongeldig: gebruik vier cijfers en twee letters, zoals 1234 AB.") from exc


def is_valid_postcode(value: str) -> bool:
    return bool(stdnum_postcode.is_valid(value))


@dataclass(frozen=True)
class NewPerson:
    voornamen: str
    achternaam: str
    tussenvoegsel: str = ""
    geboortedatum: dt.date | None = None
    bsn: str | None = None
    rol: Rol = Rol.AANVRAGER
    telefoon: str = ""
    email: str = ""

    def validated(self, today: dt.date) -> NewPerson:
        """A copy with normalised fields, or a ValidationError naming the first problem."""
        if not self.achternaam.strip():
            raise ValidationError("Vul de achternaam in.")
        if self.geboortedatum is not None:
            if self.geboortedatum > today:
                raise ValidationError("De geboortedatum ligt in de toekomst.")
            if self.geboortedatum.year < today.year - 125:
                raise ValidationError("De geboortedatum ligt meer dan 125 jaar terug.")
        bsn = normalise_bsn(self.bsn) if self.bsn else None
        email = self.email.strip()
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            raise ValidationError("Het e-mailadres is ongeldig.")
        return NewPerson(
            voornamen=self.voornamen.strip(),
            achternaam=self.achternaam.strip(),
            tussenvoegsel=self.tussenvoegsel.strip(),
            geboortedatum=self.geboortedatum,
            bsn=bsn,
            rol=self.rol,
            telefoon=self.telefoon.strip(),
            email=email,
        )


@dataclass(frozen=True)
class NewHousehold:
    personen: tuple[NewPerson, ...]
    straat: str = ""
    huisnummer: str = ""
    postcode: str = ""
    woonplaats: str = ""

    def validated(self, today: dt.date) -> NewHousehold:
        if not self.personen:
            raise ValidationError("Een huishouden heeft minstens één persoon.")
        personen = tuple(p.validated(today) for p in self.personen)
        bsns = [p.bsn for p in personen if p.bsn]
        if len(bsns) != len(set(bsns)):
            raise ValidationError("Twee personen in dit huishouden hebben hetzelfde BSN.")
        return NewHousehold(
            personen=personen,
            straat=self.straat.strip(),
            huisnummer=self.huisnummer.strip(),
            postcode=normalise_postcode(self.postcode) if self.postcode.strip() else "",
            woonplaats=self.woonplaats.strip(),
        )
