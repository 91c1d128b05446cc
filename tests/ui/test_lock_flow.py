"""Ctrl+L: the key is dropped, no worker data stays in any widget, and unlocking restores the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTableView

from tests.ui.gui_support import child, flush_deletes, open_page, unlock, widgets_showing


def test_ctrl_l_locks_clears_every_view_and_unlock_restores(qtbot, created, make_controller):
    service = created.service
    name = created.worker_name
    controller = make_controller(service)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    open_page(qtbot, window, "Caseload")
    assert window.current_page.objectName() == "caseload_page"
    assert widgets_showing(name, visible_only=True), "the name is on screen while unlocked"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert service.unlocked is False
    assert controller.main_window is None
    unlock_dialog = controller.unlock_dialog
    assert unlock_dialog is not None and unlock_dialog.isVisible()
    assert widgets_showing(name, visible_only=True) == []
    assert widgets_showing(created.team, visible_only=True) == []
    flush_deletes()
    assert widgets_showing(name, visible_only=False) == [], "not even a hidden widget keeps the name"
    visible_windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible_windows == [unlock_dialog]

    unlock(qtbot, controller)

    restored = controller.main_window
    assert restored is not None and restored.isVisible()
    assert service.unlocked
    assert child(restored, QLabel, "worker_label").text() == name
    assert name in child(restored, QLabel, "welcome_label").text()
    assert restored.current_page.objectName() == "caseload_page", "the page before locking is shown again"


def test_the_menu_action_locks_too(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    with qtbot.waitSignal(window.sig_lock_requested):
        window.lock_action.trigger()
    assert not created.service.unlocked
    assert controller.unlock_dialog is not None


def test_closing_the_main_window_locks_and_ends_regie(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    with qtbot.waitSignal(controller.sig_finished) as finished:
        window.close()
    assert finished.args == [0]
    assert not created.service.unlocked
    assert controller.main_window is None


def test_navigation_shows_vandaag_caseload_and_wachtlijst(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    navigation = child(window, QListWidget, "navigation")
    titles = [navigation.item(i).text() for i in range(navigation.count())]
    assert titles == ["Vandaag", "Caseload", "Wachtlijst", "Conflicten", "Agenda", "Bewaartermijnen", "Teamoverzicht"]
    assert window.current_page.objectName() == "vandaag_page"
    for title, page, table in (
        ("Caseload", "caseload_page", "caseload_table"),
        ("Wachtlijst", "waitlist_page", "waitlist_table"),
    ):
        open_page(qtbot, window, title)
        assert window.current_page.objectName() == page
        assert child(window.current_page, QTableView, table).isVisible()
