"""Dates as the worker lives them: Dutch local time, not UTC (a casus closed at 00:30 closes that day)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

NL = ZoneInfo("Europe/Amsterdam")


def local_date(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is None:
        raise ValueError("aware datetime required")
    return moment.astimezone(NL).date()
