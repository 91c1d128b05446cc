"""The logboek of one dossier: who did what, when and on which laptop, filterable by action, worker and dates.

Read-only by design: the access log is append-only and the application offers no way to change or delete an
entry (``regie check`` detects one changed in the database). Opening the logboek is itself logged.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.logboek import LogboekFilter, open_logboek
from regie_desktop.app.workspace_service import WorkspaceService
from ui.dates import DATE_FORMAT
from ui.models.logboek_model import COL_WAT, LogboekModel
from ui.style import heading_font

_NO_LIMIT = QDate(2000, 1, 1)


class LogboekPage(QWidget):
    """Shows ``open_logboek`` for a household; "Terug" emits ``sig_back`` with the household id."""

    sig_back = Signal(str)
    """The worker goes back to the household (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logboek_page")
        self.huishouden_id: str | None = None
        self._back = QPushButton(self.tr("← Terug"))
        self._back.setObjectName("logboek_back_button")
        self._back.setAccessibleName(self.tr("Terug naar het huishouden"))
        self._back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self._back.clicked.connect(self._go_back)
        self._title = QLabel()
        self._title.setObjectName("logboek_title")
        self._title.setFont(heading_font(self.font(), 1.5))
        top = QHBoxLayout()
        top.addWidget(self._back)
        top.addSpacing(12)
        top.addWidget(self._title, 1)
        explanation = QLabel(
            self.tr(
                "Elke keer dat iemand dit dossier opent, wijzigt, afdrukt of opslaat, staat dat hier. "
                "Regels kunnen niet worden gewijzigd of verwijderd."
            )
        )
        explanation.setWordWrap(True)

        self.action_combo = QComboBox()
        self.action_combo.setObjectName("logboek_action_combo")
        self.action_combo.setAccessibleName(self.tr("Filter op handeling"))
        self.worker_combo = QComboBox()
        self.worker_combo.setObjectName("logboek_worker_combo")
        self.worker_combo.setAccessibleName(self.tr("Filter op medewerker"))
        self.from_edit = self._date_edit("logboek_from_edit", self.tr("Vanaf datum"))
        self.to_edit = self._date_edit("logboek_to_edit", self.tr("Tot en met datum"))
        self.reset_button = QPushButton(self.tr("Filters &wissen"))
        self.reset_button.setObjectName("logboek_reset_button")
        self.reset_button.clicked.connect(self.reset_filters)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Handeling:"), self.action_combo),
            (self.tr("&Medewerker:"), self.worker_combo),
            (self.tr("&Vanaf:"), self.from_edit),
            (self.tr("&Tot en met:"), self.to_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.reset_button)
        filters.addStretch(1)

        self.model = LogboekModel(self)
        self.table = QTableView()
        self.table.setObjectName("logboek_table")
        self.table.setAccessibleName(self.tr("Logboek"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WAT, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setObjectName("logboek_count_label")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(explanation)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        for widget in (self.action_combo, self.worker_combo):
            widget.currentIndexChanged.connect(self._apply_filter)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._apply_filter)
        self.setTabOrder(self._back, self.action_combo)
        self.setTabOrder(self.action_combo, self.worker_combo)
        self.setTabOrder(self.worker_combo, self.from_edit)
        self.setTabOrder(self.from_edit, self.to_edit)
        self.setTabOrder(self.to_edit, self.reset_button)
        self.setTabOrder(self.reset_button, self.table)

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumDate(_NO_LIMIT)
        edit.setSpecialValueText(self.tr("geen grens"))
        edit.setDate(_NO_LIMIT)
        return edit

    def open(self, service: WorkspaceService, huishouden_id: str) -> None:
        """Read the logboek through the core (a logged read; raises ``RegieError``) and show it."""
        with service.unit_of_work() as (session, actor):
            logboek = open_logboek(session, actor, huishouden_id)
        self.clear()
        self.huishouden_id = huishouden_id
        self._title.setText(
            self.tr("Logboek — {naam}").format(naam=logboek.naam) if logboek.naam else self.tr("Logboek")
        )
        self._fill_combo(self.action_combo, self.tr("Alle handelingen"), logboek.actions())
        self._fill_combo(self.worker_combo, self.tr("Iedereen"), logboek.workers())
        self.model.set_entries(logboek.entries)
        self._update_count()
        self.table.setFocus()

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for code, text in items:
            combo.addItem(text, code)
        combo.blockSignals(False)

    def current_filter(self) -> LogboekFilter:
        return LogboekFilter(
            action=str(self.action_combo.currentData() or ""),
            worker_id=str(self.worker_combo.currentData() or ""),
            van=_date_or_none(self.from_edit.date()),
            tot=_date_or_none(self.to_edit.date()),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def reset_filters(self) -> None:
        for widget in (self.action_combo, self.worker_combo, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        self.action_combo.setCurrentIndex(0)
        self.worker_combo.setCurrentIndex(0)
        self.from_edit.setDate(_NO_LIMIT)
        self.to_edit.setDate(_NO_LIMIT)
        for widget in (self.action_combo, self.worker_combo, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self._apply_filter()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} van {total} regels").format(shown=self.model.rowCount(), total=self.model.total())
        )

    def _go_back(self) -> None:
        self.sig_back.emit(self.huishouden_id or "")

    def clear(self) -> None:
        """Remove every shown entry and name (on auto-lock and when leaving)."""
        self.huishouden_id = None
        self._title.clear()
        self.model.clear()
        for combo in (self.action_combo, self.worker_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.count_label.clear()


def _date_or_none(day: QDate) -> dt.date | None:
    if day == _NO_LIMIT:
        return None
    return dt.date(day.year(), day.month(), day.day())
