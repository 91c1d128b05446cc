"""The team overview as CSV: semicolons, UTF-8 with a BOM, so Excel opens it as columns with the é intact.

One section per table (its title, its column headers, its rows, an empty line), under a short heading that says
which casussen and which period. Only the report's display texts go in: counts, "<5", "≥n" and "x".
"""

from __future__ import annotations

import csv
import io

from regie_desktop.reports.team_overview_model import TeamOverviewReport


def team_overview_csv(report: TeamOverviewReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([report.title])
    writer.writerow(["Casussen", report.scope_label])
    writer.writerow(["Periode", report.period_label])
    writer.writerow(["Gemaakt op", report.made_on.strftime("%d-%m-%Y")])
    writer.writerow(["Toelichting", report.legend])
    writer.writerow([])
    for table in report.tables:
        writer.writerow([table.title])
        if table.note:
            writer.writerow([table.note])
        writer.writerow([c or "Onderdeel" for c in table.columns])
        for row in table.rows:
            writer.writerow([row.label, *row.cells])
        writer.writerow([])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
