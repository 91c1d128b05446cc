"""The "Corrigeren…" dialog: correct one recorded fact of a person, with the reason (AVG art. 16).

The core (``regie_desktop.app.rectificatie.rectify``) checks the new value with the aanmelding's rules and keeps
the old value with the reason; a refusal is shown in the dialog, and what was typed stays.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.rectificatie import FIELD_LABELS, FIELDS, current_values, rectify
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.style import ERROR_STYLE


class RectifyDialog(QDialog):
    """Modal; ``sig_rectified`` after a stored correction (the household page reloads)."""

    sig_rectified = Signal(str)
    """A fact was corrected (the field name)."""

    def __init__(self, service: WorkspaceService, persoon_id: str, naam: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rectify_dialog")
        self.setWindowTitle(self.tr("Gegevens corrigeren"))
        self._service = service
        self._persoon_id = persoon_id
        with service.unit_of_work() as (session, _):
            self._values = current_values(session, persoon_id)
        intro = QLabel(
            self.tr("Corrigeer een gegeven van {naam}. De oude waarde en de reden blijven bewaard.").format(naam=naam)
        )
        intro.setWordWrap(True)
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("rectify_field_combo")
        self.field_combo.setAccessibleName(self.tr("Gegeven"))
        for name in FIELDS:
            self.field_combo.addItem(self._label(name), name)
        self.current_label = QLabel()
        self.current_label.setObjectName("rectify_current_label")
        self.current_label.setAccessibleName(self.tr("Huidige waarde"))
        self.new_edit = QLineEdit()
        self.new_edit.setObjectName("rectify_new_edit")
        self.new_edit.setAccessibleName(self.tr("Nieuwe waarde"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("rectify_reason_edit")
        self.reason_edit.setAccessibleName(self.tr("Reden van de correctie"))
        self.reason_edit.setPlaceholderText(self.tr("Bijvoorbeeld: naam verkeerd gespeld, gezien op het paspoort"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(70)
        self.error_label = QLabel()
        self.error_label.setObjectName("rectify_error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Gegeven:"), self.field_combo)
        form.addRow(self.tr("Nu vastgelegd:"), self.current_label)
        form.addRow(self.tr("&Nieuwe waarde:"), self.new_edit)
        form.addRow(self.tr("&Reden:"), self.reason_edit)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("rectify_save_button")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("rectify_cancel_button")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.field_combo.currentIndexChanged.connect(self._field_chosen)
        self._field_chosen()

    def _label(self, name: str) -> str:
        labels = {
            "voornamen": self.tr("Voornamen"),
            "tussenvoegsel": self.tr("Tussenvoegsel"),
            "achternaam": self.tr("Achternaam"),
            "geboortedatum": self.tr("Geboortedatum (jjjj-mm-dd)"),
            "bsn": self.tr("BSN"),
            "telefoon": self.tr("Telefoon"),
            "email": self.tr("E-mail"),
            "straat": self.tr("Straat (hele huishouden)"),
            "huisnummer": self.tr("Huisnummer (hele huishouden)"),
            "postcode": self.tr("Postcode (hele huishouden)"),
            "woonplaats": self.tr("Woonplaats (hele huishouden)"),
        }
        return labels.get(name, FIELD_LABELS.get(name, name))

    def _field_chosen(self) -> None:
        name = str(self.field_combo.currentData())
        value = self._values.get(name, "")
        self.current_label.setText(value or self.tr("(leeg)"))
        self.new_edit.setText(value)
        self.new_edit.selectAll()
        self.error_label.hide()

    def choose_field(self, name: str) -> None:
        self.field_combo.setCurrentIndex(self.field_combo.findData(name))

    def save(self) -> bool:
        """Store the correction; a refusal is shown here and the typed text stays."""
        name = str(self.field_combo.currentData())
        try:
            with self._service.unit_of_work() as (session, actor):
                stored = rectify(
                    session,
                    actor,
                    self._persoon_id,
                    name,
                    self.new_edit.text(),
                    self.reason_edit.toPlainText(),
                    self._service.today(),
                )
        except RegieError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        if stored is None:
            self.error_label.setText(self.tr("De nieuwe waarde is gelijk aan de oude; er is niets gecorrigeerd."))
            self.error_label.show()
            return False
        self.sig_rectified.emit(name)
        self.accept()
        return True
