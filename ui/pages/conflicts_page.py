"""Conflicten: where two laptops changed the same field without knowing of each other, and the choice.

Both values are shown with who made them and when; the later one is what the dossier shows now. Keeping one
is a use case of the core (``resolve_conflict``), which sends the choice to the whole team with the next sync.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from regie_desktop.app.sync import ConflictSide, ConflictView, list_conflicts, resolve_conflict
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.style import error_label, heading_font, show_message
from ui.widgets.row_table import RowTable

CONFLICT_ROLE = Qt.ItemDataRole.UserRole
CELL_CHARS = 80  # longer values (a gesprek text, a plan) are cut in the table and shown whole below it


class ConflictsPage(QWidget):
    """Lists the open conflicts, oldest first; "Eerdere/Latere waarde houden" resolves the selected one."""

    sig_resolved = Signal()
    """The worker resolved a conflict (the dossier may show another value now)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_page")
        self._service: WorkspaceService | None = None
        self._conflicts: dict[str, ConflictView] = {}
        heading = QLabel(self.tr("Conflicten"))
        heading.setFont(heading_font(self.font(), 1.6))
        heading.setAccessibleName(self.tr("Conflicten"))
        note = QLabel(
            self.tr(
                "Hier veranderden twee collega's hetzelfde gegeven zonder van elkaars wijziging te weten. Beide "
                "waarden zijn bewaard; de latere staat nu in het dossier. Kies welke blijft."
            )
        )
        note.setObjectName("conflicts_note")
        note.setWordWrap(True)
        self._empty = QLabel(self.tr("Geen open conflicten."))
        self._empty.setObjectName("conflicts_empty_label")
        self._model = QStandardItemModel(0, 7, self)
        self._model.setHorizontalHeaderLabels(
            [
                self.tr("Dossier"),
                self.tr("Onderdeel"),
                self.tr("Gegeven"),
                self.tr("Eerdere waarde"),
                self.tr("Door, op"),
                self.tr("Latere waarde (nu)"),
                self.tr("Door, op"),
            ]
        )
        self._table = RowTable("conflicts_table", self.tr("Conflicten"))
        self._table.setModel(self._model)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._detail = QLabel()
        self._detail.setObjectName("conflict_detail")
        self._detail.setAccessibleName(self.tr("Beide waarden volledig"))
        self._detail.setWordWrap(True)
        self._detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._keep_earlier = QPushButton(self.tr("&Eerdere waarde houden"))
        self._keep_earlier.setObjectName("keep_earlier_button")
        self._keep_earlier.clicked.connect(lambda: self._resolve("earlier"))
        self._keep_later = QPushButton(self.tr("&Latere waarde houden"))
        self._keep_later.setObjectName("keep_later_button")
        self._keep_later.clicked.connect(lambda: self._resolve("later"))
        self._error = error_label("conflicts_error_label", self.tr("Foutmelding"))
        buttons = QHBoxLayout()
        buttons.addWidget(self._keep_earlier)
        buttons.addWidget(self._keep_later)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self._empty)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._detail)
        layout.addLayout(buttons)
        layout.addWidget(self._error)
        self._selection_changed()

    @property
    def count(self) -> int:
        return self._model.rowCount()

    def refresh(self, service: WorkspaceService) -> None:
        """Read the open conflicts from the core (raises ``RegieError``) and show them."""
        self._service = service
        with service.unit_of_work() as (session, _actor):
            conflicts = list_conflicts(session)
        self._conflicts = {c.id: c for c in conflicts}
        self._model.removeRows(0, self._model.rowCount())
        for conflict in conflicts:
            self._model.appendRow(self._cells(conflict))
        self._empty.setVisible(not conflicts)
        self._table.setVisible(bool(conflicts))
        if conflicts:
            self._table.selectRow(0)
        self._selection_changed()

    def select(self, row: int) -> None:
        self._table.selectRow(row)

    def _cells(self, conflict: ConflictView) -> list[QStandardItem]:
        texts = [
            self._dossier(conflict),
            conflict.entity_label,
            conflict.field_label,
            _cut(conflict.earlier.text),
            self._who(conflict.earlier),
            _cut(conflict.later.text),
            self._who(conflict.later),
        ]
        cells = [QStandardItem(text) for text in texts]
        cells[0].setData(conflict.id, CONFLICT_ROLE)
        cells[3].setToolTip(conflict.earlier.text)
        cells[5].setToolTip(conflict.later.text)
        for cell in cells:
            cell.setEditable(False)
        return cells

    def _dossier(self, conflict: ConflictView) -> str:
        """The household as this laptop knows it, and the casus ("aangemeld …") when there is one."""
        if not conflict.dossier_label:
            return self.tr("Dossier niet op deze computer")
        if not conflict.casus_label:
            return conflict.dossier_label
        return self.tr("%1 (casus %2)").replace("%1", conflict.dossier_label).replace("%2", conflict.casus_label)

    def _who(self, side: ConflictSide) -> str:
        return (
            self.tr("%1, %2").replace("%1", side.author).replace("%2", side.at.astimezone().strftime("%d-%m-%Y %H:%M"))
        )

    def _selected(self) -> ConflictView | None:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return None
        conflict_id = self._model.index(rows[0].row(), 0).data(CONFLICT_ROLE)
        return self._conflicts.get(str(conflict_id))

    def _selection_changed(self, *_args: object) -> None:
        conflict = self._selected()
        self._keep_earlier.setEnabled(conflict is not None)
        self._keep_later.setEnabled(conflict is not None)
        if conflict is None:
            self._detail.clear()
            return
        self._detail.setText(
            self.tr("%5 - %6, %7\nEerder (%1): %2\nLater, nu in het dossier (%3): %4")
            .replace("%5", self._dossier(conflict))
            .replace("%6", conflict.entity_label)
            .replace("%7", conflict.field_label)
            .replace("%1", self._who(conflict.earlier))
            .replace("%2", conflict.earlier.text)
            .replace("%3", self._who(conflict.later))
            .replace("%4", conflict.later.text)
        )

    def _resolve(self, keep: str) -> None:
        """Keep the chosen value of the selected conflict through the core; errors are shown on the page."""
        conflict = self._selected()
        if conflict is None or self._service is None:
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                resolve_conflict(session, actor, conflict.id, "earlier" if keep == "earlier" else "later")
            self.refresh(self._service)
        except RegieError as exc:
            show_message(self._error, exc.message)
            return
        show_message(self._error, "")
        self.sig_resolved.emit()

    def clear(self) -> None:
        """Remove every value from the page (locking)."""
        self._model.removeRows(0, self._model.rowCount())
        self._conflicts = {}
        self._detail.clear()
        self._service = None
        show_message(self._error, "")


def _cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= CELL_CHARS else flat[: CELL_CHARS - 1] + "…"
