"""What every tab of the traject page is: one casus at a time, shown, saved and forgotten on the page's word."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from regie_desktop.app.workspace_service import WorkspaceService
from ui.dialogs import DialogSeam


class TrajectTab(QWidget):
    """The contract the traject page relies on: ``show_casus`` reads (raises ``RegieError``), ``flush`` stores
    what waits, ``clear`` forgets everything on lock or when another casus opens."""

    sig_error = Signal(str)
    """Loading or storing failed; a Dutch message for a dialog."""

    sig_changed = Signal()
    """Something of the casus was stored: the page refreshes its header and the other tabs."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs

    def show_casus(self, casus_id: str) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError
