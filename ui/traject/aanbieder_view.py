"""The Aanbieder tab: the sociale kaart, the opdracht to the provider, and the provider's ondersteuningsplan.

- **Sociale kaart**: providers and voorveld services per wijk, kept by the team (changes sync like other data).
  Choosing a row fills the form for editing; "Nieuw" empties it.
- **Opdracht**: the provider from the kaart, the product code from the plan's maatwerk inzet, the period and the
  worker's own telephone and e-mail (remembered from the last opdracht). "Opdracht vastleggen en opslaan…"
  records it (regiestap 5 and the moments it starts) and saves the order as PDF and, beside it, as JSON for the
  backoffice, both through QSaveFile in the unit of work that logs the export.
- **Ondersteuningsplan**: the provider's PDF, read through the file dialog, checked (a PDF, at most 50 MB, opens
  in pypdf and QtPdf) and stored inside the encrypted database; shown with QtPdf from a QBuffer, never from a
  file. Below it the bespreking: checkboxes and two short texts, saved on "Bespreking opslaan" and on flush.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
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

from regie_desktop.app.bijlagen import (
    MAX_BYTES,
    ONDERSTEUNINGSPLAN,
    PDF_MAGIC,
    Bespreking,
    attach_pdf,
    list_bijlagen,
    load_bespreking,
    read_bijlage,
    save_bespreking,
)
from regie_desktop.app.opdracht import (
    OpdrachtInvoer,
    OpdrachtVoorstel,
    casus_reference,
    export_opdracht,
    latest_opdracht_id,
    opdracht_voorstel,
    record_opdracht,
)
from regie_desktop.app.sociale_kaart import (
    KaartInvoer,
    KaartItem,
    KaartSoort,
    add_item,
    import_kaart,
    list_kaart,
    update_item,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError, ValidationError
from ui.dates import DATE_FORMAT, from_qdate, to_qdate
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date
from ui.plan.document_view import write_with_save_file
from ui.plan.inputs import MIN_HEIGHT, DateEdit, line_edit, text_edit
from ui.style import ERROR_STYLE, show_message
from ui.traject.traject_tab import TrajectTab

PDF_HEIGHT = 420
ALL_WIJKEN = ""


def _date_edit(object_name: str, accessible_name: str) -> DateEdit:
    edit = DateEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible_name)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def qtpdf_pages(data: bytes) -> int:
    """How many pages QtPdf reads in ``data`` (0 when it cannot open it); from memory, never from a file."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        return document.pageCount() if document.status() == QPdfDocument.Status.Ready else 0
    finally:
        document.close()
        buffer.close()


