"""The rules behind the team overview's figures: what counts as "within six weeks", the heaviest inzet of a plan,
how a ZRM change is bucketed, when a casus belongs to a period. Pure functions over plain values.

The figures are what a team reports to its municipality (seed 000/004: doelen bereikt, ZRM change, lead times,
maatwerk used or avoided); the read model (``app.team_overview``) gathers the rows, these rules count them.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from regie_desktop.domain.plan import InzetSoort, PlanContent

INZET_ORDER: tuple[InzetSoort, ...] = (
    InzetSoort.EIGEN_KRACHT,
    InzetSoort.NETWERK,
    InzetSoort.VOORVELD,
    InzetSoort.MAATWERK,
)
"""From light to heavy: "zo licht als mogelijk, zo zwaar als nodig"."""

ZRM_BUCKETS: tuple[int, ...] = (-2, -1, 0, 1, 2, 3)
"""Change buckets of the distribution: -2 stands for "-2 or less", +3 for "+3 or more" (open ends keep the
outer cells, where single households would stand out, from being tiny)."""


@dataclass(frozen=True)
class Period:
    """A closed date range [van, tot]."""

    van: dt.date
    tot: dt.date

    def __post_init__(self) -> None:
        if self.tot < self.van:
            raise ValueError("period ends before it starts")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.van <= day <= self.tot


def active_in(period: Period, aanmelddatum: dt.date, afgesloten_op: dt.date | None) -> bool:
    """A casus counts for a period when it was open on at least one day of it: registered by its end, and not
    closed before its start."""
    return aanmelddatum <= period.tot and (afgesloten_op is None or afgesloten_op >= period.van)


def lead_time_days(aanmelddatum: dt.date, plan_signed_on: dt.date) -> int:
    """Days from the aanmelding to the first signed plan (the "doorlooptijd" the municipality asks about)."""
    return (plan_signed_on - aanmelddatum).days


def within_deadline(plan_signed_on: dt.date, plan_due: dt.date | None) -> bool:
    """Signed on or before the plan's due date from the team's rules (six weeks, moved off a day off)."""
    return plan_due is not None and plan_signed_on <= plan_due


def heaviest_inzet(plan: PlanContent) -> InzetSoort | None:
    """The heaviest support a plan deploys over all its doelen; None when it names no inzet at all."""
    return heaviest_of(i.soort for doel in plan.doelen for i in doel.inzet)


def heaviest_of(soorten: Iterable[InzetSoort]) -> InzetSoort | None:
    """The heaviest of these kinds of inzet (None for none)."""
    found = set(soorten)
    heaviest = None
    for soort in INZET_ORDER:
        if soort in found:
            heaviest = soort
    return heaviest


def zrm_bucket(delta: int) -> int:
    """The distribution bucket of one change: clipped to the outer buckets."""
    return max(ZRM_BUCKETS[0], min(ZRM_BUCKETS[-1], delta))


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def mean(values: Sequence[float]) -> float | None:
    return float(statistics.fmean(values)) if values else None


def share(part: int, whole: int) -> float | None:
    """``part`` as a percentage of ``whole``; None for an empty whole."""
    return 100.0 * part / whole if whole else None


def bucket_counts(deltas: Iterable[int]) -> tuple[int, ...]:
    """How many changes fall in each of ``ZRM_BUCKETS``, in that order."""
    counts = dict.fromkeys(ZRM_BUCKETS, 0)
    for delta in deltas:
        counts[zrm_bucket(delta)] += 1
    return tuple(counts[b] for b in ZRM_BUCKETS)


def bucket_label(bucket: int) -> str:
    if bucket == ZRM_BUCKETS[0]:
        return f"≤ {bucket}"
    if bucket == ZRM_BUCKETS[-1]:
        return f"≥ +{bucket}"
    return f"+{bucket}" if bucket > 0 else str(bucket)
