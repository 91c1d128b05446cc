"""The "Informatie gegeven" part: privacy, klachtenprocedure and onafhankelijke cliëntondersteuning.

Each is a tick with the date it was told (today unless changed, never in the future) and one line on what to
tell. A change is saved at once; the plan document shows later what the client was told and when.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGridLayout, QLabel, QVBoxLayout, QWidget

from regie_desktop.app.gesprek import GesprekView, update_gesprek
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import Informatie
from regie_desktop.domain.meldcode import InformatieLijst, load_informatie
from regie_desktop.errors import RegieError, ValidationError
from ui.dates import from_qdate, to_qdate
from ui.gesprek.part import GesprekPart, PartStatus
from ui.style import error_label, heading_font, show_message

DATE_DISPLAY = "dd-MM-yyyy"
EXPLANATION_STYLE = "color: #3a4049;"


@cache
def informatie() -> InformatieLijst:
    return load_informatie()


@dataclass
class _Row:
    checkbox: QCheckBox
    date: QDateEdit
    uitleg: QLabel


class InformatiePart(GesprekPart):
    """Three ticks with a date each; all three ticked is "besproken", some is "deels"."""

    title = QT_TRANSLATE_NOOP("GesprekPart", "Informatie gegeven")

    def __init__(self, service: WorkspaceService, casus_id: str, parent: QWidget | None = None) -> None:
        super().__init__(service, casus_id, parent)
        self.setObjectName("informatie_part")
        self._quiet = True
        self._loaded = False
        heading = QLabel(self.tr("Informatie gegeven"))
        heading.setFont(heading_font(self.font(), 1.4))
        intro = QLabel(self.tr("Vink aan wat u de cliënt verteld hebt en wanneer."))
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self._rows: dict[Informatie, _Row] = {}
        dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        for index, onderwerp in enumerate(informatie().onderwerpen):
            soort = onderwerp.soort
            box = QCheckBox(onderwerp.label)
            box.setObjectName(f"informatie_{soort.value}_checkbox")
            box.setAccessibleName(self.tr("{onderwerp} besproken").format(onderwerp=onderwerp.label))
            date = QDateEdit()
            date.setObjectName(f"informatie_{soort.value}_date")
            date.setAccessibleName(self.tr("Datum: {onderwerp} besproken").format(onderwerp=onderwerp.label))
            date.setLocale(dutch)
            date.setDisplayFormat(DATE_DISPLAY)
            date.setCalendarPopup(True)
            date.setEnabled(False)
            uitleg = QLabel(onderwerp.uitleg)
            uitleg.setObjectName(f"informatie_{soort.value}_uitleg")
            uitleg.setWordWrap(True)
            uitleg.setStyleSheet(EXPLANATION_STYLE)
            uitleg.setContentsMargins(26, 0, 0, 0)  # under the checkbox's text, not under its box
            date_label = QLabel(self.tr("op"))
            date_label.setBuddy(date)
            box.toggled.connect(lambda on, kind=soort: self._ticked(kind, on))
            date.dateChanged.connect(lambda _day: self._save())
            grid.addWidget(box, 3 * index, 0)
            grid.addWidget(date_label, 3 * index, 1)
            grid.addWidget(date, 3 * index, 2)
            grid.addWidget(uitleg, 3 * index + 1, 0, 1, 4)
            grid.setRowMinimumHeight(3 * index + 2, 14)  # air between the three subjects
            self._rows[soort] = _Row(box, date, uitleg)
        grid.setColumnStretch(3, 1)
        self._error = error_label("informatie_error", self.tr("Fout bij informatie gegeven"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self._error)
        layout.addStretch(1)
        self._reset_dates()
        self._quiet = False

    # --- the contract of a part ---

    def load(self, view: GesprekView) -> None:
        given = dict(view.velden.informatie_gegeven)
        self._quiet = True
        try:
            self._reset_dates()
            for soort, row in self._rows.items():
                on = given.get(soort)
                row.checkbox.setChecked(on is not None)
                row.date.setEnabled(on is not None)
                if on is not None:
                    row.date.setDate(to_qdate(on))
        finally:
            self._quiet = False
        self._loaded = True
        show_message(self._error, "")
        self.sig_status_changed.emit()

    def flush(self) -> None:
        """Nothing waits: every tick and date is saved when it changes."""

    def clear(self) -> None:
        self._quiet = True
        try:
            for row in self._rows.values():
                row.checkbox.setChecked(False)
                row.date.setEnabled(False)
            self._reset_dates()
        finally:
            self._quiet = False
        self._loaded = False
        show_message(self._error, "")

    def status(self) -> PartStatus:
        ticked = sum(row.checkbox.isChecked() for row in self._rows.values())
        if ticked == len(self._rows):
            return PartStatus.BESPROKEN
        return PartStatus.DEELS if ticked else PartStatus.NIET_BESPROKEN

    # --- behaviour ---

    def _reset_dates(self) -> None:
        """Every date box to today, and no later date can be chosen."""
        today = to_qdate(self._service.today())
        for row in self._rows.values():
            row.date.setMaximumDate(today)
            row.date.setDate(today)

    def _ticked(self, soort: Informatie, on: bool) -> None:
        """A new tick starts at today's date; then save."""
        row = self._rows[soort]
        row.date.setEnabled(on)
        if self._quiet:
            return
        if on:
            self._quiet = True
            try:
                today = to_qdate(self._service.today())
                row.date.setMaximumDate(today)
                row.date.setDate(today)
            finally:
                self._quiet = False
        self._save()
        self.sig_status_changed.emit()

    def given(self) -> tuple[tuple[Informatie, dt.date], ...]:
        """What the ticks and dates say now."""
        return tuple(
            (soort, from_qdate(row.date.date())) for soort, row in self._rows.items() if row.checkbox.isChecked()
        )

    def _save(self) -> None:
        if self._quiet or not self._loaded:
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                update_gesprek(session, actor, self.casus_id, self._service.today(), informatie_gegeven=self.given())
        except ValidationError as exc:
            show_message(self._error, exc.message)
            return
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        show_message(self._error, "")
