"""Locking when the session locks or the machine sleeps: Qt's state, D-Bus on Linux, window messages on Windows."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import ClassInfo, QObject, Qt, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath
from PySide6.QtWidgets import QApplication, QLabel, QTableView

from tests.ui.gui_support import child, column_texts, flush_deletes, open_page, unlock, widgets_showing
from ui.session_watch import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SessionWatch,
    WindowsMsg,
    native_event_locks,
    windows_message_locks,
)

WTS_SESSION_UNLOCK = 0x8
WTS_CONSOLE_CONNECT = 0x1
PBT_APMRESUMEAUTOMATIC = 0x12
WM_KEYDOWN = 0x0100
SESSION_PATH = "/org/freedesktop/login1/session/_32"


@pytest.fixture
def watch(qapp) -> Iterator[SessionWatch]:
    watch = SessionWatch()
    yield watch
    watch.stop()


def test_qt_reporting_the_application_suspended_locks(qtbot, qapp, watch):
    with qtbot.assertNotEmitted(watch.sig_lock_now):
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    with qtbot.waitSignal(watch.sig_lock_now, timeout=1000):
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)


def test_the_dbus_handlers_lock_only_when_the_lock_is_coming(qtbot, watch):
    with qtbot.assertNotEmitted(watch.sig_lock_now):
        watch.lock_before_sleep(False)  # woke up again
        watch.lock_with_screen_saver(False)  # the screen saver went off
    for trigger in (
        lambda: watch.lock_before_sleep(True),
        lambda: watch.lock_with_screen_saver(True),
        watch.lock_with_session,
    ):
        with qtbot.waitSignal(watch.sig_lock_now, timeout=1000):
            trigger()


def test_after_stop_nothing_locks_any_more(qtbot, qapp, watch):
    watch.stop()
    with qtbot.assertNotEmitted(watch.sig_lock_now):
        watch.lock_before_sleep(True)
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    watch.stop()  # twice is harmless


def test_without_any_bus_the_watch_starts_quietly(qtbot, caplog):
    # This container has neither a system nor a session bus; a laptop without logind is the same.
    with caplog.at_level("DEBUG", logger="ui.session_watch"):
        watch = SessionWatch()
    watch.stop()
    assert all(record.levelname == "DEBUG" for record in caplog.records)


@pytest.mark.parametrize(
    ("message", "wparam", "locks"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, False),
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT, False),
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, False),
        (WM_KEYDOWN, WTS_SESSION_LOCK, False),
    ],
)
def test_which_windows_messages_lock(message, wparam, locks):
    assert windows_message_locks(message, wparam) is locks
    msg = WindowsMsg(hwnd=0x1234, message=message, wParam=wparam, lParam=7, time=99)
    assert native_event_locks(b"windows_generic_MSG", ctypes.addressof(msg)) is locks
    assert native_event_locks(b"windows_dispatcher_MSG", ctypes.addressof(msg)) is locks


def test_other_native_events_are_not_read_as_windows_messages():
    msg = WindowsMsg(message=WM_WTSSESSION_CHANGE, wParam=WTS_SESSION_LOCK)
    assert native_event_locks(b"xcb_generic_event_t", ctypes.addressof(msg)) is False
    assert native_event_locks(b"windows_generic_MSG", 0) is False


# --- a private D-Bus daemon standing in for logind and the screen saver ------------------------------
@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class FakeLogind(QObject):
    """Answers ``GetSession`` like systemd-logind does."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, session_id: str) -> QDBusObjectPath:
        self.asked.append(session_id)
        return QDBusObjectPath(SESSION_PATH)


