"""A forgotten passphrase: the recovery key sets a new one and opens the workspace.

Opening and wrapping the key under the new passphrase (Argon2id) runs on the background runner, so the
window keeps painting while the inputs are disabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.background import BackgroundRunner, BusyIndicator, Progress, Task
from ui.style import error_label, heading_font, monospace_font, show_message
from ui.throttle_countdown import ThrottleCountdown
from ui.widgets.new_passphrase_fields import NewPassphraseFields

KEY_MAX_LENGTH = 80  # 39 characters formatted; room for spaces a worker types between the groups


class RecoverDialog(QDialog):
    """Calls ``service.recover``; accepted when the new passphrase is set and the workspace is unlocked.

    ``runner`` is the application's background runner (the unlock dialog passes its own); without one the
    dialog makes its own.
    """

    def __init__(
        self, service: WorkspaceService, parent: QWidget | None = None, runner: BackgroundRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner if runner is not None else BackgroundRunner(self)
        self._attempt: Task[None] | None = None
        self.setObjectName("recover_dialog")
        self.setWindowTitle(self.tr("Regie — wachtwoord vergeten"))
        self.resize(520, 420)

        heading = QLabel(self.tr("Nieuw wachtwoord met de herstelsleutel"))
        heading.setFont(heading_font(self.font(), 1.25))
        intro = QLabel(
            self.tr(
                "Typ de herstelsleutel die u bij het maken van de werkruimte kreeg en kies een nieuw wachtwoord. "
                "De herstelsleutel blijft daarna geldig."
            )
        )
        intro.setWordWrap(True)

        self._key_field = self._line_edit("recovery_key_field", self.tr("Herstelsleutel"))
        self._key_field.setFont(monospace_font(max(self.font().pointSizeF(), 9.0) + 1))
        self._key_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self._key_field.setMaxLength(KEY_MAX_LENGTH)
        self._fields = NewPassphraseFields(
            "new_passphrase_field",
            "new_passphrase_repeat_field",
            self.tr("Nieuw wachtwoord"),
            self.tr("Nieuw wachtwoord herhalen"),
            self,
        )
        self._passphrase_field = self._fields.passphrase_field
        self._repeat_field = self._fields.repeat_field

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Herstelsleutel:"), self._key_field), self._key_field)
        self._fields.add_rows(form, self.tr("&Nieuw wachtwoord:"), self.tr("H&erhalen:"))

        self._error_label = error_label("error_label", self.tr("Foutmelding"))
        self._wait_label = QLabel()
        self._wait_label.setObjectName("wait_label")
        self._wait_label.setAccessibleName(self.tr("Wachttijd"))
        self._wait_label.setVisible(False)
        self._busy = BusyIndicator("busy_indicator")
        self._countdown = ThrottleCountdown(service, self)
        self._countdown.sig_changed.connect(self._show_wait)

        buttons = QDialogButtonBox()
        self._recover_button = QPushButton(self.tr("Nieuw wachtwoord instellen"))
        self._recover_button.setObjectName("recover_button")
        self._recover_button.setAccessibleName(self.tr("Nieuw wachtwoord instellen"))
        self._recover_button.setDefault(True)
        cancel = self._cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        cancel.setAutoDefault(False)
        buttons.addButton(self._recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._recover_button.clicked.connect(self._recover)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self._error_label)
        layout.addWidget(self._wait_label)
        layout.addWidget(self._busy)
        layout.addStretch(1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self._key_field, self._passphrase_field)
        QWidget.setTabOrder(self._passphrase_field, self._repeat_field)
        QWidget.setTabOrder(self._repeat_field, self._recover_button)
        QWidget.setTabOrder(self._recover_button, cancel)

        self._key_field.textChanged.connect(self._update_state)
        self._fields.sig_changed.connect(self._update_state)
        for field in (self._key_field, self._passphrase_field, self._repeat_field):
            field.returnPressed.connect(self._recover)
        self._update_state()
        self._countdown.start_if_needed()
        self._key_field.setFocus()

    def _line_edit(self, object_name: str, accessible_name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(object_name)
        field.setAccessibleName(accessible_name)
        return field

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    @property
    def waiting(self) -> bool:
        """True while earlier mistakes still make the next attempt wait."""
        return self._countdown.active

    @property
    def busy(self) -> bool:
        """True while the recovery key is being tried in the background."""
        return self._attempt is not None

    def _ready(self) -> bool:
        return bool(self._key_field.text().strip()) and self._fields.ready() and not self.waiting and not self.busy

    def _show_wait(self, text: str) -> None:
        show_message(self._wait_label, text)
        self._update_state()

    def _update_state(self) -> None:
        """Enable the button only when the form can succeed."""
        self._recover_button.setEnabled(self._ready())

    def _recover(self) -> None:
        """Set the new passphrase in the background; the answer comes back in ``_recovered`` or ``_failed``."""
        if not self._ready() or self._countdown.start_if_needed():
            return
        show_message(self._error_label, "")
        try:
            self._service.acquire()  # the instance lock belongs to the GUI thread, not to the worker
        except RegieError as exc:
            show_message(self._error_label, exc.message)
            return
        service, key, passphrase = self._service, self._key_field.text(), self._fields.passphrase()

        def attempt(_progress: Progress) -> None:
            service.recover(key, passphrase)

        self._attempt = self._runner.run(attempt, self._recovered, self._failed)
        self._set_busy(True)

    def _recovered(self, _result: None) -> None:
        self._attempt = None
        self._set_busy(False)
        if not self._service.unlocked:  # Regie was locked again (screen lock, sleep) while this ran
            show_message(
                self._error_label,
                self.tr(
                    "Het nieuwe wachtwoord is ingesteld, maar Regie is intussen vergrendeld. "
                    "Sluit dit venster en ontgrendel met het nieuwe wachtwoord."
                ),
            )
            return
        self.accept()

    def _failed(self, message: str) -> None:
        """A wrong key is explained under the form and the key field is selected for the next try."""
        self._attempt = None
        self._set_busy(False)
        show_message(self._error_label, message)
        self._key_field.setFocus()
        self._key_field.selectAll()
        self._countdown.start_if_needed()
        self._update_state()

    def _set_busy(self, busy: bool) -> None:
        """While the key is tried nothing can be changed, pressed twice or cancelled."""
        for widget in (self._key_field, self._passphrase_field, self._repeat_field, self._cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self._busy.start(self.tr("Bezig met het instellen van het nieuwe wachtwoord…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._busy.stop()
            self.unsetCursor()
        self._update_state()

    def reject(self) -> None:
        """Not while the new passphrase is being set: half-way it may already be in the key file."""
        if not self.busy:
            super().reject()

    def done(self, result: int) -> None:
        """Forget the key and the passphrases, whichever way the dialog ends; drop an attempt still running."""
        if self._attempt is not None:
            self._attempt.cancel()
            self._attempt = None
        self._countdown.stop()
        for field in (self._key_field, self._passphrase_field, self._repeat_field):
            field.clear()
        super().done(result)
