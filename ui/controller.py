"""The application flow: first start or unlock, the main window, locking and unlocking again.

Tests drive this class directly (``start`` then clicks), without ``QApplication.exec``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtWidgets import QWidget

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.auto_lock import DEFAULT_TIMEOUT_MS, AutoLock
from ui.dialogs import DialogSeam
from ui.first_start_dialog import FirstStartDialog
from ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow  # imported when first shown: the unlock screen must appear fast

EXIT_OK = 0


class AppController(QObject):
    """Owns the windows and moves between them; every ``RegieError`` ends up in a dialog, not a traceback."""

    sig_finished = Signal(int)
    """The flow ended (the worker quit or cancelled, or an error stopped Regie); the int is the exit code."""

    def __init__(
        self,
        service: WorkspaceService,
        dialogs: DialogSeam,
        parent: QObject | None = None,
        auto_lock_ms: int = DEFAULT_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._auto_lock = AutoLock(auto_lock_ms, self)
        self._auto_lock.sig_timeout.connect(self.lock)
        self._first_start: FirstStartDialog | None = None
        self._unlock: UnlockDialog | None = None
        self._main_window: MainWindow | None = None
        self._geometry: QByteArray | None = None
        self._page_row = 0
        self._open_household: tuple[str, str] | None = None
        self._finished = False

    # --- what tests look at -----------------------------------------------------------------------
    @property
    def first_start_dialog(self) -> FirstStartDialog | None:
        return self._first_start

    @property
    def unlock_dialog(self) -> UnlockDialog | None:
        return self._unlock

    @property
    def main_window(self) -> MainWindow | None:
        return self._main_window

    @property
    def auto_lock(self) -> AutoLock:
        return self._auto_lock

    @property
    def finished(self) -> bool:
        return self._finished

    # --- the flow ---------------------------------------------------------------------------------
    def start(self) -> int | None:
        """Take the single-instance lock and open the first window; an exit code if Regie cannot start."""
        try:
            self._service.acquire()
        except RegieError as exc:
            self._dialogs.critical(None, self.tr("Regie kan niet starten"), exc.message)
            self._finished = True
            return exc.exit_code
        if self._service.exists():
            self._show_unlock()
        else:
            self._show_first_start()
        return None

    def lock(self) -> None:
        """Drop the key, destroy the main window with all its data and ask for the passphrase again."""
        self._auto_lock.stop()
        self._service.lock()
        if self._main_window is None:
            return  # already locked: a second timeout or Ctrl+L opens no second unlock dialog
        self._dispose_main_window()
        if not self._finished:
            self._show_unlock()

    def shutdown(self) -> None:
        """Close every window without emitting ``sig_finished``; the caller closes the service."""
        self._finished = True
        self._auto_lock.stop()
        for dialog in (self._first_start, self._unlock):
            if dialog is not None:
                dialog.done(0)
                dialog.deleteLater()
        self._first_start = self._unlock = None
        self._dispose_main_window()

    def _show_first_start(self) -> None:
        dialog = FirstStartDialog(self._service, self._dialogs)
        dialog.accepted.connect(self._first_start_done)
        dialog.rejected.connect(self._cancelled)
        self._first_start = dialog
        dialog.show()

    def _first_start_done(self) -> None:
        self._drop_dialog(self._first_start)
        self._first_start = None
        self._show_main_window()

    def _show_unlock(self) -> None:
        dialog = UnlockDialog(self._service, self._dialogs)
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self._cancelled)
        self._unlock = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _unlocked(self) -> None:
        self._drop_dialog(self._unlock)
        self._unlock = None
        self._show_main_window()

    def _show_main_window(self) -> None:
        """A fresh main window with data read now; its size, place and page are those before locking."""
        from ui.main_window import MainWindow

        window = MainWindow(self._service, dialogs=self._dialogs)
        try:
            window.refresh()
        except RegieError as exc:
            window.deleteLater()
            self._dialogs.critical(None, self.tr("Regie"), exc.message)
            self._service.lock()
            self._finish(exc.exit_code)
            return
        if self._geometry is not None:
            window.restoreGeometry(self._geometry)
        window.set_current_row(self._page_row)
        if self._open_household is not None:
            window.open_casus(*self._open_household)
        window.sig_lock_requested.connect(self.lock)
        window.sig_error.connect(self._show_error)
        window.sig_closed.connect(self._main_window_closed)
        self._main_window = window
        self._auto_lock.start()
        window.show()
        window.raise_()
        window.activateWindow()

    def _dispose_main_window(self) -> None:
        window = self._main_window
        if window is None:
            return
        self._main_window = None
        self._geometry = window.saveGeometry()
        self._page_row = max(window.current_row(), 0)
        self._open_household = window.open_household_id()
        window.sig_closed.disconnect(self._main_window_closed)
        window.sig_error.disconnect(self._show_error)
        window.sig_lock_requested.disconnect(self.lock)
        window.clear_views()
        window.hide()
        window.deleteLater()

    def _show_error(self, message: str) -> None:
        """Show a failure the main window reported, in Dutch, over the main window."""
        self._dialogs.critical(self._main_window, self.tr("Regie"), message)

    def _main_window_closed(self) -> None:
        self._auto_lock.stop()
        if self._main_window is not None:
            self._main_window.clear_views()
            self._main_window.deleteLater()
        self._main_window = None
        self._service.lock()
        self._finish(EXIT_OK)

    def _cancelled(self) -> None:
        self._drop_dialog(self._first_start)
        self._drop_dialog(self._unlock)
        self._first_start = self._unlock = None
        self._finish(EXIT_OK)

    def _drop_dialog(self, dialog: QWidget | None) -> None:
        if dialog is not None:
            dialog.deleteLater()

    def _finish(self, code: int) -> None:
        if not self._finished:
            self._finished = True
            self.sig_finished.emit(code)


def build_app_flow(
    service: WorkspaceService, dialogs: DialogSeam, auto_lock_ms: int = DEFAULT_TIMEOUT_MS
) -> AppController:
    """The controller for ``service``; call ``start()`` and, in production, run the event loop."""
    return AppController(service, dialogs, auto_lock_ms=auto_lock_ms)
