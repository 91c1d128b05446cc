"""What the "Nieuwe aanmelding" form holds, as plain data: the draft that autosave keeps.

Everything is kept as typed (text, not parsed dates or checked BSNs): a draft may be half-finished or wrong,
and restoring it must give back exactly what the worker saw. ``from_payload`` accepts any JSON object and
ignores what it does not understand, so an old or damaged draft never stops the form from opening.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar

DRAFT_KIND = "aanmelding"
FORMAT_VERSION = 1


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    return value if isinstance(value, str) else ""


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    return value if isinstance(value, bool) else False


@dataclass
class PersonState:
    """One person's fields, as typed; ``rol`` is a ``Rol`` value or empty for the form's default."""

    voornamen: str = ""
    tussenvoegsel: str = ""
    achternaam: str = ""
    geboortedatum: str = ""
    bsn: str = ""
    telefoon: str = ""
    email: str = ""
    rol: str = ""

    @classmethod
    def from_payload(cls, data: object) -> PersonState:
        if not isinstance(data, dict):
            return cls()
        return cls(**{f.name: _text(data, f.name) for f in fields(cls)})

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self) if f.name != "rol")


@dataclass
class AanmeldingState:
    """The whole form; ``persons[0]`` is the aanvrager (there is always at least one person)."""

    persons: list[PersonState] = field(default_factory=lambda: [PersonState()])
    straat: str = ""
    huisnummer: str = ""
    postcode: str = ""
    woonplaats: str = ""
    kanaal: str = ""
    verwijzer: str = ""
    hulpvraag: str = ""
    professionals: str = ""
    spoed: list[str] = field(default_factory=list)
    toestemming: bool = False
    uitleg: bool = False

    TEXTS: ClassVar[tuple[str, ...]] = (
        "straat",
        "huisnummer",
        "postcode",
        "woonplaats",
        "kanaal",
        "verwijzer",
        "hulpvraag",
        "professionals",
    )

    def to_payload(self) -> dict[str, Any]:
        """A plain JSON object (what ``save_draft`` stores)."""
        return {"format": FORMAT_VERSION, **asdict(self)}

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> AanmeldingState:
        raw_persons = data.get("persons")
        persons = [PersonState.from_payload(p) for p in raw_persons] if isinstance(raw_persons, list) else []
        raw_spoed = data.get("spoed")
        spoed = [s for s in raw_spoed if isinstance(s, str)] if isinstance(raw_spoed, list) else []
        return cls(
            persons=persons or [PersonState()],
            spoed=spoed,
            toestemming=_flag(data, "toestemming"),
            uitleg=_flag(data, "uitleg"),
            **{name: _text(data, name) for name in cls.TEXTS},
        )

    def is_empty(self) -> bool:
        """Nothing typed or ticked (the kanaal alone is a default, not input): no draft is worth keeping."""
        texts = (getattr(self, name) for name in self.TEXTS if name != "kanaal")
        return (
            len(self.persons) == 1
            and self.persons[0].is_empty()
            and not any(t.strip() for t in texts)
            and not self.spoed
            and not self.toestemming
            and not self.uitleg
        )
