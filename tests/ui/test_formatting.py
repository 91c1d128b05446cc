"""Dates on screen follow the Dutch clock, whatever zone the laptop is set to."""

from __future__ import annotations

import datetime as dt

from ui.formatting import dutch_date, dutch_local_date, local_moment


def test_a_late_utc_moment_is_the_next_dutch_day_in_summer() -> None:
    moment = dt.datetime(2026, 7, 1, 22, 30, tzinfo=dt.UTC)  # 00:30 on 2 July in Amsterdam (CEST)
    assert dutch_local_date(moment) == "02-07-2026"
    assert local_moment(moment).hour == 0


def test_winter_time_is_one_hour_ahead_of_utc() -> None:
    moment = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    assert f"{local_moment(moment):%H:%M}" == "11:00"
    assert dutch_local_date(moment) == "02-12-2026"


def test_no_date_reads_as_empty() -> None:
    assert dutch_date(None) == ""
