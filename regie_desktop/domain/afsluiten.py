"""Afschalen and afsluiten: the closing checklist, the three outcomes, waakvlam rhythm and reason codes.

Seed 001 lists what must be true before a casus is closed (the client says the goals are reached, the network
supports, the client knows what to do if things get worse, the referrer is told, ...). Closing while something
is still open is sometimes right (the client moves away, stops the contact), so the rules never simply refuse:
they name what is open, and the worker may go on with a reason that is stored with the closing.

Waakvlam is low-frequency contact after the trajectory: the next contact is due a fixed number of weeks after
the last one, and every journal contact restarts the count.

The reason codes for reporting are data (``resources/rules/afsluitredenen.json``) so a municipality can use its
own list.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic import ValidationError as PydanticValidationError

from regie_desktop.domain.evaluatie import Uitkomst
from regie_desktop.domain.plan import PlanContent
from regie_desktop.errors import RegieError, ValidationError
from regie_desktop.resources import resource

MAX_TEXT_LENGTH = 2000


class ChecklistItem(StrEnum):
    """The closing criteria of seed 001, in its order."""

    DOELEN_BEREIKT_VOLGENS_CLIENT = "doelen_bereikt_volgens_client"
    BEOOGD_RESULTAAT = "beoogd_resultaat"
    INZET_NIET_MEER_NODIG = "inzet_niet_meer_nodig"
    ZELFREDZAAMHEID_GEGROEID = "zelfredzaamheid_gegroeid"
    NETWERK_STEUNEND = "netwerk_steunend"
    CLIENT_WEET_WAT_TE_DOEN = "client_weet_wat_te_doen"
    VERWIJZER_GEINFORMEERD = "verwijzer_geinformeerd"
    ZORGEN_BESPROKEN = "zorgen_besproken"
    MELDCODE_OVERWOGEN = "meldcode_overwogen"


CHECKLIST_LABELS: dict[ChecklistItem, str] = {
    ChecklistItem.DOELEN_BEREIKT_VOLGENS_CLIENT: "De cliënt geeft aan dat de doelen bereikt zijn",
    ChecklistItem.BEOOGD_RESULTAAT: "Het beoogde resultaat is bereikt",
    ChecklistItem.INZET_NIET_MEER_NODIG: "Het wijkteam en de aanbieder zijn niet meer nodig",
    ChecklistItem.ZELFREDZAAMHEID_GEGROEID: "De zelfredzaamheid is gegroeid",
    ChecklistItem.NETWERK_STEUNEND: "Het netwerk is steunend",
    ChecklistItem.CLIENT_WEET_WAT_TE_DOEN: "De cliënt weet wat te doen als het weer slechter gaat",
    ChecklistItem.VERWIJZER_GEINFORMEERD: "De verwijzer is teruggekoppeld",
    ChecklistItem.ZORGEN_BESPROKEN: "Zorgen bij afsluiten zijn besproken (consultatie, waakvlam)",
    ChecklistItem.MELDCODE_OVERWOGEN: "De meldcode is overwogen waar dat nodig was",
}


class AfsluitUitkomst(StrEnum):
    AFGESLOTEN = "afgesloten"
    WAAKVLAM = "waakvlam"
    OVERDRACHT = "overdracht"


AFSLUIT_UITKOMST_LABELS: dict[AfsluitUitkomst, str] = {
    AfsluitUitkomst.AFGESLOTEN: "Afgesloten",
    AfsluitUitkomst.WAAKVLAM: "Waakvlam",
    AfsluitUitkomst.OVERDRACHT: "Overdracht",
}

WAAKVLAM_WEKEN: tuple[int, ...] = (4, 6, 8, 12)
"""The contact rhythms a worker can choose: every 4, 6, 8 or 12 weeks."""


# --- reason codes as data -------------------------------------------------------------------------------------


class RedenenFileError(RegieError):
    """The reason-code file is missing, not JSON, or not a valid list of codes."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AfsluitReden(_Model):
    code: str = Field(pattern=r"^[A-Z0-9][A-Z0-9_-]*$", max_length=20)
    label: str = Field(min_length=1)
    uitkomsten: frozenset[AfsluitUitkomst]


class AfsluitRedenen(_Model):
    version: int = Field(ge=1)
    toelichting: str = ""
    redenen: tuple[AfsluitReden, ...] = Field(min_length=1)

    @field_validator("redenen")
    @classmethod
    def _unique(cls, redenen: tuple[AfsluitReden, ...]) -> tuple[AfsluitReden, ...]:
        codes = [r.code for r in redenen]
        doubles = sorted({c for c in codes if codes.count(c) > 1})
        if doubles:
            raise ValueError(f"code {', '.join(doubles)} komt meer dan eens voor")
        return redenen

    def voor(self, uitkomst: AfsluitUitkomst) -> tuple[AfsluitReden, ...]:
        return tuple(r for r in self.redenen if uitkomst in r.uitkomsten)

    def get(self, code: str) -> AfsluitReden | None:
        return next((r for r in self.redenen if r.code == code), None)


def default_redenen_path() -> Path:
    return resource("rules", "afsluitredenen.json")


def load_redenen(path: Path | None = None) -> AfsluitRedenen:
    path = default_redenen_path() if path is None else path
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RedenenFileError(f"Het bestand met afsluitredenen ({path.name}) kan niet worden gelezen.") from exc
    except json.JSONDecodeError as exc:
        raise RedenenFileError(
            f"Het bestand met afsluitredenen ({path.name}) is geen geldige JSON (regel {exc.lineno})."
        ) from exc
    try:
        return AfsluitRedenen.model_validate(data)
    except PydanticValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RedenenFileError(f"Het bestand met afsluitredenen ({path.name}) klopt niet bij '{where}'.") from exc


