"""The Voortgang en evaluatie tab: per doel of the signed plan, reached / partly / not against its agreed '6'.

The form starts from what the last evaluation said (a tussenevaluatie is mostly "the same, one thing better"),
so the worker changes only what changed. Beside it the ZRM: the first and the latest meting of the aanvrager in
one chart (the chart of the ZRM overview). The provider's eindverslag is attached as a PDF: its bytes are read
into memory and stored inside the encrypted database, never copied to a file. "Verlengen" starts the next plan
version with the doelen that are still open.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.evaluatie import (
    DoelInfo,
    EvaluatieWerkblad,
    attach_eindverslag,
    eindverslag_bytes,
    evaluatie_werkblad,
    refresh_evaluatie,
    save_evaluatie,
    verleng,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.app.zrm_overview import ZrmOverview, zrm_overview
from regie_desktop.domain.evaluatie import MAX_PDF_BYTES, DoelResultaat, Evaluatie, EvaluatieSoort, Uitkomst
from regie_desktop.errors import RegieError
from ui.dates import DATE_FORMAT, from_qdate, to_qdate
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date
from ui.plan.inputs import MIN_HEIGHT, ComboBox, DateEdit, line_edit, text_edit
from ui.style import error_label, heading_font, show_message
from ui.traject.traject_tab import TrajectTab
from ui.widgets.zrm_chart import ChartData, ZrmChart, chart_data


def pdf_renders(data: bytes) -> bool:
    """Whether QtPdf opens ``data`` from memory (a QBuffer, never a file) with at least one page."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        return document.status() == QPdfDocument.Status.Ready and document.pageCount() > 0
    finally:
        document.close()
        buffer.close()


