"""The guidance the veiligheid, informatie and netwerk parts of the gesprek show, as data a team can edit.

The meldcode huiselijk geweld en kindermishandeling is a five-step protocol; its wording (and the
veiligheidscheck questions, the information a client must get, the words that sort a relation into a kind
for the ecogram) lives in ``resources/gesprek``. Each file is checked in full when it is read, so a typo in a
team's copy fails with the file's name and a Dutch reason, never halfway through a gesprek.

A team's own folder (``REGIE_RESOURCES``) may hold its own copy; without one the files shipped with Regie
are used.
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StringConstraints, model_validator
from pydantic import ValidationError as PydanticValidationError

from regie_desktop.domain.gesprek import Informatie
from regie_desktop.domain.instruments import SLUG_PATTERN
from regie_desktop.domain.instruments import _explain as explain_pydantic
from regie_desktop.errors import RegieError
from regie_desktop.resources import bundled_resource, resource

MELDCODE_FILE = "meldcode.json"
VEILIGHEIDSCHECK_FILE = "veiligheidscheck.json"
INFORMATIE_FILE = "informatie.json"
RELATIESOORTEN_FILE = "relatiesoorten.json"
MELDCODE_STEPS = 5

Label = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=1000)]
Slug = Annotated[str, StringConstraints(strict=True, pattern=SLUG_PATTERN, max_length=64)]
Word = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, to_lower=True, min_length=2, max_length=40)]


class GesprekFileError(RegieError):
    """A guidance file of the gesprek cannot be used; the message names the file and says why, in Dutch."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MeldcodeStap(_Frozen):
    nummer: StrictInt = Field(description="Het nummer van de stap, 1 tot en met 5.")
    titel: Label = Field(description="Korte naam van de stap.")
    uitleg: Text = Field(description="Wat de werker in deze stap doet, in een paar zinnen.")


class Meldcode(_Frozen):
    """The five steps, in order; the steps are fixed by law, their wording is the team's."""

    naam: Label
    toelichting: Text
    stappen: tuple[MeldcodeStap, ...]

    @model_validator(mode="after")
    def _five_steps_in_order(self) -> Meldcode:
        numbers = [stap.nummer for stap in self.stappen]
        if numbers != list(range(1, MELDCODE_STEPS + 1)):
            raise ValueError(f"de meldcode heeft precies {MELDCODE_STEPS} stappen, genummerd 1 tot en met 5")
        return self


class VeiligheidsVraag(_Frozen):
    key: Slug
    vraag: Text


