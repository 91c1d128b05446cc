"""One presentation in the team meeting: the list of casussen, which one is shown, and the two windows.

Each casus is read when it comes on screen (and logged then); revealing names is asked for with a
confirmation on the laptop and logged; going to another casus hides the names again. ``stop`` blanks the
projector before closing it, so locking (which stops the session) leaves nothing of a dossier on the wall.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from regie_desktop.app.presentatie import PresentatieCasus, PresentatieItem, open_presentation, reveal_names
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.dialogs import DialogSeam
from ui.presentatie.presentation_window import Part, PresentationWindow, projector_screen
from ui.presentatie.presenter_panel import PresenterPanel, install_keys


class PresentationSession(QObject):
    """Owns the projector window and the presenter panel for one meeting."""

    sig_stopped = Signal()
    sig_error = Signal(str)

    def __init__(
        self,
        service: WorkspaceService,
        dialogs: DialogSeam,
        items: tuple[PresentatieItem, ...],
        start: int = 0,
        laptop: QScreen | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self._items = items
        self._index = min(max(start, 0), max(len(items) - 1, 0))
        self._laptop = laptop or QGuiApplication.primaryScreen()
        self._hidden: PresentatieCasus | None = None  # the pseudonymised view of the casus on screen
        self._revealed = False
        self._stopped = False
        self.projector = PresentationWindow()
        self.panel = PresenterPanel()
        self.panel.set_items(items)
        self.panel.sig_next.connect(self.next)
        self.panel.sig_previous.connect(self.previous)
        self.panel.sig_go_to.connect(self.go_to)
        self.panel.sig_part.connect(lambda value: self.projector.set_part(Part(value)))
        self.panel.sig_reveal.connect(self.toggle_names)
        self.panel.sig_stop.connect(self.stop)
        self.panel.sig_scroll.connect(self.projector.scroll_plan)
        install_keys(self.projector, self.panel)

    # --- what tests look at --------------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def items(self) -> tuple[PresentatieItem, ...]:
        return self._items

    @property
    def revealed(self) -> bool:
        return self._revealed

    @property
    def stopped(self) -> bool:
        return self._stopped

    # --- the flow ------------------------------------------------------------------------------------------
    def start(self) -> bool:
        """Show the first casus on the projector and the controls on the laptop; False when nothing to show."""
        if not self._items or not self._load():
            self.stop()
            return False
        screen = projector_screen(self._laptop)
        self.projector.show_on(screen)
        if self._laptop is not None:
            self.panel.move(self._laptop.availableGeometry().topLeft())
        self.panel.show()
        self.panel.raise_()
        self.panel.activateWindow()  # the keys and dialogs belong to the laptop, not the wall
        return True

    def next(self) -> None:
        self.go_to(self._index + 1)

    def previous(self) -> None:
        self.go_to(self._index - 1)

    def go_to(self, index: int) -> None:
        if self._stopped or not 0 <= index < len(self._items) or index == self._index:
            return
        before = self._index
        self._index = index
        if not self._load():
            self._index = before
            self._show_position()

    def toggle_names(self) -> None:
        """Reveal the names of the casus on screen (after a confirmation, logged), or hide them again."""
        if self._stopped or self._hidden is None:
            return
        if self._revealed:
            self._revealed = False
            self.projector.show_casus(self._hidden)
            self._show_position()
            return
        item = self._items[self._index]
        confirmed = self._dialogs.question(
            self.panel,
            self.tr("Namen tonen"),
            self.tr(
                "De namen van casus {label} komen op de beamer, voor iedereen in de zaal. Dit wordt vastgelegd "
                "in het logboek. BSN, adres en contactgegevens blijven verborgen. Namen tonen?"
            ).format(label=item.label),
        )
        if not confirmed or self._stopped:
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                view = reveal_names(session, actor, item.casus_id, self._service.today(), item.label)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._revealed = True
        self.projector.show_casus(view)
        self._show_position()

    def stop(self) -> None:
        """Blank the projector, close both windows; safe to call twice (locking after Esc)."""
        if self._stopped:
            return
        self._stopped = True
        self._hidden = None
        self._revealed = False
        self.projector.blank()
        self.projector.hide()
        self.projector.close()
        self.panel.clear()
        self.panel.hide()
        self.panel.close()
        self.projector.deleteLater()
        self.panel.deleteLater()
        self.sig_stopped.emit()

    def _load(self) -> bool:
        item = self._items[self._index]
        try:
            with self._service.unit_of_work() as (session, actor):
                view = open_presentation(session, actor, item.casus_id, self._service.today(), item.label)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return False
        self._hidden = view
        self._revealed = False
        self.projector.show_casus(view)
        self.projector.set_part(self.panel.part())
        self._show_position()
        return True

    def _show_position(self) -> None:
        label = self._items[self._index].label if self._items else ""
        self.panel.show_position(self._index, len(self._items), label, self._revealed)
