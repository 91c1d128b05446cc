"""Help → Over Regie…: version, where the workspace is, the licences of what ships with Regie, and the self-test.

The self-test's core checks (SQLCipher, the workspace folder, the policy, the central server) run on the
background runner because the server check may wait for a network; the Qt checks follow on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regie_desktop import __version__
from regie_desktop.selftest import Check, SelfTestReport, build_report, components, core_checks, regie_licence
from ui.background import BackgroundRunner, BusyIndicator, Progress
from ui.icons import icon
from ui.self_test import qt_checks

ICON_PX = 64
LICENCE_COLUMNS = 3


class AboutDialog(QDialog):
    """Shows facts about this installation; nothing in it is about a client or the worker's dossiers."""

    def __init__(self, workspace: Path, parent: QWidget | None = None, runner: BackgroundRunner | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._runner = runner if runner is not None else BackgroundRunner(self)
        self._report: SelfTestReport | None = None
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("Over Regie"))
        self.resize(760, 640)

        logo = QLabel()
        logo.setObjectName("about_logo")
        logo.setPixmap(icon("regie").pixmap(ICON_PX, ICON_PX))
        title = QLabel(self.tr("Regie"))
        title.setObjectName("about_title")
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        title.setFont(title_font)
        self._version_label = QLabel(self.tr("Versie %1").replace("%1", __version__))
        self._version_label.setObjectName("about_version")
        self._version_label.setAccessibleName(self.tr("Versie"))
        self._version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tagline = QLabel(self.tr("Voor de sociaal werker: keukentafelgesprek, ZRM, plan en toestemming."))
        tagline.setObjectName("about_tagline")
        tagline.setWordWrap(True)
        heading_text = QVBoxLayout()
        heading_text.addWidget(title)
        heading_text.addWidget(self._version_label)
        heading_text.addWidget(tagline)
        heading = QHBoxLayout()
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(heading_text, 1)

        self._workspace_label = QLabel(str(workspace))
        self._workspace_label.setObjectName("about_workspace_path")
        self._workspace_label.setAccessibleName(self.tr("Werkruimte"))
        self._workspace_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._workspace_label.setWordWrap(True)
        licence_label = QLabel(regie_licence())
        licence_label.setObjectName("about_regie_licence")
        licence_label.setAccessibleName(self.tr("Licentie van Regie"))
        facts = QFormLayout()
        facts.addRow(self._buddy(self.tr("Werkruimte:"), self._workspace_label), self._workspace_label)
        facts.addRow(self._buddy(self.tr("Licentie:"), licence_label), licence_label)

        self._licences = QTableWidget(0, LICENCE_COLUMNS)
        self._licences.setObjectName("about_licences")
        self._licences.setAccessibleName(self.tr("Meegeleverde onderdelen en hun licenties"))
        self._licences.setHorizontalHeaderLabels([self.tr("Onderdeel"), self.tr("Versie"), self.tr("Licentie")])
        self._licences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._licences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._licences.setWordWrap(False)
        self._licences.verticalHeader().setVisible(False)
        self._licences.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._licences.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._licences.horizontalHeader().setStretchLastSection(True)
        self._fill_licences()
        components_label = self._buddy(self.tr("Meegeleverde onderdelen:"), self._licences)
        lgpl_note = QLabel(
            self.tr(
                "Qt (PySide6) wordt gebruikt onder de GNU LGPL versie 3: de Qt-bibliotheken staan als losse "
                "bestanden in de installatiemap en mogen door een eigen build worden vervangen."
            )
        )
        lgpl_note.setObjectName("about_lgpl_note")
        lgpl_note.setWordWrap(True)

        self.self_test_button = QPushButton(self.tr("Zelftest"))
        self.self_test_button.setObjectName("about_self_test_button")
        self.self_test_button.setAccessibleName(self.tr("Zelftest uitvoeren"))
        self.self_test_button.setToolTip(
            self.tr("Controleert of Regie op deze computer goed kan werken; het rapport bevat geen persoonsgegevens")
        )
        self.self_test_button.clicked.connect(self.run_self_test)
        self.copy_button = QPushButton(self.tr("Rapport kopiëren"))
        self.copy_button.setObjectName("about_copy_report_button")
        self.copy_button.setAccessibleName(self.tr("Rapport van de zelftest kopiëren"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_report)
        self._busy = BusyIndicator("about_busy")
        self.report_view = QPlainTextEdit()
        self.report_view.setObjectName("about_self_test_report")
        self.report_view.setAccessibleName(self.tr("Rapport van de zelftest"))
        self.report_view.setReadOnly(True)
        self.report_view.setVisible(False)
        mono = QGuiApplication.font()
        mono.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
        self.report_view.setFont(mono)
        test_row = QHBoxLayout()
        test_row.addWidget(self.self_test_button)
        test_row.addWidget(self.copy_button)
        test_row.addWidget(self._busy)
        test_row.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("about_buttons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setObjectName("about_close_button")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(facts)
        layout.addWidget(components_label)
        layout.addWidget(self._licences, 2)
        layout.addWidget(lgpl_note)
        layout.addLayout(test_row)
        layout.addWidget(self.report_view, 2)
        layout.addWidget(buttons)

    @property
    def report(self) -> SelfTestReport | None:
        """The last self-test report, once it is complete."""
        return self._report

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _fill_licences(self) -> None:
        rows = components()
        self._licences.setRowCount(len(rows))
        for row, component in enumerate(rows):
            for column, text in enumerate((component.name, component.version, component.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("%1: %2").replace("%1", component.name).replace("%2", component.purpose))
                self._licences.setItem(row, column, item)

    def run_self_test(self) -> None:
        """Start the self-test; the report appears below the button when it is done."""
        self.self_test_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self._report = None
        self._busy.start(self.tr("Bezig met de zelftest…"))
        workspace = self._workspace

        def work(_progress: Progress) -> list[Check]:
            return core_checks(workspace)

        self._runner.run(work, self._core_checks_done, self._self_test_failed, receiver=self)

    def _core_checks_done(self, checks: list[Check]) -> None:
        """Add the Qt checks (they must run on the GUI thread) and show the whole report."""
        self._show_report(build_report([*checks, *qt_checks()]))

    def _self_test_failed(self, message: str) -> None:
        self._busy.stop()
        self.self_test_button.setEnabled(True)
        self.report_view.setPlainText(message)
        self.report_view.setVisible(True)

    def _show_report(self, report: SelfTestReport) -> None:
        self._busy.stop()
        self._report = report
        self.report_view.setPlainText(report.text())
        self.report_view.setVisible(True)
        self.self_test_button.setEnabled(True)
        self.copy_button.setEnabled(True)

    def copy_report(self) -> None:
        """Put the report on the clipboard, for a ticket at the helpdesk."""
        if self._report is not None:
            QGuiApplication.clipboard().setText(self._report.text())
