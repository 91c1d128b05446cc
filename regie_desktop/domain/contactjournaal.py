"""The contactjournaal of a casus: who spoke with whom, when, how, and a short note.

A contact is a fact that happened, so its date cannot lie in the future. Participants are named by the worker
(picked from the household, the netwerk, the worker and the aanbieder, or typed), each with a soort so a team
can see how often the client, the netwerk or the provider took part. A note marked "alleen voor professionals"
stays out of everything the client is shown or given.

Validation messages never quote what was typed (they may end up in a screenshot or a log).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from regie_desktop.errors import ValidationError

MAX_NOTE_LENGTH = 4000
"""A journal note is short; longer reports belong in an attached document."""
MAX_NAME_LENGTH = 200


class ContactSoort(StrEnum):
    HUISBEZOEK = "huisbezoek"
    TELEFOON = "telefoon"
    DRIE_GESPREK = "drie_gesprek"
    OVERLEG = "overleg"
    EMAIL = "email"
    ANDERS = "anders"


CONTACT_SOORT_LABELS: dict[ContactSoort, str] = {
    ContactSoort.HUISBEZOEK: "Huisbezoek",
    ContactSoort.TELEFOON: "Telefoon",
    ContactSoort.DRIE_GESPREK: "Driegesprek",
    ContactSoort.OVERLEG: "Overleg",
    ContactSoort.EMAIL: "E-mail",
    ContactSoort.ANDERS: "Anders",
}


class DeelnemerSoort(StrEnum):
    """Where a participant comes from; ``anders`` is a typed name (a huisarts, a school, a neighbour)."""

    HUISHOUDEN = "huishouden"
    NETWERK = "netwerk"
    WERKER = "werker"
    AANBIEDER = "aanbieder"
    ANDERS = "anders"


@dataclass(frozen=True)
class Deelnemer:
    naam: str
    soort: DeelnemerSoort


@dataclass(frozen=True)
class Contact:
    """One entry of the journal as the worker enters it."""

    datum: dt.date
    soort: ContactSoort
    deelnemers: tuple[Deelnemer, ...]
    notitie: str
    alleen_professional: bool = False

    def validated(self, today: dt.date) -> Contact:
        """A trimmed copy (participants without a name dropped, doubles once), or a Dutch ValidationError."""
        if self.datum > today:
            raise ValidationError(
                "Een contact kan niet in de toekomst liggen; leg het vast als het heeft plaatsgevonden."
            )
        notitie = self.notitie.strip()
        if not notitie:
            raise ValidationError("Schrijf in een paar woorden wat er besproken is.")
        if len(notitie) > MAX_NOTE_LENGTH:
            raise ValidationError(
                f"De notitie is te lang (meer dan {MAX_NOTE_LENGTH} tekens). Houd het kort of voeg een document toe."
            )
        seen: set[tuple[str, DeelnemerSoort]] = set()
        deelnemers: list[Deelnemer] = []
        for d in self.deelnemers:
            naam = " ".join(d.naam.split())
            if not naam:
                continue
            if len(naam) > MAX_NAME_LENGTH:
                raise ValidationError(f"Een naam van een deelnemer is te lang (meer dan {MAX_NAME_LENGTH} tekens).")
            key = (naam.casefold(), d.soort)
            if key in seen:
                continue
            seen.add(key)
            deelnemers.append(Deelnemer(naam, DeelnemerSoort(d.soort)))
        if not deelnemers:
            raise ValidationError("Kies minstens één deelnemer aan het contact.")
        return Contact(
            datum=self.datum,
            soort=ContactSoort(self.soort),
            deelnemers=tuple(deelnemers),
            notitie=notitie,
            alleen_professional=bool(self.alleen_professional),
        )


def deelnemers_to_wire(deelnemers: tuple[Deelnemer, ...]) -> list[dict[str, str]]:
    return [{"naam": d.naam, "soort": d.soort.value} for d in deelnemers]


def deelnemers_from_wire(data: object) -> tuple[Deelnemer, ...]:
    """The inverse of ``deelnemers_to_wire``; unknown shapes or soorten are skipped, not fatal (synced data)."""
    if not isinstance(data, list):
        return ()
    out: list[Deelnemer] = []
    for item in data:
        if not isinstance(item, dict):
            continue
        naam, soort = item.get("naam"), item.get("soort")
        if isinstance(naam, str) and soort in {s.value for s in DeelnemerSoort}:
            out.append(Deelnemer(naam, DeelnemerSoort(soort)))
    return tuple(out)
