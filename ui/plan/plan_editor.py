"""The plan editor: doelen per leefgebied, started from the wensen of the gesprek, with acties and inzet.

The concept saves itself shortly after the worker stops typing (and at the latest ``MAX_UNSAVED_MS`` after
the first unsaved change), like the gesprek: at the kitchen table nobody presses "Opslaan". A half-typed
actie is stored as it is; only signing asks for a complete plan. A signed version is shown read-only:
changing it means a new version, which needs the client's consent again.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.plan_werkblad import PlanWerkblad, Wens, new_doel, start_new_version
from regie_desktop.app.plans import draft, save_plan_draft
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import Doel, PlanContent
from regie_desktop.errors import RegieError
from ui.dialogs import DialogSeam
from ui.gesprek.part import AUTOSAVE_PAUSE_MS
from ui.gesprek.text_part import MAX_UNSAVED_MS
from ui.icons import icon as ui_icon
from ui.plan.doel_editor import DoelEditor
from ui.plan.inputs import MIN_HEIGHT, ComboBox, text_edit
from ui.plan.optional_date import OptionalDateEdit
from ui.style import error_label, heading_font, show_message

FONT_SCALE = 1.1  # read at arm's length, often together with the client
TUSSENEVALUATIE_WEEKS = 13
"""The date offered for the tussenevaluatie, once the worker unticks "Geen datum": about three months on."""


class PlanEditor(QWidget):
    """Edits the concept of one casus (``show_werkblad``); autosaves, and ``flush`` saves what is pending now."""

    sig_error = Signal(str)
    """Starting a new version failed; the text is a Dutch message for a dialog."""

    sig_changed = Signal()
    """The editor stored a change (an autosave, a new version): the page re-reads the worksheet."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self.setObjectName("plan_editor")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * FONT_SCALE)
        self.setFont(font)
        self._werkblad: PlanWerkblad | None = None
        self._editors: list[DoelEditor] = []
        self._wensen: tuple[Wens, ...] = ()
        self._wens_buttons: list[QPushButton] = []
        self._editable = False
        self._loading = False
        self._dirty = False
        self._versie_id: str | None = None
        self._stored: PlanContent | None = None
        """The concept as stored (None: no concept row yet); a save expects to find exactly this."""
        self._saved_built: PlanContent | None = None
        """The plan as the widgets held it at the last load or save: an unchanged plan is not saved again."""

        self._message = error_label("plan_editor_message", self.tr("Melding bij het plan"))
        self._banner = self._build_banner()
        content = QWidget()
        content.setObjectName("plan_editor_content")
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 12, 12)
        column.setSpacing(12)
        column.addWidget(self._heading(self.tr("Uit het gesprek")))
        column.addWidget(self._build_wensen())
        column.addWidget(self._heading(self.tr("Doelen")))
        self._no_doelen = QLabel(
            self.tr("Nog geen doelen. Maak een doel van een wens hierboven, of voeg hieronder een doel toe.")
        )
        self._no_doelen.setObjectName("no_doelen")
        self._no_doelen.setWordWrap(True)
        column.addWidget(self._no_doelen)
        self._doelen = QVBoxLayout()
        self._doelen.setSpacing(12)
        column.addLayout(self._doelen)
        column.addLayout(self._build_add_row())
        column.addSpacing(8)
        column.addWidget(self._heading(self.tr("Afspraken voor het hele plan")))
        column.addWidget(self._build_plan_box())
        column.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("plan_editor_scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(content)
        QScroller.grabGesture(self._scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._message)
        layout.addWidget(self._banner)
        layout.addWidget(self._scroll, 1)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(AUTOSAVE_PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(MAX_UNSAVED_MS)
        self._limit.timeout.connect(self.flush)
        self._set_editable(False)

    # --- building -------------------------------------------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(heading_font(self.font(), 1.3))
        return label

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("plan_signed_banner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setAccessibleName(self.tr("Ondertekende versie"))
        self._banner_text = QLabel()
        self._banner_text.setObjectName("plan_signed_text")
        self._banner_text.setWordWrap(True)
        self._new_version = QPushButton(self.tr("Nieuwe versie opstellen"))
        self._new_version.setObjectName("new_version_button")
        self._new_version.setAccessibleName(self.tr("Nieuwe versie opstellen"))
        self._new_version.setMinimumHeight(MIN_HEIGHT + 8)
        self._new_version.clicked.connect(self.new_version)
        icon = QLabel()
        icon.setPixmap(ui_icon("vergrendelen").pixmap(QSize(28, 28)))
        icon.setAccessibleName(self.tr("Ondertekend"))
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(icon)
        row.addWidget(self._banner_text, 1)
        row.addWidget(self._new_version)
        banner.setVisible(False)
        return banner

    def _build_wensen(self) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setObjectName("wensen_box")
        box.setAccessibleName(self.tr("Wensen uit het gesprek"))
        self._wensen_grid = QGridLayout()
        self._wensen_grid.setHorizontalSpacing(12)
        self._wensen_grid.setColumnStretch(1, 1)
        self._no_wensen = QLabel(self.tr("In het gesprek is nog geen wens genoteerd."))
        self._no_wensen.setObjectName("no_wensen")
        hint = QLabel(self.tr("Maak van een wens een doel: u kunt de tekst daarna samen met de cliënt aanpassen."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self._no_wensen)
        layout.addLayout(self._wensen_grid)
        self._wensen_hint = hint
        return box

    def _build_add_row(self) -> QHBoxLayout:
        label = QLabel(self.tr("Nieuw doel in &leefgebied:"))
        self._new_leefgebied = ComboBox()
        self._new_leefgebied.setObjectName("new_doel_leefgebied")
        self._new_leefgebied.setAccessibleName(self.tr("Leefgebied van het nieuwe doel"))
        label.setBuddy(self._new_leefgebied)
        self._add_doel = QPushButton(self.tr("+ Doel toevoe&gen"))
        self._add_doel.setObjectName("add_doel_button")
        self._add_doel.setAccessibleName(self.tr("Doel toevoegen"))
        self._add_doel.setMinimumHeight(MIN_HEIGHT)
        self._add_doel.clicked.connect(self._add_clicked)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self._new_leefgebied)
        row.addWidget(self._add_doel)
        row.addStretch(1)
        self._add_row_widgets: list[QWidget] = [label, self._new_leefgebied, self._add_doel]
        return row

    def _build_plan_box(self) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setAccessibleName(self.tr("Afspraken voor het hele plan"))
        box.setObjectName("plan_box")
        today = self._service.today()
        self._tussenevaluatie = OptionalDateEdit(
            "tussenevaluatie_edit",
            "tussenevaluatie_geen_datum",
            self.tr("Tussenevaluatie"),
            self.tr("Geen datum"),
            today + dt.timedelta(weeks=TUSSENEVALUATIE_WEEKS),
        )
        self._tussenevaluatie.sig_changed.connect(self._edited)
        tussen_label = QLabel(self.tr("Tussenevaluatie:"))
        tussen_label.setBuddy(self._tussenevaluatie.none_box)
        self._toelichting = text_edit(
            "toelichting_edit",
            self.tr("Toelichting bij het plan"),
            4,
            self.tr("Wat verder is afgesproken, of wat de cliënt belangrijk vindt om te noemen."),
        )
        self._toelichting.textChanged.connect(self._edited)
        toelichting_label = QLabel(self.tr("Toelichting:"))
        toelichting_label.setBuddy(self._toelichting)
        grid = QGridLayout(box)
        grid.addWidget(tussen_label, 0, 0)
        grid.addWidget(self._tussenevaluatie, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(toelichting_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._toelichting, 1, 1)
        grid.setColumnStretch(1, 1)
        return box

    # --- the view contract ----------------------------------------------------------------------------------
    @property
    def werkblad(self) -> PlanWerkblad | None:
        return self._werkblad

    @property
    def editable(self) -> bool:
        return self._editable

    @property
    def pending(self) -> bool:
        """Edits wait for their autosave (or failed to save and wait for the next try)."""
        return self._dirty

    def doel_editors(self) -> list[DoelEditor]:
        return list(self._editors)

    def doel_editor(self, doel_id: str) -> DoelEditor:
        return next(e for e in self._editors if e.doel_id == doel_id)

    def show_werkblad(self, werkblad: PlanWerkblad) -> None:
        """Show ``werkblad``; when it only confirms what the editor holds (after its own save), keep the widgets.

        The page re-reads the worksheet after every ``sig_changed``; rebuilding then would throw the cursor
        out of the field the worker is typing in. Edits still pending are dropped only when the worksheet
        shows another plan: the page calls ``flush`` before anything that changes the stored plan.
        """
        if self._confirms(werkblad):
            previous, self._werkblad = self._werkblad, werkblad
            self._show_wensen(werkblad)
            if previous is None or previous.wie_opties != werkblad.wie_opties:  # refilling moves the cursor
                for editor in self._editors:
                    editor.set_wie_opties(werkblad.wie_opties)
            return
        self._cancel()
        self._loading = True
        try:
            self._drop_editors()
            self._werkblad = werkblad
            plan = werkblad.plan
            today = self._service.today()
            self._tussenevaluatie.set_default(today + dt.timedelta(weeks=TUSSENEVALUATIE_WEEKS))
            self._tussenevaluatie.set_value(plan.tussenevaluatie)
            self._toelichting.setPlainText(plan.toelichting)
            self._new_leefgebied.clear()
            for key, label in werkblad.leefgebieden:
                self._new_leefgebied.addItem(label, key)
            self._wensen = ()
            self._show_wensen(werkblad)
            for doel in plan.doelen:
                self._editors.append(self._make_editor(doel))
            self._place_editors()
            self._versie_id = werkblad.versie_id
            self._stored = plan if werkblad.editable and werkblad.versie_id is not None else None
            self._set_editable(werkblad.editable)
            self._banner_text.setText(
                self.tr(
                    "Versie {n} is ondertekend en verandert niet meer. Wijzigingen komen in een nieuwe versie, "
                    "die de cliënt opnieuw moet lezen en ondertekenen."
                ).format(n=plan.version)
            )
            self._banner.setVisible(not werkblad.editable)
            show_message(self._message, "")
            self._saved_built = self.build_plan()
        finally:
            self._loading = False
        self._update_tab_order()

    def clear(self) -> None:
        """Forget the casus (locking, leaving): no name, wens or doel text stays in any widget."""
        self._cancel()
        self._loading = True
        try:
            self._drop_editors()
            self._place_editors()
            self._wensen = ()
            self._clear_wensen()
            self._no_wensen.setVisible(True)
            self._toelichting.clear()
            self._tussenevaluatie.set_value(None)
            self._new_leefgebied.clear()
            self._banner_text.clear()
            self._banner.setVisible(False)
            show_message(self._message, "")
        finally:
            self._loading = False
        self._werkblad = None
        self._versie_id = None
        self._stored = None
        self._saved_built = None
        self._set_editable(False)

    def flush(self) -> None:
        """Save pending edits now (before switching tabs, locking, leaving); a failure shows inline."""
        self._pause.stop()
        self._limit.stop()
        if self._dirty:
            self._save()

    # --- reading the widgets --------------------------------------------------------------------------------
    def build_plan(self) -> PlanContent | None:
        """The plan as the widgets hold it (doel ids kept, texts as typed); None without a worksheet."""
        if self._werkblad is None:
            return None
        base = self._werkblad.plan
        return PlanContent(
            casus_id=self._werkblad.casus_id,
            version=base.version,
            instrument_id=base.instrument_id,
            doelen=tuple(editor.doel() for editor in self._editors),
            tussenevaluatie=self._tussenevaluatie.value(),
            toelichting=self._toelichting.toPlainText(),
        )

    # --- doelen ---------------------------------------------------------------------------------------------
    def add_doel(self, leefgebied: str, omschrijving: str = "") -> DoelEditor:
        """A new doel after the doelen of its leefgebied (instrument order), with the focus in its text."""
        assert self._werkblad is not None and self._editable
        order = {key: n for n, (key, _label) in enumerate(self._werkblad.leefgebieden)}
        rank = order.get(leefgebied, len(order))
        position = 0
        for n, editor in enumerate(self._editors):
            if order.get(editor.doel().leefgebied, len(order)) <= rank:
                position = n + 1
        editor = self._make_editor(new_doel(leefgebied, omschrijving))
        self._editors.insert(position, editor)
        self._place_editors()
        self._update_tab_order()
        self._edited()
        editor.focus_omschrijving()
        QTimer.singleShot(0, editor, lambda: self._scroll_to(editor))
        return editor

    def remove_doel(self, doel_id: str) -> bool:
        """Remove a doel after asking; True when it was removed."""
        editor = self.doel_editor(doel_id)
        n = self._editors.index(editor) + 1
        if not self._dialogs.question(
            self,
            self.tr("Doel verwijderen"),
            self.tr("Doel {n} verwijderen, met zijn acties en inzet?").format(n=n),
        ):
            return False
        self._editors.remove(editor)
        self._doelen.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        self._place_editors()
        self._update_tab_order()
        self._edited()
        if self._editors:
            self._editors[min(n - 1, len(self._editors) - 1)].remove_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._add_doel.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def move_doel(self, doel_id: str, step: int) -> None:
        editor = self.doel_editor(doel_id)
        old = self._editors.index(editor)
        new = old + step
        if not 0 <= new < len(self._editors):
            return
        self._editors.insert(new, self._editors.pop(old))
        self._place_editors()
        self._update_tab_order()
        self._edited()
        button = editor.up_button if step < 0 else editor.down_button
        (button if button.isEnabled() else editor.omschrijving).setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, editor, lambda: self._scroll_to(editor))

    def _make_editor(self, doel: Doel) -> DoelEditor:
        assert self._werkblad is not None
        editor = DoelEditor(doel, self._werkblad.leefgebieden, self._werkblad.wie_opties, self._service.today())
        editor.sig_changed.connect(self._edited)
        editor.sig_remove_requested.connect(self.remove_doel)
        editor.sig_move_requested.connect(self.move_doel)
        editor.set_editable(self._werkblad.editable)
        return editor

    def _place_editors(self) -> None:
        for editor in self._editors:
            self._doelen.removeWidget(editor)
        for n, editor in enumerate(self._editors):
            self._doelen.addWidget(editor)
            editor.set_number(n + 1, len(self._editors))
            editor.show()
        self._no_doelen.setVisible(not self._editors)

    def _drop_editors(self) -> None:
        for editor in self._editors:
            editor.clear()
            self._doelen.removeWidget(editor)
            editor.hide()
            editor.deleteLater()
        self._editors = []

    def _scroll_to(self, editor: DoelEditor) -> None:
        if editor in self._editors:
            self._scroll.ensureWidgetVisible(editor, 0, 24)
            focused = self.focusWidget()
            if focused is not None and editor.isAncestorOf(focused):
                self._scroll.ensureWidgetVisible(focused, 0, 48)

    def _add_clicked(self) -> None:
        key = self._new_leefgebied.currentData()
        if key:
            self.add_doel(str(key))

    # --- wensen ---------------------------------------------------------------------------------------------
    def _show_wensen(self, werkblad: PlanWerkblad) -> None:
        if werkblad.wensen == self._wensen:
            return
        self._clear_wensen()
        self._wensen = werkblad.wensen
        for row, wens in enumerate(werkblad.wensen):
            leefgebied = QLabel(werkblad.label(wens.leefgebied))
            leefgebied.setFont(heading_font(self.font(), 1.0))
            text = QLabel(self.tr("{persoon}: “{wens}”").format(persoon=wens.persoon, wens=wens.tekst))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Doel maken"))
            button.setObjectName("wens_doel_button")
            button.setAccessibleName(
                self.tr("Doel maken van de wens van {persoon} ({leefgebied})").format(
                    persoon=wens.persoon, leefgebied=werkblad.label(wens.leefgebied)
                )
            )
            button.setMinimumHeight(MIN_HEIGHT)
            button.clicked.connect(lambda _=False, w=wens: self._doel_from_wens(w))
            self._wensen_grid.addWidget(leefgebied, row, 0)
            self._wensen_grid.addWidget(text, row, 1)
            self._wensen_grid.addWidget(button, row, 2)
            for widget in (leefgebied, text):
                widget.show()
            button.setVisible(self._editable)
            self._wens_buttons.append(button)
        self._no_wensen.setVisible(not werkblad.wensen)
        self._update_tab_order()

    def _clear_wensen(self) -> None:
        while self._wensen_grid.count():
            item = self._wensen_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                if isinstance(widget, QLabel):
                    widget.clear()
                widget.hide()
                widget.deleteLater()
        self._wens_buttons = []

    def _doel_from_wens(self, wens: Wens) -> None:
        if self._editable:
            self.add_doel(wens.leefgebied, wens.tekst)

    # --- signed: read-only, new version -----------------------------------------------------------------------
    def new_version(self) -> None:
        """Start a new concept from the signed version (it needs new consent) and show it."""
        if self._werkblad is None or self._editable:
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                werkblad = start_new_version(session, actor, self._werkblad.casus_id, self._service.today())
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self.show_werkblad(werkblad)
        self.sig_changed.emit()
        if self._editors:
            self._editors[0].focus_omschrijving()
        else:
            self._add_doel.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_editable(self, editable: bool) -> None:
        self._editable = editable
        for editor in self._editors:
            editor.set_editable(editable)
        for button in self._wens_buttons:
            button.setVisible(editable)
        self._wensen_hint.setVisible(editable)
        for widget in self._add_row_widgets:
            widget.setEnabled(editable)
            widget.setVisible(editable)
        self._tussenevaluatie.setEnabled(editable)
        self._toelichting.setEnabled(editable)

    # --- autosave ---------------------------------------------------------------------------------------------
    def _edited(self) -> None:
        """Something was edited: save after the next pause in typing, and no later than the limit."""
        if self._loading or not self._editable or self._werkblad is None:
            return
        self._dirty = True
        self._pause.start()
        if not self._limit.isActive():
            self._limit.start()

    def _cancel(self) -> None:
        self._pause.stop()
        self._limit.stop()
        self._dirty = False

    def _confirms(self, werkblad: PlanWerkblad) -> bool:
        """Whether ``werkblad`` shows the very concept this editor last loaded or saved."""
        current = self._werkblad
        if current is None or not self._editable or not werkblad.editable:
            return False
        if werkblad.casus_id != current.casus_id or werkblad.versie_id != self._versie_id:
            return False
        return werkblad.versie_id is None or werkblad.plan == self._stored

    def _save(self) -> None:
        plan = self.build_plan()
        if plan is None or self._werkblad is None:
            self._dirty = False
            return
        if plan == self._saved_built:
            self._dirty = False
            return
        casus_id = self._werkblad.casus_id
        versie_id: str | None = None
        stored: PlanContent | None = None
        try:
            with self._service.unit_of_work() as (session, actor):
                # Saving over a concept that changed (or was signed) meanwhile would lose that change or
                # silently start a new version: refuse, and keep what was typed on screen.
                conflict = draft(session, casus_id) != self._stored
                if not conflict:
                    versie_id = save_plan_draft(session, actor, plan, self._service.today())
                    stored = draft(session, casus_id)
        except RegieError as exc:
            show_message(
                self._message,
                self.tr("Het plan is niet opgeslagen: {reden} Wat u typte staat nog op het scherm.").format(
                    reden=exc.message
                ),
            )
            return  # still dirty: the next edit or flush tries again
        if conflict:
            show_message(
                self._message,
                self.tr(
                    "Het plan is intussen ergens anders gewijzigd of ondertekend, daarom is het hier niet "
                    "opgeslagen. Wat u typte staat nog op het scherm; open het plan opnieuw om verder te gaan."
                ),
            )
            return
        self._dirty = False
        self._versie_id = versie_id
        self._stored = stored
        self._saved_built = plan
        show_message(self._message, "")
        self.sig_changed.emit()

    def _update_tab_order(self) -> None:
        """Tab follows the reading order, also after doelen were added, moved or removed."""
        chain: list[QWidget] = [self._new_version, *self._wens_buttons]
        for editor in self._editors:
            chain += editor.focus_widgets()
        chain += [self._new_leefgebied, self._add_doel, *self._tussenevaluatie.focus_widgets(), self._toelichting]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
