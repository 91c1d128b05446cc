"""A dossier's access log as a Qt table model over the core's ``LogboekEntry``s, filtered by the core's rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from regie_desktop.app.logboek import LogboekEntry, LogboekFilter, filter_entries
from ui.formatting import dutch_date, local_moment
from ui.models.read_only_table import ReadOnlyTableModel

ENTRY_ROLE = Qt.ItemDataRole.UserRole
COL_WANNEER, COL_WIE, COL_WAT, COL_APPARAAT = range(4)


class LogboekModel(ReadOnlyTableModel):
    """Read-only, newest first; ``ENTRY_ROLE`` gives the entry id. ``set_filter`` narrows what is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Laptop")], parent)
        self._all: list[LogboekEntry] = []
        self._filter = LogboekFilter()

    def set_entries(self, entries: Sequence[LogboekEntry]) -> None:
        """Replace all entries (the current filter stays)."""
        self.beginResetModel()
        self._all = list(entries)
        self._rows = filter_entries(self._all, self._filter)
        self.endResetModel()

    def set_filter(self, wanted: LogboekFilter) -> None:
        self.beginResetModel()
        self._filter = wanted
        self._rows = filter_entries(self._all, wanted)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._all, self._rows, self._filter = [], [], LogboekFilter()
        self.endResetModel()

    def total(self) -> int:
        return len(self._all)

    def entry_at(self, row: int) -> LogboekEntry:
        entry: LogboekEntry = self._rows[row]
        return entry

    def cell(self, record: Any, column: int, role: int) -> Any:
        entry: LogboekEntry = record
        if role == Qt.ItemDataRole.DisplayRole:
            local = local_moment(entry.at)
            values = {
                COL_WANNEER: f"{dutch_date(local)} {local:%H:%M:%S}",
                COL_WIE: entry.worker_naam,
                COL_WAT: entry.wat,
                COL_APPARAAT: entry.apparaat,
            }
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WAT:
            return entry.action
        if role == ENTRY_ROLE:
            return entry.id
        return None