class AanbiederView(TrajectTab):
    """Sociale kaart, opdracht and ondersteuningsplan of one casus (``show_casus``)."""

    sig_pdf_shown = Signal()
    """The ondersteuningsplan's first page is in the viewer (the benchmark waits for it)."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(service, dialogs, parent)
        self.setObjectName("traject_aanbieder")
        self._casus_id: str | None = None
        self._kaart: list[KaartItem] = []
        self._editing: str | None = None  # the kaart entry in the form, None for a new one
        self._voorstel: OpdrachtVoorstel | None = None
        self._bespreking_loaded = Bespreking()
        self._pdf_buffer: QBuffer | None = None

        content = QWidget()
        column = QVBoxLayout(content)
        opdracht, plan, kaart = self._opdracht_box(), self._plan_box(), self._kaart_box()
        column.addWidget(opdracht)
        column.addWidget(plan)
        column.addWidget(kaart)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("aanbieder_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- building ----------------------------------------------------------------------------------------------
    def _kaart_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sociale kaart"))
        box.setObjectName("sociale_kaart_box")
        self._wijk = QComboBox()
        self._wijk.setObjectName("sociale_kaart_wijk")
        self._wijk.setAccessibleName(self.tr("Wijk"))
        self._wijk.setMinimumHeight(MIN_HEIGHT)
        self._wijk.currentIndexChanged.connect(self._fill_kaart_table)
        wijk_label = QLabel(self.tr("&Wijk:"))
        wijk_label.setBuddy(self._wijk)
        self._import = QPushButton(self.tr("Voorbeeldkaart &laden"))
        self._import.setObjectName("kaart_import_button")
        self._import.setToolTip(self.tr("Verzonnen voorbeeldorganisaties, om mee te beginnen"))
        self._import.setMinimumHeight(MIN_HEIGHT)
        self._import.clicked.connect(self.import_example)
        filter_row = QHBoxLayout()
        filter_row.addWidget(wijk_label)
        filter_row.addWidget(self._wijk)
        filter_row.addStretch(1)
        filter_row.addWidget(self._import)
        self._kaart_table = QTableWidget(0, 5)
        self._kaart_table.setObjectName("sociale_kaart_table")
        self._kaart_table.setAccessibleName(self.tr("Sociale kaart"))
        self._kaart_table.setHorizontalHeaderLabels(
            [self.tr("Wijk"), self.tr("Naam"), self.tr("Soort"), self.tr("Aanbod"), self.tr("Contact")]
        )
        self._kaart_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._kaart_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._kaart_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._kaart_table.verticalHeader().setVisible(False)
        self._kaart_table.setWordWrap(False)
        self._kaart_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._kaart_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._kaart_table.setMinimumHeight(180)
        self._kaart_table.itemSelectionChanged.connect(self._kaart_selected)

        self._k_naam = line_edit("kaart_naam", self.tr("Naam van de organisatie"))
        self._k_wijk = line_edit(
            "kaart_wijk", self.tr("Wijk van de organisatie"), self.tr("bijv. Noord of Hele gemeente")
        )
        self._k_soort = QComboBox()
        self._k_soort.setObjectName("kaart_soort")
        self._k_soort.setAccessibleName(self.tr("Soort organisatie"))
        self._k_soort.setMinimumHeight(MIN_HEIGHT)
        self._k_soort.addItem(self.tr("Aanbieder"), KaartSoort.AANBIEDER.value)
        self._k_soort.addItem(self.tr("Voorveld"), KaartSoort.VOORVELD.value)
        self._k_aanbod = line_edit("kaart_aanbod", self.tr("Aanbod"))
        self._k_codes = line_edit("kaart_productcodes", self.tr("Productcodes"), self.tr("bijv. BGI, BGG"))
        self._k_telefoon = line_edit("kaart_telefoon", self.tr("Telefoon van de organisatie"))
        self._k_email = line_edit("kaart_email", self.tr("E-mail van de organisatie"))
        self._k_adres = line_edit("kaart_adres", self.tr("Adres van de organisatie"))
        self._k_actief = QCheckBox(self.tr("Actief (uitvinken als de organisatie stopt)"))
        self._k_actief.setObjectName("kaart_actief")
        self._k_actief.setChecked(True)
        self._k_message = QLabel()
        self._k_message.setObjectName("kaart_message")
        self._k_message.setWordWrap(True)
        self._k_message.hide()
        form = QGridLayout()
        fields = (
            (self.tr("Naam:"), self._k_naam),
            (self.tr("Wijk:"), self._k_wijk),
            (self.tr("Soort:"), self._k_soort),
            (self.tr("Aanbod:"), self._k_aanbod),
            (self.tr("Productcodes:"), self._k_codes),
            (self.tr("Adres:"), self._k_adres),
            (self.tr("Telefoon:"), self._k_telefoon),
            (self.tr("E-mail:"), self._k_email),
        )
        for number, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            row, col = divmod(number, 3)
            form.addWidget(label, row, col * 2)
            form.addWidget(field, row, col * 2 + 1)
        form.addWidget(self._k_actief, 2, 5)
        for col in (1, 3, 5):
            form.setColumnStretch(col, 1)
        new = QPushButton(self.tr("&Nieuw"))
        new.setObjectName("kaart_new_button")
        new.setMinimumHeight(MIN_HEIGHT)
        new.clicked.connect(self.new_kaart_item)
        self._k_save = QPushButton(self.tr("Op &kaart opslaan"))
        self._k_save.setObjectName("kaart_save_button")
        self._k_save.setMinimumHeight(MIN_HEIGHT)
        self._k_save.clicked.connect(self.save_kaart_item)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(new)
        buttons.addWidget(self._k_save)
        layout = QVBoxLayout(box)
        layout.addLayout(filter_row)
        layout.addWidget(self._kaart_table)
        layout.addLayout(form)
        layout.addWidget(self._k_message)
        layout.addLayout(buttons)
        return box

    def _opdracht_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Opdracht aan de aanbieder"))
        box.setObjectName("opdracht_box")
        self._o_status = QLabel()
        self._o_status.setObjectName("opdracht_status")
        self._o_status.setWordWrap(True)
        self._o_aanbieder = QComboBox()
        self._o_aanbieder.setObjectName("opdracht_aanbieder")
        self._o_aanbieder.setAccessibleName(self.tr("Aanbieder van de sociale kaart"))
        self._o_aanbieder.setMinimumHeight(MIN_HEIGHT)
        self._o_product = QComboBox()
        self._o_product.setObjectName("opdracht_product")
        self._o_product.setAccessibleName(self.tr("Product (productcode)"))
        self._o_product.setEditable(True)
        self._o_product.setMinimumHeight(MIN_HEIGHT)
        self._o_start = _date_edit("opdracht_start", self.tr("Begin van de periode"))
        self._o_einde = _date_edit("opdracht_einde", self.tr("Einde van de periode"))
        self._o_verstuurd = _date_edit("opdracht_verstuurd", self.tr("Verstuurd op"))
        self._o_telefoon = line_edit("opdracht_telefoon", self.tr("Uw telefoonnummer"))
        self._o_email = line_edit("opdracht_email", self.tr("Uw e-mailadres"))
        period = QHBoxLayout()
        period.addWidget(self._o_start)
        period.addWidget(QLabel(self.tr("tot en met")))
        period.addWidget(self._o_einde)
        period.addStretch(1)
        form = QFormLayout()
        for text, field in (
            (self.tr("Aanbie&der:"), self._o_aanbieder),
            (self.tr("&Product:"), self._o_product),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.tr("Periode:"), period)
        for text, field in (
            (self.tr("Uw &telefoon:"), self._o_telefoon),
            (self.tr("Uw &e-mail:"), self._o_email),
            (self.tr("Verstuurd &op:"), self._o_verstuurd),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self._o_message = QLabel()
        self._o_message.setObjectName("opdracht_message")
        self._o_message.setWordWrap(True)
        self._o_message.hide()
        self._o_save = QPushButton(self.tr("Opdracht vastle&ggen en opslaan…"))
        self._o_save.setObjectName("opdracht_save_button")
        self._o_save.setMinimumHeight(MIN_HEIGHT)
        self._o_save.clicked.connect(self.save_opdracht)
        self._o_export = QPushButton(self.tr("Laatste opdracht opnieuw opslaan…"))
        self._o_export.setObjectName("opdracht_export_button")
        self._o_export.setMinimumHeight(MIN_HEIGHT)
        self._o_export.clicked.connect(self.export_latest)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._o_export)
        buttons.addWidget(self._o_save)
        layout = QVBoxLayout(box)
        layout.addWidget(self._o_status)
        layout.addLayout(form)
        layout.addWidget(self._o_message)
        layout.addLayout(buttons)
        return box

    def _plan_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ondersteuningsplan van de aanbieder"))
        box.setObjectName("ondersteuningsplan_box")
        self._b_status = QLabel()
        self._b_status.setObjectName("bijlage_status")
        self._b_status.setWordWrap(True)
        add = QPushButton(self.tr("PDF toe&voegen…"))
        add.setObjectName("bijlage_add_button")
        add.setAccessibleName(self.tr("Ondersteuningsplan (PDF) toevoegen"))
        add.setMinimumHeight(MIN_HEIGHT)
        add.clicked.connect(self.add_pdf)
        row = QHBoxLayout()
        row.addWidget(self._b_status, 1)
        row.addWidget(add)
        self._pdf_document = QPdfDocument(self)
        self._pdf_view = QPdfView()
        self._pdf_view.setObjectName("bijlage_pdf_view")
        self._pdf_view.setAccessibleName(self.tr("Ondersteuningsplan"))
        self._pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self._pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._pdf_view.setDocument(self._pdf_document)
        self._pdf_view.setMinimumHeight(PDF_HEIGHT)
        self._pdf_view.hide()

        bespreking = QGroupBox(self.tr("Bespreking met de aanbieder"))
        bespreking.setObjectName("bespreking_box")
        self._s_date = _date_edit("bespreking_datum", self.tr("Besproken op"))
        self._s_checks: dict[str, QCheckBox] = {}
        for key, text in (
            ("indicatie_juist", self.tr("De indicatie klopt")),
            ("doelen_concreet", self.tr("De doelen zijn concreet")),
            ("aandacht_netwerk", self.tr("Aandacht voor het netwerk")),
            ("aandacht_voorveld", self.tr("Aandacht voor het voorveld")),
            ("aandacht_eigen_kracht", self.tr("Aandacht voor eigen kracht")),
        ):
            check = QCheckBox(text)
            check.setObjectName(f"bespreking_{key}")
            self._s_checks[key] = check
        self._s_wie = text_edit(
            "bespreking_wie_informeert", self.tr("Wie informeert wie"), 2, self.tr("Wie informeert wie, en wanneer")
        )
        self._s_toelichting = text_edit("bespreking_toelichting", self.tr("Toelichting bij de bespreking"), 2)
        save = QPushButton(self.tr("&Bespreking opslaan"))
        save.setObjectName("bespreking_save_button")
        save.setMinimumHeight(MIN_HEIGHT)
        save.clicked.connect(self._save_bespreking_clicked)
        form = QFormLayout(bespreking)
        date_label = QLabel(self.tr("Besp&roken op:"))
        date_label.setBuddy(self._s_date)
        form.addRow(date_label, self._s_date)
        for check in self._s_checks.values():
            form.addRow("", check)
        form.addRow(self.tr("Wie informeert wie:"), self._s_wie)
        form.addRow(self.tr("Toelichting:"), self._s_toelichting)
        form.addRow("", save)

        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self._pdf_view)
        layout.addWidget(bespreking)
        return box

    # --- the contract --------------------------------------------------------------------------------------------
    @property
    def pdf_document(self) -> QPdfDocument:
        return self._pdf_document

    def show_casus(self, casus_id: str) -> None:
        """Read the kaart, the opdracht proposal, the attachments and the bespreking (raises ``RegieError``)."""
        today = self._service.today()
        same = casus_id == self._casus_id
        with self._service.unit_of_work() as (session, actor):
            kaart = list_kaart(session)
            try:
                voorstel: OpdrachtVoorstel | None = opdracht_voorstel(session, actor, casus_id, today)
            except ValidationError:
                voorstel = None  # no signed plan yet: the opdracht part says so
            bijlagen = list_bijlagen(session, casus_id, ONDERSTEUNINGSPLAN)
            bespreking = load_bespreking(session, casus_id)
            here = bool(bijlagen) and bijlagen[0].aanwezig  # else its content is still to come with a sync
            data = read_bijlage(session, actor, bijlagen[0].id) if here and not same else None
        self._casus_id = casus_id
        self._kaart = kaart
        self._fill_wijken()
        self._fill_kaart_table()
        self._show_opdracht(voorstel, keep_input=same)
        if bijlagen:
            info = bijlagen[0]
            received = (
                self.tr("Ontvangen op {datum}: 1 pagina, {kb} kB. Bewaard in de versleutelde werkruimte.")
                if info.paginas == 1
                else self.tr("Ontvangen op {datum}: {n} pagina's, {kb} kB. Bewaard in de versleutelde werkruimte.")
            )
            self._b_status.setText(
                received.format(datum=dutch_date(info.toegevoegd_op), n=info.paginas, kb=max(info.grootte // 1024, 1))
            )
            if not info.aanwezig:
                self._b_status.setText(
                    self.tr("Ontvangen op {datum}; de inhoud wordt bij de volgende synchronisatie opgehaald.").format(
                        datum=dutch_date(info.toegevoegd_op)
                    )
                )
                self._close_pdf()
        else:
            self._b_status.setText(self.tr("Nog geen ondersteuningsplan ontvangen."))
        if data is not None:
            self._show_pdf(data)
        elif not bijlagen:
            self._close_pdf()
        if not same or not self._bespreking_dirty():
            self._show_bespreking(bespreking)

    def clear(self) -> None:
        """Forget the casus: the forms, the PDF in memory, the bespreking."""
        self._casus_id = None
        self._voorstel = None
        self._kaart = []
        self._editing = None
        self._kaart_table.setRowCount(0)
        self._wijk.blockSignals(True)
        self._wijk.clear()
        self._wijk.blockSignals(False)
        for edit in (
            self._k_naam,
            self._k_wijk,
            self._k_aanbod,
            self._k_codes,
            self._k_telefoon,
            self._k_email,
            self._k_adres,
            self._o_telefoon,
            self._o_email,
        ):
            edit.clear()
        self._o_aanbieder.clear()
        self._o_product.clear()
        self._o_status.clear()
        self._b_status.clear()
        for label in (self._k_message, self._o_message):
            label.clear()
            label.hide()
        self._close_pdf()
        self._show_bespreking(Bespreking())
        self._s_wie.clear()
        self._s_toelichting.clear()

    def flush(self) -> None:
        """A bespreking typed but not yet saved is saved now (raises ``RegieError``; the input stays)."""
        if self._casus_id is not None and self._bespreking_dirty():
            self._save_bespreking()

    # --- sociale kaart -----------------------------------------------------------------------------------------
    def _fill_wijken(self) -> None:
        current = self._wijk.currentData()
        self._wijk.blockSignals(True)
        self._wijk.clear()
        self._wijk.addItem(self.tr("Alle wijken"), ALL_WIJKEN)
        for wijk in sorted({i.wijk for i in self._kaart}):
            self._wijk.addItem(wijk, wijk)
        self._wijk.setCurrentIndex(max(self._wijk.findData(current), 0) if current is not None else 0)
        self._wijk.blockSignals(False)
        self._import.setVisible(not self._kaart)

    def _shown_kaart(self) -> list[KaartItem]:
        wijk = self._wijk.currentData() or ALL_WIJKEN
        return [i for i in self._kaart if wijk in (ALL_WIJKEN, i.wijk)]

    def _fill_kaart_table(self) -> None:
        items = self._shown_kaart()
        self._kaart_table.blockSignals(True)
        self._kaart_table.setRowCount(len(items))
        for row, item in enumerate(items):
            soort = self.tr("Aanbieder") if item.soort is KaartSoort.AANBIEDER else self.tr("Voorveld")
            aanbod = item.aanbod + (f" ({', '.join(item.productcodes)})" if item.productcodes else "")
            contact = " · ".join(p for p in (item.telefoon, item.email) if p)
            for column, text in enumerate((item.wijk, item.naam, soort, aanbod, contact)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self._kaart_table.setItem(row, column, cell)
        self._kaart_table.blockSignals(False)

    def _kaart_selected(self) -> None:
        row = self._kaart_table.currentRow()
        items = self._shown_kaart()
        if not 0 <= row < len(items):
            return
        item = items[row]
        self._editing = item.id
        self._k_naam.setText(item.naam)
        self._k_wijk.setText(item.wijk)
        self._k_soort.setCurrentIndex(self._k_soort.findData(item.soort.value))
        self._k_aanbod.setText(item.aanbod)
        self._k_codes.setText(", ".join(item.productcodes))
        self._k_telefoon.setText(item.telefoon)
        self._k_email.setText(item.email)
        self._k_adres.setText(item.adres)
        self._k_actief.setChecked(item.actief)
        self._k_message.hide()

    def new_kaart_item(self) -> None:
        self._editing = None
        self._kaart_table.clearSelection()
        for edit in (self._k_naam, self._k_aanbod, self._k_codes, self._k_telefoon, self._k_email, self._k_adres):
            edit.clear()
        self._k_wijk.setText(self._wijk.currentData() or "")
        self._k_actief.setChecked(True)
        self._k_message.hide()
        self._k_naam.setFocus()

    def save_kaart_item(self) -> None:
        invoer = KaartInvoer(
            wijk=self._k_wijk.text(),
            naam=self._k_naam.text(),
            soort=KaartSoort(self._k_soort.currentData()),
            aanbod=self._k_aanbod.text(),
            productcodes=self._k_codes.text(),
            telefoon=self._k_telefoon.text(),
            email=self._k_email.text(),
            adres=self._k_adres.text(),
            actief=self._k_actief.isChecked(),
        )
        try:
            with self._service.unit_of_work() as (session, actor):
                if self._editing is None:
                    self._editing = add_item(session, actor, invoer)
                else:
                    update_item(session, actor, self._editing, invoer)
        except RegieError as exc:
            self._say(self._k_message, exc.message, error=True)
            return
        self._say(self._k_message, self.tr("Opgeslagen op de sociale kaart."))
        self._reload_kaart()

    def import_example(self) -> None:
        try:
            with self._service.unit_of_work() as (session, actor):
                added = import_kaart(session, actor)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._say(self._k_message, self.tr("{n} organisaties uit het voorbeeld toegevoegd.").format(n=added))
        self._reload_kaart()

    def _reload_kaart(self) -> None:
        try:
            with self._service.unit_of_work() as (session, _actor):
                self._kaart = list_kaart(session)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._fill_wijken()
        self._fill_kaart_table()
        self._fill_aanbieders(self._o_aanbieder.currentData())

    # --- opdracht ------------------------------------------------------------------------------------------------
    def _fill_aanbieders(self, keep: str | None) -> None:
        self._o_aanbieder.clear()
        for item in self._kaart:
            if item.soort is KaartSoort.AANBIEDER and item.actief:
                self._o_aanbieder.addItem(f"{item.naam} ({item.wijk})", item.id)
        if keep:
            self._o_aanbieder.setCurrentIndex(max(self._o_aanbieder.findData(keep), 0))

    def _show_opdracht(self, voorstel: OpdrachtVoorstel | None, keep_input: bool) -> None:
        self._voorstel = voorstel
        enabled = voorstel is not None and voorstel.share_with_provider
        for widget in (
            self._o_aanbieder,
            self._o_product,
            self._o_start,
            self._o_einde,
            self._o_verstuurd,
            self._o_telefoon,
            self._o_email,
            self._o_save,
        ):
            widget.setEnabled(enabled)
        self._o_export.setEnabled(voorstel is not None and voorstel.invoer is not None)
        if voorstel is None:
            self._o_status.setText(self.tr("Er is nog geen ondertekend plan: een opdracht kan pas na ondertekening."))
            self._fill_aanbieders(None)
            return
        if not voorstel.share_with_provider:
            self._o_status.setText(
                self.tr("De cliënt gaf geen toestemming om het plan met de aanbieder te delen: geen opdracht mogelijk.")
            )
        elif voorstel.invoer is not None:
            self._o_status.setText(
                self.tr("Opdracht verstuurd op {datum} ({code}, {van} tot en met {tot}).").format(
                    datum=dutch_date(voorstel.invoer.verstuurd_op),
                    code=voorstel.invoer.productcode,
                    van=dutch_date(voorstel.invoer.periode_start),
                    tot=dutch_date(voorstel.invoer.periode_einde),
                )
            )
        else:
            if not voorstel.withheld:
                shared = self.tr("Het hele plan mag naar de aanbieder.")
            elif len(voorstel.withheld) == 1:
                shared = self.tr("Niet gedeeld (Plan B): 1 leefgebied.")
            else:
                shared = self.tr("Niet gedeeld (Plan B): {n} leefgebieden.").format(n=len(voorstel.withheld))
            self._o_status.setText(self.tr("Nog geen opdracht verstuurd. {gedeeld}").format(gedeeld=shared))
        if keep_input:
            self._fill_aanbieders(self._o_aanbieder.currentData())
            return
        invoer = voorstel.invoer
        self._fill_aanbieders(invoer.aanbieder_id if invoer else None)
        self._o_product.clear()
        for code, omschrijving in voorstel.productcodes:
            self._o_product.addItem(f"{code} – {omschrijving}" if omschrijving else code, code)
        if invoer is not None and self._o_product.findData(invoer.productcode) < 0:
            self._o_product.addItem(invoer.productcode, invoer.productcode)
        if invoer is not None:
            self._o_product.setCurrentIndex(self._o_product.findData(invoer.productcode))
        self._o_start.setDate(to_qdate(invoer.periode_start if invoer else voorstel.periode_start))
        self._o_einde.setDate(to_qdate(invoer.periode_einde if invoer else voorstel.periode_einde))
        today = self._service.today()
        self._o_verstuurd.setMaximumDate(to_qdate(today))
        self._o_verstuurd.setDate(to_qdate(today))
        self._o_telefoon.setText(invoer.werker_telefoon if invoer else voorstel.werker_telefoon)
        self._o_email.setText(invoer.werker_email if invoer else voorstel.werker_email)

    def _product_code(self) -> str:
        text = self._o_product.currentText().strip()
        data = self._o_product.currentData()
        if data and self._o_product.itemText(self._o_product.currentIndex()) == text:
            return str(data)
        return text.split(" ", 1)[0] if text else ""

    def save_opdracht(self) -> None:
        """Record the opdracht and save its PDF (and the JSON beside it); asks where first, nothing stored on cancel."""
        if self._casus_id is None or self._voorstel is None:
            return
        if self._o_aanbieder.currentData() is None:
            self._say(self._o_message, self.tr("Kies eerst een aanbieder van de sociale kaart."), error=True)
            return
        invoer = OpdrachtInvoer(
            aanbieder_id=str(self._o_aanbieder.currentData()),
            productcode=self._product_code(),
            periode_start=from_qdate(self._o_start.date()),
            periode_einde=from_qdate(self._o_einde.date()),
            werker_telefoon=self._o_telefoon.text(),
            werker_email=self._o_email.text(),
            verstuurd_op=from_qdate(self._o_verstuurd.date()),
        )
        path = self._ask_path()
        if path is None:
            return
        casus_id = self._casus_id
        try:
            with self._service.unit_of_work() as (session, actor):
                opdracht_id = record_opdracht(session, actor, casus_id, invoer, self._service.today())
                files = export_opdracht(session, actor, opdracht_id)
                self._write(path, files.pdf, files.json)
        except RegieError as exc:
            self._say(self._o_message, exc.message, error=True)
            return
        self._say(
            self._o_message,
            self.tr("Opdracht vastgelegd en opgeslagen als {pdf} en {json}.").format(
                pdf=path.name, json=path.with_suffix(".json").name
            ),
        )
        self._reload_opdracht()
        self.sig_changed.emit()

    def export_latest(self) -> None:
        if self._casus_id is None:
            return
        path = self._ask_path()
        if path is None:
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                opdracht_id = latest_opdracht_id(session, self._casus_id)
                if opdracht_id is None:
                    raise ValidationError("Er is nog geen opdracht voor deze casus.")
                files = export_opdracht(session, actor, opdracht_id)
                self._write(path, files.pdf, files.json)
        except RegieError as exc:
            self._say(self._o_message, exc.message, error=True)
            return
        self._say(
            self._o_message,
            self.tr("Opgeslagen als {pdf} en {json}.").format(pdf=path.name, json=path.with_suffix(".json").name),
        )

    def _ask_path(self) -> Path | None:
        assert self._casus_id is not None
        name = f"opdracht-casus-{casus_reference(self._casus_id)}.pdf"
        path = self._dialogs.save_file_name(self, self.tr("Opdracht opslaan"), name, self.tr("PDF-bestanden (*.pdf)"))
        if path is None:
            return None
        json_path = path.with_suffix(".json")
        if json_path.exists() and not self._dialogs.question(
            self,
            self.tr("Opdracht opslaan"),
            self.tr("{naam} bestaat al. Vervangen?").format(naam=json_path.name),
        ):
            return None
        return path

    def _write(self, path: Path, pdf: bytes, json_bytes: bytes) -> None:
        """Both files through QSaveFile, inside the unit of work: a failed write keeps no export in the log."""
        message = self.tr("De opdracht kon niet worden opgeslagen. Kies een andere map en probeer het opnieuw.")
        write_with_save_file(path, pdf, message)
        write_with_save_file(path.with_suffix(".json"), json_bytes, message)

    def _reload_opdracht(self) -> None:
        if self._casus_id is None:
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                voorstel = opdracht_voorstel(session, actor, self._casus_id, self._service.today())
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._show_opdracht(voorstel, keep_input=False)

    # --- ondersteuningsplan -------------------------------------------------------------------------------------
    def add_pdf(self) -> None:
        """Read a PDF chosen in the file dialog, check it and store it inside the workspace; show it."""
        if self._casus_id is None:
            return
        path = self._dialogs.open_file_name(
            self, self.tr("Ondersteuningsplan toevoegen"), self.tr("PDF-bestanden (*.pdf);;Alle bestanden (*)")
        )
        if path is None:
            return
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ValidationError(
                    self.tr("Het bestand is te groot ({mb} MB); een bijlage mag hoogstens {max} MB zijn.").format(
                        mb=size // 1024 // 1024, max=MAX_BYTES // 1024 // 1024
                    )
                )
            data = path.read_bytes()
        except OSError:
            self.sig_error.emit(self.tr("Het bestand kan niet worden gelezen."))
            return
        except ValidationError as exc:
            self.sig_error.emit(exc.message)
            return
        if data[:1024].lstrip().startswith(PDF_MAGIC) and qtpdf_pages(data) == 0:
            self.sig_error.emit(
                self.tr("De PDF is beschadigd en kan niet worden gelezen; vraag de aanbieder om een nieuwe.")
            )
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                attach_pdf(session, actor, self._casus_id, data, self._service.today())
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        casus_id = self._casus_id
        self._casus_id = None  # read it back as a new casus: the stored bytes are what is shown
        try:
            self.show_casus(casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
        self.sig_changed.emit()

    def _show_pdf(self, data: bytes) -> None:
        """Feed QtPdf from memory; the buffer lives as long as the document shows it."""
        self._close_pdf()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf_buffer = buffer
        self._pdf_document.load(buffer)
        self._pdf_view.show()
        if self._pdf_document.status() == QPdfDocument.Status.Ready:
            self.sig_pdf_shown.emit()

    def _close_pdf(self) -> None:
        self._pdf_document.close()
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.setData(QByteArray())
            self._pdf_buffer.deleteLater()
            self._pdf_buffer = None
        self._pdf_view.hide()

    # --- bespreking ----------------------------------------------------------------------------------------------
    def _bespreking_on_screen(self) -> Bespreking:
        return Bespreking(
            besproken_op=from_qdate(self._s_date.date())
            if self._bespreking_loaded.besproken_op or self._any_checked()
            else None,
            indicatie_juist=self._s_checks["indicatie_juist"].isChecked(),
            doelen_concreet=self._s_checks["doelen_concreet"].isChecked(),
            aandacht_netwerk=self._s_checks["aandacht_netwerk"].isChecked(),
            aandacht_voorveld=self._s_checks["aandacht_voorveld"].isChecked(),
            aandacht_eigen_kracht=self._s_checks["aandacht_eigen_kracht"].isChecked(),
            wie_informeert=self._s_wie.toPlainText().strip(),
            toelichting=self._s_toelichting.toPlainText().strip(),
        )

    def _any_checked(self) -> bool:
        return (
            any(c.isChecked() for c in self._s_checks.values())
            or bool(self._s_wie.toPlainText().strip())
            or bool(self._s_toelichting.toPlainText().strip())
        )

    def _bespreking_dirty(self) -> bool:
        shown = self._bespreking_on_screen()
        loaded = self._bespreking_loaded
        if loaded.besproken_op is None and shown.besproken_op is not None:
            return True
        return shown != loaded

    def _show_bespreking(self, bespreking: Bespreking) -> None:
        self._bespreking_loaded = bespreking
        today = self._service.today() if self._casus_id is not None else dt.date.today()
        self._s_date.setMaximumDate(to_qdate(today))
        self._s_date.setDate(to_qdate(bespreking.besproken_op or today))
        for key, check in self._s_checks.items():
            check.setChecked(bool(getattr(bespreking, key)))
        self._s_wie.setPlainText(bespreking.wie_informeert)
        self._s_toelichting.setPlainText(bespreking.toelichting)

    def _save_bespreking(self) -> None:
        assert self._casus_id is not None
        shown = self._bespreking_on_screen()
        with self._service.unit_of_work() as (session, actor):
            save_bespreking(session, actor, self._casus_id, shown, self._service.today())
        self._bespreking_loaded = shown

    def _save_bespreking_clicked(self) -> None:
        if self._casus_id is None:
            return
        try:
            self._save_bespreking()
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self.sig_changed.emit()

    def _say(self, label: QLabel, text: str, error: bool = False) -> None:
        label.setStyleSheet(ERROR_STYLE if error else "")
        show_message(label, text)
        label.show()
