"""A compact header: who works here, and what the workspace holds (counts and versions only)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from regie_desktop.app.workspace_service import WorkerInfo, WorkspaceStatus
from ui.style import heading_font


class WorkspaceSummary(QWidget):
    """Renders a ``WorkerInfo`` and a ``WorkspaceStatus`` in two lines; ``clear`` leaves no data behind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace_summary")
        self._welcome_label = self._value("welcome_label", self.tr("Welkom"))
        self._welcome_label.setFont(heading_font(self.font(), 1.15))
        self._team_label = self._value("team_label", self.tr("Team"))
        self._household_count = self._value("household_count", self.tr("Aantal huishoudens"))
        self._person_count = self._value("person_count", self.tr("Aantal personen"))
        self._outbox_count = self._value("outbox_count", self.tr("Wijzigingen nog te versturen"))
        self._app_version = self._value("app_version", self.tr("Regie-versie"))
        self._schema_version = self._value("schema_version", self.tr("Schemaversie"))
        self._workspace_folder = self._value("workspace_folder", self.tr("Map van de werkruimte"))
        for label in (self._app_version, self._schema_version, self._workspace_folder):
            label.setStyleSheet("color: #555555;")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self._welcome_label, 0, 0, 1, 6)
        grid.addWidget(self._team_label, 0, 6, 1, 2, Qt.AlignmentFlag.AlignRight)
        counts = (
            (self.tr("Huishoudens:"), self._household_count),
            (self.tr("Personen:"), self._person_count),
            (self.tr("Nog te versturen:"), self._outbox_count),
        )
        for i, (caption, value) in enumerate(counts):
            grid.addWidget(QLabel(caption), 1, 2 * i)
            grid.addWidget(value, 1, 2 * i + 1)
        grid.addWidget(self._app_version, 2, 0, 1, 2)
        grid.addWidget(self._schema_version, 2, 2, 1, 2)
        grid.addWidget(self._workspace_folder, 2, 4, 1, 4)
        grid.setColumnStretch(7, 1)
        for column in (1, 3):
            grid.setColumnMinimumWidth(column, 60)

    def _value(self, object_name: str, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setAccessibleName(accessible_name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_data(self, worker: WorkerInfo, status: WorkspaceStatus) -> None:
        """Fill the header from the core's read models."""
        locale = QLocale()
        self._welcome_label.setText(self.tr("Welkom, {name}").format(name=worker.naam))
        self._team_label.setText(self.tr("Team: {team}").format(team=worker.team) if worker.team else "")
        self._team_label.setVisible(bool(worker.team))
        self._household_count.setText(locale.toString(status.counts.get("huishouden", 0)))
        self._person_count.setText(locale.toString(status.counts.get("persoon", 0)))
        self._outbox_count.setText(locale.toString(status.outbox))
        if status.schema_version == status.schema_head:
            schema = self.tr("Schema {version} (bijgewerkt)").format(version=status.schema_version)
        else:
            schema = self.tr("Schema {version} (nieuwste: {head})").format(
                version=status.schema_version or self.tr("onbekend"), head=status.schema_head
            )
        self._schema_version.setText(schema)
        self._app_version.setText(self.tr("Regie {version}").format(version=status.app_version))
        self._workspace_folder.setText(self.tr("Map: {folder}").format(folder=status.workspace))

    def clear(self) -> None:
        """Empty every label, so a locked screen keeps nothing of the worker or the workspace."""
        for label in (
            self._welcome_label,
            self._team_label,
            self._household_count,
            self._person_count,
            self._outbox_count,
            self._app_version,
            self._schema_version,
            self._workspace_folder,
        ):
            label.clear()
