"""Lock Regie when the computer's session locks or the machine goes to sleep, wherever the system tells Qt.

Sources, each optional (a missing bus or API is simply not used):

- Windows: the session-lock notification (``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK``, after
  ``WTSRegisterSessionNotification``) and suspend (``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``).
- Linux: systemd-logind's ``PrepareForSleep(true)`` and the own session's ``Lock`` on the system bus, and
  the screen saver's ``ActiveChanged(true)`` (freedesktop and GNOME names) on the session bus.
- Everywhere: Qt reporting the application as suspended.

Closing the lid normally means sleep (or a screen lock), so it is covered by these.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

log = logging.getLogger(__name__)

# --- Windows ----------------------------------------------------------------------------------------
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_MESSAGE_EVENT_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


class WindowsMsg(ctypes.Structure):
    """The Win32 ``MSG`` structure Qt hands to native event filters (declared here to run on any platform)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_int32),
        ("pt_y", ctypes.c_int32),
    )


def windows_message_locks(message: int, wparam: int) -> bool:
    """True for the Windows messages after which Regie locks: the session was locked, or the machine suspends."""
    return (message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK) or (
        message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND
    )


def native_event_locks(event_type: bytes, message_address: int) -> bool:
    """Read the ``MSG`` a native event filter receives (its address) and tell whether Regie must lock."""
    if event_type not in WINDOWS_MESSAGE_EVENT_TYPES or not message_address:
        return False
    msg = WindowsMsg.from_address(message_address)
    return windows_message_locks(msg.message, msg.wParam)


class _WindowsSessionEvents(QAbstractNativeEventFilter):
    """Registers a hidden native window for session notifications and filters every native message.

    The main window is destroyed at every lock, so a window of its own keeps the registration for the whole
    run; ``WM_POWERBROADCAST`` reaches every top-level window anyway.
    """

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock
        self._window = QWindow()
        self._window.setObjectName("session_watch_window")
        self._hwnd = int(self._window.winId())  # creates the native window without showing it
        self._wtsapi: Any = None
        try:
            self._wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            if not self._wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(self._hwnd), NOTIFY_FOR_THIS_SESSION):
                log.debug("session lock notifications not available")
                self._wtsapi = None
        except OSError:
            log.debug("wtsapi32 not available")
            self._wtsapi = None
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self)

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        """Never swallows a message; only notices the ones that mean "lock now"."""
        if native_event_locks(bytes(event_type), int(message)):
            self._on_lock()
        return False, 0

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self)
        if self._wtsapi is not None:
            self._wtsapi.WTSUnRegisterSessionNotification(ctypes.c_void_p(self._hwnd))
            self._wtsapi = None
        self._window.destroy()


# --- Linux (D-Bus) ----------------------------------------------------------------------------------
LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
DBUS_CALL_TIMEOUT_MS = 2000
SLOT_SLEEP = "lock_before_sleep(bool)"
SLOT_SESSION_LOCK = "lock_with_session()"
SLOT_SCREEN_SAVER = "lock_with_screen_saver(bool)"


def _slot(signature: str) -> Any:
    return SLOT(signature)  # QtDBus wants Qt's encoded slot name ("1" + signature)


