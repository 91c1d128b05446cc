import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from regie_desktop.domain.workdays import WorkCalendar, known_holiday_names

D = dt.date
NL = WorkCalendar()
GOEDE_VRIJDAG_WERKT = WorkCalendar(holidays_that_are_workdays=frozenset({"Goede vrijdag"}))
TEAM = WorkCalendar(
    extra_days_off=frozenset({D(2026, 12, 24), D(2026, 12, 31)}),
    holidays_that_are_workdays=frozenset({"Goede vrijdag"}),
)


def test_weekends_and_2026_holidays_are_not_workdays() -> None:
    assert NL.is_workday(D(2026, 4, 23))  # Thursday
    assert not NL.is_workday(D(2026, 4, 25))  # Saturday
    assert not NL.is_workday(D(2026, 4, 26))  # Sunday
    for holiday in (D(2026, 4, 27), D(2026, 5, 14), D(2026, 5, 25), D(2026, 12, 25), D(2026, 1, 1), D(2026, 4, 6)):
        assert not NL.is_workday(holiday), holiday
    assert NL.holiday_names(D(2026, 4, 27)) == ("Koningsdag",)


def test_bevrijdingsdag_only_in_lustrum_years() -> None:
    assert not NL.is_workday(D(2025, 5, 5))  # Monday, lustrum year
    assert NL.is_workday(D(2026, 5, 5))  # Tuesday, ordinary year


def test_goede_vrijdag_is_decided_by_the_rules() -> None:
    assert not NL.is_workday(D(2026, 4, 3))
    assert GOEDE_VRIJDAG_WERKT.is_workday(D(2026, 4, 3))
    # Names are compared without regard to case: "Goede Vrijdag" is what people type.
    assert WorkCalendar(holidays_that_are_workdays=frozenset({"Goede Vrijdag"})).is_workday(D(2026, 4, 3))


def test_unknown_holiday_name_is_refused() -> None:
    assert "Goede vrijdag" in known_holiday_names()
    with pytest.raises(ValueError, match="goede vrijdg"):
        WorkCalendar(holidays_that_are_workdays=frozenset({"Goede vrijdg"}))


def test_a_date_with_two_holidays_needs_both_worked() -> None:
    # 5 May 2005 was both Bevrijdingsdag and Hemelvaartsdag.
    both = D(2005, 5, 5)
    assert WorkCalendar(holidays_that_are_workdays=frozenset({"Bevrijdingsdag"})).is_workday(both) is False
    assert WorkCalendar(holidays_that_are_workdays=frozenset({"Bevrijdingsdag", "Hemelvaartsdag"})).is_workday(both)


def test_extra_days_off() -> None:
    assert NL.is_workday(D(2026, 12, 24))
    assert not TEAM.is_workday(D(2026, 12, 24))


def test_ten_workdays_across_koningsdag() -> None:
    # From Thursday 2026-04-23, the first workday after it counts as 1:
    # Fri 24 (1), [Sat 25, Sun 26, Mon 27 Koningsdag], Tue 28 (2), Wed 29 (3), Thu 30 (4), Fri 1 May (5),
    # Mon 4 (6), Tue 5 (7; no Bevrijdingsdag in 2026), Wed 6 (8), Thu 7 (9), Fri 8 May (10).
    assert NL.add_workdays(D(2026, 4, 23), 10) == D(2026, 5, 8)


def test_ten_workdays_across_hemelvaart_and_pinksteren() -> None:
    # From Wed 2026-05-13: [Thu 14 Hemelvaart], Fri 15 (1), Mon 18..Fri 22 (2..6), [Mon 25 Pinksteren],
    # Tue 26 (7), Wed 27 (8), Thu 28 (9), Fri 29 (10).
    assert NL.add_workdays(D(2026, 5, 13), 10) == D(2026, 5, 29)