class _DoelRow(QFrame):
    """One doel: its text and '6', the uitkomst and a short explanation."""

    def __init__(self, doel: DoelInfo, labels: dict[Uitkomst, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doel = doel
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(
            self.tr("Doel {n} · {leefgebied}: {doel}").format(
                n=doel.nummer, leefgebied=doel.leefgebied_label, doel=doel.omschrijving
            )
        )
        title.setWordWrap(True)
        title.setFont(heading_font(self.font(), 1.05))
        zes = QLabel(
            self.tr("De afgesproken 6: {zes}").format(zes=doel.zes) if doel.zes else self.tr("Geen 6 afgesproken")
        )
        zes.setObjectName(f"evaluatie_zes_{doel.nummer}")
        zes.setWordWrap(True)
        self.uitkomst = ComboBox()
        self.uitkomst.setObjectName(f"evaluatie_uitkomst_{doel.nummer}")
        self.uitkomst.setAccessibleName(self.tr("Uitkomst van doel {n}").format(n=doel.nummer))
        self.uitkomst.addItem(self.tr("Kies…"), "")
        for uitkomst, label in labels.items():
            self.uitkomst.addItem(label, uitkomst.value)
        self.toelichting: QLineEdit = line_edit(
            f"evaluatie_toelichting_{doel.nummer}",
            self.tr("Toelichting bij doel {n}").format(n=doel.nummer),
            self.tr("Kort: wat ging goed, wat nog niet?"),
        )
        row = QHBoxLayout()
        row.addWidget(self.uitkomst)
        row.addWidget(self.toelichting, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(zes)
        layout.addLayout(row)

    def resultaat(self) -> DoelResultaat | None:
        value = str(self.uitkomst.currentData() or "")
        if not value:
            return None
        return DoelResultaat(self.doel.id, Uitkomst(value), self.toelichting.text())


class EvaluatieView(TrajectTab):
    """Evaluations of one casus (``show_casus``); ``flush`` stores a completed form, ``clear`` forgets all."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(service, dialogs, parent)
        self.setObjectName("traject_evaluatie")
        self._werkblad: EvaluatieWerkblad | None = None
        self._rows: list[_DoelRow] = []
        self._loading = False
        self._dirty = False

        self._plan_label = QLabel()
        self._plan_label.setObjectName("evaluatie_plan")
        self._plan_label.setAccessibleName(self.tr("Ondertekend plan"))
        self._plan_label.setWordWrap(True)
        self._message = error_label("evaluatie_message", self.tr("Melding bij de evaluatie"))
        self._status = QLabel()
        self._status.setObjectName("evaluatie_status")
        self._status.setAccessibleName(self.tr("Wat er is opgeslagen"))
        self._status.setWordWrap(True)

        self._soort = ComboBox()
        self._soort.setObjectName("evaluatie_soort")
        self._soort.setAccessibleName(self.tr("Soort evaluatie"))
        self._soort.addItem(self.tr("Tussenevaluatie"), EvaluatieSoort.TUSSENEVALUATIE.value)
        self._soort.addItem(self.tr("Eindevaluatie"), EvaluatieSoort.EINDEVALUATIE.value)
        self._datum = DateEdit()
        self._datum.setObjectName("evaluatie_datum")
        self._datum.setAccessibleName(self.tr("Datum van de evaluatie"))
        self._datum.setDisplayFormat(DATE_FORMAT)
        self._datum.setCalendarPopup(True)
        self._toelichting = text_edit(
            "evaluatie_toelichting",
            self.tr("Toelichting bij de evaluatie"),
            2,
            self.tr("Wat is er verder afgesproken?"),
        )
        self._save = QPushButton(self.tr("Evaluatie ops&laan"))
        self._save.setObjectName("evaluatie_opslaan")
        self._save.setAccessibleName(self.tr("Evaluatie opslaan"))
        self._save.setShortcut(QKeySequence.StandardKey.Save)
        self._save.setMinimumHeight(MIN_HEIGHT)
        self._save.clicked.connect(self.save)
        head = QFormLayout()
        head.addRow(self.tr("S&oort:"), self._soort)
        head.addRow(self.tr("&Datum:"), self._datum)
        for field in (self._soort, self._datum):
            label = head.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self._doelen_box = QWidget()
        self._doelen_layout = QVBoxLayout(self._doelen_box)
        self._doelen_layout.setContentsMargins(0, 0, 0, 0)
        form_box = QGroupBox(self.tr("Doelen evalueren"))
        form_layout = QVBoxLayout(form_box)
        form_layout.addLayout(head)
        form_layout.addWidget(self._doelen_box)
        form_layout.addWidget(QLabel(self.tr("Toelichting:")))
        form_layout.addWidget(self._toelichting)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._save)
        form_layout.addLayout(buttons)

        self._history = QListWidget()
        self._history.setObjectName("evaluatie_lijst")
        self._history.setAccessibleName(self.tr("Eerdere evaluaties, nieuwste eerst"))
        self._history.setMaximumHeight(110)
        self._verlengen = QPushButton(self.tr("Verlen&gen met de open doelen…"))
        self._verlengen.setObjectName("evaluatie_verlengen")
        self._verlengen.setAccessibleName(self.tr("Verlengen: nieuw plan met de open doelen"))
        self._verlengen.setMinimumHeight(MIN_HEIGHT)
        self._verlengen.clicked.connect(self.extend)
        self._attach = QPushButton(self.tr("&Eindverslag toevoegen…"))
        self._attach.setObjectName("evaluatie_eindverslag_toevoegen")
        self._attach.setAccessibleName(self.tr("Eindverslag van de aanbieder toevoegen (PDF)"))
        self._attach.setMinimumHeight(MIN_HEIGHT)
        self._attach.clicked.connect(self.attach)
        self._verslagen = QLabel()
        self._verslagen.setObjectName("evaluatie_eindverslagen")
        self._verslagen.setAccessibleName(self.tr("Toegevoegde eindverslagen"))
        self._verslagen.setWordWrap(True)
        extra = QGroupBox(self.tr("Eindverslag en verlenging"))
        extra_layout = QVBoxLayout(extra)
        extra_layout.addWidget(self._attach)
        extra_layout.addWidget(self._verlengen)
        self._view_pdf = QPushButton(self.tr("Eindverslag &bekijken"))
        self._view_pdf.setObjectName("evaluatie_eindverslag_bekijken")
        self._view_pdf.setAccessibleName(self.tr("Het laatste eindverslag bekijken"))
        self._view_pdf.setMinimumHeight(MIN_HEIGHT)
        self._view_pdf.clicked.connect(self.show_eindverslag)
        extra_layout.addWidget(self._view_pdf)
        # The PDF is shown from memory (a QBuffer), never from a file; buffer and document live while it is shown.
        self._pdf_buffer: QBuffer | None = None
        self._pdf_document = QPdfDocument(self)
        self._pdf_view = QPdfView()
        self._pdf_view.setObjectName("evaluatie_eindverslag_pdf")
        self._pdf_view.setAccessibleName(self.tr("Eindverslag van de aanbieder"))
        self._pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self._pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._pdf_view.setDocument(self._pdf_document)
        self._pdf_view.setMinimumHeight(360)
        self._pdf_view.setVisible(False)
        extra_layout.addWidget(self._pdf_view)
        extra_layout.addWidget(self._verslagen)

        self._chart = ZrmChart()
        self._chart_note = QLabel()
        self._chart_note.setObjectName("evaluatie_zrm_note")
        self._chart_note.setWordWrap(True)
        chart_box = QGroupBox(self.tr("ZRM: eerste en laatste meting"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self._chart_note)
        chart_layout.addWidget(self._chart, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self._plan_label)
        left_layout.addWidget(self._message)
        left_layout.addWidget(self._status)
        left_layout.addWidget(form_box)
        left_layout.addWidget(QLabel(self.tr("Eerdere evaluaties:")))
        left_layout.addWidget(self._history)
        left_layout.addWidget(extra)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("evaluatie_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)
        layout = QHBoxLayout(self)
        chart_box.setMinimumWidth(600)  # the chart's own minimum plus its frame: never cut off at the right
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        layout.addWidget(chart_box, 1)

        self._soort.currentIndexChanged.connect(self._edited)
        self._datum.dateChanged.connect(self._edited)
        self._toelichting.textChanged.connect(self._edited)
        self._set_enabled(False)

    def _uitkomst_labels(self) -> dict[Uitkomst, str]:
        return {
            Uitkomst.BEREIKT: self.tr("Bereikt"),
            Uitkomst.DEELS: self.tr("Deels bereikt"),
            Uitkomst.NIET_BEREIKT: self.tr("Niet bereikt"),
        }

    # --- the contract of a traject tab ------------------------------------------------------------------------
    @property
    def werkblad(self) -> EvaluatieWerkblad | None:
        return self._werkblad

    @property
    def chart(self) -> ZrmChart:
        return self._chart

    def show_casus(self, casus_id: str) -> None:
        """Read the evaluations and the ZRM of ``casus_id`` (logged reads; raises ``RegieError``)."""
        today = self._service.today()
        with self._service.unit_of_work() as (session, actor):
            werkblad = evaluatie_werkblad(session, actor, casus_id)
            overview = zrm_overview(session, actor, casus_id, today)
        self._show(werkblad)
        self._show_chart(overview)

    def flush(self) -> None:
        """Store the form when every doel has an uitkomst (raises ``RegieError``; the input stays)."""
        if not self._dirty or self._werkblad is None:
            return
        if any(row.resultaat() is None for row in self._rows):
            return  # not an evaluation yet; it stays on screen
        self._store()

    def clear(self) -> None:
        """Forget the casus: no doel, explanation or score stays in any widget."""
        self._loading = True
        try:
            self._drop_rows()
            self._history.clear()
            self._toelichting.clear()
            self._plan_label.clear()
            self._status.clear()
            self._verslagen.clear()
            self._chart.clear()
            self._chart_note.clear()
            self._close_pdf()
            show_message(self._message, "")
        finally:
            self._loading = False
        self._werkblad = None
        self._dirty = False
        self._set_enabled(False)

    # --- showing -------------------------------------------------------------------------------------------------
    def _drop_rows(self) -> None:
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = []

    def _show(self, werkblad: EvaluatieWerkblad) -> None:
        today = self._service.today()
        self._loading = True
        try:
            self._werkblad = werkblad
            self._drop_rows()
            labels = self._uitkomst_labels()
            if werkblad.plan_version is None:
                self._plan_label.setText(
                    self.tr("Er is nog geen ondertekend plan. Evalueren kan zodra het plan is ondertekend.")
                )
            else:
                self._plan_label.setText(
                    self.tr("Evaluatie van het ondertekende plan, versie {n}.").format(n=werkblad.plan_version)
                )
            last = {r.doel_id: r for e in werkblad.evaluaties[:1] for r in e.evaluatie.resultaten}
            for doel in werkblad.doelen:
                row = _DoelRow(doel, labels)
                previous = last.get(doel.id)
                if previous is not None:
                    row.uitkomst.setCurrentIndex(max(row.uitkomst.findData(previous.uitkomst.value), 0))
                    row.toelichting.setText(previous.toelichting)
                row.uitkomst.currentIndexChanged.connect(self._edited)
                row.toelichting.textEdited.connect(self._edited)
                self._doelen_layout.addWidget(row)
                self._rows.append(row)
            soort = EvaluatieSoort.EINDEVALUATIE if werkblad.evaluaties else EvaluatieSoort.TUSSENEVALUATIE
            self._soort.setCurrentIndex(max(self._soort.findData(soort.value), 0))
            self._datum.setMaximumDate(to_qdate(today))
            self._datum.setDate(to_qdate(today))
            self._toelichting.clear()
            self._history.clear()
            soort_labels = {
                EvaluatieSoort.TUSSENEVALUATIE: self.tr("Tussenevaluatie"),
                EvaluatieSoort.EINDEVALUATIE: self.tr("Eindevaluatie"),
            }
            for regel in werkblad.evaluaties:
                counts = {u: sum(1 for r in regel.evaluatie.resultaten if r.uitkomst is u) for u in Uitkomst}
                summary = ", ".join(f"{n} {labels[u].lower()}" for u, n in counts.items() if n)
                self._history.addItem(
                    self.tr("{datum} · {soort} (plan versie {v}): {samenvatting}").format(
                        datum=dutch_date(regel.evaluatie.datum),
                        soort=soort_labels[regel.evaluatie.soort],
                        v=regel.plan_version,
                        samenvatting=summary,
                    )
                )
            if not werkblad.evaluaties:
                self._history.addItem(self.tr("Nog geen evaluaties."))
            self._show_verslagen(werkblad)
            show_message(self._message, "")
        finally:
            self._loading = False
        self._dirty = False
        self._set_enabled(werkblad.plan_version is not None)
        self._verlengen.setEnabled(werkblad.kan_verlengen)
        self._attach.setEnabled(True)
        self._view_pdf.setEnabled(bool(werkblad.eindverslagen))
        chain: list[QWidget] = [self._soort, self._datum]
        for row in self._rows:
            chain += [row.uitkomst, row.toelichting]
        chain += [self._toelichting, self._save, self._history, self._attach, self._verlengen]
        for a, b in pairwise(chain):
            self.setTabOrder(a, b)

    def _show_verslagen(self, werkblad: EvaluatieWerkblad) -> None:
        if werkblad.eindverslagen:
            self._verslagen.setText(
                "\n".join(
                    self.tr("Eindverslag ontvangen {datum} ({kb} kB), veilig bewaard in Regie.").format(
                        datum=dutch_date(v.ontvangen_op), kb=max(1, v.grootte // 1024)
                    )
                    for v in werkblad.eindverslagen
                )
            )
        else:
            self._verslagen.setText(self.tr("Nog geen eindverslag van de aanbieder."))

    def _show_chart(self, overview: ZrmOverview) -> None:
        """The aanvrager's first and latest worker meting (the gesprek chart shows the last two)."""
        data = first_and_latest(overview)
        if data is None:
            self._chart.clear()
            self._chart_note.setText(self.tr("Nog geen ZRM-meting bij deze casus."))
            return
        self._chart.set_data(data)
        self._chart_note.setText("")

    # --- storing -------------------------------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self._status.clear()

    def evaluatie(self) -> Evaluatie:
        """The evaluation as the form holds it (doelen without an uitkomst are left out; the core names them)."""
        return Evaluatie(
            soort=EvaluatieSoort(str(self._soort.currentData())),
            datum=from_qdate(self._datum.date()),
            resultaten=tuple(r for row in self._rows if (r := row.resultaat()) is not None),
            toelichting=self._toelichting.toPlainText(),
        )

    def save(self) -> None:
        """ "Evaluatie opslaan": a refusal is shown above the form and nothing typed is lost."""
        try:
            self._store()
        except RegieError as exc:
            show_message(self._message, exc.message)

    def _store(self) -> None:
        if self._werkblad is None:
            return
        casus_id = self._werkblad.casus_id
        evaluatie = self.evaluatie()
        with self._service.unit_of_work() as (session, actor):
            save_evaluatie(session, actor, casus_id, evaluatie, self._service.today())
            werkblad = refresh_evaluatie(session, casus_id)
        self._show(werkblad)
        self._status.setText(
            self.tr("Opgeslagen: {soort} van {datum}.").format(
                soort=self._soort.itemText(self._soort.findData(evaluatie.soort.value)).lower(),
                datum=dutch_date(evaluatie.datum),
            )
        )
        self.sig_changed.emit()

    def attach(self) -> None:
        """Ask for the eindverslag (a PDF) and keep it inside the encrypted database."""
        if self._werkblad is None:
            return
        path = self._dialogs.open_file_name(
            self, self.tr("Eindverslag van de aanbieder toevoegen"), self.tr("PDF-document (*.pdf)")
        )
        if path is None:
            return
        self.attach_file(path)

    def attach_file(self, path: Path) -> None:
        if self._werkblad is None:
            return
        try:
            size = path.stat().st_size
        except OSError:
            show_message(self._message, self.tr("Het bestand kan niet worden gelezen. Er is niets toegevoegd."))
            return
        if size > MAX_PDF_BYTES:
            show_message(
                self._message,
                self.tr(
                    "Het bestand is groter dan 50 MB. Vraag de aanbieder om een kleinere PDF. Er is niets toegevoegd."
                ),
            )
            return
        try:
            data = path.read_bytes()
        except OSError:
            show_message(self._message, self.tr("Het bestand kan niet worden gelezen. Er is niets toegevoegd."))
            return
        casus_id = self._werkblad.casus_id
        try:
            with self._service.unit_of_work() as (session, actor):
                attach_eindverslag(session, actor, casus_id, data, self._service.today())
                if not pdf_renders(data):  # checked inside the unit of work: a refusal rolls the row back
                    raise RegieError(
                        self.tr(
                            "Deze PDF is beschadigd en kan niet worden geopend. Vraag de aanbieder het eindverslag "
                            "opnieuw te sturen. Er is niets toegevoegd."
                        )
                    )
                werkblad = refresh_evaluatie(session, casus_id)
        except RegieError as exc:
            show_message(self._message, exc.message)
            return
        finally:
            del data  # the bytes stay in memory only as long as needed
        if self._dirty:  # keep what is being typed in the form; only the list of eindverslagen follows
            self._werkblad = werkblad
            self._show_verslagen(werkblad)
        else:
            self._show(werkblad)
        self._status.setText(self.tr("Het eindverslag is toegevoegd en veilig in Regie bewaard."))
        self.sig_changed.emit()

    def extend(self) -> None:
        """ "Verlengen": a new plan version with the open doelen, after the worker confirms."""
        if self._werkblad is None:
            return
        count = len(self._werkblad.open_doelen)
        if not self._dialogs.question(
            self,
            self.tr("Verlengen"),
            self.tr(
                "Er wordt een nieuwe planversie gemaakt met de doelen die nog niet (helemaal) bereikt zijn "
                "({n}). Die versie moet opnieuw met de cliënt worden besproken en ondertekend. Doorgaan?"
            ).format(n=count),
        ):
            return
        casus_id = self._werkblad.casus_id
        try:
            with self._service.unit_of_work() as (session, actor):
                verleng(session, actor, casus_id, self._service.today())
                werkblad = refresh_evaluatie(session, casus_id)
        except RegieError as exc:
            show_message(self._message, exc.message)
            return
        self._show(werkblad)
        self._status.setText(
            self.tr("Er is een nieuwe planversie gemaakt met {n} open doelen. U vindt haar onder Plan.").format(n=count)
        )
        self.sig_changed.emit()

    def show_eindverslag(self) -> None:
        """Show the latest eindverslag below the buttons, read from the encrypted database into memory (logged)."""
        if self._werkblad is None or not self._werkblad.eindverslagen:
            return
        wanted = self._werkblad.eindverslagen[0].id
        try:
            with self._service.unit_of_work() as (session, actor):
                data = eindverslag_bytes(session, actor, wanted)
        except RegieError as exc:
            show_message(self._message, exc.message)
            return
        self._close_pdf()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf_buffer = buffer
        self._pdf_document.load(buffer)
        self._pdf_view.setVisible(True)

    def _close_pdf(self) -> None:
        self._pdf_document.close()
        self._pdf_view.setVisible(False)
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.setData(QByteArray())
            self._pdf_buffer = None

    @property
    def pdf_document(self) -> QPdfDocument:
        return self._pdf_document

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self._soort, self._datum, self._toelichting, self._save):
            widget.setEnabled(enabled)
        if not enabled:
            self._verlengen.setEnabled(False)
            self._attach.setEnabled(False)
            self._view_pdf.setEnabled(False)

    @property
    def rows(self) -> tuple[QWidget, ...]:
        return tuple(self._rows)


def first_and_latest(overview: ZrmOverview) -> ChartData | None:
    """Chart data of the first and the latest worker meting of the first person who has one, else None."""
    for persoon in overview.personen:
        werker = persoon.werker_metingen
        if not werker:
            continue
        chosen = (werker[0], werker[-1]) if len(werker) > 1 else (werker[0],)
        data = chart_data(overview, replace(persoon, metingen=chosen))
        if len(chosen) == 1:
            return data
        first, last = chosen
        names = (
            QCoreApplication.translate("EvaluatieView", "Eerste meting {date}").format(
                date=dutch_date(first.assessed_on)
            ),
            QCoreApplication.translate("EvaluatieView", "Laatste meting {date}").format(
                date=dutch_date(last.assessed_on)
            ),
        )
        series = tuple(replace(s, name=name) for s, name in zip(data.series, names, strict=False))
        title = QCoreApplication.translate("EvaluatieView", "ZRM: {first} en {last}")
        title = title.format(first=dutch_date(first.assessed_on), last=dutch_date(last.assessed_on))
        return replace(data, title=title, series=series)
    return None
