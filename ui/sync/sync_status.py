"""Sync in the window: the status-bar text, "Nu synchroniseren" and the periodic sync.

Every sync runs on the application's one background runner (``ui.background``), so the window keeps
responding and the database is reached by one worker at a time; the outcome comes back on the GUI thread.
The core decides everything (``regie_desktop.app.sync``); this class only starts it and shows the result.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from regie_desktop.app.sync import ClientFactory, SyncReport, WorkspaceWiped, default_client, sync_now, sync_status
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.background import BackgroundRunner, Progress, Task
from ui.icons import icon

DEFAULT_INTERVAL_S = 300
"""Every five minutes while Regie is open and unlocked; ``REGIE_SYNC_INTERVAL_S`` changes it (tests, trials)."""


def sync_interval_ms() -> int:
    try:
        seconds = int(os.environ.get("REGIE_SYNC_INTERVAL_S", DEFAULT_INTERVAL_S))
    except ValueError:
        seconds = DEFAULT_INTERVAL_S
    return max(seconds, 1) * 1000


class SyncStatusController(QObject):
    """Owns the "Nu synchroniseren" action and the timer; writes the state into ``label``."""

    sig_synced = Signal(object)
    """A sync finished; the argument is its ``SyncReport`` (lists may have changed)."""

    sig_failed = Signal(str)
    """A sync failed; the Dutch message is fit for the status bar."""

    sig_workspace_wiped = Signal(str)
    """The device was revoked and the workspace removed; the Dutch message says why."""

    def __init__(
        self,
        service: WorkspaceService,
        label: QLabel,
        runner: BackgroundRunner | None,
        parent: QObject | None = None,
        client_factory: ClientFactory = default_client,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self._service = service
        self._label = label
        self._runner = runner
        self._client_factory = client_factory
        self._task: Task[Any] | None = None
        self._failed_message = ""
        self.sync_now_action = QAction(icon("synchroniseren"), self.tr("Nu synchroniseren"), self)
        self.sync_now_action.setObjectName("sync_now_action")
        self.sync_now_action.setShortcut(QKeySequence(Qt.Key.Key_F9))  # F5 is presentation mode (#10)
        self.sync_now_action.setStatusTip(self.tr("Wijzigingen nu uitwisselen met de centrale opslag"))
        self.sync_now_action.triggered.connect(self.sync_now)
        self._timer = QTimer(self)
        self._timer.setObjectName("sync_timer")
        self._timer.setInterval(sync_interval_ms())
        self._timer.timeout.connect(self._periodic)

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def timer(self) -> QTimer:
        return self._timer

    def start(self) -> None:
        """Show the current state and sync periodically from now on (after unlocking)."""
        self._timer.start()
        self.refresh_label()

    def stop(self) -> None:
        """Stop the timer and forget a sync under way (its result is no longer shown; before locking)."""
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._label.clear()
        self._label.setToolTip("")

    def refresh_label(self) -> None:
        """Read the state from the workspace and show it (a failed read leaves the label as it is)."""
        try:
            with self._service.unit_of_work() as (session, _actor):
                status = sync_status(session)
        except RegieError:
            return
        self.sync_now_action.setEnabled(status.enrolled)
        if not status.enrolled:
            self._label.setText(self.tr("Niet gekoppeld"))
            self._label.setToolTip(self.tr("Meld dit apparaat aan via Instellingen → Synchronisatie."))
            return
        error = self._failed_message or status.last_error
        if error:
            text = self.tr("Niet gesynchroniseerd")
        elif status.last_sync_at is None:
            text = self.tr("Nog niet gesynchroniseerd")
        else:
            text = self.tr("Gesynchroniseerd %1").replace("%1", _moment(status.last_sync_at))
        if status.open_conflicts:
            text += " · " + self.tr("%n conflict(en)", "", status.open_conflicts)
        self._label.setText(text)
        tooltip = [
            self.tr("Centrale opslag: %1 (team %2)").replace("%1", status.server_url).replace("%2", status.team_name)
        ]
        tooltip.append(self.tr("Nog te versturen: %1").replace("%1", str(status.outbox)))
        if error:
            tooltip.append(error)
        self._label.setToolTip("\n".join(tooltip))

    def sync_now(self) -> None:
        """Start a sync unless one is running; the outcome arrives on the GUI thread."""
        if self._task is not None:
            return
        self._label.setText(self.tr("Synchroniseren…"))
        service, factory = self._service, self._client_factory

        def work(progress: Progress) -> tuple[str, Any]:
            try:
                return "ok", sync_now(service, factory, progress=lambda _phase, done, total: progress(done, total))
            except WorkspaceWiped as exc:
                return "gewist", exc.message

        if self._runner is None:  # no runner (a bare window in a test): run here
            try:
                self._finished(work(Progress(lambda _d, _t: None, threading.Event())))
            except RegieError as exc:
                self._failed(exc.message)
            return
        self._task = self._runner.run(work, self._finished, self._failed, self._progress, receiver=self)

    def _periodic(self) -> None:
        if self._service.unlocked and self.sync_now_action.isEnabled():
            self.sync_now()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self._label.setText(self.tr("Synchroniseren… %1 van %2").replace("%1", str(done)).replace("%2", str(total)))

    def _finished(self, outcome: tuple[str, Any]) -> None:
        self._task = None
        kind, value = outcome
        if kind == "gewist":
            self._timer.stop()
            self.sig_workspace_wiped.emit(str(value))
            return
        self._failed_message = ""
        self.refresh_label()
        report: SyncReport = value
        self.sig_synced.emit(report)

    def _failed(self, message: str) -> None:
        self._task = None
        self._failed_message = message
        self.refresh_label()
        self.sig_failed.emit(message)


def _moment(when: dt.datetime) -> str:
    local = when.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d-%m-%Y %H:%M")