# --- the closing itself ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Afsluiting:
    """What the worker fills in to close (or scale down) a casus."""

    uitkomst: AfsluitUitkomst
    redencode: str
    checklist: frozenset[ChecklistItem]
    """The items ticked; the rest count as open."""
    datum: dt.date
    toelichting: str = ""
    waakvlam_weken: int | None = None
    overdracht_aan: str = ""
    doorgaan_reden: str = ""
    """Why the casus is closed although checklist items or acties are open; empty when nothing is open."""

    def validated(self, redenen: AfsluitRedenen, today: dt.date) -> Afsluiting:
        if self.datum > today:
            raise ValidationError("De afsluitdatum ligt in de toekomst.")
        uitkomst = AfsluitUitkomst(self.uitkomst)
        reden = redenen.get(self.redencode)
        if reden is None:
            raise ValidationError("Kies een reden van afsluiten.")
        if uitkomst not in reden.uitkomsten:
            raise ValidationError(
                f"De reden '{reden.label}' past niet bij {AFSLUIT_UITKOMST_LABELS[uitkomst].lower()}; kies een andere."
            )
        weken = self.waakvlam_weken
        if uitkomst is AfsluitUitkomst.WAAKVLAM:
            if weken not in WAAKVLAM_WEKEN:
                choices = ", ".join(str(w) for w in WAAKVLAM_WEKEN)
                raise ValidationError(f"Kies hoe vaak er waakvlamcontact is: elke {choices} weken.")
        else:
            weken = None
        aan = " ".join(self.overdracht_aan.split())
        if uitkomst is AfsluitUitkomst.OVERDRACHT:
            if not aan:
                raise ValidationError("Vul in aan wie de casus wordt overgedragen.")
            if len(aan) > 200:
                raise ValidationError("De naam bij overdracht is te lang (meer dan 200 tekens).")
        else:
            aan = ""
        for text in (self.toelichting, self.doorgaan_reden):
            if len(text.strip()) > MAX_TEXT_LENGTH:
                raise ValidationError(f"Een toelichting is te lang (meer dan {MAX_TEXT_LENGTH} tekens).")
        return Afsluiting(
            uitkomst=uitkomst,
            redencode=reden.code,
            checklist=frozenset(ChecklistItem(i) for i in self.checklist),
            datum=self.datum,
            toelichting=self.toelichting.strip(),
            waakvlam_weken=weken,
            overdracht_aan=aan,
            doorgaan_reden=self.doorgaan_reden.strip(),
        )


@dataclass(frozen=True)
class OpenActie:
    """An actie of the signed plan that is still open at closing, named by position (never by its text)."""

    doel_nummer: int
    actie_nummer: int
    reden: str
    """Why it counts as open: "doel niet bereikt" or "gepland na vandaag"."""


def open_acties(plan: PlanContent, uitkomsten: Mapping[str, Uitkomst], today: dt.date) -> tuple[OpenActie, ...]:
    """Acties whose doel is not (fully) reached, or whose wanneer still lies ahead."""
    found = []
    for n, doel in enumerate(plan.doelen, start=1):
        reached = uitkomsten.get(doel.id) is Uitkomst.BEREIKT
        for m, actie in enumerate(doel.acties, start=1):
            if not reached:
                found.append(OpenActie(n, m, "doel niet bereikt"))
            elif actie.wanneer is not None and actie.wanneer > today:
                found.append(OpenActie(n, m, "gepland na vandaag"))
    return tuple(found)


def open_items(checklist: Iterable[ChecklistItem]) -> tuple[ChecklistItem, ...]:
    ticked = set(checklist)
    return tuple(item for item in ChecklistItem if item not in ticked)


class DoorgaanNodig(ValidationError):
    """Something is still open: closing needs a reason. ``punten`` are the Dutch lines to show."""

    def __init__(self, message: str, punten: tuple[str, ...]) -> None:
        super().__init__(message)
        self.punten = punten


def closing_problems(afsluiting: Afsluiting, acties: Sequence[OpenActie]) -> tuple[str, ...]:
    """The open points as Dutch lines: unticked checklist items first, then open acties."""
    lines = [f"Niet afgevinkt: {CHECKLIST_LABELS[item].lower()}." for item in open_items(afsluiting.checklist)]
    lines += [f"Doel {a.doel_nummer}, actie {a.actie_nummer} staat nog open ({a.reden})." for a in acties]
    return tuple(lines)


def ensure_closable(afsluiting: Afsluiting, acties: Sequence[OpenActie]) -> None:
    """Raise ``DoorgaanNodig`` when something is open and no reason to proceed anyway was given."""
    problems = closing_problems(afsluiting, acties)
    if problems and not afsluiting.doorgaan_reden.strip():
        raise DoorgaanNodig(
            "Er staat nog iets open. Rond het eerst af, of geef een reden om toch af te sluiten: " + " ".join(problems),
            problems,
        )


def next_waakvlam_contact(start: dt.date, weken: int, last_contact: dt.date | None) -> dt.date:
    """When the next waakvlam contact is due: ``weken`` after the last contact, or after the start of waakvlam."""
    if weken <= 0:
        raise ValueError("weken must be positive")
    anchor = start if last_contact is None or last_contact < start else last_contact
    return anchor + dt.timedelta(weeks=weken)
