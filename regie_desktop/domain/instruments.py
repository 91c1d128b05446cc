"""Instrument definitions (ZRM variants, Positieve Gezondheid) as data a team can edit.

Teams use different sets of leefgebieden and labels, so none of them is hard-coded: each instrument is a JSON
file in ``resources/instruments`` (or the folder ``REGIE_RESOURCES`` points to). A file is checked in full when
it is loaded, so a typo in a team's file fails at start-up with the file's name, never halfway through a gesprek.

The descriptions per score (what "3" means for Huisvesting) are licensed text for the official ZRM; they are not
shipped. A team that holds a licence may add them in ``<instrument-id>.descriptions.json``.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints, model_validator
from pydantic import ValidationError as PydanticValidationError

from regie_desktop.errors import RegieError, ValidationError
from regie_desktop.resources import resource

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SCHEMA_FILE = "instrument.schema.json"
DESCRIPTIONS_SUFFIX = ".descriptions.json"
NVT = "nvt"

Slug = Annotated[str, StringConstraints(strict=True, pattern=SLUG_PATTERN, max_length=64)]
Label = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200)]
Version = Annotated[str, StringConstraints(strict=True, pattern=r"^\S+$", max_length=32)]


class InstrumentFileError(RegieError):
    """An instrument or descriptions file cannot be used; the message names the file, never personal data."""


class Leefgebied(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    key: Slug = Field(description="Vaste sleutel, bijvoorbeeld 'huisvesting'; wordt bij scores opgeslagen.")
    label: Label = Field(description="Naam zoals de werker en de cliënt die zien.")


class ScaleLevel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    value: StrictInt = Field(description="De score als geheel getal.")
    label: Label = Field(description="Korte naam van het niveau, bijvoorbeeld 'Beperkt zelfredzaam'.")


class Instrument(BaseModel):
    """One version of one instrument; scores are stored with ``id`` and ``version`` so old ones stay readable."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        title="Instrument",
        # The schema is read by a team's functional administrator, not by a developer.
        json_schema_extra={"description": "Definitie van een instrument voor Regie, zoals een variant van de ZRM."},
    )

    id: Slug = Field(description="Vaste sleutel van het instrument, bijvoorbeeld 'zrm-2017'.")
    version: Version = Field(description="Versie van deze definitie, bijvoorbeeld '2017.1'.")
    name: Label = Field(description="Naam zoals die in Regie verschijnt.")
    leefgebieden: tuple[Leefgebied, ...] = Field(min_length=1, description="De leefgebieden in weergavevolgorde.")
    scale: tuple[ScaleLevel, ...] = Field(min_length=2, description="De niveaus van de schaal, oplopend.")
    nvt_allowed: StrictBool = Field(description="Of 'n.v.t.' een toegestane score is.")

    @model_validator(mode="after")
    def _check_unique_and_ordered(self) -> Instrument:
        keys = [lg.key for lg in self.leefgebieden]
        for key in keys:
            if keys.count(key) > 1:
                raise ValueError(f"leefgebied '{key}' komt meer dan één keer voor")
        values = [level.value for level in self.scale]
        for a, b in itertools.pairwise(values):
            if a == b:
                raise ValueError(f"schaalwaarde {a} komt meer dan één keer voor")
            if a > b:
                raise ValueError("de schaal moet oplopend zijn")
        return self

    @property
    def scale_values(self) -> tuple[int, ...]:
        return tuple(level.value for level in self.scale)

    @property
    def scale_text(self) -> str:
        """As "1–5" for a contiguous scale, else the values listed, so a refusal never suggests a gap is allowed."""
        values = self.scale_values
        if values[-1] - values[0] == len(values) - 1:
            return f"{values[0]}–{values[-1]}"
        return ", ".join(str(v) for v in values)

    def leefgebied(self, key: str) -> Leefgebied:
        for lg in self.leefgebieden:
            if lg.key == key:
                return lg
        raise ValidationError(f"Het leefgebied '{key}' hoort niet bij {self.name}.")

    def validate_score(self, key: str, value: int | str | None) -> None:
        """Refuse a score the instrument does not allow; ``None`` (niet besproken) is always allowed."""
        lg = self.leefgebied(key)
        if value is None:
            return
        if value == NVT:
            if not self.nvt_allowed:
                raise ValidationError(f"N.v.t. is geen geldige score bij {self.name} ({lg.label}).")
            return
        # bool is an int in Python; True must not pass as score 1.
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"Een score voor {lg.label} is een getal in de schaal {self.scale_text}.")
        if value not in self.scale_values:
            raise ValidationError(f"Score {value} past niet in de schaal {self.scale_text} van {lg.label}.")


class _DescriptionsFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    instrument_id: Slug
    instrument_version: Version
    descriptions: dict[str, dict[str, Label]]


