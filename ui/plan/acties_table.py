"""The acties of one doel: a small table of wie, soort, wat and wanneer.

Laid out from real input widgets rather than a QTableView with delegates: every cell is one tap or one Tab
away and never needs a second click to start editing, which matters on a touch screen at the kitchen table.
"wie" offers the household, its netwerk and the worker, and still takes any other name; picking a known
name sets the soort, so the worker rarely has to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from regie_desktop.app.plan_werkblad import WieOptie
from regie_desktop.domain.plan import Actie, WieSoort
from ui.labels import wie_soort_label
from ui.plan.inputs import MIN_HEIGHT, ComboBox, line_edit
from ui.plan.optional_date import OptionalDateEdit
from ui.plan.row_grid import RowGrid
from ui.style import heading_font

DEFAULT_SOORT = WieSoort.CLIENT
DEFAULT_WEEKS = 2
"""A date for an actie, once the worker unticks "zo snel mogelijk", starts this many weeks ahead."""


@dataclass
class ActieRow:
    """The inputs of one actie."""

    wie: QComboBox
    soort: QComboBox
    wat: QLineEdit
    wanneer: OptionalDateEdit
    remove: QPushButton

    def widgets(self) -> list[QWidget]:
        return [self.wie, self.soort, self.wat, self.wanneer, self.remove]

    def focus_widgets(self) -> list[QWidget]:
        return [self.wie, self.soort, self.wat, *self.wanneer.focus_widgets(), self.remove]


class ActiesTable(RowGrid):
    """Acties of one doel in order; ``acties()`` reads them back as typed (half-typed rows included)."""

    def __init__(self, wie_opties: Sequence[WieOptie], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(first_grid_row=1, parent=parent)
        self.setObjectName("acties_table")
        self.setAccessibleName(self.tr("Acties"))
        self._opties = tuple(wie_opties)
        self._today = today
        self._headers = [
            QLabel(self.tr("Wie")),
            QLabel(self.tr("Soort")),
            QLabel(self.tr("Wat")),
            QLabel(self.tr("Wanneer")),
        ]
        for label in self._headers:
            label.setFont(heading_font(self.font(), 1.0))
        self._empty.setText(self.tr("Nog geen acties: wie doet wat, en wanneer?"))
        self._empty.setObjectName("acties_empty")
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(2, 4)
        for column, label in enumerate(self._headers):
            self._grid.addWidget(label, 0, column)
        self.add_button.setText(self.tr("+ Actie toevoegen"))
        self.add_button.setObjectName("add_actie_button")
        self.add_button.setAccessibleName(self.tr("Actie toevoegen"))
        self._show_headers()

    # --- reading and writing ---------------------------------------------------------------------------
    @property
    def rows(self) -> list[ActieRow]:
        return list(self._rows)

    def set_acties(self, acties: Sequence[Actie]) -> None:
        """Show ``acties`` (replacing every row) without emitting ``sig_changed``."""
        self._replace(acties)

    def acties(self) -> tuple[Actie, ...]:
        return tuple(
            Actie(
                wie=row.wie.currentText(),
                wie_soort=WieSoort(row.soort.currentData() or DEFAULT_SOORT),
                wat=row.wat.text(),
                wanneer=row.wanneer.value(),
            )
            for row in self._rows
        )

    def set_wie_opties(self, opties: Sequence[WieOptie]) -> None:
        """New names to offer (after the netwerk changed); what each row holds stays as it is."""
        self._opties = tuple(opties)
        self.blockSignals(True)
        try:
            for row in self._rows:
                text = row.wie.currentText()
                row.wie.blockSignals(True)  # refilling selects the first name for a moment: not a choice
                row.wie.clear()
                self._fill_wie(row.wie)
                row.wie.setCurrentIndex(-1)
                row.wie.setEditText(text)
                row.wie.blockSignals(False)
        finally:
            self.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for row in self._rows:
            for widget in row.widgets():
                widget.setEnabled(editable)
            row.remove.setVisible(editable)
        self.add_button.setEnabled(editable)
        self.add_button.setVisible(editable)

    def clear(self) -> None:
        self.set_acties(())
        self._opties = ()

    # --- rows ------------------------------------------------------------------------------------------------
    def add_row(self) -> ActieRow:
        """A new empty actie at the end ("zo snel mogelijk"), with the focus on its wie."""
        row: ActieRow = super().add_row()
        return row

    def _first_input(self, row: ActieRow) -> QWidget:
        return row.wie

    def _row_focus_widgets(self, row: ActieRow) -> list[QWidget]:
        return row.focus_widgets()

    def _append(self, actie: Actie | None) -> ActieRow:
        n = len(self._rows) + 1
        wie = ComboBox()
        wie.setObjectName("actie_wie")
        wie.setAccessibleName(self.tr("Actie {n}: wie").format(n=n))
        wie.setEditable(True)
        wie.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        wie.setMinimumContentsLength(16)
        wie.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fill_wie(wie)
        line = wie.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Naam of organisatie"))
        soort = ComboBox()
        soort.setObjectName("actie_soort")
        soort.setAccessibleName(self.tr("Actie {n}: soort").format(n=n))
        for value in WieSoort:
            soort.addItem(wie_soort_label(value), value.value)
        wat = line_edit("actie_wat", self.tr("Actie {n}: wat").format(n=n), self.tr("Wat gebeurt er?"))
        wanneer = OptionalDateEdit(
            "actie_wanneer",
            "actie_zo_snel_mogelijk",
            self.tr("Actie {n}: wanneer").format(n=n),
            self.tr("zo snel mogelijk"),
            self._today + dt.timedelta(weeks=DEFAULT_WEEKS),
        )
        remove = QPushButton(self.tr("Verwijderen"))
        remove.setObjectName("remove_actie_button")
        remove.setAccessibleName(self.tr("Actie {n} verwijderen").format(n=n))
        remove.setMinimumHeight(MIN_HEIGHT)
        row = ActieRow(wie, soort, wat, wanneer, remove)
        wie.setCurrentIndex(-1)
        if actie is not None:
            wie.setEditText(actie.wie)
            soort.setCurrentIndex(max(soort.findData(actie.wie_soort.value), 0))
            wat.setText(actie.wat)
            wanneer.set_value(actie.wanneer)
        else:
            soort.setCurrentIndex(max(soort.findData(DEFAULT_SOORT.value), 0))
        wie.currentTextChanged.connect(lambda text, r=row: self._wie_changed(r, text))
        soort.currentIndexChanged.connect(self._edited)
        wat.textChanged.connect(self._edited)
        wanneer.sig_changed.connect(self._edited)
        remove.clicked.connect(lambda _=False, r=row: self.remove_row(r))
        for widget in row.widgets():
            widget.setEnabled(self._editable)
        self._rows.append(row)
        return row

    def _fill_wie(self, combo: QComboBox) -> None:
        for optie in self._opties:
            combo.addItem(optie.naam, optie.soort.value)
            combo.setItemData(combo.count() - 1, wie_soort_label(optie.soort), Qt.ItemDataRole.ToolTipRole)

    def _name_row(self, row: ActieRow, n: int) -> None:
        row.wie.setAccessibleName(self.tr("Actie {n}: wie").format(n=n))
        row.soort.setAccessibleName(self.tr("Actie {n}: soort").format(n=n))
        row.wat.setAccessibleName(self.tr("Actie {n}: wat").format(n=n))
        row.wanneer.set_accessible_name(self.tr("Actie {n}: wanneer").format(n=n))
        row.remove.setAccessibleName(self.tr("Actie {n} verwijderen").format(n=n))

    def _relayout_done(self) -> None:
        self._show_headers()

    def _show_headers(self) -> None:
        for label in self._headers:
            label.setVisible(bool(self._rows))
        self._empty.setVisible(not self._rows)

    # --- edits --------------------------------------------------------------------------------------------------
    def _wie_changed(self, row: ActieRow, text: str) -> None:
        """A known name sets the soort (the household, netwerk or worker); any other name leaves it."""
        wanted = text.strip().casefold()
        for optie in self._opties:
            if optie.naam.strip().casefold() == wanted:
                row.soort.setCurrentIndex(max(row.soort.findData(optie.soort.value), 0))
                break
        self.sig_changed.emit()
