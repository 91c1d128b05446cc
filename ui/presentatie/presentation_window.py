"""The projector's window: one casus, pseudonymised, in large type and high contrast, nothing else.

It is a top-level window of its own, frameless and full screen on the second screen: the room sees this
window only, never the caseload, another dossier, a menu or a dialog (those stay on the laptop, see
``PresenterPanel``). It only draws what the session hands it; ``blank`` removes every text at once, for
locking and for stopping.
"""

from __future__ import annotations

from enum import StrEnum
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.presentatie import PresentatieCasus, PresentatieDoel, PresentatieStap
from regie_desktop.domain.deadlines import StepState
from regie_desktop.domain.plan import PlanStatus
from regie_desktop.preferences import Theme
from ui.formatting import dutch_date
from ui.labels import fase_label, inzet_soort_label, wie_soort_label
from ui.presentatie.chart_data import presentation_chart_data
from ui.style import theme_palette
from ui.widgets.zrm_chart import ZrmChart

BASE_PT = 20.0  # readable from the back of a meeting room on a 1080p projector
HEADER_PT = 34.0
SECTION_PT = 26.0
SMALL_PT = 17.0
WINDOWED_SIZE = (1280, 800)  # one screen only: a movable window, so the laptop's controls stay reachable
HEADER_STYLE = "background: #000000; color: #ffffff; padding: 10px 18px;"
SECTION_STYLE = "color: #0b2f66;"
LATE_STYLE = "color: #a4000f; font-weight: bold;"
MORE_STYLE = "color: #0b2f66; font-style: italic;"
SCROLL_PAGE = 0.8  # one "Plan omlaag" moves four fifths of a screen: the last lines stay as the reader's anchor
MAX_WENSEN = 6
COMPACT_STEPS = 5  # "Alles" lists the open steps only, so plan, chart and steps fit one 1080p screen


class Part(StrEnum):
    """What the projector shows of the casus; the presenter switches between them."""

    ALLES = "alles"
    PLAN = "plan"
    ZRM = "zrm"
    TIJDLIJN = "tijdlijn"