_PYDANTIC_MESSAGES = {
    "missing": "ontbreekt",
    "extra_forbidden": "is geen bekend veld",
    "string_pattern_mismatch": "gebruik alleen kleine letters, cijfers en koppeltekens",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang",
    "too_short": "mag niet leeg zijn",
    "string_type": "moet tekst zijn",
    "int_type": "moet een geheel getal zijn",
    "bool_type": "moet true of false zijn",
    "model_type": "moet een object zijn",
    "model_attributes_type": "moet een object zijn",
    "dict_type": "moet een object zijn",
    "tuple_type": "moet een lijst zijn",
}


def _explain(exc: PydanticValidationError) -> str:
    """Pydantic's messages are English; a functional administrator editing a file needs Dutch ones."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"])
        if error["type"] == "value_error":
            what = str(error.get("ctx", {}).get("error", error["msg"]))
        elif error["type"] == "string_pattern_mismatch" and error["loc"][-1] in ("version", "instrument_version"):
            what = "mag niet leeg zijn en geen spaties bevatten"
        else:
            what = _PYDANTIC_MESSAGES.get(error["type"], "heeft een ongeldige waarde")
        parts.append(f"{where}: {what}" if where else what)
    return "; ".join(parts)


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InstrumentFileError(f"Het instrumentbestand {path.name} kan niet worden gelezen.") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InstrumentFileError(
            f"Het instrumentbestand {path.name} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})."
        ) from exc


def load_instrument(path: Path) -> Instrument:
    data = _read_json(path)
    try:
        return Instrument.model_validate(data)
    except PydanticValidationError as exc:
        raise InstrumentFileError(f"Het instrumentbestand {path.name} klopt niet: {_explain(exc)}.") from exc


def _is_instrument_file(path: Path) -> bool:
    return path.name != SCHEMA_FILE and not path.name.endswith(DESCRIPTIONS_SUFFIX)


def load_instruments(directory: Path | None = None) -> dict[str, Instrument]:
    """Every instrument in the folder by id; two files with one id would make stored scores ambiguous."""
    folder = directory if directory is not None else resource("instruments")
    if not folder.is_dir():
        raise InstrumentFileError(f"De map met instrumenten ({folder.name}) ontbreekt.")
    found: dict[str, tuple[Instrument, Path]] = {}
    for path in sorted(p for p in folder.glob("*.json") if _is_instrument_file(p)):
        instrument = load_instrument(path)
        if instrument.id in found:
            other = found[instrument.id][1]
            raise InstrumentFileError(
                f"De instrumentbestanden {other.name} en {path.name} hebben hetzelfde id '{instrument.id}'."
            )
        found[instrument.id] = (instrument, path)
    return {key: instrument for key, (instrument, _) in found.items()}


def load_descriptions(instrument: Instrument, directory: Path | None = None) -> dict[str, dict[int, str]]:
    """The team's own text per leefgebied and score, or nothing when the team has none (the usual case)."""
    folder = directory if directory is not None else resource("instruments")
    path = folder / f"{instrument.id}{DESCRIPTIONS_SUFFIX}"
    if not path.is_file():
        return {}
    data = _read_json(path)
    try:
        parsed = _DescriptionsFile.model_validate(data)
    except PydanticValidationError as exc:
        raise InstrumentFileError(f"Het beschrijvingenbestand {path.name} klopt niet: {_explain(exc)}.") from exc

    def refuse(reason: str) -> InstrumentFileError:
        return InstrumentFileError(f"Het beschrijvingenbestand {path.name} klopt niet: {reason}.")

    if parsed.instrument_id != instrument.id:
        raise refuse(f"het hoort bij instrument '{parsed.instrument_id}', niet bij '{instrument.id}'")
    # Descriptions written for another version may describe other levels; better none than wrong ones.
    if parsed.instrument_version != instrument.version:
        raise refuse(f"het is voor versie {parsed.instrument_version}, het instrument is versie {instrument.version}")
    known_keys = {lg.key for lg in instrument.leefgebieden}
    result: dict[str, dict[int, str]] = {}
    for key, per_score in parsed.descriptions.items():
        if key not in known_keys:
            raise refuse(f"het leefgebied '{key}' hoort niet bij {instrument.name}")
        result[key] = {}
        for raw, text in per_score.items():
            value = _score_key(raw)
            if value is None or value not in instrument.scale_values:
                raise refuse(f"'{raw}' bij {key} is geen score in de schaal {instrument.scale_text}")
            result[key][value] = text
    return result


def _score_key(raw: str) -> int | None:
    try:
        value = int(raw)
    except ValueError:
        return None
    return value if str(value) == raw else None  # refuse " 3", "03", "+3"


def instrument_schema() -> dict[str, Any]:
    return Instrument.model_json_schema()


def instrument_schema_text() -> str:
    """The exact text of ``instrument.schema.json``, so the committed file can be compared and regenerated."""
    return json.dumps(instrument_schema(), indent=2, ensure_ascii=False) + "\n"
