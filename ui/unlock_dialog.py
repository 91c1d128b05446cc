"""Asking for the passphrase, with the wait after repeated mistakes shown as a countdown.

The key derivation takes about half a second; it runs on the background runner so the window keeps
painting, while the inputs are disabled and "Bezig met openen…" says what is happening.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError, WrongPassphrase
from ui.background import BackgroundRunner, BusyIndicator, Progress, Task
from ui.dialogs import DialogSeam
from ui.style import error_label, heading_font, show_message
from ui.throttle_countdown import ThrottleCountdown

if TYPE_CHECKING:
    from ui.recover_dialog import RecoverDialog


class UnlockDialog(QDialog):
    """Unlocks the workspace with ``service.unlock``; accepted once the workspace is open.

    "Wachtwoord vergeten?" opens the recovery dialog; a successful recovery also unlocks, so this dialog
    then accepts too. ``runner`` is the application's background runner (the controller passes it); without
    one the dialog makes its own.
    """

    def __init__(
        self,
        service: WorkspaceService,
        dialogs: DialogSeam,
        parent: QWidget | None = None,
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._runner = runner if runner is not None else BackgroundRunner(self)
        self._attempt: Task[str | None] | None = None
        self._recover_dialog: RecoverDialog | None = None
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Regie — ontgrendelen"))
        self.resize(440, 210)

        heading = QLabel(self.tr("Regie is vergrendeld"))
        heading.setFont(heading_font(self.font(), 1.25))
        intro = QLabel(self.tr("Vul uw wachtwoord in om de werkruimte te openen."))
        intro.setWordWrap(True)

        self._passphrase_field = QLineEdit()
        self._passphrase_field.setObjectName("passphrase_field")
        self._passphrase_field.setAccessibleName(self.tr("Wachtwoord"))
        self._passphrase_field.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(self.tr("&Wachtwoord:"))
        label.setBuddy(self._passphrase_field)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(label, self._passphrase_field)

        self._error_label = error_label("error_label", self.tr("Foutmelding"))
        self._wait_label = QLabel()
        self._wait_label.setObjectName("wait_label")
        self._wait_label.setAccessibleName(self.tr("Wachttijd"))
        self._wait_label.setVisible(False)
        self._busy = BusyIndicator("busy_indicator")

        self._forgot_button = QPushButton(self.tr("Wachtwoord vergeten?"))
        self._forgot_button.setObjectName("forgot_button")
        self._forgot_button.setAccessibleName(self.tr("Wachtwoord vergeten?"))
        self._forgot_button.setAutoDefault(False)
        self._forgot_button.clicked.connect(self._open_recovery)
        forgot_row = QHBoxLayout()
        forgot_row.addWidget(self._forgot_button)
        forgot_row.addStretch(1)

        buttons = QDialogButtonBox()
        self._unlock_button = QPushButton(self.tr("Ontgrendelen"))
        self._unlock_button.setObjectName("unlock_button")
        self._unlock_button.setAccessibleName(self.tr("Ontgrendelen"))
        self._unlock_button.setDefault(True)
        quit_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(self.tr("Afsluiten"))
        quit_button.setObjectName("quit_button")
        quit_button.setAutoDefault(False)
        buttons.addButton(self._unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._unlock_button.clicked.connect(self._unlock)
        quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._error_label)
        layout.addWidget(self._wait_label)
        layout.addWidget(self._busy)
        layout.addStretch(1)
        layout.addLayout(forgot_row)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self._passphrase_field, self._unlock_button)
        QWidget.setTabOrder(self._unlock_button, quit_button)
        QWidget.setTabOrder(quit_button, self._forgot_button)

        self._countdown = ThrottleCountdown(service, self)
        self._countdown.sig_changed.connect(self._show_wait)
        self._passphrase_field.textChanged.connect(self._update_button)
        self._passphrase_field.returnPressed.connect(self._unlock)
        self._update_button()
        self._countdown.start_if_needed()
        self._passphrase_field.setFocus()

    @property
    def waiting(self) -> bool:
        """True while earlier mistakes still make the next attempt wait."""
        return self._countdown.active

    @property
    def busy(self) -> bool:
        """True while a passphrase is being tried in the background."""
        return self._attempt is not None

    @property
    def recover_dialog(self) -> RecoverDialog | None:
        return self._recover_dialog

    def _update_button(self) -> None:
        self._unlock_button.setEnabled(bool(self._passphrase_field.text()) and not self.waiting and not self.busy)

    def _unlock(self) -> None:
        """Try the passphrase in the background; the answer comes back in ``_tried`` or ``_failed``."""
        passphrase = self._passphrase_field.text()
        if self.busy or not passphrase or self._countdown.start_if_needed():
            return
        show_message(self._error_label, "")
        try:
            self._service.acquire()  # the instance lock belongs to the GUI thread, not to the worker
        except RegieError as exc:
            show_message(self._error_label, exc.message)
            return
        service = self._service

        def attempt(_progress: Progress) -> str | None:
            try:
                service.unlock(passphrase)
            except WrongPassphrase as exc:
                return exc.message
            return None

        self._attempt = self._runner.run(attempt, self._tried, self._failed)
        self._set_busy(True)

    def _tried(self, wrong: str | None) -> None:
        """Open on success; a mistake clears the field and keeps the focus there for the next try."""
        self._attempt = None
        self._set_busy(False)
        if wrong is not None:
            show_message(self._error_label, wrong)
            self._passphrase_field.clear()
            self._passphrase_field.setFocus()
            self._countdown.start_if_needed()
            self._update_button()
            return
        if not self._service.unlocked:
            self._passphrase_field.setFocus()  # Regie was locked again while the key was being derived
            return
        self._passphrase_field.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        """The workspace could not be opened for another reason: say why, keep what was typed."""
        self._attempt = None
        self._set_busy(False)
        show_message(self._error_label, message)
        self._passphrase_field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        """While the passphrase is tried nothing can be typed or pressed twice; "Afsluiten" still works."""
        self._passphrase_field.setEnabled(not busy)
        self._forgot_button.setEnabled(not busy)
        if busy:
            self._busy.start(self.tr("Bezig met openen…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._busy.stop()
            self.unsetCursor()
        self._update_button()

    def _show_wait(self, text: str) -> None:
        """Show the seconds left; at 0 the button works again."""
        show_message(self._wait_label, text)
        self._update_button()

    def _open_recovery(self) -> None:
        """Open the recovery dialog on top of this one; its success unlocks the workspace."""
        if self._recover_dialog is not None:
            self._recover_dialog.raise_()
            return
        from ui.recover_dialog import RecoverDialog  # with the strength meter (zxcvbn): loaded when asked for

        dialog = RecoverDialog(self._service, self, runner=self._runner)
        dialog.accepted.connect(self._recovered)
        dialog.finished.connect(self._recovery_closed)
        self._recover_dialog = dialog
        dialog.open()

    def _recovery_closed(self) -> None:
        if self._recover_dialog is not None:
            self._recover_dialog.deleteLater()
            self._recover_dialog = None

    def _recovered(self) -> None:
        """The recovery key set a new passphrase and unlocked the workspace."""
        self._dialogs.information(
            self,
            self.tr("Nieuw wachtwoord ingesteld"),
            self.tr("Uw nieuwe wachtwoord is ingesteld. De herstelsleutel blijft geldig; bewaar hem goed."),
        )
        self._passphrase_field.clear()
        self.accept()

    def done(self, result: int) -> None:
        """Stop the countdown, drop an attempt still running and forget whatever was typed."""
        if self._attempt is not None:
            self._attempt.cancel()
            self._attempt = None
        self._countdown.stop()
        self._passphrase_field.clear()
        super().done(result)
