"""The ZRM chart: per leefgebied the previous and the current meting (and the client's own score) as bars,
with the agreed level as a line, in a size that reads at arm's length and on a projector.

Horizontal bars rather than a radar: leefgebied names are long ("Maatschappelijke participatie") and stay
readable on the left axis, and bar length compares better than the area of a polygon. Every bar carries its
number as text (QtCharts cannot hide the label of a single bar, so the numbers are drawn on top of the chart),
and a score that is n.v.t. or niet besproken says so instead of showing an empty bar.

The chart title never names anyone: a projected chart or a saved PNG must not identify the client.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsSimpleTextItem,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.zrm_overview import PersoonOverzicht, ZrmOverview
from regie_desktop.domain.zrm import Assessment, Score
from ui.formatting import dutch_date

# Vorige, huidige, cliënt: light blue, dark blue, dark orange; with the text colour each bar's number needs.
BAR_COLOURS = ("#8fb0dc", "#1d4f91", "#a94f00")
BAR_TEXT = ("#14181f", "#ffffff", "#ffffff")
TARGET_COLOUR = "#a4000f"
TEXT_COLOUR = "#14181f"
MUTED_COLOUR = "#545b66"
BAR_WIDTH = 0.84  # of a category's height: bars as thick as the labels they carry
TITLE_PT, AXIS_PT, LEGEND_PT, VALUE_PT = 18.0, 15.0, 14.0, 13.0
LEGEND_COLUMNS = 2
MIN_VALUE_PX, MAX_VALUE_PX = 13, 20  # the numbers on the bars, as large as the bar's thickness allows
MUTED_PX = 13  # "niet besproken" where a bar is missing: smaller than the numbers, so it does not crowd them
MIN_BAR_PX = 13  # thinner bars cannot carry a readable number: the chart asks for the height it needs instead
MIN_VIEW_HEIGHT = 400
CHROME_PX = 190  # title, axis labels, axis title and margins around the plot


def _tr(text: str) -> str:
    return QCoreApplication.translate("ZrmChart", text)


@dataclass(frozen=True)
class ChartSeries:
    """One row of bars: a legend name and per leefgebied (in chart order) the score, None when not in it."""

    name: str
    scores: tuple[Score | None, ...]


@dataclass(frozen=True)
class ChartData:
    title: str
    leefgebieden: tuple[str, ...]
    """Labels, top to bottom; only leefgebieden with a number in at least one series."""
    series: tuple[ChartSeries, ...]
    scale: tuple[int, int]
    scale_labels: tuple[str, str]
    target: tuple[int, str] | None
    left_out: tuple[str, ...]
    """Leefgebieden with no number in any series (n.v.t. or niet besproken), named below the chart."""


def _scores(meting: Assessment | None, keys: Sequence[str]) -> tuple[Score | None, ...]:
    return tuple(meting.score(key) if meting is not None else None for key in keys)


def chart_data(overview: ZrmOverview, persoon: PersoonOverzicht) -> ChartData:
    """What the chart shows for one person: the last two worker metingen and the last self-assessment."""
    werker, client = persoon.werker_metingen, persoon.client_metingen
    current = werker[-1] if werker else None
    previous = werker[-2] if len(werker) > 1 else None
    own = client[-1] if client else None
    keys = [key for key, _ in overview.leefgebieden]
    labels = dict(overview.leefgebieden)
    candidates: list[tuple[Assessment, str]] = []
    if previous is not None:
        candidates.append((previous, _tr("Vorige meting {date}").format(date=dutch_date(previous.assessed_on))))
    if current is not None:
        candidates.append((current, _tr("Huidige meting {date}").format(date=dutch_date(current.assessed_on))))
    if own is not None:
        candidates.append((own, _tr("Zelfscore cliënt {date}").format(date=dutch_date(own.assessed_on))))
    shown = [
        key for key in keys if any((s := m.score(key)) is not None and s.numeric is not None for m, _ in candidates)
    ]
    if current is not None and previous is not None:
        title = _tr("ZRM: huidige meting {current} en vorige meting {previous}").format(
            current=dutch_date(current.assessed_on), previous=dutch_date(previous.assessed_on)
        )
    elif current is not None:
        title = _tr("ZRM: huidige meting {date}").format(date=dutch_date(current.assessed_on))
    elif own is not None:
        title = _tr("ZRM: zelfscore cliënt {date}").format(date=dutch_date(own.assessed_on))
    else:
        title = _tr("ZRM: nog geen meting")
    return ChartData(
        title=title,
        leefgebieden=tuple(labels[key] for key in shown),
        series=tuple(ChartSeries(name, _scores(m, shown)) for m, name in candidates),
        scale=(overview.niveaus[0][0], overview.niveaus[-1][0]),
        scale_labels=(overview.niveaus[0][1], overview.niveaus[-1][1]),
        target=overview.target,
        left_out=tuple(labels[key] for key in keys if key not in shown) if candidates else (),
    )


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _swatch(colour: str, line: bool = False) -> QPixmap:
    """A legend mark: a filled bar, or a dashed line for the target."""
    pixmap = QPixmap(36, 22)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    if line:
        painter.setPen(QPen(QColor(colour), 4, Qt.PenStyle.DashLine))
        painter.drawLine(2, 11, 34, 11)
    elif colour:
        painter.setPen(QPen(QColor(TEXT_COLOUR), 1))
        painter.setBrush(QColor(colour))
        painter.drawRect(1, 3, 33, 16)
    painter.end()
    return pixmap


class ZrmChart(QWidget):
    """A QChartView, a legend that wraps, and a line of text for what the chart leaves out.

    The legend is built from labels rather than QChart's own legend, which cuts long entries off ("4 v...")
    instead of wrapping them on a narrow window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zrm_chart")
        self.setAccessibleName(self.tr("ZRM-grafiek"))
        self._chart = QChart()
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # a projected chart must not wobble
        self._chart.setTitleFont(_font(TITLE_PT, bold=True))
        self._chart.setTitleBrush(QBrush(QColor(TEXT_COLOUR)))
        self._chart.setMargins(QMargins(8, 8, 28, 8))
        self._chart.legend().setVisible(False)
        self._view = QChartView(self._chart)
        self._view.setObjectName("zrm_chart_view")
        self._view.setAccessibleName(self.tr("ZRM-grafiek"))
        self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._view.setMinimumSize(560, MIN_VIEW_HEIGHT)
        self._view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._legend = QWidget()
        self._legend.setObjectName("zrm_chart_legend")
        self._legend.setAccessibleName(self.tr("Legenda"))
        self._legend_layout = QGridLayout(self._legend)
        self._legend_layout.setContentsMargins(12, 4, 12, 4)
        self._legend_layout.setHorizontalSpacing(10)
        self._legend_layout.setVerticalSpacing(6)
        self._note = QLabel()
        self._note.setObjectName("zrm_chart_note")
        self._note.setAccessibleName(self.tr("Toelichting bij de grafiek"))
        self._note.setWordWrap(True)
        self._note.setFont(_font(LEGEND_PT))
        self._note.setContentsMargins(12, 0, 12, 8)
        # Many bars ask for more height than a small window has: then the plot scrolls (never overlapping
        # numbers), while the legend and the note stay in view below it.
        self._scroll = QScrollArea()
        self._scroll.setObjectName("zrm_chart_scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._legend)
        layout.addWidget(self._note)
        self._data: ChartData | None = None
        self._anchor: QLineSeries | None = None
        self._value_items: list[QGraphicsSimpleTextItem] = []
        self._placements: list[Callable[[], None]] = []
        self._chart.plotAreaChanged.connect(self._place_values)
        self.clear()

    @property
    def chart(self) -> QChart:
        return self._chart

    @property
    def data(self) -> ChartData | None:
        return self._data

    def note_text(self) -> str:
        return self._note.text()

    def legend_texts(self) -> list[str]:
        return [label.text() for label in self._legend.findChildren(QLabel) if label.text()]

    def value_texts(self) -> list[str]:
        """The texts drawn on the bars, series after series (for tests and screen readers)."""
        return [item.text() for item in self._value_items]

    def clear(self) -> None:
        """Show an empty chart: nothing of the last person stays visible (locking)."""
        self._reset()
        self._data = None
        self._chart.setTitle("")
        self._view.setMinimumHeight(MIN_VIEW_HEIGHT)
        self._note.clear()
        self._note.hide()
        self.setAccessibleDescription("")

    def _reset(self) -> None:
        for item in self._value_items:
            self._chart.scene().removeItem(item)
        self._value_items, self._placements = [], []
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)
        self._anchor = None
        while self._legend_layout.count():
            entry = self._legend_layout.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.setParent(None)  # out of findChildren at once, not only after deleteLater runs
                widget.deleteLater()

    def set_data(self, data: ChartData) -> None:
        """Draw ``data``: bars per series, the target line, the numbers on the bars, legend and note."""
        self._reset()
        self._data = data
        self._chart.setTitle(data.title)
        count = len(data.leefgebieden)
        # A horizontal bar chart draws its first category at the bottom; the instrument's order reads top-down.
        categories = list(reversed(data.leefgebieden))
        bars = QHorizontalBarSeries()
        bars.setBarWidth(BAR_WIDTH)
        # Sets are stacked from the bottom of a group up: add them last-first so a group reads top-down in
        # legend order (vorige, huidige, cliënt).
        for n, series in reversed(list(enumerate(data.series))):
            bar_set = QBarSet(series.name)
            bar_set.setColor(QColor(BAR_COLOURS[n % len(BAR_COLOURS)]))
            bar_set.setBorderColor(QColor(TEXT_COLOUR))
            bar_set.append([0.0 if (v := _number(s)) is None else float(v) for s in reversed(series.scores)])
            bars.append(bar_set)
        self._chart.addSeries(bars)

        low, high = data.scale
        x_axis = QValueAxis()
        x_axis.setRange(min(low, 0), high)
        x_axis.setTickCount(high - min(low, 0) + 1)
        x_axis.setLabelFormat("%d")
        x_axis.setLabelsFont(_font(AXIS_PT))
        x_axis.setLabelsColor(QColor(TEXT_COLOUR))
        x_axis.setTitleFont(_font(LEGEND_PT))
        x_axis.setTitleBrush(QBrush(QColor(TEXT_COLOUR)))
        x_axis.setTitleText(
            self.tr("{low} = {low_label} … {high} = {high_label}").format(
                low=low, low_label=data.scale_labels[0].lower(), high=high, high_label=data.scale_labels[1].lower()
            )
        )
        self._chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x_axis)
        y_axis = QBarCategoryAxis()
        y_axis.append(categories)
        y_axis.setLabelsFont(_font(AXIS_PT))
        y_axis.setLabelsColor(QColor(TEXT_COLOUR))
        self._chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y_axis)

        # The target line lives on a hidden value axis spanning the categories exactly; the numbers on the bars
        # are placed through the same axes, so the anchor series exists even when there is no target.
        anchor = QLineSeries()
        anchor_axis = QValueAxis()
        anchor_axis.setRange(-0.5, max(count, 1) - 0.5)
        anchor_axis.setVisible(False)
        self._chart.addSeries(anchor)
        self._chart.addAxis(anchor_axis, Qt.AlignmentFlag.AlignRight)
        anchor.attachAxis(x_axis)
        anchor.attachAxis(anchor_axis)
        if data.target is not None and count:
            value = data.target[0]
            anchor.setPen(QPen(QColor(TARGET_COLOUR), 4, Qt.PenStyle.DashLine))
            anchor.append([QPointF(value, -0.5), QPointF(value, count - 0.5)])
        self._anchor = anchor
        bar_count = max(count, 1) * max(len(data.series), 1)
        self._view.setMinimumHeight(max(MIN_VIEW_HEIGHT, CHROME_PX + int(bar_count * MIN_BAR_PX / BAR_WIDTH)))
        self._add_values(data)
        self._fill_legend(data)
        self._note.setText(self._note_for(data))
        self._note.setVisible(bool(self._note.text()))
        self.setAccessibleDescription(self._describe(data))
        self._place_values()

    def _fill_legend(self, data: ChartData) -> None:
        if not data.series:
            return  # nothing drawn, nothing to explain but the note
        entries = [(BAR_COLOURS[n % len(BAR_COLOURS)], False, s.name) for n, s in enumerate(data.series)]
        if data.target is not None:
            value, label = data.target
            text = self.tr("Afgesproken niveau (de '6'): {value} {label}").format(value=value, label=label.lower())
            entries.append((TARGET_COLOUR, True, text))
        else:
            entries.append(
                ("", False, self.tr("Geen afgesproken niveau: dit instrument kent geen 'voldoende zelfredzaam'"))
            )
        for n, (colour, line, text) in enumerate(entries):
            mark = QLabel()
            mark.setPixmap(_swatch(colour, line))
            caption = QLabel(text)
            caption.setObjectName(f"zrm_legend_{n}")
            caption.setFont(_font(LEGEND_PT))
            caption.setWordWrap(True)
            row, column = divmod(n, LEGEND_COLUMNS)
            self._legend_layout.addWidget(mark, row, 2 * column)
            self._legend_layout.addWidget(caption, row, 2 * column + 1)
        for column in range(LEGEND_COLUMNS):
            self._legend_layout.setColumnStretch(2 * column + 1, 1)

    def _note_for(self, data: ChartData) -> str:
        if not data.series:
            return self.tr("Er is nog geen meting voor deze persoon.")
        if data.left_out:
            return self.tr("Niet in de grafiek (n.v.t. of niet besproken): {names}.").format(
                names=", ".join(data.left_out)
            )
        return ""

    def _describe(self, data: ChartData) -> str:
        """The chart as sentences, for a screen reader."""
        parts = []
        for series in data.series:
            values = ", ".join(
                f"{name} {self._value_text(score)}"
                for name, score in zip(data.leefgebieden, series.scores, strict=True)
            )
            parts.append(f"{series.name}: {values}.")
        return " ".join(parts)

    def _value_text(self, score: Score | None) -> str:
        if score is None or not score.besproken:
            return self.tr("niet besproken")
        if score.nvt:
            return self.tr("n.v.t.")
        return str(score.value)

    def _add_values(self, data: ChartData) -> None:
        count, sets = len(data.leefgebieden), len(data.series)
        scene = self._chart.scene()
        start = float(min(data.scale[0], 0))
        for n, series in enumerate(data.series):
            for row, score in enumerate(series.scores):
                category = count - 1 - row  # reversed on the axis
                slot = sets - 1 - n  # see set_data: the first series is the top bar
                centre = category - BAR_WIDTH / 2 + (slot + 0.5) * BAR_WIDTH / sets
                number = _number(score)
                item = QGraphicsSimpleTextItem(self._value_text(score))
                item.setFont(_font(VALUE_PT, bold=number is not None))
                item.setZValue(10)
                scene.addItem(item)
                self._value_items.append(item)
                inside = QColor(BAR_TEXT[n % len(BAR_TEXT)])
                x = start if number is None else float(number)
                self._placements.append(self._placer(item, start, x, centre, inside))

    def _placer(
        self, item: QGraphicsSimpleTextItem, start: float, x: float, centre: float, inside: QColor
    ) -> Callable[[], None]:
        """Puts the number inside the end of its bar, or just after it when the bar is too short to hold it."""

        def place() -> None:
            if self._anchor is None:
                return
            end = self._chart.mapToPosition(QPointF(x, centre), self._anchor)
            origin = self._chart.mapToPosition(QPointF(start, centre), self._anchor)
            box = item.boundingRect()
            if end.x() - origin.x() >= box.width() + 16:
                item.setBrush(QBrush(inside))
                item.setPos(end.x() - box.width() - 8, end.y() - box.height() / 2)
            else:
                item.setBrush(QBrush(QColor(TEXT_COLOUR if x != start else MUTED_COLOUR)))
                item.setPos(end.x() + 6, end.y() - box.height() / 2)

        return place

    def _place_values(self) -> None:
        """Numbers follow the bars when the chart is resized, and shrink with them so they never overlap."""
        if self._anchor is None or self._data is None or not self._data.series:
            return
        slot = BAR_WIDTH / len(self._data.series)
        top = self._chart.mapToPosition(QPointF(0, slot), self._anchor)
        bottom = self._chart.mapToPosition(QPointF(0, 0), self._anchor)
        pixels = max(MIN_VALUE_PX, min(MAX_VALUE_PX, int(abs(bottom.y() - top.y()))))
        for item in self._value_items:
            font = item.font()
            font.setPixelSize(pixels if font.bold() else min(pixels, MUTED_PX))
            item.setFont(font)
        for place in self._placements:
            place()


def _number(score: Score | None) -> int | None:
    return score.numeric if score is not None else None
