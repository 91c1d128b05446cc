"""The inzet of one doel: what support is deployed, from eigen kracht to maatwerk.

Only maatwerk is ordered through the backoffice, so only maatwerk has a product code; the field is disabled
for the other kinds. A code typed before switching the kind away stays in the field (a slip of the combo
box costs nothing) but is not part of the plan until the kind is maatwerk again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from regie_desktop.domain.plan import Inzet, InzetSoort
from ui.labels import inzet_soort_label
from ui.plan.inputs import MIN_HEIGHT, ComboBox, line_edit

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


class InzetRows(QWidget):
    """The inzet rows of one doel plus an add button; ``inzet()`` reads them back as typed."""

    sig_changed = Signal()
    """An inzet was added, removed or edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inzet_rows")
        self.setAccessibleName(self.tr("Inzet"))
        self._rows: list[InzetRow] = []
        self._editable = True
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setColumnStretch(1, 4)
        self._grid.setColumnStretch(2, 1)
        self._empty = QLabel(self.tr("Nog geen inzet."))
        self._empty.setObjectName("inzet_empty")
        self.add_button = QPushButton(self.tr("+ Inzet toevoegen"))
        self.add_button.setObjectName("add_inzet_button")
        self.add_button.setAccessibleName(self.tr("Inzet toevoegen"))
        self.add_button.setMinimumHeight(MIN_HEIGHT)
        self.add_button.clicked.connect(self._add_clicked)
        below = QHBoxLayout()
        below.addWidget(self.add_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addLayout(self._grid)
        layout.addLayout(below)

    @property
    def rows(self) -> list[InzetRow]:
        return list(self._rows)

    def set_inzet(self, inzet: Sequence[Inzet]) -> None:
        """Show ``inzet`` (replacing every row) without emitting ``sig_changed``."""
        self.blockSignals(True)
        try:
            for row in list(self._rows):
                self._drop(row)
            for item in inzet:
                self._append(item)
        finally:
            self.blockSignals(False)
        self._relayout()

    def inzet(self) -> tuple[Inzet, ...]:
        return tuple(row.inzet() for row in self._rows)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for row in self._rows:
            self._enable(row)
        self.add_button.setEnabled(editable)
        self.add_button.setVisible(editable)

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for row in self._rows:
            widgets += row.widgets()
        widgets.append(self.add_button)
        return widgets

    def add_row(self) -> InzetRow:
        row = self._append(None)
        self._relayout()
        self.sig_changed.emit()
        row.soort.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: InzetRow) -> None:
        index = self._rows.index(row)
        self._drop(row)
        self._relayout()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].soort.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_changed.emit()

    def _add_clicked(self) -> None:
        self.add_row()

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

    def _drop(self, row: InzetRow) -> None:
        self._rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _relayout(self) -> None:
        for row in self._rows:
            for widget in row.widgets():
                self._grid.removeWidget(widget)
        for n, row in enumerate(self._rows):
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, n, column)
                widget.setVisible(widget is not row.remove or self._editable)  # now, not on the next event
            number = n + 1
            row.soort.setAccessibleName(self.tr("Inzet {n}: soort").format(n=number))
            row.omschrijving.setAccessibleName(self.tr("Inzet {n}: omschrijving").format(n=number))
            row.productcode.setAccessibleName(self.tr("Inzet {n}: productcode").format(n=number))
            row.remove.setAccessibleName(self.tr("Inzet {n} verwijderen").format(n=number))
        self._empty.setVisible(not self._rows)

    def _soort_changed(self, row: InzetRow) -> None:
        self._enable(row)
        self.sig_changed.emit()

    def _edited(self) -> None:
        self.sig_changed.emit()
