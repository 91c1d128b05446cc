"""Working days as a sociaal wijkteam counts them, for deadlines such as "binnen 10 werkdagen".

Dutch public holidays come from ``holidays.NL`` (Dutch names, computed lazily per year), so Easter,
Hemelvaart and Pinksteren move with the calendar without a table to maintain. Which holidays a team
really has off differs per employer: many municipalities work on Goede vrijdag, and Bevrijdingsdag is
a day off in some collective agreements only every five years. So the calendar takes two settings from
the rules file: holiday names that count as a workday, and extra days off (a team's closing days).

Counting convention, used by every function here: adding ``n > 0`` workdays to ``d`` counts the first
workday *after* ``d`` as 1, the way "binnen 10 werkdagen na verzending" is read; ``d`` itself never
counts. Negative ``n`` mirrors this backwards. ``n == 0`` returns ``d`` unchanged, even on a weekend,
so that 0 stays the neutral element; use :meth:`WorkCalendar.workday_on_or_after` and friends to roll.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

import holidays

_SATURDAY = 5  # date.weekday(): Monday is 0
_ONE_DAY = dt.timedelta(days=1)
# Years scanned to learn every name holidays.NL can give (Koninginnedag before 2014, Bevrijdingsdag in lustrum years).
_NAME_SCAN_YEARS = range(1990, 2041)


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> Mapping[dt.date, tuple[str, ...]]:
    """Dutch public holidays of one year, each with all its names (two holidays can share a date)."""
    calendar = holidays.country_holidays("NL", years=year, language="nl")
    return MappingProxyType({day: tuple(calendar.get_list(day)) for day in sorted(calendar)})


@lru_cache(maxsize=1)
def known_holiday_names() -> frozenset[str]:
    """Every holiday name holidays.NL uses, so a rules file with a typo ("Goede Vrijdg") can be refused."""
    calendar = holidays.country_holidays("NL", years=_NAME_SCAN_YEARS, language="nl")
    return frozenset(name for day in calendar for name in calendar.get_list(day))


def _fold(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name.strip().casefold() for name in names)


@dataclass(frozen=True)
class WorkCalendar:
    """Which days a team works: Monday to Friday minus public holidays and its own days off.

    ``holidays_that_are_workdays`` holds holiday names as holidays.NL spells them in Dutch
    (compared without regard to case); an unknown name raises ``ValueError`` because a typo would
    otherwise silently keep the holiday as a day off.
    """

    extra_days_off: frozenset[dt.date] = frozenset()
    holidays_that_are_workdays: frozenset[str] = frozenset()
    _worked: frozenset[str] = field(init=False, repr=False, compare=False)
    # Answers per date: deadline overviews ask about the same few hundred dates thousands of times.
    _memo: dict[dt.date, bool] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        worked = _fold(self.holidays_that_are_workdays)
        unknown = worked - _fold(known_holiday_names())
        if unknown:
            raise ValueError(f"unknown holiday name(s): {', '.join(sorted(unknown))}")
        object.__setattr__(self, "_worked", worked)  # frozen: set once, here

    def holiday_names(self, day: dt.date) -> tuple[str, ...]:
        """The public holiday names of ``day`` (empty on an ordinary day), whether or not the team works."""
        return _public_holidays(day.year).get(day, ())

    def is_workday(self, day: dt.date) -> bool:
        known = self._memo.get(day)
        if known is None:
            known = self._memo[day] = self._is_workday(day)
        return known

    def _is_workday(self, day: dt.date) -> bool:
        if day.weekday() >= _SATURDAY or day in self.extra_days_off:
            return False
        names = self.holiday_names(day)
        if not names:
            return True
        # A date with two holidays is a workday only if the team works on both.
        return all(name.casefold() in self._worked for name in names)

    def workday_on_or_after(self, day: dt.date) -> dt.date:
        while not self.is_workday(day):
            day += _ONE_DAY
        return day

    def workday_on_or_before(self, day: dt.date) -> dt.date:
        while not self.is_workday(day):
            day -= _ONE_DAY
        return day

    def add_workdays(self, day: dt.date, n: int) -> dt.date:
        """The ``n``-th workday after ``day`` (before it when ``n < 0``); ``day`` itself is never counted.

        ``n == 0`` returns ``day`` as given. For ``n != 0`` the result is always a workday, and
        ``add_workdays(add_workdays(d, n), -n) == d`` whenever ``d`` is a workday.
        """
        step = _ONE_DAY if n > 0 else -_ONE_DAY
        remaining = abs(n)
        while remaining:
            day += step
            if self.is_workday(day):
                remaining -= 1
        return day

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """How many workdays lie from ``start`` to ``end``, counted like :meth:`add_workdays`.

        For ``start <= end`` these are the workdays in ``(start, end]``; for ``start > end`` it is minus
        the workdays in ``[end, start)``. So ``workdays_between(d, add_workdays(d, n)) == n`` for any
        ``d`` and ``n``, and a weekend-only span counts 0.
        """
        if start > end:
            return -self._count(end, start - _ONE_DAY)
        return self._count(start + _ONE_DAY, end)

    def _count(self, first: dt.date, last: dt.date) -> int:
        """Workdays in the closed range ``[first, last]`` (0 when it is empty)."""
        count = 0
        day = first
        while day <= last:
            count += self.is_workday(day)
            day += _ONE_DAY
        return count
