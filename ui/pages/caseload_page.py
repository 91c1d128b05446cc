"""The caseload: every open casus of the worker, filtered as you type, sortable, opened with Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from regie_desktop.app.caseload import caseload
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import FASE_LABELS, Fase
from ui.labels import fase_label
from ui.models.caseload_filter_proxy import CaseloadFilterProxy
from ui.models.caseload_model import CASUS_ROLE, COL_NAAM, HUISHOUDEN_ROLE, CaseloadModel
from ui.style import heading_font
from ui.widgets.row_table import RowTable

_COLUMN_WIDTHS = (200, 160, 75, 85, 190, 85, 120)  # until data arrives; the last column stretches


class CaseloadPage(QWidget):
    """Search field, phase filter and the caseload table; ``sig_open_casus`` when a row is opened."""

    sig_open_casus = Signal(str, str)
    """The worker opened a casus: casus id, huishouden id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseload_page")
        heading = QLabel(self.tr("Caseload"))
        heading.setFont(heading_font(self.font(), 1.6))
        heading.setAccessibleName(self.tr("Caseload"))

        self._filter = QLineEdit()
        self._filter.setObjectName("caseload_filter")
        self._filter.setAccessibleName(self.tr("Zoeken in caseload"))
        self._filter.setPlaceholderText(self.tr("Naam, adres of postcode"))
        self._filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Zoeken:"))
        filter_label.setBuddy(self._filter)
        self._phase = QComboBox()
        self._phase.setObjectName("phase_filter")
        self._phase.setAccessibleName(self.tr("Filter op fase"))
        self._phase.addItem(self.tr("Alle fasen"), None)
        for fase in FASE_LABELS:
            if fase != Fase.AFGESLOTEN:  # the caseload shows open casussen only
                self._phase.addItem(fase_label(fase), fase.value)
        phase_label = QLabel(self.tr("&Fase:"))
        phase_label.setBuddy(self._phase)
        self._count_label = QLabel()
        self._count_label.setObjectName("caseload_count_label")
        self._count_label.setAccessibleName(self.tr("Aantal casussen"))

        self._model = CaseloadModel(self)
        self._proxy = CaseloadFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._table = RowTable("caseload_table", self.tr("Caseload"))
        self._table.setModel(self._proxy)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order until a header is clicked
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)

        controls = QHBoxLayout()
        controls.addWidget(filter_label)
        controls.addWidget(self._filter, 1)
        controls.addSpacing(12)
        controls.addWidget(phase_label)
        controls.addWidget(self._phase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addLayout(controls)
        layout.addWidget(self._count_label)
        layout.addWidget(self._table, 1)
        QWidget.setTabOrder(self._filter, self._phase)
        QWidget.setTabOrder(self._phase, self._table)

        self._filter.textChanged.connect(self._apply_text)
        self._filter.returnPressed.connect(self._open_current_or_first)
        self._filter.installEventFilter(self)
        self._phase.currentIndexChanged.connect(self._apply_phase)
        self._table.sig_row_opened.connect(self._open)

    @property
    def table(self) -> RowTable:
        return self._table

    def refresh(self, service: WorkspaceService) -> None:
        """Read the caseload from the core (raises ``RegieError``) and show it, keeping the filters."""
        with service.unit_of_work() as (session, _actor):
            rows = caseload(session, service.today())
        first_fill = self._model.rowCount() == 0
        self._model.set_rows(rows)
        if first_fill:  # fit the columns to the data once; the worker's own widths stay after that
            self._table.resizeColumnsToContents()
        self._update_count()

    def visible_casus_ids(self) -> list[str]:
        """The casussen the filters show, in the table's order: what a presentation walks through."""
        return [str(self._proxy.index(row, COL_NAAM).data(CASUS_ROLE)) for row in range(self._proxy.rowCount())]

    def current_casus_id(self) -> str | None:
        """The casus of the selected row, or None."""
        index = self._table.currentIndex()
        return str(self._proxy.index(index.row(), COL_NAAM).data(CASUS_ROLE)) if index.isValid() else None

    def clear(self) -> None:
        """Drop every row and the typed filter text."""
        self._model.set_rows([])
        self._filter.clear()
        self._count_label.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow down in the search field moves into the table."""
        is_key = watched is self._filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and event.key() == Qt.Key.Key_Down and self._proxy.rowCount() > 0:
            self._table.setFocus()
            if not self._table.currentIndex().isValid():
                self._table.setCurrentIndex(self._proxy.index(0, COL_NAAM))
            return True
        return super().eventFilter(watched, event)

    def _apply_text(self, text: str) -> None:
        """Filter the rows on the typed text."""
        self._proxy.set_text(text)
        self._select_first_if_none()
        self._update_count()

    def _apply_phase(self) -> None:
        """Filter the rows on the chosen phase."""
        value = self._phase.currentData()
        self._proxy.set_phase(Fase(value) if value else None)
        self._select_first_if_none()
        self._update_count()

    def _select_first_if_none(self) -> None:
        if not self._table.currentIndex().isValid() and self._proxy.rowCount() > 0:
            self._table.setCurrentIndex(self._proxy.index(0, COL_NAAM))

    def _update_count(self) -> None:
        shown, total = self._proxy.rowCount(), self._model.rowCount()
        if shown == total:
            self._count_label.setText(self.tr("{n} casussen").format(n=total))
        else:
            self._count_label.setText(self.tr("{shown} van {total} casussen").format(shown=shown, total=total))

    def _open_current_or_first(self) -> None:
        """Enter in the search field opens the selected row, or the first one."""
        index = self._table.currentIndex()
        if not index.isValid() and self._proxy.rowCount() > 0:
            index = self._proxy.index(0, COL_NAAM)
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        """Emit ``sig_open_casus`` for the row of ``index``."""
        first = self._proxy.index(index.row(), COL_NAAM)
        self.sig_open_casus.emit(str(first.data(CASUS_ROLE)), str(first.data(HUISHOUDEN_ROLE)))
