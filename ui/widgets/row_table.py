"""A read-only table whose rows are opened with Enter or a double-click (or one click, where asked)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ROWS_MEASURED = 100  # columns sized to their contents look at this many rows, not all of them
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RowTable(QTableView):
    """Whole-row selection, no editing, keyboard navigation; ``sig_row_opened`` on Enter or double-click.

    With ``single_click`` one click opens the row (a to-do list such as Vandaag, where looking is opening);
    the arrow keys still only move the selection.
    """

    sig_row_opened = Signal(QModelIndex)
    """The worker opened a row (Enter, Return, a double-click or, with ``single_click``, a click)."""

    def __init__(
        self, object_name: str, accessible_name: str, parent: QWidget | None = None, single_click: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        # Rows of one text line: a fixed height. Sizing rows (or columns) to their contents makes Qt measure
        # every cell of every row on each relayout, which cost ~0.6 s per page switch with 1,000 casussen.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        (self.clicked if single_click else self.doubleClicked).connect(self._open)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter and Return open the current row instead of being passed on."""
        is_key = watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and event.key() in _OPEN_KEYS and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _open(self, index: QModelIndex) -> None:
        """Tell the page which row was opened."""
        if index.isValid():
            self.sig_row_opened.emit(index)
