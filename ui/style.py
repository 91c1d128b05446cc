"""Small look-and-feel helpers shared by dialogs and pages (no widgets of its own)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #a4000f;"  # dark red: readable on white and on the usual light grey window colour


def error_label(object_name: str, accessible_name: str) -> QLabel:
    """A red, word-wrapped label for a Dutch error message; hidden while it has no text."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setAccessibleName(accessible_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str) -> None:
    """Set ``text`` on ``label`` and show the label only when there is something to say."""
    label.setText(text)
    label.setVisible(bool(text))


def heading_font(base: QFont, step: float = 1.4) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * step)
    font.setBold(True)
    return font


def monospace_font(point_size: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    return font
