"""The pages of the first-start wizard, in order: welkom, wie bent u, wachtwoord, herstelsleutel, instrument, klaar.

Each page judges only its own input (``isComplete``) and does its one action when the worker presses Volgende
(``validatePage``); the wizard in ``ui.first_start_wizard`` only strings them together.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.background import BackgroundRunner, BusyIndicator
from ui.dialogs import DialogSeam
from ui.style import error_label, monospace_font, show_message
from ui.widgets.new_passphrase_fields import NewPassphraseFields

if TYPE_CHECKING:
    from regie_desktop.domain.instruments import Instrument

NAME_MAX_LENGTH = 120
NOTE_STYLE = "color: #4a4a4a;"  # secondary text: dark grey, still well above 4.5:1 on the window colour


def _paragraph(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    form.setVerticalSpacing(10)
    return form


class WelcomePage(QWizardPage):
    """What Regie does and what protects the data, before anything is asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.setTitle(self.tr("Welkom bij Regie"))
        self.setSubTitle(self.tr("In een paar stappen richt u Regie in op deze laptop."))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for text in (
            self.tr(
                "Regie ondersteunt u bij het werk met huishoudens: het keukentafelgesprek, de scores op de "
                "Zelfredzaamheid-Matrix, het plan dat de cliënt ondertekent en de regiestappen met hun termijnen. "
                "U kunt er ook zonder internet mee werken."
            ),
            self.tr(
                "Alles wat u vastlegt, bewaart Regie versleuteld op deze laptop. Alleen met uw wachtwoord gaan de "
                "gegevens open."
            ),
            self.tr(
                "Zo meteen kiest u dat wachtwoord. Daarna krijgt u één keer een herstelsleutel: daarmee stelt u een "
                "nieuw wachtwoord in als u het oude vergeet. Zonder wachtwoord en zonder herstelsleutel kan niemand "
                "de gegevens nog openen, ook de helpdesk niet."
            ),
        ):
            layout.addWidget(_paragraph(text))
        layout.addStretch(1)


