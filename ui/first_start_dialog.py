"""First start: who is the worker, which passphrase protects the workspace, then the recovery key once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.busy import busy_cursor
from ui.dialogs import DialogSeam
from ui.style import error_label, heading_font, monospace_font, show_message
from ui.widgets.new_passphrase_fields import NewPassphraseFields

FORM_PAGE, KEY_PAGE = 0, 1
NAME_MAX_LENGTH = 120


class FirstStartDialog(QDialog):
    """Creates the workspace with ``service.create`` and shows the recovery key it returns, once.

    After the key is shown the dialog can only be left with "Verder", once the worker confirms the key is
    stored safely; the key and the passphrase are wiped from the widgets when the dialog closes.
    """

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self.setObjectName("first_start_dialog")
        self.setWindowTitle(self.tr("Regie — werkruimte maken"))
        self.resize(520, 460)
        self._pages = QStackedWidget()
        self._pages.setObjectName("first_start_pages")
        self._pages.addWidget(self._build_form_page())
        self._pages.addWidget(self._build_key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)
        self._update_form_state()
        self._name_field.setFocus()

    # --- page 1: the form -------------------------------------------------------------------------
    def _build_form_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("form_page")
        heading = QLabel(self.tr("Welkom bij Regie"))
        heading.setFont(heading_font(self.font()))
        intro = QLabel(
            self.tr(
                "Regie bewaart de gegevens versleuteld op deze computer. Kies een wachtwoord dat alleen u kent: "
                "zonder dat wachtwoord of de herstelsleutel kan niemand de gegevens openen."
            )
        )
        intro.setWordWrap(True)

        self._name_field = self._line_edit("name_field", self.tr("Naam"), self.tr("Voor- en achternaam"))
        self._name_field.setMaxLength(NAME_MAX_LENGTH)
        self._team_field = self._line_edit("team_field", self.tr("Team (niet verplicht)"), self.tr("Niet verplicht"))
        self._team_field.setMaxLength(NAME_MAX_LENGTH)
        self._fields = NewPassphraseFields(
            "passphrase_field", "passphrase_repeat_field", self.tr("Wachtwoord"), self.tr("Wachtwoord herhalen"), self
        )
        self._passphrase_field = self._fields.passphrase_field
        self._repeat_field = self._fields.repeat_field

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Naam:"), self._name_field), self._name_field)
        form.addRow(self._buddy(self.tr("&Team:"), self._team_field), self._team_field)
        self._fields.add_rows(form, self.tr("&Wachtwoord:"), self.tr("&Herhalen:"))

        self._error_label = error_label("error_label", self.tr("Foutmelding"))

        buttons = QDialogButtonBox()
        self._create_button = QPushButton(self.tr("Werkruimte maken"))
        self._create_button.setObjectName("create_button")
        self._create_button.setAccessibleName(self.tr("Werkruimte maken"))
        self._create_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        buttons.addButton(self._create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._create_button.clicked.connect(self._create)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self._error_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self._name_field.textChanged.connect(self._assess)
        self._fields.sig_changed.connect(self._update_form_state)
        for field in (self._name_field, self._team_field, self._passphrase_field, self._repeat_field):
            field.returnPressed.connect(self._create)
        QWidget.setTabOrder(self._name_field, self._team_field)
        QWidget.setTabOrder(self._team_field, self._passphrase_field)
        QWidget.setTabOrder(self._passphrase_field, self._repeat_field)
        QWidget.setTabOrder(self._repeat_field, self._create_button)
        QWidget.setTabOrder(self._create_button, cancel)
        return page

    # --- page 2: the recovery key -----------------------------------------------------------------
    def _build_key_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("key_page")
        heading = QLabel(self.tr("Uw herstelsleutel"))
        heading.setFont(heading_font(self.font()))
        explanation = QLabel(
            self.tr(
                "Met deze herstelsleutel stelt u een nieuw wachtwoord in als u het oude vergeet. "
                "De sleutel wordt maar één keer getoond. Schrijf hem op of druk hem af, en bewaar hem op een "
                "veilige plek: niet bij de laptop."
            )
        )
        explanation.setWordWrap(True)
        self._key_label = QLabel()
        self._key_label.setObjectName("recovery_key_label")
        self._key_label.setAccessibleName(self.tr("Herstelsleutel"))
        self._key_label.setFont(monospace_font(14))
        self._key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self._key_label.setMargin(12)
        self._key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._print_button = QPushButton(self.tr("Afdrukken…"))
        self._print_button.setObjectName("print_button")
        self._print_button.setAccessibleName(self.tr("Herstelsleutel afdrukken"))
        self._print_button.clicked.connect(self._print_key)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(self._print_button)

        self._saved_checkbox = QCheckBox(self.tr("Ik heb de herstelsleutel veilig bewaard"))
        self._saved_checkbox.setObjectName("saved_checkbox")
        self._saved_checkbox.setAccessibleName(self.tr("Ik heb de herstelsleutel veilig bewaard"))

        buttons = QDialogButtonBox()
        self._continue_button = QPushButton(self.tr("Verder"))
        self._continue_button.setObjectName("continue_button")
        self._continue_button.setAccessibleName(self.tr("Verder"))
        self._continue_button.setEnabled(False)
        buttons.addButton(self._continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._saved_checkbox.toggled.connect(self._continue_button.setEnabled)
        self._continue_button.clicked.connect(self.accept)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self._key_label)
        layout.addLayout(print_row)
        layout.addSpacing(12)
        layout.addWidget(self._saved_checkbox)
        layout.addStretch(1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self._key_label, self._print_button)
        QWidget.setTabOrder(self._print_button, self._saved_checkbox)
        QWidget.setTabOrder(self._saved_checkbox, self._continue_button)
        return page

    # --- state ------------------------------------------------------------------------------------
    @property
    def showing_recovery_key(self) -> bool:
        return self._pages.currentIndex() == KEY_PAGE

    def _line_edit(self, object_name: str, accessible_name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(object_name)
        field.setAccessibleName(accessible_name)
        field.setPlaceholderText(placeholder)
        return field

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _assess(self) -> None:
        """Re-judge the passphrase; the name matters too, because one's own name is easy to guess."""
        self._fields.set_personal_words(self._name_field.text().split())

    def _update_form_state(self) -> None:
        """Enable "Werkruimte maken" only when the form can succeed."""
        self._create_button.setEnabled(self._form_ready())

    def _form_ready(self) -> bool:
        return bool(self._name_field.text().strip()) and self._fields.ready()

    # --- actions ----------------------------------------------------------------------------------
    def _create(self) -> None:
        """Create the workspace; on failure the message appears under the form and nothing typed is lost."""
        if self.showing_recovery_key or not self._form_ready():
            return
        show_message(self._error_label, "")
        self._create_button.setEnabled(False)
        try:
            with busy_cursor():
                key = self._service.create(
                    self._name_field.text().strip(),
                    self._fields.passphrase(),
                    team=self._team_field.text().strip(),
                )
        except RegieError as exc:
            show_message(self._error_label, exc.message)
            self._update_form_state()
            return
        self._fields.clear()
        self._key_label.setText(key)
        self._pages.setCurrentIndex(KEY_PAGE)
        self._continue_button.setDefault(True)
        self._print_button.setFocus()

    def _print_key(self) -> None:
        """Print the key on paper through the dialog seam (the worker's name is not printed)."""
        text = self.tr(
            "Herstelsleutel Regie\n\n{key}\n\n"
            "Met deze sleutel stelt u een nieuw wachtwoord in als u het oude vergeet.\n"
            "Bewaar dit papier op een veilige plek, niet bij de laptop.\n\n"
            "Gemaakt op {date}."
        ).format(key=self._key_label.text(), date=dt.date.today().strftime("%d-%m-%Y"))
        self._dialogs.print_text(self, self.tr("Herstelsleutel Regie"), text)

    def reject(self) -> None:
        """Escape cancels the form; once the key is shown the dialog stays until "Verder"."""
        if self.showing_recovery_key:
            return
        super().reject()

    def done(self, result: int) -> None:
        """Wipe the passphrase, the key and the name from the widgets, whichever way the dialog ends."""
        for field in (self._name_field, self._team_field, self._passphrase_field, self._repeat_field):
            field.clear()
        self._key_label.clear()
        super().done(result)
