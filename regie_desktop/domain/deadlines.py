"""The 12 regiestappen and their deadlines, computed from the dates of a casus's events.

The steps and their terms ("plan binnen zes weken", "contact binnen 10 werkdagen", ...) are agreements
between a team and its providers and change after a pilot, so they are data in
``resources/rules/regiestappen.json``, not code. This module validates that file and does the date
arithmetic; it knows nothing about storage or screens.

Date arithmetic choices:

* ``werkdagen`` uses :class:`WorkCalendar` (the first workday after the anchor counts as 1).
* ``dagen`` and ``weken`` are calendar days. A due date that falls on a weekend or holiday moves to
  the *previous* workday when the offset is 0 or negative ("zes weken vóór het einde": it must be in
  hand before that moment, and a deadline *at* an end date must not slip past it) and to the *next*
  workday when the offset is positive ("binnen zes weken": the period does not end on a day nobody works).
* ``halverwege`` is the middle date between two anchors, rounded down, moved to the next workday.

A deadline's due date is ``None`` while its anchor event has not happened yet.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator, model_validator
from pydantic import ValidationError as PydanticValidationError

from regie_desktop.domain.workdays import WorkCalendar, known_holiday_names
from regie_desktop.errors import RegieError
from regie_desktop.resources import resource

STEP_NUMBERS = frozenset(range(1, 13))
# "deze week" is a rolling window: today and the six days after it (see step_state).
THIS_WEEK_DAYS = 7
_MAX_ERRORS_SHOWN = 5


class RulesFileError(RegieError):
    """The regiestappen rules file is missing, is not JSON, or does not describe 12 valid steps."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class Event(StrEnum):
    """Dated moments of a casus that deadlines are counted from (the ``anchor`` names in the rules file)."""

    AANMELDING = "aanmelding"
    PLAN_ONDERTEKEND = "plan_ondertekend"
    OPDRACHT_VERSTUURD = "opdracht_verstuurd"  # order sent to the aanbieder via the backoffice
    EERSTE_CONTACT = "eerste_contact"  # the aanbieder contacted the worker
    INDICATIE_START = "indicatie_start"
    INDICATIE_EINDE = "indicatie_einde"


class Actor(StrEnum):
    """Who has to act for a step, so a list can show what the worker must chase and what is theirs."""

    WERKER = "werker"
    AANBIEDER = "aanbieder"
    BACKOFFICE = "backoffice"
    CLIENT = "client"


class Unit(StrEnum):
    DAGEN = "dagen"
    WERKDAGEN = "werkdagen"
    WEKEN = "weken"


class StepState(StrEnum):
    GEDAAN = "gedaan"
    TE_LAAT = "te_laat"
    DEZE_WEEK = "deze_week"
    GEPLAND = "gepland"
    ONBEKEND = "onbekend"  # no due date (no rule, or its anchor event has not happened)


class _Model(BaseModel):
    # extra="forbid": a misspelt key in a hand-edited file must fail, not silently mean "no rule".
    model_config = ConfigDict(frozen=True, extra="forbid")


class TermRule(_Model):
    """A term counted from one event: ``offset`` ``unit`` after (or before, when negative) ``anchor``."""

    kind: Literal["termijn"]
    anchor: Event
    offset: StrictInt
    unit: Unit


class HalfwayRule(_Model):
    """The middle of the period between two events, such as the indicatie's start and end."""

    kind: Literal["halverwege"]
    start: Event
    end: Event

    @model_validator(mode="after")
    def _distinct(self) -> HalfwayRule:
        if self.start == self.end:
            raise ValueError("begin en einde van 'halverwege' zijn hetzelfde moment")
        return self


DeadlineRule = Annotated[TermRule | HalfwayRule, Field(discriminator="kind")]


class RegieStep(_Model):
    """One regiestap; ``key`` is what the store records, so it stays stable when a team renames a step."""

    number: StrictInt = Field(ge=1, le=12)
    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    actor: Actor
    deadline: DeadlineRule | None = None
    toelichting: str = ""


class CalendarSettings(_Model):
    """Which holidays the team works and its own closing days: differs per employer, so it is data."""

    holidays_that_are_workdays: frozenset[str] = frozenset()
    extra_days_off: frozenset[dt.date] = frozenset()
    toelichting: str = ""

    @field_validator("holidays_that_are_workdays")
    @classmethod
    def _known_names(cls, names: frozenset[str]) -> frozenset[str]:
        known = {name.casefold() for name in known_holiday_names()}
        unknown = sorted(name for name in names if name.strip().casefold() not in known)
        if unknown:
            raise ValueError(
                f"onbekende feestdag {', '.join(repr(n) for n in unknown)}; "
                f"kies uit {', '.join(sorted(known_holiday_names()))}"
            )
        return names

    def work_calendar(self) -> WorkCalendar:
        return WorkCalendar(
            extra_days_off=self.extra_days_off,
            holidays_that_are_workdays=self.holidays_that_are_workdays,
        )


