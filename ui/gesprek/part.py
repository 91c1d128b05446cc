"""What every part of the gesprek page is: a widget that loads its piece of the gesprek, saves it on its own
(autosave after a pause in typing) and can say how far the conversation got on it.

The page lists the parts and shows one at a time; the order of visiting is free, nothing is forced.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from regie_desktop.app.gesprek import GesprekView
from regie_desktop.app.workspace_service import WorkspaceService

AUTOSAVE_PAUSE_MS = 700
"""Typing pause after which a part saves: within the 1 s a killed process may lose."""


class PartStatus(StrEnum):
    NIET_BESPROKEN = "niet_besproken"
    DEELS = "deels"
    BESPROKEN = "besproken"


class GesprekPart(QWidget):
    """Base class of a part. Subclasses set ``title`` and implement ``load``, ``flush`` and ``clear``."""

    sig_status_changed = Signal()
    """The part's content changed so that its done/partly/not-discussed mark may be different now."""

    sig_error = Signal(str)
    """Saving or loading failed; the text is a Dutch message for a dialog."""

    title = ""

    def __init__(self, service: WorkspaceService, casus_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._casus_id = casus_id

    @property
    def casus_id(self) -> str:
        return self._casus_id

    def load(self, view: GesprekView) -> None:
        """Show what ``view`` holds for this part (called once after building, and after a reload)."""
        raise NotImplementedError

    def flush(self) -> None:
        """Save anything still waiting for its autosave, now (before locking, leaving or closing)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget every value shown (locking): no text of the dossier may stay in a widget."""
        raise NotImplementedError

    def status(self) -> PartStatus:
        """How far the conversation got on this part; the page shows it in its list of parts."""
        raise NotImplementedError
