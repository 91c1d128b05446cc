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
from ui.background import BackgroundRunner
from ui.dialogs import DialogSeam
from ui.session_watch import SessionWatch
from ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from regie_desktop.policy import Policy
    from regie_desktop.preferences import Preferences
    from ui.first_start_wizard import FirstStartWizard
    from ui.main_window import MainWindow  # imported when first shown: the unlock screen must appear fast

EXIT_OK = 0
BACKGROUND_WAIT_MS = 10_000  # locking or closing waits this long at most for work still running (e.g. an unlock)


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
        self._runner = BackgroundRunner(self)  # the one worker thread for slow work, handed to every dialog
        self._session_watch = SessionWatch(self)
        self._session_watch.sig_lock_now.connect(self.lock)  # screen lock, sleep, lid closed
        self._first_start: FirstStartWizard | None = None
        self._unlock: UnlockDialog | None = None
        self._main_window: MainWindow | None = None
        self._geometry: QByteArray | None = None
        self._page_row = 0
        self._open_household: tuple[str, str] | None = None
        self._open_gesprek: str | None = None
        self._open_plan: str | None = None
        self._open_traject: str | None = None
        self._open_logboek: str | None = None
        self._finished = False
        self._settings_dialog: QWidget | None = None

    # --- what tests look at -----------------------------------------------------------------------
    @property
    def first_start_wizard(self) -> FirstStartWizard | None:
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
    def runner(self) -> BackgroundRunner:
        return self._runner

    @property
    def session_watch(self) -> SessionWatch:
        return self._session_watch

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
        if self._first_start is not None:
            # During set-up there is no dossier data yet, and the wizard needs the open workspace to finish
            # (the instrument page writes to it); the system's own screen lock covers the recovery key.
            return
        self._auto_lock.stop()
        self._runner.wait_idle(BACKGROUND_WAIT_MS)  # an unlock under way must not reopen the workspace afterwards
        if self._main_window is None:
            self._service.lock()
            return  # already locked: a second timeout or Ctrl+L opens no second unlock dialog
        self._dispose_main_window()  # first: pages save what is still pending (a draft) while the key is there
        self._service.lock()
        if not self._finished:
            self._show_unlock()

    def shutdown(self) -> None:
        """Close every window without emitting ``sig_finished``; the caller closes the service."""
        self._finished = True
        self._auto_lock.stop()
        self._session_watch.stop()
        self._runner.cancel_all()
        self._runner.wait_idle(BACKGROUND_WAIT_MS)
        for dialog in (self._first_start, self._unlock):
            if dialog is not None:
                dialog.done(0)
                dialog.deleteLater()
        self._first_start = self._unlock = None
        self._dispose_main_window()

    def _show_first_start(self) -> None:
        from ui.first_start_wizard import FirstStartWizard

        wizard = FirstStartWizard(self._service, self._dialogs, runner=self._runner)
        wizard.accepted.connect(self._first_start_done)
        wizard.rejected.connect(self._cancelled)
        self._first_start = wizard
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()

    def _first_start_done(self) -> None:
        self._drop_dialog(self._first_start)
        self._first_start = None
        self._show_main_window()

    def _show_unlock(self) -> None:
        dialog = UnlockDialog(self._service, self._dialogs, runner=self._runner)
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

        window = MainWindow(self._service, dialogs=self._dialogs, runner=self._runner)
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
        if self._open_gesprek:
            window.open_gesprek(self._open_gesprek)
        if self._open_plan:
            window.open_plan(self._open_plan)
        if self._open_traject:
            window.open_traject(self._open_traject)
        if self._open_logboek:
            window.open_logboek(self._open_logboek)
        window.sig_lock_requested.connect(self.lock)
        window.sig_error.connect(self._show_error)
        window.sig_closed.connect(self._main_window_closed)
        window.sig_settings_requested.connect(self.open_settings)
        window.sig_about_requested.connect(self.open_about)
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
        self._open_gesprek = window.open_gesprek_id()
        self._open_plan = window.open_plan_id()
        self._open_traject = window.open_traject_id()
        self._open_logboek = window.open_logboek_id()
        window.sig_closed.disconnect(self._main_window_closed)
        window.sig_error.disconnect(self._show_error)
        window.sig_lock_requested.disconnect(self.lock)
        window.clear_views()
        window.hide()
        window.deleteLater()

    def _show_error(self, message: str) -> None:
        """Show a failure the main window reported, in Dutch, over the main window."""
        self._dialogs.critical(self._main_window, self.tr("Regie"), message)

    def open_settings(self) -> None:
        """Show the settings over the main window; window-modal but not blocking, so auto-lock still works."""
        from regie_desktop.policy import current_policy
        from regie_desktop.preferences import load_preferences
        from ui.settings_dialog import SettingsDialog

        if self._main_window is None:
            return
        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            self._settings_dialog.activateWindow()
            return
        try:
            dialog = SettingsDialog(self._service, load_preferences(), current_policy(), parent=self._main_window)
        except RegieError as exc:
            self._show_error(exc.message)
            return
        dialog.finished.connect(self._settings_closed)
        dialog.destroyed.connect(self._settings_dialog_destroyed)  # also deleted with the main window on locking
        self._settings_dialog = dialog
        dialog.open()

    def open_about(self) -> None:
        """Show "Over Regie" over the main window (one at a time); it goes with the main window on locking."""
        from PySide6.QtCore import Qt

        from ui.about_dialog import AboutDialog

        if self._main_window is None:
            return
        existing = self._main_window.findChild(AboutDialog, "about_dialog")
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return
        dialog = AboutDialog(self._service.home, parent=self._main_window, runner=self._runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def apply_preferences(self, preferences: Preferences, policy: Policy) -> None:
        """Theme and font size for the whole application, and the auto-lock time within the policy's cap."""
        from PySide6.QtWidgets import QApplication

        from regie_desktop.policy import effective_auto_lock_minutes
        from ui.auto_lock import MS_PER_MINUTE
        from ui.style import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, preferences.theme, preferences.font_size_pt)
        self._auto_lock.set_timeout_ms(effective_auto_lock_minutes(preferences, policy) * MS_PER_MINUTE)

    def _settings_closed(self, result: int) -> None:
        """After "Opslaan" apply what was saved at once; "Annuleren" changes nothing."""
        from PySide6.QtWidgets import QDialog

        from ui.settings_dialog import SettingsDialog

        dialog, self._settings_dialog = self._settings_dialog, None
        if not isinstance(dialog, SettingsDialog):
            return
        if result == QDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.preferences, dialog.policy)
        dialog.deleteLater()

    def _settings_dialog_destroyed(self) -> None:
        self._settings_dialog = None

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
