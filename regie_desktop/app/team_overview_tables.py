"""From the exact team figures to what may be shown and exported: tables with small cells suppressed.

Every table is built from groups of counts that sum to one total (``domain.small_cells``); each total is shown in
one place only, and derived figures (shares, averages, medians) are left out when their group hides a cell or
covers fewer than 5 casussen. The page shows this same report, so the team sees what the export will hold.
"""

from __future__ import annotations

from collections.abc import Sequence

from regie_desktop.app.team_overview import Scope, TeamFigures
from regie_desktop.domain.casus import FASE_LABELS
from regie_desktop.domain.plan import InzetSoort
from regie_desktop.domain.small_cells import (
    Cell,
    CountGroup,
    count_cell,
    protect_figure,
    protect_group,
    related_count,
)
from regie_desktop.domain.team_figures import ZRM_BUCKETS, bucket_label, share
from regie_desktop.reports.team_overview_model import ChartBar, PublishedRow, PublishedTable, TeamOverviewReport

LEGEND = (
    "<5: een aantal van 1 tot en met 4, niet getoond. ≥n: een totaal met een verborgen aantal erin; n telt alleen "
    "wat wel getoond wordt. x: niet getoond, omdat het over minder dan 5 casussen gaat of een verborgen aantal zou "
    "verraden."
)
INZET_LABELS: dict[InzetSoort | None, str] = {
    InzetSoort.MAATWERK: "Maatwerk",
    InzetSoort.VOORVELD: "Voorveld",
    InzetSoort.NETWERK: "Netwerk",
    InzetSoort.EIGEN_KRACHT: "Eigen kracht",
    None: "Geen inzet in het plan",
}
TOTAAL = "Totaal"


def _dutch(day: object) -> str:
    return day.strftime("%d-%m-%Y") if hasattr(day, "strftime") else ""


def _row(label: str, *cells: Cell, decimals: int = 0, signed: bool = False, suffix: str = "") -> PublishedRow:
    return PublishedRow(label, tuple(c.text(decimals, signed, suffix) for c in cells))


def _group_rows(labels: Sequence[str], group: CountGroup, total_label: str = TOTAAL) -> list[PublishedRow]:
    rows = [_row(label, cell) for label, cell in zip(labels, group.cells, strict=True)]
    rows.append(_row(total_label, group.total))
    return rows


def scope_label(figures: TeamFigures) -> str:
    if figures.scope is Scope.MINE:
        return "Mijn casussen"
    if figures.synced_at is None:
        return "Het team: nog niet gesynchroniseerd, dus alleen de casussen op deze laptop"
    return f"Het team: alle casussen op deze laptop (gesynchroniseerd op {_dutch(figures.synced_at)})"


