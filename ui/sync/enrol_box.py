"""The "Synchronisatie" part of the settings dialog: enrol this laptop with a one-time code, or show where
it is enrolled. Enrolling talks to the server, so it runs on the background runner when there is one."""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from regie_desktop.app.sync import ClientFactory, Enrolment, default_client, enrol, sync_status
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from regie_desktop.policy import Policy
from ui.background import BackgroundRunner, Progress
from ui.style import error_label, show_message


class EnrolBox(QGroupBox):
    sig_enrolled = Signal()
    """This laptop was enrolled just now (the first sync may start)."""

    def __init__(
        self,
        service: WorkspaceService,
        policy: Policy,
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
        client_factory: ClientFactory = default_client,
    ) -> None:
        super().__init__(self.tr("Synchronisatie"), parent)
        self.setObjectName("sync_group")
        self._service = service
        self._runner = runner
        self._client_factory = client_factory
        with service.unit_of_work() as (session, _actor):
            status = sync_status(session)
        form = QFormLayout(self)
        self._state = QLabel()
        self._state.setObjectName("sync_enrolled_label")
        self._state.setWordWrap(True)
        form.addRow(self._state)
        self._server = QLineEdit(policy.central_url or "")
        self._server.setObjectName("enrol_server_field")
        self._server.setAccessibleName(self.tr("Adres van de centrale opslag"))
        self._server.setPlaceholderText("https://regie.gemeente.nl")
        if policy.central_url:
            self._server.setReadOnly(True)
            self._server.setToolTip(self.tr("Vastgelegd door uw organisatie"))
        self._code = QLineEdit()
        self._code.setObjectName("enrol_code_field")
        self._code.setAccessibleName(self.tr("Aanmeldcode"))
        self._code.setPlaceholderText(self.tr("de code van de beheerder"))
        self._button = QPushButton(self.tr("&Aanmelden"))
        self._button.setObjectName("enrol_button")
        self._button.clicked.connect(self._enrol)
        row = QHBoxLayout()
        row.addWidget(self._code, 1)
        row.addWidget(self._button)
        self._server_label = QLabel(self.tr("Centrale opslag:"))
        self._code_label = QLabel(self.tr("Aanmeldcode:"))
        self._server_label.setBuddy(self._server)
        self._code_label.setBuddy(self._code)
        form.addRow(self._server_label, self._server)
        form.addRow(self._code_label, row)
        self._error = error_label("enrol_error_label", self.tr("Foutmelding bij aanmelden"))
        form.addRow(self._error)
        self._show(status.enrolled, status.server_url, status.team_name)

    def _show(self, enrolled: bool, server_url: str, team_name: str) -> None:
        if enrolled:
            self._state.setText(
                self.tr("Gekoppeld met %1 (team %2).").replace("%1", server_url).replace("%2", team_name)
            )
        else:
            self._state.setText(self.tr("Niet gekoppeld. Vul de aanmeldcode in die u van de beheerder kreeg."))
        for widget in (self._server, self._code, self._button, self._server_label, self._code_label):
            widget.setVisible(not enrolled)

    def _enrol(self) -> None:
        service, factory = self._service, self._client_factory
        server, code = self._server.text().strip(), self._code.text().strip()
        show_message(self._error, "")

        def work(_progress: Progress) -> Enrolment:
            return enrol(service, server or None, code, client_factory=factory)

        self._button.setEnabled(False)
        if self._runner is None:
            try:
                self._done(work(Progress(lambda _d, _t: None, threading.Event())))
            except RegieError as exc:
                self._failed(exc.message)
            return
        self._runner.run(work, self._done, self._failed, receiver=self)

    def _done(self, result: Enrolment) -> None:
        self._button.setEnabled(True)
        self._code.clear()
        self._show(True, result.server_url, result.team_name)
        self.sig_enrolled.emit()

    def _failed(self, message: str) -> None:
        self._button.setEnabled(True)
        show_message(self._error, message)
