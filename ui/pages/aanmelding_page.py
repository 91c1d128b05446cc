"""The "Nieuwe aanmelding" page: the persons and address of a household and the aanmelding itself.

"Aanmelden" registers the household and opens the casus in one unit of work; a known person is shown as
a duplicate banner with "Bestaand dossier openen" or "Toch registreren (andere persoon)".

What the worker types is autosaved as a draft in the encrypted database shortly after each pause in typing
(``regie_desktop.app.drafts``) and comes back when the form is opened again, after a lock, a crash or a
restart. Registering or discarding the aanmelding deletes the draft. A postcode outside the team's
werkgebied gets a yellow warning; registering stays allowed.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.casussen import open_casus
from regie_desktop.app.drafts import discard_draft, load_draft, save_draft
from regie_desktop.app.households import register_household
from regie_desktop.app.werkgebied import outside_werkgebied, werkgebied_text
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import SPOED_LABELS, Aanmelding, Kanaal, Spoed
from regie_desktop.domain.household import NewHousehold, normalise_postcode
from regie_desktop.errors import DuplicateFound, RegieError, ValidationError
from ui.dialogs import DialogSeam
from ui.labels import spoed_label
from ui.pages.aanmelding_state import DRAFT_KIND, AanmeldingState, PersonState
from ui.style import ERROR_STYLE, error_label, heading_font, show_message
from ui.widgets.person_fields import PersonFields

BANNER_STYLE = "background: #b00020; color: #ffffff; font-weight: bold; padding: 8px 12px; border-radius: 3px;"
DUPLICATE_STYLE = "QFrame#duplicate_banner { background: #fff4ce; border: 1px solid #c19c00; border-radius: 3px; }"
WARNING_STYLE = "background: #fff4ce; color: #3d3000; border: 1px solid #c19c00; border-radius: 3px; padding: 4px 8px;"
DRAFT_STATUS_STYLE = "color: #5a5a5a;"
AUTOSAVE_DELAY_MS = 800
"""How long after the last keystroke the draft is saved: one write per pause, not one per key."""


class AanmeldingPage(QWidget):
    """A form for a new household with its aanmelding; the core checks everything again on "Aanmelden"."""

    sig_registered = Signal(str, str)
    """A household and its casus were registered: casus id, huishouden id."""

    sig_open_household = Signal(str)
    """The worker wants to open an existing household (a duplicate): huishouden id."""

    sig_cancelled = Signal()
    """The worker cancelled the aanmelding (and agreed to discard what was typed)."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._duplicates: tuple[str, ...] = ()
        self._persons: list[PersonFields] = []
        self._quiet = True  # True while the page itself fills or empties the form: that is no typing
        self.setObjectName("aanmelding_page")
        self._draft_timer = QTimer(self)
        self._draft_timer.setObjectName("draft_timer")
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._draft_timer.timeout.connect(self._save_draft)

        heading = QLabel(self.tr("Nieuwe aanmelding"))
        heading.setFont(heading_font(self.font(), 1.6))
        heading.setAccessibleName(self.tr("Nieuwe aanmelding"))
        self._spoed_banner = QLabel(self.tr("Spoed: direct handelen"))
        self._spoed_banner.setObjectName("spoed_banner")
        self._spoed_banner.setAccessibleName(self.tr("Spoed: direct handelen"))
        self._spoed_banner.setStyleSheet(BANNER_STYLE)
        self._spoed_banner.setVisible(False)
        self._duplicate_banner = self._build_duplicate_banner()
        self._form_error = error_label("form_error", self.tr("Fout in de aanmelding"))

        # --- persons ---
        self._persons_box = QGroupBox(self.tr("Personen in het huishouden"))
        self._persons_box.setObjectName("persons_group")
        self._persons_layout = QVBoxLayout(self._persons_box)
        self._add_person_button = QPushButton(self.tr("Persoo&n toevoegen"))
        self._add_person_button.setObjectName("add_person_button")
        self._add_person_button.setAccessibleName(self.tr("Persoon toevoegen (partner, kind …)"))
        self._add_person_button.clicked.connect(self.add_person)
        self._persons_layout.addWidget(self._add_person_button, 0, Qt.AlignmentFlag.AlignLeft)

        # --- address ---
        address_box = QGroupBox(self.tr("Adres"))
        address_box.setObjectName("address_group")
        address = QFormLayout(address_box)
        self._straat = self._line(address, "straat_field", self.tr("&Straat"), self.tr("Straat"))
        self._huisnummer = self._line(address, "huisnummer_field", self.tr("&Huisnummer"), self.tr("Huisnummer"))
        self._postcode = self._line(address, "postcode_field", self.tr("&Postcode"), self.tr("Postcode"))
        self._postcode.setPlaceholderText(self.tr("1234 AB"))
        self._postcode_error = error_label("postcode_error", self.tr("Fout bij postcode"))
        address.addRow("", self._postcode_error)
        self._werkgebied_warning = QLabel()
        self._werkgebied_warning.setObjectName("werkgebied_warning")
        self._werkgebied_warning.setAccessibleName(self.tr("Waarschuwing werkgebied"))
        self._werkgebied_warning.setStyleSheet(WARNING_STYLE)
        self._werkgebied_warning.setWordWrap(True)
        self._werkgebied_warning.setVisible(False)
        address.addRow("", self._werkgebied_warning)
        self._postcode.editingFinished.connect(self._check_postcode)
        self._postcode.textChanged.connect(lambda: show_message(self._werkgebied_warning, ""))
        self._woonplaats = self._line(address, "woonplaats_field", self.tr("&Woonplaats"), self.tr("Woonplaats"))

        # --- aanmelding ---
        aanmelding_box = QGroupBox(self.tr("Aanmelding"))
        aanmelding_box.setObjectName("aanmelding_group")
        form = QFormLayout(aanmelding_box)
        self._kanaal = QComboBox()
        self._kanaal.setObjectName("kanaal_field")
        self._kanaal.setAccessibleName(self.tr("Kanaal van de aanmelding"))
        for kanaal, label in self._kanaal_labels().items():
            self._kanaal.addItem(label, kanaal.value)
        self._kanaal.currentIndexChanged.connect(self._kanaal_changed)
        self._add_row(form, self.tr("&Kanaal"), self._kanaal)
        self._verwijzer_label = QLabel(self.tr("Verw&ijzer"))
        self._verwijzer = QLineEdit()
        self._verwijzer.setObjectName("verwijzer_field")
        self._verwijzer.setAccessibleName(self.tr("Verwijzer"))
        self._verwijzer.setPlaceholderText(self.tr("organisatie en naam van de verwijzer"))
        self._verwijzer_label.setBuddy(self._verwijzer)
        form.addRow(self._verwijzer_label, self._verwijzer)
        self._hulpvraag = QPlainTextEdit()
        self._hulpvraag.setObjectName("hulpvraag_field")
        self._hulpvraag.setAccessibleName(self.tr("Hulpvraag"))
        self._hulpvraag.setPlaceholderText(self.tr("Waarmee wil de inwoner geholpen worden?"))
        self._hulpvraag.setTabChangesFocus(True)
        self._hulpvraag.setFixedHeight(80)
        self._add_row(form, self.tr("H&ulpvraag *"), self._hulpvraag)
        self._professionals = QPlainTextEdit()
        self._professionals.setObjectName("professionals_field")
        self._professionals.setAccessibleName(self.tr("Betrokken professionals, één per regel"))
        self._professionals.setPlaceholderText(self.tr("één per regel"))
        self._professionals.setTabChangesFocus(True)
        self._professionals.setFixedHeight(60)
        self._add_row(form, self.tr("Betrokken professiona&ls"), self._professionals)
        spoed_box = QWidget()
        spoed_layout = QVBoxLayout(spoed_box)
        spoed_layout.setContentsMargins(0, 0, 0, 0)
        self._spoed: dict[str, QCheckBox] = {}
        for spoed in SPOED_LABELS:
            label = spoed_label(spoed)
            box = QCheckBox(label)
            box.setObjectName(f"spoed_{spoed.value}")
            box.setAccessibleName(self.tr("Spoed: {label}").format(label=label))
            box.toggled.connect(self._spoed_changed)
            spoed_layout.addWidget(box)
            self._spoed[spoed.value] = box
        spoed_title = QLabel(self.tr("Spoed"))
        spoed_title.setBuddy(next(iter(self._spoed.values())))
        form.addRow(spoed_title, spoed_box)
        self._toestemming = QCheckBox(self.tr("Toestemming voor gegevensverwerking besproken"))
        self._toestemming.setObjectName("toestemming_checkbox")
        self._toestemming.setAccessibleName(self.tr("Toestemming voor gegevensverwerking besproken"))
        self._uitleg = QCheckBox(self.tr("Uitleg procedure gegeven"))
        self._uitleg.setObjectName("uitleg_checkbox")
        self._uitleg.setAccessibleName(self.tr("Uitleg procedure gegeven"))
        form.addItem(QSpacerItem(0, 10))
        self._add_row(form, self.tr("Besproken"), self._toestemming)
        form.addRow("", self._uitleg)

        # --- buttons ---
        self._register_button = QPushButton(self.tr("Aan&melden"))
        self._register_button.setObjectName("register_button")
        self._register_button.setAccessibleName(self.tr("Aanmelden"))
        self._register_button.setDefault(True)
        self._register_button.clicked.connect(lambda: self.register())
        self._cancel_button = QPushButton(self.tr("Annuleren"))
        self._cancel_button.setObjectName("cancel_button")
        self._cancel_button.setAccessibleName(self.tr("Annuleren"))
        self._cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self._cancel_button.clicked.connect(self.cancel)
        self._draft_status = QLabel()
        self._draft_status.setObjectName("draft_status")
        self._draft_status.setAccessibleName(self.tr("Concept"))
        self._draft_status.setStyleSheet(DRAFT_STATUS_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self._draft_status)
        buttons.addStretch(1)
        buttons.addWidget(self._cancel_button)
        buttons.addWidget(self._register_button)

        content = QWidget()
        content.setObjectName("aanmelding_content")
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 8, 0)
        left = QVBoxLayout()
        left.addWidget(self._persons_box)
        left.addWidget(address_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(aanmelding_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setObjectName("aanmelding_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self._spoed_banner)
        layout.addWidget(self._duplicate_banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._form_error)
        layout.addLayout(buttons)
        self.add_person()
        self._kanaal_changed()
        self._watch_for_autosave()
        self._quiet = False

    # --- building ---------------------------------------------------------------------------------
    def _kanaal_labels(self) -> dict[Kanaal, str]:
        return {
            Kanaal.TELEFOON: self.tr("Telefoon"),
            Kanaal.INLOOP: self.tr("Inloop"),
            Kanaal.WEBSITE: self.tr("Website"),
            Kanaal.EMAIL: self.tr("E-mail"),
            Kanaal.VERWIJZING: self.tr("Verwijzing"),
        }

    def _line(self, form: QFormLayout, name: str, label_text: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        self._add_row(form, label_text, field)
        return field

    def _add_row(self, form: QFormLayout, label_text: str, field: QWidget) -> None:
        label = QLabel(label_text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _build_duplicate_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("duplicate_banner")
        banner.setStyleSheet(DUPLICATE_STYLE)
        self._duplicate_label = QLabel()
        self._duplicate_label.setObjectName("duplicate_message")
        self._duplicate_label.setAccessibleName(self.tr("Mogelijk dubbel dossier"))
        self._duplicate_label.setWordWrap(True)
        self._open_existing_button = QPushButton(self.tr("Bestaand dossier &openen"))
        self._open_existing_button.setObjectName("open_existing_button")
        self._open_existing_button.setAccessibleName(self.tr("Bestaand dossier openen"))
        self._open_existing_button.clicked.connect(self._open_existing)
        self._register_anyway_button = QPushButton(self.tr("Toch registreren (andere persoon)"))
        self._register_anyway_button.setObjectName("register_anyway_button")
        self._register_anyway_button.setAccessibleName(self.tr("Toch registreren (andere persoon)"))
        self._register_anyway_button.clicked.connect(lambda: self.register(allow_duplicate=True))
        layout = QHBoxLayout(banner)
        layout.addWidget(self._duplicate_label, 1)
        layout.addWidget(self._open_existing_button)
        layout.addWidget(self._register_anyway_button)
        banner.setVisible(False)
        return banner

    def _watch_for_autosave(self) -> None:
        """Every edit of the page's own fields (re)starts the autosave timer; persons connect in ``add_person``."""
        for line in (self._straat, self._huisnummer, self._postcode, self._woonplaats, self._verwijzer):
            line.textChanged.connect(self._schedule_autosave)
        for text in (self._hulpvraag, self._professionals):
            text.textChanged.connect(self._schedule_autosave)
        self._kanaal.currentIndexChanged.connect(self._schedule_autosave)
        for box in (*self._spoed.values(), self._toestemming, self._uitleg):
            box.toggled.connect(self._schedule_autosave)

    def add_person(self) -> PersonFields:
        """Add the fields of one more person (the first is the aanvrager) and focus its first field."""
        index = max((p.index for p in self._persons), default=-1) + 1
        person = PersonFields(index, self._service.today())
        person.sig_remove_requested.connect(self._remove_person)
        for widget in person.focus_widgets():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._schedule_autosave)
        person.rol.currentIndexChanged.connect(self._schedule_autosave)
        self._schedule_autosave()
        self._persons.append(person)
        self._persons_layout.insertWidget(self._persons_layout.count() - 1, person)
        self._update_tab_order()
        if index > 0:
            person.voornamen.setFocus()
        return person

    def _remove_person(self, person: QWidget) -> None:
        """Drop a person's fields (never the aanvrager's)."""
        if not isinstance(person, PersonFields) or person.index == 0:
            return
        self._persons.remove(person)
        person.hide()
        person.deleteLater()
        self._update_tab_order()
        self._add_person_button.setFocus()
        self._schedule_autosave()

    def _update_tab_order(self) -> None:
        """Tab goes through the persons, the address, then the aanmelding, then the buttons."""
        chain: list[QWidget] = [w for p in self._persons for w in p.focus_widgets()]
        chain += [self._add_person_button, self._straat, self._huisnummer, self._postcode, self._woonplaats]
        chain += [self._kanaal, self._verwijzer, self._hulpvraag, self._professionals, *self._spoed.values()]
        chain += [self._toestemming, self._uitleg, self._cancel_button, self._register_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- state --------------------------------------------------------------------------------------
    @property
    def persons(self) -> list[PersonFields]:
        return list(self._persons)

    def start(self) -> None:
        """Show the form with the focus on the aanvrager's first name; an empty form gets the draft back."""
        if not self.has_input():
            self._restore_draft()
        self._persons[0].voornamen.setFocus()

    def _kanaal_changed(self) -> None:
        via_verwijzing = self._kanaal.currentData() == Kanaal.VERWIJZING.value
        self._verwijzer_label.setText(self.tr("Verw&ijzer *") if via_verwijzing else self.tr("Verw&ijzer"))

    def _spoed_changed(self) -> None:
        self._spoed_banner.setVisible(any(box.isChecked() for box in self._spoed.values()))

    def _check_postcode(self) -> bool:
        text = self._postcode.text().strip()
        try:
            if text:
                normalise_postcode(text)
        except ValidationError as exc:
            show_message(self._postcode_error, exc.message)
            show_message(self._werkgebied_warning, "")
            return False
        show_message(self._postcode_error, "")
        self._check_werkgebied(text)
        return True

    def _check_werkgebied(self, postcode: str) -> None:
        """Warn (never block) when a valid postcode lies outside the team's werkgebied."""
        message = ""
        if postcode:
            try:
                with self._service.unit_of_work() as (session, _actor):
                    if outside_werkgebied(session, postcode):
                        message = self.tr("Dit adres ligt buiten het werkgebied van uw team ({area}).").format(
                            area=werkgebied_text(session)
                        )
            except RegieError:
                message = ""  # a warning only: when it cannot be read, registering is not held up
        show_message(self._werkgebied_warning, message)

    def has_input(self) -> bool:
        """True when the worker typed or ticked anything."""
        lines = (self._straat, self._huisnummer, self._postcode, self._woonplaats, self._verwijzer)
        return (
            any(p.has_input() for p in self._persons)
            or len(self._persons) > 1
            or any(w.text().strip() for w in lines)
            or bool(self._hulpvraag.toPlainText().strip() or self._professionals.toPlainText().strip())
            or any(b.isChecked() for b in (*self._spoed.values(), self._toestemming, self._uitleg))
        )

    def _household(self) -> NewHousehold:
        return NewHousehold(
            personen=tuple(p.person() for p in self._persons),
            straat=self._straat.text().strip(),
            huisnummer=self._huisnummer.text().strip(),
            postcode=self._postcode.text().strip(),
            woonplaats=self._woonplaats.text().strip(),
        )

    # --- the draft ----------------------------------------------------------------------------------
    def state(self) -> AanmeldingState:
        """What the form holds, as typed (the draft autosave keeps)."""
        return AanmeldingState(
            persons=[
                PersonState(
                    voornamen=p.voornamen.text(),
                    tussenvoegsel=p.tussenvoegsel.text(),
                    achternaam=p.achternaam.text(),
                    geboortedatum=p.geboortedatum.text(),
                    bsn=p.bsn.text(),
                    telefoon=p.telefoon.text(),
                    email=p.email.text(),
                    rol=str(p.rol.currentData() or ""),
                )
                for p in self._persons
            ],
            straat=self._straat.text(),
            huisnummer=self._huisnummer.text(),
            postcode=self._postcode.text(),
            woonplaats=self._woonplaats.text(),
            kanaal=str(self._kanaal.currentData() or ""),
            verwijzer=self._verwijzer.text(),
            hulpvraag=self._hulpvraag.toPlainText(),
            professionals=self._professionals.toPlainText(),
            spoed=[key for key, box in self._spoed.items() if box.isChecked()],
            toestemming=self._toestemming.isChecked(),
            uitleg=self._uitleg.isChecked(),
        )

    def apply_state(self, state: AanmeldingState) -> None:
        """Fill the form with ``state`` (replacing what it held) and run the inline checks on it."""
        self.clear()
        self._quiet = True
        try:
            while len(self._persons) < len(state.persons):
                self.add_person()
            for fields, person in zip(self._persons, state.persons, strict=True):
                fields.voornamen.setText(person.voornamen)
                fields.tussenvoegsel.setText(person.tussenvoegsel)
                fields.achternaam.setText(person.achternaam)
                fields.geboortedatum.setText(person.geboortedatum)
                fields.bsn.setText(person.bsn)
                fields.telefoon.setText(person.telefoon)
                fields.email.setText(person.email)
                if (rol := fields.rol.findData(person.rol)) >= 0:
                    fields.rol.setCurrentIndex(rol)
            for line, text in (
                (self._straat, state.straat),
                (self._huisnummer, state.huisnummer),
                (self._postcode, state.postcode),
                (self._woonplaats, state.woonplaats),
                (self._verwijzer, state.verwijzer),
            ):
                line.setText(text)
            self._kanaal.setCurrentIndex(max(self._kanaal.findData(state.kanaal), 0))
            self._hulpvraag.setPlainText(state.hulpvraag)
            self._professionals.setPlainText(state.professionals)
            for key, box in self._spoed.items():
                box.setChecked(key in state.spoed)
            self._toestemming.setChecked(state.toestemming)
            self._uitleg.setChecked(state.uitleg)
        finally:
            self._quiet = False
        for fields in self._persons:
            if fields.bsn.text().strip():
                fields.check_bsn()
            if fields.geboortedatum.text().strip():
                fields.check_birth_date()
        self._check_postcode()

    def _schedule_autosave(self) -> None:
        """Save the draft once the worker pauses; each further edit restarts the wait."""
        if not self._quiet:
            self._draft_timer.start()

    def flush(self) -> None:
        """Save a draft that is still waiting for its pause now (before a lock or close empties the form)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            if self._service.unlocked:
                self._save_draft()

    def _save_draft(self) -> None:
        """Write the form into the encrypted database as the draft; an empty form removes the draft."""
        state = self.state()
        try:
            with self._service.unit_of_work() as (session, actor):
                if state.is_empty():
                    discard_draft(session, actor, DRAFT_KIND)
                else:
                    save_draft(session, actor, DRAFT_KIND, state.to_payload())
        except RegieError as exc:
            self._draft_status.setStyleSheet(ERROR_STYLE)
            self._draft_status.setText(self.tr("Concept niet bewaard: {reason}").format(reason=exc.message))
            return
        self._draft_status.setStyleSheet(DRAFT_STATUS_STYLE)
        saved = self.tr("Concept bewaard om {time}").format(time=dt.datetime.now().strftime("%H:%M"))
        self._draft_status.setText("" if state.is_empty() else saved)

    def _restore_draft(self) -> None:
        """Put a saved draft back into the (empty) form."""
        try:
            with self._service.unit_of_work() as (session, actor):
                payload = load_draft(session, actor, DRAFT_KIND)
        except RegieError as exc:
            show_message(self._form_error, exc.message)
            return
        if payload is None:
            return
        state = AanmeldingState.from_payload(payload)
        if state.is_empty():
            return
        self.apply_state(state)
        self._draft_status.setStyleSheet(DRAFT_STATUS_STYLE)
        self._draft_status.setText(self.tr("Niet-afgeronde aanmelding hersteld"))

    def _discard_draft(self) -> bool:
        """Delete the draft (the worker threw the aanmelding away); False with a message when that failed."""
        self._draft_timer.stop()
        try:
            with self._service.unit_of_work() as (session, actor):
                discard_draft(session, actor, DRAFT_KIND)
        except RegieError as exc:
            show_message(self._form_error, exc.message)
            return False
        return True

    def _aanmelding(self) -> Aanmelding:
        return Aanmelding(
            datum=self._service.today(),
            kanaal=Kanaal(self._kanaal.currentData()),
            hulpvraag=self._hulpvraag.toPlainText().strip(),
            verwijzer=self._verwijzer.text().strip(),
            betrokken_professionals=tuple(self._professionals.toPlainText().splitlines()),
            spoed=frozenset(Spoed(key) for key, box in self._spoed.items() if box.isChecked()),
            toestemming_gegevensverwerking=self._toestemming.isChecked(),
            uitleg_procedure_gegeven=self._uitleg.isChecked(),
        )

    # --- actions ----------------------------------------------------------------------------------
    def register(self, allow_duplicate: bool = False) -> bool:
        """Register household and casus in one unit of work; False (with a message) when refused."""
        show_message(self._form_error, "")
        fields_ok = all([p.check_bsn() and p.check_birth_date() for p in self._persons]) and self._check_postcode()
        today = self._service.today()
        try:
            household = self._household().validated(today)
            aanmelding = self._aanmelding().validated(today)
            if not fields_ok:
                raise ValidationError(self.tr("Verbeter eerst de rood gemarkeerde velden."))
            with self._service.unit_of_work() as (session, actor):
                huishouden_id = register_household(session, actor, household, today, allow_duplicate)
                casus_id = open_casus(session, actor, huishouden_id, aanmelding, today)
                discard_draft(session, actor, DRAFT_KIND)  # registered: the draft goes in the same transaction
        except DuplicateFound as exc:
            self._duplicates = exc.matches
            self._duplicate_label.setText(exc.message)
            self._duplicate_banner.setVisible(True)
            self._open_existing_button.setFocus()
            return False
        except RegieError as exc:
            show_message(self._form_error, exc.message)
            return False
        self.clear()
        self.sig_registered.emit(casus_id, huishouden_id)
        return True

    def _open_existing(self) -> None:
        if self._duplicates:
            self.sig_open_household.emit(self._duplicates[0])

    def cancel(self) -> None:
        """Discard the form after asking when something was typed; emits ``sig_cancelled``."""
        if self.has_input() and not self._dialogs.question(
            self, self.tr("Aanmelding annuleren"), self.tr("Wilt u de ingevulde aanmelding weggooien?")
        ):
            return
        if not self._discard_draft():
            return
        self.clear()
        self.sig_cancelled.emit()

    def clear(self) -> None:
        """Empty every field and hide every message (also on lock: no data stays on screen).

        The draft is left as it is: on lock ``flush`` saved it first, and registering or cancelling has
        already deleted it. A save still waiting is dropped.
        """
        self._draft_timer.stop()
        self._quiet = True
        try:
            self._clear_fields()
        finally:
            self._quiet = False

    def _clear_fields(self) -> None:
        for person in self._persons[1:]:
            self._remove_person(person)
        first = self._persons[0]
        for widget in first.focus_widgets():
            if isinstance(widget, QLineEdit):
                widget.clear()
        first.rol.setCurrentIndex(0)
        show_message(first.bsn_error, "")
        show_message(first.geboortedatum_error, "")
        for line in (self._straat, self._huisnummer, self._postcode, self._woonplaats, self._verwijzer):
            line.clear()
        self._hulpvraag.clear()
        self._professionals.clear()
        self._kanaal.setCurrentIndex(0)
        for box in (*self._spoed.values(), self._toestemming, self._uitleg):
            box.setChecked(False)
        show_message(self._postcode_error, "")
        show_message(self._werkgebied_warning, "")
        show_message(self._form_error, "")
        self._draft_status.clear()
        self._duplicates = ()
        self._duplicate_label.clear()
        self._duplicate_banner.setVisible(False)
