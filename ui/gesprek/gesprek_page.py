"""The keukentafelgesprek of one casus: a list of parts to visit in any order, and the part on screen.

A conversation jumps between topics, so nothing here is a forced sequence: the worker picks a part with the
mouse, a finger, Ctrl+1…9 or PageUp/PageDown. Each part saves itself; the list shows per part whether it was
besproken, deels or niet besproken (an icon and a word, never colour alone), computed from what the part holds
unless the worker set the mark by hand.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.gesprek import GesprekPagina, deel_sleutel, open_gesprek, set_markering, show_to_client
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.gesprek.client_view import ClientView
from ui.gesprek.leefgebied_part import LeefgebiedPart
from ui.gesprek.part import GesprekPart, PartStatus
from ui.gesprek.text_part import TextPart
from ui.style import heading_font

PARTS_WIDTH = 250
FONT_SCALE = 1.1  # the page is read at arm's length, often together with the client
INK = QColor("#1d4f73")


def _optional_part(module: str, name: str) -> type[GesprekPart] | None:
    """A part another piece of work delivers; while its module is not there the page lists it not at all."""
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            return None
        raise
    part = getattr(loaded, name)
    if not (isinstance(part, type) and issubclass(part, GesprekPart)):
        raise TypeError(f"{module}.{name} is not a GesprekPart")
    return part


@dataclass
class _Entry:
    key: str
    part: GesprekPart
    markering: str = ""
    """Set by hand ("besproken", "deels", "niet_besproken"), or "" when the mark follows the content."""


@cache
def _mark_icon(status: PartStatus, size: int = 22) -> QIcon:
    """Empty circle, half-filled circle, filled circle with a tick: readable without colour.

    Drawn in the ink colour, and in white for the selected (highlighted) row, where the ink would vanish.
    """
    icon = QIcon()
    icon.addPixmap(_mark_pixmap(status, size, INK, QColor("white")), QIcon.Mode.Normal)
    icon.addPixmap(_mark_pixmap(status, size, QColor("white"), INK), QIcon.Mode.Selected)
    return icon


def _mark_pixmap(status: PartStatus, size: int, ink: QColor, paper: QColor) -> QPixmap:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(2, 2, size - 4, size - 4)
    painter.setPen(QPen(ink, 2))
    if status is PartStatus.BESPROKEN:
        painter.setBrush(ink)
        painter.drawEllipse(rect)
        painter.setPen(QPen(paper, 2.4))
        tick = QPainterPath(QPointF(size * 0.28, size * 0.52))
        tick.lineTo(QPointF(size * 0.44, size * 0.68))
        tick.lineTo(QPointF(size * 0.73, size * 0.34))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif status is PartStatus.DEELS:
        painter.drawEllipse(rect)
        half = QPainterPath()
        half.moveTo(rect.center())
        half.arcTo(rect, 90, 180)
        half.closeSubpath()
        painter.fillPath(half, ink)
    else:
        painter.drawEllipse(rect)
    painter.end()
    return pixmap


class _MarkCommand(QUndoCommand):
    def __init__(self, page: GesprekPage, key: str, old: str, new: str) -> None:
        super().__init__(page.tr("Markering"))
        self._page, self._key, self._old, self._new = page, key, old, new

    def redo(self) -> None:
        self._page.apply_mark(self._key, self._new)

    def undo(self) -> None:
        self._page.apply_mark(self._key, self._old)


class GesprekPage(QWidget):
    """The gesprek of one casus (``open``); one casus at a time, so two views on one casus cannot arise."""

    sig_back = Signal(str, str)
    """The worker wants to leave the gesprek; (casus id, huishouden id) to go back to."""

    sig_error = Signal(str)
    """Saving or loading failed; the text is a Dutch message for a dialog."""

    def __init__(self, service: WorkspaceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setObjectName("gesprek_page")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * FONT_SCALE)
        self.setFont(font)
        self._casus_id: str | None = None
        self._huishouden_id = ""
        self._entries: list[_Entry] = []
        self._client_view: ClientView | None = None
        self._zrm_stale = False
        self.undo_stack = QUndoStack(self)

        back = QPushButton(self.tr("← Terug"))
        back.setObjectName("gesprek_back_button")
        back.setAccessibleName(self.tr("Terug naar het huishouden"))
        back.clicked.connect(self.go_back)
        self._title = QLabel()
        self._title.setObjectName("gesprek_title")
        self._title.setAccessibleName(self.tr("Gesprek met"))
        self._title.setFont(heading_font(self.font(), 1.4))
        self._undo_button = self._tool_button("gesprek_undo_button", self.tr("Ongedaan maken (Ctrl+Z)"), "↶")
        self._redo_button = self._tool_button("gesprek_redo_button", self.tr("Opnieuw (Ctrl+Shift+Z)"), "↷")
        self._client_button = QPushButton(self.tr("Toon aan cliënt"))
        self._client_button.setObjectName("client_view_button")
        self._client_button.setAccessibleName(self.tr("Toon aan cliënt"))
        self._client_button.setToolTip(
            self.tr("Een apart venster met grote letters; teksten alleen voor professionals staan er niet in")
        )
        self._client_button.clicked.connect(self.show_client_view)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addSpacing(12)
        top.addWidget(self._title, 1)
        top.addWidget(self._undo_button)
        top.addWidget(self._redo_button)
        top.addSpacing(8)
        top.addWidget(self._client_button)

        self._list = QListWidget()
        self._list.setObjectName("gesprek_parts")
        self._list.setAccessibleName(self.tr("Onderdelen van het gesprek"))
        self._list.setFixedWidth(PARTS_WIDTH)
        self._list.setIconSize(QSize(22, 22))
        self._list.setWordWrap(True)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setStyleSheet("QListWidget#gesprek_parts::item { padding: 6px 8px; min-height: 44px; }")
        self._list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._list.customContextMenuRequested.connect(self._list_menu)
        self._list.currentRowChanged.connect(self._row_changed)
        QScroller.grabGesture(self._list.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        self._stack = QStackedWidget()
        self._stack.setObjectName("gesprek_stack")
        mark_label = QLabel(self.tr("Markering:"))
        self._mark = QComboBox()
        self._mark.setObjectName("part_mark_combo")
        self._mark.setAccessibleName(self.tr("Markering van dit onderdeel"))
        self._mark.setMinimumHeight(36)
        for text, value in self._mark_choices():
            self._mark.addItem(text, value)
        mark_label.setBuddy(self._mark)
        self._mark.activated.connect(self._mark_chosen)
        mark_row = QHBoxLayout()
        mark_row.addStretch(1)
        mark_row.addWidget(mark_label)
        mark_row.addWidget(self._mark)
        right = QVBoxLayout()
        right.setContentsMargins(12, 0, 0, 0)
        right.addWidget(self._stack, 1)
        right.addLayout(mark_row)

        body = QHBoxLayout()
        body.addWidget(self._list)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        body.addWidget(divider)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self._actions()

    # --- building -------------------------------------------------------------------------------------------
    def _tool_button(self, object_name: str, tip: str, glyph: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(object_name)
        button.setText(glyph)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMinimumSize(44, 36)
        button.setFont(heading_font(self.font(), 1.3))
        return button

    def _mark_choices(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Volgens de inhoud"), ""),
            (self.tr("Besproken"), PartStatus.BESPROKEN.value),
            (self.tr("Deels besproken"), PartStatus.DEELS.value),
            (self.tr("Niet besproken"), PartStatus.NIET_BESPROKEN.value),
        ]

    def _actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        undo = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setObjectName("gesprek_undo_action")
        undo.setShortcuts([QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z)])
        redo = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setObjectName("gesprek_redo_action")
        redo.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
            ]
        )
        for action in (undo, redo):
            action.setShortcutContext(context)
            self.addAction(action)
        # Not setDefaultAction: the button would take over the action's changing text ("Ongedaan maken Score …").
        self._undo_button.clicked.connect(undo.trigger)
        self._redo_button.clicked.connect(redo.trigger)
        self._undo_button.setEnabled(False)
        self._redo_button.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self._undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self._redo_button.setEnabled)
        self.undo_action, self.redo_action = undo, redo
        for number in range(1, 10):
            jump = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key(Qt.Key.Key_0 + number)), self)
            jump.setContext(context)
            jump.activated.connect(lambda n=number: self.show_part(n - 1))
        previous = QShortcut(QKeySequence(Qt.Key.Key_PageUp), self)
        previous.setContext(context)
        previous.activated.connect(lambda: self.show_part(self._list.currentRow() - 1))
        following = QShortcut(QKeySequence(Qt.Key.Key_PageDown), self)
        following.setContext(context)
        following.activated.connect(lambda: self.show_part(self._list.currentRow() + 1))

    def _build_parts(self, pagina: GesprekPagina) -> list[_Entry]:
        """Every part, made as a child of the stack: reparenting later would restyle each widget again."""
        casus_id = pagina.gesprek.casus_id
        stack = self._stack
        hulpvraag = TextPart(
            self._service,
            casus_id,
            "hulpvraag_toelichting",
            self.tr("Hulpvraag"),
            self.tr("Wat is de vraag, wat heeft u zelf al gedaan, en waarom deze vraag nu?"),
            stack,
        )
        if pagina.hulpvraag:
            hulpvraag.set_context(self.tr("Bij de aanmelding: {vraag}").format(vraag=pagina.hulpvraag))
        parts: list[tuple[str, GesprekPart]] = [("hulpvraag", hulpvraag)]
        for lg in pagina.instrument.leefgebieden:
            part = LeefgebiedPart(
                self._service, casus_id, lg.key, lg.label, self.undo_stack, self._show_entry_of, parent=stack
            )
            parts.append((f"leefgebied:{lg.key}", part))
        netwerk = _optional_part("ui.gesprek.netwerk_part", "NetwerkPart")
        if netwerk is not None:
            parts.append(("netwerk", netwerk(self._service, casus_id, stack)))
        parts.append(
            (
                "wederkerigheid",
                TextPart(
                    self._service,
                    casus_id,
                    "wederkerigheid",
                    self.tr("Wederkerigheid"),
                    self.tr("Kunt u iets doen voor een ander, of voor de buurt?"),
                    stack,
                ),
            )
        )
        parts.append(
            (
                "verwachtingen",
                TextPart(
                    self._service,
                    casus_id,
                    "verwachtingen",
                    self.tr("Verwachtingen"),
                    self.tr("Wat verwacht u van ons, en wat mogen wij van u verwachten?"),
                    stack,
                ),
            )
        )
        for key, module, name in (
            ("veiligheid", "ui.gesprek.veiligheid_part", "VeiligheidPart"),
            ("informatie", "ui.gesprek.informatie_part", "InformatiePart"),
            ("zrm", "ui.gesprek.zrm_overview_part", "ZrmOverviewPart"),
        ):
            part_class = _optional_part(module, name)
            if part_class is not None:
                parts.append((key, part_class(self._service, casus_id, stack)))
        return [_Entry(key, part, pagina.vlag(deel_sleutel(key)).markering) for key, part in parts]

    # --- opening, leaving, locking -----------------------------------------------------------------------------
    @property
    def casus_id(self) -> str | None:
        return self._casus_id

    @property
    def huishouden_id(self) -> str:
        return self._huishouden_id

    def open(self, casus_id: str) -> None:
        """Show the gesprek of ``casus_id`` (raises ``RegieError``); what was typed on another casus is saved first."""
        if casus_id == self._casus_id and self._entries:
            return
        self.flush()
        with self._service.unit_of_work() as (session, actor):
            pagina = open_gesprek(session, actor, casus_id, self._service.today())
        self.clear()
        self._casus_id, self._huishouden_id = casus_id, pagina.huishouden_id
        self._title.setText(self.tr("Gesprek met {naam}").format(naam=pagina.titel) if pagina.titel else "")
        self._entries = self._build_parts(pagina)
        self._list.blockSignals(True)
        for entry in self._entries:
            part = entry.part
            self._stack.addWidget(part)
            if isinstance(part, TextPart | LeefgebiedPart):
                part.load_pagina(pagina)
            else:
                part.load(pagina.gesprek)
            part.sig_status_changed.connect(lambda e=entry: self._refresh_item(e))
            part.sig_error.connect(self.sig_error)
            item = QListWidgetItem(self._list)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self._refresh_item(entry, item)
        self._list.blockSignals(False)
        self.show_part(0)

    def go_back(self) -> None:
        """Save what is pending and go back to the household (``sig_back``)."""
        casus_id, huishouden_id = self._casus_id or "", self._huishouden_id
        self.flush()
        self.clear()
        self.sig_back.emit(casus_id, huishouden_id)

    def flush(self) -> None:
        """Save every text still waiting for its autosave, now."""
        for entry in self._entries:
            entry.part.flush()

    def clear(self) -> None:
        """Forget the casus: every part, the list, the undo history and the client view (locking, leaving)."""
        self.close_client_view()
        self.undo_stack.clear()
        self._list.blockSignals(True)
        self._list.clear()
        self._list.blockSignals(False)
        for entry in self._entries:
            entry.part.clear()  # all first: removing one part shows the next, which must have nothing to build
        for entry in self._entries:
            self._stack.removeWidget(entry.part)
            entry.part.hide()
            entry.part.deleteLater()
        self._entries = []
        self._casus_id, self._huishouden_id = None, ""
        self._title.clear()
        self._zrm_stale = False

    # --- the parts list -----------------------------------------------------------------------------------------
    @property
    def parts(self) -> list[tuple[str, GesprekPart]]:
        return [(e.key, e.part) for e in self._entries]

    def part(self, key: str) -> GesprekPart:
        for entry in self._entries:
            if entry.key == key:
                return entry.part
        raise KeyError(key)

    @property
    def current_key(self) -> str | None:
        row = self._list.currentRow()
        return self._entries[row].key if 0 <= row < len(self._entries) else None

    def show_part(self, row: int) -> None:
        """Show the part in ``row`` (rows outside the list are ignored, so PageDown at the end does nothing)."""
        if 0 <= row < len(self._entries):
            self._list.setCurrentRow(row)

    def show_key(self, key: str) -> None:
        for row, entry in enumerate(self._entries):
            if entry.key == key:
                self.show_part(row)

    def _show_entry_of(self, part: GesprekPart) -> None:
        for row, entry in enumerate(self._entries):
            if entry.part is part:
                self.show_part(row)
                if part is not None and entry.key.startswith("leefgebied:"):
                    self._zrm_stale = True

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        if entry.key == "zrm" and self._zrm_stale:
            self._reload_part(entry.part)
        self._stack.setCurrentWidget(entry.part)
        if not self._list.hasFocus():  # chosen by a shortcut: the keyboard goes on in the part itself
            self._focus_first_input(entry.part)
        self._mark.setCurrentIndex(max(self._mark.findData(entry.markering), 0))
        if entry.key.startswith("leefgebied:"):
            self._zrm_stale = True  # scores may change here; the overview reads them again when shown

    def _focus_first_input(self, part: GesprekPart) -> None:
        widget = part.nextInFocusChain()
        while widget is not part and widget is not None:
            if (
                part.isAncestorOf(widget)
                and not isinstance(widget, QScrollArea)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isEnabled()
                and widget.isVisibleTo(part)
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _reload_part(self, part: GesprekPart) -> None:
        try:
            with self._service.unit_of_work() as (session, actor):
                pagina = open_gesprek(session, actor, self._casus_id or "", self._service.today())
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        part.load(pagina.gesprek)
        self._zrm_stale = False

    def status(self, key: str) -> PartStatus:
        """The mark of a part: the one set by hand, else what its content says."""
        for entry in self._entries:
            if entry.key == key:
                return PartStatus(entry.markering) if entry.markering else entry.part.status()
        raise KeyError(key)

    def _status_text(self, status: PartStatus) -> str:
        return {
            PartStatus.BESPROKEN: self.tr("besproken"),
            PartStatus.DEELS: self.tr("deels besproken"),
            PartStatus.NIET_BESPROKEN: self.tr("niet besproken"),
        }[status]

    def _refresh_item(self, entry: _Entry, item: QListWidgetItem | None = None) -> None:
        if item is None:
            row = self._entries.index(entry) if entry in self._entries else -1
            item = self._list.item(row) if row >= 0 else None
            if item is None:
                return
        status = self.status(entry.key)
        words = self._status_text(status)
        if entry.markering:
            words = self.tr("{mark} (zelf gezet)").format(mark=words)
        row = self._entries.index(entry)
        title = QCoreApplication.translate("GesprekPart", entry.part.title)  # class titles are NOOP-marked
        item.setText(f"{title}\n{words}")
        item.setIcon(_mark_icon(status))
        shortcut = self.tr(" (Ctrl+{n})").format(n=row + 1) if row < 9 else ""
        item.setToolTip(f"{title}: {words}{shortcut}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {words}")

    # --- marks by hand ------------------------------------------------------------------------------------------
    def _mark_chosen(self, index: int) -> None:
        key = self.current_key
        if key is not None:
            self.set_mark(key, str(self._mark.itemData(index) or ""))

    def set_mark(self, key: str, markering: str) -> None:
        """The worker sets a part's mark by hand ("" gives it back to the content); undoable."""
        entry = next(e for e in self._entries if e.key == key)
        if entry.markering != markering:
            self.undo_stack.push(_MarkCommand(self, key, entry.markering, markering))

    def apply_mark(self, key: str, markering: str) -> None:
        entry = next((e for e in self._entries if e.key == key), None)
        if entry is None or self._casus_id is None:
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                set_markering(session, actor, self._casus_id, deel_sleutel(key), markering)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        entry.markering = markering
        self._refresh_item(entry)
        if self.current_key == key:
            self._mark.setCurrentIndex(max(self._mark.findData(markering), 0))

    def _list_menu(self, pos: QPoint) -> None:
        item = self._list.itemAt(pos)
        if item is None:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        menu = self.mark_menu(key)
        menu.exec(self._list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def mark_menu(self, key: str) -> QMenu:
        """The context menu of a part in the list: set its mark by hand."""
        entry = next(e for e in self._entries if e.key == key)
        menu = QMenu(self)
        menu.setObjectName("part_mark_menu")
        for text, value in self._mark_choices():
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(entry.markering == value)
            action.triggered.connect(lambda _=False, v=value: self.set_mark(key, v))
            menu.addAction(action)
        return menu

    # --- toon aan cliënt ------------------------------------------------------------------------------------------
    @property
    def client_view(self) -> ClientView | None:
        return self._client_view

    def show_client_view(self) -> None:
        """Save, then open the client view of this casus (one at a time: a second request raises the first)."""
        if self._casus_id is None:
            return
        if self._client_view is not None:
            self._client_view.raise_()
            self._client_view.activateWindow()
            return
        self.flush()
        try:
            with self._service.unit_of_work() as (session, actor):
                texts = show_to_client(session, actor, self._casus_id, self._service.today())
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        view = ClientView(texts, self)
        view.sig_closed.connect(self._client_view_gone)
        self._client_view = view
        view.show()
        view.raise_()
        view.activateWindow()

    def close_client_view(self) -> None:
        view, self._client_view = self._client_view, None
        if view is not None:
            view.clear()

    def _client_view_gone(self) -> None:
        self._client_view = None
