"""Retention periods as data: which rule applies to a closed casus and until when its dossier is kept.

The rules come from ``resources/rules/bewaartermijnen.json`` (Wmo 15 years, Jeugdwet 20 years after closing by
default); a team or municipality edits that file. Which rule applies is decided by the household at the time
of the calculation: a household with a child (rol ``kind``) falls under the Jeugdwet rule, every other casus
under the Wmo rule. That is a deliberate simplification (a casus records no legal ground of its own), chosen
so the longer period wins whenever a child is involved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from regie_desktop.errors import ValidationError

JEUGD = "jeugd"
OVERIG = "overig"


@dataclass(frozen=True)
class BewaarRegel:
    id: str
    naam: str
    grond: str
    jaren: int
    geldt_voor: str


@dataclass(frozen=True)
class Bewaarbeleid:
    regels: tuple[BewaarRegel, ...]
    opruimen_na_dagen: int

    def regel_voor(self, heeft_kind: bool) -> BewaarRegel:
        wanted = JEUGD if heeft_kind else OVERIG
        for regel in self.regels:
            if regel.geldt_voor == wanted:
                return regel
        raise ValidationError(f"Geen bewaarregel voor '{wanted}' in bewaartermijnen.json.")

    def regel(self, regel_id: str) -> BewaarRegel:
        for regel in self.regels:
            if regel.id == regel_id:
                return regel
        raise ValidationError(f"Onbekende bewaarregel '{regel_id}'.")


def parse_beleid(data: Any) -> Bewaarbeleid:
    """The rules file as values, or a Dutch ValidationError naming what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("regels"), list):
        raise ValidationError("bewaartermijnen.json: 'regels' ontbreekt of is geen lijst.")
    regels: list[BewaarRegel] = []
    for raw in data["regels"]:
        try:
            regel = BewaarRegel(
                id=str(raw["id"]),
                naam=str(raw["naam"]),
                grond=str(raw.get("grond", "")),
                jaren=int(raw["jaren"]),
                geldt_voor=str(raw["geldt_voor"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(f"bewaartermijnen.json: een regel is onvolledig ({exc}).") from exc
        if regel.jaren < 1 or regel.geldt_voor not in (JEUGD, OVERIG):
            raise ValidationError(f"bewaartermijnen.json: regel '{regel.id}' heeft een ongeldige termijn of soort.")
        regels.append(regel)
    for soort in (JEUGD, OVERIG):
        if sum(1 for r in regels if r.geldt_voor == soort) != 1:
            raise ValidationError(f"bewaartermijnen.json: er moet precies één regel voor '{soort}' zijn.")
    dagen = data.get("opruimen_na_dagen", 90)
    if not isinstance(dagen, int) or isinstance(dagen, bool) or dagen < 0:
        raise ValidationError("bewaartermijnen.json: 'opruimen_na_dagen' moet een geheel getal van 0 of meer zijn.")
    return Bewaarbeleid(regels=tuple(regels), opruimen_na_dagen=dagen)


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def bewaren_tot(afgesloten_op: dt.date, regel: BewaarRegel) -> dt.date:
    """The last day the dossier is kept; from the day after, it is due for destruction."""
    return add_years(afgesloten_op, regel.jaren)


def is_due(afgesloten_op: dt.date | None, regel: BewaarRegel, today: dt.date) -> bool:
    return afgesloten_op is not None and today > bewaren_tot(afgesloten_op, regel)
