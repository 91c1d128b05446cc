"""The traject of one casus after signing: a header and one tab per view (Tijdlijn, Aanbieder, and the views of
the contactjournaal, voortgang/eindevaluatie and afschalen when their modules are there).

Every tab keeps one contract: ``(service, dialogs, parent=None)``, ``show_casus(casus_id)`` (reads through the
core, raises ``RegieError``), ``clear()``, ``flush()`` (save pending input), ``sig_error(str)`` and
``sig_changed()``. When one view stores something the page shows the casus again in the others, so the
timeline ticks off a step the aanbieder tab just settled.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.dialogs import DialogSeam
from ui.labels import fase_label
from ui.traject.aanbieder_view import AanbiederView
from ui.traject.afsluiten_view import AfsluitenView
from ui.traject.evaluatie_view import EvaluatieView
from ui.traject.journaal_view import JournaalView
from ui.traject.timeline_view import TimelineView
from ui.traject.traject_tab import TrajectTab
from ui.widgets.casus_header import CasusHeader


class TrajectPage(QWidget):
    """The traject screens of one casus at a time (``open``); ``clear`` forgets everything (locking, leaving)."""

    sig_back = Signal(str, str)
    """The worker wants to leave the traject; (casus id, huishouden id) to go back to."""

    sig_error = Signal(str)
    """Loading or saving failed; the text is a Dutch message for a dialog."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traject_page")
        self._service = service
        self._casus_id: str | None = None
        self._huishouden_id = ""

        self._fase = QLabel()
        self._fase.setObjectName("traject_fase")
        self._fase.setAccessibleName(self.tr("Fase van de casus"))
        top = CasusHeader("traject", self.tr("Traject van"), self._fase, self.go_back)
        self._title = top.title

        self.timeline = TimelineView(service, dialogs)
        self.aanbieder = AanbiederView(service, dialogs)
        self._tabs = QTabWidget()
        self._tabs.setObjectName("traject_tabs")
        self._tabs.setAccessibleName(self.tr("Onderdelen van het traject"))
        self._tabs.addTab(self.timeline, self.tr("T&ijdlijn"))
        self._tabs.addTab(self.aanbieder, self.tr("&Aanbieder"))
        self.journaal = JournaalView(service, dialogs)
        self.evaluatie = EvaluatieView(service, dialogs)
        self.afsluiten = AfsluitenView(service, dialogs)
        self._tabs.addTab(self.journaal, self.tr("&Contactjournaal"))
        self._tabs.addTab(self.evaluatie, self.tr("&Voortgang en evaluatie"))
        self._tabs.addTab(self.afsluiten, self.tr("Af&schalen en afsluiten"))
        self._views: list[TrajectTab] = [self.timeline, self.aanbieder, self.journaal, self.evaluatie, self.afsluiten]
        for view in self._views:
            view.sig_error.connect(self.sig_error)
            view.sig_changed.connect(lambda v=view: self._stored_in(v))
        self._tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(top)
        layout.addWidget(self._tabs, 1)

    @property
    def casus_id(self) -> str | None:
        return self._casus_id

    @property
    def huishouden_id(self) -> str:
        return self._huishouden_id

    @property
    def tabs(self) -> QTabWidget:
        return self._tabs

    @property
    def views(self) -> tuple[TrajectTab, ...]:
        return tuple(self._views)

    def open(self, casus_id: str) -> None:
        """Show the traject of ``casus_id`` (a logged read; raises ``RegieError``), starting on the Tijdlijn."""
        if casus_id == self._casus_id:
            return
        self.flush()
        self.clear()
        self.timeline.show_casus(casus_id)  # the opening read: raises before anything else is shown
        self._casus_id = casus_id
        self._show_header()
        for view in self._views[1:]:
            view.show_casus(casus_id)
        self._tabs.blockSignals(True)
        self._tabs.setCurrentIndex(0)
        self._tabs.blockSignals(False)
        self.timeline.table.setFocus()

    def go_back(self) -> None:
        """Save what is pending and go back to the household (``sig_back``)."""
        casus_id, huishouden_id = self._casus_id or "", self._huishouden_id
        try:
            self.flush()
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return  # stay: what was typed is still on screen
        self.clear()
        self.sig_back.emit(casus_id, huishouden_id)

    def flush(self) -> None:
        """Save what every view still holds (raises ``RegieError``; the input stays on screen)."""
        if self._casus_id is not None:
            for view in self._views:
                view.flush()

    def clear(self) -> None:
        """Forget the casus in every view and the header (locking, leaving)."""
        for view in self._views:
            view.clear()
        self._title.clear()
        self._fase.clear()
        self._casus_id, self._huishouden_id = None, ""

    def _show_header(self) -> None:
        current = self.timeline.current
        if current is None:
            return
        self._huishouden_id = current.huishouden_id
        self._title.setText(
            self.tr("Traject van {naam}").format(naam=current.naam) if current.naam else self.tr("Traject")
        )
        self._fase.setText(self.tr("Fase: {fase}").format(fase=fase_label(current.fase)))

    def _tab_changed(self, _index: int) -> None:
        """Leaving a tab saves what it holds, so nothing typed is lost when the worker moves on."""
        try:
            self.flush()
        except RegieError as exc:
            self.sig_error.emit(exc.message)

    def _stored_in(self, source: QWidget) -> None:
        """One view stored something: the others (and the header) show the casus as it is now."""
        if self._casus_id is None:
            return
        try:
            for view in self._views:
                if view is not source:
                    view.show_casus(self._casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
        self._show_header()
