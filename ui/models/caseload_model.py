"""The caseload as a Qt table model over the core's ``CaseloadRow``s."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from regie_desktop.app.caseload import CaseloadRow
from regie_desktop.domain.casus import Fase
from ui.formatting import dutch_date
from ui.labels import fase_label

CASUS_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
HUISHOUDEN_ROLE = Qt.ItemDataRole.UserRole + 2
SPOED_BACKGROUND = QColor("#fde0e0")
PHASE_ORDER = {fase: i for i, fase in enumerate(Fase)}
COL_NAAM, COL_ADRES, COL_POSTCODE, COL_FASE, COL_STAP, COL_DATUM, COL_REGISSEUR, COL_ACTIVITEIT = range(8)
_Index = QModelIndex | QPersistentModelIndex


class CaseloadModel(QAbstractTableModel):
    """Read-only rows; ``CASUS_ROLE`` gives the casus id and ``SORT_ROLE`` a value that sorts correctly."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._headers = [
            self.tr("Naam"),
            self.tr("Adres"),
            self.tr("Postcode"),
            self.tr("Fase"),
            self.tr("Volgende stap"),
            self.tr("Datum"),
            self.tr("Regisseur"),
            self.tr("Laatste activiteit"),
        ]

    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        """Replace all rows at once."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseloadRow:
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
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == CASUS_ROLE:
            return row.casus_id
        if role == HUISHOUDEN_ROLE:
            return row.huishouden_id
        if role == Qt.ItemDataRole.BackgroundRole and row.spoed:
            return SPOED_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and row.spoed and column == COL_NAAM:
            return self.tr("Spoed")
        return None

    def _display(self, row: CaseloadRow, column: int) -> str:
        if column == COL_NAAM:
            return self.tr("{name} (spoed)").format(name=row.naam) if row.spoed else row.naam
        values = {
            COL_ADRES: row.adres,
            COL_POSTCODE: row.postcode,
            COL_FASE: fase_label(row.fase),
            COL_STAP: row.volgende_stap,
            COL_DATUM: dutch_date(row.volgende_stap_op),
            COL_REGISSEUR: row.regisseur,
            COL_ACTIVITEIT: dutch_date(row.laatste_activiteit),
        }
        return values[column]

    def _sort_value(self, row: CaseloadRow, column: int) -> str | int:
        if column == COL_FASE:
            return PHASE_ORDER[row.fase]
        if column == COL_DATUM:
            return _ordinal(row.volgende_stap_op)
        if column == COL_ACTIVITEIT:
            return _ordinal(row.laatste_activiteit)
        texts = {COL_NAAM: row.naam, COL_ADRES: row.adres, COL_POSTCODE: row.postcode}
        texts |= {COL_STAP: row.volgende_stap, COL_REGISSEUR: row.regisseur}
        return texts[column].casefold()


def _ordinal(day: dt.date | None) -> int:
    """Days since year 1; no date sorts last."""
    return day.toordinal() if day is not None else dt.date.max.toordinal()
