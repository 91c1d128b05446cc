"""The plan as a document: choose the full plan, the provider version or the consent receipt, see it, print or save.

What leaves the app is logged as such: the preview as looking at the plan (``plan-bekijken``), paper as a print
(``plan-afdrukken-<soort>``), a file as an export. The PDF only ever lives in memory (a QBuffer feeds QtPdf and the
printer); an export goes to disk through QSaveFile inside the unit of work that logs it, so a failed write leaves
neither a half file nor a log entry for a document that was never saved.

Rendering takes a moment, so it runs on the background runner when there is one, and only while the view is on
screen: the page hands every view each new worksheet, and a concept changes with every autosave.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSaveFile, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.documents import DocumentKind, export_document, preview_document
from regie_desktop.app.plan_werkblad import PlanWerkblad, VersieInfo, record_print
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import PlanContent, PlanStatus
from regie_desktop.errors import RegieError
from ui.background import (
    BackgroundRunner,
    BusyIndicator,
    Task,
    run_or_now,
    unexpected_error_message,
)
from ui.dialogs import DialogSeam
from ui.formatting import dutch_local_date
from ui.style import ERROR_STYLE

T = TypeVar("T")

KINDS: tuple[DocumentKind, ...] = ("volledig", "aanbieder", "ontvangstbewijs")
NEEDS_SIGNATURE: frozenset[DocumentKind] = frozenset({"aanbieder", "ontvangstbewijs"})
GELDIG = "geldig"
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class SaveFailed(RegieError):
    """The PDF could not be written where the worker chose; raised inside the unit of work, so its log entry goes."""


def suggested_file_name(kind: DocumentKind, version: int, concept: bool) -> str:
    """A file name that says what the document is and never who it is about (it shows in folders and mail)."""
    if kind == "ontvangstbewijs":
        return f"ontvangstbewijs-plan-versie-{version}.pdf"
    suffix = "-aanbieder" if kind == "aanbieder" else "-concept" if concept else ""
    return f"plan-versie-{version}{suffix}.pdf"


def write_with_save_file(path: Path, data: bytes, message: str) -> None:
    """Write ``data`` to ``path`` in one step (QSaveFile: a temporary file beside it, renamed on commit).

    On any failure nothing is left at ``path`` (an existing file stays as it was) and ``SaveFailed(message)`` is
    raised; Qt's own error text is not shown, it may name the folder.
    """
    target = QSaveFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise SaveFailed(message)
    if target.write(QByteArray(data)) != len(data):
        target.cancelWriting()
        target.commit()  # after cancelWriting this only removes the temporary file
        raise SaveFailed(message)
    if not target.commit():
        raise SaveFailed(message)


class PlanDocumentView(QWidget):
    """The document tab of the plan page: which document, which version, the preview, print and save.

    ``runner`` renders off the GUI thread; without one (tests, a plain widget) everything runs at once.
    """

    sig_error = Signal(str)
    """Printing or saving failed; the text is a Dutch message for a dialog."""

    def __init__(
        self,
        service: WorkspaceService,
        dialogs: DialogSeam,
        parent: QWidget | None = None,
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_document")
        self._service = service
        self._dialogs = dialogs
        self._runner = runner
        self._werkblad: PlanWerkblad | None = None
        self._data: bytes | None = None
        self._shown_key: tuple[str, DocumentKind, PlanContent | None] | None = None
        self._shown_kind: DocumentKind | None = None
        self._shown_version: VersieInfo | None = None
        self._generation = 0
        self._render_task: Task[bytes] | None = None
        self._export_task: Task[Path] | None = None

        self._kind = QComboBox()
        self._kind.setObjectName("document_kind")
        self._kind.setAccessibleName(self.tr("Soort document"))
        self._kind_model = QStandardItemModel(self._kind)
        for kind, label in zip(KINDS, self._kind_labels(), strict=True):
            item = QStandardItem(label)
            item.setData(kind, Qt.ItemDataRole.UserRole)
            self._kind_model.appendRow(item)
        self._kind.setModel(self._kind_model)
        kind_label = QLabel(self.tr("Do&cument:"))  # the tabs above already use Alt+O, V, D, T and U
        kind_label.setBuddy(self._kind)

        self._version = QComboBox()
        self._version.setObjectName("document_version")
        self._version.setAccessibleName(self.tr("Versie van het plan"))
        for combo in (self._kind, self._version):  # never cut off "Versie 12: ondertekend 01-01-2027"
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        version_label = QLabel(self.tr("Ve&rsie:"))
        version_label.setBuddy(self._version)

        self._print = QPushButton(self.tr("&Afdrukken…"))
        self._print.setObjectName("print_button")
        self._print.setAccessibleName(self.tr("Afdrukken"))
        self._print.setShortcut(QKeySequence.StandardKey.Print)
        self._print.setToolTip(self.tr("Het getoonde document afdrukken (Ctrl+P)"))
        self._print.clicked.connect(self.print_document)
        self._export = QPushButton(self.tr("Opslaan als &PDF…"))
        self._export.setObjectName("export_button")
        self._export.setAccessibleName(self.tr("Opslaan als PDF"))
        self._export.setShortcut(QKeySequence.StandardKey.Save)
        self._export.setToolTip(self.tr("Het getoonde document als PDF-bestand opslaan (Ctrl+S)"))
        self._export.clicked.connect(self.export_document)

        choose = QHBoxLayout()
        choose.addWidget(kind_label)
        choose.addWidget(self._kind)
        choose.addSpacing(16)
        choose.addWidget(version_label)
        choose.addWidget(self._version)
        choose.addStretch(1)
        choose.addWidget(self._print)
        choose.addWidget(self._export)

        self._reason = QLabel()
        self._reason.setObjectName("document_reason")
        self._reason.setAccessibleName(self.tr("Waarom niet elk document kan"))
        self._reason.setWordWrap(True)
        self._reason.setVisible(False)
        self._status = QLabel()
        self._status.setObjectName("document_status")
        self._status.setAccessibleName(self.tr("Laatste afdruk of opslag"))
        self._status.setVisible(False)
        self._busy = BusyIndicator("document_busy")

        self._zoom_out = QPushButton(self.tr("−"))
        self._zoom_out.setObjectName("zoom_out_button")
        self._zoom_out.setAccessibleName(self.tr("Verkleinen"))
        self._zoom_out.setToolTip(self.tr("Verkleinen (Ctrl+-)"))
        self._zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self._zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self._zoom_in = QPushButton(self.tr("+"))
        self._zoom_in.setObjectName("zoom_in_button")
        self._zoom_in.setAccessibleName(self.tr("Vergroten"))
        self._zoom_in.setToolTip(self.tr("Vergroten (Ctrl++)"))
        self._zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self._zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self._zoom_fit = QPushButton(self.tr("Paginabreedte"))
        self._zoom_fit.setObjectName("zoom_fit_button")
        self._zoom_fit.setAccessibleName(self.tr("Passend op de breedte"))
        self._zoom_fit.setToolTip(self.tr("De pagina passend op de breedte tonen (Ctrl+0)"))
        self._zoom_fit.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
        self._zoom_fit.clicked.connect(self._fit_width)
        for button in (self._zoom_out, self._zoom_in):
            button.setFixedWidth(max(button.sizeHint().height(), 32))

        status_row = QHBoxLayout()
        status_row.addWidget(self._busy)
        status_row.addWidget(self._status)
        status_row.addStretch(1)
        status_row.addWidget(self._zoom_out)
        status_row.addWidget(self._zoom_in)
        status_row.addWidget(self._zoom_fit)

        self._buffer = QBuffer(self)
        self._document = QPdfDocument(self)
        self._preview = QPdfView()
        self._preview.setObjectName("document_preview")
        self._preview.setAccessibleName(self.tr("Voorbeeld van het document"))
        self._preview.setDocument(self._document)
        self._preview.setPageMode(QPdfView.PageMode.MultiPage)
        self._preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._preview.setPageSpacing(12)
        self._preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Up/Down scroll the pages
        self._message = QLabel()
        self._message.setObjectName("document_message")
        self._message.setAccessibleName(self.tr("Melding bij het document"))
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._stack = QStackedWidget()
        self._stack.setObjectName("document_stack")
        self._stack.addWidget(self._preview)
        self._stack.addWidget(self._message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(choose)
        layout.addWidget(self._reason)
        layout.addLayout(status_row)
        layout.addWidget(self._stack, 1)
        QWidget.setTabOrder(self._kind, self._version)
        QWidget.setTabOrder(self._version, self._print)
        QWidget.setTabOrder(self._print, self._export)
        QWidget.setTabOrder(self._export, self._zoom_out)
        QWidget.setTabOrder(self._zoom_out, self._zoom_in)
        QWidget.setTabOrder(self._zoom_in, self._zoom_fit)
        QWidget.setTabOrder(self._zoom_fit, self._preview)

        self._kind.currentIndexChanged.connect(self._choice_changed)
        self._version.currentIndexChanged.connect(self._choice_changed)
        self._show_message(self.tr("Er is nog geen plan om te tonen."))

    # --- the contract with the plan page ------------------------------------------------------------------------

    def show_werkblad(self, werkblad: PlanWerkblad) -> None:
        """Offer the versions of this worksheet; the chosen version stays chosen when it still exists."""
        if self._werkblad is not None and self._werkblad.casus_id != werkblad.casus_id:
            self.clear()
        self._werkblad = werkblad
        previous = self._version.currentData()
        self._version.blockSignals(True)
        self._version.clear()
        signed = [v for v in werkblad.versies if v.status is PlanStatus.ONDERTEKEND]
        concept = [v for v in werkblad.versies if v.status is PlanStatus.CONCEPT]
        for info in [*reversed(signed), *reversed(concept)]:
            self._version.addItem(self._version_text(info), info.id)
        index = self._version.findData(previous) if previous is not None else -1
        self._version.setCurrentIndex(index if index >= 0 else 0 if self._version.count() else -1)
        self._version.blockSignals(False)
        self._choice_changed()

    def clear(self) -> None:
        """Forget the casus: no versions, no preview, no bytes (locking, leaving the plan)."""
        for task in (self._render_task, self._export_task):
            if task is not None:
                task.cancel()
        self._render_task = self._export_task = None
        self._generation += 1
        self._busy.stop()
        self._werkblad = None
        self._unload()
        self._shown_key = None
        self._version.blockSignals(True)
        self._version.clear()
        self._version.blockSignals(False)
        self._kind.blockSignals(True)
        self._kind.setCurrentIndex(0)
        self._kind.blockSignals(False)
        self._status.clear()
        self._status.setVisible(False)
        self._reason.clear()
        self._reason.setVisible(False)
        self._show_message(self.tr("Er is nog geen plan om te tonen."))

    # --- state for the page and the tests -----------------------------------------------------------------------

    @property
    def document(self) -> QPdfDocument:
        """The previewed PDF (empty after ``clear``)."""
        return self._document

    @property
    def busy(self) -> bool:
        """True while a document is being made or saved in the background."""
        return self._render_task is not None or self._export_task is not None

    @property
    def current_kind(self) -> DocumentKind:
        kind = self._kind.currentData()
        return kind if kind in KINDS else "volledig"

    def set_kind(self, kind: DocumentKind) -> None:
        """Choose a document as the combo box would (ignored while that document cannot exist)."""
        index = self._kind.findData(kind)
        if index >= 0 and self._kind_model.item(index).isEnabled():
            self._kind.setCurrentIndex(index)

    def kind_enabled(self, kind: DocumentKind) -> bool:
        index = self._kind.findData(kind)
        return index >= 0 and self._kind_model.item(index).isEnabled()

    # --- choosing and rendering ---------------------------------------------------------------------------------

    def _kind_labels(self) -> tuple[str, str, str]:
        return (self.tr("Volledig plan"), self.tr("Versie voor de aanbieder"), self.tr("Ontvangstbewijs toestemming"))

    def _version_text(self, info: VersieInfo) -> str:
        if info.status is PlanStatus.CONCEPT:
            return self.tr("Versie {n}: concept").format(n=info.version)
        day = dutch_local_date(info.signed_at) if info.signed_at is not None else ""
        if info.verificatie == GELDIG:
            return self.tr("Versie {n}: ondertekend {datum}").format(n=info.version, datum=day)
        return self.tr("Versie {n}: ondertekend {datum}, ⚠ gewijzigd na ondertekening").format(
            n=info.version, datum=day
        )

    def _selected_version(self) -> VersieInfo | None:
        if self._werkblad is None:
            return None
        chosen = self._version.currentData()
        return next((v for v in self._werkblad.versies if v.id == chosen), None)

    def _choice_changed(self, _index: int = -1) -> None:
        """Enable what the chosen version allows, say why the rest is not there, and show the document."""
        version = self._selected_version()
        concept = version is None or version.status is PlanStatus.CONCEPT
        for row, kind in enumerate(KINDS):
            item = self._kind_model.item(row)
            allowed = kind not in NEEDS_SIGNATURE or not concept
            item.setEnabled(allowed)
            item.setToolTip("" if allowed else self.tr("Kan pas na ondertekening"))
        if not self.kind_enabled(self.current_kind):
            self._kind.blockSignals(True)
            self._kind.setCurrentIndex(0)
            self._kind.blockSignals(False)
        self._status.clear()  # "Opgeslagen als …" was about the previous choice
        self._status.setVisible(False)
        reasons = []
        if version is not None and concept:
            reasons.append(
                self.tr(
                    "Versie {n} is een concept. De versie voor de aanbieder en het ontvangstbewijs bestaan pas als "
                    "het plan is ondertekend."
                ).format(n=version.version)
            )
        elif version is not None and version.verificatie != GELDIG:
            reasons.append(
                self.tr(
                    "Let op: versie {n} is gewijzigd na ondertekening. De handtekeningen horen niet bij deze tekst."
                ).format(n=version.version)
            )
        self._reason.setText(" ".join(reasons))
        self._reason.setStyleSheet(ERROR_STYLE if version is not None and not concept else "")
        self._reason.setVisible(bool(reasons))
        self._kind.setEnabled(version is not None)
        self._version.setEnabled(version is not None)
        if version is None:
            self._unload()
            self._shown_key = None
            self._show_message(self.tr("Er is nog geen plan om te tonen. Stel eerst een plan op bij Opstellen."))
            return
        self._render_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        """Render what was handed in while hidden; deferred, because entering the tab hands a fresher worksheet
        right after this event, and one document (and one log entry) is enough."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._render_if_shown)

    def _wanted_key(self) -> tuple[str, DocumentKind, PlanContent | None] | None:
        version = self._selected_version()
        if version is None or self._werkblad is None:
            return None
        # A signed version never changes; the concept does with every autosave, so its content is in the key.
        concept = self._werkblad.plan if version.id == self._werkblad.versie_id and self._werkblad.editable else None
        return (version.id, self.current_kind, concept)

    def _render_if_shown(self) -> None:
        key = self._wanted_key()
        if key is None or not self.isVisible() or key == self._shown_key:
            return
        self._render(key)

    def _render(self, key: tuple[str, DocumentKind, PlanContent | None]) -> None:
        version = self._selected_version()
        if self._werkblad is None or version is None:
            return
        if self._render_task is not None:
            self._render_task.cancel()
        self._generation += 1
        generation = self._generation
        self._shown_key = key
        casus_id, kind, version_id = self._werkblad.casus_id, key[1], version.id
        service = self._service
        today = service.today()

        def work() -> bytes:
            with service.unit_of_work() as (session, actor):
                return preview_document(session, actor, casus_id, kind, version_id, today)

        def done(data: bytes) -> None:
            if generation != self._generation:
                return
            self._render_task = None
            self._busy.stop()
            self._load(data, kind, version)

        def failed(message: str) -> None:
            if generation != self._generation:
                return
            self._render_task = None
            self._busy.stop()
            self._unload()
            self._show_message(message)

        if self._data is None:  # nothing to keep showing meanwhile: the busy line says what happens
            self._show_message("")
        self._busy.start(self.tr("Document wordt gemaakt…"))
        self._update_buttons()
        self._render_task = self._run(work, done, failed)
        self._update_buttons()

    def _load(self, data: bytes, kind: DocumentKind, version: VersieInfo) -> None:
        self._unload()
        self._data = data
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        self._shown_kind, self._shown_version = kind, version
        if self._document.status() == QPdfDocument.Status.Error:
            self._unload()
            self._show_message(unexpected_error_message())
            return
        self._stack.setCurrentWidget(self._preview)
        self._fit_width()
        self._update_buttons()

    def _unload(self) -> None:
        """Drop the PDF from the view, the buffer and this object."""
        self._document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._data = None
        self._shown_kind = self._shown_version = None
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._data is not None and self._render_task is None
        self._print.setEnabled(ready)
        self._export.setEnabled(ready and self._export_task is None)
        for button in (self._zoom_out, self._zoom_in, self._zoom_fit):
            button.setEnabled(ready)

    def _zoom(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self._preview.setZoomMode(QPdfView.ZoomMode.Custom)
        self._preview.setZoomFactor(min(high, max(low, self._preview.zoomFactor() * factor)))

    def _fit_width(self) -> None:
        self._preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- print and save -----------------------------------------------------------------------------------------

    def _title(self, kind: DocumentKind, version: VersieInfo) -> str:
        """The print job's name in the printer queue: no personal data."""
        if kind == "ontvangstbewijs":
            return self.tr("Ontvangstbewijs plan versie {n}").format(n=version.version)
        if kind == "aanbieder":
            return self.tr("Plan versie {n} voor de aanbieder").format(n=version.version)
        return self.tr("Plan versie {n}").format(n=version.version)

    def print_document(self) -> None:
        """Print what the preview shows (the system dialog through the seam), then log it as a print."""
        data, kind, version, werkblad = self._data, self._shown_kind, self._shown_version, self._werkblad
        if data is None or kind is None or version is None or werkblad is None:
            return
        if not self._dialogs.print_pdf(self, self._title(kind, version), data):
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                record_print(session, actor, werkblad.casus_id, kind)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._show_status(self.tr("Afgedrukt: {titel}.").format(titel=self._title(kind, version)))

    def export_document(self) -> None:
        """Ask where to save, then make the PDF again as a logged export and write it in one step."""
        kind, version, werkblad = self._shown_kind, self._shown_version, self._werkblad
        if self._data is None or kind is None or version is None or werkblad is None or self._export_task:
            return
        name = suggested_file_name(kind, version.version, version.status is PlanStatus.CONCEPT)
        path = self._dialogs.save_file_name(self, self.tr("Opslaan als PDF"), name, self.tr("PDF-document (*.pdf)"))
        if path is None:
            return
        casus_id, version_id, service, today = werkblad.casus_id, version.id, self._service, self._service.today()
        message = self.tr(
            "Het bestand kon niet worden opgeslagen. Controleer of de map bestaat en of u daar mag schrijven, en "
            "probeer het opnieuw in een andere map. Er is niets opgeslagen."
        )
        generation = self._generation

        def work() -> Path:
            with service.unit_of_work() as (session, actor):
                data = export_document(session, actor, casus_id, kind, version_id, today)
                write_with_save_file(path, data, message)  # inside: a failed write takes its log entry along
            return path

        def done(saved: Path) -> None:
            self._export_task = None
            self._update_buttons()
            if generation == self._generation:
                self._show_status(self.tr("Opgeslagen als {bestand}.").format(bestand=saved.name))

        def failed(text: str) -> None:
            self._export_task = None
            self._update_buttons()
            self.sig_error.emit(text)

        self._export_task = self._run(work, done, failed)
        self._update_buttons()

    def _show_status(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(True)

    # --- running work -------------------------------------------------------------------------------------------

    def _run(self, work: Callable[[], T], done: Callable[[T], None], failed: Callable[[str], None]) -> Task[T] | None:
        return run_or_now(self._runner, work, done, failed, self)
