"""The netwerk part of the gesprek: who is around the household, what they do or could do, how to reach them.

A table with a small form below it (pick a row to correct it) and, beside it, the ecogram the worker can turn
towards the client. Adding, correcting and removing save at once; removing asks first.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.gesprek import (
    GesprekView,
    NetwerkView,
    add_netwerk_persoon,
    remove_netwerk_persoon,
    update_netwerk_persoon,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import NetwerkPersoon
from regie_desktop.domain.meldcode import RelatieSoort, Relatiesoorten, load_relatiesoorten
from regie_desktop.errors import RegieError, ValidationError
from ui.dialogs import DialogSeam
from ui.gesprek.part import GesprekPart, PartStatus
from ui.style import error_label, heading_font, show_message
from ui.widgets.ecogram import Ecogram, EcogramPerson
from ui.widgets.row_table import RowTable

ID_ROLE = Qt.ItemDataRole.UserRole
COL_NAAM, COL_RELATIE, COL_SOORT, COL_WAT, COL_CONTACT = range(5)
MAX_COLUMN_WIDTH = 220


@cache
def relatiesoorten() -> Relatiesoorten:
    return load_relatiesoorten()


class NetwerkPart(GesprekPart):
    """The persons of the netwerk as a table, a form to add or correct one, and the ecogram."""

    title = QT_TRANSLATE_NOOP("GesprekPart", "Netwerk")

    def __init__(
        self,
        service: WorkspaceService,
        casus_id: str,
        parent: QWidget | None = None,
        *,
        dialogs: DialogSeam | None = None,
    ) -> None:
        super().__init__(service, casus_id, parent)
        self.setObjectName("netwerk_part")
        self._dialogs = dialogs if dialogs is not None else DialogSeam()
        self._soorten = relatiesoorten()
        self._people: list[NetwerkView] = []
        self._editing: str | None = None  # the netwerk id in the form, None while adding someone new

        heading = QLabel(self.tr("Netwerk"))
        heading.setFont(heading_font(self.font(), 1.4))
        intro = QLabel(self.tr("Wie staan er om het huishouden heen, wat doen ze al en wat zouden ze kunnen doen?"))
        intro.setWordWrap(True)

        self._model = QStandardItemModel(0, 5, self)
        self._model.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Relatie"), self.tr("Soort"), self.tr("Doet of kan doen"), self.tr("Contact")]
        )
        self._table = RowTable("netwerk_table", self.tr("Personen in het netwerk"))
        self._table.setModel(self._model)
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._table.sig_row_opened.connect(self._focus_form)

        form_box = QGroupBox(self.tr("Persoon uit het netwerk"))
        form_box.setObjectName("netwerk_form")
        form = QFormLayout(form_box)
        self._naam = self._line(
            "netwerk_naam_field", self.tr("Naam"), self.tr("Voornaam of hoe de cliënt hem of haar noemt")
        )
        form.addRow(self._label(self.tr("&Naam"), self._naam), self._naam)
        self._relatie = QComboBox()
        self._relatie.setObjectName("netwerk_relatie_field")
        self._relatie.setAccessibleName(self.tr("Relatie"))
        self._relatie.setEditable(True)
        self._relatie.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._relatie.addItems(["", *self._soorten.voorbeelden()])
        self._relatie.setCurrentIndex(0)
        # A popup, not inline completion: what the worker typed ("buur") must stay that, not become "buurvrouw".
        completer = self._relatie.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line_edit = self._relatie.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        line_edit.setPlaceholderText(self.tr("bijvoorbeeld zus, buurvrouw, huisarts"))
        line_edit.returnPressed.connect(self._submit)
        self._relatie.currentTextChanged.connect(self._relatie_changed)
        form.addRow(self._label(self.tr("&Relatie"), self._relatie), self._relatie)
        self._soort_hint = QLabel()
        self._soort_hint.setObjectName("netwerk_soort_hint")
        self._soort_hint.setAccessibleName(self.tr("Soort relatie in het ecogram"))
        self._soort_hint.setVisible(False)
        form.addRow("", self._soort_hint)
        self._wat = self._line("netwerk_wat_field", self.tr("Wat doet of kan deze persoon doen"), "")
        form.addRow(self._label(self.tr("&Doet of kan doen"), self._wat), self._wat)
        self._contact = self._line(
            "netwerk_contact_field", self.tr("Contactgegevens"), self.tr("telefoon, e-mail of adres")
        )
        form.addRow(self._label(self.tr("&Contact"), self._contact), self._contact)
        self._error = error_label("netwerk_error", self.tr("Fout bij de persoon uit het netwerk"))
        form.addRow("", self._error)

        self._save_button = QPushButton()
        self._save_button.setObjectName("netwerk_save_button")
        self._save_button.clicked.connect(self._submit)
        self._new_button = QPushButton(self.tr("Nieuwe persoon"))
        self._new_button.setObjectName("netwerk_new_button")
        self._new_button.setAccessibleName(self.tr("Formulier leegmaken voor een nieuwe persoon"))
        self._new_button.clicked.connect(self._start_new)
        self._remove_button = QPushButton(self.tr("Verwijderen…"))
        self._remove_button.setObjectName("netwerk_remove_button")
        self._remove_button.setAccessibleName(self.tr("Persoon uit het netwerk verwijderen"))
        self._remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self._save_button)
        buttons.addWidget(self._new_button)
        buttons.addStretch(1)
        buttons.addWidget(self._remove_button)
        form.addRow(buttons)

        labels = {soort: self._soorten.label(soort) for soort in RelatieSoort}
        self._ecogram = Ecogram(labels, self.tr("Huishouden"), self.tr("Nog niemand in het netwerk"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._table, 1)
        left_layout.addWidget(form_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("netwerk_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self._ecogram)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])
        splitter.setChildrenCollapsible(False)

        self._left = left
        self._large_button = QPushButton(self.tr("&Ecogram groot tonen"))
        self._large_button.setObjectName("ecogram_large_button")
        self._large_button.setAccessibleName(self.tr("Ecogram groot tonen, om samen met de cliënt te bekijken"))
        self._large_button.setCheckable(True)
        self._large_button.toggled.connect(self._show_large)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self._large_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self._start_new()

    # --- the contract of a part ---

    @property
    def table(self) -> RowTable:
        return self._table

    @property
    def ecogram(self) -> Ecogram:
        return self._ecogram

    def load(self, view: GesprekView) -> None:
        self._people = list(view.netwerk)
        self._refresh()
        self._start_new()
        self.sig_status_changed.emit()

    def flush(self) -> None:
        """Nothing waits: adding, correcting and removing save at once (an unsent form stays on screen)."""

    def clear(self) -> None:
        self._large_button.setChecked(False)
        self._people = []
        self._model.removeRows(0, self._model.rowCount())
        self._ecogram.clear_people()
        self._start_new()

    def status(self) -> PartStatus:
        return PartStatus.BESPROKEN if self._people else PartStatus.NIET_BESPROKEN

    # --- building ---

    def _line(self, object_name: str, accessible_name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(object_name)
        field.setAccessibleName(accessible_name)
        field.setPlaceholderText(placeholder)
        field.returnPressed.connect(self._submit)
        return field

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- showing ---

    def _refresh(self) -> None:
        """Rebuild the table and the ecogram from ``self._people``, sorted by name."""
        self._people.sort(key=lambda p: (p.persoon.naam.casefold(), p.id))
        self._model.removeRows(0, self._model.rowCount())
        for person in self._people:
            self._model.appendRow(self._row(person))
        self._table.resizeColumnsToContents()
        header = self._table.horizontalHeader()
        for column in range(self._model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        self._ecogram.set_people(
            [
                EcogramPerson(p.id, p.persoon.naam, p.persoon.relatie, self._soorten.soort_van(p.persoon.relatie))
                for p in self._people
            ]
        )

    def _row(self, person: NetwerkView) -> list[QStandardItem]:
        p = person.persoon
        soort = self._soorten.label(self._soorten.soort_van(p.relatie))
        cells = [QStandardItem(text) for text in (p.naam, p.relatie, soort, p.wat, p.contact)]
        cells[COL_NAAM].setData(person.id, ID_ROLE)
        for cell in cells:
            cell.setEditable(False)
        cells[COL_WAT].setToolTip(p.wat)
        return cells

    def _row_of(self, netwerk_id: str) -> int:
        for row in range(self._model.rowCount()):
            if self._model.item(row, COL_NAAM).data(ID_ROLE) == netwerk_id:
                return row
        return -1

    def _relatie_changed(self, text: str) -> None:
        """Say which kind of line the ecogram will draw for this relation."""
        soort = self._soorten.soort_van(text)
        hint = self.tr("In het ecogram: {soort}").format(soort=self._soorten.label(soort)) if text.strip() else ""
        show_message(self._soort_hint, hint)

    def _update_buttons(self) -> None:
        editing = self._editing is not None
        self._save_button.setText(self.tr("Wijziging opslaan") if editing else self.tr("Toevoegen"))
        self._save_button.setAccessibleName(
            self.tr("Wijziging van de persoon opslaan") if editing else self.tr("Persoon aan het netwerk toevoegen")
        )
        self._remove_button.setEnabled(editing)

    def _show_large(self, on: bool) -> None:
        """Let the ecogram fill the part (table and form hidden), to turn the screen towards the client."""
        self._left.setVisible(not on)
        self._large_button.setText(self.tr("&Lijst weer tonen") if on else self.tr("&Ecogram groot tonen"))

    # --- editing ---

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """Put the chosen person in the form, to correct or remove."""
        rows = {index.row() for index in selected.indexes()}
        if not rows:
            return
        netwerk_id = self._model.item(min(rows), COL_NAAM).data(ID_ROLE)
        person = next((p for p in self._people if p.id == netwerk_id), None)
        if person is None:
            return
        self._editing = person.id
        self._naam.setText(person.persoon.naam)
        self._relatie.setEditText(person.persoon.relatie)
        self._wat.setText(person.persoon.wat)
        self._contact.setText(person.persoon.contact)
        show_message(self._error, "")
        self._update_buttons()

    def _focus_form(self) -> None:
        """Enter or a double-click on a row: go to the form to correct the person."""
        self._naam.setFocus()

    def _start_new(self) -> None:
        """Empty the form for someone new."""
        self._editing = None
        self._table.clearSelection()
        for field in (self._naam, self._wat, self._contact):
            field.clear()
        self._relatie.setCurrentIndex(0)
        self._relatie.setEditText("")
        show_message(self._error, "")
        self._update_buttons()

    def _form_person(self) -> NetwerkPersoon:
        return NetwerkPersoon(self._naam.text(), self._relatie.currentText(), self._wat.text(), self._contact.text())

    def _submit(self) -> None:
        """Add the person in the form, or save the correction; a refusal shows under the form."""
        try:
            valid = self._form_person().validated()
        except ValidationError as exc:
            self._refuse(exc.message)
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                if self._editing is None:
                    netwerk_id = add_netwerk_persoon(session, actor, self.casus_id, valid)
                else:
                    netwerk_id = self._editing
                    update_netwerk_persoon(session, actor, netwerk_id, valid)
        except ValidationError as exc:
            self._refuse(exc.message)
            return
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._people = [p for p in self._people if p.id != netwerk_id] + [NetwerkView(netwerk_id, valid)]
        self._refresh()
        self._start_new()
        self._naam.setFocus()
        self.sig_status_changed.emit()

    def _refuse(self, message: str) -> None:
        show_message(self._error, message)
        empty_name = not self._naam.text().strip()
        (self._naam if empty_name else self._relatie).setFocus()

    def _remove(self) -> None:
        """Ask, then take the person in the form out of the netwerk."""
        person = next((p for p in self._people if p.id == self._editing), None)
        if person is None:
            return
        question = self.tr("{naam} uit het netwerk verwijderen?").format(naam=person.persoon.naam)
        if not self._dialogs.question(self, self.tr("Persoon verwijderen"), question):
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                remove_netwerk_persoon(session, actor, person.id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._people = [p for p in self._people if p.id != person.id]
        self._refresh()
        self._start_new()
        self.sig_status_changed.emit()