STATE_MARK = {
    StepState.GEDAAN: "✓",
    StepState.TE_LAAT: "!",
    StepState.DEZE_WEEK: "→",
    StepState.GEPLAND: "·",
    StepState.ONBEKEND: "·",
}


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _label(text: str, object_name: str, point_size: float = BASE_PT, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setFont(_font(point_size, bold))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never read as HTML
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def projector_screen(laptop: QScreen | None) -> QScreen | None:
    """The screen for the projector: another screen than the laptop's, or None when there is only one."""
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        return None
    own = laptop or QGuiApplication.primaryScreen()
    return next((s for s in screens if s is not own), None)


class PresentationWindow(QWidget):
    """Header (case label, initials, age, phase), then the plan, the ZRM chart and the timeline."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentation_window")
        self.setWindowTitle(self.tr("Regie — presentatie"))
        self.setAccessibleName(self.tr("Presentatie"))
        self.setPalette(theme_palette(Theme.HOOG_CONTRAST))
        self.setAutoFillBackground(True)
        self.setFont(_font(BASE_PT))
        self._view: PresentatieCasus | None = None
        self._part = Part.ALLES

        self.header = _label("", "presentation_header", HEADER_PT, bold=True)
        self.header.setStyleSheet(HEADER_STYLE)
        self.household = _label("", "presentation_household", SMALL_PT)
        self.revealed_badge = _label("", "presentation_revealed", SMALL_PT, bold=True)
        self.revealed_badge.setStyleSheet(LATE_STYLE)

        self.plan_section = QWidget()
        self.plan_section.setObjectName("presentation_plan")
        self.plan_section.setAccessibleName(self.tr("Plan"))
        self._plan_layout = QVBoxLayout(self.plan_section)
        self._plan_layout.setContentsMargins(0, 0, 0, 0)
        self._plan_layout.setSpacing(6)
        self.wensen_box = QWidget()
        self.wensen_box.setObjectName("presentation_wensen")
        self._wensen_layout = QVBoxLayout(self.wensen_box)
        self._wensen_layout.setContentsMargins(0, 8, 0, 0)
        self._wensen_layout.setSpacing(4)

        self.zrm_section = QWidget()
        self.zrm_section.setObjectName("presentation_zrm")
        self.zrm_section.setAccessibleName(self.tr("ZRM"))
        zrm_layout = QVBoxLayout(self.zrm_section)
        zrm_layout.setContentsMargins(0, 0, 0, 0)
        self.zrm_title = _label("", "presentation_zrm_title", SECTION_PT, bold=True)
        self.zrm_title.setStyleSheet(SECTION_STYLE)
        self.chart = ZrmChart()
        self.chart.setObjectName("presentation_chart")
        zrm_layout.addWidget(self.zrm_title)
        zrm_layout.addWidget(self.chart, 1)

        self.timeline_section = QWidget()
        self.timeline_section.setObjectName("presentation_timeline")
        self.timeline_section.setAccessibleName(self.tr("Tijdlijn"))
        timeline_outer = QVBoxLayout(self.timeline_section)
        timeline_outer.setContentsMargins(0, 0, 0, 0)
        self.timeline_title = _label(self.tr("Regiestappen"), "presentation_timeline_title", SECTION_PT, bold=True)
        self.timeline_title.setStyleSheet(SECTION_STYLE)
        self._steps = QWidget()
        self._steps_layout = QGridLayout(self._steps)
        self._steps_layout.setContentsMargins(0, 0, 0, 0)
        self._steps_layout.setHorizontalSpacing(14)
        self._steps_layout.setVerticalSpacing(2)
        timeline_outer.addWidget(self.timeline_title)
        timeline_outer.addWidget(self._steps)

        self._body = QHBoxLayout()
        self._body.setSpacing(28)
        self._left = QWidget()
        self._left.setObjectName("presentation_left")
        left = QVBoxLayout(self._left)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.plan_section)
        left.addWidget(self.wensen_box)
        left.addSpacing(12)
        left.addWidget(self.timeline_section)  # below the plan: the chart needs the full height beside it
        left.addStretch(1)
        self._right = QWidget()
        self._right.setObjectName("presentation_right")
        right = QVBoxLayout(self._right)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.zrm_section, 1)
        # A long plan must not make the window taller than the screen: the plan column scrolls instead, from
        # the laptop ("Plan omlaag", Ctrl+↓) or the mouse wheel on the projector. No scroll bar on the wall:
        # a line under the column says there is more. The header always stays in view.
        self._left_scroll = QScrollArea()
        self._left_scroll.setObjectName("presentation_scroll")
        self._left_scroll.setWidgetResizable(True)
        self._left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._left_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._left_scroll.setWidget(self._left)
        self.more_below = _label(self.tr("▼ verder in het plan"), "presentation_more_below", SMALL_PT)
        self.more_below.setStyleSheet(MORE_STYLE)
        self.more_above = _label(self.tr("▲ eerder in het plan"), "presentation_more_above", SMALL_PT)
        self.more_above.setStyleSheet(MORE_STYLE)
        bar = self._left_scroll.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, _high: self._show_more())
        bar.valueChanged.connect(lambda _value: self._show_more())
        self._left_column = QWidget()
        self._left_column.setObjectName("presentation_left_column")
        column = QVBoxLayout(self._left_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.more_above)
        column.addWidget(self._left_scroll, 1)
        column.addWidget(self.more_below)
        self._body.addWidget(self._left_column, 1)
        self._body.addWidget(self._right, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 18)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        info = QHBoxLayout()
        info.setContentsMargins(18, 0, 18, 0)
        info.addWidget(self.household, 1)
        info.addWidget(self.revealed_badge)
        layout.addLayout(info)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self._body.setContentsMargins(18, 0, 18, 0)
        layout.addLayout(self._body, 1)
        self.blank()

    # --- what the session and tests use ----------------------------------------------------------------------
    @property
    def view(self) -> PresentatieCasus | None:
        return self._view

    @property
    def part(self) -> Part:
        return self._part

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen and frameless on ``screen``; without a second screen a normal window on this one."""
        if screen is not None:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.winId()  # a native window exists now, so it can be put on the screen before it is shown
            handle = self.windowHandle()
            if handle is not None:
                handle.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(*WINDOWED_SIZE)
            self.showNormal()

    def show_casus(self, view: PresentatieCasus) -> None:
        """Draw one casus from the top of its plan; what the previous casus left is removed first."""
        self._clear_content()
        self._view = view
        self._left_scroll.verticalScrollBar().setValue(0)
        age = self.tr(", {n} jaar").format(n=view.leeftijd) if view.leeftijd is not None else ""
        self.header.setText(
            self.tr("{label} · {persoon}{age} · fase {fase}").format(
                label=view.label, persoon=view.hoofdpersoon, age=age, fase=fase_label(view.fase).lower()
            )
        )
        members = [f"{p.naam} ({p.leeftijd})" if p.leeftijd is not None else p.naam for p in view.huishouden]
        line = self.tr("Huishouden: {members}").format(members=", ".join(members))
        if view.hulpvraag:
            line += "   " + self.tr("Hulpvraag: {text}").format(text=view.hulpvraag)
        self.household.setText(line)
        self.revealed_badge.setText(self.tr("Namen zichtbaar") if view.names_revealed else "")
        self._fill_plan(view)
        self._fill_zrm(view)
        self._apply_part()

    def set_part(self, part: Part) -> None:
        self._part = part
        self._apply_part()

    def scroll_plan(self, pages: int) -> None:
        """Move the plan column by ``pages`` screens (negative: back up), keeping a few lines of the last."""
        bar = self._left_scroll.verticalScrollBar()
        step = max(int(self._left_scroll.viewport().height() * SCROLL_PAGE), bar.singleStep())
        bar.setValue(bar.value() + pages * step)

    @property
    def plan_offset(self) -> int:
        """How far the plan column is scrolled, in pixels (0: at the top)."""
        return int(self._left_scroll.verticalScrollBar().value())

    def _show_more(self) -> None:
        bar = self._left_scroll.verticalScrollBar()
        shown = self._view is not None and self._left_scroll.isVisibleTo(self)
        self.more_above.setVisible(shown and bar.value() > bar.minimum())
        self.more_below.setVisible(shown and bar.value() < bar.maximum())

    def blank(self) -> None:
        """Remove every text of the casus from the window (locking, stopping, before the next casus)."""
        self._clear_content()
        self._view = None
        self.header.clear()
        self.household.clear()
        self.revealed_badge.clear()
        self._show_more()

    # --- building the parts ------------------------------------------------------------------------------
    def _clear_content(self) -> None:
        for layout in (self._plan_layout, self._wensen_layout, self._steps_layout):
            self._clear(layout)
        self.chart.clear()
        self.zrm_title.clear()

    @staticmethod
    def _clear(layout: QVBoxLayout | QGridLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # out of findChildren at once: a test walking the window must not see it
                widget.deleteLater()

    def _fill_plan(self, view: PresentatieCasus) -> None:
        if view.plan_status is None:
            title = self.tr("Plan: nog niet opgesteld")
        elif view.plan_status is PlanStatus.ONDERTEKEND:
            title = self.tr("Plan versie {n}, ondertekend").format(n=view.plan_versie)
        else:
            title = self.tr("Plan versie {n}, concept").format(n=view.plan_versie)
        heading = _label(title, "presentation_plan_title", SECTION_PT, bold=True)
        heading.setStyleSheet(SECTION_STYLE)
        self._plan_layout.addWidget(heading)
        for n, doel in enumerate(view.doelen, start=1):
            self._plan_layout.addWidget(self._doel(n, doel))
        if view.tussenevaluatie is not None:
            evaluatie = self.tr("Tussenevaluatie: {date}").format(date=dutch_date(view.tussenevaluatie))
            self._plan_layout.addWidget(_label(evaluatie, "presentation_evaluatie", SMALL_PT))
        if view.wensen:
            self._wensen_layout.addWidget(
                _label(self.tr("Wensen uit het gesprek"), "presentation_wensen_title", BASE_PT, bold=True)
            )
            for wens in view.wensen[:MAX_WENSEN]:
                text = self.tr("{leefgebied} ({persoon}): {tekst}").format(
                    leefgebied=wens.leefgebied, persoon=wens.persoon, tekst=wens.tekst
                )
                self._wensen_layout.addWidget(_label(text, "presentation_wens", SMALL_PT))

    def _doel(self, n: int, doel: PresentatieDoel) -> QWidget:
        """One doel as one label: title, text, the '6', acties and inzet, every typed text HTML-escaped."""
        lines = [
            "<b>" + escape(self.tr("Doel {n} · {leefgebied}").format(n=n, leefgebied=doel.leefgebied)) + "</b>",
            f"<span style='font-size:{BASE_PT + 2:.0f}pt'>{escape(doel.omschrijving)}</span>",
        ]
        if doel.zes:
            lines.append(escape(self.tr("De 6: {text}").format(text=doel.zes)))
        for actie in doel.acties:
            when = self.tr(" (voor {date})").format(date=dutch_date(actie.wanneer)) if actie.wanneer else ""
            text = self.tr("• {wie} ({soort}): {wat}{when}").format(
                wie=actie.wie, soort=wie_soort_label(actie.wie_soort).lower(), wat=actie.wat, when=when
            )
            lines.append(escape(text))
        for inzet in doel.inzet:
            text = self.tr("Inzet: {soort} — {wat}").format(
                soort=inzet_soort_label(inzet.soort), wat=inzet.omschrijving
            )
            lines.append(escape(text))
        label = _label("<br>".join(lines), "presentation_doel", SMALL_PT)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(0, 6, 0, 6)
        return label

    def _fill_zrm(self, view: PresentatieCasus) -> None:
        if not view.zrm:
            self.zrm_title.setText(self.tr("ZRM: nog geen meting"))
            return
        zrm = view.zrm[0]  # the aanvrager first; the household's other members are discussed from the plan
        self.zrm_title.setText(self.tr("ZRM van {persoon}").format(persoon=zrm.persoon))
        self.chart.set_data(presentation_chart_data(zrm))

    def _fill_timeline(self, steps: tuple[PresentatieStap, ...], compact: bool) -> None:
        """Every step; ``compact`` (beside the plan and the chart) the open ones only, with a count of the rest."""
        self._clear(self._steps_layout)
        shown = [s for s in steps if s.state is not StepState.GEDAAN][:COMPACT_STEPS] if compact else list(steps)
        row = 0
        if compact:
            done = sum(1 for s in steps if s.state is StepState.GEDAAN)
            summary = self.tr("{done} van {total} stappen gedaan").format(done=done, total=len(steps))
            self._steps_layout.addWidget(_label(summary, "presentation_steps_summary", SMALL_PT), row, 0, 1, 3)
            row += 1
        for step in shown:
            when = dutch_date(step.done_on) if step.state is StepState.GEDAAN else dutch_date(step.due)
            cells = (
                f"{STATE_MARK[step.state]} {step.number}",
                step.name,
                self._state_text(step.state) + (f" {when}" if when else ""),
            )
            for column, text in enumerate(cells):
                cell = _label(text, "presentation_step", SMALL_PT, bold=step.state is StepState.TE_LAAT)
                cell.setWordWrap(column == 1)
                if step.state is StepState.TE_LAAT:
                    cell.setStyleSheet(LATE_STYLE)
                self._steps_layout.addWidget(cell, row, column)
            row += 1
        self._steps_layout.setColumnStretch(1, 1)

    def _state_text(self, state: StepState) -> str:
        texts = {
            StepState.GEDAAN: self.tr("gedaan"),
            StepState.TE_LAAT: self.tr("te laat"),
            StepState.DEZE_WEEK: self.tr("deze week"),
            StepState.GEPLAND: self.tr("gepland"),
            StepState.ONBEKEND: self.tr("nog geen termijn"),
        }
        return texts[state]

    def _apply_part(self) -> None:
        part = self._part
        self.plan_section.setVisible(part in (Part.ALLES, Part.PLAN))
        self.zrm_section.setVisible(part in (Part.ALLES, Part.ZRM))
        self.timeline_section.setVisible(part in (Part.ALLES, Part.TIJDLIJN))
        self._left_column.setVisible(part is not Part.ZRM)
        self._right.setVisible(part in (Part.ALLES, Part.ZRM))
        self.wensen_box.setVisible(part is Part.PLAN)  # beside the chart there is room for the doelen only
        if self._view is not None:
            self._fill_timeline(self._view.stappen, compact=part is Part.ALLES)
        self._show_more()
