"""Teamoverzicht: the figures a team reports, for the worker's own casussen or the whole team, over a period.

What is shown is the export itself (``regie_desktop.app.team_overview_export``): counts and aggregates with small
cells suppressed, so the page can be projected in the team meeting and a saved CSV or PDF holds exactly what the
team saw. Read when the page is shown and when scope or period change, never at unlock; emptied on lock.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.team_overview_export import (
    PublishedTable,
    Scope,
    TeamOverviewReport,
    export_team_overview,
    team_overview,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.team_figures import Period
from regie_desktop.errors import RegieError
from ui.dates import from_qdate, to_qdate
from ui.dialogs import DialogSeam
from ui.plan.document_view import write_with_save_file
from ui.plan.inputs import DateEdit
from ui.style import heading_font
from ui.widgets.zrm_change_chart import ZrmChangeChart

DEFAULT_DAYS = 365
"""The period shown first: the last twelve months up to today."""


class TeamOverviewPage(QWidget):
    """In the main navigation; ``refresh`` reads, ``clear`` empties (on lock)."""

    sig_error = Signal(str)
    """Reading or exporting failed; the text is a Dutch message for a dialog."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_overview_page")
        self._service = service
        self._dialogs = dialogs
        self._report: TeamOverviewReport | None = None
        self._loading = False
        title = QLabel(self.tr("Teamoverzicht"))
        title.setFont(heading_font(self.font(), 1.5))

        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("team_scope_combo")
        self.scope_combo.setAccessibleName(self.tr("Welke casussen"))
        self.scope_combo.addItem(self.tr("Mijn casussen"), Scope.MINE.value)
        self.scope_combo.addItem(self.tr("Het team"), Scope.TEAM.value)
        self.scope_combo.setCurrentIndex(1)
        scope_label = QLabel(self.tr("&Casussen:"))
        scope_label.setBuddy(self.scope_combo)
        self.van_edit = DateEdit()
        self.van_edit.setObjectName("team_period_from")
        self.van_edit.setAccessibleName(self.tr("Periode vanaf"))
        self.van_edit.setCalendarPopup(True)
        self.tot_edit = DateEdit()
        self.tot_edit.setObjectName("team_period_to")
        self.tot_edit.setAccessibleName(self.tr("Periode tot en met"))
        self.tot_edit.setCalendarPopup(True)
        van_label = QLabel(self.tr("&Van:"))
        van_label.setBuddy(self.van_edit)
        tot_label = QLabel(self.tr("&Tot en met:"))
        tot_label.setBuddy(self.tot_edit)
        self.csv_button = QPushButton(self.tr("Exporteren als C&SV…"))
        self.csv_button.setObjectName("team_export_csv_button")
        self.csv_button.setAccessibleName(self.tr("Teamoverzicht exporteren als CSV"))
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self.tr("Exporteren als &PDF…"))
        self.pdf_button.setObjectName("team_export_pdf_button")
        self.pdf_button.setAccessibleName(self.tr("Teamoverzicht exporteren als PDF"))
        self.pdf_button.clicked.connect(self.export_pdf)
        controls = QHBoxLayout()
        for widget in (scope_label, self.scope_combo, van_label, self.van_edit, tot_label, self.tot_edit):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.csv_button)
        controls.addWidget(self.pdf_button)

        self.scope_note = QLabel()
        self.scope_note.setObjectName("team_scope_note")
        self.scope_note.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setObjectName("team_legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #545b66;")
        self.chart = ZrmChangeChart()
        self._tables: dict[str, QTableWidget] = {}
        self._next_row = self._next_column = 0
        self._boxes: dict[str, QGroupBox] = {}
        self._content = QGridLayout()
        self._content.setColumnStretch(2, 1)
        content = QWidget()
        content.setObjectName("team_overview_content")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scope_note)
        outer.addWidget(self.legend)
        outer.addLayout(self._content)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(scroll, 1)
        self._set_default_period()
        self.scope_combo.currentIndexChanged.connect(self._changed)
        self.van_edit.dateChanged.connect(self._changed)
        self.tot_edit.dateChanged.connect(self._changed)
        self._set_exports_enabled(False)

    # --- reading ----------------------------------------------------------------------------------
    def _set_default_period(self) -> None:
        today = self._service.today()
        self._loading = True
        self.van_edit.setDate(to_qdate(today - dt.timedelta(days=DEFAULT_DAYS)))
        self.tot_edit.setDate(to_qdate(today))
        self._loading = False

    @property
    def scope(self) -> Scope:
        return Scope(self.scope_combo.currentData())

    def period(self) -> Period:
        van, tot = from_qdate(self.van_edit.date()), from_qdate(self.tot_edit.date())
        return Period(min(van, tot), max(van, tot))

    @property
    def report(self) -> TeamOverviewReport | None:
        return self._report

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._service.unlocked:  # every time: after a sync or a change elsewhere the figures have moved
            self._refresh_or_report()

    def _changed(self) -> None:
        if not self._loading and self._service.unlocked and self.isVisible():
            self._refresh_or_report()

    def _refresh_or_report(self) -> None:
        try:
            self.refresh()
        except RegieError as exc:
            self.sig_error.emit(exc.message)

    def refresh(self, service: WorkspaceService | None = None) -> None:
        """Read the overview for the chosen scope and period and show it (raises ``RegieError``)."""
        svc = service or self._service
        with svc.unit_of_work() as (session, actor):
            report = team_overview(session, actor, self.scope, self.period(), svc.today())
        self._show(report)

    def _show(self, report: TeamOverviewReport) -> None:
        self._report = report
        self.scope_note.setText(
            self.tr("{scope}. Periode: {period}.").format(scope=report.scope_label, period=report.period_label)
        )
        self.legend.setText(report.legend)
        for table in report.tables:
            widget = self._tables.get(table.key) or self._add_table(table)
            _fill(widget, table)
            self._boxes[table.key].setToolTip(table.note)
        self.chart.show_bars(report.zrm_chart)
        self._set_exports_enabled(True)

    def _add_table(self, table: PublishedTable) -> QTableWidget:
        box = QGroupBox(table.title)
        box.setObjectName(f"team_box_{table.key}")
        box_layout = QVBoxLayout(box)
        note = QLabel(table.note)
        note.setWordWrap(True)
        note.setObjectName(f"team_note_{table.key}")
        box_layout.addWidget(note)
        widget = QTableWidget(0, len(table.columns))
        widget.setObjectName(f"team_table_{table.key}")
        widget.setAccessibleName(table.title)
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        widget.verticalHeader().setVisible(False)
        widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        box_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)  # a table as wide as its columns, no white band
        if table.key == "zrm":  # the wide table and its chart across both columns
            box_layout.addWidget(self.chart)
            wide_row = self._next_row + 1
            self._content.addWidget(box, wide_row, 0, 1, 3)
            self._next_row = wide_row + 1
            self._next_column = 0
        else:
            self._content.addWidget(box, self._next_row, self._next_column, Qt.AlignmentFlag.AlignTop)
            self._next_column += 1
            if self._next_column == 2:
                self._next_row, self._next_column = self._next_row + 1, 0
        self._tables[table.key] = widget
        self._boxes[table.key] = box
        return widget

    def table(self, key: str) -> QTableWidget:
        return self._tables[key]

    # --- exporting --------------------------------------------------------------------------------
    def export_csv(self) -> bool:
        return self._export("csv", self.tr("CSV-bestand (*.csv)"))

    def export_pdf(self) -> bool:
        return self._export("pdf", self.tr("PDF-bestand (*.pdf)"))

    def _export(self, formaat: str, name_filter: str) -> bool:
        """Save the overview through the dialog seam with QSaveFile; the export is logged, the file holds no
        personal data (and its suggested name neither: only the period)."""
        if self._report is None:
            return False
        period = self.period()
        suggested = f"teamoverzicht-{period.van:%Y%m%d}-{period.tot:%Y%m%d}.{formaat}"
        path = self._dialogs.save_file_name(self, self.tr("Teamoverzicht opslaan"), suggested, name_filter)
        if path is None:
            return False
        try:
            with self._service.unit_of_work() as (session, actor):
                data = export_team_overview(
                    session, actor, self.scope, period, self._service.today(), "csv" if formaat == "csv" else "pdf"
                )
            write_with_save_file(path, data, self.tr("Het bestand kon niet worden opgeslagen."))
        except RegieError as exc:
            self._dialogs.critical(self, self.tr("Teamoverzicht"), exc.message)
            return False
        return True

    def _set_exports_enabled(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def clear(self) -> None:
        """Remove every figure (on lock); the next show reads again."""
        self._report = None
        for widget in self._tables.values():
            widget.setRowCount(0)
        self.chart.show_bars(())
        self.scope_note.clear()
        self.legend.clear()
        self._set_exports_enabled(False)
        self._set_default_period()


def _fill(widget: QTableWidget, table: PublishedTable) -> None:
    widget.clearContents()
    widget.setColumnCount(len(table.columns))
    widget.setHorizontalHeaderLabels(list(table.columns))
    widget.setRowCount(len(table.rows))
    for r, row in enumerate(table.rows):
        widget.setItem(r, 0, QTableWidgetItem(row.label))
        for c, text in enumerate(row.cells, start=1):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    header = widget.horizontalHeader().sizeHint().height()
    rows = sum(widget.rowHeight(r) for r in range(widget.rowCount()))
    widget.setFixedHeight(header + rows + 2 * widget.frameWidth() + 2)
    width = sum(widget.columnWidth(c) for c in range(widget.columnCount()))
    widget.setMinimumWidth(width + 2 * widget.frameWidth() + 2)
