"""Reading the plan through with the client: plain language (B1), large print, one doel at a time or all.

The worker turns the laptop towards the client (or opens the same text on a screen of its own with "Op
volledig scherm"). It shows only what the client signs for, in the words the client would use: no product
codes, no BSN, no notes meant for professionals. Texts the worker typed are plain text, never markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.plan_werkblad import PlanWerkblad
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import Doel, InzetSoort
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date
from ui.style import heading_font

FONT_SCALE = 1.6
"""The tab itself is read from across the kitchen table."""
WINDOW_FONT_SCALE = 2.0
"""The separate window may be on a projector or a screen further away."""
BUTTON_HEIGHT = 44
CURRENT_STYLE = "QFrame#{name} {{ border: 3px solid #1d4f91; border-radius: 4px; }}"
"""With all doelen on screen, the one the arrows reached is framed (the position label says which, too)."""


def _large(scale: float) -> QFont:
    """The application's font, enlarged; read at each rebuild so a changed font size is followed."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    return font


def _plain(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # what was typed is never interpreted as markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if object_name:
        label.setObjectName(object_name)
    return label


class ReviewPanel(QWidget):
    """The navigation bar and the scrolling plan text; used in the tab and in the separate window.

    Child object names start with ``prefix`` so the tab and its window (a child of the tab) stay apart.
    """

    def __init__(self, prefix: str, font_scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefix = prefix
        self._font_scale = font_scale
        self._one_at_a_time = True
        self._index = 0
        self._sections: list[QWidget] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the arrow keys work once the panel is clicked

        self.mode_button = QPushButton()
        self.mode_button.setObjectName(f"{prefix}_mode_button")
        self.mode_button.setAccessibleName(self.tr("Eén doel tegelijk of alle doelen tonen"))
        self.mode_button.clicked.connect(self.toggle_mode)
        self.prev_button = QPushButton(self.tr("← Vorige"))
        self.prev_button.setObjectName(f"{prefix}_prev_button")
        self.prev_button.setAccessibleName(self.tr("Vorige doel"))
        self.prev_button.setToolTip(self.tr("Vorige doel (pijl links of Page Up)"))
        self.prev_button.clicked.connect(self.previous)
        self.next_button = QPushButton(self.tr("Volgende →"))
        self.next_button.setObjectName(f"{prefix}_next_button")
        self.next_button.setAccessibleName(self.tr("Volgende doel"))
        self.next_button.setToolTip(self.tr("Volgende doel (pijl rechts of Page Down)"))
        self.next_button.clicked.connect(self.next)
        self.position = QLabel()
        self.position.setObjectName(f"{prefix}_position")
        self.position.setAccessibleName(self.tr("Welk doel"))
        for button in (self.mode_button, self.prev_button, self.next_button):
            button.setMinimumHeight(BUTTON_HEIGHT)
        self.toolbar = QHBoxLayout()
        self.toolbar.setContentsMargins(0, 0, 0, 0)
        self.toolbar.addWidget(self.prev_button)
        self.toolbar.addWidget(self.position)
        self.toolbar.addWidget(self.next_button)
        self.toolbar.addSpacing(24)
        self.toolbar.addWidget(self.mode_button)
        self.toolbar.addStretch(1)

        self._content = QWidget()
        self._content.setObjectName(f"{prefix}_content")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(24, 12, 24, 12)
        self._layout.setSpacing(8)
        self._scroll = QScrollArea()
        self._scroll.setObjectName(f"{prefix}_scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self._scroll, 1)

        # Shortcuts rather than keyPressEvent: the scroll area would otherwise take the arrows and pages itself.
        for keys, slot in (
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.previous),
            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.next),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._update_navigation()

    # --- state ------------------------------------------------------------------------------------------------
    @property
    def one_at_a_time(self) -> bool:
        return self._one_at_a_time

    @property
    def index(self) -> int:
        return self._index

    @property
    def count(self) -> int:
        return len(self._sections)

    def set_one_at_a_time(self, one: bool) -> None:
        """One doel fills the screen, or all doelen in a row (the arrows then scroll to the next one)."""
        self._one_at_a_time = one
        self._apply()

    def toggle_mode(self) -> None:
        self.set_one_at_a_time(not self._one_at_a_time)

    def go_to(self, index: int) -> None:
        if not self._sections:
            return
        self._index = min(max(index, 0), len(self._sections) - 1)
        self._apply()

    def previous(self) -> None:
        self.go_to(self._index - 1)

    def next(self) -> None:
        self.go_to(self._index + 1)

    # --- building ---------------------------------------------------------------------------------------------
    def show_plan(self, werkblad: PlanWerkblad) -> None:
        """Rebuild the text from the worksheet; keeps the current doel when it still exists."""
        self._remove_content()
        self.setFont(_large(self._font_scale))
        plan = werkblad.plan
        title = _plain(self.tr("Uw plan"), f"{self._prefix}_title")
        title.setFont(heading_font(self.font(), 1.3))
        self._layout.addWidget(title)
        if not plan.doelen:
            self._layout.addWidget(
                _plain(
                    self.tr("Er staan nog geen doelen in het plan. Die maken we eerst samen."),
                    f"{self._prefix}_empty",
                )
            )
        for doel in plan.doelen:
            section = self._doel_section(doel, werkblad.label(doel.leefgebied))
            self._sections.append(section)
            self._layout.addWidget(section)
        if plan.doelen:
            if plan.tussenevaluatie is not None:
                when = self.tr("We kijken samen hoe het gaat op {datum}.").format(
                    datum=dutch_date(plan.tussenevaluatie)
                )
            else:
                when = self.tr("We spreken nog af wanneer we samen kijken hoe het gaat.")
            evaluation = _plain(when, f"{self._prefix}_tussenevaluatie")
            evaluation.setFont(heading_font(self.font(), 1.0))
            evaluation.setContentsMargins(0, 16, 0, 0)
            self._layout.addWidget(evaluation)
        if plan.doelen and plan.toelichting:
            self._heading(self.tr("Wat we verder afspraken"), self._layout)
            self._layout.addWidget(_plain(plan.toelichting, f"{self._prefix}_toelichting"))
        self._layout.addStretch(1)
        self._index = min(self._index, max(len(self._sections) - 1, 0))
        self._apply()

    def _doel_section(self, doel: Doel, leefgebied: str) -> QWidget:
        section = QFrame()
        section.setObjectName(f"{self._prefix}_doel")
        section.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(section)
        box.setContentsMargins(16, 12, 16, 16)
        box.setSpacing(4)
        heading = _plain(leefgebied, f"{self._prefix}_leefgebied")
        heading.setFont(heading_font(self.font(), 1.2))
        box.addWidget(heading)
        self._heading(self.tr("Wat wilt u bereiken?"), box)
        box.addWidget(_plain(doel.omschrijving or self.tr("Dat schrijven we nog samen op.")))
        self._heading(self.tr("Wanneer is het goed genoeg?"), box)
        box.addWidget(_plain(doel.zes or self.tr("Dat spreken we nog samen af.")))
        self._heading(self.tr("Wie doet wat?"), box)
        if not doel.acties:
            box.addWidget(_plain(self.tr("Dat spreken we nog samen af.")))
        for actie in doel.acties:
            what = self.tr("{wie}: {wat}").format(wie=actie.wie, wat=actie.wat)
            when = (
                self.tr("vóór {datum}").format(datum=dutch_date(actie.wanneer))
                if actie.wanneer is not None
                else self.tr("zo snel mogelijk")
            )
            box.addWidget(_plain(f"•  {what}\n    {when}"))
        self._heading(self.tr("Welke hulp komt er?"), box)
        if not doel.inzet:
            box.addWidget(_plain(self.tr("Er is geen extra hulp afgesproken.")))
        for item in doel.inzet:
            box.addWidget(_plain(f"•  {item.omschrijving} ({self._inzet_words(item.soort)})"))
        return section

    def _inzet_words(self, soort: InzetSoort) -> str:
        """The kind of help as the client would say it (the professional terms stay in the editor)."""
        return {
            InzetSoort.EIGEN_KRACHT: self.tr("dat doet u zelf"),
            InzetSoort.NETWERK: self.tr("hulp van familie, vrienden of buren"),
            InzetSoort.VOORVELD: self.tr("hulp uit de buurt"),
            InzetSoort.MAATWERK: self.tr("hulp van een zorgaanbieder"),
        }[soort]

    def _heading(self, text: str, layout: QVBoxLayout) -> None:
        label = _plain(text)
        label.setFont(heading_font(self.font(), 1.0))
        label.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(label)

    def _remove_content(self) -> None:
        self._sections = []
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                for label in widget.findChildren(QLabel):
                    label.clear()
                if isinstance(widget, QLabel):
                    widget.clear()
                widget.hide()
                widget.deleteLater()

    def clear(self) -> None:
        """Forget the plan text (locking): nothing of it stays in a widget."""
        self._remove_content()
        self._index = 0
        self._update_navigation()

    # --- showing ----------------------------------------------------------------------------------------------
    def _apply(self) -> None:
        for n, section in enumerate(self._sections):
            section.setVisible(not self._one_at_a_time or n == self._index)
            current = not self._one_at_a_time and n == self._index
            section.setStyleSheet(CURRENT_STYLE.format(name=section.objectName()) if current else "")
        self._update_navigation()
        if self._sections:
            if self._one_at_a_time:
                self._scroll.verticalScrollBar().setValue(0)
            else:
                self._content.adjustSize()
                self._scroll.ensureWidgetVisible(self._sections[self._index], 0, 0)

    def _update_navigation(self) -> None:
        count = len(self._sections)
        self.mode_button.setText(self.tr("Alle doelen") if self._one_at_a_time else self.tr("Eén doel tegelijk"))
        self.prev_button.setEnabled(count > 0 and self._index > 0)
        self.next_button.setEnabled(count > 0 and self._index < count - 1)
        self.mode_button.setEnabled(count > 1)
        self.position.setText(self.tr("Doel {n} van {totaal}").format(n=self._index + 1, totaal=count) if count else "")

    def texts(self) -> list[str]:
        """Every text the panel shows now (hidden doelen left out): for tests and the screen-reader check."""
        return [
            label.text() for label in self._content.findChildren(QLabel) if label.text() and label.isVisibleTo(self)
        ]


class ReviewWindow(QWidget):
    """The same read-through as a separate large-print window (a second screen or full screen); Esc closes it."""

    sig_closed = Signal()
    """The window was closed (Escape, the button, the window manager or locking)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("review_window")
        self.setWindowTitle(self.tr("Uw plan"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.panel = ReviewPanel("review_window", WINDOW_FONT_SCALE)
        close = QPushButton(self.tr("Sluiten (Esc)"))
        close.setObjectName("review_window_close")
        close.setAccessibleName(self.tr("Sluiten"))
        close.setMinimumHeight(BUTTON_HEIGHT)
        close.clicked.connect(self.close)
        self.panel.toolbar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.panel, 1)
        self.resize(1200, 800)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the window, wherever the focus is in it."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def clear(self) -> None:
        """Forget the text and close (locking)."""
        self.panel.clear()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.clear()
        super().closeEvent(event)
        self.sig_closed.emit()


class PlanReviewView(QWidget):
    """The "Doornemen met cliënt" tab: the plan in plain words, and the button for the separate window.

    It stores nothing, so it has no ``sig_changed``.
    """

    sig_error = Signal(str)
    """A Dutch message for the page to show in a dialog (this view stores nothing, so it is rarely used)."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_review")
        self._service = service
        self._dialogs = dialogs
        self._werkblad: PlanWerkblad | None = None
        self._window: ReviewWindow | None = None
        self.panel = ReviewPanel("review", FONT_SCALE)
        self._fullscreen = QPushButton(self.tr("Op volledig &scherm"))
        self._fullscreen.setObjectName("review_fullscreen_button")
        self._fullscreen.setAccessibleName(self.tr("Het plan op volledig scherm tonen"))
        self._fullscreen.setToolTip(self.tr("Opent het plan in een eigen venster met grote letters; Esc sluit het."))
        self._fullscreen.setMinimumHeight(BUTTON_HEIGHT)
        self._fullscreen.clicked.connect(self.open_window)
        self.panel.toolbar.addWidget(self._fullscreen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.panel, 1)
        self._fullscreen.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        """Entering the tab puts the focus on the text, so the arrow keys page through the doelen at once."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.panel.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def window_view(self) -> ReviewWindow | None:
        """The separate window while it is open."""
        return self._window

    def show_werkblad(self, werkblad: PlanWerkblad) -> None:
        """Show this worksheet's plan; an open separate window follows."""
        self._werkblad = werkblad
        self.panel.show_plan(werkblad)
        self._fullscreen.setEnabled(True)
        if self._window is not None:
            self._window.panel.show_plan(werkblad)

    def clear(self) -> None:
        """Forget the plan and close the separate window (locking, leaving the casus)."""
        self.close_window()
        self._werkblad = None
        self.panel.clear()
        self._fullscreen.setEnabled(False)

    def open_window(self) -> None:
        """Open (or raise) the large-print window at the doel the tab shows, in full screen."""
        if self._werkblad is None:
            return
        if self._window is not None:
            self._window.raise_()
            self._window.activateWindow()
            return
        window = ReviewWindow(self)
        window.panel.show_plan(self._werkblad)
        window.panel.set_one_at_a_time(self.panel.one_at_a_time)
        window.panel.go_to(self.panel.index)
        window.sig_closed.connect(self._window_gone)
        self._window = window
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        window.panel.setFocus()

    def close_window(self) -> None:
        window, self._window = self._window, None
        if window is not None:
            window.clear()

    def _window_gone(self) -> None:
        self._window = None
