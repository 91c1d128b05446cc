"""The "Bespreekformulier…" dialog: pick and order the casussen for the team meeting, type a question per casus,
see the pseudonymised form, print it or save it as PDF.

The list comes from the core (``regie_desktop.app.bespreekformulier``): what Regie proposes is ticked, the rest
of the open casussen can be ticked too. Every line is pseudonymised (case label, initials, age, phase, reasons);
no name is ever on this screen, so the dialog can stay open on a laptop that is connected to a projector.

Each change is kept as the worker's draft a moment later (and at once on closing or locking), so a crash loses
nothing. The preview is made from memory (a QBuffer feeds QtPdf, never a temporary file). Printing and saving
are logged by the core once per casus on the form; a file is written with QSaveFile inside the unit of work that
logs it, so a failed write leaves neither a half file nor a log entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.bespreekformulier import (
    MAX_VRAAG_LENGTE,
    Bespreeklijst,
    Keuze,
    KeuzeRegel,
    bespreeklijst,
    discard_keuze,
    export_pdf,
    preview_pdf,
    record_print,
    save_keuze,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.background import (
    BackgroundRunner,
    BusyIndicator,
    Task,
    run_or_now,
    unexpected_error_message,
)
from ui.dates import DATE_FORMAT, from_qdate, to_qdate
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date
from ui.plan.document_view import write_with_save_file
from ui.style import ERROR_STYLE

T = TypeVar("T")

CASUS_ROLE = Qt.ItemDataRole.UserRole
VRAAG_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
SETTLE_MS = 500
"""After the last change, wait this long before keeping the draft and remaking the preview (typing stays fluent)."""


def suggested_file_name(datum: dt.date) -> str:
    """Says what the file is and for which meeting, never who is on it."""
    return f"bespreekformulier-{datum.isoformat()}.pdf"


class BespreekDialog(QDialog):
    """Window-modal, not blocking (auto-lock keeps working); ``flush`` keeps pending input as the draft."""

    sig_error = Signal(str)
    """Loading, printing or saving failed; the text is a Dutch message for a dialog."""

    def __init__(
        self,
        service: WorkspaceService,
        dialogs: DialogSeam,
        parent: QWidget | None = None,
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bespreek_dialog")
        self.setWindowTitle(self.tr("Bespreekformulier"))
        self.resize(1100, 720)
        self._service = service
        self._dialogs = dialogs
        self._runner = runner
        self._data: bytes | None = None
        self._shown_keuze: Keuze | None = None
        self._generation = 0
        self._render_task: Task[bytes] | None = None
        self._export_task: Task[Path] | None = None
        self._pending = False

        intro = QLabel(
            self.tr(
                "Regie stelt de casussen voor die het team nodig hebben; vink aan wat u wilt bespreken en zet het "
                "in volgorde (slepen, of Ctrl+↑ en Ctrl+↓). Het formulier is gepseudonimiseerd: casusnummer, "
                "initialen, leeftijd en fase, zonder namen of contactgegevens."
            )
        )
        intro.setObjectName("bespreek_intro")
        intro.setWordWrap(True)

        self._datum = QDateEdit()
        self._datum.setObjectName("bespreek_datum")
        self._datum.setAccessibleName(self.tr("Datum van het overleg"))
        self._datum.setCalendarPopup(True)
        self._datum.setDisplayFormat(DATE_FORMAT)
        datum_label = QLabel(self.tr("&Datum van het overleg:"))
        datum_label.setBuddy(self._datum)
        self._team = QLabel()
        self._team.setObjectName("bespreek_team")
        self._team.setAccessibleName(self.tr("Team"))

        self._list = QListWidget()
        self._list.setObjectName("bespreek_lijst")
        self._list.setAccessibleName(self.tr("Casussen voor het overleg"))
        self._list.setAccessibleDescription(
            self.tr("Spatie vinkt een casus aan of uit; Ctrl+pijl omhoog en omlaag verplaatst hem.")
        )
        self._list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setWordWrap(True)
        self._list.setSpacing(2)
        self._list.setAlternatingRowColors(True)
        list_label = QLabel(self.tr("&Casussen:"))
        list_label.setBuddy(self._list)
        self._count = QLabel()
        self._count.setObjectName("bespreek_aantal")
        self._count.setAccessibleName(self.tr("Aantal gekozen casussen"))

        self._up = QPushButton(self.tr("Om&hoog"))
        self._up.setObjectName("bespreek_omhoog")
        self._up.setAccessibleName(self.tr("Casus omhoog"))
        self._up.setToolTip(self.tr("De gekozen casus eerder bespreken (Ctrl+↑)"))
        self._up.clicked.connect(lambda: self.move_current(-1))
        self._down = QPushButton(self.tr("Om&laag"))
        self._down.setObjectName("bespreek_omlaag")
        self._down.setAccessibleName(self.tr("Casus omlaag"))
        self._down.setToolTip(self.tr("De gekozen casus later bespreken (Ctrl+↓)"))
        self._down.clicked.connect(lambda: self.move_current(1))
        # Actions, not button shortcuts: a button's shortcut clicks after a 100 ms animation, and Ctrl+↑ should
        # move at once, also while the question field has the focus.
        for name, key, step in (
            ("bespreek_omhoog_action", Qt.Key.Key_Up, -1),
            ("bespreek_omlaag_action", Qt.Key.Key_Down, 1),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(Qt.Modifier.CTRL | key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.move_current(s))
            self.addAction(action)
        self._again = QPushButton(self.tr("Opnieuw &voorstellen"))
        self._again.setObjectName("bespreek_opnieuw")
        self._again.setAccessibleName(self.tr("Opnieuw voorstellen"))
        self._again.setToolTip(self.tr("Uw keuze, volgorde en vragen vergeten en het voorstel van Regie tonen"))
        self._again.clicked.connect(self.propose_again)

        self._vraag = QLineEdit()
        self._vraag.setObjectName("bespreek_vraag")
        self._vraag.setAccessibleName(self.tr("Vraag aan het team"))
        self._vraag.setMaxLength(MAX_VRAAG_LENGTE)
        self._vraag.setPlaceholderText(self.tr("Bijvoorbeeld: verlengen of afschalen?"))
        self._vraag_label = QLabel(self.tr("&Vraag aan het team:"))
        self._vraag_label.setObjectName("bespreek_vraag_label")
        self._vraag_label.setBuddy(self._vraag)
        hint = QLabel(
            self.tr(
                "Noem geen namen. Op papier worden namen uit het huishouden en het netwerk vervangen door "
                "initialen, en telefoonnummers, e-mailadressen en postcodes weggelaten."
            )
        )
        hint.setObjectName("bespreek_vraag_hint")
        hint.setWordWrap(True)

        self._print = QPushButton(self.tr("&Afdrukken…"))
        self._print.setObjectName("bespreek_afdrukken")
        self._print.setAccessibleName(self.tr("Afdrukken"))
        self._print.setShortcut(QKeySequence.StandardKey.Print)
        self._print.setToolTip(self.tr("Het bespreekformulier afdrukken (Ctrl+P)"))
        self._print.clicked.connect(self.print_form)
        self._export = QPushButton(self.tr("Opslaan als &PDF…"))
        self._export.setObjectName("bespreek_opslaan")
        self._export.setAccessibleName(self.tr("Opslaan als PDF"))
        self._export.setShortcut(QKeySequence.StandardKey.Save)
        self._export.setToolTip(self.tr("Het bespreekformulier als PDF-bestand opslaan (Ctrl+S)"))
        self._export.clicked.connect(self.export_form)
        self._close = QPushButton(self.tr("Sluiten"))
        self._close.setObjectName("bespreek_sluiten")
        self._close.setAutoDefault(False)
        self._close.clicked.connect(self.reject)
        self._status = QLabel()
        self._status.setObjectName("bespreek_status")
        self._status.setAccessibleName(self.tr("Laatste afdruk of opslag"))
        self._busy = BusyIndicator("bespreek_busy")

        self._buffer = QBuffer(self)
        self._document = QPdfDocument(self)
        self._preview = QPdfView()
        self._preview.setObjectName("bespreek_voorbeeld")
        self._preview.setAccessibleName(self.tr("Voorbeeld van het bespreekformulier"))
        self._preview.setDocument(self._document)
        self._preview.setPageMode(QPdfView.PageMode.MultiPage)
        self._preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        top = QHBoxLayout()
        top.addWidget(datum_label)
        top.addWidget(self._datum)
        top.addSpacing(16)
        top.addWidget(self._team)
        top.addStretch(1)
        move = QHBoxLayout()
        move.addWidget(self._up)
        move.addWidget(self._down)
        move.addStretch(1)
        move.addWidget(self._again)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self._list, 1)
        left_layout.addWidget(self._count)
        left_layout.addLayout(move)
        left_layout.addWidget(self._vraag_label)
        left_layout.addWidget(self._vraag)
        left_layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("bespreek_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        self._message = QLabel()
        self._message.setObjectName("bespreek_melding")
        self._message.setAccessibleName(self.tr("Waarom er geen voorbeeld is"))
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setStyleSheet(ERROR_STYLE)
        self._stack = QStackedWidget()
        self._stack.setObjectName("bespreek_voorbeeld_stapel")
        self._stack.addWidget(self._preview)
        self._stack.addWidget(self._message)
        splitter.addWidget(self._stack)
        splitter.setSizes([460, 640])
        buttons = QHBoxLayout()
        buttons.addWidget(self._busy)
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._print)
        buttons.addWidget(self._export)
        buttons.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self._datum, self._list)
        QWidget.setTabOrder(self._list, self._up)
        QWidget.setTabOrder(self._up, self._down)
        QWidget.setTabOrder(self._down, self._again)
        QWidget.setTabOrder(self._again, self._vraag)
        QWidget.setTabOrder(self._vraag, self._preview)
        QWidget.setTabOrder(self._preview, self._print)
        QWidget.setTabOrder(self._print, self._export)
        QWidget.setTabOrder(self._export, self._close)

        self._settle = QTimer(self)
        self._settle.setObjectName("bespreek_settle_timer")
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

        self._load()
        self._list.itemChanged.connect(self._item_changed)
        self._list.model().rowsMoved.connect(self._rows_moved)
        self._list.currentItemChanged.connect(self._current_changed)
        self._vraag.textEdited.connect(self._vraag_edited)
        self._datum.dateChanged.connect(lambda _day: self._changed())
        self._current_changed(self._list.currentItem(), None)
        QTimer.singleShot(0, self, self._render)  # after the opener has connected sig_error

    # --- state for the window and the tests --------------------------------------------------------------------

    @property
    def document(self) -> QPdfDocument:
        """The previewed PDF."""
        return self._document

    @property
    def busy(self) -> bool:
        """True while the form is being made or saved in the background."""
        return self._render_task is not None or self._export_task is not None

    def keuze(self) -> Keuze:
        """The worker's choice as the widgets hold it: date, order, ticks and questions."""
        regels = []
        for row in range(self._list.count()):
            item = self._list.item(row)
            regels.append(
                KeuzeRegel(
                    str(item.data(CASUS_ROLE)),
                    item.checkState() == Qt.CheckState.Checked,
                    str(item.data(VRAAG_ROLE) or ""),
                )
            )
        return Keuze(from_qdate(self._datum.date()), tuple(regels))

    def update_now(self) -> None:
        """Keep the draft and remake the preview at once, without waiting for the pause (screenshots, tests)."""
        self._pending = True
        self._up_to_date()

    def row_of(self, label: str) -> int:
        """The row of the casus with this case label, -1 when it is not in the list."""
        for row in range(self._list.count()):
            if self._list.item(row).data(LABEL_ROLE) == label:
                return row
        return -1

    # --- loading ---------------------------------------------------------------------------------------------

    def _load(self, fresh: bool = False) -> None:
        """Read the list from the core (the draft over a fresh proposal); ``fresh`` forgets the draft first.

        Raises ``RegieError``: the window that opens the dialog shows it (the dialog is not shown then).
        """
        service = self._service
        with service.unit_of_work() as (session, actor):
            if fresh:
                discard_keuze(session, actor)
            lijst = bespreeklijst(session, actor, service.today())
        self._show_list(lijst)

    def _show_list(self, lijst: Bespreeklijst) -> None:
        self._list.blockSignals(True)
        self._list.clear()
        for regel in lijst.regels:
            v = regel.voorstel
            reason = v.reden_tekst or self.tr("Geen aanleiding van Regie; vink aan om toch te bespreken")
            spoed = self.tr("SPOED · ") if v.spoed else ""
            item = QListWidgetItem(f"{spoed}{v.regel}\n{reason}")
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if regel.gekozen else Qt.CheckState.Unchecked)
            item.setData(CASUS_ROLE, v.casus_id)
            item.setData(VRAAG_ROLE, regel.vraag)
            item.setData(LABEL_ROLE, v.label)
            item.setToolTip(reason)
            self._list.addItem(item)
        self._list.blockSignals(False)
        self._datum.blockSignals(True)
        self._datum.setDate(to_qdate(lijst.datum))
        self._datum.blockSignals(False)
        self._team.setText(self.tr("Team: {team}").format(team=lijst.team) if lijst.team else "")
        if self._list.count():
            self._list.setCurrentRow(0)
        self._update_count()

    def refresh_after_sync(self) -> None:
        """A sync brought the team's changes: keep the worker's choice as the draft, read the list again (a casus
        that came in is proposed, one that went away drops out, reasons are of now) and remake the preview. The
        casus the worker was on stays current, with its question."""
        current = self._list.currentItem()
        keep = current.data(CASUS_ROLE) if current is not None else None
        self.flush()  # every edit marks the choice pending, so this keeps all of them
        try:
            self._load()
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        for row in range(self._list.count()):
            if self._list.item(row).data(CASUS_ROLE) == keep:
                self._list.setCurrentRow(row)
                break
        self._current_changed(self._list.currentItem(), None)
        self._render()

    def propose_again(self) -> None:
        """Forget the draft and show Regie's proposal (asks first: the questions typed are lost)."""
        if not self._dialogs.question(
            self,
            self.tr("Opnieuw voorstellen"),
            self.tr("Uw keuze, de volgorde en de getypte vragen vervallen. Doorgaan?"),
        ):
            return
        self._settle.stop()
        self._pending = False
        try:
            self._load(fresh=True)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._current_changed(self._list.currentItem(), None)
        self._render()

    # --- editing ---------------------------------------------------------------------------------------------

    def move_current(self, step: int) -> None:
        """Move the current casus ``step`` rows up (negative) or down, keeping it current."""
        row = self._list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self._list.count():
            return
        self._list.blockSignals(True)
        item = self._list.takeItem(row)
        self._list.insertItem(target, item)
        self._list.setCurrentRow(target)
        self._list.blockSignals(False)
        self._current_changed(item, None)
        self._changed()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._update_count()
        self._changed()

    def _rows_moved(self, _parent: QModelIndex, _start: int, _end: int, _dest: QModelIndex, _row: int) -> None:
        """A drag and drop moved a casus."""
        self._changed()

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        """Show the question of the current casus; the label says which casus it is for."""
        self._vraag.setEnabled(current is not None)
        self._vraag.setText(str(current.data(VRAAG_ROLE) or "") if current is not None else "")
        label = str(current.data(LABEL_ROLE)) if current is not None else ""
        self._vraag_label.setText(
            self.tr("&Vraag aan het team over {casus}:").format(casus=label)
            if label
            else self.tr("&Vraag aan het team:")
        )
        self._up.setEnabled(current is not None and self._list.row(current) > 0)
        self._down.setEnabled(current is not None and self._list.row(current) < self._list.count() - 1)

    def _vraag_edited(self, text: str) -> None:
        item = self._list.currentItem()
        if item is None:
            return
        item.setData(VRAAG_ROLE, text)
        if item.checkState() != Qt.CheckState.Checked and text.strip():
            item.setCheckState(Qt.CheckState.Checked)  # a question means the worker wants to discuss it
        self._changed()

    def _update_count(self) -> None:
        chosen = sum(
            1 for row in range(self._list.count()) if self._list.item(row).checkState() == Qt.CheckState.Checked
        )
        self._count.setText(self.tr("{n} van {total} casussen gekozen").format(n=chosen, total=self._list.count()))

    def _changed(self) -> None:
        """Something the form shows changed: keep it and remake the preview once the worker pauses."""
        self._pending = True
        self._status.clear()
        self._settle.start()

    def _settled(self) -> None:
        self.flush()
        self._render()

    def flush(self) -> None:
        """Keep the worker's choice as their draft now (before locking or closing)."""
        self._settle.stop()
        if not self._pending:
            return
        self._pending = False
        try:
            with self._service.unit_of_work() as (session, actor):
                save_keuze(session, actor, self.keuze())
        except RegieError as exc:
            self.sig_error.emit(exc.message)

    # --- the preview ------------------------------------------------------------------------------------------

    def _render(self, now: bool = False) -> None:
        """Remake the preview: on the runner, or at once when ``now`` (before printing or saving)."""
        if self._render_task is not None:
            self._render_task.cancel()
        self._generation += 1
        generation = self._generation
        keuze, service = self.keuze(), self._service
        today = service.today()

        def work() -> bytes:
            with service.unit_of_work() as (session, _actor):
                return preview_pdf(session, keuze, today)

        def done(data: bytes) -> None:
            if generation != self._generation:
                return
            self._render_task = None
            self._busy.stop()
            self._load_pdf(data, keuze)

        def failed(message: str) -> None:
            if generation != self._generation:
                return
            self._render_task = None
            self._busy.stop()
            self._unload()
            self._show_message(message)  # in place of the preview: it says what to change (e.g. too many ticked)

        self._busy.start(self.tr("Formulier wordt gemaakt…"))
        self._update_buttons()
        self._render_task = self._run(work, done, failed, now)
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def _load_pdf(self, data: bytes, keuze: Keuze) -> None:
        self._unload()
        self._stack.setCurrentWidget(self._preview)
        self._data, self._shown_keuze = data, keuze
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        if self._document.status() == QPdfDocument.Status.Error:
            self._unload()
            self._show_message(unexpected_error_message())
        self._update_buttons()

    def _unload(self) -> None:
        self._document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._data = self._shown_keuze = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._data is not None and self._render_task is None
        self._print.setEnabled(ready)
        self._export.setEnabled(ready and self._export_task is None)

    def _up_to_date(self) -> bool:
        """Make sure the preview shows the widgets' state before it goes on paper (a change may be settling)."""
        if self._pending or self._shown_keuze != self.keuze():
            self.flush()
            self._render(now=True)
        return self._data is not None and self._render_task is None

    # --- print and save --------------------------------------------------------------------------------------

    def _title(self, keuze: Keuze) -> str:
        """The print job's name in the printer queue: no personal data."""
        return self.tr("Bespreekformulier {datum}").format(datum=dutch_date(keuze.datum))

    def print_form(self) -> None:
        """Print what the preview shows (the system dialog through the seam), then log it once per casus."""
        if not self._up_to_date():
            return
        data, keuze = self._data, self._shown_keuze
        if data is None or keuze is None:
            return
        if not self._dialogs.print_pdf(self, self._title(keuze), data):
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                record_print(session, actor, keuze, self._service.today())
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._status.setText(self.tr("Afgedrukt: {titel}.").format(titel=self._title(keuze)))

    def export_form(self) -> None:
        """Ask where to save, then make the form again as a logged export and write it in one step."""
        if self._export_task is not None or not self._up_to_date():
            return
        keuze = self._shown_keuze
        if keuze is None:
            return
        path = self._dialogs.save_file_name(
            self, self.tr("Opslaan als PDF"), suggested_file_name(keuze.datum), self.tr("PDF-document (*.pdf)")
        )
        if path is None:
            return
        service, today = self._service, self._service.today()
        message = self.tr(
            "Het bestand kon niet worden opgeslagen. Controleer of de map bestaat en of u daar mag schrijven, en "
            "probeer het opnieuw in een andere map. Er is niets opgeslagen."
        )

        def work() -> Path:
            with service.unit_of_work() as (session, actor):
                data = export_pdf(session, actor, keuze, today)
                write_with_save_file(path, data, message)  # inside: a failed write takes its log entries along
            return path

        def done(saved: Path) -> None:
            self._export_task = None
            self._update_buttons()
            self._status.setText(self.tr("Opgeslagen als {bestand}.").format(bestand=saved.name))

        def failed(text: str) -> None:
            self._export_task = None
            self._update_buttons()
            self.sig_error.emit(text)

        self._export_task = self._run(work, done, failed)
        self._update_buttons()

    # --- closing ---------------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing (Sluiten, Esc, the window's cross, a lock) keeps what was typed as the draft."""
        self.flush()
        for task in (self._render_task, self._export_task):
            if task is not None:
                task.cancel()
        self._render_task = self._export_task = None
        self._unload()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    # --- running work ----------------------------------------------------------------------------------------

    def _run(
        self, work: Callable[[], T], done: Callable[[T], None], failed: Callable[[str], None], now: bool = False
    ) -> Task[T] | None:
        """On the runner when there is one and ``now`` is not asked (the outcome follows on this thread)."""
        return run_or_now(None if now else self._runner, work, done, failed, self)
