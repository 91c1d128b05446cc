"""The ZRM overview part of the gesprek page: all metingen of one household member as a table and a chart.

The worker and the client look at it together: what changed since the last meting, which scores are too old
to go by, and how the client rates things themselves (a zelfscore can be entered from here).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app import catalog
from regie_desktop.app.gesprek import GesprekView
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.app.zrm_overview import PersoonOverzicht, ZrmOverview, latest_meting_dates, zrm_overview
from regie_desktop.domain.zrm import STALE_AFTER_DAYS, is_stale
from regie_desktop.errors import RegieError
from ui.gesprek.part import GesprekPart, PartStatus
from ui.gesprek.self_assessment_dialog import SelfAssessmentDialog
from ui.models.zrm_overview_model import ZrmOverviewModel
from ui.widgets.zrm_chart import ZrmChart, chart_data

TABLE_TAB, CHART_TAB = 0, 1


class ZrmOverviewPart(GesprekPart):
    """Table and chart per person; a selector appears when the household has more than one person.

    Status: not discussed while nobody has a meting by the worker; discussed when everyone who has one has a
    current one (at most ``STALE_AFTER_DAYS`` old); partly when only old metingen exist.

    Opening the gesprek reads only the dates of the metingen (for the status); the scores are read, and the
    read logged, when the part is shown, and again each time the worker comes back to it.
    """

    title = QT_TRANSLATE_NOOP("GesprekPart", "ZRM-overzicht")

    def __init__(self, service: WorkspaceService, casus_id: str, parent: QWidget | None = None) -> None:
        super().__init__(service, casus_id, parent)
        self.setObjectName("zrm_overview_part")
        self._overview: ZrmOverview | None = None
        self._latest: dict[str, dt.date] = {}  # persoon id -> date of the newest worker meting
        self._today: dt.date | None = None
        self._loaded = False
        self._needs_read = False
        self.self_assessment_dialog: SelfAssessmentDialog | None = None

        self._person_label = QLabel(self.tr("Persoon:"))
        self._person_label.setObjectName("zrm_person_label")
        self._person = QComboBox()
        self._person.setObjectName("zrm_person_selector")
        self._person.setAccessibleName(self.tr("Persoon"))
        self._person.setMinimumContentsLength(18)
        self._person_label.setBuddy(self._person)
        self._person.currentIndexChanged.connect(self._show_selected)
        self._self_button = QPushButton(self.tr("Zelfscore cliënt invullen…"))
        self._self_button.setObjectName("self_assessment_button")
        self._self_button.setAccessibleName(self.tr("Zelfscore van de cliënt invullen"))
        self._self_button.setMinimumHeight(44)
        self._self_button.clicked.connect(self.open_self_assessment)
        top = QHBoxLayout()
        top.addWidget(self._person_label)
        top.addWidget(self._person)
        top.addStretch(1)
        top.addWidget(self._self_button)

        self._stale = QLabel()
        self._stale.setObjectName("zrm_stale_label")
        self._stale.setAccessibleName(self.tr("Verouderde scores"))
        self._stale.setWordWrap(True)
        self._stale.setStyleSheet("background-color: #fff1c2; color: #14181f; padding: 6px; font-weight: bold;")
        self._info = QLabel()
        self._info.setObjectName("zrm_info_label")
        self._info.setAccessibleName(self.tr("Toelichting"))
        self._info.setWordWrap(True)

        self.model = ZrmOverviewModel(self)
        self._table = QTableView()
        self._table.setObjectName("zrm_overview_table")
        self._table.setAccessibleName(self.tr("ZRM-scores per leefgebied en meting"))
        self._table.setModel(self.model)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setWordWrap(True)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(110)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self._table.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.4)  # read across the kitchen table
        self._table.setFont(font)
        header.setFont(font)
        self._table.setStyleSheet("QTableView::item { padding: 4px 10px; }")
        self.chart = ZrmChart()

        self._tabs = QTabWidget()
        self._tabs.setObjectName("zrm_tabs")
        self._tabs.addTab(self._table, self.tr("Tabel"))
        self._tabs.addTab(self.chart, self.tr("Grafiek"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._stale)
        layout.addWidget(self._info)
        layout.addWidget(self._tabs, 1)
        self.clear()

    # --- the part contract ------------------------------------------------------------------------
    def load(self, view: GesprekView) -> None:
        """Read what the status needs now, the scores when shown (the view holds no metingen)."""
        before = self.status()
        try:
            with self._service.unit_of_work() as (session, _actor):
                self._latest = latest_meting_dates(session, self.casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._today = self._service.today()
        self._loaded = self._needs_read = True
        if self.isVisible():
            self.refresh()
        if self.status() != before:
            self.sig_status_changed.emit()

    def flush(self) -> None:
        """Scores are saved on "Opslaan"; a zelfscore still open in its dialog is saved now if anything is chosen."""
        dialog = self.self_assessment_dialog
        if dialog is not None and dialog.isVisible():
            dialog.save_if_chosen()

    def clear(self) -> None:
        """Forget every score and name shown, and close an open zelfscore dialog without saving."""
        self._overview = None
        self._latest, self._today = {}, None
        self._loaded = self._needs_read = False
        self._close_dialog()
        self._person.blockSignals(True)
        self._person.clear()
        self._person.blockSignals(False)
        self._person.hide()
        self._person_label.hide()
        self._self_button.setEnabled(False)
        self.model.clear()
        self.chart.clear()
        self._stale.clear()
        self._stale.hide()
        self._info.clear()
        self._info.hide()

    def status(self) -> PartStatus:
        if not self._latest or self._today is None:
            return PartStatus.NIET_BESPROKEN
        if all(not is_stale(on, self._today) for on in self._latest.values()):
            return PartStatus.BESPROKEN
        return PartStatus.DEELS

    # --- reading and showing ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the overview again (a logged read) and keep the selected person; errors go to ``sig_error``."""
        before = self.status()
        selected = self.selected_persoon_id()
        try:
            with self._service.unit_of_work() as (session, actor):
                overview = zrm_overview(session, actor, self.casus_id, self._service.today())
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._overview = overview
        self._today = overview.today
        self._latest = {p.persoon_id: p.current_on for p in overview.personen if p.current_on is not None}
        self._loaded, self._needs_read = True, False
        self._person.blockSignals(True)
        self._person.clear()
        for persoon in overview.personen:
            self._person.addItem(persoon.naam, persoon.persoon_id)
        index = max(self._person.findData(selected), 0) if selected else 0
        self._person.setCurrentIndex(index)
        self._person.blockSignals(False)
        several = len(overview.personen) > 1
        self._person.setVisible(several)
        self._person_label.setVisible(several)
        self._self_button.setEnabled(bool(overview.personen))
        self._show_selected()
        if self.status() != before:
            self.sig_status_changed.emit()

    def selected_persoon_id(self) -> str | None:
        value = self._person.currentData()
        return value if isinstance(value, str) else None

    def select_persoon(self, persoon_id: str) -> None:
        index = self._person.findData(persoon_id)
        if index < 0:
            raise KeyError(persoon_id)
        self._person.setCurrentIndex(index)

    def show_chart(self) -> None:
        self._tabs.setCurrentIndex(CHART_TAB)

    def show_table(self) -> None:
        self._tabs.setCurrentIndex(TABLE_TAB)

    def _selected(self) -> PersoonOverzicht | None:
        persoon_id = self.selected_persoon_id()
        if self._overview is None or persoon_id is None:
            return None
        return self._overview.persoon(persoon_id)

    def _show_selected(self) -> None:
        persoon = self._selected()
        if self._overview is None or persoon is None:
            self.model.clear()
            self.chart.clear()
            return
        self.model.set_person(self._overview, persoon)
        self._table.resizeRowsToContents()
        self.chart.set_data(chart_data(self._overview, persoon))
        stale = persoon.stale_leefgebieden
        self._stale.setText(
            self.tr("Verouderd (ouder dan {days} dagen): {names}. Bespreek deze leefgebieden opnieuw.").format(
                days=STALE_AFTER_DAYS, names=", ".join(stale)
            )
            if stale
            else ""
        )
        self._stale.setVisible(bool(stale))
        notes = []
        if not persoon.metingen:
            notes.append(self.tr("Voor deze persoon is nog geen meting vastgelegd."))
        if self._overview.other_instrument:
            notes.append(
                self.tr("{n} meting(en) met een ander instrument staan niet in dit overzicht.").format(
                    n=self._overview.other_instrument
                )
            )
        self._info.setText(" ".join(notes))
        self._info.setVisible(bool(notes))

    def showEvent(self, event: QShowEvent) -> None:
        # Scores entered on the leefgebied cards since the last read show when the worker comes back here.
        super().showEvent(event)
        if self._loaded and self._needs_read and self._service.unlocked:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._needs_read = self._loaded

    # --- zelfscore ----------------------------------------------------------------------------------
    def open_self_assessment(self) -> SelfAssessmentDialog | None:
        """Open the zelfscore dialog for the selected person (window-modal, not blocking)."""
        persoon = self._selected()
        if self._overview is None or persoon is None:
            return None
        self._close_dialog()
        try:
            instrument = catalog.instrument(self._overview.instrument_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return None
        dialog = SelfAssessmentDialog(self._service, self.casus_id, persoon.persoon_id, persoon.naam, instrument, self)
        dialog.sig_saved.connect(self._after_self_assessment)
        dialog.finished.connect(self._close_dialog)
        self.self_assessment_dialog = dialog
        dialog.open()
        return dialog

    def _after_self_assessment(self, _assessment_id: str) -> None:
        self.refresh()

    def _close_dialog(self) -> None:
        """Drop the zelfscore dialog, saved or not (also when it closes itself)."""
        dialog = self.self_assessment_dialog
        self.self_assessment_dialog = None  # first: discard() finishes the dialog, which calls this again
        if dialog is not None:
            dialog.discard()
