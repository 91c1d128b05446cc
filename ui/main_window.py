"""The main window: navigation, pages, status bar and actions. It holds no feature logic."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.background import BackgroundRunner
from ui.dialogs import DialogSeam
from ui.gesprek.gesprek_page import GesprekPage
from ui.icons import icon
from ui.pages.aanmelding_page import AanmeldingPage
from ui.pages.agenda_page import AgendaPage
from ui.pages.bewaartermijnen_page import BewaartermijnenPage
from ui.pages.caseload_page import CaseloadPage
from ui.pages.conflicts_page import ConflictsPage
from ui.pages.household_page import HouseholdPage
from ui.pages.logboek_page import LogboekPage
from ui.pages.team_overview_page import TeamOverviewPage
from ui.pages.vandaag_page import VandaagPage
from ui.pages.waitlist_page import WaitlistPage
from ui.sync.sync_status import SyncStatusController

if TYPE_CHECKING:
    from ui.bespreek_dialog import BespreekDialog
    from ui.plan.plan_page import PlanPage
    from ui.presentatie.presentation_session import PresentationSession
    from ui.traject.traject_page import TrajectPage

NAVIGATION_WIDTH = 180


class MainWindow(QMainWindow):
    """Assembles the pages for an unlocked workspace; the controller decides what locking means."""

    sig_lock_requested = Signal()
    """The worker asked to lock Regie (Ctrl+L or the menu)."""

    sig_closed = Signal()
    """The worker closed the main window, which ends Regie."""

    sig_error = Signal(str)
    """Something the worker asked for failed; the text is a Dutch message for a dialog."""

    sig_settings_requested = Signal()
    """The worker asked for the settings dialog (Ctrl+, or the menu)."""

    sig_about_requested = Signal()
    """The worker asked for the About dialog (Help → Over Regie…)."""

    def __init__(
        self,
        service: WorkspaceService,
        parent: QWidget | None = None,
        dialogs: DialogSeam | None = None,
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs or DialogSeam()
        self._runner = runner
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Regie"))
        self.resize(980, 640)

        self._vandaag = VandaagPage()
        self._caseload = CaseloadPage()
        self._waitlist = WaitlistPage()
        self._household = HouseholdPage()
        self._conflicts = ConflictsPage()
        self._aanmelding = AanmeldingPage(service, self._dialogs)
        self._gesprek: GesprekPage | None = None  # built when a gesprek is first opened
        self._plan: PlanPage | None = None  # built when a plan is first opened
        self._traject: TrajectPage | None = None  # built when a traject is first opened
        self._agenda = AgendaPage(service, self._dialogs)
        self._bewaartermijnen = BewaartermijnenPage(service, self._dialogs)
        self._team_overview = TeamOverviewPage(service, self._dialogs)
        self._logboek = LogboekPage()
        self._rights_dialog: QDialog | None = None  # the open Inzage or Corrigeren dialog
        self._jump_actions: list[QAction] = []
        self._pages = QStackedWidget()
        self._pages.setObjectName("pages")
        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setAccessibleName(self.tr("Navigatie"))
        self._navigation.setFixedWidth(NAVIGATION_WIDTH)
        self._navigation.setFrameShape(QFrame.Shape.NoFrame)
        self._navigation.setStyleSheet("QListWidget#navigation::item { padding: 6px 12px; }")
        self._add_page(self.tr("Vandaag"), self._vandaag, "vandaag")
        self._add_page(self.tr("Caseload"), self._caseload, "caseload")
        self._add_page(self.tr("Wachtlijst"), self._waitlist, "wachtlijst")
        self._add_page(self.tr("Conflicten"), self._conflicts, "conflicten")
        self._add_page(self.tr("Agenda"), self._agenda, "agenda")
        self._add_page(self.tr("Bewaartermijnen"), self._bewaartermijnen, "bewaartermijnen")
        self._add_page(self.tr("Teamoverzicht"), self._team_overview, "teamoverzicht")  # Ctrl+7
        self._pages.addWidget(self._household)  # not in the navigation: opened from a list
        self._pages.addWidget(self._aanmelding)  # not in the navigation: "Nieuwe aanmelding" (Ctrl+N)
        self._pages.addWidget(self._logboek)  # not in the navigation: opened from a household
        self._navigation.currentRowChanged.connect(self._pages.setCurrentIndex)
        self._navigation.itemClicked.connect(self._show_navigation_page)
        for page in (self._vandaag, self._caseload, self._waitlist, self._agenda):
            page.sig_open_casus.connect(self.open_casus)
        self._agenda.sig_error.connect(self.sig_error)
        self._household.sig_back.connect(self._show_navigation_page)
        self._household.sig_open_gesprek.connect(self.open_gesprek)
        self._household.sig_open_plan.connect(self.open_plan)
        self._household.sig_open_traject.connect(self.open_traject)
        self._vandaag.sig_open_traject.connect(self.open_traject)
        self._household.sig_open_logboek.connect(self.open_logboek)
        self._household.sig_inzage.connect(self.open_inzage)
        self._household.sig_corrigeren.connect(self.open_rectify)
        self._logboek.sig_back.connect(lambda huishouden_id: self.open_casus("", huishouden_id))
        self._bewaartermijnen.sig_destroyed.connect(self._destroyed)
        self._bewaartermijnen.sig_error.connect(self.sig_error)
        self._team_overview.sig_error.connect(self.sig_error)
        self._pages.currentChanged.connect(self._enable_jumps)
        self._aanmelding.sig_registered.connect(self._registered)
        self._aanmelding.sig_open_household.connect(self.open_household)
        self._aanmelding.sig_cancelled.connect(self._show_navigation_page)
        self._navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._navigation)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(divider)
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)

        self._lock_state_label = self._status_label("lock_state_label", self.tr("Vergrendelstatus"))
        self._sync_state_label = self._status_label("sync_state_label", self.tr("Synchronisatie"))
        self._worker_label = self._status_label("worker_label", self.tr("Werker"))
        for label in (self._lock_state_label, self._sync_state_label, self._worker_label):
            self.statusBar().addPermanentWidget(label)
        self.statusBar().setSizeGripEnabled(True)
        self.sync = SyncStatusController(service, self._sync_state_label, runner, self)
        self.sync.sig_synced.connect(self._synced)
        self.sync.sig_failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.sync.sig_workspace_wiped.connect(self._workspace_wiped)
        self._conflicts.sig_resolved.connect(self.sync.refresh_label)

        self.lock_action = QAction(self.tr("Vergrendelen"), self)
        self.lock_action.setObjectName("lock_action")
        self.lock_action.setIcon(icon("vergrendelen"))
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setStatusTip(self.tr("Regie vergrendelen; daarna is uw wachtwoord weer nodig"))
        self.lock_action.triggered.connect(self.sig_lock_requested)
        self.new_aanmelding_action = QAction(self.tr("Nieuwe aanmelding"), self)
        self.new_aanmelding_action.setObjectName("new_aanmelding_action")
        self.new_aanmelding_action.setIcon(icon("aanmelding"))
        self.new_aanmelding_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N))
        self.new_aanmelding_action.setStatusTip(self.tr("Een nieuw huishouden aanmelden"))
        self.new_aanmelding_action.triggered.connect(self.show_aanmelding)
        self.quit_action = QAction(self.tr("Afsluiten"), self)
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.settings_action = QAction(icon("instellingen"), self.tr("Instellingen…"), self)
        self.settings_action.setObjectName("settings_action")
        self.settings_action.setShortcuts(_settings_shortcuts())
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setStatusTip(self.tr("Vergrendeltijd, weergave en het instrument van het team instellen"))
        self.settings_action.triggered.connect(self.sig_settings_requested)
        self.present_action = QAction(icon("presenteren"), self.tr("Presenteren"), self)
        self.present_action.setObjectName("present_action")
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.setStatusTip(
            self.tr("De casussen van de caseload zonder namen op de beamer tonen, voor de teamvergadering")
        )
        self.present_action.triggered.connect(self.start_presentation)
        self._presentation: PresentationSession | None = None
        self.bespreek_action = QAction(self.tr("Bespreekformulier…"), self)
        self.bespreek_action.setObjectName("bespreek_action")
        self.bespreek_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_B))
        self.bespreek_action.setStatusTip(
            self.tr("De casussen voor het teamoverleg kiezen en het formulier zonder namen afdrukken")
        )
        self.bespreek_action.triggered.connect(self.open_bespreekformulier)
        self._bespreek_dialog: BespreekDialog | None = None
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        file_menu.setObjectName("file_menu")
        file_menu.addAction(self.new_aanmelding_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sync.sync_now_action)
        file_menu.addAction(self.present_action)
        file_menu.addAction(self.bespreek_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        toolbar = self.addToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_aanmelding_action)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.sync.sync_now_action)
        toolbar.addAction(self.present_action)
        self.about_action = QAction(self.tr("Over Regie…"), self)
        self.about_action.setObjectName("about_action")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.setStatusTip(self.tr("Versie, licenties, werkruimte en de zelftest"))
        self.about_action.triggered.connect(self.sig_about_requested)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")
        help_menu.addAction(self.about_action)

    def _add_page(self, title: str, page: QWidget, icon_name: str) -> None:
        """A navigation entry with its page; Ctrl+1, Ctrl+2, … jump to the entries in order."""
        row = self._navigation.count()
        item = QListWidgetItem(icon(icon_name), title, self._navigation)
        item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(row + 1)))
        self._pages.addWidget(page)
        jump = QAction(title, self)
        jump.setObjectName(f"goto_{page.objectName() or row}_action")
        jump.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_1 + row)))
        jump.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        jump.triggered.connect(lambda _=False, r=row: self.set_current_row(r))
        self.addAction(jump)
        self._jump_actions.append(jump)

    def _status_label(self, object_name: str, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setAccessibleName(accessible_name)
        label.setContentsMargins(8, 0, 8, 0)
        return label

    @property
    def current_page(self) -> QWidget | None:
        return self._pages.currentWidget()

    def current_row(self) -> int:
        return self._navigation.currentRow()

    def set_current_row(self, row: int) -> None:
        self._navigation.setCurrentRow(row)
        self._show_navigation_page()

    def open_household_id(self) -> tuple[str, str] | None:
        """(casus id, huishouden id) of the household on screen, or None when a list is shown."""
        if self._pages.currentWidget() is self._household and self._household.household_id:
            return self._household.casus_id or "", self._household.household_id
        return None

    def open_gesprek_id(self) -> str | None:
        """The casus whose gesprek is on screen, or None."""
        if self._gesprek is not None and self._pages.currentWidget() is self._gesprek:
            return self._gesprek.casus_id
        return None

    @property
    def gesprek_page(self) -> GesprekPage | None:
        return self._gesprek

    def open_gesprek(self, casus_id: str) -> None:
        """Show the gesprek of a casus (one casus at a time: another casus's texts are saved and cleared first)."""
        if self._gesprek is None:
            self._gesprek = GesprekPage(self._service)
            self._gesprek.sig_error.connect(self.sig_error)
            self._gesprek.sig_back.connect(self._gesprek_left)
            self._pages.addWidget(self._gesprek)  # not in the navigation: opened from a household
        try:
            self._gesprek.open(casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._pages.setCurrentWidget(self._gesprek)
        self._navigation.clearSelection()

    def open_plan_id(self) -> str | None:
        """The casus whose plan is on screen, or None."""
        if self._plan is not None and self._pages.currentWidget() is self._plan:
            return self._plan.casus_id
        return None

    @property
    def plan_page(self) -> PlanPage | None:
        return self._plan

    def open_plan(self, casus_id: str) -> None:
        """Show the plan of a casus (one casus at a time: another casus's pending input is saved first)."""
        if self._plan is None:
            from ui.plan.plan_page import PlanPage  # QtPdf and reportlab load only when a plan is opened

            self._plan = PlanPage(self._service, self._dialogs, runner=self._runner)
            self._plan.sig_error.connect(self.sig_error)
            self._plan.sig_back.connect(self._gesprek_left)
            self._pages.addWidget(self._plan)  # not in the navigation: opened from a household
        try:
            self._plan.open(casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._pages.setCurrentWidget(self._plan)
        self._navigation.clearSelection()

    def open_traject_id(self) -> str | None:
        """The casus whose traject is on screen, or None."""
        if self._traject is not None and self._pages.currentWidget() is self._traject:
            return self._traject.casus_id
        return None

    @property
    def traject_page(self) -> TrajectPage | None:
        return self._traject

    def open_traject(self, casus_id: str) -> None:
        """Show the traject of a casus (one casus at a time: another casus's pending input is saved first)."""
        if self._traject is None:
            from ui.traject.traject_page import TrajectPage  # QtPdf loads only when a traject is opened

            self._traject = TrajectPage(self._service, self._dialogs)
            self._traject.sig_error.connect(self.sig_error)
            self._traject.sig_back.connect(self._gesprek_left)
            self._pages.addWidget(self._traject)  # not in the navigation: opened from a household
        try:
            self._traject.open(casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._pages.setCurrentWidget(self._traject)
        self._navigation.clearSelection()

    def _gesprek_left(self, casus_id: str, huishouden_id: str) -> None:
        if huishouden_id:
            self.open_casus(casus_id, huishouden_id)
        else:
            self._show_navigation_page()

    def _enable_jumps(self) -> None:
        """Ctrl+1…9 jump between the gesprek's parts while it is shown, between the lists otherwise."""
        current = self._pages.currentWidget()
        on_gesprek = self._gesprek is not None and current is self._gesprek
        on_plan = self._plan is not None and current is self._plan
        on_traject = self._traject is not None and current is self._traject
        for action in self._jump_actions:
            action.setEnabled(not (on_gesprek or on_plan or on_traject))  # leave by "Terug", so input is saved

    def open_casus(self, casus_id: str, huishouden_id: str) -> None:
        """Read the household through the core and show its overview; a failure goes to ``sig_error``."""
        try:
            self._household.open(self._service, huishouden_id, casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._pages.setCurrentWidget(self._household)

    # --- the client's rights (#12): logboek, inzage, rectification, destruction ----------------------------
    @property
    def logboek_page(self) -> LogboekPage:
        return self._logboek

    @property
    def rights_dialog(self) -> QDialog | None:
        """The Inzage or Corrigeren dialog while it is open (tests drive it)."""
        return self._rights_dialog

    def open_logboek_id(self) -> str | None:
        """The household whose access log is on screen, or None."""
        if self._pages.currentWidget() is self._logboek:
            return self._logboek.huishouden_id
        return None

    def open_logboek(self, huishouden_id: str) -> None:
        """Show the access log of a household; a failure goes to ``sig_error``."""
        try:
            self._logboek.open(self._service, huishouden_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._pages.setCurrentWidget(self._logboek)
        self._navigation.clearSelection()

    def open_inzage(self, persoon_id: str, naam: str, heeft_kinderen: bool) -> None:
        """Open the Inzage dialog for one person (window-modal, not blocking)."""
        from ui.inzage_dialog import InzageDialog

        self._show_rights_dialog(InzageDialog(self._service, self._dialogs, persoon_id, naam, heeft_kinderen, self))

    def open_rectify(self, persoon_id: str, naam: str) -> None:
        """Open the Corrigeren dialog for one person; the household reloads after a correction."""
        from ui.rectify_dialog import RectifyDialog

        try:
            dialog = RectifyDialog(self._service, persoon_id, naam, self)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        dialog.sig_rectified.connect(self._rectified)
        self._show_rights_dialog(dialog)

    def _show_rights_dialog(self, dialog: QDialog) -> None:
        self._close_rights_dialog()
        self._rights_dialog = dialog
        dialog.finished.connect(lambda _=0, d=dialog: self._rights_dialog_done(d))
        dialog.open()

    def _rights_dialog_done(self, dialog: QDialog) -> None:
        if self._rights_dialog is dialog:
            self._rights_dialog = None
        dialog.deleteLater()

    def _close_rights_dialog(self) -> None:
        """A lock closes the dialog: it shows a name."""
        dialog, self._rights_dialog = self._rights_dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    # --- the team meeting (#10): the bespreekformulier -------------------------------------------------------
    @property
    def bespreek_dialog(self) -> BespreekDialog | None:
        """The Bespreekformulier dialog while it is open (tests drive it)."""
        return self._bespreek_dialog

    def open_bespreekformulier(self) -> None:
        """Ctrl+Shift+B: pick the casussen for the team meeting and print the pseudonymised form (one at a time)."""
        from ui.bespreek_dialog import BespreekDialog  # QtPdf and reportlab load only when asked for

        if self._bespreek_dialog is not None:
            self._bespreek_dialog.raise_()
            self._bespreek_dialog.activateWindow()
            return
        try:
            dialog = BespreekDialog(self._service, self._dialogs, self, runner=self._runner)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        dialog.sig_error.connect(self.sig_error)
        dialog.finished.connect(lambda _=0, d=dialog: self._bespreek_done(d))
        self._bespreek_dialog = dialog
        dialog.open()

    def _bespreek_done(self, dialog: BespreekDialog) -> None:
        if self._bespreek_dialog is dialog:
            self._bespreek_dialog = None
        dialog.deleteLater()

    def _close_bespreek_dialog(self) -> None:
        """A lock closes the dialog; closing keeps the worker's choice as the draft while the key is still there."""
        dialog, self._bespreek_dialog = self._bespreek_dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    def _rectified(self) -> None:
        shown = self.open_household_id()
        if shown is not None:
            self.open_casus(*shown)

    def _destroyed(self) -> None:
        """A dossier was destroyed: reload the lists that may show it."""
        try:
            for page in (self._vandaag, self._caseload, self._waitlist):
                page.refresh(self._service)
        except RegieError as exc:
            self.sig_error.emit(exc.message)

    def show_aanmelding(self) -> None:
        """Show the "Nieuwe aanmelding" form (what was typed before stays)."""
        self._pages.setCurrentWidget(self._aanmelding)
        self._navigation.clearSelection()  # no list is shown; the current row is kept for "Annuleren"
        self._aanmelding.start()

    def open_household(self, huishouden_id: str) -> None:
        """Show the overview of an existing household (from the duplicate banner)."""
        self.open_casus("", huishouden_id)

    def _registered(self, casus_id: str, huishouden_id: str) -> None:
        """After an aanmelding: reload every list and show the new household."""
        try:
            self.refresh()
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self.open_casus(casus_id, huishouden_id)

    def _show_navigation_page(self) -> None:
        """Show the page of the selected navigation item (also back from a household)."""
        self._pages.setCurrentIndex(max(self._navigation.currentRow(), 0))
        if (item := self._navigation.currentItem()) is not None:
            item.setSelected(True)
        self._household.clear()

    def refresh(self) -> None:
        """Load the worker, the counts and every list from the core and show them (raises ``RegieError``)."""
        worker = self._service.worker()
        status = self._service.status()
        self._vandaag.summary.show_data(worker, status)
        for page in (self._vandaag, self._caseload, self._waitlist):
            page.refresh(self._service)
        self._conflicts.refresh(self._service)
        if self._bewaartermijnen.isVisible():
            self._bewaartermijnen.refresh(self._service)  # else read when it is shown
        self._lock_state_label.setText(self.tr("Ontgrendeld"))
        self.sync.start()
        self._worker_label.setText(worker.naam)

    @property
    def presentation(self) -> PresentationSession | None:
        """The presentation under way, or None."""
        return self._presentation

    def presentation_choice(self) -> tuple[list[str], int]:
        """The casussen to present and where to begin: the caseload as filtered, from the casus in view.

        From a household the presentation starts at its casus (alone when the filter hides it); from the
        caseload at the selected row.
        """
        ids = self._caseload.visible_casus_ids()
        shown = self.open_household_id()
        current = (
            shown[0] if shown else (self._caseload.current_casus_id() if self.current_page is self._caseload else None)
        )
        if current and current not in ids:
            return [current], 0
        return ids, ids.index(current) if current else 0

    def start_presentation(self) -> None:
        """F5: the presentation of the caseload selection on the second screen, controls on this one."""
        from regie_desktop.app.presentatie import presentation_list
        from ui.presentatie.presentation_session import PresentationSession

        if self._presentation is not None:
            self._presentation.panel.raise_()
            self._presentation.panel.activateWindow()
            return
        ids, start = self.presentation_choice()
        try:
            with self._service.unit_of_work() as (session, _actor):
                items = presentation_list(session, ids)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        if not items:
            self.statusBar().showMessage(self.tr("Er zijn geen casussen om te presenteren."), 10000)
            return
        start = next((n for n, item in enumerate(items) if item.casus_id == ids[start]), 0)
        presentation = PresentationSession(
            self._service, self._dialogs, items, start, laptop=self.screen(), parent=self
        )
        presentation.sig_error.connect(self.sig_error)
        presentation.sig_stopped.connect(self._presentation_stopped)
        presentation.panel.sig_lock.connect(self.sig_lock_requested)
        self._presentation = presentation
        presentation.start()

    def stop_presentation(self) -> None:
        """Blank and close the projector (locking, closing Regie)."""
        if self._presentation is not None:
            self._presentation.stop()

    def _presentation_stopped(self) -> None:
        presentation, self._presentation = self._presentation, None
        if presentation is not None:
            presentation.deleteLater()
        self.activateWindow()

    def clear_views(self) -> None:
        """Remove every piece of worker or workspace data from the window's widgets."""
        self.stop_presentation()  # first: the projector goes blank before anything else happens
        self._aanmelding.flush()  # a draft still waiting for its autosave goes into the database first
        if self._gesprek is not None:
            try:
                self._gesprek.flush()  # typed text waiting for its autosave, too
            except RegieError as exc:
                self.sig_error.emit(exc.message)
            self._gesprek.clear()
        if self._plan is not None:
            try:
                self._plan.flush()  # the plan editor's pending input, too
            except RegieError as exc:
                self.sig_error.emit(exc.message)
            self._plan.clear()
        if self._traject is not None:
            try:
                self._traject.flush()  # a bespreking typed but not saved, too
            except RegieError as exc:
                self.sig_error.emit(exc.message)
            self._traject.clear()
        self.sync.stop()
        for page in (self._vandaag, self._caseload, self._waitlist, self._household, self._aanmelding, self._conflicts):
            page.clear()
        self._agenda.clear()
        self._close_rights_dialog()
        self._close_bespreek_dialog()
        self._logboek.clear()
        self._bewaartermijnen.clear()
        self._team_overview.clear()
        self._worker_label.clear()
        self._lock_state_label.setText(self.tr("Vergrendeld"))
        self.statusBar().clearMessage()

    @property
    def runner(self) -> BackgroundRunner | None:
        """The application's one background runner (the settings dialog enrols through it)."""
        return self._runner

    def sync_enrolled(self) -> None:
        """Just enrolled (settings dialog): show the state and sync for the first time."""
        self.sync.start()
        self.sync.sync_now()

    def _synced(self, report: object) -> None:
        """After a sync that brought changes, reload the lists (the household on screen stays)."""
        if getattr(report, "pulled", 0) or getattr(report, "new_conflicts", 0):
            try:
                for page in (self._vandaag, self._caseload, self._waitlist, self._conflicts, self._agenda):
                    page.refresh(self._service)
            except RegieError as exc:
                self.sig_error.emit(exc.message)
            if self._bespreek_dialog is not None:
                self._bespreek_dialog.refresh_after_sync()

    def _workspace_wiped(self, message: str) -> None:
        """The device was revoked: nothing of the workspace may stay on screen; say why, then end Regie."""
        self.clear_views()
        self._dialogs.critical(self, self.tr("Regie"), message)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the main window ends Regie; the controller locks and releases the workspace."""
        self.sig_closed.emit()
        super().closeEvent(event)


def _settings_shortcuts() -> list[QKeySequence]:
    """The platform's own settings key (Cmd+, on macOS; none on Windows) plus Ctrl+, everywhere."""
    shortcuts: list[QKeySequence] = []
    for sequence in (QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")):
        if not sequence.isEmpty() and sequence not in shortcuts:
            shortcuts.append(sequence)
    return shortcuts