def test_one_workday_steps_over_holidays_and_weekends() -> None:
    assert NL.add_workdays(D(2026, 5, 13), 1) == D(2026, 5, 15)  # over Hemelvaart
    assert NL.add_workdays(D(2026, 5, 22), 1) == D(2026, 5, 26)  # over the weekend and Tweede pinksterdag
    assert NL.add_workdays(D(2026, 12, 24), 1) == D(2026, 12, 28)  # over Kerst (Fri, Sat) and Sunday
    assert TEAM.add_workdays(D(2026, 12, 23), 1) == D(2026, 12, 28)  # the team's own day off on the 24th too
    assert NL.add_workdays(D(2026, 4, 2), 1) == D(2026, 4, 7)  # Goede vrijdag and Tweede paasdag off
    assert GOEDE_VRIJDAG_WERKT.add_workdays(D(2026, 4, 2), 1) == D(2026, 4, 3)


def test_negative_and_zero() -> None:
    assert NL.add_workdays(D(2026, 4, 28), -1) == D(2026, 4, 24)  # back over Koningsdag and the weekend
    assert NL.add_workdays(D(2026, 5, 8), -10) == D(2026, 4, 23)
    assert NL.add_workdays(D(2026, 4, 25), 0) == D(2026, 4, 25)  # 0 leaves even a Saturday alone
    assert NL.add_workdays(D(2026, 4, 25), 1) == D(2026, 4, 28)  # from a Saturday: Mon is Koningsdag
    assert NL.add_workdays(D(2026, 4, 25), -1) == D(2026, 4, 24)


def test_rolling_to_a_workday() -> None:
    assert NL.workday_on_or_after(D(2026, 12, 25)) == D(2026, 12, 28)
    assert NL.workday_on_or_before(D(2026, 12, 27)) == D(2026, 12, 24)
    assert NL.workday_on_or_after(D(2026, 4, 23)) == D(2026, 4, 23)


def test_workdays_between() -> None:
    assert NL.workdays_between(D(2026, 4, 23), D(2026, 5, 8)) == 10
    assert NL.workdays_between(D(2026, 4, 24), D(2026, 4, 28)) == 1  # Fri -> Tue over Koningsdag
    assert NL.workdays_between(D(2026, 4, 25), D(2026, 4, 26)) == 0  # the weekend
    assert NL.workdays_between(D(2026, 4, 23), D(2026, 4, 23)) == 0
    assert NL.workdays_between(D(2026, 5, 8), D(2026, 4, 23)) == -10
    assert NL.workdays_between(D(2026, 12, 24), D(2027, 1, 4)) == 5  # 28-31 Dec and Mon 4 Jan; 1 Jan is off


# --- properties ------------------------------------------------------------------------------------------

calendars = st.sampled_from([NL, GOEDE_VRIJDAG_WERKT, TEAM])
days = st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31))
offsets = st.integers(min_value=-300, max_value=300)
nonzero = offsets.filter(lambda n: n != 0)


@given(calendars, days, nonzero)
def test_result_is_a_workday(calendar: WorkCalendar, day: dt.date, n: int) -> None:
    assert calendar.is_workday(calendar.add_workdays(day, n))


@given(calendars, days, nonzero)
def test_never_a_weekend_koningsdag_or_kerst(calendar: WorkCalendar, day: dt.date, n: int) -> None:
    result = calendar.add_workdays(day, n)
    assert result.weekday() < 5
    assert (result.month, result.day) not in {(12, 25), (12, 26)}
    assert not {"Koningsdag", "Koninginnedag"} & set(calendar.holiday_names(result))


@given(calendars, days, offsets)
def test_round_trip_from_a_workday(calendar: WorkCalendar, day: dt.date, n: int) -> None:
    start = calendar.workday_on_or_after(day)
    assert calendar.add_workdays(calendar.add_workdays(start, n), -n) == start


@given(calendars, days, offsets, offsets)
def test_monotonic_in_n(calendar: WorkCalendar, day: dt.date, a: int, b: int) -> None:
    assume(a != b)
    low, high = sorted((a, b))
    assert calendar.add_workdays(day, low) < calendar.add_workdays(day, high)


@given(calendars, days, offsets)
def test_workdays_between_inverts_add_workdays(calendar: WorkCalendar, day: dt.date, n: int) -> None:
    assert calendar.workdays_between(day, calendar.add_workdays(day, n)) == n
