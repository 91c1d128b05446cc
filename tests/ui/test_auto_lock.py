"""Auto-lock: after the (shortened) inactivity timeout every view is cleared; unlock returns to the same place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTableView

from regie_desktop.app.workspace_service import WorkspaceService
from tests.ui.gui_support import child, column_texts, flush_deletes, open_page, unlock, widgets_showing
from ui.auto_lock import AutoLock
from ui.controller import AppController

TIMEOUT_MS = 200


def test_input_restarts_the_timer(qtbot):
    lock = AutoLock(TIMEOUT_MS)
    lock.start()
    try:
        widget = QListWidget()
        qtbot.addWidget(widget)
        qtbot.wait(TIMEOUT_MS // 2)
        qtbot.keyClick(widget, Qt.Key.Key_Down)
        assert lock.active
        assert lock._timer.remainingTime() > TIMEOUT_MS // 2  # the timer restarted
        with qtbot.waitSignal(lock.sig_timeout, timeout=2000):
            pass
    finally:
        lock.stop()


def test_inactivity_locks_clears_every_view_and_unlock_returns_to_the_page(qtbot, demo: WorkspaceService, dialogs):
    controller = AppController(demo, dialogs, auto_lock_ms=TIMEOUT_MS)
    try:
        controller.start()
        unlock(qtbot, controller)
        window = controller.main_window
        assert window is not None
        open_page(qtbot, window, "Caseload")
        names = [n.replace(" (spoed)", "") for n in column_texts(child(window, QTableView, "caseload_table"), "Naam")]
        assert names and widgets_showing(names[0], visible_only=True)

        qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=3000)
        assert not demo.unlocked
        assert controller.main_window is None
        flush_deletes()
        for name in names:
            assert widgets_showing(name, visible_only=True) == [], name
            assert widgets_showing(name, visible_only=False) == [], name
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [controller.unlock_dialog]
        assert not controller.auto_lock.active, "no timer runs while locked"

        unlock(qtbot, controller)
        restored = controller.main_window
        assert restored is not None
        assert restored.current_page.objectName() == "caseload_page"
        assert child(restored, QLabel, "worker_label").text()
    finally:
        controller.shutdown()
        flush_deletes()


def test_unlock_returns_to_the_open_household(qtbot, demo: WorkspaceService, dialogs):
    controller = AppController(demo, dialogs, auto_lock_ms=60_000)
    try:
        controller.start()
        unlock(qtbot, controller)
        window = controller.main_window
        assert window is not None
        open_page(qtbot, window, "Caseload")
        table = child(window, QTableView, "caseload_table")
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        title = child(window, QLabel, "household_title").text()
        assert title
        window.lock_action.trigger()
        flush_deletes()
        assert widgets_showing(title, visible_only=False) == []
        unlock(qtbot, controller)
        restored = controller.main_window
        assert restored is not None and restored.current_page.objectName() == "household_page"
        assert child(restored, QLabel, "household_title").text() == title
    finally:
        controller.shutdown()
        flush_deletes()
