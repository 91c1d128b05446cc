"""The casus: one support trajectory of a household, with its aanmelding, spoed flags and phase machine.

Phases follow the process chart (aanmelding → gesprek → plan → traject → evaluatie → afgesloten), with
wachtlijst before the gesprek and waakvlam (low-frequency contact) after it. Only listed transitions are
allowed, and each one records who moved it, when and why, so a team can reconstruct a trajectory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from regie_desktop.errors import ValidationError


class Fase(StrEnum):
    AANMELDING = "aanmelding"
    WACHTLIJST = "wachtlijst"
    GESPREK = "gesprek"
    PLAN = "plan"
    TRAJECT = "traject"
    EVALUATIE = "evaluatie"
    WAAKVLAM = "waakvlam"
    AFGESLOTEN = "afgesloten"


FASE_LABELS: dict[Fase, str] = {
    Fase.AANMELDING: "Aanmelding",
    Fase.WACHTLIJST: "Wachtlijst",
    Fase.GESPREK: "Gesprek",
    Fase.PLAN: "Plan",
    Fase.TRAJECT: "Traject",
    Fase.EVALUATIE: "Evaluatie",
    Fase.WAAKVLAM: "Waakvlam",
    Fase.AFGESLOTEN: "Afgesloten",
}

# Where a casus may go from each phase. Afgesloten is final: a new question is a new aanmelding.
TRANSITIONS: dict[Fase, frozenset[Fase]] = {
    Fase.AANMELDING: frozenset({Fase.WACHTLIJST, Fase.GESPREK, Fase.AFGESLOTEN}),
    Fase.WACHTLIJST: frozenset({Fase.GESPREK, Fase.AFGESLOTEN}),
    Fase.GESPREK: frozenset({Fase.PLAN, Fase.WAAKVLAM, Fase.AFGESLOTEN}),
    Fase.PLAN: frozenset({Fase.GESPREK, Fase.TRAJECT, Fase.AFGESLOTEN}),
    Fase.TRAJECT: frozenset({Fase.EVALUATIE}),
    Fase.EVALUATIE: frozenset({Fase.TRAJECT, Fase.PLAN, Fase.WAAKVLAM, Fase.AFGESLOTEN}),
    Fase.WAAKVLAM: frozenset({Fase.GESPREK, Fase.AFGESLOTEN}),
    Fase.AFGESLOTEN: frozenset(),
}

# Moves that undo progress or end the casus need a reason a colleague can read later.
REASON_REQUIRED: frozenset[tuple[Fase, Fase]] = frozenset(
    {(src, Fase.AFGESLOTEN) for src in Fase if src is not Fase.AFGESLOTEN}
    | {
        (Fase.PLAN, Fase.GESPREK),
        (Fase.EVALUATIE, Fase.TRAJECT),
        (Fase.EVALUATIE, Fase.PLAN),
        (Fase.WAAKVLAM, Fase.GESPREK),
    }
)


@dataclass(frozen=True)
class Overgang:
    van: Fase
    naar: Fase
    reden: str
    door: str
    op: dt.datetime


def transition(current: Fase, target: Fase, reden: str, door: str, op: dt.datetime) -> Overgang:
    """The recorded move from ``current`` to ``target``, or a ValidationError saying why it is not allowed."""
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(FASE_LABELS[f].lower() for f in sorted(TRANSITIONS[current])) or "geen"
        raise ValidationError(
            f"Een casus in fase {FASE_LABELS[current].lower()} kan niet naar {FASE_LABELS[target].lower()}. "
            f"Toegestaan: {allowed}."
        )
    if (current, target) in REASON_REQUIRED and not reden.strip():
        raise ValidationError(f"Geef een reden op voor de overgang naar {FASE_LABELS[target].lower()}.")
    if op.tzinfo is None:
        raise ValueError("transition time must be aware")
    return Overgang(van=current, naar=target, reden=reden.strip(), door=door, op=op)


class Spoed(StrEnum):
    """Situations that need action at once (process chart, aanmelding)."""

    HUISELIJK_GEWELD = "huiselijk_geweld"
    DREIGENDE_ONTRUIMING = "dreigende_ontruiming"
    AFSLUITING_ENERGIE_WATER = "afsluiting_energie_water"
    SUICIDEDREIGING = "suicidedreiging"
    GEEN_INKOMEN = "geen_inkomen"


SPOED_LABELS: dict[Spoed, str] = {
    Spoed.HUISELIJK_GEWELD: "Huiselijk geweld",
    Spoed.DREIGENDE_ONTRUIMING: "Dreigende ontruiming",
    Spoed.AFSLUITING_ENERGIE_WATER: "Afsluiting gas, water of licht",
    Spoed.SUICIDEDREIGING: "Suïcidedreiging",
    Spoed.GEEN_INKOMEN: "Geen inkomen",
}


class Kanaal(StrEnum):
    TELEFOON = "telefoon"
    INLOOP = "inloop"
    WEBSITE = "website"
    EMAIL = "email"
    VERWIJZING = "verwijzing"


@dataclass(frozen=True)
class Aanmelding:
    datum: dt.date
    kanaal: Kanaal
    hulpvraag: str
    verwijzer: str = ""
    betrokken_professionals: tuple[str, ...] = ()
    spoed: frozenset[Spoed] = field(default_factory=frozenset)
    toestemming_gegevensverwerking: bool = False
    uitleg_procedure_gegeven: bool = False

    def validated(self, today: dt.date) -> Aanmelding:
        if self.datum > today:
            raise ValidationError("De aanmelddatum ligt in de toekomst.")
        if not self.hulpvraag.strip():
            raise ValidationError("Vul de hulpvraag in: waarmee wil de inwoner geholpen worden?")
        if self.kanaal is Kanaal.VERWIJZING and not self.verwijzer.strip():
            raise ValidationError("Vul de verwijzer in bij een aanmelding via verwijzing.")
        return Aanmelding(
            datum=self.datum,
            kanaal=self.kanaal,
            hulpvraag=self.hulpvraag.strip(),
            verwijzer=self.verwijzer.strip(),
            betrokken_professionals=tuple(p.strip() for p in self.betrokken_professionals if p.strip()),
            spoed=frozenset(self.spoed),
            toestemming_gegevensverwerking=self.toestemming_gegevensverwerking,
            uitleg_procedure_gegeven=self.uitleg_procedure_gegeven,
        )

    @property
    def is_spoed(self) -> bool:
        return bool(self.spoed)
