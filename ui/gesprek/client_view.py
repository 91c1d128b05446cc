""" "Toon aan cliënt": a separate window the worker turns towards the client, with what was said in the gesprek.

It shows only this casus's gesprek texts that are not marked "alleen voor professionals" (veiligheid never),
in a large font, without navigation or any other dossier. Escape closes it; locking closes it too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from regie_desktop.app.gesprek import ClientTexts
from ui.style import heading_font

FONT_SCALE = 1.6


def _plain(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the client's own words: never interpreted as markup
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class ClientView(QWidget):
    """A top-level window with ``ClientTexts``; ``clear`` empties and closes it."""

    sig_closed = Signal()
    """The window was closed (Escape, the button, the window manager or locking)."""

    def __init__(self, texts: ClientTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("client_view")
        self.setWindowTitle(self.tr("Ons gesprek"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * FONT_SCALE)
        self.setFont(font)
        self.resize(1100, 760)

        self._content = QWidget()
        self._content.setObjectName("client_view_content")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(36, 24, 36, 24)
        self._layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setObjectName("client_view_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._content)
        close = QPushButton(self.tr("Sluiten (Esc)"))
        close.setObjectName("client_view_close")
        close.setAccessibleName(self.tr("Sluiten"))
        close.setMinimumHeight(48)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(scroll, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignHCenter)
        self._show(texts)

    def _show(self, texts: ClientTexts) -> None:
        title = _plain(
            self.tr("Ons gesprek met {naam}").format(naam=texts.titel) if texts.titel else "", "client_title"
        )
        title.setFont(heading_font(self.font(), 1.3))
        self._layout.addWidget(title)
        sections = [
            (self.tr("Uw vraag"), texts.hulpvraag_toelichting),
            (self.tr("Iets doen voor een ander"), texts.wederkerigheid),
            (self.tr("Wat we van elkaar verwachten"), texts.verwachtingen),
        ]
        shown = 0
        for heading, text in sections[:1]:
            shown += self._section(heading, text)
        current = ""
        for notitie in texts.notities:
            if notitie.leefgebied != current:
                current = notitie.leefgebied
                self._heading(current)
            who = _plain(notitie.persoon)
            who.setFont(heading_font(self.font(), 1.0))
            self._layout.addWidget(who)
            for caption, text in (
                (self.tr("Zorg"), notitie.zorg),
                (self.tr("Kracht"), notitie.kracht),
                (self.tr("Wens"), notitie.wens),
            ):
                if text:
                    self._layout.addWidget(_plain(f"{caption}: {text}"))
            shown += 1
        for heading, text in sections[1:]:
            shown += self._section(heading, text)
        if not shown:
            self._layout.addWidget(_plain(self.tr("Er is nog niets opgeschreven om te laten zien."), "client_empty"))
        self._layout.addStretch(1)

    def _heading(self, text: str) -> None:
        heading = _plain(text)
        heading.setFont(heading_font(self.font(), 1.15))
        heading.setContentsMargins(0, 12, 0, 0)
        self._layout.addWidget(heading)

    def _section(self, heading: str, text: str) -> int:
        if not text:
            return 0
        self._heading(heading)
        self._layout.addWidget(_plain(text))
        return 1

    def texts(self) -> list[str]:
        """Every text the window shows (for tests and the screen reader check)."""
        return [label.text() for label in self._content.findChildren(QLabel) if label.text()]

    def clear(self) -> None:
        """Forget the shown texts and close (locking)."""
        for label in self._content.findChildren(QLabel):
            label.clear()
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the window, wherever the focus is in it."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for label in self._content.findChildren(QLabel):
            label.clear()
        super().closeEvent(event)
        self.sig_closed.emit()
