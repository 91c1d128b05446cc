"""Exporting the team overview (CSV or PDF): the protected report rendered, and the export written to the access log.

The log entry names no casus and no person: the action says the format, the entity is "teamoverzicht" and its id
is the scope with the period ("team:2026-01-01:2026-06-30"), so the team can see who exported which overview.
"""

from __future__ import annotations

from datetime import date as dt_date
from typing import Literal

from sqlalchemy.orm import Session

from regie_desktop.app.journal import Actor, record_access
from regie_desktop.app.team_overview import Scope, team_figures
from regie_desktop.app.team_overview_tables import overview_report
from regie_desktop.domain.team_figures import Period
from regie_desktop.reports.team_overview_csv import team_overview_csv
from regie_desktop.reports.team_overview_model import ChartBar, PublishedTable, TeamOverviewReport

Formaat = Literal["csv", "pdf"]
ACTIONS: dict[str, str] = {"csv": "teamoverzicht-exporteren-csv", "pdf": "teamoverzicht-exporteren-pdf"}
ENTITY = "teamoverzicht"

__all__ = [
    "ChartBar",
    "PublishedTable",
    "Scope",
    "TeamOverviewReport",
    "export_team_overview",
    "team_overview",
]


def team_overview(session: Session, actor: Actor, scope: Scope, period: Period, today: dt_date) -> TeamOverviewReport:
    """What the page shows: the protected report of ``scope`` over ``period``."""
    return overview_report(team_figures(session, actor, scope, period, today))


def export_team_overview(
    session: Session, actor: Actor, scope: Scope, period: Period, today: dt_date, formaat: Formaat
) -> bytes:
    """The overview as CSV or PDF bytes, read afresh, with one access-log entry for the export."""
    report = team_overview(session, actor, scope, period, today)
    if formaat == "csv":
        data = team_overview_csv(report)
    else:
        from regie_desktop.reports.team_overview_pdf import team_overview_pdf_bytes  # reportlab only when asked

        data = team_overview_pdf_bytes(report)
    record_access(session, actor, ACTIONS[formaat], ENTITY, export_entity_id(scope, period))
    return data


def export_entity_id(scope: Scope, period: Period) -> str:
    return f"{scope.value}:{period.van.isoformat()}:{period.tot.isoformat()}"
