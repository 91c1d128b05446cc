"""A doel's editable list of rows (acties, inzet): add, remove and renumber, with the focus kept sensible.

Both lists are laid out from real input widgets on a grid, not a QTableView with delegates (one tap per
cell at the kitchen table); what differs is only what a row holds and how its inputs are named.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.plan.inputs import MIN_HEIGHT


class GridRow(Protocol):
    remove: QPushButton

    def widgets(self) -> list[QWidget]: ...


class RowGrid(QWidget):
    """Rows on a grid below ``first_grid_row`` (headers may sit above), an empty text and an add button.

    A subclass makes a row in ``_append(item)`` (appending it to ``_rows``), names its inputs in
    ``_name_row(row, n)`` and says which input takes the focus in ``_first_input(row)``.
    """

    sig_changed = Signal()
    """A row was added, removed or edited."""

    def __init__(self, first_grid_row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_grid_row = first_grid_row
        self._rows: list[Any] = []
        self._editable = True
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._empty = QLabel()
        self.add_button = QPushButton()
        self.add_button.setMinimumHeight(MIN_HEIGHT)
        self.add_button.clicked.connect(self._add_clicked)
        below = QHBoxLayout()
        below.addWidget(self.add_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addLayout(self._grid)
        layout.addLayout(below)

    # --- for subclasses ------------------------------------------------------------------------------------------
    def _append(self, item: Any) -> Any:
        raise NotImplementedError

    def _name_row(self, row: Any, n: int) -> None:
        raise NotImplementedError

    def _first_input(self, row: Any) -> QWidget:
        raise NotImplementedError

    def _row_focus_widgets(self, row: Any) -> list[QWidget]:
        widgets: list[QWidget] = row.widgets()
        return widgets

    def _relayout_done(self) -> None:
        self._empty.setVisible(not self._rows)

    # --- shared ----------------------------------------------------------------------------------------------------
    def _replace(self, items: Iterable[Any]) -> None:
        """Show ``items`` (replacing every row) without emitting ``sig_changed``."""
        self.blockSignals(True)
        try:
            for row in list(self._rows):
                self._drop(row)
            for item in items:
                self._append(item)
        finally:
            self.blockSignals(False)
        self._relayout()

    def focus_widgets(self) -> list[QWidget]:
        """Every input in reading order (row by row), then the add button: for the editor's tab order."""
        widgets: list[QWidget] = []
        for row in self._rows:
            widgets += self._row_focus_widgets(row)
        widgets.append(self.add_button)
        return widgets

    def add_row(self) -> Any:
        """A new empty row at the end, with the focus on its first input."""
        row = self._append(None)
        self._relayout()
        self.sig_changed.emit()
        self._first_input(row).setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: Any) -> None:
        index = self._rows.index(row)
        self._drop(row)
        self._relayout()
        if self._rows:
            self._first_input(self._rows[min(index, len(self._rows) - 1)]).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_changed.emit()

    def _add_clicked(self) -> None:
        self.add_row()

    def _drop(self, row: Any) -> None:
        self._rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _relayout(self) -> None:
        """Put the rows back on the grid in order (a removed row leaves no gap) and renumber their names."""
        for row in self._rows:
            for widget in row.widgets():
                self._grid.removeWidget(widget)
        for n, row in enumerate(self._rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, self._first_grid_row + n - 1, column)
                widget.setVisible(widget is not row.remove or self._editable)  # now, not on the next event
            self._name_row(row, n)
        self._relayout_done()

    def _edited(self) -> None:
        self.sig_changed.emit()
