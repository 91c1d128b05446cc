"""The free-text parts of the gesprek (hulpvraag toelichting, wederkerigheid, verwachtingen) and the autosave
every text field of the gesprek page shares.

A text is saved after a pause in typing, and at the latest ``MAX_UNSAVED_MS`` after the first unsaved change
even while the worker keeps typing: a crash or a killed process loses at most about a second of typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from regie_desktop.app.gesprek import GesprekPagina, GesprekView, set_alleen_professional, tekst_sleutel, update_gesprek
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from ui.gesprek.part import AUTOSAVE_PAUSE_MS, GesprekPart, PartStatus
from ui.style import heading_font

MAX_UNSAVED_MS = 900
"""Longest time typed text stays unsaved while the worker keeps typing without a pause."""


class Autosaver(QObject):
    """Calls ``save`` after a typing pause (or after ``MAX_UNSAVED_MS`` of typing), or at once on ``flush``."""

    sig_error = Signal(str)
    """Saving failed; the text is a Dutch message."""

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(AUTOSAVE_PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(MAX_UNSAVED_MS)
        self._limit.timeout.connect(self.flush)
        self._pending = False

    @property
    def pending(self) -> bool:
        return self._pending

    def changed(self) -> None:
        """Something was typed: save after the next pause, and no later than the limit."""
        self._pending = True
        self._pause.start()
        if not self._limit.isActive():
            self._limit.start()

    def cancel(self) -> None:
        self._pending = False
        self._pause.stop()
        self._limit.stop()

    def flush(self) -> None:
        """Save now if anything is waiting; a failure goes to ``sig_error``, the text stays on screen."""
        if not self._pending:
            return
        self.cancel()
        try:
            self._save()
        except RegieError as exc:
            self.sig_error.emit(exc.message)


def text_field(object_name: str, accessible_name: str, lines: int = 4) -> QPlainTextEdit:
    """A plain-text field that Tab leaves (keyboard-only work) and that is about ``lines`` lines high."""
    field = QPlainTextEdit()
    field.setObjectName(object_name)
    field.setAccessibleName(accessible_name)
    field.setTabChangesFocus(True)
    line = field.fontMetrics().lineSpacing()
    field.setMinimumHeight(line * lines + 16)
    return field


class TextPart(GesprekPart):
    """One casus-wide text of the gesprek, with a check "alleen voor professionals" for the client view."""

    def __init__(
        self,
        service: WorkspaceService,
        casus_id: str,
        field_name: str,
        title: str,
        question: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, casus_id, parent)
        self.title = title
        self._field_name = field_name
        self.setObjectName(f"{field_name}_part")
        heading = QLabel(title)
        heading.setFont(heading_font(self.font(), 1.3))
        self._context = QLabel()
        self._context.setObjectName(f"{field_name}_context")
        self._context.setWordWrap(True)
        self._context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._context.setVisible(False)
        label = QLabel(question)
        label.setWordWrap(True)
        self._field = text_field(f"{field_name}_field", title, lines=8)
        label.setBuddy(self._field)
        self._professional = QCheckBox(self.tr("Alleen voor professionals (niet tonen aan cliënt)"))
        self._professional.setObjectName(f"{field_name}_professional")
        self._professional.setAccessibleName(self.tr("Alleen voor professionals"))
        self._professional.toggled.connect(self._professional_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self._context)
        layout.addWidget(label)
        layout.addWidget(self._field, 1)
        layout.addWidget(self._professional)
        self._autosave = Autosaver(self._save, self)
        self._autosave.sig_error.connect(self.sig_error)
        self._field.textChanged.connect(self._typed)
        self._loading = False
        self._has_text = False

    @property
    def field(self) -> QPlainTextEdit:
        return self._field

    def set_context(self, text: str) -> None:
        """A read-only text above the field (the hulpvraag as written down at the aanmelding)."""
        self._context.setText(text)
        self._context.setVisible(bool(text))

    def load_pagina(self, pagina: GesprekPagina) -> None:
        self._loading = True
        try:
            self._professional.setChecked(pagina.vlag(tekst_sleutel(self._field_name)).alleen_professional)
        finally:
            self._loading = False
        self.load(pagina.gesprek)

    def load(self, view: GesprekView) -> None:
        self._autosave.cancel()
        self._loading = True
        try:
            self._field.setPlainText(str(getattr(view.velden, self._field_name)))
        finally:
            self._loading = False
        self._has_text = bool(self._field.toPlainText().strip())

    def flush(self) -> None:
        self._autosave.flush()

    def clear(self) -> None:
        self._autosave.cancel()
        self._loading = True
        try:
            self._field.clear()
            self._context.clear()
            self._professional.setChecked(False)
        finally:
            self._loading = False

    def status(self) -> PartStatus:
        return PartStatus.BESPROKEN if self._has_text else PartStatus.NIET_BESPROKEN

    def _typed(self) -> None:
        if self._loading:
            return
        self._autosave.changed()
        has_text = bool(self._field.toPlainText().strip())
        if has_text != self._has_text:
            self._has_text = has_text
            self.sig_status_changed.emit()

    def _save(self) -> None:
        with self._service.unit_of_work() as (session, actor):
            update_gesprek(
                session, actor, self._casus_id, self._service.today(), **{self._field_name: self._field.toPlainText()}
            )

    def _professional_toggled(self, on: bool) -> None:
        if self._loading:
            return
        try:
            with self._service.unit_of_work() as (session, actor):
                set_alleen_professional(session, actor, self._casus_id, tekst_sleutel(self._field_name), on)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
