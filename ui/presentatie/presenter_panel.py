"""The laptop's controls while presenting: which casus, which part, show names, stop.

It stays on the worker's own screen, so the room never sees the list, a button or a dialog. The list holds
case labels only. Page Down / Page Up (what a presenter's clicker sends) go to the next and previous casus,
Ctrl+↓ / Ctrl+↑ scroll the plan on the projector, Esc stops; the same keys work while the projector window has
the focus (``PresentationSession``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.presentatie import PresentatieItem
from ui.presentatie.presentation_window import Part


class PresenterPanel(QWidget):
    """Vorige/volgende, the list of case labels, the part to show, "Namen tonen…" and "Presentatie stoppen"."""

    sig_next = Signal()
    sig_previous = Signal()
    sig_go_to = Signal(int)
    sig_part = Signal(str)
    sig_reveal = Signal()
    sig_stop = Signal()
    sig_lock = Signal()
    """Ctrl+L while the panel or the projector has the focus: lock Regie as from the main window."""
    sig_scroll = Signal(int)
    """Scroll the projector's plan column by this many screens (Ctrl+↓ / Ctrl+↑, or the buttons)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter_panel")
        self.setWindowTitle(self.tr("Regie — presentatie bedienen"))
        self.setAccessibleName(self.tr("Presentatie bedienen"))
        self.position = QLabel()
        self.position.setObjectName("presenter_position")
        self.position.setAccessibleName(self.tr("Welke casus"))
        font = self.position.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.position.setFont(font)
        self.list = QListWidget()
        self.list.setObjectName("presenter_list")
        self.list.setAccessibleName(self.tr("Casussen in deze presentatie"))
        self.previous_button = QPushButton(self.tr("◀ &Vorige"))
        self.previous_button.setObjectName("presenter_previous")
        self.previous_button.setToolTip(self.tr("Vorige casus (Page Up)"))
        self.next_button = QPushButton(self.tr("Vo&lgende ▶"))
        self.next_button.setObjectName("presenter_next")
        self.next_button.setToolTip(self.tr("Volgende casus (Page Down)"))
        self.reveal_button = QPushButton(self.tr("&Namen tonen…"))
        self.reveal_button.setObjectName("presenter_reveal")
        self.reveal_button.setToolTip(self.tr("De namen van deze casus op de beamer tonen; dit komt in het logboek"))
        self.stop_button = QPushButton(self.tr("Presentatie &stoppen"))
        self.stop_button.setObjectName("presenter_stop")
        self.stop_button.setToolTip(self.tr("Beamer leegmaken en sluiten (Esc)"))
        self.scroll_up_button = QPushButton(self.tr("Plan om&hoog"))
        self.scroll_up_button.setObjectName("presenter_scroll_up")
        self.scroll_up_button.setToolTip(self.tr("Het plan op de beamer terugschuiven (Ctrl+↑)"))
        self.scroll_down_button = QPushButton(self.tr("Plan omlaa&g"))
        self.scroll_down_button.setObjectName("presenter_scroll_down")
        self.scroll_down_button.setToolTip(self.tr("Verder in het plan op de beamer (Ctrl+↓)"))
        self.revealed = QLabel()
        self.revealed.setObjectName("presenter_revealed")
        self.revealed.setWordWrap(True)

        parts = QGroupBox(self.tr("Tonen"))
        parts.setObjectName("presenter_parts")
        parts_layout = QHBoxLayout(parts)
        self._parts = QButtonGroup(self)
        for part, text in (
            (Part.ALLES, self.tr("&Alles")),
            (Part.PLAN, self.tr("&Plan")),
            (Part.ZRM, self.tr("&ZRM")),
            (Part.TIJDLIJN, self.tr("&Tijdlijn")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"presenter_part_{part.value}")
            button.setProperty("part", part.value)
            button.setChecked(part is Part.ALLES)
            self._parts.addButton(button)
            parts_layout.addWidget(button)
        self._parts.buttonClicked.connect(lambda b: self.sig_part.emit(str(b.property("part"))))

        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.next_button)
        scrolling = QHBoxLayout()
        scrolling.addWidget(self.scroll_up_button)
        scrolling.addWidget(self.scroll_down_button)
        actions = QHBoxLayout()
        actions.addWidget(self.reveal_button)
        actions.addStretch(1)
        actions.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.position)
        layout.addLayout(navigation)
        layout.addWidget(self.list, 1)
        layout.addWidget(parts)
        layout.addLayout(scrolling)
        layout.addWidget(self.revealed)
        layout.addLayout(actions)
        self.resize(460, 520)

        self.previous_button.clicked.connect(self.sig_previous)
        self.next_button.clicked.connect(self.sig_next)
        self.reveal_button.clicked.connect(self.sig_reveal)
        self.stop_button.clicked.connect(self.sig_stop)
        self.scroll_up_button.clicked.connect(lambda: self.sig_scroll.emit(-1))
        self.scroll_down_button.clicked.connect(lambda: self.sig_scroll.emit(1))
        self.list.itemActivated.connect(lambda item: self.sig_go_to.emit(self.list.row(item)))
        install_keys(self, self)

    def set_items(self, items: tuple[PresentatieItem, ...]) -> None:
        self.list.clear()
        for n, item in enumerate(items, start=1):
            entry = QListWidgetItem(f"{n}. {item.label}")
            entry.setData(Qt.ItemDataRole.UserRole, item.casus_id)
            self.list.addItem(entry)

    def show_position(self, index: int, count: int, label: str, revealed: bool) -> None:
        self.position.setText(self.tr("Casus {n} van {count}: {label}").format(n=index + 1, count=count, label=label))
        self.list.setCurrentRow(index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        self.reveal_button.setText(self.tr("&Namen verbergen") if revealed else self.tr("&Namen tonen…"))
        self.revealed.setText(
            self.tr("De namen van deze casus staan op de beamer.")
            if revealed
            else self.tr("Zonder namen op de beamer.")
        )

    def part(self) -> Part:
        checked = self._parts.checkedButton()
        return Part(str(checked.property("part"))) if checked is not None else Part.ALLES

    def clear(self) -> None:
        self.list.clear()
        self.position.clear()
        self.revealed.clear()


def install_keys(window: QWidget, panel: PresenterPanel) -> None:
    """Page Down/Up, Ctrl+↓/↑, Esc and Ctrl+L on ``window`` drive the panel, so a clicker works whichever window has
    the focus."""
    for key, signal in (
        (Qt.Key.Key_PageDown, panel.sig_next),
        (Qt.Key.Key_PageUp, panel.sig_previous),
        (Qt.Key.Key_Escape, panel.sig_stop),
        (Qt.Modifier.CTRL | Qt.Key.Key_L, panel.sig_lock),
    ):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(signal)
    for key, pages in ((Qt.Modifier.CTRL | Qt.Key.Key_Down, 1), (Qt.Modifier.CTRL | Qt.Key.Key_Up, -1)):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda pages=pages: panel.sig_scroll.emit(pages))
