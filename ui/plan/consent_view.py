"""Toestemming en ondertekenen: what the client agrees to share, who signs, and the two drawn signatures.

What is signed is fixed when the worksheet is shown: the short hash on screen is the hash the consent names.
If the plan changed in the meantime (another window, the editor's autosave) the core refuses with its own
Dutch message and nothing is stored; the worker shows the new text and the client signs again.

A signed version is shown read-only: its stored choices and both signatures, drawn from the strokes.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.consent_view_model import signed_consent
from regie_desktop.app.plan_werkblad import PlanWerkblad
from regie_desktop.app.plans import sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.consent import Consent, Signature, SignerRole
from regie_desktop.domain.plan import plan_hash
from regie_desktop.errors import RegieError
from ui.dialogs import DialogSeam
from ui.formatting import dutch_local_date
from ui.style import ERROR_STYLE, heading_font
from ui.widgets.signature_pad import SignatureField, SignaturePad

SHORT_HASH = 12
"""Hex digits of the plan hash shown on screen; the documents' footer shows the same short form."""
PAD_WIDTH_MM = 125
PAD_HEIGHT_MM = 45
"""Big enough to sign with a finger: a paper form's signature box is about 80 x 30 mm, a fingertip is wide."""
SIGNED_PAD_MAX_WIDTH = 600
CONFIRM_STYLE = "color: #1b5e20; font-weight: bold;"

FORM_PAGE, SIGNED_PAGE = 0, 1


