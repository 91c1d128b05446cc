"""Dated scores per leefgebied, and the change between them, which is how a team shows its results.

An assessment stores the instrument's id and version, not its labels: a team may rename a leefgebied or move
to a new instrument version, and old assessments must keep meaning what they meant when they were made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from regie_desktop.domain.instruments import NVT, Instrument
from regie_desktop.errors import ValidationError

STALE_AFTER_DAYS = 30

AssessedBy = Literal["werker", "client"]


@dataclass(frozen=True)
class Score:
    """``value`` None and ``nvt`` False is "niet besproken": not discussed, which is not the same as n.v.t."""

    leefgebied: str
    value: int | None
    nvt: bool = False

    @property
    def besproken(self) -> bool:
        return self.nvt or self.value is not None

    @property
    def numeric(self) -> int | None:
        return None if self.nvt else self.value


@dataclass(frozen=True)
class Assessment:
    """One ZRM (or other instrument) filled in on one day; ``by`` "client" is the client's self-assessment."""

    person_id: str
    instrument_id: str
    instrument_version: str
    assessed_on: dt.date
    scores: tuple[Score, ...]
    by: AssessedBy = "werker"

    def validated(self, instrument: Instrument, today: dt.date) -> Assessment:
        """The assessment itself, or a ValidationError naming the first problem."""
        if (self.instrument_id, self.instrument_version) != (instrument.id, instrument.version):
            raise ValidationError(
                f"Deze meting hoort bij {self.instrument_id} versie {self.instrument_version}, "
                f"niet bij {instrument.id} versie {instrument.version}."
            )
        if self.by not in ("werker", "client"):
            raise ValidationError("Een meting is ingevuld door de werker of door de cliënt zelf.")
        if self.assessed_on > today:
            raise ValidationError("De datum van de meting ligt in de toekomst.")
        seen: set[str] = set()
        for score in self.scores:
            if score.leefgebied in seen:
                label = instrument.leefgebied(score.leefgebied).label
                raise ValidationError(f"Het leefgebied {label} heeft meer dan één score in deze meting.")
            seen.add(score.leefgebied)
            if score.nvt and score.value is not None:
                label = instrument.leefgebied(score.leefgebied).label
                raise ValidationError(f"Kies bij {label} een score óf n.v.t., niet allebei.")
            instrument.validate_score(score.leefgebied, NVT if score.nvt else score.value)
        return self

    def score(self, leefgebied: str) -> Score | None:
        for s in self.scores:
            if s.leefgebied == leefgebied:
                return s
        return None


def change(previous: Assessment, current: Assessment) -> dict[str, int | None]:
    """Per leefgebied ``current - previous``; None when either side has no number (n.v.t. or not discussed)."""
    if previous.instrument_id != current.instrument_id:
        raise ValidationError("Metingen met verschillende instrumenten zijn niet met elkaar te vergelijken.")
    keys = dict.fromkeys([s.leefgebied for s in previous.scores] + [s.leefgebied for s in current.scores])
    result: dict[str, int | None] = {}
    for key in keys:
        before, after = previous.score(key), current.score(key)
        a = before.numeric if before else None
        b = after.numeric if after else None
        result[key] = None if a is None or b is None else b - a
    return result


def is_stale(assessed_on: dt.date, today: dt.date) -> bool:
    """Older than ``STALE_AFTER_DAYS``: a score of exactly 30 days ago still counts as current."""
    return (today - assessed_on).days > STALE_AFTER_DAYS


def latest_per_leefgebied(assessments: Iterable[Assessment]) -> dict[str, tuple[Score, dt.date]]:
    """The most recent discussed score per leefgebied across one person's history, with its date.

    A leefgebied not discussed in the last assessment keeps its earlier score: a short follow-up gesprek on two
    leefgebieden does not erase what is known of the others. On one date, the assessment given later wins.
    """
    ordered = list(assessments)
    if len({a.person_id for a in ordered}) > 1 or len({a.instrument_id for a in ordered}) > 1:
        # Mixing would merge unrelated scores under a shared key such as "huisvesting": a caller's bug.
        raise ValueError("latest_per_leefgebied needs the assessments of one person with one instrument")
    latest: dict[str, tuple[Score, dt.date]] = {}
    for assessment in sorted(ordered, key=lambda a: a.assessed_on):  # stable: input order breaks ties
        for score in assessment.scores:
            if score.besproken:
                latest[score.leefgebied] = (score, assessment.assessed_on)
    return latest


def stale_leefgebieden(assessments: Iterable[Assessment], today: dt.date) -> list[str]:
    """Leefgebieden whose latest discussed score is stale, oldest first; never-discussed ones are not listed."""
    latest = latest_per_leefgebied(assessments)
    stale = [(on, key) for key, (_, on) in latest.items() if is_stale(on, today)]
    return [key for _, key in sorted(stale, key=lambda item: item[0])]
