"""A dossier's access log as a Qt table model over the core's ``LogboekEntry``s, filtered by the core's rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from regie_desktop.app.logboek import LogboekEntry, LogboekFilter, filter_entries
from ui.formatting import dutch_date, local_moment

ENTRY_ROLE = Qt.ItemDataRole.UserRole
COL_WANNEER, COL_WIE, COL_WAT, COL_APPARAAT = range(4)
_Index = QModelIndex | QPersistentModelIndex


class LogboekModel(QAbstractTableModel):
    """Read-only, newest first; ``ENTRY_ROLE`` gives the entry id. ``set_filter`` narrows what is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[LogboekEntry] = []
        self._rows: list[LogboekEntry] = []
        self._filter = LogboekFilter()
        self._headers = [self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Laptop")]

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
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            local = local_moment(entry.at)
            values = {
                COL_WANNEER: f"{dutch_date(local)} {local:%H:%M:%S}",
                COL_WIE: entry.worker_naam,
                COL_WAT: entry.wat,
                COL_APPARAAT: entry.apparaat,
            }
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_WAT:
            return entry.action
        if role == ENTRY_ROLE:
            return entry.id
        return None
