"""How dates and other values read in Dutch on screen (no widgets, no Qt)."""

from __future__ import annotations

import datetime as dt

DATE_FORMAT = "%d-%m-%Y"  # dd-mm-jjjj, as Dutch forms write it


def dutch_date(day: dt.date | dt.datetime | None) -> str:
    """``day`` as dd-mm-jjjj; an empty string for no date."""
    return day.strftime(DATE_FORMAT) if day is not None else ""
