"""Inputs of the plan editor: large enough to hit with a finger, and deaf to the wheel unless focused.

The editor is one long scrolling page; a combo box or date field that changes its value when the wheel
passes over it would alter a plan while the worker only meant to scroll.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from ui.dates import DATE_FORMAT

MIN_HEIGHT = 36
"""Smallest height of an input or button: a comfortable target for a finger or a shaky trackpad."""


class ComboBox(QComboBox):
    """A combo box that lets the wheel scroll the page unless it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(MIN_HEIGHT)

    def wheelEvent(self, e: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(e)
        else:
            e.ignore()  # passed on to the scroll area


class DateEdit(QDateEdit):
    """A date field that lets the wheel scroll the page unless it has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setDisplayFormat(DATE_FORMAT)

    def wheelEvent(self, e: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(e)
        else:
            e.ignore()


def line_edit(object_name: str, accessible_name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(MIN_HEIGHT)
    return edit


def text_edit(object_name: str, accessible_name: str, lines: int, placeholder: str = "") -> QPlainTextEdit:
    """A few lines of plain text that Tab leaves (keyboard-only work), with room for ``lines`` lines."""
    field = QPlainTextEdit()
    field.setObjectName(object_name)
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    field.setTabChangesFocus(True)
    height = field.fontMetrics().lineSpacing() * lines + 16
    field.setMinimumHeight(height)
    field.setMaximumHeight(height + field.fontMetrics().lineSpacing())
    return field