class SessionWatch(QObject):
    """Emits ``sig_lock_now`` when the system says the session locked or the machine is going to sleep.

    ``session_bus`` and ``system_bus`` are the D-Bus connections to listen on (tests pass a private bus);
    by default the user's session bus and the system bus, when there are any.
    """

    sig_lock_now = Signal()
    """The session was locked, the screen saver came on or the machine is about to sleep: lock Regie now."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self._subscriptions: list[tuple[QDBusConnection, str, str, str, str, str]] = []
        self._session_path: str | None = None
        self._pending: QDBusPendingCallWatcher | None = None
        self._windows: _WindowsSessionEvents | None = None
        self._stopped = False
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.lock_when_suspended)
        if sys.platform == "win32":
            self._windows = _WindowsSessionEvents(self._lock_soon)
        if session_bus is not None or system_bus is not None or sys.platform.startswith(("linux", "freebsd")):
            self._watch_dbus(session_bus, system_bus)

    @property
    def session_path(self) -> str | None:
        """The D-Bus object path of this login session at logind, once known."""
        return self._session_path

    @property
    def dbus_subscriptions(self) -> int:
        """How many D-Bus signals are being listened to (0 without buses)."""
        return len(self._subscriptions)

    # --- slots: what the system reports ------------------------------------------------------------
    @Slot(Qt.ApplicationState)
    def lock_when_suspended(self, state: Qt.ApplicationState) -> None:
        """Qt reports the application suspended (mobile-style platforms and some desktops): lock."""
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._lock_now()

    @Slot(bool)
    def lock_before_sleep(self, starting: bool) -> None:
        """logind's ``PrepareForSleep``: true before sleeping (lock now), false after waking (nothing to do)."""
        if starting:
            self._lock_now()

    @Slot()
    def lock_with_session(self) -> None:
        """logind asks this session to lock (``loginctl lock-session``, lid close with some settings)."""
        self._lock_now()

    @Slot(bool)
    def lock_with_screen_saver(self, active: bool) -> None:
        """The screen saver (or the screen lock) came on."""
        if active:
            self._lock_now()

    def stop(self) -> None:
        """Stop listening everywhere (on shutdown); nothing is emitted afterwards."""
        if self._stopped:
            return
        self._stopped = True
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.disconnect(self.lock_when_suspended)
        for bus, service, path, interface, name, signature in self._subscriptions:
            bus.disconnect(service, path, interface, name, self, _slot(signature))
        self._subscriptions.clear()
        if self._windows is not None:
            self._windows.stop()
            self._windows = None

    def _lock_now(self) -> None:
        if not self._stopped:
            self.sig_lock_now.emit()

    def _lock_soon(self) -> None:
        """From inside native event dispatch: lock from the event loop, not in the middle of a message."""
        QTimer.singleShot(0, self, self._lock_now)

    # --- D-Bus ---------------------------------------------------------------------------------------
    def _watch_dbus(self, session_bus: QDBusConnection | None, system_bus: QDBusConnection | None) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            log.debug("QtDBus not available: no lock on sleep or screen lock from D-Bus")
            return
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if system.isConnected():
            self._listen(system, LOGIND, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", SLOT_SLEEP)
            self._find_session(system)
        else:
            log.debug("no D-Bus system bus: no lock on sleep from logind")
        if session.isConnected():
            for service, path, interface in SCREEN_SAVERS:
                self._listen(session, service, path, interface, "ActiveChanged", SLOT_SCREEN_SAVER)
        else:
            log.debug("no D-Bus session bus: no lock with the screen saver")

    def _listen(self, bus: QDBusConnection, service: str, path: str, interface: str, name: str, slot: str) -> None:
        if bus.connect(service, path, interface, name, self, _slot(slot)):
            self._subscriptions.append((bus, service, path, interface, name, slot))
        else:
            log.debug("could not listen to D-Bus signal %s.%s", interface, name)

    def _find_session(self, bus: QDBusConnection) -> None:
        """Ask logind (without waiting) which session Regie runs in, then listen to that session's ``Lock``."""
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        call = QDBusMessage.createMethodCall(LOGIND, LOGIND_PATH, LOGIND_MANAGER, "GetSession")
        session_id = os.environ.get("XDG_SESSION_ID", "")
        call.setArguments([session_id or "auto"])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(call, DBUS_CALL_TIMEOUT_MS), self)
        watcher.finished.connect(lambda w: self._session_found(bus, w))
        self._pending = watcher

    def _session_found(self, bus: QDBusConnection, watcher: QDBusPendingCallWatcher) -> None:
        from PySide6.QtDBus import QDBusMessage

        self._pending = None
        watcher.deleteLater()
        reply = watcher.reply()
        if self._stopped or reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.debug("logind does not know this session: no lock with the session")
            return
        path = _object_path(reply.arguments()[0])
        if path:
            self._session_path = path
            self._listen(bus, LOGIND, path, LOGIND_SESSION, "Lock", SLOT_SESSION_LOCK)


def _object_path(value: object) -> str | None:
    """A D-Bus object path from a reply argument (``QDBusObjectPath`` or, from some bindings, a string)."""
    path = value.path() if hasattr(value, "path") else value
    return path if isinstance(path, str) and path.startswith("/") else None
