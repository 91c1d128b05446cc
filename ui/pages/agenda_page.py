"""The Agenda: a week of appointments and the deadlines of every open casus, and new appointments.

One column per day. An appointment reads "09:30 Huisbezoek — name (casus 3F2A)"; a deadline "Uiterlijk:
Regiestap 6 …". Enter or a double-click on a line opens the household. Previous and next week (PageUp /
PageDown) and "Vandaag" move the week. "Exporteren als .ics…" writes the shown week and the three after it for
the worker's own calendar program: without names in the titles unless "Namen in de titel" is ticked.
The week is read when the page is shown (a logged read), not at every unlock.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.agenda import (
    AfspraakInvoer,
    AfspraakSoort,
    AgendaWeek,
    add_afspraak,
    agenda_week,
    cancel_afspraak,
    export_ics,
    monday_of,
)
from regie_desktop.app.caseload import caseload
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date
from ui.plan.inputs import MIN_HEIGHT, DateEdit
from ui.style import ERROR_STYLE, heading_font, show_message

CASUS_ROLE = Qt.ItemDataRole.UserRole
HUISHOUDEN_ROLE = Qt.ItemDataRole.UserRole + 1
AFSPRAAK_ROLE = Qt.ItemDataRole.UserRole + 2
EXPORT_WEEKS = 4


class AgendaPage(QWidget):
    """The week view; ``sig_open_casus`` when the worker opens a line."""

    sig_open_casus = Signal(str, str)
    """(casus id, huishouden id) of the appointment or deadline the worker opened."""

    sig_error = Signal(str)
    """Reading or storing failed; the text is a Dutch message for a dialog."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_page")
        self._service = service
        self._dialogs = dialogs
        self._monday: dt.date | None = None
        self._week: AgendaWeek | None = None

        title = QLabel(self.tr("Agenda"))
        title.setFont(heading_font(self.font(), 1.5))
        self._week_label = QLabel()
        self._week_label.setObjectName("agenda_week_label")
        self._week_label.setAccessibleName(self.tr("Getoonde week"))
        previous = QPushButton(self.tr("← Vorige week"))
        previous.setObjectName("agenda_previous")
        previous.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        previous.setToolTip(self.tr("Vorige week (PageUp)"))
        previous.clicked.connect(lambda: self.move_week(-1))
        today = QPushButton(self.tr("&Vandaag"))
        today.setObjectName("agenda_today")
        today.clicked.connect(self.go_today)
        following = QPushButton(self.tr("Volgende week →"))
        following.setObjectName("agenda_next")
        following.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        following.setToolTip(self.tr("Volgende week (PageDown)"))
        following.clicked.connect(lambda: self.move_week(1))
        for button in (previous, today, following):
            button.setMinimumHeight(MIN_HEIGHT)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self._week_label, 1)
        top.addWidget(previous)
        top.addWidget(today)
        top.addWidget(following)

        grid = QGridLayout()
        self._day_labels: list[QLabel] = []
        self._days: list[QListWidget] = []
        for column in range(7):
            label = QLabel()
            label.setObjectName(f"agenda_day_label_{column}")
            label.setMinimumWidth(60)
            label.setWordWrap(True)
            day = QListWidget()
            day.setObjectName(f"agenda_day_{column}")
            day.setWordWrap(True)
            day.itemActivated.connect(self._open)
            day.currentItemChanged.connect(self._selected)
            label.setBuddy(day)
            grid.addWidget(label, 0, column)
            grid.addWidget(day, 1, column)
            grid.setColumnStretch(column, 3 if column < 5 else 2)  # weekends narrower, all in step
            grid.setColumnMinimumWidth(column, 60)
            day.setMinimumWidth(60)
            day.setSpacing(2)
            day.setAlternatingRowColors(True)
            day.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._day_labels.append(label)
            self._days.append(day)

        # --- a new appointment -------------------------------------------------------------------------------------
        form_box = QGroupBox(self.tr("Nieuwe afspraak"))
        form_box.setObjectName("agenda_new_box")
        self._casus = QComboBox()
        self._casus.setObjectName("agenda_casus")
        self._casus.setAccessibleName(self.tr("Casus van de afspraak"))
        self._casus.setMinimumHeight(MIN_HEIGHT)
        self._date = DateEdit()
        self._date.setObjectName("agenda_date")
        self._date.setAccessibleName(self.tr("Datum van de afspraak"))
        self._date.setDisplayFormat("dd-MM-yyyy")
        self._date.setCalendarPopup(True)
        self._time = QTimeEdit()
        self._time.setObjectName("agenda_time")
        self._time.setAccessibleName(self.tr("Tijd van de afspraak"))
        self._time.setDisplayFormat("HH:mm")
        self._time.setTime(QTime(9, 30))
        self._time.setMinimumHeight(MIN_HEIGHT)
        self._soort = QComboBox()
        self._soort.setObjectName("agenda_soort")
        self._soort.setAccessibleName(self.tr("Soort afspraak"))
        self._soort.setMinimumHeight(MIN_HEIGHT)
        for soort in AfspraakSoort:
            self._soort.addItem(self._soort_text(soort), soort.value)
        self._plaats = QLineEdit()
        self._plaats.setObjectName("agenda_plaats")
        self._plaats.setAccessibleName(self.tr("Plaats van de afspraak"))
        self._plaats.setPlaceholderText(self.tr("Plaats, bijv. bij de cliënt thuis of het wijkcentrum"))
        self._plaats.setMinimumHeight(MIN_HEIGHT)
        add = QPushButton(self.tr("Afspraak &toevoegen"))
        add.setObjectName("agenda_add_button")
        add.setMinimumHeight(MIN_HEIGHT)
        add.clicked.connect(self.add_afspraak)
        self._cancel = QPushButton(self.tr("Gekozen afspraak &annuleren"))
        self._cancel.setObjectName("agenda_cancel_button")
        self._cancel.setMinimumHeight(MIN_HEIGHT)
        self._cancel.setEnabled(False)
        self._cancel.clicked.connect(self.cancel_selected)
        self._message = QLabel()
        self._message.setObjectName("agenda_message")
        self._message.setWordWrap(True)
        self._message.hide()
        row = QHBoxLayout()
        for widget in (self._casus, self._date, self._time, self._soort):
            row.addWidget(widget)
        row.addWidget(self._plaats, 1)
        row.addWidget(add)
        form_layout = QVBoxLayout(form_box)
        form_layout.addLayout(row)
        form_layout.addWidget(self._message)

        self._names = QCheckBox(self.tr("&Namen in de titel"))
        self._names.setObjectName("agenda_ics_names")
        self._names.setToolTip(
            self.tr("Zonder vinkje staat alleen de soort en een casuscode in de titel: veilig voor een telefoonagenda")
        )
        export = QPushButton(self.tr("&Exporteren als .ics…"))
        export.setObjectName("agenda_export_button")
        export.setMinimumHeight(MIN_HEIGHT)
        export.clicked.connect(self.export)
        bottom = QHBoxLayout()
        bottom.addWidget(self._cancel)
        bottom.addStretch(1)
        bottom.addWidget(self._names)
        bottom.addWidget(export)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        layout.addWidget(form_box)

    def _soort_text(self, soort: AfspraakSoort) -> str:
        return {
            AfspraakSoort.HUISBEZOEK: self.tr("Huisbezoek"),
            AfspraakSoort.TELEFOON: self.tr("Telefoongesprek"),
            AfspraakSoort.DRIE_GESPREK: self.tr("Driegesprek"),
            AfspraakSoort.OVERLEG: self.tr("Overleg"),
            AfspraakSoort.SPREEKUUR: self.tr("Spreekuur"),
        }[soort]

    # --- showing ------------------------------------------------------------------------------------------------
    @property
    def week(self) -> AgendaWeek | None:
        return self._week

    def day_list(self, day: dt.date) -> QListWidget:
        assert self._week is not None
        return self._days[(day - self._week.monday).days]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._week is None and self._service.unlocked:
            try:
                self.show_week(self._monday or self._service.today())
            except RegieError as exc:
                self.sig_error.emit(exc.message)

    def refresh(self, service: WorkspaceService) -> None:
        """Read the week again when it is on screen, else when it is shown next (the main window calls this after
        a sync): looking at the agenda is logged, a sync in the background is not a look."""
        if self._week is not None and self.isVisible():
            self.show_week(self._week.monday)
        else:
            self._week = None

    def show_week(self, day: dt.date) -> None:
        """Show the week of ``day`` (a logged read; raises ``RegieError``)."""
        monday = monday_of(day)
        with self._service.unit_of_work() as (session, actor):
            week = agenda_week(session, actor, monday)
            rows = caseload(session, self._service.today())
        self._week, self._monday = week, monday
        end = monday + dt.timedelta(days=6)
        self._week_label.setText(
            self.tr("Week {nr} · {van} – {tot}").format(
                nr=monday.isocalendar().week, van=dutch_date(monday), tot=dutch_date(end)
            )
        )
        names = [
            self.tr("maandag"),
            self.tr("dinsdag"),
            self.tr("woensdag"),
            self.tr("donderdag"),
            self.tr("vrijdag"),
            self.tr("zaterdag"),
            self.tr("zondag"),
        ]
        today = self._service.today()
        for column, (label, listing) in enumerate(zip(self._day_labels, self._days, strict=True)):
            day_date = monday + dt.timedelta(days=column)
            text = f"{names[column]} {dutch_date(day_date)}"
            label.setText(f"<b>{text}</b>" if day_date == today else text)
            listing.setAccessibleName(self.tr("Afspraken en termijnen op {dag}").format(dag=text))
            listing.clear()
            afspraken, deadlines = week.on(day_date)
            for a in afspraken:
                item = QListWidgetItem(
                    self.tr("{tijd} {soort} — {naam} (casus {ref})").format(
                        tijd=a.tijd, soort=self._soort_text(a.soort), naam=a.naam, ref=a.referentie
                    ),
                    listing,
                )
                if a.plaats:
                    item.setToolTip(a.plaats)
                item.setData(CASUS_ROLE, a.casus_id)
                item.setData(HUISHOUDEN_ROLE, a.huishouden_id)
                item.setData(AFSPRAAK_ROLE, a.id)
            for d in deadlines:
                item = QListWidgetItem(
                    self.tr("Uiterlijk: regiestap {nr}, {stap} — {naam}").format(
                        nr=d.step_number, stap=d.name, naam=d.naam
                    ),
                    listing,
                )
                font = item.font()
                font.setItalic(True)  # a deadline, not an appointment: told apart without colour
                item.setFont(font)
                if d.due < today:
                    item.setForeground(Qt.GlobalColor.darkRed)
                item.setData(CASUS_ROLE, d.casus_id)
                item.setData(HUISHOUDEN_ROLE, d.huishouden_id)
        current = self._casus.currentData()
        self._casus.clear()
        for r in sorted(rows, key=lambda r: r.naam):
            self._casus.addItem(r.naam, r.casus_id)
        if current is not None:
            self._casus.setCurrentIndex(max(self._casus.findData(current), 0))
        self._date.setDate(QDate(max(today, monday).year, max(today, monday).month, max(today, monday).day))
        self._cancel.setEnabled(False)

    def move_week(self, step: int) -> None:
        base = self._monday or self._service.today()
        try:
            self.show_week(base + dt.timedelta(days=7 * step))
        except RegieError as exc:
            self.sig_error.emit(exc.message)

    def go_today(self) -> None:
        try:
            self.show_week(self._service.today())
        except RegieError as exc:
            self.sig_error.emit(exc.message)

    def clear(self) -> None:
        """Remove every appointment, name and casus from the page (locking)."""
        self._week = None
        for listing in self._days:
            listing.clear()
        for label in self._day_labels:
            label.clear()
        self._week_label.clear()
        self._casus.clear()
        self._plaats.clear()
        self._message.clear()
        self._message.hide()

    # --- acting ---------------------------------------------------------------------------------------------------
    def _open(self, item: QListWidgetItem) -> None:
        self.sig_open_casus.emit(str(item.data(CASUS_ROLE)), str(item.data(HUISHOUDEN_ROLE)))

    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._cancel.setEnabled(current is not None and bool(current.data(AFSPRAAK_ROLE)))

    def _selected_afspraak(self) -> str | None:
        for listing in self._days:
            item = listing.currentItem()
            if item is not None and listing.hasFocus() and item.data(AFSPRAAK_ROLE):
                return str(item.data(AFSPRAAK_ROLE))
        for listing in self._days:
            item = listing.currentItem()
            if item is not None and item.isSelected() and item.data(AFSPRAAK_ROLE):
                return str(item.data(AFSPRAAK_ROLE))
        return None

    def add_afspraak(self) -> None:
        if self._casus.currentData() is None:
            show_message(self._message, self.tr("Kies eerst de casus van de afspraak."))
            self._message.setStyleSheet(ERROR_STYLE)
            return
        qdate, qtime = self._date.date(), self._time.time()
        invoer = AfspraakInvoer(
            casus_id=str(self._casus.currentData()),
            datum=dt.date(qdate.year(), qdate.month(), qdate.day()),
            tijd=f"{qtime.hour():02d}:{qtime.minute():02d}",
            soort=AfspraakSoort(self._soort.currentData()),
            plaats=self._plaats.text(),
        )
        try:
            with self._service.unit_of_work() as (session, actor):
                add_afspraak(session, actor, invoer)
            self.show_week(invoer.datum)
        except RegieError as exc:
            self._message.setStyleSheet(ERROR_STYLE)
            show_message(self._message, exc.message)
            return
        self._plaats.clear()
        self._message.setStyleSheet("")
        show_message(self._message, self.tr("Afspraak toegevoegd op {datum}.").format(datum=dutch_date(invoer.datum)))

    def cancel_selected(self) -> None:
        afspraak_id = self._selected_afspraak()
        if afspraak_id is None or self._week is None:
            return
        if not self._dialogs.question(self, self.tr("Afspraak annuleren"), self.tr("Deze afspraak annuleren?")):
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                cancel_afspraak(session, actor, afspraak_id)
            self.show_week(self._week.monday)
        except RegieError as exc:
            self.sig_error.emit(exc.message)

    def export(self) -> None:
        """Save the shown week and the three after it as .ics through the dialog seam (QSaveFile)."""
        if self._week is None:
            return
        start = self._week.monday
        name = f"regie-agenda-{start.isoformat()}.ics"
        path = self._dialogs.save_file_name(
            self, self.tr("Agenda exporteren"), name, self.tr("Agendabestanden (*.ics)")
        )
        if path is None:
            return
        from ui.plan.document_view import write_with_save_file  # QtPdf loads only when it is needed

        message = self.tr("De agenda kon niet worden opgeslagen. Kies een andere map en probeer het opnieuw.")
        try:
            with self._service.unit_of_work() as (session, actor):
                data = export_ics(
                    session, actor, start, start + dt.timedelta(days=7 * EXPORT_WEEKS), self._names.isChecked()
                )
                write_with_save_file(path, data, message)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._message.setStyleSheet("")
        show_message(self._message, self.tr("Agenda opgeslagen als {naam}.").format(naam=path.name))
