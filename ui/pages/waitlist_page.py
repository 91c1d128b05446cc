"""The wachtlijst: casussen waiting for a gesprek, with days waiting and the direct contact person."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from regie_desktop.app.caseload import WaitlistRow, waitlist
from regie_desktop.app.workspace_service import WorkspaceService
from ui.formatting import dutch_date
from ui.pages.vandaag_page import SPOED_BACKGROUND, SPOED_FOREGROUND
from ui.style import heading_font
from ui.widgets.row_table import RowTable

CASUS_ROLE = Qt.ItemDataRole.UserRole
HUISHOUDEN_ROLE = Qt.ItemDataRole.UserRole + 1


class WaitlistPage(QWidget):
    """Lists ``waitlist`` rows, spoed and longest wait first; Enter or a double-click opens the casus."""

    sig_open_casus = Signal(str, str)
    """The worker opened a casus: casus id, huishouden id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitlist_page")
        heading = QLabel(self.tr("Wachtlijst"))
        heading.setFont(heading_font(self.font(), 1.6))
        heading.setAccessibleName(self.tr("Wachtlijst"))
        note = QLabel(self.tr("Wachten is riskant: houd contact met wie wacht."))
        note.setObjectName("waitlist_note")
        self._model = QStandardItemModel(0, 5, self)
        self._model.setHorizontalHeaderLabels(
            [self.tr("Spoed"), self.tr("Naam"), self.tr("Wacht sinds"), self.tr("Dagen"), self.tr("Contactpersoon")]
        )
        self._table = RowTable("waitlist_table", self.tr("Wachtlijst"))
        self._table.setModel(self._model)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        self._table.sig_row_opened.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self._table, 1)

    def refresh(self, service: WorkspaceService) -> None:
        """Read the wachtlijst from the core (raises ``RegieError``) and show it."""
        with service.unit_of_work() as (session, _actor):
            rows = waitlist(session, service.today())
        self._model.removeRows(0, self._model.rowCount())
        for row in rows:
            self._model.appendRow(self._cells(row))

    def _cells(self, row: WaitlistRow) -> list[QStandardItem]:
        spoed = QStandardItem(self.tr("Spoed") if row.spoed else "")
        spoed.setData(row.casus_id, CASUS_ROLE)
        spoed.setData(row.huishouden_id, HUISHOUDEN_ROLE)
        if row.spoed:
            spoed.setBackground(SPOED_BACKGROUND)
            spoed.setForeground(SPOED_FOREGROUND)
        days = QStandardItem(str(row.dagen))
        days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cells = [spoed, QStandardItem(row.naam), QStandardItem(dutch_date(row.wacht_sinds)), days]
        cells.append(QStandardItem(row.contactpersoon))
        for cell in cells:
            cell.setEditable(False)
        return cells

    def _open(self, index: QModelIndex) -> None:
        """Emit ``sig_open_casus`` for the row of ``index``."""
        first = self._model.index(index.row(), 0)
        self.sig_open_casus.emit(str(first.data(CASUS_ROLE)), str(first.data(HUISHOUDEN_ROLE)))

    def clear(self) -> None:
        """Drop every row."""
        self._model.removeRows(0, self._model.rowCount())