class Regiestappen(_Model):
    """The whole rules file: version, the 12 steps in order, and the team's working-day calendar."""

    version: StrictInt = Field(ge=1)
    toelichting: str = ""
    calendar: CalendarSettings = CalendarSettings()
    steps: tuple[RegieStep, ...]

    @field_validator("steps")
    @classmethod
    def _in_order(cls, steps: tuple[RegieStep, ...]) -> tuple[RegieStep, ...]:
        # Sorted once here so every consumer can rely on step order, whatever order the file uses.
        return tuple(sorted(steps, key=lambda step: step.number))

    @model_validator(mode="after")
    def _twelve_distinct_steps(self) -> Regiestappen:
        numbers = [step.number for step in self.steps]
        doubles = sorted({n for n in numbers if numbers.count(n) > 1})
        if doubles:
            raise ValueError(f"stapnummer {', '.join(map(str, doubles))} komt meer dan eens voor")
        missing = sorted(STEP_NUMBERS - set(numbers))
        if missing:
            raise ValueError(f"stap {', '.join(map(str, missing))} ontbreekt; er horen 12 regiestappen te zijn")
        keys = [step.key for step in self.steps]
        double_keys = sorted({k for k in keys if keys.count(k) > 1})
        if double_keys:
            raise ValueError(f"sleutel {', '.join(double_keys)} komt meer dan eens voor")
        return self

    def work_calendar(self) -> WorkCalendar:
        return self.calendar.work_calendar()


@dataclass(frozen=True)
class Deadline:
    """A step of one casus with its due date; plain data so screens and reports need no rules model."""

    step_number: int
    key: str
    name: str
    actor: Actor
    due: dt.date | None


# --- loading -----------------------------------------------------------------------------------------


def default_rules_path() -> Path:
    return resource("rules", "regiestappen.json")


def load_rules(path: Path | None = None) -> Regiestappen:
    """Read and validate a rules file; any problem is a RulesFileError with a Dutch message naming the file."""
    path = default_rules_path() if path is None else path
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesFileError(f"Het regelbestand {path.name} kan niet worden gelezen.", path) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulesFileError(
            f"Het regelbestand {path.name} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).", path
        ) from exc
    try:
        return Regiestappen.model_validate(data)
    except PydanticValidationError as exc:
        problems = [_describe(error) for error in exc.errors(include_url=False)]
        shown = "; ".join(problems[:_MAX_ERRORS_SHOWN])
        more = f" (en nog {len(problems) - _MAX_ERRORS_SHOWN})" if len(problems) > _MAX_ERRORS_SHOWN else ""
        raise RulesFileError(f"Het regelbestand {path.name} klopt niet: {shown}{more}.", path) from exc


_DUTCH_MESSAGES = {
    "missing": "ontbreekt",
    "extra_forbidden": "is een onbekend veld",
    "union_tag_invalid": "'kind' moet 'termijn' of 'halverwege' zijn",
    "union_tag_not_found": "'kind' ontbreekt ('termijn' of 'halverwege')",
    "int_type": "moet een geheel getal zijn",
    "string_type": "moet tekst zijn",
    "string_too_short": "mag niet leeg zijn",
    "string_pattern_mismatch": "mag alleen kleine letters, cijfers en _ bevatten",
    "date_type": "moet een datum zijn als 2026-12-24",
    "date_from_datetime_parsing": "moet een datum zijn als 2026-12-24",
    "date_parsing": "moet een datum zijn als 2026-12-24",
    "list_type": "moet een lijst zijn",
    "tuple_type": "moet een lijst zijn",
    "frozen_set_type": "moet een lijst zijn",
    "model_type": "moet een object zijn",
    "model_attributes_type": "moet een object zijn",
}


