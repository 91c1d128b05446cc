"""The team overview as PDF, for the municipality or the team meeting: the tables and a chart of the ZRM change.

Renders ``TeamOverviewReport`` only (counts and aggregates, small cells already suppressed), in the house style of
the plan (Vera embedded, "pagina x van y"). The chart draws the average change per leefgebied as horizontal bars;
a leefgebied whose average may not be shown gets no bar and is named under the chart.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from regie_desktop.reports.plan_pdf import (
    ACCENT,
    BOTTOM_MARGIN,
    FONT,
    FONT_BOLD,
    PAGE_MARGIN,
    TOP_MARGIN,
    USABLE,
    _canvas_maker,
    _markup,
    _Styles,
    _table,
    long_date,
    printable,
    register_fonts,
)
from regie_desktop.reports.team_overview_model import ChartBar, PublishedTable, TeamOverviewReport

WIDTH = USABLE
POSITIVE = colors.HexColor("#2f7d4f")
NEGATIVE = colors.HexColor("#b5473a")


def zrm_chart(bars: tuple[ChartBar, ...], width: float = WIDTH, title: str = "") -> Drawing:
    """Average change per leefgebied as a horizontal bar chart (reportlab.graphics), zero line in the middle."""
    register_fonts()
    shown = [b for b in bars if b.value is not None]
    row = 16
    height = max(60, row * len(shown) + 50)
    drawing = Drawing(width, height)
    if title:
        drawing.add(String(0, height - 12, printable(title), fontName=FONT_BOLD, fontSize=10, fillColor=ACCENT))
    if not shown:
        drawing.add(
            String(0, height - 32, "Geen leefgebied met genoeg casussen om te tonen.", fontName=FONT, fontSize=9)
        )
        return drawing
    chart = HorizontalBarChart()
    chart.x = 150
    chart.y = 22
    chart.width = int(width - chart.x - 20)
    chart.height = row * len(shown)
    values = [b.value or 0.0 for b in reversed(shown)]  # the chart draws bottom-up: keep the table's order
    chart.data = [values]
    chart.categoryAxis.categoryNames = [printable(b.label) for b in reversed(shown)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.visibleTicks = False
    low = min(-1.0, min(values))
    high = max(1.0, max(values))
    chart.valueAxis.valueMin = float(int(low) - (1 if low < int(low) else 0))
    chart.valueAxis.valueMax = float(int(high) + (1 if high > int(high) else 0))
    chart.valueAxis.valueStep = 0.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: f"{v:+.1f}".replace(".", ",") if v else "0"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ea")
    chart.barWidth = 10
    chart.bars.strokeColor = None
    for i, v in enumerate(values):
        chart.bars[(0, i)].fillColor = POSITIVE if v >= 0 else NEGATIVE
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabelFormat = lambda v: f"{v:+.1f}".replace(".", ",")
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _section(table: PublishedTable, st: _Styles) -> list[Flowable]:
    label_width = 46 * mm if len(table.columns) > 3 else 110 * mm
    other = len(table.columns) - 1
    cell_width = min(40 * mm, (WIDTH - label_width) / max(other, 1))
    right = ParagraphStyle("num", parent=st.cell, alignment=2)
    head_right = ParagraphStyle("num_head", parent=st.cell_head, alignment=2)
    rows: list[list[Any]] = [
        [Paragraph(_markup(table.columns[0]), st.cell_head)]
        + [Paragraph(_markup(c), head_right) for c in table.columns[1:]]
    ]
    for r in table.rows:
        rows.append([Paragraph(_markup(r.label), st.cell)] + [Paragraph(_markup(c), right) for c in r.cells])
    parts: list[Flowable] = [Paragraph(_markup(table.title), st.h3)]
    if table.note:
        parts.append(Paragraph(_markup(table.note), st.small))
        parts.append(Spacer(1, 2 * mm))
    grid = _table(rows, [label_width] + [cell_width] * other)
    grid.hAlign = "LEFT"
    parts.append(grid)
    return [KeepTogether(parts), Spacer(1, 4 * mm)]


def team_overview_pdf_bytes(report: TeamOverviewReport) -> bytes:
    """The report as a finished PDF in memory (nothing is written to disk here)."""
    register_fonts()
    st = _Styles()
    story: list[Flowable] = [
        Paragraph(_markup(report.title), st.title),
        Paragraph(_markup(f"{report.scope_label}. Periode: {report.period_label}."), st.body),
        Paragraph(
            _markup(f"Gemaakt op {long_date(report.made_on)}. Zonder persoonsgegevens: {report.legend}"), st.small
        ),
        Spacer(1, 5 * mm),
    ]
    for table in report.tables:
        story += _section(table, st)
        if table.key == "zrm":
            hidden = [b.label for b in report.zrm_chart if b.value is None]
            chart_parts: list[Flowable] = [zrm_chart(report.zrm_chart, title="Gemiddelde verandering per leefgebied")]
            if hidden:
                chart_parts.append(Paragraph(_markup("Zonder staaf (x): " + ", ".join(hidden) + "."), st.small))
            story += [KeepTogether(chart_parts), Spacer(1, 5 * mm)]
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title="Teamoverzicht",
        subject=printable(report.period_label),
        creator="Regie",
        lang="nl-NL",
        initialFontName=FONT,
        initialFontSize=9.5,
    )
    footer = f"Teamoverzicht, {report.period_label}. Aantallen onder 5 zijn niet getoond."
    template.build(story, canvasmaker=_canvas_maker(printable(footer)))
    return buffer.getvalue()
