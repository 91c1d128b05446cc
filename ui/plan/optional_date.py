"""A date that may also be left open: a check box ("Geen datum", "zo snel mogelijk") beside a date field.

A QDateEdit always holds some date, and the usual trick (a special value at the minimum date) cannot be
reached by typing; a check box says plainly that no date is set and is one key or one tap away.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSizePolicy, QWidget

from ui.dates import DATE_FORMAT
from ui.plan.inputs import MIN_HEIGHT, DateEdit


class OptionalDateEdit(QWidget):
    """A date or None; while the box is ticked the date field is hidden (its place kept, so rows do not jump).

    The box comes first: untick it and Tab reaches the date.
    """

    sig_changed = Signal()
    """The worker set, changed or removed the date."""

    def __init__(
        self,
        object_name: str,
        none_object_name: str,
        accessible_name: str,
        none_text: str,
        default: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{object_name}_field")
        self._default = default
        self._none_text = none_text
        self.none_box = QCheckBox(none_text)
        self.none_box.setObjectName(none_object_name)
        self.none_box.setMinimumHeight(MIN_HEIGHT)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName(object_name)
        self.set_accessible_name(accessible_name)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate(default))
        policy = self.date_edit.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.date_edit.setSizePolicy(policy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.none_box)
        layout.addWidget(self.date_edit)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.none_box.setChecked(True)
        self.date_edit.setVisible(False)
        self.none_box.toggled.connect(self._toggled)
        self.date_edit.dateChanged.connect(self._date_changed)

    def value(self) -> dt.date | None:
        if self.none_box.isChecked():
            return None
        day = self.date_edit.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def set_value(self, day: dt.date | None) -> None:
        """Show ``day`` without emitting ``sig_changed`` (loading is not an edit)."""
        self.blockSignals(True)
        try:
            self.none_box.setChecked(day is None)
            self.date_edit.setDate(QDate(day or self._default))
            self.date_edit.setVisible(day is not None)
        finally:
            self.blockSignals(False)

    def set_default(self, day: dt.date) -> None:
        """The date offered when the worker unticks the box (it moves with today)."""
        self._default = day
        if self.none_box.isChecked():
            self.date_edit.setDate(QDate(day))

    def set_accessible_name(self, name: str) -> None:
        self.date_edit.setAccessibleName(name)
        self.none_box.setAccessibleName(f"{name}: {self._none_text}")

    def focus_widgets(self) -> list[QWidget]:
        """The inputs in reading order, for the page's tab order."""
        return [self.none_box, self.date_edit]

    def _toggled(self, none: bool) -> None:
        self.date_edit.setVisible(not none)
        self.sig_changed.emit()

    def _date_changed(self, _date: QDate) -> None:
        if not self.none_box.isChecked():
            self.sig_changed.emit()
