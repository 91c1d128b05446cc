"""The inzet of one doel: what support is deployed, from eigen kracht to maatwerk.

Only maatwerk is ordered through the backoffice, so only maatwerk has a product code; the field is disabled
for the other kinds. A code typed before switching the kind away stays in the field (a slip of the combo
box costs nothing) but is not part of the plan until the kind is maatwerk again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from regie_desktop.domain.plan import Inzet, InzetSoort
from ui.labels import inzet_soort_label
from ui.plan.inputs import MIN_HEIGHT, ComboBox, line_edit
from ui.plan.row_grid import RowGrid

DEFAULT_SOORT = InzetSoort.EIGEN_KRACHT


@dataclass
class InzetRow:
    soort: QComboBox
    omschrijving: QLineEdit
    productcode: QLineEdit
    remove: QPushButton

    def widgets(self) -> list[QWidget]:
        return [self.soort, self.omschrijving, self.productcode, self.remove]

    def inzet(self) -> Inzet:
        soort = InzetSoort(self.soort.currentData() or DEFAULT_SOORT)
        code = self.productcode.text() if soort is InzetSoort.MAATWERK else ""
        return Inzet(soort=soort, omschrijving=self.omschrijving.text(), productcode=code)


class InzetRows(RowGrid):
    """The inzet rows of one doel plus an add button; ``inzet()`` reads them back as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(first_grid_row=0, parent=parent)
        self.setObjectName("inzet_rows")
        self.setAccessibleName(self.tr("Inzet"))
        self._grid.setColumnStretch(1, 4)
        self._grid.setColumnStretch(2, 1)
        self._empty.setText(self.tr("Nog geen inzet."))
        self._empty.setObjectName("inzet_empty")
        self.add_button.setText(self.tr("+ Inzet toevoegen"))
        self.add_button.setObjectName("add_inzet_button")
        self.add_button.setAccessibleName(self.tr("Inzet toevoegen"))

    @property
    def rows(self) -> list[InzetRow]:
        return list(self._rows)

    def set_inzet(self, inzet: Sequence[Inzet]) -> None:
        """Show ``inzet`` (replacing every row) without emitting ``sig_changed``."""
        self._replace(inzet)

    def inzet(self) -> tuple[Inzet, ...]:
        return tuple(row.inzet() for row in self._rows)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for row in self._rows:
            self._enable(row)
        self.add_button.setEnabled(editable)
        self.add_button.setVisible(editable)

    def add_row(self) -> InzetRow:
        row: InzetRow = super().add_row()
        return row

    def _first_input(self, row: InzetRow) -> QWidget:
        return row.soort

    def _append(self, item: Inzet | None) -> InzetRow:
        soort = ComboBox()
        soort.setObjectName("inzet_soort")
        for value in InzetSoort:
            soort.addItem(inzet_soort_label(value), value.value)
        omschrijving = line_edit("inzet_omschrijving", "", self.tr("Welke steun, van wie?"))
        productcode = line_edit("inzet_productcode", "", self.tr("Productcode, bijv. BGI"))
        productcode.setMaxLength(20)
        remove = QPushButton(self.tr("Verwijderen"))
        remove.setObjectName("remove_inzet_button")
        remove.setMinimumHeight(MIN_HEIGHT)
        row = InzetRow(soort, omschrijving, productcode, remove)
        chosen = item.soort if item is not None else DEFAULT_SOORT
        soort.setCurrentIndex(max(soort.findData(chosen.value), 0))
        if item is not None:
            omschrijving.setText(item.omschrijving)
            productcode.setText(item.productcode)
        soort.currentIndexChanged.connect(lambda _=0, r=row: self._soort_changed(r))
        omschrijving.textChanged.connect(self._edited)
        productcode.textChanged.connect(self._edited)
        remove.clicked.connect(lambda _=False, r=row: self.remove_row(r))
        self._rows.append(row)
        self._enable(row)
        return row

    def _enable(self, row: InzetRow) -> None:
        maatwerk = row.soort.currentData() == InzetSoort.MAATWERK.value
        row.soort.setEnabled(self._editable)
        row.omschrijving.setEnabled(self._editable)
        row.productcode.setEnabled(self._editable and maatwerk)
        row.productcode.setToolTip("" if maatwerk else self.tr("Alleen maatwerk heeft een productcode"))
        row.remove.setEnabled(self._editable)
        if row.remove.parent() is not None:  # a parentless widget made visible would be a window of its own
            row.remove.setVisible(self._editable)

    def _name_row(self, row: InzetRow, n: int) -> None:
        row.soort.setAccessibleName(self.tr("Inzet {n}: soort").format(n=n))
        row.omschrijving.setAccessibleName(self.tr("Inzet {n}: omschrijving").format(n=n))
        row.productcode.setAccessibleName(self.tr("Inzet {n}: productcode").format(n=n))
        row.remove.setAccessibleName(self.tr("Inzet {n} verwijderen").format(n=n))

    def _soort_changed(self, row: InzetRow) -> None:
        self._enable(row)
        self.sig_changed.emit()
