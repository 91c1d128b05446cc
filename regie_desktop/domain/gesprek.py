"""The keukentafelgesprek as recorded: parts visited in any order, nothing forced.

Every text may stay empty and every leefgebied may stay "niet besproken": the Dutch DPA objected to
software that forces irrelevant ZRM fields, so the record holds only what the conversation reached.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from regie_desktop.errors import ValidationError


@dataclass(frozen=True)
class LeefgebiedNotitie:
    """Per person and leefgebied: zorg + kracht = wens."""

    persoon_id: str
    leefgebied: str
    zorg: str = ""
    kracht: str = ""
    wens: str = ""
    niet_besproken: bool = False

    def validated(self, known_leefgebieden: set[str]) -> LeefgebiedNotitie:
        if self.leefgebied not in known_leefgebieden:
            raise ValidationError(f"Onbekend leefgebied '{self.leefgebied}' voor het gekozen instrument.")
        texts = (self.zorg.strip(), self.kracht.strip(), self.wens.strip())
        if self.niet_besproken and any(texts):
            raise ValidationError("Een leefgebied met aantekeningen kan niet tegelijk 'niet besproken' zijn.")
        return LeefgebiedNotitie(self.persoon_id, self.leefgebied, *texts, niet_besproken=self.niet_besproken)


class Informatie(StrEnum):
    """What the worker must tell the client during the gesprek."""

    PRIVACY = "privacy"
    KLACHTENPROCEDURE = "klachtenprocedure"
    CLIENTONDERSTEUNING = "clientondersteuning"


@dataclass(frozen=True)
class GesprekVelden:
    """The parts of the gesprek that belong to the casus as a whole."""

    hulpvraag_toelichting: str = ""
    wederkerigheid: str = ""
    verwachtingen: str = ""
    veiligheid: str = ""
    meldcode: bool = False
    informatie_gegeven: tuple[tuple[Informatie, dt.date], ...] = ()

    def validated(self, today: dt.date) -> GesprekVelden:
        seen: set[Informatie] = set()
        for kind, on in self.informatie_gegeven:
            if on > today:
                raise ValidationError("De datum waarop informatie is gegeven ligt in de toekomst.")
            if kind in seen:
                raise ValidationError("Elk soort informatie staat maar één keer in het gesprek.")
            seen.add(kind)
        if self.meldcode and not self.veiligheid.strip():
            raise ValidationError("Beschrijf bij een meldcode-signaal kort wat u zag of hoorde.")
        return GesprekVelden(
            hulpvraag_toelichting=self.hulpvraag_toelichting.strip(),
            wederkerigheid=self.wederkerigheid.strip(),
            verwachtingen=self.verwachtingen.strip(),
            veiligheid=self.veiligheid.strip(),
            meldcode=self.meldcode,
            informatie_gegeven=tuple(sorted(self.informatie_gegeven)),
        )


@dataclass(frozen=True)
class NetwerkPersoon:
    """Someone around the household: family, neighbour, friend, volunteer."""

    naam: str
    relatie: str
    wat: str = ""  # what they do, or could do
    contact: str = ""

    def validated(self) -> NetwerkPersoon:
        if not self.naam.strip():
            raise ValidationError("Vul de naam van de persoon uit het netwerk in.")
        if not self.relatie.strip():
            raise ValidationError("Vul de relatie in (bijvoorbeeld buurvrouw, zus, vriend).")
        return NetwerkPersoon(self.naam.strip(), self.relatie.strip(), self.wat.strip(), self.contact.strip())