def overview_report(figures: TeamFigures) -> TeamOverviewReport:
    """The protected tables and chart of ``figures``: counts and aggregates only, no cell of 1-4."""
    period = figures.period
    fases = protect_group([n for _, n in figures.per_fase])
    steps = protect_group([s.casussen for s in figures.te_laat_per_stap])
    lead = figures.doorlooptijd
    lead_group = protect_group([lead.binnen_termijn, lead.plannen - lead.binnen_termijn])
    doelen = figures.doelen
    doel_group = protect_group([doelen.bereikt, doelen.deels, doelen.niet_bereikt])
    doel_total = doelen.bereikt + doelen.deels + doelen.niet_bereikt
    inzet_group = protect_group([n for _, n in figures.inzet])
    inzet_total = sum(n for _, n in figures.inzet)
    maatwerk = dict(figures.inzet).get(InzetSoort.MAATWERK, 0)
    reden_group = protect_group([r.casussen for r in figures.afschalen])
    wacht = figures.wachtlijst

    zrm_rows = []
    chart = []
    multiple = len({z.instrument_id for z in figures.zrm}) > 1
    for z in figures.zrm:
        group = protect_group(z.verdeling, casussen=z.casussen)
        average = protect_figure(z.gemiddelde, z.casussen, group)
        label = f"{z.label} ({z.instrument_id})" if multiple else z.label
        zrm_rows.append(
            PublishedRow(
                label,
                (
                    group.total.text(),
                    *(c.text() for c in group.cells),
                    average.text(1, signed=True),
                ),
            )
        )
        chart.append(ChartBar(label, None if average.suppressed else average.value))

    tables = (
        PublishedTable(
            "fases",
            "Casussen per fase",
            ("Fase", "Casussen"),
            tuple(_group_rows([FASE_LABELS[f] for f, _ in figures.per_fase], fases)),
            "Casussen die in de periode liepen, naar hun fase van vandaag.",
        ),
        PublishedTable(
            "regiestappen",
            "Te late regiestappen",
            ("Regiestap", "Casussen"),
            (
                *_group_rows(
                    [f"{s.step_number}. {s.name}" for s in figures.te_laat_per_stap], steps, "Te late stappen"
                ),
                _row("Casussen met een te late stap", related_count(figures.te_laat_casussen, steps)),
            ),
            "Stand van vandaag, van de casussen die nog lopen.",
        ),
        PublishedTable(
            "doorlooptijd",
            "Doorlooptijd aanmelding tot ondertekend plan",
            ("", "Waarde"),
            (
                _row("Plannen voor het eerst ondertekend", lead_group.total),
                _row("Binnen de termijn (zes weken)", lead_group.cells[0]),
                _row("Na de termijn", lead_group.cells[1]),
                _row(
                    "Binnen de termijn (%)",
                    protect_figure(share(lead.binnen_termijn, lead.plannen), lead.plannen, lead_group),
                    suffix="%",
                ),
                _row("Mediaan doorlooptijd (dagen)", protect_figure(lead.mediaan_dagen, lead.plannen, lead_group)),
            ),
            "Casussen waarvan het eerste plan in de periode is ondertekend.",
        ),
        PublishedTable(
            "doelen",
            "Doelen bereikt",
            ("", "Waarde"),
            (
                _row("Casussen met een evaluatie", related_count(doelen.casussen, doel_group)),
                *_group_rows(["Bereikt", "Deels bereikt", "Niet bereikt"], doel_group, "Doelen beoordeeld"),
                _row(
                    "Bereikt (%)",
                    protect_figure(share(doelen.bereikt, doel_total), doelen.casussen, doel_group),
                    suffix="%",
                ),
            ),
            "Casussen met een evaluatie in de periode; per doel de laatste uitkomst.",
        ),
        PublishedTable(
            "zrm",
            "Verandering in de ZRM per leefgebied",
            (
                "Leefgebied",
                "Personen",
                *(bucket_label(b) for b in ZRM_BUCKETS),
                "Gemiddeld",
            ),
            tuple(zrm_rows),
            "Eerste meting van de werker tegenover de laatste, als die laatste in de periode ligt.",
        ),
        PublishedTable(
            "inzet",
            "Zwaarste inzet in het plan",
            ("Inzet", "Casussen"),
            (
                *_group_rows([INZET_LABELS[s] for s, _ in figures.inzet], inzet_group, "Casussen met een plan"),
                _row(
                    "Met maatwerk (%)",
                    protect_figure(share(maatwerk, inzet_total), inzet_total, inzet_group),
                    suffix="%",
                ),
            ),
            "Het laatste ondertekende plan van de casussen die in de periode liepen: maatwerk tegenover "
            "voorveld, netwerk en eigen kracht.",
        ),
        PublishedTable(
            "afschalen",
            "Redenen van afschalen en afsluiten",
            ("Reden", "Casussen"),
            tuple(_group_rows([r.label for r in figures.afschalen], reden_group)),
            "Afgesloten, naar waakvlam of overgedragen in de periode.",
        ),
        PublishedTable(
            "wachtlijst",
            "Wachtlijst",
            ("", "Waarde"),
            (
                _row("Op de wachtlijst", count_cell(wacht.casussen)),
                _row("Mediaan wachttijd (dagen)", protect_figure(wacht.mediaan_dagen, wacht.casussen)),
                _row(
                    "Gemiddelde wachttijd (dagen)", protect_figure(wacht.gemiddelde_dagen, wacht.casussen), decimals=1
                ),
            ),
            "Stand van vandaag; de wachttijd telt vanaf de aanmelding.",
        ),
    )
    return TeamOverviewReport(
        title="Teamoverzicht",
        scope_label=scope_label(figures),
        period_label=f"{_dutch(period.van)} tot en met {_dutch(period.tot)}",
        made_on=figures.today,
        tables=tables,
        zrm_chart=tuple(chart),
        legend=LEGEND,
    )
