"""Dates between Python and Qt: the core speaks ``datetime.date``, the date widgets speak ``QDate``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

DATE_FORMAT = "dd-MM-yyyy"
"""How every date field shows its date (02-12-2026), whatever the system's short date format is."""


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
