"""The Afschalen en afsluiten tab: the closing checklist of seed 001, the outcome, the reason, and the client's
evaluation letter.

Three outcomes: afgesloten, waakvlam (light contact every 4, 6, 8 or 12 weeks, which puts a reminder on Vandaag)
and overdracht (to whom). When a checklist item is not ticked or an actie of the plan is still open, the core
names what is open; the tab shows that, and a field for the reason to close anyway, which is stored with the
closing. A half-filled checklist is kept as a draft inside the encrypted database (``flush``), so locking or
leaving loses nothing.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.afsluiten import AfsluitWerkblad, afsluit_werkblad, close_casus, evaluatie_pdf, refresh_afsluiten
from regie_desktop.app.drafts import discard_draft, load_draft, save_draft
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.afsluiten import (
    WAAKVLAM_WEKEN,
    Afsluiting,
    AfsluitUitkomst,
    ChecklistItem,
    DoorgaanNodig,
)
from regie_desktop.domain.casus import Fase
from regie_desktop.errors import RegieError
from ui.dates import DATE_FORMAT, from_qdate, to_qdate
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date
from ui.labels import fase_label
from ui.plan.document_view import write_with_save_file
from ui.plan.inputs import MIN_HEIGHT, ComboBox, DateEdit, line_edit, text_edit
from ui.style import error_label, heading_font, show_message
from ui.traject.traject_tab import TrajectTab

DRAFT_KIND = "afsluiten"
"""One draft per worker: the checklist of the casus last worked on (its id is in the payload)."""


class AfsluitenView(TrajectTab):
    """Closing one casus (``show_casus``); ``flush`` keeps the form as a draft, ``clear`` forgets everything."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(service, dialogs, parent)
        self.setObjectName("traject_afsluiten")
        self._werkblad: AfsluitWerkblad | None = None
        self._loading = False
        self._dirty = False

        self._state = QLabel()
        self._state.setObjectName("afsluiten_stand")
        self._state.setAccessibleName(self.tr("Stand van de casus"))
        self._state.setWordWrap(True)
        self._state.setFont(heading_font(self.font(), 1.1))
        self._open = QLabel()
        self._open.setObjectName("afsluiten_open_acties")
        self._open.setAccessibleName(self.tr("Open acties van het plan"))
        self._open.setWordWrap(True)
        self._message = error_label("afsluiten_message", self.tr("Melding bij het afsluiten"))
        self._status = QLabel()
        self._status.setObjectName("afsluiten_status")
        self._status.setAccessibleName(self.tr("Wat er is opgeslagen"))
        self._status.setWordWrap(True)

        checklist = QGroupBox(self.tr("Afsluitcriteria"))
        checklist_layout = QVBoxLayout(checklist)
        self._checks: dict[ChecklistItem, QCheckBox] = {}
        for item, text in self._checklist_labels().items():
            box = QCheckBox(text)
            box.setObjectName(f"afsluiten_check_{item.value}")
            box.setAccessibleName(text)
            box.setMinimumHeight(28)
            box.toggled.connect(self._edited)
            checklist_layout.addWidget(box)
            self._checks[item] = box

        outcome = QGroupBox(self.tr("Uitkomst"))
        outcome_layout = QVBoxLayout(outcome)
        self._group = QButtonGroup(self)
        self._outcomes: dict[AfsluitUitkomst, QRadioButton] = {}
        for uitkomst, text in (
            (AfsluitUitkomst.AFGESLOTEN, self.tr("A&fsluiten")),
            (AfsluitUitkomst.WAAKVLAM, self.tr("Afschalen naar &waakvlam")),
            (AfsluitUitkomst.OVERDRACHT, self.tr("&Overdragen")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"afsluiten_uitkomst_{uitkomst.value}")
            button.setAccessibleName(text.replace("&", ""))
            button.toggled.connect(self._outcome_changed)
            self._group.addButton(button)
            outcome_layout.addWidget(button)
            self._outcomes[uitkomst] = button
        self._ritme = ComboBox()
        self._ritme.setObjectName("afsluiten_ritme")
        self._ritme.setAccessibleName(self.tr("Waakvlamcontact: hoe vaak"))
        for weken in WAAKVLAM_WEKEN:
            self._ritme.addItem(self.tr("elke {n} weken").format(n=weken), weken)
        self._ritme.setCurrentIndex(1)
        self._aan = line_edit(
            "afsluiten_overdracht_aan", self.tr("Overdragen aan"), self.tr("Aan wie (organisatie of team)")
        )
        self._reden = ComboBox()
        self._reden.setObjectName("afsluiten_reden")
        self._reden.setAccessibleName(self.tr("Reden van afsluiten"))
        self._datum = DateEdit()
        self._datum.setObjectName("afsluiten_datum")
        self._datum.setAccessibleName(self.tr("Datum van afsluiten"))
        self._datum.setDisplayFormat(DATE_FORMAT)
        self._datum.setCalendarPopup(True)
        self._toelichting = text_edit(
            "afsluiten_toelichting",
            self.tr("Toelichting bij het afsluiten"),
            2,
            self.tr("Eventueel: wat is afgesproken"),
        )
        self._doorgaan = text_edit(
            "afsluiten_doorgaan_reden",
            self.tr("Reden om toch af te sluiten"),
            2,
            self.tr("Waarom wordt de casus afgesloten terwijl er nog iets openstaat?"),
        )
        self._doorgaan_label = QLabel(self.tr("Reden om toch af te sluiten:"))
        self._doorgaan_label.setBuddy(self._doorgaan)
        form = QFormLayout()
        form.addRow(self.tr("&Ritme:"), self._ritme)
        form.addRow(self.tr("Overdragen aa&n:"), self._aan)
        form.addRow(self.tr("R&eden:"), self._reden)
        form.addRow(self.tr("&Datum:"), self._datum)
        form.addRow(self.tr("&Toelichting:"), self._toelichting)
        form.addRow(self._doorgaan_label, self._doorgaan)
        for field in (self._ritme, self._aan, self._reden, self._datum, self._toelichting):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        outcome_layout.addLayout(form)

        self._confirm = QPushButton()
        self._confirm.setObjectName("afsluiten_bevestigen")
        self._confirm.setMinimumHeight(MIN_HEIGHT)
        self._confirm.clicked.connect(self.close_casus)
        self._pdf = QPushButton(self.tr("Evaluatie voor de cliënt opslaan als &PDF…"))
        self._pdf.setObjectName("afsluiten_pdf")
        self._pdf.setAccessibleName(self.tr("Evaluatie voor de cliënt opslaan als PDF"))
        self._pdf.setMinimumHeight(MIN_HEIGHT)
        self._pdf.clicked.connect(self.export_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self._pdf)
        buttons.addStretch(1)
        buttons.addWidget(self._confirm)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._state)
        column.addWidget(self._open)
        column.addWidget(self._message)
        column.addWidget(self._status)
        row = QHBoxLayout()
        row.addWidget(checklist, 1)
        row.addWidget(outcome, 1)
        column.addLayout(row)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for widget in (self._ritme, self._reden):
            widget.currentIndexChanged.connect(self._edited)
        self._aan.textEdited.connect(self._edited)
        self._datum.dateChanged.connect(self._edited)
        self._toelichting.textChanged.connect(self._edited)
        self._doorgaan.textChanged.connect(self._edited)
        chain: list[QWidget] = [*self._checks.values(), *self._outcomes.values()]
        chain += [self._ritme, self._aan, self._reden, self._datum, self._toelichting, self._doorgaan]
        chain += [self._confirm, self._pdf]
        for a, b in pairwise(chain):
            self.setTabOrder(a, b)
        self._show_doorgaan(False)
        self._set_enabled(False)

    def _checklist_labels(self) -> dict[ChecklistItem, str]:
        return {
            ChecklistItem.DOELEN_BEREIKT_VOLGENS_CLIENT: self.tr("De cliënt geeft aan dat de doelen bereikt zijn"),
            ChecklistItem.BEOOGD_RESULTAAT: self.tr("Het beoogde resultaat is bereikt"),
            ChecklistItem.INZET_NIET_MEER_NODIG: self.tr("Het wijkteam en de aanbieder zijn niet meer nodig"),
            ChecklistItem.ZELFREDZAAMHEID_GEGROEID: self.tr("De zelfredzaamheid is gegroeid"),
            ChecklistItem.NETWERK_STEUNEND: self.tr("Het netwerk is steunend"),
            ChecklistItem.CLIENT_WEET_WAT_TE_DOEN: self.tr("De cliënt weet wat te doen als het weer slechter gaat"),
            ChecklistItem.VERWIJZER_GEINFORMEERD: self.tr("De verwijzer is teruggekoppeld"),
            ChecklistItem.ZORGEN_BESPROKEN: self.tr("Zorgen bij afsluiten zijn besproken (consultatie, waakvlam)"),
            ChecklistItem.MELDCODE_OVERWOGEN: self.tr("De meldcode is overwogen waar dat nodig was"),
        }

    # --- the contract of a traject tab ------------------------------------------------------------------------
    @property
    def werkblad(self) -> AfsluitWerkblad | None:
        return self._werkblad

    def show_casus(self, casus_id: str) -> None:
        """Read what closing this casus involves (a logged read; raises ``RegieError``); a draft comes back."""
        with self._service.unit_of_work() as (session, actor):
            werkblad = afsluit_werkblad(session, actor, casus_id, self._service.today())
            draft = load_draft(session, actor, DRAFT_KIND)
        self._show(werkblad, draft if draft is not None and draft.get("casus_id") == casus_id else None)

    def flush(self) -> None:
        """Keep what is ticked and typed as a draft inside the encrypted database (raises ``RegieError``)."""
        if not self._dirty or self._werkblad is None:
            return
        with self._service.unit_of_work() as (session, actor):
            save_draft(session, actor, DRAFT_KIND, self._draft())
        self._dirty = False

    def clear(self) -> None:
        """Forget the casus: nothing typed or ticked stays in any widget."""
        self._loading = True
        try:
            for box in self._checks.values():
                box.setChecked(False)
            self._group.setExclusive(False)
            for button in self._outcomes.values():
                button.setChecked(False)
            self._group.setExclusive(True)
            self._aan.clear()
            self._toelichting.clear()
            self._doorgaan.clear()
            self._reden.clear()
            self._state.clear()
            self._open.clear()
            self._status.clear()
            show_message(self._message, "")
        finally:
            self._loading = False
        self._show_doorgaan(False)
        self._werkblad = None
        self._dirty = False
        self._set_enabled(False)

    # --- showing -------------------------------------------------------------------------------------------------
    def _show(self, werkblad: AfsluitWerkblad, draft: dict[str, Any] | None) -> None:
        today = self._service.today()
        self._werkblad = werkblad
        self._loading = True
        try:
            self._state.setText(self._state_text(werkblad))
            if werkblad.open_acties:
                lines = [
                    self.tr("Doel {d}, actie {a}: {reden}").format(
                        d=a.doel_nummer, a=a.actie_nummer, reden=self._open_reason(a.reden)
                    )
                    for a in werkblad.open_acties
                ]
                self._open.setText(self.tr("Nog open in het plan:") + "\n" + "\n".join(lines))
            else:
                self._open.setText(self.tr("Er staan geen acties van het plan meer open."))
            stand = werkblad.stand.afsluiting if werkblad.stand is not None else None
            in_waakvlam = werkblad.fase is Fase.WAAKVLAM
            ticked = set(stand.checklist) if stand is not None else set()
            for item, box in self._checks.items():
                box.setChecked(item in ticked)
            default = AfsluitUitkomst.AFGESLOTEN
            self._outcomes[AfsluitUitkomst.WAAKVLAM].setEnabled(not in_waakvlam)
            self._outcomes[default].setChecked(True)
            self._fill_reasons(default)
            self._aan.clear()
            self._toelichting.clear()
            self._doorgaan.clear()
            self._datum.setMaximumDate(to_qdate(today))
            self._datum.setDate(to_qdate(today))
            if draft is not None:
                self._restore(draft)
            show_message(self._message, "")
            self._status.clear()
        finally:
            self._loading = False
        self._show_doorgaan(bool(self._doorgaan.toPlainText()))
        self._dirty = False
        self._set_enabled(werkblad.kan_afsluiten)
        self._pdf.setEnabled(True)

    def _state_text(self, werkblad: AfsluitWerkblad) -> str:
        fase = fase_label(werkblad.fase)
        stand = werkblad.stand
        if werkblad.fase is Fase.WAAKVLAM and stand is not None and stand.volgende_contact is not None:
            return self.tr(
                "Fase: {fase} sinds {datum}, contact elke {n} weken. Volgend contact uiterlijk {volgende} "
                "(elk contact in het journaal begint de termijn opnieuw)."
            ).format(
                fase=fase,
                n=stand.afsluiting.waakvlam_weken,
                datum=dutch_date(stand.afsluiting.datum),
                volgende=dutch_date(stand.volgende_contact),
            )
        if werkblad.fase is Fase.AFGESLOTEN and stand is not None:
            return self.tr("Fase: {fase} op {datum}.").format(fase=fase, datum=dutch_date(stand.afsluiting.datum))
        if not werkblad.kan_afsluiten:
            return self.tr("Fase: {fase}. Afsluiten kan hier vanaf het plan.").format(fase=fase)
        return self.tr("Fase: {fase}.").format(fase=fase)

    def _open_reason(self, reden: str) -> str:
        return {
            "doel niet bereikt": self.tr("het doel is (nog) niet bereikt"),
            "gepland na vandaag": self.tr("gepland na vandaag"),
        }.get(reden, reden)

    def _fill_reasons(self, uitkomst: AfsluitUitkomst) -> None:
        if self._werkblad is None:
            return
        current = str(self._reden.currentData() or "")
        self._reden.blockSignals(True)
        self._reden.clear()
        self._reden.addItem(self.tr("Kies een reden…"), "")
        for reden in self._werkblad.redenen.voor(uitkomst):
            self._reden.addItem(reden.label, reden.code)
        self._reden.setCurrentIndex(max(self._reden.findData(current), 0))
        self._reden.blockSignals(False)

    def _outcome_changed(self, *_args: object) -> None:
        """Another outcome picked: its reasons, its fields, its button."""
        self._apply_outcome()
        if not self._loading:
            self._fill_reasons(self.uitkomst())
            self._edited()

    def _apply_outcome(self) -> None:
        uitkomst = self.uitkomst()
        self._ritme.setEnabled(uitkomst is AfsluitUitkomst.WAAKVLAM and self._confirm.isEnabled())
        self._aan.setEnabled(uitkomst is AfsluitUitkomst.OVERDRACHT and self._confirm.isEnabled())
        self._confirm.setText(
            {
                AfsluitUitkomst.AFGESLOTEN: self.tr("Casus afsluiten"),
                AfsluitUitkomst.WAAKVLAM: self.tr("Afschalen naar waakvlam"),
                AfsluitUitkomst.OVERDRACHT: self.tr("Casus overdragen"),
            }[uitkomst]
        )
        self._confirm.setAccessibleName(self._confirm.text())

    def _show_doorgaan(self, visible: bool) -> None:
        self._doorgaan.setVisible(visible)
        self._doorgaan_label.setVisible(visible)

    # --- the form as values --------------------------------------------------------------------------------------
    def uitkomst(self) -> AfsluitUitkomst:
        for uitkomst, button in self._outcomes.items():
            if button.isChecked():
                return uitkomst
        return AfsluitUitkomst.AFGESLOTEN

    def afsluiting(self) -> Afsluiting:
        """The closing as the form holds it (the core validates)."""
        return Afsluiting(
            uitkomst=self.uitkomst(),
            redencode=str(self._reden.currentData() or ""),
            checklist=frozenset(item for item, box in self._checks.items() if box.isChecked()),
            datum=from_qdate(self._datum.date()),
            toelichting=self._toelichting.toPlainText(),
            waakvlam_weken=int(self._ritme.currentData()) if self.uitkomst() is AfsluitUitkomst.WAAKVLAM else None,
            overdracht_aan=self._aan.text(),
            doorgaan_reden=self._doorgaan.toPlainText() if self._doorgaan.isVisible() else "",
        )

    def _draft(self) -> dict[str, Any]:
        a = self.afsluiting()
        return {
            "casus_id": self._werkblad.casus_id if self._werkblad is not None else "",
            "uitkomst": a.uitkomst.value,
            "redencode": a.redencode,
            "checklist": sorted(i.value for i in a.checklist),
            "waakvlam_weken": int(self._ritme.currentData()),
            "overdracht_aan": a.overdracht_aan,
            "toelichting": a.toelichting,
            "doorgaan_reden": self._doorgaan.toPlainText(),
        }

    def _restore(self, draft: dict[str, Any]) -> None:
        known = {i.value for i in ChecklistItem}
        ticked = {str(v) for v in draft.get("checklist", []) if v in known}
        for item, box in self._checks.items():
            box.setChecked(item.value in ticked)
        try:
            uitkomst = AfsluitUitkomst(str(draft.get("uitkomst", "afgesloten")))
        except ValueError:
            uitkomst = AfsluitUitkomst.AFGESLOTEN
        if uitkomst is not AfsluitUitkomst.WAAKVLAM or self._waakvlam_ok():
            self._outcomes[uitkomst].setChecked(True)
            self._fill_reasons(uitkomst)
        self._reden.setCurrentIndex(max(self._reden.findData(str(draft.get("redencode", ""))), 0))
        self._ritme.setCurrentIndex(max(self._ritme.findData(draft.get("waakvlam_weken")), 0))
        self._aan.setText(str(draft.get("overdracht_aan", "")))
        self._toelichting.setPlainText(str(draft.get("toelichting", "")))
        self._doorgaan.setPlainText(str(draft.get("doorgaan_reden", "")))

    # --- actions -------------------------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    def close_casus(self) -> None:
        """Close, scale down or hand over; what is still open is named, with a field for the reason."""
        if self._werkblad is None:
            return
        casus_id = self._werkblad.casus_id
        afsluiting = self.afsluiting()
        today = self._service.today()
        try:
            with self._service.unit_of_work() as (session, actor):
                close_casus(session, actor, casus_id, afsluiting, today)
                discard_draft(session, actor, DRAFT_KIND)
                werkblad = refresh_afsluiten(session, casus_id, today)
        except DoorgaanNodig as exc:
            show_message(
                self._message,
                self.tr("Er staat nog iets open:")
                + "\n"
                + "\n".join(f"• {p}" for p in exc.punten)
                + "\n"
                + self.tr("Rond dit eerst af, of schrijf hieronder waarom de casus toch wordt afgesloten."),
            )
            self._show_doorgaan(True)
            self._doorgaan.setFocus()
            return
        except RegieError as exc:
            show_message(self._message, exc.message)
            return
        self._dirty = False
        self._show(werkblad, None)
        done = {
            AfsluitUitkomst.AFGESLOTEN: self.tr("De casus is afgesloten."),
            AfsluitUitkomst.WAAKVLAM: self.tr("De casus staat op waakvlam; Vandaag herinnert u aan het contact."),
            AfsluitUitkomst.OVERDRACHT: self.tr("De casus is overgedragen en afgesloten."),
        }
        self._status.setText(done[afsluiting.uitkomst])
        self.sig_changed.emit()

    def export_pdf(self) -> None:
        """Save the client's evaluation letter as PDF (made in memory, written in one step, logged as export)."""
        if self._werkblad is None:
            return
        path = self._dialogs.save_file_name(
            self, self.tr("Evaluatie opslaan als PDF"), self.tr("evaluatie.pdf"), self.tr("PDF-document (*.pdf)")
        )
        if path is None:
            return
        message = self.tr(
            "Het bestand kon niet worden opgeslagen. Controleer of de map bestaat en of u daar mag schrijven, en "
            "probeer het opnieuw in een andere map. Er is niets opgeslagen."
        )
        try:
            with self._service.unit_of_work() as (session, actor):
                data = evaluatie_pdf(session, actor, self._werkblad.casus_id, self._service.today())
                write_with_save_file(Path(path), data, message)  # inside: a failed write takes its log entry along
        except RegieError as exc:
            show_message(self._message, exc.message)
            return
        show_message(self._message, "")
        self._status.setText(self.tr("Opgeslagen als {bestand}.").format(bestand=Path(path).name))

    def _set_enabled(self, enabled: bool) -> None:
        widgets: list[QWidget] = [*self._checks.values(), *self._outcomes.values()]
        widgets += [self._reden, self._datum, self._toelichting, self._doorgaan, self._confirm]
        for widget in widgets:
            widget.setEnabled(
                enabled and (widget is not self._outcomes[AfsluitUitkomst.WAAKVLAM] or self._waakvlam_ok())
            )
        self._pdf.setEnabled(enabled or self._werkblad is not None)
        self._apply_outcome()

    def _waakvlam_ok(self) -> bool:
        return self._werkblad is None or self._werkblad.fase is not Fase.WAAKVLAM

    @property
    def line_edits(self) -> tuple[QLineEdit, ...]:
        return (self._aan,)