@pytest.fixture
def private_bus(qapp):
    """Two connections to a throw-away ``dbus-daemon``: one for the watch, one that plays the system."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    names = [f"regie-test-{uuid.uuid4().hex}" for _ in range(2)]
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        watched, system = (QDBusConnection.connectToBus(address, name) for name in names)
        assert watched.isConnected() and system.isConnected()
        yield watched, system
    finally:
        for name in names:
            QDBusConnection.disconnectFromBus(name)
        process.terminate()
        process.wait(5)


def _send_signal(bus, path: str, interface: str, name: str, *arguments: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if arguments:
        message.setArguments(list(arguments))
    assert bus.send(message)


def test_logind_and_the_screen_saver_on_dbus_lock(qtbot, private_bus):
    watched, system = private_bus
    logind = FakeLogind()
    assert system.registerObject("/org/freedesktop/login1", logind, QDBusConnection.RegisterOption.ExportAllSlots)
    for name in ("org.freedesktop.login1", "org.gnome.ScreenSaver", "org.freedesktop.ScreenSaver"):
        assert system.registerService(name)

    watch = SessionWatch(session_bus=watched, system_bus=watched)
    try:
        qtbot.waitUntil(lambda: watch.session_path == SESSION_PATH, timeout=5000)
        assert len(logind.asked) == 1
        assert watch.dbus_subscriptions == 5  # sleep, session lock, three screen saver names

        with qtbot.assertNotEmitted(watch.sig_lock_now, wait=200):
            _send_signal(system, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False)
            _send_signal(system, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False)
            _send_signal(system, "/org/freedesktop/login1/session/_99", "org.freedesktop.login1.Session", "Lock")
        for path, interface, name, arguments in (
            ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", (True,)),
            (SESSION_PATH, "org.freedesktop.login1.Session", "Lock", ()),
            ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", (True,)),
            ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", (True,)),
        ):
            with qtbot.waitSignal(watch.sig_lock_now, timeout=5000):
                _send_signal(system, path, interface, name, *arguments)

        watch.stop()
        assert watch.dbus_subscriptions == 0
        with qtbot.assertNotEmitted(watch.sig_lock_now, wait=200):
            _send_signal(system, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    finally:
        watch.stop()
        system.unregisterObject("/org/freedesktop/login1")


# --- the controller -----------------------------------------------------------------------------------
def test_a_session_lock_locks_regie_clears_every_view_and_asks_for_the_passphrase(qtbot, demo, make_controller):
    controller = make_controller(demo)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    open_page(qtbot, window, "Caseload")
    names = [n.replace(" (spoed)", "") for n in column_texts(child(window, QTableView, "caseload_table"), "Naam")]
    assert names and widgets_showing(names[0], visible_only=True)
    worker = child(window, QLabel, "worker_label").text()
    assert worker

    controller.session_watch.sig_lock_now.emit()

    assert not demo.unlocked
    assert controller.main_window is None
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert not controller.auto_lock.active
    flush_deletes()
    for text in (worker, *names):
        assert widgets_showing(text, visible_only=False) == [], "no worker data stays in any widget"
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [dialog]

    controller.session_watch.sig_lock_now.emit()  # the screen saver and sleep often come together
    assert controller.unlock_dialog is dialog, "no second unlock dialog"

    unlock(qtbot, controller)
    assert controller.main_window is not None
    assert controller.main_window.current_page.objectName() == "caseload_page"


def test_a_session_lock_during_first_start_leaves_the_wizard_working(qtbot, fresh_service, make_controller):
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton

    from tests.ui.gui_support import STRONG_PASSPHRASE
    from ui.first_start_wizard import PageId

    controller = make_controller(fresh_service)
    controller.start()
    wizard = controller.first_start_wizard
    qtbot.mouseClick(child(wizard, QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(child(wizard, QLineEdit, "name_field"), "Test Werker")
    qtbot.mouseClick(child(wizard, QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    for name in ("passphrase_field", "passphrase_repeat_field"):
        qtbot.keyClicks(child(wizard, QLineEdit, name), STRONG_PASSPHRASE)
    qtbot.mouseClick(child(wizard, QPushButton, "commit_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RECOVERY_KEY, timeout=10_000)

    controller.session_watch.sig_lock_now.emit()  # the laptop's lid closes while the key is on screen

    assert fresh_service.unlocked and controller.unlock_dialog is None
    child(wizard, QCheckBox, "saved_checkbox").setChecked(True)
    qtbot.mouseClick(child(wizard, QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(child(wizard, QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.DONE, "the instrument was saved in the still open workspace"