def _plain(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and labels are never interpreted as markup
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def _scrolling(content: QWidget, object_name: str) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(object_name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def _mm_to_px(mm: float, dpi: float) -> int:
    return math.ceil(mm / 25.4 * dpi)


class ConsentView(QWidget):
    """The "Toestemming en ondertekenen" tab: the consent form for a concept, or a signed version's consent."""

    sig_error = Signal(str)
    """A Dutch message for the page to show in a dialog (refusals of signing are shown inline instead)."""

    sig_changed = Signal()
    """The plan was signed: the page reads the worksheet again and every view shows the signed version."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_consent")
        self._service = service
        self._dialogs = dialogs
        self._werkblad: PlanWerkblad | None = None
        self._hash: str | None = None
        self._consent_id: str | None = None
        self._withheld: dict[str, QCheckBox] = {}
        self._form_casus: str | None = None
        """The casus whose choices the form holds; shown again, the form keeps them."""

        self._stack = QStackedWidget()
        self._stack.setObjectName("consent_stack")
        self._stack.addWidget(_scrolling(self._build_form(), "consent_form_scroll"))
        self._stack.addWidget(_scrolling(self._build_signed(), "consent_signed_scroll"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._stack, 1)
        self.clear()

    # --- building the form ----------------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        form = QWidget()
        form.setObjectName("consent_form")
        left = QVBoxLayout()
        left.setSpacing(12)

        what = QGroupBox(self.tr("Wat wordt ondertekend"))
        what_box = QVBoxLayout(what)
        self._what = _plain(object_name="consent_what")
        self._what.setFont(heading_font(self.font(), 1.1))
        self._what.setAccessibleName(self.tr("Wat wordt ondertekend"))
        self._hash_label = _plain(object_name="consent_hash")
        self._hash_label.setAccessibleName(self.tr("Controlecode van deze versie"))
        self._hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        what_box.addWidget(self._what)
        what_box.addWidget(self._hash_label)
        what_box.addWidget(
            _plain(self.tr("Dezelfde code staat onderaan het plan. Wijzigt het plan nog, dan klopt de code niet meer."))
        )
        left.addWidget(what)

        share = QGroupBox(self.tr("Delen met de zorgaanbieder"))
        share_box = QVBoxLayout(share)
        question = _plain(self.tr("Mag het plan naar de zorgaanbieder?"))
        question.setFont(heading_font(self.font(), 1.0))
        self._share_yes = QRadioButton(self.tr("&Ja, het plan mag naar de zorgaanbieder"))
        self._share_yes.setObjectName("share_yes")
        self._share_yes.setAccessibleName(self.tr("Ja, het plan mag naar de zorgaanbieder"))
        self._share_no = QRadioButton(self.tr("&Nee, het plan gaat niet naar de zorgaanbieder"))
        self._share_no.setObjectName("share_no")
        self._share_no.setAccessibleName(self.tr("Nee, het plan gaat niet naar de zorgaanbieder"))
        self._share_group = QButtonGroup(self)
        self._share_group.addButton(self._share_yes)
        self._share_group.addButton(self._share_no)
        self._share_yes.toggled.connect(self._share_changed)
        share_box.addWidget(question)
        share_box.addWidget(self._share_yes)
        share_box.addWidget(self._share_no)
        left.addWidget(share)

        self._plan_b = QGroupBox(self.tr("Plan B: niet delen met de aanbieder"))
        self._plan_b.setObjectName("withheld_group")
        plan_b_box = QVBoxLayout(self._plan_b)
        plan_b_box.addWidget(
            _plain(
                self.tr(
                    "Vink aan wat de aanbieder niet mag zien. Zo'n leefgebied wordt in de versie voor de aanbieder "
                    "'n.v.t.'."
                )
            )
        )
        self._withheld_box = QVBoxLayout()
        plan_b_box.addLayout(self._withheld_box)
        left.addWidget(self._plan_b)

        data = QGroupBox(self.tr("Toestemming gegevensverwerking"))
        data_box = QVBoxLayout(data)
        self._data_consent = QCheckBox(self.tr("De cliënt geeft toestemming om de &gegevens te verwerken"))
        self._data_consent.setObjectName("data_processing_consent")
        self._data_consent.setAccessibleName(self.tr("Toestemming voor het verwerken van de gegevens"))
        data_box.addWidget(self._data_consent)
        data_box.addWidget(
            _plain(
                self.tr(
                    "Het wijkteam bewaart de gegevens van de cliënt en gebruikt ze alleen om te helpen. Dit is "
                    "afgesproken bij de aanmelding. Zonder deze toestemming kan het plan niet worden ondertekend."
                )
            )
        )
        left.addWidget(data)

        signer = QGroupBox(self.tr("Wie tekent"))
        signer_form = QFormLayout(signer)
        self._role = QComboBox()
        self._role.setObjectName("signer_role")
        self._role.setAccessibleName(self.tr("Tekent als"))
        self._role.addItem(self.tr("cliënt"), SignerRole.CLIENT.value)
        self._role.addItem(self.tr("wettelijk vertegenwoordiger"), SignerRole.WETTELIJK_VERTEGENWOORDIGER.value)
        self._role.currentIndexChanged.connect(self._role_changed)
        self._name = QComboBox()
        self._name.setObjectName("signer_name")
        self._name.setAccessibleName(self.tr("Naam van wie tekent"))
        self._name.setEditable(True)
        self._name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._name.setMinimumContentsLength(24)
        role_label = QLabel(self.tr("Tekent &als:"))
        role_label.setBuddy(self._role)
        name_label = QLabel(self.tr("Naa&m:"))
        name_label.setBuddy(self._name)
        signer_form.addRow(role_label, self._role)
        signer_form.addRow(name_label, self._name)
        left.addWidget(signer)
        left.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(12)
        self._client_field = SignatureField(self.tr("Handtekening van de cliënt"))
        self._client_field.setObjectName("client_signature")
        self._client_field.pad.setAccessibleName(self.tr("Handtekening van de cliënt"))
        self._worker_field = SignatureField(self.tr("Handtekening van de sociaal werker"))
        self._worker_field.setObjectName("worker_signature")
        self._worker_field.pad.setAccessibleName(self.tr("Handtekening van de sociaal werker"))
        for field in (self._client_field, self._worker_field):
            field.sig_changed.connect(self._drawing_changed)
            right.addWidget(field)
        self._sign = QPushButton(self.tr("Ondertekenen"))
        self._sign.setObjectName("sign_button")
        self._sign.setAccessibleName(self.tr("Ondertekenen"))
        self._sign.setToolTip(self.tr("Ondertekenen (Ctrl+Enter)"))
        self._sign.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return))
        self._sign.setMinimumHeight(48)
        self._sign.clicked.connect(self.sign)
        self._message = _plain(object_name="consent_message")
        self._message.setAccessibleName(self.tr("Melding bij het ondertekenen"))
        self._message.setStyleSheet(ERROR_STYLE)
        self._confirmation = _plain(object_name="consent_confirmation")
        self._confirmation.setAccessibleName(self.tr("Bevestiging van het ondertekenen"))
        self._confirmation.setStyleSheet(CONFIRM_STYLE)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self._sign)
        sign_row.addStretch(1)
        right.addLayout(sign_row)
        right.addWidget(self._message)
        right.addWidget(self._confirmation)
        right.addStretch(1)

        columns = QHBoxLayout(form)
        columns.setContentsMargins(12, 8, 12, 12)
        columns.setSpacing(24)
        columns.addLayout(left, 4)
        columns.addLayout(right, 5)
        return form

    def _build_signed(self) -> QWidget:
        page = QWidget()
        page.setObjectName("consent_signed")
        box = QVBoxLayout(page)
        box.setContentsMargins(12, 8, 12, 12)
        box.setSpacing(8)
        self._signed_title = _plain(object_name="signed_title")
        self._signed_title.setFont(heading_font(self.font(), 1.25))
        self._signed_hash = _plain(object_name="signed_hash")
        self._signed_share = _plain(object_name="signed_share")
        self._signed_withheld = _plain(object_name="signed_withheld")
        self._signed_data = _plain(object_name="signed_data_processing")
        self._signed_message = _plain(object_name="signed_message")
        self._signed_message.setStyleSheet(ERROR_STYLE)
        self._signed_client = _plain(object_name="signed_client_name")
        self._signed_client.setFont(heading_font(self.font(), 1.0))
        self._signed_client_pad = SignaturePad(read_only=True)
        self._signed_client_pad.setObjectName("signed_client_pad")
        self._signed_client_pad.setAccessibleName(self.tr("Handtekening van de cliënt"))
        self._signed_worker = _plain(object_name="signed_worker_name")
        self._signed_worker.setFont(heading_font(self.font(), 1.0))
        self._signed_worker_pad = SignaturePad(read_only=True)
        self._signed_worker_pad.setObjectName("signed_worker_pad")
        self._signed_worker_pad.setAccessibleName(self.tr("Handtekening van de sociaal werker"))
        for label in (self._signed_title, self._signed_hash, self._signed_share, self._signed_withheld):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches the choices by Tab
        for widget in (self._signed_title, self._signed_hash, self._signed_message):
            box.addWidget(widget)
        choices = QGroupBox(self.tr("Wat de cliënt heeft gekozen"))
        choices_box = QVBoxLayout(choices)
        for widget in (self._signed_share, self._signed_withheld, self._signed_data):
            choices_box.addWidget(widget)
        box.addWidget(choices)
        signatures = QHBoxLayout()
        signatures.setSpacing(24)
        for name, pad in (
            (self._signed_client, self._signed_client_pad),
            (self._signed_worker, self._signed_worker_pad),
        ):
            pad.setMaximumWidth(SIGNED_PAD_MAX_WIDTH)
            name.setWordWrap(False)  # a wrapped label in a row of columns reserves height it never uses
            column = QVBoxLayout()
            column.setSpacing(6)  # a nested layout would take the row's 24 px between label and pad
            column.addWidget(name)
            column.addWidget(pad, 0, Qt.AlignmentFlag.AlignLeft)
            column.addStretch(1)
            signatures.addLayout(column, 1)
        box.addLayout(signatures)
        box.addWidget(
            _plain(
                self.tr(
                    "Een ondertekende versie verandert niet meer. Wordt het plan gewijzigd, dan komt er een nieuwe "
                    "versie die opnieuw wordt ondertekend."
                )
            )
        )
        box.addStretch(1)
        return page

    # --- contract ---------------------------------------------------------------------------------------------
    @property
    def consent_id(self) -> str | None:
        """The consent stored by the last successful "Ondertekenen" (None before, and after ``clear``)."""
        return self._consent_id

    @property
    def shown_hash(self) -> str | None:
        """The full plan hash this form would sign (taken at ``show_werkblad``)."""
        return self._hash

    def show_werkblad(self, werkblad: PlanWerkblad) -> None:
        """The form for the concept, or the signed version's consent when the latest version is signed.

        Shown again for the same casus and the same plan text, the form keeps what was chosen and drawn (the
        worker may have looked at another tab). A changed text starts the signatures over.
        """
        if self._werkblad is not None and self._werkblad.casus_id != werkblad.casus_id:
            self.clear()
        self._werkblad = werkblad
        if not werkblad.editable and werkblad.versie_id is not None:
            self._hash = None
            self._form_casus = None  # a later concept starts with a fresh form: it needs new consent
            self._show_signed(werkblad, werkblad.versie_id)
            return
        keep = self._form_casus == werkblad.casus_id
        digest = plan_hash(werkblad.plan) if werkblad.versie_id is not None else None
        if digest != self._hash or not keep:
            self._client_field.clear()
            self._worker_field.clear()
            self._set_message("")
            self._confirmation.clear()
        self._hash = digest
        self._show_form(werkblad, keep_choices=keep)
        self._form_casus = werkblad.casus_id

    def clear(self) -> None:
        """Forget the casus: names, choices, drawings and the signed consent (locking, leaving the casus)."""
        self._werkblad = None
        self._hash = None
        self._consent_id = None
        self._form_casus = None
        self._what.clear()
        self._hash_label.clear()
        self._set_share(None)
        self._rebuild_withheld([], set())
        self._data_consent.setChecked(False)
        self._role.blockSignals(True)
        self._role.setCurrentIndex(0)
        self._role.blockSignals(False)
        self._name.clear()
        self._name.clearEditText()
        self._client_field.clear()
        self._worker_field.clear()
        self._set_field_label(self._client_field, self.tr("Handtekening van de cliënt"))
        self._set_field_label(self._worker_field, self.tr("Handtekening van de sociaal werker"))
        self._set_message("")
        self._confirmation.clear()
        for label in (
            self._signed_title,
            self._signed_hash,
            self._signed_share,
            self._signed_withheld,
            self._signed_data,
            self._signed_message,
            self._signed_client,
            self._signed_worker,
        ):
            label.clear()
        self._signed_client_pad.set_strokes(())
        self._signed_worker_pad.set_strokes(())
        self._stack.setCurrentIndex(FORM_PAGE)
        self._update_enabled()

    # --- the form ---------------------------------------------------------------------------------------------
    def _show_form(self, werkblad: PlanWerkblad, keep_choices: bool) -> None:
        self._stack.setCurrentIndex(FORM_PAGE)
        plan = werkblad.plan
        if werkblad.versie_id is None:
            self._what.setText(self.tr("Er is nog geen plan om te ondertekenen. Stel eerst het plan op."))
            self._hash_label.clear()
        else:
            count = len(plan.doelen)
            what = (
                self.tr("Versie {n} van het plan, met 1 doel")
                if count == 1
                else self.tr("Versie {n} van het plan, met {aantal} doelen")
            )
            self._what.setText(what.format(n=plan.version, aantal=count))
            self._hash_label.setText(self.tr("Controlecode: {code}").format(code=(self._hash or "")[:SHORT_HASH]))
        used = {doel.leefgebied for doel in plan.doelen}
        keys = [(key, label) for key, label in werkblad.leefgebieden if key in used]
        checked = {key for key, box in self._withheld.items() if box.isChecked()} if keep_choices else set()
        self._rebuild_withheld(keys, checked)
        if not keep_choices:
            self._set_share(None)
            self._data_consent.setChecked(werkblad.toestemming_gegevensverwerking)
        typed = self._name.currentText() if keep_choices else None
        self._name.blockSignals(True)
        self._name.clear()
        self._name.addItems(list(werkblad.clienten))
        self._name.blockSignals(False)
        if typed is not None:
            self._name.setEditText(typed)
        else:
            self._role_changed()
        self._set_field_label(
            self._worker_field,
            self.tr("Handtekening van de sociaal werker: {naam}").format(naam=werkblad.werker_naam)
            if werkblad.werker_naam
            else self.tr("Handtekening van de sociaal werker"),
        )
        self._fit_pads()
        self._update_enabled()

    def _rebuild_withheld(self, keys: list[tuple[str, str]], checked: set[str]) -> None:
        for box in self._withheld.values():
            box.setText("")
            box.setAccessibleName("")
            self._withheld_box.removeWidget(box)
            box.hide()
            box.setParent(None)  # out of findChild at once: a rebuilt box has the same objectName
            box.deleteLater()
        self._withheld = {}
        for key, label in keys:
            box = QCheckBox(label)
            box.setObjectName(f"withheld_{key}")
            box.setAccessibleName(self.tr("Niet delen: {leefgebied}").format(leefgebied=label))
            box.setChecked(key in checked)
            self._withheld_box.addWidget(box)
            self._withheld[key] = box
        if not keys:
            self._plan_b.setToolTip(self.tr("Het plan heeft nog geen doelen."))
        else:
            self._plan_b.setToolTip("")
        self._share_changed()

    def _set_share(self, share: bool | None) -> None:
        self._share_group.setExclusive(False)  # an exclusive group cannot go back to "nothing chosen"
        self._share_yes.setChecked(share is True)
        self._share_no.setChecked(share is False)
        self._share_group.setExclusive(True)
        self._share_changed()

    def _share(self) -> bool | None:
        if self._share_yes.isChecked():
            return True
        if self._share_no.isChecked():
            return False
        return None

    def _share_changed(self) -> None:
        """Plan B only means something when the plan goes to the provider at all."""
        self._plan_b.setEnabled(self._share_yes.isChecked() and bool(self._withheld))

    def _role_changed(self) -> None:
        """A client signs with their own name (offered from the household); a representative's is typed in."""
        role = self._signer_role()
        if role is SignerRole.WETTELIJK_VERTEGENWOORDIGER:
            self._name.setCurrentIndex(-1)
            self._name.clearEditText()
            self._set_field_label(self._client_field, self.tr("Handtekening van de wettelijk vertegenwoordiger"))
        else:
            if self._name.count():
                self._name.setCurrentIndex(0)
            self._set_field_label(self._client_field, self.tr("Handtekening van de cliënt"))

    def _signer_role(self) -> SignerRole:
        data = self._role.currentData()
        return SignerRole(data) if isinstance(data, str) else SignerRole.CLIENT

    @staticmethod
    def _set_field_label(field: SignatureField, text: str) -> None:
        label = field.findChild(QLabel, "signature_label")
        if label is not None:
            label.setText(text)

    def _drawing_changed(self) -> None:
        if self._message.text() and self._client_field.is_acceptable() and self._worker_field.is_acceptable():
            self._set_message("")

    def _update_enabled(self) -> None:
        self._sign.setEnabled(self._hash is not None)

    def _fit_pads(self) -> None:
        """Keep the signing fields at least PAD_WIDTH_MM x PAD_HEIGHT_MM on the glass of this screen."""
        for field in (self._client_field, self._worker_field):
            dpi = field.pad.dots_per_inch()
            field.pad.setMinimumSize(_mm_to_px(PAD_WIDTH_MM, dpi), _mm_to_px(PAD_HEIGHT_MM, dpi))

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_pads()  # the screen is known only once shown (and may differ from the one at start)
        super().showEvent(event)

    def _set_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text))

    # --- signing ----------------------------------------------------------------------------------------------
    def sign(self) -> bool:
        """Check what the GUI can, then sign through the core; True when stored. Refusals are shown inline."""
        self._confirmation.clear()
        werkblad, digest = self._werkblad, self._hash
        if werkblad is None or digest is None:
            self._set_message(self.tr("Er is nog geen plan om te ondertekenen. Stel eerst het plan op."))
            return False
        share = self._share()
        if share is None:
            self._set_message(self.tr("Kies eerst of het plan naar de zorgaanbieder mag."))
            self._share_yes.setFocus()
            return False
        name = self._name.currentText().strip()
        if not name:
            self._set_message(self.tr("Vul de naam in van wie tekent."))
            self._name.setFocus()
            return False
        client_ok = self._client_field.check()
        worker_ok = self._worker_field.check()
        if not client_ok:
            self._set_message(
                self.tr("Er is geen geldige handtekening gezet door de cliënt; laat de handtekening opnieuw zetten.")
            )
            self._client_field.pad.setFocus()
            return False
        if not worker_ok:
            self._set_message(
                self.tr("Er is geen geldige handtekening gezet door de sociaal werker; zet de handtekening opnieuw.")
            )
            self._worker_field.pad.setFocus()
            return False
        now = dt.datetime.now(dt.UTC)
        consent = Consent(
            plan_hash=digest,
            share_with_provider=share,
            withheld_leefgebieden=tuple(key for key, box in self._withheld.items() if box.isChecked()) if share else (),
            data_processing_consent=self._data_consent.isChecked(),
            client_signature=Signature(name, self._signer_role(), self._client_field.strokes(), now),
            worker_signature=Signature(werkblad.werker_naam, SignerRole.WERKER, self._worker_field.strokes(), now),
        )
        try:
            with self._service.unit_of_work() as (session, actor):
                consent_id = sign_plan(session, actor, werkblad.casus_id, consent, self._service.today())
        except RegieError as exc:
            self._set_message(exc.message)
            return False
        self._consent_id = consent_id
        self._client_field.clear()
        self._worker_field.clear()
        self._set_message("")
        self._hash = None  # this text is signed: a second click would only be refused
        self._form_casus = None
        self._update_enabled()
        self._confirmation.setText(self.tr("Het plan is ondertekend."))
        self.sig_changed.emit()
        self._dialogs.information(
            self,
            self.tr("Ondertekend"),
            self.tr("Versie {n} van het plan is ondertekend. Deze versie verandert niet meer.").format(
                n=werkblad.plan.version
            ),
        )
        return True

    # --- a signed version -------------------------------------------------------------------------------------
    def _show_signed(self, werkblad: PlanWerkblad, versie_id: str) -> None:
        self._stack.setCurrentIndex(SIGNED_PAGE)
        self._update_enabled()
        try:
            with self._service.unit_of_work() as (session, _actor):
                consent = signed_consent(session, versie_id)
        except RegieError as exc:
            for label in (self._signed_share, self._signed_withheld, self._signed_data):
                label.clear()
            self._signed_client.clear()
            self._signed_worker.clear()
            self._signed_client_pad.set_strokes(())
            self._signed_worker_pad.set_strokes(())
            self._signed_title.setText(self.tr("Versie {n} is ondertekend").format(n=werkblad.plan.version))
            self._signed_message.setText(exc.message)
            self._signed_message.show()
            return
        self._signed_message.clear()
        self._signed_message.hide()
        client = consent.client_signature
        signed_on = dutch_local_date(client.signed_at)
        self._signed_title.setText(
            self.tr("Versie {n} is ondertekend op {datum}").format(n=werkblad.plan.version, datum=signed_on)
        )
        self._signed_hash.setText(self.tr("Controlecode: {code}").format(code=consent.plan_hash[:SHORT_HASH]))
        if consent.share_with_provider:
            self._signed_share.setText(self.tr("Delen met de zorgaanbieder: ja"))
            withheld = [werkblad.label(key) for key in consent.withheld_leefgebieden]
            self._signed_withheld.setText(
                self.tr("Niet gedeeld met de aanbieder (Plan B, 'n.v.t.'): {leefgebieden}").format(
                    leefgebieden=", ".join(withheld)
                )
                if withheld
                else self.tr("Alle leefgebieden worden met de aanbieder gedeeld.")
            )
        else:
            self._signed_share.setText(self.tr("Delen met de zorgaanbieder: nee"))
            self._signed_withheld.setText(self.tr("Het plan gaat niet naar de zorgaanbieder."))
        self._signed_data.setText(
            self.tr("Toestemming gegevensverwerking: gegeven")
            if consent.data_processing_consent
            else self.tr("Toestemming gegevensverwerking: niet gegeven")
        )
        role = (
            self.tr("wettelijk vertegenwoordiger")
            if client.role is SignerRole.WETTELIJK_VERTEGENWOORDIGER
            else self.tr("cliënt")
        )
        self._signed_client.setText(self.tr("Getekend door {naam} ({rol})").format(naam=client.signer_name, rol=role))
        self._signed_client_pad.set_strokes(client.strokes)
        self._signed_worker.setText(self.tr("Sociaal werker: {naam}").format(naam=consent.worker_signature.signer_name))
        self._signed_worker_pad.set_strokes(consent.worker_signature.strokes)
