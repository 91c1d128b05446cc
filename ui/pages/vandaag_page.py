"""The "Vandaag" page: what is overdue or due soon, spoed casussen first, under a compact header."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from regie_desktop.app.caseload import TodayItem, TodayKind, today_items
from regie_desktop.app.workspace_service import WorkspaceService
from ui.formatting import dutch_date
from ui.style import heading_font
from ui.widgets.row_table import RowTable
from ui.widgets.workspace_summary import WorkspaceSummary

SPOED_BACKGROUND = QColor("#b00020")
SPOED_FOREGROUND = QColor("#ffffff")
LATE_FOREGROUND = QColor("#a4000f")
CASUS_ROLE = Qt.ItemDataRole.UserRole
HUISHOUDEN_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
# A due regiestap is marked done on the traject's timeline, so its row opens there instead of the household.
TRAJECT_KINDS = frozenset({TodayKind.REGIESTAP_TE_LAAT, TodayKind.REGIESTAP_DEZE_WEEK})
COL_SPOED, COL_STATUS, COL_DATE, COL_NAME, COL_WHAT = range(5)


class VandaagPage(QWidget):
    """Lists ``today_items``; a click or Enter opens the casus, or its traject for a due regiestap."""

    sig_open_casus = Signal(str, str)
    """The worker opened a casus: casus id, huishouden id."""
    sig_open_traject = Signal(str)
    """The worker opened a due regiestap: the casus id whose timeline to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vandaag_page")
        heading = QLabel(self.tr("Vandaag"))
        heading.setFont(heading_font(self.font(), 1.6))
        heading.setAccessibleName(self.tr("Vandaag"))
        self.summary = WorkspaceSummary()
        self._count_label = QLabel()
        self._count_label.setObjectName("today_count_label")
        self._count_label.setAccessibleName(self.tr("Aantal punten voor vandaag"))
        self._model = QStandardItemModel(0, 5, self)
        self._model.setHorizontalHeaderLabels(
            [self.tr("Spoed"), self.tr("Status"), self.tr("Datum"), self.tr("Naam"), self.tr("Wat")]
        )
        self._table = RowTable("today_table", self.tr("Wat vandaag aandacht vraagt"), single_click=True)
        self._table.setModel(self._model)
        header = self._table.horizontalHeader()
        for column in (COL_SPOED, COL_STATUS, COL_DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NAME, 220)
        self._table.sig_row_opened.connect(self._open)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(self._count_label)
        layout.addWidget(self._table, 1)

    @property
    def table(self) -> RowTable:
        return self._table

    def refresh(self, service: WorkspaceService) -> None:
        """Read what is due today from the core (raises ``RegieError``) and show it."""
        today = service.today()
        with service.unit_of_work() as (session, _actor):
            items = today_items(session, today)
        self.show_items(items, today)

    def show_items(self, items: list[TodayItem], today: dt.date) -> None:
        """Replace the rows with ``items`` (already in the core's order: spoed first)."""
        self._model.removeRows(0, self._model.rowCount())
        for item in items:
            self._model.appendRow(self._row(item, today))
        if not items:
            self._count_label.setText(self.tr("Niets dringends vandaag."))
        elif len(items) == 1:
            self._count_label.setText(self.tr("1 punt vraagt aandacht."))
        else:
            self._count_label.setText(self.tr("{n} punten vragen aandacht.").format(n=len(items)))
        if items:
            self._table.setCurrentIndex(self._model.index(0, 0))

    def _row(self, item: TodayItem, today: dt.date) -> list[QStandardItem]:
        spoed = QStandardItem(self.tr("Spoed") if item.spoed else "")
        spoed.setData(item.casus_id, CASUS_ROLE)
        spoed.setData(item.huishouden_id, HUISHOUDEN_ROLE)
        spoed.setData(item.kind.value, KIND_ROLE)
        if item.spoed:
            spoed.setBackground(SPOED_BACKGROUND)
            spoed.setForeground(SPOED_FOREGROUND)
            spoed.setToolTip(self.tr("Spoed: deze casus gaat voor"))
        status = QStandardItem(self._status(item, today))
        if self._late(item, today):
            status.setForeground(LATE_FOREGROUND)
        cells = [spoed, status, QStandardItem(dutch_date(item.op)), QStandardItem(item.naam)]
        cells.append(QStandardItem(item.omschrijving))
        for cell in cells:
            cell.setEditable(False)
        return cells

    def _late(self, item: TodayItem, today: dt.date) -> bool:
        if item.kind in (TodayKind.REGIESTAP_TE_LAAT, TodayKind.SPOED_ZONDER_GESPREK, TodayKind.MELDCODE):
            return True
        dated = (TodayKind.TUSSENEVALUATIE, TodayKind.WAAKVLAM_CONTACT)
        return item.kind in dated and item.op is not None and item.op < today

    def _status(self, item: TodayItem, today: dt.date) -> str:
        if item.kind == TodayKind.SPOED_ZONDER_GESPREK:
            return self.tr("direct")
        if item.kind == TodayKind.MELDCODE:
            return self.tr("meldcode")
        if self._late(item, today):
            return self.tr("te laat")
        if item.kind == TodayKind.ZRM_VEROUDERD:
            return self.tr("verouderd")
        if item.op == today:
            return self.tr("vandaag")
        return self.tr("binnenkort")

    def _open(self, index: QModelIndex) -> None:
        first = self._model.index(index.row(), COL_SPOED)
        if first.data(KIND_ROLE) in TRAJECT_KINDS:
            self.sig_open_traject.emit(str(first.data(CASUS_ROLE)))
        else:
            self.sig_open_casus.emit(str(first.data(CASUS_ROLE)), str(first.data(HUISHOUDEN_ROLE)))

    def clear(self) -> None:
        """Drop every row and the header's data."""
        self._model.removeRows(0, self._model.rowCount())
        self._count_label.clear()
        self.summary.clear()
