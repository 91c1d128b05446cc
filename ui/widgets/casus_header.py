"""The top row of a page about one casus (plan, traject): back to the household, whose casus it is, a status."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.style import heading_font


class CasusHeader(QHBoxLayout):
    """``← Terug`` (also Esc), the title and ``side`` on the right; object names start with ``name``."""

    def __init__(self, name: str, title_accessible: str, side: QWidget, on_back: Callable[[], None]) -> None:
        super().__init__()
        self.back_button = QPushButton(self.tr("← Terug"))
        self.back_button.setObjectName(f"{name}_back_button")
        self.back_button.setAccessibleName(self.tr("Terug naar het huishouden"))
        self.back_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_button.clicked.connect(on_back)
        self.title = QLabel()
        self.title.setObjectName(f"{name}_title")
        self.title.setAccessibleName(title_accessible)
        self.title.setFont(heading_font(self.title.font(), 1.4))
        self.addWidget(self.back_button)
        self.addSpacing(12)
        self.addWidget(self.title, 1)
        self.addWidget(side)
