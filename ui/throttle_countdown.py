"""The wait after repeated failed unlocks, as a countdown text that follows the core's throttle."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer, Signal

from regie_desktop.app.workspace_service import WorkspaceService

TICK_MS = 250


class ThrottleCountdown(QObject):
    """Polls ``service.unlock_wait_s`` (so a wait left by an earlier run counts too) while it is above 0."""

    sig_changed = Signal(str)
    """The countdown text changed; an empty text means the worker may try again."""

    def __init__(self, service: WorkspaceService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start_if_needed(self) -> bool:
        """Start counting down when the core asks to wait; True if the worker has to wait now."""
        if self._service.unlock_wait_s() <= 0:
            return False
        if not self._timer.isActive():
            self._timer.start()
        self._tick()
        return True

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        remaining = self._service.unlock_wait_s()
        if remaining <= 0:
            self._timer.stop()
            self.sig_changed.emit("")
            return
        seconds = math.ceil(remaining)
        if seconds == 1:
            self.sig_changed.emit(self.tr("Wacht nog 1 seconde"))
        else:
            self.sig_changed.emit(self.tr("Wacht nog {seconds} seconden").format(seconds=seconds))