def _describe(error: Mapping[str, Any]) -> str:
    """One pydantic error in Dutch (pydantic's own are English), with where it is: ``steps[3].deadline.anchor``."""
    where = ""
    for part in error["loc"]:
        if isinstance(part, int):
            where += f"[{part}]"
        elif part not in ("termijn", "halverwege"):  # the union tag pydantic adds to the path
            where += f".{part}" if where else str(part)
    kind = error["type"]
    ctx = error.get("ctx", {})
    if kind == "enum":
        choices = str(ctx.get("expected", "")).replace(" or ", " of ")
        text = f"{error.get('input')!r} is onbekend; kies uit {choices}"
    elif kind in ("greater_than_equal", "less_than_equal"):
        text = "moet 1 tot en met 12 zijn" if where.endswith("number") else f"moet minstens {ctx.get('ge', '')} zijn"
    elif kind == "value_error":
        text = str(ctx.get("error", error["msg"]))
    else:
        text = _DUTCH_MESSAGES.get(kind, "heeft een ongeldige waarde")
    return f"{where}: {text}" if where else text


# --- computing -----------------------------------------------------------------------------------------


def compute_deadlines(rules: Regiestappen, events: Mapping[str, dt.date], calendar: WorkCalendar) -> list[Deadline]:
    """One Deadline per step, in step order; ``due`` is None when the step has no rule or its events are missing."""
    return [
        Deadline(
            step_number=step.number,
            key=step.key,
            name=step.name,
            actor=step.actor,
            due=None if step.deadline is None else _due(step.deadline, events, calendar),
        )
        for step in rules.steps
    ]


def _due(rule: TermRule | HalfwayRule, events: Mapping[str, dt.date], calendar: WorkCalendar) -> dt.date | None:
    if isinstance(rule, HalfwayRule):
        start, end = events.get(rule.start), events.get(rule.end)
        if start is None or end is None:
            return None
        middle = start + dt.timedelta(days=(end - start).days // 2)  # floor: rounds down
        return calendar.workday_on_or_after(middle)
    anchor = events.get(rule.anchor)
    if anchor is None:
        return None
    if rule.unit is Unit.WERKDAGEN:
        raw = calendar.add_workdays(anchor, rule.offset)
    else:
        days = rule.offset * 7 if rule.unit is Unit.WEKEN else rule.offset
        raw = anchor + dt.timedelta(days=days)
    # Only lands on a non-workday for dagen/weken or a werkdagen offset of 0.
    return calendar.workday_on_or_after(raw) if rule.offset > 0 else calendar.workday_on_or_before(raw)


def _is_done(done_on: dt.date | None, today: dt.date) -> bool:
    return done_on is not None and done_on <= today


def step_state(deadline: Deadline, done_on: dt.date | None, today: dt.date) -> StepState:
    """The state of one step as of ``today``.

    A step counts as done only from its ``done_on`` date, so passing an earlier ``today`` gives the
    picture of that day (for a report). ``deze_week`` is a rolling window of :data:`THIS_WEEK_DAYS`
    days starting today, not the ISO week: on a Friday the worker still sees what is due on Monday.
    """
    if _is_done(done_on, today):
        return StepState.GEDAAN
    if deadline.due is None:
        return StepState.ONBEKEND
    if deadline.due < today:
        return StepState.TE_LAAT
    if deadline.due < today + dt.timedelta(days=THIS_WEEK_DAYS):
        return StepState.DEZE_WEEK
    return StepState.GEPLAND


def next_step(deadlines: Iterable[Deadline], done: Mapping[int, dt.date], today: dt.date) -> Deadline | None:
    """The step to look at next: the lowest-numbered open step with a due date, else the lowest open step.

    A step whose clock is running is more pressing than an earlier step without a term, which often
    has simply not been ticked off yet. None when every step is done as of ``today``.
    """
    open_steps = sorted(
        (d for d in deadlines if not _is_done(done.get(d.step_number), today)), key=lambda d: d.step_number
    )
    dated = [d for d in open_steps if d.due is not None]
    if dated:
        return dated[0]
    return open_steps[0] if open_steps else None


def _in_state(
    deadlines: Iterable[Deadline], done: Mapping[int, dt.date], today: dt.date, state: StepState
) -> list[Deadline]:
    found = [d for d in deadlines if step_state(d, done.get(d.step_number), today) is state]
    return sorted(found, key=lambda d: (d.due or dt.date.max, d.step_number))


def due_this_week(deadlines: Iterable[Deadline], done: Mapping[int, dt.date], today: dt.date) -> list[Deadline]:
    """Open steps of one casus due in the coming :data:`THIS_WEEK_DAYS` days, soonest first."""
    return _in_state(deadlines, done, today, StepState.DEZE_WEEK)


def overdue(deadlines: Iterable[Deadline], done: Mapping[int, dt.date], today: dt.date) -> list[Deadline]:
    """Open steps of one casus whose due date has passed, longest overdue first."""
    return _in_state(deadlines, done, today, StepState.TE_LAAT)
