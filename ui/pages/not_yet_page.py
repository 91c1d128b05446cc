"""An honest page for a navigation item whose feature arrives in a later version."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.style import heading_font


class NotYetPage(QWidget):
    """A heading and one sentence; it shows no data and pretends nothing."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        heading = QLabel(title)
        heading.setFont(heading_font(self.font(), 1.6))
        note = QLabel(self.tr("Komt in een volgende versie."))
        note.setObjectName("not_yet_label")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(1)
