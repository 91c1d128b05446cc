"""The Tijdlijn tab: the twelve regiestappen of a casus with who acts, the deadline, the state and what was noted.

Marking a step done is meant to cost nothing: one click on its state, or select the step and press Enter or
Space (or double-click, or "Gedaan…"); the date is today unless changed, the note is optional, Enter stores it.
A step ahead of an open one is refused by the core with the reason in Dutch; the panel then asks why, and stores
the step with that reason in its note. The moments the deadlines count from (opdracht verstuurd, eerste contact,
start and end of the indicatie) are recorded below the steps; most are filled in by the step that is that moment.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.traject import (
    NOTE_MAX,
    StepOutOfOrder,
    Timeline,
    TimelineStep,
    mark_done,
    refresh_timeline,
    set_event,
    timeline,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.deadlines import Actor, Event, StepState
from regie_desktop.errors import RegieError
from ui.dates import DATE_FORMAT, from_qdate, to_qdate
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date
from ui.plan.inputs import MIN_HEIGHT, DateEdit
from ui.style import ERROR_STYLE, show_message
from ui.traject.traject_tab import TrajectTab

LATE = QColor("#a4000f")
DONE = QColor("#1b5e20")
COLUMNS = 7
COL_NR, COL_NAME, COL_WHO, COL_DUE, COL_STATE, COL_DONE, COL_NOTE = range(COLUMNS)


class TimelineView(TrajectTab):
    """The steps table, the inline "gedaan" panel and the events; one casus at a time (``show_casus``)."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(service, dialogs, parent)
        self.setObjectName("traject_timeline")
        self._timeline: Timeline | None = None
        self._step: int | None = None  # the step the panel is about

        self._summary = QLabel()
        self._summary.setObjectName("traject_summary")
        self._summary.setWordWrap(True)
        self._table = QTableWidget(0, COLUMNS)
        self._table.setObjectName("traject_steps")
        self._table.setAccessibleName(self.tr("Regiestappen"))
        self._table.setHorizontalHeaderLabels(
            [
                self.tr("Stap"),
                self.tr("Regiestap"),
                self.tr("Wie"),
                self.tr("Uiterlijk"),
                self.tr("Stand"),
                self.tr("Gedaan op"),
                self.tr("Notitie"),
            ]
        )
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._table.doubleClicked.connect(lambda _index: self.open_done_panel())
        self._table.clicked.connect(self._clicked)
        self._table.installEventFilter(self)
        self._done_button = QPushButton(self.tr("&Gedaan…"))
        self._done_button.setObjectName("traject_mark_done_button")
        self._done_button.setAccessibleName(self.tr("Gekozen regiestap als gedaan markeren"))
        self._done_button.setMinimumHeight(MIN_HEIGHT)
        self._done_button.clicked.connect(self.open_done_panel)

        # --- the inline panel: date, note and (when needed) the reason to go ahead --------------------------
        self._panel = QGroupBox()
        self._panel.setObjectName("traject_done_panel")
        self._date = DateEdit()
        self._date.setObjectName("traject_done_date")
        self._date.setAccessibleName(self.tr("Gedaan op"))
        self._date.setDisplayFormat(DATE_FORMAT)
        self._date.setCalendarPopup(True)
        self._note = QLineEdit()
        self._note.setObjectName("traject_done_note")
        self._note.setAccessibleName(self.tr("Korte notitie"))
        self._note.setPlaceholderText(self.tr("Korte notitie (mag leeg blijven)"))
        self._note.setMaxLength(NOTE_MAX)
        self._note.setMinimumHeight(MIN_HEIGHT)
        self._note.returnPressed.connect(self.save_done)
        self._reason_label = QLabel(self.tr("&Waarom eerder:"))
        self._reason = QLineEdit()
        self._reason.setObjectName("traject_done_reason")
        self._reason.setAccessibleName(self.tr("Reden om deze stap eerder te doen"))
        self._reason.setMinimumHeight(MIN_HEIGHT)
        self._reason.returnPressed.connect(self.save_done)
        self._reason_label.setBuddy(self._reason)
        self._message = QLabel()
        self._message.setObjectName("traject_done_message")
        self._message.setWordWrap(True)
        self._message.setStyleSheet(ERROR_STYLE)
        self._message.hide()
        save = QPushButton(self.tr("Vas&tleggen"))
        save.setObjectName("traject_done_save")
        save.setMinimumHeight(MIN_HEIGHT)
        save.clicked.connect(self.save_done)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setObjectName("traject_done_cancel")
        cancel.setMinimumHeight(MIN_HEIGHT)
        cancel.clicked.connect(self.close_done_panel)
        form = QFormLayout()
        date_label = QLabel(self.tr("&Datum:"))
        date_label.setBuddy(self._date)
        note_label = QLabel(self.tr("&Notitie:"))
        note_label.setBuddy(self._note)
        form.addRow(date_label, self._date)
        form.addRow(note_label, self._note)
        form.addRow(self._reason_label, self._reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        panel_layout = QVBoxLayout(self._panel)
        panel_layout.addLayout(form)
        panel_layout.addWidget(self._message)
        panel_layout.addLayout(buttons)
        self._panel.hide()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self._panel)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_done_panel)

        # --- the events -------------------------------------------------------------------------------------------
        self._events_label = QLabel()
        self._events_label.setObjectName("traject_events")
        self._events_label.setAccessibleName(self.tr("Momenten waar de termijnen vanaf tellen"))
        self._events_label.setWordWrap(True)
        self._event_kind = QComboBox()
        self._event_kind.setObjectName("traject_event_kind")
        self._event_kind.setAccessibleName(self.tr("Welk moment"))
        self._event_kind.setMinimumHeight(MIN_HEIGHT)
        self._event_date = DateEdit()
        self._event_date.setObjectName("traject_event_date")
        self._event_date.setAccessibleName(self.tr("Datum van het moment"))
        self._event_date.setDisplayFormat(DATE_FORMAT)
        self._event_date.setCalendarPopup(True)
        event_save = QPushButton(self.tr("&Moment vastleggen"))
        event_save.setObjectName("traject_event_save")
        event_save.setMinimumHeight(MIN_HEIGHT)
        event_save.clicked.connect(self.save_event)
        self._event_kind.currentIndexChanged.connect(self._event_kind_changed)
        events_row = QHBoxLayout()
        events_row.addWidget(self._event_kind)
        events_row.addWidget(self._event_date)
        events_row.addWidget(event_save)
        events_row.addStretch(1)
        events_box = QGroupBox(self.tr("Momenten"))
        events_layout = QVBoxLayout(events_box)
        events_layout.addWidget(self._events_label)
        events_layout.addLayout(events_row)

        top = QHBoxLayout()
        top.addWidget(self._summary, 1)
        top.addWidget(self._done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._panel)
        layout.addWidget(events_box)
        self.setTabOrder(self._table, self._done_button)

    # --- the contract -------------------------------------------------------------------------------------------
    @property
    def current(self) -> Timeline | None:
        return self._timeline

    @property
    def table(self) -> QTableWidget:
        return self._table

    def show_casus(self, casus_id: str) -> None:
        """Show the timeline of ``casus_id`` (a logged opening the first time; raises ``RegieError``)."""
        today = self._service.today()
        with self._service.unit_of_work() as (session, actor):
            if self._timeline is not None and self._timeline.casus_id == casus_id:
                result = refresh_timeline(session, casus_id, today)
            else:
                result = timeline(session, actor, casus_id, today)
        keep = self._table.currentRow()
        if self._timeline is None or self._timeline.casus_id != casus_id:
            self.close_done_panel()
            keep = -1
        self._show(result)
        if keep < 0 and result.next_open is not None:
            keep = result.next_open.number - 1
        self._table.selectRow(max(keep, 0))

    def clear(self) -> None:
        """Forget the casus: the table, the panel's input, the events."""
        self._timeline = None
        self._step = None
        self._table.setRowCount(0)
        self._summary.clear()
        self._events_label.clear()
        self._event_kind.clear()
        self._note.clear()
        self._reason.clear()
        self._message.clear()
        self._panel.hide()

    def flush(self) -> None:
        """Nothing waits for an autosave here: a step is stored on "Vastleggen" or not at all."""

    # --- showing -------------------------------------------------------------------------------------------------
    def _show(self, result: Timeline) -> None:
        self._timeline = result
        self._table.setRowCount(len(result.steps))
        for row, step in enumerate(result.steps):
            cells = [
                str(step.number),
                step.name,
                self._actor_text(step.actor),
                dutch_date(step.due) if step.due else self.tr("nog niet bekend") if step.has_term else "–",
                self._state_text(step),
                dutch_date(step.done_on),
                step.note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, step.number)
                if column == COL_NAME and step.toelichting:
                    item.setToolTip(step.toelichting)
                if column == COL_STATE and step.state is StepState.TE_LAAT:
                    item.setForeground(QBrush(LATE))
                elif column == COL_STATE and step.state is StepState.GEDAAN:
                    item.setForeground(QBrush(DONE))
                if column == COL_STATE and step.state is not StepState.GEDAAN:
                    item.setToolTip(self.tr("Klik om deze stap als gedaan te markeren"))
                self._table.setItem(row, column, item)
        overdue = [s for s in result.steps if s.state is StepState.TE_LAAT]
        nxt = result.next_open
        parts = []
        if overdue:
            parts.append(
                self.tr("1 stap te laat.")
                if len(overdue) == 1
                else self.tr("{n} stappen te laat.").format(n=len(overdue))
            )
        if nxt is not None:
            parts.append(
                self.tr("Volgende: stap {nr}, {naam} ({wie}).").format(
                    nr=nxt.number, naam=nxt.name, wie=self._actor_text(nxt.actor)
                )
            )
        else:
            parts.append(self.tr("Alle regiestappen zijn gedaan."))
        self._summary.setText(" ".join(parts))
        lines = [
            self.tr("{moment}: {datum}").format(moment=e.name, datum=dutch_date(e.on) if e.on else self.tr("nog niet"))
            for e in result.events
        ]
        self._events_label.setText(" · ".join(lines))
        current = self._event_kind.currentData()
        self._event_kind.blockSignals(True)
        self._event_kind.clear()
        for e in result.events:
            if e.recordable:
                self._event_kind.addItem(e.name, e.event.value)
        index = self._event_kind.findData(current) if current else 0
        self._event_kind.setCurrentIndex(max(index, 0))
        self._event_kind.blockSignals(False)
        self._event_kind_changed()

    def _actor_text(self, actor: Actor) -> str:
        return {
            Actor.WERKER: self.tr("Sociaal werker"),
            Actor.AANBIEDER: self.tr("Aanbieder"),
            Actor.BACKOFFICE: self.tr("Backoffice"),
            Actor.CLIENT: self.tr("Cliënt"),
        }[actor]

    def _state_text(self, step: TimelineStep) -> str:
        """A word and a sign, never colour alone."""
        return {
            StepState.GEDAAN: self.tr("✓ gedaan"),
            StepState.TE_LAAT: self.tr("⚠ te laat"),
            StepState.DEZE_WEEK: self.tr("● binnen een week"),
            StepState.GEPLAND: self.tr("gepland"),
            StepState.ONBEKEND: self.tr("open"),
        }[step.state]

    # --- marking a step done -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        ):
            self.open_done_panel()
            return True
        return super().eventFilter(watched, event)

    def _clicked(self, index: QModelIndex) -> None:
        """One click on the state of an open step is enough to mark it done."""
        step = self.selected_step()
        if index.column() == COL_STATE and step is not None and step.state is not StepState.GEDAAN:
            self.open_done_panel()

    def selected_step(self) -> TimelineStep | None:
        if self._timeline is None:
            return None
        row = self._table.currentRow()
        return self._timeline.steps[row] if 0 <= row < len(self._timeline.steps) else None

    def select_step(self, number: int) -> None:
        self._table.selectRow(number - 1)

    def open_done_panel(self) -> None:
        """Ask date and note for the selected step (a step already done says so instead)."""
        step = self.selected_step()
        if step is None:
            return
        if step.state is StepState.GEDAAN:
            self.sig_error.emit(
                self.tr("Stap {nr} is al gedaan op {datum}.").format(nr=step.number, datum=dutch_date(step.done_on))
            )
            return
        if self._step != step.number:
            self._note.clear()
            self._reason.clear()
        self._step = step.number
        self._panel.setTitle(self.tr("Stap {nr} gedaan: {naam}").format(nr=step.number, naam=step.name))
        self._date.setDate(to_qdate(self._service.today()))
        self._date.setMaximumDate(to_qdate(self._service.today()))
        self._message.hide()
        self._reason_label.hide()
        self._reason.hide()
        self._panel.show()
        self._note.setFocus()

    def close_done_panel(self) -> None:
        self._panel.hide()
        self._step = None
        if self._timeline is not None:
            self._table.setFocus()

    def save_done(self) -> None:
        """Store the step; when the core refuses it for an open step before it, ask for the reason (input stays)."""
        if self._timeline is None or self._step is None:
            return
        reason = self._reason.text() if self._reason.isVisible() else ""
        number = self._step
        try:
            with self._service.unit_of_work() as (session, actor):
                mark_done(
                    session,
                    actor,
                    self._timeline.casus_id,
                    number,
                    from_qdate(self._date.date()),
                    self._note.text(),
                    self._service.today(),
                    reden=reason,
                )
        except StepOutOfOrder as exc:
            show_message(self._message, exc.message)
            self._message.show()
            self._reason_label.show()
            self._reason.show()
            self._reason.setFocus()
            return
        except RegieError as exc:
            show_message(self._message, exc.message)
            self._message.show()
            return
        self._note.clear()
        self._reason.clear()
        self._panel.hide()
        self._step = None
        self._reload(select=number)
        self.sig_changed.emit()

    # --- events ---------------------------------------------------------------------------------------------------
    def _event_kind_changed(self) -> None:
        """A known date is shown for correcting; otherwise today. Only the end of the indicatie may lie ahead."""
        if self._timeline is None or self._event_kind.currentData() is None:
            return
        event = Event(self._event_kind.currentData())
        known = next((e.on for e in self._timeline.events if e.event is event), None)
        today = self._service.today()
        self._event_date.setMaximumDate(QDate(9999, 12, 31) if event is Event.INDICATIE_EINDE else to_qdate(today))
        self._event_date.setDate(to_qdate(known or today))

    def save_event(self) -> None:
        if self._timeline is None or self._event_kind.currentData() is None:
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                set_event(
                    session,
                    actor,
                    self._timeline.casus_id,
                    Event(self._event_kind.currentData()),
                    from_qdate(self._event_date.date()),
                    self._service.today(),
                )
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._reload()
        self.sig_changed.emit()

    def _reload(self, select: int | None = None) -> None:
        if self._timeline is None:
            return
        try:
            self.show_casus(self._timeline.casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        if select is not None:
            self.select_step(select)
        self._table.setFocus()
