"""The plan a worker and client make at the kitchen table: doelen per leefgebied, acties, inzet.

A plan version is hashed and signed, so it has exactly one canonical form (``canonical_plan``). Once
signed it is immutable: a change makes a new version that needs new consent (DESIGN.md, Data). The
leefgebieden come from the instrument definition (data, never hard-coded), so validation takes them as
an argument.

Validation messages never quote what a worker typed (they may end up in a screenshot or log); they name
the doel and actie by position instead.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from regie_desktop.domain.canonical import canonical_json
from regie_desktop.errors import ValidationError

# Part of the canonical form: if the shape ever changes, old signed versions still hash to what was signed.
PLAN_FORMAT = 1


class PlanStatus(StrEnum):
    CONCEPT = "concept"
    ONDERTEKEND = "ondertekend"


def ensure_editable(status: PlanStatus) -> None:
    """Refuse edits to a signed version: the client consented to exactly that text."""
    if status != PlanStatus.CONCEPT:  # fail closed: anything but a concept is frozen
        raise ValidationError("Een ondertekend plan kan niet meer worden gewijzigd; maak een nieuwe versie.")


def ensure_signable(plan: PlanContent, known_leefgebieden: AbstractSet[str], today: dt.date) -> PlanContent:
    """The complete, trimmed plan, or a ValidationError saying what is missing before the client can sign.

    A concept may be stored half-way (``PlanContent.concept``); a signature binds the client to the text,
    so only a plan with at least one doel and every doel, actie and inzet filled in can be signed.
    """
    if not plan.doelen:
        raise ValidationError("Het plan heeft nog geen doel. Voeg minstens één doel toe voordat er getekend wordt.")
    return plan.validated(known_leefgebieden, today)


class WieSoort(StrEnum):
    """Who carries out an actie; lets reports show how much rests on eigen kracht, netwerk and voorveld."""

    CLIENT = "client"
    HUISHOUDEN = "huishouden"
    NETWERK = "netwerk"
    WERKER = "werker"
    VOORVELD = "voorveld"
    AANBIEDER = "aanbieder"


class InzetSoort(StrEnum):
    """From light to heavy (zo licht als mogelijk, zo zwaar als nodig); only maatwerk is ordered via the BO."""

    EIGEN_KRACHT = "eigen_kracht"
    NETWERK = "netwerk"
    VOORVELD = "voorveld"
    MAATWERK = "maatwerk"


@dataclass(frozen=True)
class Actie:
    """One step towards a doel: wie, wat, wanneer. ``wanneer`` may stay open ("zo snel mogelijk")."""

    wie: str
    wie_soort: WieSoort
    wat: str
    wanneer: dt.date | None = None


@dataclass(frozen=True)
class Inzet:
    """Support deployed for a doel. Maatwerk needs the product code the backoffice orders (e.g. BGI)."""

    soort: InzetSoort
    omschrijving: str
    productcode: str = ""


@dataclass(frozen=True)
class Doel:
    """A result-oriented goal in one leefgebied; ``zes`` is the agreed '6', what 'good enough' looks like."""

    id: str
    leefgebied: str
    omschrijving: str
    zes: str = ""
    acties: tuple[Actie, ...] = ()
    inzet: tuple[Inzet, ...] = ()


@dataclass(frozen=True)
class PlanContent:
    """Everything the client signs for one version; order of doelen and acties is part of the text."""

    casus_id: str
    version: int
    instrument_id: str
    doelen: tuple[Doel, ...]
    tussenevaluatie: dt.date | None = None
    toelichting: str = ""

    def validated(self, known_leefgebieden: AbstractSet[str], today: dt.date) -> PlanContent:
        """A copy with trimmed text, or a ValidationError naming the first problem.

        ``known_leefgebieden`` are the ids of the plan's instrument. ``zes`` and an empty list of doelen
        are allowed; whether a plan is complete enough to sign is ``ensure_signable``.
        """
        return self._checked(known_leefgebieden, today, complete=True)

    def concept(self, known_leefgebieden: AbstractSet[str]) -> PlanContent:
        """A trimmed copy fit to store as a concept: texts may still be empty, dates may have passed.

        An autosave fires while the worker is half-way through a doel or an actie; refusing that would
        lose what was typed. Only what no later typing can repair (a foreign leefgebied, a duplicate id)
        is refused here.
        """
        return self._checked(known_leefgebieden, None, complete=False)

    def _checked(self, known_leefgebieden: AbstractSet[str], today: dt.date | None, complete: bool) -> PlanContent:
        if not self.casus_id.strip():
            raise ValidationError("Het plan hoort niet bij een casus.")
        if self.version < 1:
            raise ValidationError("Het versienummer van het plan moet 1 of hoger zijn.")
        if not self.instrument_id.strip():
            raise ValidationError("Kies het instrument (de set leefgebieden) voor het plan.")
        if today is not None and self.tussenevaluatie is not None and self.tussenevaluatie < today:
            raise ValidationError("De datum van de tussenevaluatie ligt in het verleden.")
        seen: set[str] = set()
        doelen = []
        for n, doel in enumerate(self.doelen, start=1):
            checked = _validated_doel(doel, n, known_leefgebieden, complete)
            if checked.id in seen:
                raise ValidationError(f"Doel {n} heeft hetzelfde id als een eerder doel; elk doel heeft een eigen id.")
            seen.add(checked.id)
            doelen.append(checked)
        return PlanContent(
            casus_id=self.casus_id.strip(),
            version=self.version,
            instrument_id=self.instrument_id.strip(),
            doelen=tuple(doelen),
            tussenevaluatie=self.tussenevaluatie,
            toelichting=self.toelichting.strip(),
        )


def _validated_doel(doel: Doel, n: int, known_leefgebieden: AbstractSet[str], complete: bool = True) -> Doel:
    if not doel.id.strip():
        raise ValidationError(f"Doel {n} heeft geen id.")
    leefgebied = doel.leefgebied.strip()
    if leefgebied not in known_leefgebieden:
        raise ValidationError(f"Doel {n}: het leefgebied '{leefgebied}' hoort niet bij het gekozen instrument.")
    if complete and not doel.omschrijving.strip():
        raise ValidationError(f"Doel {n}: vul de omschrijving van het doel in.")
    acties = []
    for m, actie in enumerate(doel.acties, start=1):
        if complete and not actie.wie.strip():
            raise ValidationError(f"Doel {n}, actie {m}: vul in wie de actie uitvoert.")
        if complete and not actie.wat.strip():
            raise ValidationError(f"Doel {n}, actie {m}: vul in wat er gebeurt.")
        acties.append(replace(actie, wie=actie.wie.strip(), wat=actie.wat.strip()))
    inzet = []
    for m, item in enumerate(doel.inzet, start=1):
        if complete and not item.omschrijving.strip():
            raise ValidationError(f"Doel {n}, inzet {m}: vul de omschrijving van de inzet in.")
        code = item.productcode.strip().upper()
        if complete and item.soort is InzetSoort.MAATWERK and not code:
            raise ValidationError(
                f"Doel {n}, inzet {m}: maatwerk heeft een productcode nodig, zoals BGI (begeleiding individueel)."
            )
        if complete and item.soort is not InzetSoort.MAATWERK and code:
            raise ValidationError(f"Doel {n}, inzet {m}: alleen maatwerk heeft een productcode.")
        inzet.append(Inzet(soort=item.soort, omschrijving=item.omschrijving.strip(), productcode=code))
    return Doel(
        id=doel.id.strip(),
        leefgebied=leefgebied,
        omschrijving=doel.omschrijving.strip(),
        zes=doel.zes.strip(),
        acties=tuple(acties),
        inzet=tuple(inzet),
    )


# --- canonical form and hash -------------------------------------------------------------------------


def canonical_plan(plan: PlanContent) -> dict[str, Any]:
    """The plan as plain JSON types only (str, int, bool, None, list, dict): what is hashed and stored."""
    return {
        "format": PLAN_FORMAT,
        "casus_id": plan.casus_id,
        "version": plan.version,
        "instrument_id": plan.instrument_id,
        "tussenevaluatie": _iso_or_none(plan.tussenevaluatie),
        "toelichting": plan.toelichting,
        "doelen": [
            {
                "id": doel.id,
                "leefgebied": doel.leefgebied,
                "omschrijving": doel.omschrijving,
                "zes": doel.zes,
                "acties": [
                    {"wie": a.wie, "wie_soort": a.wie_soort.value, "wat": a.wat, "wanneer": _iso_or_none(a.wanneer)}
                    for a in doel.acties
                ],
                "inzet": [
                    {"soort": i.soort.value, "omschrijving": i.omschrijving, "productcode": i.productcode}
                    for i in doel.inzet
                ],
            }
            for doel in plan.doelen
        ],
    }


def plan_from_canonical(data: Mapping[str, Any]) -> PlanContent:
    """The inverse of ``canonical_plan``; a ValueError if ``data`` is not a canonical plan of a known format.

    Strict on types (no int for str, no extra guessing) because a record that does not parse exactly is
    not the record that was signed.
    """
    if _int(data, "format") != PLAN_FORMAT:
        raise ValueError(f"unknown plan format {data.get('format')!r}")
    return PlanContent(
        casus_id=_str(data, "casus_id"),
        version=_int(data, "version"),
        instrument_id=_str(data, "instrument_id"),
        tussenevaluatie=_date_or_none(data, "tussenevaluatie"),
        toelichting=_str(data, "toelichting"),
        doelen=tuple(_doel_from_canonical(d) for d in _list(data, "doelen")),
    )


def _doel_from_canonical(data: Any) -> Doel:
    if not isinstance(data, Mapping):
        raise ValueError("a doel must be an object")
    return Doel(
        id=_str(data, "id"),
        leefgebied=_str(data, "leefgebied"),
        omschrijving=_str(data, "omschrijving"),
        zes=_str(data, "zes"),
        acties=tuple(
            Actie(
                wie=_str(a, "wie"),
                wie_soort=WieSoort(_str(a, "wie_soort")),
                wat=_str(a, "wat"),
                wanneer=_date_or_none(a, "wanneer"),
            )
            for a in _mappings(data, "acties")
        ),
        inzet=tuple(
            Inzet(
                soort=InzetSoort(_str(i, "soort")),
                omschrijving=_str(i, "omschrijving"),
                productcode=_str(i, "productcode"),
            )
            for i in _mappings(data, "inzet")
        ),
    )


def plan_hash(plan: PlanContent) -> str:
    """SHA-256 (hex) of the canonical JSON: the value the consent record and the signature bind to."""
    return hashlib.sha256(canonical_json(canonical_plan(plan)).encode("utf-8")).hexdigest()


def _iso_or_none(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _str(data: Mapping[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return value


def _int(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{key} must be an integer")
    return value


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data[key]
    if not isinstance(value, list):
        raise ValueError(f"{key} must be a list")
    return value


def _mappings(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    items = _list(data, key)
    if not all(isinstance(item, Mapping) for item in items):
        raise ValueError(f"every item of {key} must be an object")
    return items


def _date_or_none(data: Mapping[str, Any], key: str) -> dt.date | None:
    value = data[key]
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} must be an ISO date or null")
    parsed = dt.date.fromisoformat(value)
    if parsed.isoformat() != value:  # refuse '20260102' and other forms that would hash differently
        raise ValueError(f"{key} is not in canonical ISO form")
    return parsed


# --- comparing versions ------------------------------------------------------------------------------


class ChangeKind(StrEnum):
    ADDED = "toegevoegd"
    REMOVED = "verwijderd"
    CHANGED = "gewijzigd"


@dataclass(frozen=True)
class ActieChange:
    """One actie added, removed or changed; ``fields`` names what changed (only for CHANGED)."""

    kind: ChangeKind
    old: Actie | None
    new: Actie | None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanChange:
    """What happened to one doel between two versions, matched by doel id.

    For CHANGED, ``fields`` names the changed doel fields (leefgebied, omschrijving, zes, inzet) and
    ``acties`` lists the actie changes. For ADDED and REMOVED the whole doel is in ``new`` or ``old``
    and ``acties`` stays empty: the view shows the doel as a whole.
    """

    kind: ChangeKind
    doel_id: str
    old: Doel | None
    new: Doel | None
    fields: tuple[str, ...] = ()
    acties: tuple[ActieChange, ...] = ()


_DOEL_FIELDS = ("leefgebied", "omschrijving", "zes", "inzet")
_ACTIE_FIELDS = ("wie", "wie_soort", "wat", "wanneer")
_PLAN_FIELDS = ("instrument_id", "tussenevaluatie", "toelichting")


def diff_plans(old: PlanContent, new: PlanContent) -> list[PlanChange]:
    """Per doel what changed from ``old`` to ``new``, for the compare view.

    Order: doelen of ``new`` in their order (added or changed), then removed doelen in their old order.
    A doel that only moved is not reported. Acties have no id, so they are aligned as sequences
    (difflib): an inserted actie shows as one addition, not as every later actie changed.
    """
    old_by_id = {d.id: d for d in old.doelen}
    new_ids = {d.id for d in new.doelen}
    changes: list[PlanChange] = []
    for doel in new.doelen:
        before = old_by_id.get(doel.id)
        if before is None:
            changes.append(PlanChange(ChangeKind.ADDED, doel.id, None, doel))
            continue
        fields = tuple(f for f in _DOEL_FIELDS if getattr(before, f) != getattr(doel, f))
        acties = _diff_acties(before.acties, doel.acties)
        if fields or acties:
            changes.append(PlanChange(ChangeKind.CHANGED, doel.id, before, doel, fields, acties))
    changes.extend(PlanChange(ChangeKind.REMOVED, d.id, d, None) for d in old.doelen if d.id not in new_ids)
    return changes


def changed_plan_fields(old: PlanContent, new: PlanContent) -> tuple[str, ...]:
    """The plan-level fields (not per doel) that differ: instrument_id, tussenevaluatie, toelichting."""
    return tuple(f for f in _PLAN_FIELDS if getattr(old, f) != getattr(new, f))


def _diff_acties(old: Sequence[Actie], new: Sequence[Actie]) -> tuple[ActieChange, ...]:
    changes: list[ActieChange] = []
    matcher = difflib.SequenceMatcher(None, list(old), list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed, added = list(old[i1:i2]), list(new[j1:j2])
        paired = min(len(removed), len(added))  # a 'replace' block: pair up as edits, the rest is add/remove
        for a, b in zip(removed[:paired], added[:paired], strict=True):
            changes.append(
                ActieChange(ChangeKind.CHANGED, a, b, tuple(f for f in _ACTIE_FIELDS if getattr(a, f) != getattr(b, f)))
            )
        changes.extend(ActieChange(ChangeKind.REMOVED, a, None) for a in removed[paired:])
        changes.extend(ActieChange(ChangeKind.ADDED, None, b) for b in added[paired:])
    return tuple(changes)
