"""Bewaartermijnen: closed casussen with their retention rule and end date, destruction, and what the team records.

Destroying goes through the core (``regie_desktop.app.bewaartermijnen.destroy_casus``), after a question that
names the casus and the rule; the database is compacted afterwards so no freed page keeps a copy. The lower
part is the data-minimisation report: per leefgebied how often each field was filled, counts only, with a CSV
export through the dialog seam.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from regie_desktop.app.bewaartermijnen import (
    BewaarItem,
    compact,
    destroy_casus,
    destruction_records,
    retention_overview,
)
from regie_desktop.app.minimalisatie import MinimalisatieRapport, minimisation_csv, minimisation_report
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date, dutch_local_date
from ui.plan.document_view import write_with_save_file
from ui.style import heading_font

CASUS_ROLE = Qt.ItemDataRole.UserRole


class BewaartermijnenPage(QWidget):
    """In the main navigation; read when shown (``showEvent``) or by ``refresh``, emptied by ``clear``.

    Not read at every unlock: the data-minimisation report walks the whole caseload, and a problem in it (an
    unreadable instrument file) must not keep the worker out of Vandaag.
    """

    sig_destroyed = Signal(str)
    """A casus was destroyed (its id): the lists elsewhere are out of date."""

    sig_error = Signal(str)
    """Reading the overview failed; the text is a Dutch message for a dialog."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bewaartermijnen_page")
        self._service = service
        self._dialogs = dialogs
        self._items: list[BewaarItem] = []
        self._report: MinimalisatieRapport | None = None
        title = QLabel(self.tr("Bewaartermijnen"))
        title.setFont(heading_font(self.font(), 1.5))
        intro = QLabel(
            self.tr(
                "Afgesloten casussen en hoe lang hun dossier bewaard moet blijven. Na de bewaartermijn wordt het "
                "dossier vernietigd: op deze laptop en, na synchronisatie, in de centrale opslag."
            )
        )
        intro.setWordWrap(True)
        self.table = _table(
            "retention_table",
            self.tr("Afgesloten casussen"),
            [
                self.tr("Naam"),
                self.tr("Afgesloten op"),
                self.tr("Regel"),
                self.tr("Bewaren tot en met"),
                self.tr("Status"),
            ],
        )
        self.table.setMinimumHeight(240)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.destroy_button = QPushButton(self.tr("&Vernietigen…"))
        self.destroy_button.setObjectName("destroy_button")
        self.destroy_button.setAccessibleName(self.tr("Dossier vernietigen"))
        self.destroy_button.setEnabled(False)
        self.destroy_button.clicked.connect(self.destroy_selected)
        self.due_label = QLabel()
        self.due_label.setObjectName("retention_due_label")
        actions = QHBoxLayout()
        actions.addWidget(self.due_label, 1)
        actions.addWidget(self.destroy_button)

        self.records_table = _table(
            "destruction_table",
            self.tr("Vernietigd of opgeruimd"),
            [self.tr("Wanneer"), self.tr("Wat"), self.tr("Regel"), self.tr("Casus")],
        )
        self.records_table.setMaximumHeight(150)
        records_box = QGroupBox(self.tr("Vernietigd of van deze laptop verwijderd"))
        records_box.setObjectName("destruction_box")
        records_layout = QVBoxLayout(records_box)
        records_layout.addWidget(
            QLabel(self.tr("Zonder persoonsgegevens: alleen welke casus, wanneer, door wie en volgens welke regel."))
        )
        records_layout.addWidget(self.records_table)

        self.minimisation_table = _table(
            "minimisation_table",
            self.tr("Ingevulde velden per leefgebied"),
            [
                self.tr("Leefgebied"),
                self.tr("Notities"),
                self.tr("Zorg"),
                self.tr("Kracht"),
                self.tr("Wens"),
                self.tr("Niet besproken"),
                self.tr("Scores"),
                self.tr("n.v.t."),
            ],
        )
        self.fields_label = QLabel()
        self.fields_label.setObjectName("minimisation_fields_label")
        self.fields_label.setWordWrap(True)
        self.csv_button = QPushButton(self.tr("Exporteren als &CSV…"))
        self.csv_button.setObjectName("minimisation_csv_button")
        self.csv_button.clicked.connect(self.export_csv)
        minimisation_box = QGroupBox(self.tr("Welke gegevens legt het team vast?"))
        minimisation_box.setObjectName("minimisation_box")
        mlayout = QVBoxLayout(minimisation_box)
        mlayout.addWidget(
            QLabel(self.tr("Aantallen over alle casussen op deze laptop, zonder namen: is elk veld echt nodig?"))
        )
        mlayout.addWidget(self.minimisation_table)
        mlayout.addWidget(self.fields_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.csv_button)
        mlayout.addLayout(row)

        content = QWidget()
        clayout = QVBoxLayout(content)
        clayout.setContentsMargins(0, 0, 0, 0)
        clayout.addWidget(intro)
        clayout.addWidget(self.table)
        clayout.addLayout(actions)
        clayout.addWidget(records_box)
        clayout.addWidget(minimisation_box)
        clayout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)

    # --- loading ----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._service.unlocked:
            try:
                self.refresh()
            except RegieError as exc:
                self.sig_error.emit(exc.message)

    def refresh(self, service: WorkspaceService | None = None) -> None:
        """Load the overview, the destruction records and the counts (raises ``RegieError``)."""
        svc = service or self._service
        with svc.unit_of_work() as (session, _):
            items = retention_overview(session, svc.today())
            records = [(r.op, r.soort, r.regel, r.casus_id) for r in destruction_records(session)]
            report = minimisation_report(session)
        self._items = items
        self._report = report
        _fill(
            self.table,
            [
                [
                    i.naam,
                    dutch_date(i.afgesloten_op),
                    i.regel.naam,
                    dutch_date(i.bewaren_tot),
                    self.tr("te vernietigen") if i.te_vernietigen else self.tr("bewaren"),
                ]
                for i in items
            ],
        )
        for row, item in enumerate(items):
            cell = self.table.item(row, 0)
            if cell is not None:
                cell.setData(CASUS_ROLE, item.casus_id)
        due = sum(1 for i in items if i.te_vernietigen)
        self.due_label.setText(self.tr("{n} van {total} te vernietigen").format(n=due, total=len(items)))
        kinds = {"vernietiging": self.tr("vernietigd"), "opgeruimd": self.tr("van deze laptop verwijderd")}
        _fill(
            self.records_table,
            [[dutch_local_date(op), kinds.get(soort, soort), regel, casus[:8]] for op, soort, regel, casus in records],
        )
        _fill(
            self.minimisation_table,
            [
                [
                    t.label,
                    str(t.notities),
                    str(t.zorg),
                    str(t.kracht),
                    str(t.wens),
                    str(t.niet_besproken),
                    str(t.scores),
                    str(t.nvt),
                ]
                for t in report.leefgebieden
            ],
        )
        self.fields_label.setText(
            self.tr("Persoonsgegevens ingevuld: {fields}").format(
                fields=", ".join(f"{v.veld} {v.ingevuld} van {v.totaal}" for v in report.persoonsvelden)
            )
        )
        self._selection_changed()

    def selected_item(self) -> BewaarItem | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = next(iter(rows))
        return self._items[row] if 0 <= row < len(self._items) else None

    def select_casus(self, casus_id: str) -> None:
        for row, item in enumerate(self._items):
            if item.casus_id == casus_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        item = self.selected_item()
        self.destroy_button.setEnabled(item is not None and item.te_vernietigen)

    # --- actions ----------------------------------------------------------------------------------
    def destroy_selected(self) -> bool:
        """Ask, destroy the selected dossier and compact the database; True when it is gone."""
        item = self.selected_item()
        if item is None or not item.te_vernietigen:
            return False
        question = self.tr(
            "Het dossier van {naam} (afgesloten op {closed}, {rule}: bewaren tot en met {end}) wordt vernietigd: "
            "alle gegevens en bijlagen verdwijnen van deze laptop en, na synchronisatie, uit de centrale opslag. "
            "Dit kan niet ongedaan worden gemaakt. Doorgaan?"
        ).format(
            naam=item.naam,
            closed=dutch_date(item.afgesloten_op),
            rule=item.regel.naam,
            end=dutch_date(item.bewaren_tot),
        )
        if not self._dialogs.question(self, self.tr("Dossier vernietigen"), question):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self._service.unit_of_work() as (session, actor):
                destroy_casus(session, actor, item.casus_id, self._service.today())
            compact(self._service)
        except RegieError as exc:
            self._dialogs.critical(self, self.tr("Dossier vernietigen"), exc.message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.refresh()
        self.sig_destroyed.emit(item.casus_id)
        return True

    def export_csv(self) -> bool:
        """Save the counts as CSV through the dialog seam (QSaveFile); the file holds no personal data."""
        if self._report is None:
            return False
        path = self._dialogs.save_file_name(
            self,
            self.tr("Gegevensgebruik opslaan"),
            f"gegevensgebruik-{dt.date.today():%Y-%m-%d}.csv",
            self.tr("CSV-bestand (*.csv)"),
        )
        if path is None:
            return False
        try:
            write_with_save_file(
                path, minimisation_csv(self._report), self.tr("Het bestand kon niet worden opgeslagen.")
            )
        except RegieError as exc:
            self._dialogs.critical(self, self.tr("Gegevensgebruik"), exc.message)
            return False
        return True

    def clear(self) -> None:
        """Remove every shown name and count (on auto-lock)."""
        self._items = []
        self._report = None
        for table in (self.table, self.records_table, self.minimisation_table):
            table.setRowCount(0)
        self.due_label.clear()
        self.fields_label.clear()
        self.destroy_button.setEnabled(False)


def _table(object_name: str, accessible_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(120)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.clearContents()
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
