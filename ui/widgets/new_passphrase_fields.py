"""A new passphrase typed twice, with a mismatch message and the live strength meter.

Used by the first start and by the recovery dialog. The rows go into the dialog's own ``QFormLayout`` (via
``add_rows``), so their labels line up with the dialog's other fields.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from ui.style import show_message
from ui.widgets.strength_meter import StrengthMeter


class NewPassphraseFields(QObject):
    """Owns the two password fields, the mismatch label and the meter, and judges them together."""

    sig_changed = Signal()
    """The passphrase, its repetition or the verdict on it changed; re-check whether the form is ready."""

    def __init__(
        self,
        passphrase_name: str,
        repeat_name: str,
        passphrase_accessible_name: str,
        repeat_accessible_name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._personal_words: list[str] = []
        self.passphrase_field = self._password_field(passphrase_name, passphrase_accessible_name)
        self.repeat_field = self._password_field(repeat_name, repeat_accessible_name)
        self.meter = StrengthMeter()
        self.mismatch_label = QLabel()
        self.mismatch_label.setObjectName("mismatch_label")
        self.mismatch_label.setAccessibleName(self.tr("Controle van het herhaalde wachtwoord"))
        self.mismatch_label.setWordWrap(True)
        self.mismatch_label.setVisible(False)
        self.passphrase_field.textChanged.connect(self._assess)
        self.repeat_field.textChanged.connect(self._update_mismatch)

    def _password_field(self, object_name: str, accessible_name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(object_name)
        field.setAccessibleName(accessible_name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def add_rows(self, form: QFormLayout, passphrase_label: str, repeat_label: str) -> None:
        """Append the four rows (passphrase, repeat, mismatch, strength) to ``form``; labels get buddies."""
        for text, field in ((passphrase_label, self.passphrase_field), (repeat_label, self.repeat_field)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.mismatch_label)
        form.addRow(self.tr("Sterkte:"), self.meter)

    # --- state ------------------------------------------------------------------------------------
    def passphrase(self) -> str:
        return self.passphrase_field.text()

    def matches(self) -> bool:
        return self.passphrase_field.text() == self.repeat_field.text()

    def ready(self) -> bool:
        """Both fields agree and the passphrase is strong enough."""
        return self.matches() and self.meter.acceptable

    def set_personal_words(self, words: Sequence[str]) -> None:
        """Words that make a passphrase guessable (the worker's name); re-judges the passphrase."""
        self._personal_words = list(words)
        self._assess()

    def clear(self) -> None:
        """Wipe both fields (the meter and the mismatch message follow)."""
        self.passphrase_field.clear()
        self.repeat_field.clear()

    # --- slots ------------------------------------------------------------------------------------
    def _assess(self) -> None:
        """Re-judge the passphrase and refresh the mismatch message."""
        self.meter.assess(self.passphrase_field.text(), self._personal_words)
        self._update_mismatch()

    def _update_mismatch(self) -> None:
        """Explain a mismatch once something is repeated, then tell the dialog to re-check its buttons."""
        mismatch = bool(self.repeat_field.text()) and not self.matches()
        show_message(self.mismatch_label, self.tr("De twee wachtwoorden zijn niet gelijk.") if mismatch else "")
        self.sig_changed.emit()
