"""The chart of the team overview: the average ZRM change per leefgebied as horizontal bars (QtCharts).

Only leefgebieden whose average may be shown get a bar (the report decides, small cells suppressed); the others
are named under the chart, so a missing bar never reads as "no change".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from regie_desktop.app.team_overview_export import ChartBar

BAR_COLOUR = "#1d4f91"
ROW_PX = 26
CHROME_PX = 110


def _tr(text: str) -> str:
    return QCoreApplication.translate("ZrmChangeChart", text)


class ZrmChangeChart(QWidget):
    """A QChartView with one bar per shown leefgebied and a line naming the ones left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zrm_change_chart")
        self.view = QChartView()
        self.view.setObjectName("zrm_change_chart_view")
        self.view.setAccessibleName(_tr("Gemiddelde verandering in de ZRM per leefgebied"))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.left_out = QLabel()
        self.left_out.setObjectName("zrm_change_left_out")
        self.left_out.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.left_out)
        self.show_bars(())

    def show_bars(self, bars: Sequence[ChartBar]) -> None:
        shown = [b for b in bars if b.value is not None]
        chart = QChart()
        chart.setTitle(_tr("Gemiddelde verandering per leefgebied (laatste min eerste meting)"))
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        chart.setLocalizeNumbers(True)  # 0,8 with a decimal comma, in the application's (Dutch) locale
        if shown:
            values = QBarSet(_tr("Gemiddelde verandering"))
            values.setColor(QColor(BAR_COLOUR))
            values.append([round(b.value or 0.0, 1) for b in reversed(shown)])  # as the table: one decimal
            values.setLabelColor(QColor("#14181f"))
            series = QHorizontalBarSeries()
            series.append(values)
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPrecision(3)  # significant digits: a one-decimal value below 100 shows whole
            series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
            chart.addSeries(series)
            categories = QBarCategoryAxis()
            categories.append([b.label for b in reversed(shown)])
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(categories)
            axis = QValueAxis()
            low = min(-1.0, *(b.value or 0.0 for b in shown))
            high = max(1.0, *(b.value or 0.0 for b in shown))
            axis.setRange(float(int(low) - (low < int(low))), float(int(high) + (high > int(high))))
            axis.setLabelFormat("%+.1f")
            axis.setTitleText(_tr("verandering in punten op de schaal"))
            chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(axis)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.view.setMinimumHeight(CHROME_PX + ROW_PX * max(len(shown), 2))
        hidden = [b.label for b in bars if b.value is None]
        self.left_out.setText(
            _tr("Zonder staaf (te weinig casussen of een verborgen aantal): {names}").format(names=", ".join(hidden))
            if hidden
            else ""
        )
        self.left_out.setVisible(bool(hidden))

    def bar_labels(self) -> list[str]:
        """The leefgebieden that have a bar, top to bottom (for tests)."""
        for axis in self.view.chart().axes(Qt.Orientation.Vertical):
            if isinstance(axis, QBarCategoryAxis):
                return list(reversed(axis.categories()))
        return []
