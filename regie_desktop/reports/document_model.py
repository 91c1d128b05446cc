"""What a plan document shows, as plain values: the renderer never reaches into the database or the app layer.

The layers contract puts ``reports`` below ``app``: a use case in ``app`` loads the household, the signed
version, the consent and the settings and assembles a ``PlanDocument``; ``plan_pdf`` only draws it. Keeping
the input a frozen value also makes the documents easy to test with synthetic data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from regie_desktop.domain.consent import Consent
from regie_desktop.domain.plan import Doel, PlanContent


@dataclass(frozen=True)
class DocumentPersoon:
    """A member of the household as the documents show them.

    ``bsn`` and ``geboortedatum`` appear only in the full version (see ``plan_pdf`` for what the provider gets).
    """

    naam: str
    rol: str
    geboortedatum: dt.date | None = None
    bsn: str | None = None


@dataclass(frozen=True)
class InformatieGegeven:
    """One subject the worker told the client about (privacy, klachtenprocedure, ...) and when."""

    onderwerp: str
    datum: dt.date


@dataclass(frozen=True)
class PlanDocument:
    """Everything a plan PDF or consent receipt shows for one plan version.

    ``leefgebieden`` are the instrument's (key, label) pairs in display order; doelen whose leefgebied is not
    listed are shown under their key. ``consent`` is None for a concept (no signatures, nothing withheld).
    ``datum`` is the date printed in the footer: the signing date for a signed version.
    """

    gemeente: str
    personen: tuple[DocumentPersoon, ...]
    adres: str
    werker_naam: str
    werker_team: str
    plan: PlanContent
    plan_hash: str
    leefgebieden: tuple[tuple[str, str], ...]
    datum: dt.date
    informatie_gegeven: tuple[InformatieGegeven, ...] = ()
    consent: Consent | None = None
    logo_path: Path | None = None

    @property
    def version(self) -> int:
        return self.plan.version

    @property
    def withheld(self) -> frozenset[str]:
        """Leefgebied keys withheld from the provider (Plan B); empty without consent."""
        return frozenset(self.consent.withheld_leefgebieden) if self.consent is not None else frozenset()

    def label(self, leefgebied: str) -> str:
        return dict(self.leefgebieden).get(leefgebied, leefgebied)

    def leefgebied_order(self) -> list[str]:
        """Instrument leefgebieden first (in their order), then any key only a doel uses."""
        keys = [key for key, _ in self.leefgebieden]
        keys.extend(dict.fromkeys(d.leefgebied for d in self.plan.doelen if d.leefgebied not in keys))
        return keys

    def doelen_in(self, leefgebied: str) -> Sequence[Doel]:
        return [d for d in self.plan.doelen if d.leefgebied == leefgebied]