class Veiligheidscheck(_Frozen):
    inleiding: Text
    vragen: tuple[VeiligheidsVraag, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_keys(self) -> Veiligheidscheck:
        _refuse_duplicates([v.key for v in self.vragen], "vraag")
        return self


class InformatieOnderwerp(_Frozen):
    soort: Informatie
    label: Label
    uitleg: Text = Field(description="In één regel wat de werker de cliënt vertelt.")


class InformatieLijst(_Frozen):
    """What the client must hear, one entry for every kind of ``Informatie``, in the order shown."""

    onderwerpen: tuple[InformatieOnderwerp, ...]

    @model_validator(mode="after")
    def _every_kind_once(self) -> InformatieLijst:
        kinds = [o.soort for o in self.onderwerpen]
        _refuse_duplicates([k.value for k in kinds], "onderwerp")
        missing = [k.value for k in Informatie if k not in kinds]
        if missing:
            raise ValueError(f"het onderwerp '{missing[0]}' ontbreekt")
        return self

    def onderwerp(self, soort: Informatie) -> InformatieOnderwerp:
        return next(o for o in self.onderwerpen if o.soort is soort)


class RelatieSoort(StrEnum):
    """How the ecogram groups the people around a household; ``OVERIG`` when no word of the file matches."""

    FAMILIE = "familie"
    VRIENDEN_BUREN = "vrienden_buren"
    PROFESSIONEEL = "professioneel"
    OVERIG = "overig"


class RelatieSoortRegel(_Frozen):
    soort: RelatieSoort
    label: Label
    voorbeelden: tuple[Label, ...] = Field(default=(), description="Relaties die het invulveld aanbiedt.")
    woorden: tuple[Word, ...] = Field(min_length=1, description="Woorden die een relatie bij deze soort indelen.")


class Relatiesoorten(_Frozen):
    """The words that sort a free-text relation ("buurvrouw", "zus") into a kind; the first match wins."""

    soorten: tuple[RelatieSoortRegel, ...]
    overig_label: Label
    toelichting: str = ""

    @model_validator(mode="after")
    def _each_kind_once(self) -> Relatiesoorten:
        kinds = [r.soort for r in self.soorten]
        if RelatieSoort.OVERIG in kinds:
            raise ValueError("'overig' krijgt geen woorden: daar valt alles onder wat niet past")
        _refuse_duplicates([k.value for k in kinds], "soort")
        missing = [k.value for k in RelatieSoort if k is not RelatieSoort.OVERIG and k not in kinds]
        if missing:
            raise ValueError(f"de soort '{missing[0]}' ontbreekt")
        for regel in self.soorten:
            for voorbeeld in regel.voorbeelden:
                if (found := self.soort_van(voorbeeld)) is not regel.soort:
                    raise ValueError(
                        f"het voorbeeld '{voorbeeld}' bij '{regel.soort.value}' valt onder '{found.value}'"
                    )
        return self

    def soort_van(self, relatie: str) -> RelatieSoort:
        """The kind of ``relatie``: the first kind one of whose words occurs in it (case-insensitive)."""
        text = " ".join(re.split(r"\s+", relatie.strip().lower()))
        for regel in self.soorten:
            if any(word in text for word in regel.woorden):
                return regel.soort
        return RelatieSoort.OVERIG

    def label(self, soort: RelatieSoort) -> str:
        if soort is RelatieSoort.OVERIG:
            return self.overig_label
        return next(r.label for r in self.soorten if r.soort is soort)

    def voorbeelden(self) -> tuple[str, ...]:
        """Relations the netwerk form offers as choices, kind by kind (typing any other relation is fine)."""
        return tuple(v for r in self.soorten for v in r.voorbeelden)


def _refuse_duplicates(keys: list[str], what: str) -> None:
    for key in keys:
        if keys.count(key) > 1:
            raise ValueError(f"{what} '{key}' komt meer dan één keer voor")


M = TypeVar("M", bound=BaseModel)


def _path(name: str, directory: Path | None) -> Path:
    if directory is not None:
        return directory / name
    team_copy = resource("gesprek", name)
    return team_copy if team_copy.is_file() else bundled_resource("gesprek", name)


def _load(model: type[M], name: str, directory: Path | None) -> M:
    path = _path(name, directory)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GesprekFileError(f"Het bestand {path.name} voor het gesprek kan niet worden gelezen.") from exc
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GesprekFileError(
            f"Het bestand {path.name} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})."
        ) from exc
    try:
        return model.model_validate(data)
    except PydanticValidationError as exc:
        raise GesprekFileError(f"Het bestand {path.name} klopt niet: {explain_pydantic(exc)}.") from exc


def load_meldcode(directory: Path | None = None) -> Meldcode:
    return _load(Meldcode, MELDCODE_FILE, directory)


def load_veiligheidscheck(directory: Path | None = None) -> Veiligheidscheck:
    return _load(Veiligheidscheck, VEILIGHEIDSCHECK_FILE, directory)


def load_informatie(directory: Path | None = None) -> InformatieLijst:
    return _load(InformatieLijst, INFORMATIE_FILE, directory)


def load_relatiesoorten(directory: Path | None = None) -> Relatiesoorten:
    return _load(Relatiesoorten, RELATIESOORTEN_FILE, directory)
