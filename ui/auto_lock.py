"""Auto-lock: an application-wide event filter that restarts an inactivity timer on every input."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

MS_PER_MINUTE = 60 * 1000
DEFAULT_TIMEOUT_MS = 5 * MS_PER_MINUTE
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class AutoLock(QObject):
    """Emits ``sig_timeout`` after ``timeout_ms`` without user input while started."""

    sig_timeout = Signal()
    """The worker did nothing for the whole timeout: lock now."""

    def __init__(self, timeout_ms: int = DEFAULT_TIMEOUT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("auto_lock_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.sig_timeout)  # emitted in C++, no Python emit per timeout
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Use a new timeout (after the worker saved settings); a running count starts again with it."""
        self._timer.setInterval(timeout_ms)  # QTimer restarts an active timer with the new interval

    def start(self) -> None:
        """Watch all input of the application and start counting."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        """Stop counting and stop watching input (while the workspace is locked)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the timer; the event itself goes on unchanged."""
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False
