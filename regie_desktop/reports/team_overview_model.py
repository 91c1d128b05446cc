"""What the team overview shows and exports: tables of display texts, already protected against small cells.

Plain data made by ``app.team_overview_tables`` from the exact figures; the page, the CSV and the PDF all render
this one model, so what is on screen is exactly what leaves the laptop. Nothing in it names a person, a worker
or a casus: titles, labels of phases, steps, leefgebieden and reasons, and numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class PublishedRow:
    label: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class PublishedTable:
    key: str
    """Stable name (objectNames, CSV section order): "fases", "regiestappen", ..."""
    title: str
    columns: tuple[str, ...]
    """Header of every column, the label column first."""
    rows: tuple[PublishedRow, ...]
    note: str = ""
    """What the period means for this table, in one sentence."""


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float | None
    """The average ZRM change; None when it may not be shown (too few casussen, or a suppressed cell)."""


@dataclass(frozen=True)
class TeamOverviewReport:
    title: str
    scope_label: str
    period_label: str
    made_on: dt.date
    tables: tuple[PublishedTable, ...]
    zrm_chart: tuple[ChartBar, ...]
    legend: str
    """How to read "<5", "≥" and "x"."""

    def table(self, key: str) -> PublishedTable:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)
