"""The plan of one casus: drafting, comparing, reading it through with the client, consent and signing, documents.

The page only assembles: a header with the versions and their verification badge, and one tab per view. Each
view renders the same ``PlanWerkblad``; when one of them stores something the page reads the worksheet again and
hands it to the others, so the consent screen always signs what the editor last saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.plan_werkblad import PlanWerkblad, VersieInfo, open_plan, refresh_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import PlanStatus
from regie_desktop.errors import RegieError
from ui.background import BackgroundRunner
from ui.dialogs import DialogSeam
from ui.formatting import dutch_local_date
from ui.plan.compare_view import PlanCompareView
from ui.plan.consent_view import ConsentView
from ui.plan.document_view import PlanDocumentView
from ui.plan.plan_editor import PlanEditor
from ui.plan.review_view import PlanReviewView
from ui.style import ERROR_STYLE
from ui.widgets.casus_header import CasusHeader

GELDIG = "geldig"
BADGE_OK_STYLE = "color: #1b5e20; font-weight: bold;"
VERSIONS_HEIGHT = 44


class PlanPage(QWidget):
    """The plan screens of one casus at a time (``open``); ``clear`` forgets everything (locking, leaving)."""

    sig_back = Signal(str, str)
    """The worker wants to leave the plan; (casus id, huishouden id) to go back to."""

    sig_error = Signal(str)
    """Loading or saving failed; the text is a Dutch message for a dialog."""

    def __init__(
        self,
        service: WorkspaceService,
        dialogs: DialogSeam,
        parent: QWidget | None = None,
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.setObjectName("plan_page")
        self._werkblad: PlanWerkblad | None = None
        self._casus_id: str | None = None
        self._huishouden_id = ""

        self._badge = QLabel()
        self._badge.setObjectName("plan_badge")
        self._badge.setAccessibleName(self.tr("Status van deze planversie"))
        self._badge.setWordWrap(True)
        top = CasusHeader("plan", self.tr("Plan van"), self._badge, self.go_back)
        self._title = top.title

        versions_label = QLabel(self.tr("Versies:"))
        self._versions = QListWidget()
        self._versions.setObjectName("plan_versions")
        self._versions.setAccessibleName(self.tr("Versies van het plan"))
        self._versions.setFlow(QListWidget.Flow.LeftToRight)
        self._versions.setWrapping(False)
        self._versions.setFixedHeight(VERSIONS_HEIGHT)
        self._versions.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._versions.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._versions.setStyleSheet("QListWidget#plan_versions::item { padding: 4px 12px; }")
        versions_label.setBuddy(self._versions)
        versions_row = QHBoxLayout()
        versions_row.addWidget(versions_label)
        versions_row.addWidget(self._versions, 1)

        self.editor = PlanEditor(service, dialogs)
        self.compare = PlanCompareView(service, dialogs)
        self.review = PlanReviewView(service, dialogs)
        self.consent = ConsentView(service, dialogs)
        self.document = PlanDocumentView(service, dialogs, runner=runner)
        self._tabs = QTabWidget()
        self._tabs.setObjectName("plan_tabs")
        self._tabs.setAccessibleName(self.tr("Onderdelen van het plan"))
        self._tabs.addTab(self.editor, self.tr("&Opstellen"))
        self._tabs.addTab(self.compare, self.tr("&Vergelijken"))
        self._tabs.addTab(self.review, self.tr("&Doornemen met cliënt"))
        self._tabs.addTab(self.consent, self.tr("&Toestemming en ondertekenen"))
        self._tabs.addTab(self.document, self.tr("Doc&ument"))
        self._tabs.currentChanged.connect(self._tab_changed)
        self.editor.sig_changed.connect(self._editor_saved)
        for view in self._views:
            view.sig_error.connect(self.sig_error)
            if view is not self.editor and hasattr(view, "sig_changed"):
                view.sig_changed.connect(self._stored_elsewhere)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(top)
        layout.addLayout(versions_row)
        layout.addWidget(self._tabs, 1)

    @property
    def _views(self) -> tuple[QWidget, ...]:
        return (self.editor, self.compare, self.review, self.consent, self.document)

    @property
    def casus_id(self) -> str | None:
        return self._casus_id

    @property
    def huishouden_id(self) -> str:
        return self._huishouden_id

    @property
    def werkblad(self) -> PlanWerkblad | None:
        return self._werkblad

    @property
    def tabs(self) -> QTabWidget:
        return self._tabs

    # --- opening, leaving, locking -------------------------------------------------------------------------------
    def open(self, casus_id: str) -> None:
        """Show the plan of ``casus_id`` (a logged read; raises ``RegieError``), starting on "Opstellen"."""
        if casus_id == self._casus_id and self._werkblad is not None:
            return
        self.flush()
        with self._service.unit_of_work() as (session, actor):
            werkblad = open_plan(session, actor, casus_id)
        self.clear()
        self._casus_id, self._huishouden_id = casus_id, werkblad.huishouden_id
        self._tabs.blockSignals(True)
        self._tabs.setCurrentIndex(0)
        self._tabs.blockSignals(False)
        self._show(werkblad, self._views)

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
        """Save what the editor still holds for its autosave, now."""
        if self._casus_id is not None:
            self.editor.flush()

    def clear(self) -> None:
        """Forget the casus in every view, the header and the versions (locking, leaving)."""
        for view in self._views:
            view.clear()  # type: ignore[attr-defined]
        self._versions.clear()
        self._title.clear()
        self._badge.clear()
        self._werkblad = None
        self._casus_id, self._huishouden_id = None, ""

    # --- keeping the views in step -------------------------------------------------------------------------------
    def _show(self, werkblad: PlanWerkblad, views: tuple[QWidget, ...]) -> None:
        self._werkblad = werkblad
        self._show_header(werkblad)
        for view in views:
            view.show_werkblad(werkblad)  # type: ignore[attr-defined]

    def _reload(self) -> PlanWerkblad | None:
        if self._casus_id is None:
            return None
        try:
            with self._service.unit_of_work() as (session, _actor):
                return refresh_plan(session, self._casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return None

    def _tab_changed(self, index: int) -> None:
        """Entering a view: the editor's pending input is saved first, so the view shows (and signs) exactly that."""
        if self._casus_id is None:
            return
        try:
            self.editor.flush()
        except RegieError as exc:
            self.sig_error.emit(exc.message)
        werkblad = self._reload()
        view = self._tabs.widget(index)
        if werkblad is not None and view is not None:
            self._show(werkblad, (view,))

    def _editor_saved(self) -> None:
        """After an autosave the header follows (a new concept version); the editor is not rebuilt under the typing."""
        werkblad = self._reload()
        if werkblad is not None:
            self._werkblad = werkblad
            self._show_header(werkblad)

    def _stored_elsewhere(self) -> None:
        """Signed, or a new version started: every view shows the new state."""
        werkblad = self._reload()
        if werkblad is not None:
            self._show(werkblad, self._views)

    def _show_header(self, werkblad: PlanWerkblad) -> None:
        self._title.setText(
            self.tr("Plan van {naam}").format(naam=werkblad.titel) if werkblad.titel else self.tr("Plan")
        )
        self._versions.clear()
        for info in werkblad.versies:
            item = QListWidgetItem(self._version_text(info), self._versions)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(self._badge_text(info))
        if not werkblad.versies:
            QListWidgetItem(self.tr("nog geen versie"), self._versions)
        current = next((v for v in werkblad.versies if v.id == werkblad.versie_id), None)
        self._badge.setText(self._badge_text(current) if current is not None else self.tr("Nog niet opgeslagen"))
        if current is None or current.status is PlanStatus.CONCEPT:
            self._badge.setStyleSheet("")  # nothing to vouch for yet
        else:
            self._badge.setStyleSheet(
                BADGE_OK_STYLE if current.verificatie == GELDIG else ERROR_STYLE + " font-weight: bold;"
            )

    def _version_text(self, info: VersieInfo) -> str:
        if info.status is PlanStatus.CONCEPT:
            return self.tr("Versie {n}: concept").format(n=info.version)
        return self.tr("Versie {n}: {badge}").format(n=info.version, badge=self._verification_word(info))

    def _badge_text(self, info: VersieInfo) -> str:
        if info.status is PlanStatus.CONCEPT:
            return self.tr("Versie {n} is een concept: nog niet ondertekend").format(n=info.version)
        date = dutch_local_date(info.signed_at) if info.signed_at is not None else ""
        return self.tr("Versie {n}, ondertekend {datum}: {badge}").format(
            n=info.version, datum=date, badge=self._verification_word(info)
        )

    def _verification_word(self, info: VersieInfo) -> str:
        """The badge: a word and a sign, never colour alone."""
        if info.verificatie == GELDIG:
            return self.tr("✓ geldig")
        if info.verificatie == "onbekend_apparaat":
            return self.tr("⚠ ondertekend op een onbekend apparaat")
        return self.tr("⚠ gewijzigd na ondertekening")
