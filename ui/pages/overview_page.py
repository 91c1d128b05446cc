"""The "Vandaag" page: who is working and what the workspace holds (counts and versions only)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from regie_desktop.app.workspace_service import WorkerInfo, WorkspaceStatus
from ui.style import heading_font


class OverviewPage(QWidget):
    """Renders a ``WorkerInfo`` and a ``WorkspaceStatus``; ``clear`` leaves no worker data behind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_page")
        heading = QLabel(self.tr("Vandaag"))
        heading.setFont(heading_font(self.font(), 1.6))
        heading.setAccessibleName(self.tr("Vandaag"))
        self._welcome_label = self._value("welcome_label", self.tr("Welkom"))
        self._welcome_label.setFont(heading_font(self.font(), 1.15))
        self._team_label = self._value("team_label", self.tr("Team"))

        self._household_count = self._value("household_count", self.tr("Aantal huishoudens"))
        self._person_count = self._value("person_count", self.tr("Aantal personen"))
        self._outbox_count = self._value("outbox_count", self.tr("Wijzigingen nog te versturen"))
        workspace_box = QGroupBox(self.tr("Uw werkruimte"))
        workspace_box.setObjectName("workspace_box")
        workspace_form = QFormLayout(workspace_box)
        workspace_form.addRow(self.tr("Huishoudens:"), self._household_count)
        workspace_form.addRow(self.tr("Personen:"), self._person_count)
        workspace_form.addRow(self.tr("Nog te versturen:"), self._outbox_count)

        self._schema_version = self._value("schema_version", self.tr("Schemaversie"))
        self._app_version = self._value("app_version", self.tr("Regie-versie"))
        self._workspace_folder = self._value("workspace_folder", self.tr("Map van de werkruimte"))
        self._workspace_folder.setWordWrap(True)
        about_box = QGroupBox(self.tr("Over deze installatie"))
        about_box.setObjectName("about_box")
        about_form = QFormLayout(about_box)
        about_form.addRow(self.tr("Regie-versie:"), self._app_version)
        about_form.addRow(self.tr("Schemaversie:"), self._schema_version)
        about_form.addRow(self.tr("Map:"), self._workspace_folder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self._welcome_label)
        layout.addWidget(self._team_label)
        layout.addSpacing(8)
        layout.addWidget(workspace_box)
        layout.addWidget(about_box)
        layout.addStretch(1)

    def _value(self, object_name: str, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setAccessibleName(accessible_name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_data(self, worker: WorkerInfo, status: WorkspaceStatus) -> None:
        """Fill the page from the core's read models."""
        locale = QLocale()
        self._welcome_label.setText(self.tr("Welkom, {name}").format(name=worker.naam))
        self._team_label.setText(self.tr("Team: {team}").format(team=worker.team) if worker.team else "")
        self._team_label.setVisible(bool(worker.team))
        self._household_count.setText(locale.toString(status.counts.get("huishouden", 0)))
        self._person_count.setText(locale.toString(status.counts.get("persoon", 0)))
        self._outbox_count.setText(locale.toString(status.outbox))
        if status.schema_version == status.schema_head:
            schema = self.tr("{version} (bijgewerkt)").format(version=status.schema_version)
        else:
            schema = self.tr("{version} (nieuwste: {head})").format(
                version=status.schema_version or self.tr("onbekend"), head=status.schema_head
            )
        self._schema_version.setText(schema)
        self._app_version.setText(status.app_version)
        self._workspace_folder.setText(status.workspace)

    def clear(self) -> None:
        """Empty every label, so a locked screen keeps nothing of the worker or the workspace."""
        for label in (
            self._welcome_label,
            self._team_label,
            self._household_count,
            self._person_count,
            self._outbox_count,
            self._schema_version,
            self._app_version,
            self._workspace_folder,
        ):
            label.clear()
