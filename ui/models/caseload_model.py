"""The caseload as a Qt table model over the core's ``CaseloadRow``s."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from regie_desktop.app.caseload import CaseloadRow
from regie_desktop.domain.casus import Fase
from ui.formatting import dutch_date
from ui.labels import fase_label
from ui.models.read_only_table import ReadOnlyTableModel

CASUS_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
HUISHOUDEN_ROLE = Qt.ItemDataRole.UserRole + 2
SPOED_BACKGROUND = QColor("#fde0e0")
PHASE_ORDER = {fase: i for i, fase in enumerate(Fase)}
COL_NAAM, COL_ADRES, COL_POSTCODE, COL_FASE, COL_STAP, COL_DATUM, COL_REGISSEUR, COL_ACTIVITEIT = range(8)


class CaseloadModel(ReadOnlyTableModel):
    """Read-only rows; ``CASUS_ROLE`` gives the casus id and ``SORT_ROLE`` a value that sorts correctly."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("Naam"),
                self.tr("Adres"),
                self.tr("Postcode"),
                self.tr("Fase"),
                self.tr("Volgende stap"),
                self.tr("Datum"),
                self.tr("Regisseur"),
                self.tr("Laatste activiteit"),
            ],
            parent,
        )

    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        """Replace all rows at once."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseloadRow:
        record: CaseloadRow = self._rows[row]
        return record

    def cell(self, record: Any, column: int, role: int) -> Any:
        row: CaseloadRow = record
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
