"""How dates and other values read in Dutch on screen (no widgets, no Qt)."""

from __future__ import annotations

import datetime as dt

from regie_desktop.domain.local_time import NL

DATE_FORMAT = "%d-%m-%Y"  # dd-mm-jjjj, as Dutch forms write it


def dutch_date(day: dt.date | dt.datetime | None) -> str:
    """``day`` as dd-mm-jjjj; an empty string for no date."""
    return day.strftime(DATE_FORMAT) if day is not None else ""


def local_moment(moment: dt.datetime) -> dt.datetime:
    """``moment`` in Dutch time, whatever zone the laptop is set to (a UTC laptop still shows the clock on the wall)."""
    return moment.astimezone(NL)


def dutch_local_date(moment: dt.datetime) -> str:
    """The Dutch calendar day of ``moment`` as dd-mm-jjjj (a signature at 00:30 belongs to that day)."""
    return dutch_date(local_moment(moment).date())
