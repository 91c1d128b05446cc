"""The "Inzage…" dialog of one person: choose PDF or JSON (and whether own children are included), then save.

The file is made by the core (``regie_desktop.app.inzage``) in memory and written through the dialog seam with
QSaveFile inside the unit of work that logs the export: a write that fails leaves no file and no log entry.
The suggested file name never names the person (it shows in folders and mail).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.inzage import export_inzage
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.dialogs import DialogSeam
from ui.plan.document_view import write_with_save_file


class InzageDialog(QDialog):
    """Modal; ``sig_saved`` carries the format after a successful save."""

    sig_saved = Signal(str)
    """The inzage was written (the format: "pdf" or "json")."""

    def __init__(
        self,
        service: WorkspaceService,
        dialogs: DialogSeam,
        persoon_id: str,
        naam: str,
        heeft_kinderen: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inzage_dialog")
        self.setWindowTitle(self.tr("Inzage"))
        self.setMinimumWidth(480)
        self._service = service
        self._dialogs = dialogs
        self._persoon_id = persoon_id
        intro = QLabel(
            self.tr(
                "Een overzicht van alles wat over {naam} is vastgelegd, om mee te geven of op te sturen. "
                "Gegevens van andere leden van het huishouden staan er niet in."
            ).format(naam=naam)
        )
        intro.setObjectName("inzage_intro")
        intro.setWordWrap(True)
        box = QGroupBox(self.tr("Vorm"))
        self.pdf_radio = QRadioButton(self.tr("&PDF, om te lezen of af te drukken"))
        self.pdf_radio.setObjectName("inzage_pdf_radio")
        self.pdf_radio.setAccessibleName(self.tr("PDF"))
        self.pdf_radio.setChecked(True)
        self.json_radio = QRadioButton(self.tr("&JSON, voor een ander programma"))
        self.json_radio.setObjectName("inzage_json_radio")
        self.json_radio.setAccessibleName(self.tr("JSON"))
        group = QButtonGroup(self)
        group.addButton(self.pdf_radio)
        group.addButton(self.json_radio)
        form = QVBoxLayout(box)
        form.addWidget(self.pdf_radio)
        form.addWidget(self.json_radio)
        self.children_check = QCheckBox(self.tr("Gegevens van eigen &kinderen opnemen"))
        self.children_check.setObjectName("inzage_children_check")
        self.children_check.setAccessibleName(self.tr("Gegevens van eigen kinderen opnemen"))
        self.children_check.setEnabled(heeft_kinderen)
        note = QLabel(
            self.tr(
                "Alleen als de ouder het gezag heeft en het kind jonger is dan 16 jaar (AVG artikel 8, "
                "UAVG artikel 5). Regie weet niet wie het gezag heeft: u beslist."
            )
        )
        note.setObjectName("inzage_children_note")
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Opslaan…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("inzage_save_button")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("inzage_cancel_button")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(self.children_check)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setTabOrder(self.pdf_radio, self.json_radio)
        self.setTabOrder(self.json_radio, self.children_check)
        self.setTabOrder(self.children_check, self.save_button)

    @property
    def formaat(self) -> str:
        return "json" if self.json_radio.isChecked() else "pdf"

    def save(self) -> bool:
        """Ask where, make the file and write it; the dialog closes on success. False when cancelled or failed."""
        formaat = self.formaat
        if formaat == "json":
            path = self._dialogs.save_file_name(
                self, self.tr("Inzage opslaan"), "inzage.json", self.tr("JSON-bestand (*.json)")
            )
        else:
            path = self._dialogs.save_file_name(
                self, self.tr("Inzage opslaan"), "inzage.pdf", self.tr("PDF-document (*.pdf)")
            )
        if path is None:
            return False
        try:
            with self._service.unit_of_work() as (session, actor):
                data = export_inzage(session, actor, self._persoon_id, formaat, self.children_check.isChecked())
                write_with_save_file(path, data, self.tr("De inzage kon niet worden opgeslagen. Kies een andere map."))
        except RegieError as exc:
            self._dialogs.critical(self, self.tr("Inzage"), exc.message)
            return False
        self.sig_saved.emit(formaat)
        self.accept()
        return True