class IdentityPage(QWizardPage):
    """The worker's name (required: it goes with everything they record) and team (optional)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_page")
        self.setTitle(self.tr("Wie bent u?"))
        self.setSubTitle(self.tr("Uw naam staat bij alles wat u in Regie vastlegt."))
        self.name_field = self._line_edit("name_field", self.tr("Naam"), self.tr("Voor- en achternaam"))
        self.team_field = self._line_edit("team_field", self.tr("Team (niet verplicht)"), self.tr("Niet verplicht"))
        self._name_error = error_label("name_error_label", self.tr("Foutmelding bij de naam"))

        form = _form()
        for text, field in ((self.tr("&Naam:"), self.name_field), (self.tr("&Team:"), self.team_field)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            if field is self.name_field:
                form.addRow("", self._name_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.name_field.textChanged.connect(self._clear_error)

    def _line_edit(self, object_name: str, accessible_name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(object_name)
        field.setAccessibleName(accessible_name)
        field.setPlaceholderText(placeholder)
        field.setMaxLength(NAME_MAX_LENGTH)
        return field

    def name(self) -> str:
        return self.name_field.text().strip()

    def team(self) -> str:
        return self.team_field.text().strip()

    def initializePage(self) -> None:
        self.name_field.setFocus()

    def validatePage(self) -> bool:
        """An empty name is explained next to the field instead of silently disabling Volgende."""
        if self.name():
            return True
        show_message(self._name_error, self.tr("Vul uw naam in. Regie zet die bij alles wat u vastlegt."))
        self.name_field.setFocus()
        return False

    def _clear_error(self) -> None:
        if self.name():
            show_message(self._name_error, "")

    def wipe(self) -> None:
        self.name_field.clear()
        self.team_field.clear()


class PassphrasePage(QWizardPage):
    """The passphrase twice; Volgende creates the workspace, after which there is no way back (a commit page)."""

    sig_workspace_created = Signal(str)
    """The workspace exists and is unlocked; the argument is the recovery key, to be shown once."""

    def __init__(
        self,
        service: WorkspaceService,
        identity: IdentityPage,
        parent: QWidget | None = None,
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._identity = identity
        self._runner = runner if runner is not None else BackgroundRunner(self)
        self._created = False
        self._creating = False
        self.setObjectName("passphrase_page")
        self.setTitle(self.tr("Wachtwoord"))
        self.setSubTitle(self.tr("Kies een wachtwoord dat alleen u kent. Met Volgende maakt Regie uw werkruimte."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Volgende"))

        self._fields = NewPassphraseFields(
            "passphrase_field", "passphrase_repeat_field", self.tr("Wachtwoord"), self.tr("Wachtwoord herhalen"), self
        )
        self.passphrase_field = self._fields.passphrase_field
        self.repeat_field = self._fields.repeat_field
        tip = _paragraph(
            self.tr(
                "Minstens 12 tekens. Een paar losse woorden die niet bij elkaar horen, is sterk en goed te onthouden. "
                "Uw eigen naam telt niet mee."
            ),
            "passphrase_tip",
        )
        tip.setStyleSheet(NOTE_STYLE)
        self._error_label = error_label("error_label", self.tr("Foutmelding"))
        self._busy = BusyIndicator("create_busy_indicator")

        form = _form()
        self._fields.add_rows(form, self.tr("&Wachtwoord:"), self.tr("&Herhalen:"))
        layout = QVBoxLayout(self)
        layout.addWidget(tip)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self._error_label)
        layout.addWidget(self._busy)
        layout.addStretch(1)
        self._fields.sig_changed.connect(self.completeChanged)

    @property
    def created(self) -> bool:
        return self._created

    def initializePage(self) -> None:
        """Judge the passphrase against the name just typed (one's own name is easy to guess)."""
        self._fields.set_personal_words(self._identity.name().split())
        self.passphrase_field.setFocus()

    @property
    def creating(self) -> bool:
        return self._creating

    def isComplete(self) -> bool:
        return self._created or (self._fields.ready() and not self._creating)

    def validatePage(self) -> bool:
        """Start creating the workspace in the background and stay here; ``_made`` moves on when it is there.

        Calibrating and deriving the key takes a second or two: the window keeps painting meanwhile. On
        failure the Dutch message appears under the form and nothing typed is lost.
        """
        if self._created:
            return True
        if self._creating or not self._fields.ready():
            return False
        show_message(self._error_label, "")
        try:
            self._service.acquire()  # the instance lock belongs to the GUI thread, not to the worker
        except RegieError as exc:
            show_message(self._error_label, exc.message)
            return False
        service, name, team = self._service, self._identity.name(), self._identity.team()
        passphrase = self._fields.passphrase()
        self._runner.run(
            lambda _progress: service.create(name, passphrase, team=team), self._made, self._failed, receiver=self
        )
        self._set_creating(True)
        return False

    def _made(self, key: str) -> None:
        self._set_creating(False)
        self._created = True
        self._fields.clear()
        self.sig_workspace_created.emit(key)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _failed(self, message: str) -> None:
        self._set_creating(False)
        show_message(self._error_label, message)
        self.passphrase_field.setFocus()

    def _set_creating(self, creating: bool) -> None:
        """While the workspace is made nothing can be typed, pressed twice or cancelled."""
        self._creating = creating
        self.passphrase_field.setEnabled(not creating)
        self.repeat_field.setEnabled(not creating)
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(which).setEnabled(not creating)
        if creating:
            self._busy.start(self.tr("Bezig met het maken van uw werkruimte…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._busy.stop()
            self.unsetCursor()
        self.completeChanged.emit()

    def wipe(self) -> None:
        self._fields.clear()


class RecoveryKeyPage(QWizardPage):
    """The recovery key, shown once; Volgende only after the worker says it is stored safely."""

    def __init__(self, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self.setObjectName("recovery_key_page")
        self.setTitle(self.tr("Uw herstelsleutel"))
        self.setSubTitle(self.tr("Deze sleutel ziet u maar één keer."))
        explanation = _paragraph(
            self.tr(
                "Met de herstelsleutel stelt u een nieuw wachtwoord in als u het oude vergeet. Schrijf hem op of "
                "druk hem af, en bewaar hem op een veilige plek: niet bij de laptop."
            )
        )
        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key_label")
        self.key_label.setAccessibleName(self.tr("Herstelsleutel"))
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setFont(monospace_font(14))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMargin(14)
        self.key_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.key_label.setAutoFillBackground(True)
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.print_button.setObjectName("print_button")
        self.print_button.setAccessibleName(self.tr("Herstelsleutel afdrukken"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self._print_key)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(self.print_button)

        self.saved_checkbox = QCheckBox(self.tr("Ik heb de herstelsleutel &veilig bewaard"))
        self.saved_checkbox.setObjectName("saved_checkbox")
        self.saved_checkbox.setAccessibleName(self.tr("Ik heb de herstelsleutel veilig bewaard"))
        self.saved_checkbox.toggled.connect(self.completeChanged)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self.key_label)
        layout.addLayout(print_row)
        layout.addSpacing(12)
        layout.addWidget(self.saved_checkbox, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def set_key(self, key: str) -> None:
        self.key_label.setText(key)

    def initializePage(self) -> None:
        self.print_button.setFocus()

    def isComplete(self) -> bool:
        return self.saved_checkbox.isChecked()

    def validatePage(self) -> bool:
        """``QWizard.next()`` does not ask ``isComplete``; the key must be confirmed whichever way."""
        return self.isComplete()

    def _print_key(self) -> None:
        """Print the key on paper through the dialog seam (the worker's name is not printed)."""
        text = self.tr(
            "Herstelsleutel Regie\n\n{key}\n\n"
            "Met deze sleutel stelt u een nieuw wachtwoord in als u het oude vergeet.\n"
            "Bewaar dit papier op een veilige plek, niet bij de laptop.\n\n"
            "Gemaakt op {date}."
        ).format(key=self.key_label.text(), date=dt.date.today().strftime("%d-%m-%Y"))
        self._dialogs.print_text(self, self.tr("Herstelsleutel Regie"), text)

    def wipe(self) -> None:
        self.key_label.clear()


class InstrumentPage(QWizardPage):
    """The team's instrument for new casussen; saved in the workspace when the worker presses Volgende."""

    def __init__(self, service: WorkspaceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._instruments: dict[str, Instrument] = {}
        self.setObjectName("instrument_page")
        self.setTitle(self.tr("Instrument van uw team"))
        self.setSubTitle(self.tr("Met welk instrument scoort uw team de zelfredzaamheid?"))
        self._intro = _paragraph(
            self.tr(
                "Nieuwe casussen gebruiken dit instrument. Weet u het niet, neem dan de Zelfredzaamheid-Matrix 2017: "
                "dat is de standaard."
            )
        )
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._choices = QVBoxLayout()
        self._choices.setSpacing(8)
        self._error_label = error_label("instrument_error_label", self.tr("Foutmelding bij het instrument"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addSpacing(6)
        layout.addLayout(self._choices)
        layout.addWidget(self._error_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """List the installed instruments, default first, with the team's current choice selected."""
        # Imported here, not at the top: the catalog and the settings pull in holidays and SQLAlchemy, and the
        # unlock screen (which imports this module through the controller) must not wait for them at start-up.
        from regie_desktop.app import catalog
        from regie_desktop.app.settings import locked_instrument, team_instrument

        if not self._instruments:
            try:
                installed = catalog.instruments()
            except RegieError as exc:  # a broken instrument file: the workspace keeps the default
                show_message(self._error_label, exc.message)
                return
            default = installed.get(catalog.DEFAULT_INSTRUMENT)
            ordered = ([default] if default else []) + sorted(
                (i for i in installed.values() if i.id != catalog.DEFAULT_INSTRUMENT), key=lambda i: i.name
            )
            for instrument in ordered:
                self._add_choice(instrument, is_default=instrument.id == catalog.DEFAULT_INSTRUMENT)
        if self._group.checkedButton() is not None:
            return  # back here from the summary: keep what the worker picked
        current = catalog.DEFAULT_INSTRUMENT
        try:
            with self._service.unit_of_work() as (session, _actor):
                current = team_instrument(session)
        except RegieError as exc:
            show_message(self._error_label, exc.message)
        button = self.findChild(QRadioButton, self._button_name(current))
        if button is not None:
            button.setChecked(True)
            button.setFocus()
        if locked_instrument() is not None and button is not None:
            # The organisation fixed the instrument (machine policy): show it, offer no other.
            for other in self._group.buttons():
                other.setEnabled(other is button)
            self._intro.setText(
                self.tr("Het instrument is vastgelegd door uw organisatie: nieuwe casussen gebruiken dit.")
            )

    def _add_choice(self, instrument: Instrument, is_default: bool) -> None:
        self._instruments[instrument.id] = instrument
        text = self.tr("{name} (standaard)").format(name=instrument.name) if is_default else instrument.name
        button = QRadioButton(text)
        button.setObjectName(self._button_name(instrument.id))
        button.setAccessibleName(instrument.name)
        button.setProperty("instrument_id", instrument.id)
        detail = _paragraph(
            self.tr("{n} leefgebieden · versie {version}").format(
                n=len(instrument.leefgebieden), version=instrument.version
            )
        )
        detail.setStyleSheet(NOTE_STYLE)
        detail.setIndent(button.iconSize().width() + 10)
        self._group.addButton(button)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(detail)
        self._choices.addLayout(column)

    @staticmethod
    def _button_name(instrument_id: str) -> str:
        return f"instrument_{instrument_id}"

    def chosen_name(self) -> str:
        """The chosen instrument's name, for the summary."""
        chosen = self.chosen()
        return chosen.name if chosen is not None else self.tr("het standaardinstrument")

    def chosen(self) -> Instrument | None:
        button = self._group.checkedButton()
        return self._instruments.get(str(button.property("instrument_id"))) if button is not None else None

    def validatePage(self) -> bool:
        """Save the choice; a failure is shown here and the worker stays on the page."""
        instrument = self.chosen()
        if instrument is None:
            return True  # nothing could be listed: new casussen keep the default
        from regie_desktop.app.settings import choose_instrument  # see initializePage

        show_message(self._error_label, "")
        try:
            with self._service.unit_of_work() as (session, actor):
                choose_instrument(session, actor, instrument.id)
        except RegieError as exc:
            show_message(self._error_label, exc.message)
            return False
        return True


class DonePage(QWizardPage):
    """A short summary of what was set up; Voltooien opens the main window."""

    def __init__(self, identity: IdentityPage, instrument: InstrumentPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._identity = identity
        self._instrument = instrument
        self.setObjectName("done_page")
        self.setTitle(self.tr("Klaar"))
        self.setSubTitle(self.tr("Uw werkruimte is gemaakt. Met Voltooien opent u Regie."))
        self.name_value = self._value("summary_name", self.tr("Naam"))
        self.team_value = self._value("summary_team", self.tr("Team"))
        self.instrument_value = self._value("summary_instrument", self.tr("Instrument"))
        form = _form()
        form.addRow(self.tr("Naam:"), self.name_value)
        form.addRow(self.tr("Team:"), self.team_value)
        form.addRow(self.tr("Instrument:"), self.instrument_value)
        note = _paragraph(
            self.tr(
                "Regie vergrendelt zichzelf na een paar minuten zonder gebruik; met Ctrl+L vergrendelt u meteen. "
                "Daarna opent u Regie weer met uw wachtwoord."
            )
        )
        note.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(16)
        layout.addWidget(note)
        layout.addStretch(1)

    def _value(self, object_name: str, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setAccessibleName(accessible_name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def initializePage(self) -> None:
        self.name_value.setText(self._identity.name())
        self.team_value.setText(self._identity.team() or self.tr("(geen)"))
        self.instrument_value.setText(self._instrument.chosen_name())

    def wipe(self) -> None:
        for label in (self.name_value, self.team_value, self.instrument_value):
            label.clear()
