"""The veiligheid part of the gesprek: the veiligheidscheck, what was said about safety, and the meldcode.

The spoed items ticked at the aanmelding stand on top in red, so the worker sees them before asking. The
questions are a guide, not a form: only the text is kept. Ticking "Signalen voor de meldcode" shows its five
steps and puts a reminder on Vandaag until the tick is taken away.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.caseload import casus_spoed
from regie_desktop.app.gesprek import GesprekView, update_gesprek
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.meldcode import Meldcode, Veiligheidscheck, load_meldcode, load_veiligheidscheck
from regie_desktop.errors import RegieError, ValidationError
from ui.gesprek.part import AUTOSAVE_PAUSE_MS, GesprekPart, PartStatus
from ui.labels import spoed_label
from ui.pages.aanmelding_page import BANNER_STYLE
from ui.style import error_label, heading_font, show_message

SAVED_STYLE = "color: #5a5a5a;"
STEPS_STYLE = "QGroupBox#meldcode_steps { border: 2px solid #a4000f; border-radius: 4px; margin-top: 14px; }"


@cache
def meldcode() -> Meldcode:
    return load_meldcode()


@cache
def veiligheidscheck() -> Veiligheidscheck:
    return load_veiligheidscheck()


class VeiligheidPart(GesprekPart):
    """Guiding questions, the veiligheid text (autosaved after a pause) and the meldcode flag with its steps."""

    title = QT_TRANSLATE_NOOP("GesprekPart", "Veiligheid")

    def __init__(self, service: WorkspaceService, casus_id: str, parent: QWidget | None = None) -> None:
        super().__init__(service, casus_id, parent)
        self.setObjectName("veiligheid_part")
        self._quiet = True  # True while the part fills or empties itself: that is no typing
        self._saved: tuple[str, bool] | None = None  # (text, meldcode) as last stored; None before loading
        self._timer = QTimer(self)
        self._timer.setObjectName("veiligheid_autosave_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_PAUSE_MS)
        self._timer.timeout.connect(self._save)

        heading = QLabel(self.tr("Veiligheid"))
        heading.setFont(heading_font(self.font(), 1.4))
        self._spoed_banner = QLabel()
        self._spoed_banner.setObjectName("spoed_banner")
        self._spoed_banner.setStyleSheet(BANNER_STYLE)
        self._spoed_banner.setWordWrap(True)
        self._spoed_banner.setVisible(False)

        check = veiligheidscheck()
        questions_box = QGroupBox(self.tr("Veiligheidscheck"))
        questions_box.setObjectName("veiligheidscheck")
        questions = QVBoxLayout(questions_box)
        intro = QLabel(check.inleiding)
        intro.setWordWrap(True)
        questions.addWidget(intro)
        for vraag in check.vragen:
            label = QLabel(f"•  {vraag.vraag}")
            label.setObjectName(f"veiligheid_vraag_{vraag.key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            questions.addWidget(label)

        self._text = QPlainTextEdit()
        self._text.setObjectName("veiligheid_field")
        self._text.setAccessibleName(self.tr("Wat er over veiligheid besproken is"))
        self._text.setPlaceholderText(self.tr("Wat zegt de cliënt, wat ziet en hoort u?"))
        self._text.setTabChangesFocus(True)
        self._text.setMinimumHeight(110)
        self._text.textChanged.connect(self._typed)
        text_label = QLabel(self.tr("&Wat er besproken is"))
        text_label.setBuddy(self._text)
        self._save_status = QLabel()
        self._save_status.setObjectName("veiligheid_save_status")
        self._save_status.setAccessibleName(self.tr("Bewaarstatus veiligheid"))
        self._save_status.setStyleSheet(SAVED_STYLE)

        self._meldcode = QCheckBox(self.tr("&Signalen voor de meldcode"))
        self._meldcode.setObjectName("meldcode_checkbox")
        self._meldcode.setAccessibleName(self.tr("Signalen voor de meldcode huiselijk geweld en kindermishandeling"))
        self._meldcode.toggled.connect(self._meldcode_toggled)
        self._error = error_label("veiligheid_error", self.tr("Fout bij veiligheid"))
        self._steps = self._build_steps(meldcode())

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self._spoed_banner)
        layout.addWidget(questions_box)
        layout.addWidget(text_label)
        layout.addWidget(self._text)
        layout.addWidget(self._save_status)
        layout.addWidget(self._meldcode)
        layout.addWidget(self._error)
        layout.addWidget(self._steps)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("veiligheid_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_steps(self, code: Meldcode) -> QGroupBox:
        box = QGroupBox(code.naam)
        box.setObjectName("meldcode_steps")
        box.setStyleSheet(STEPS_STYLE)
        layout = QVBoxLayout(box)
        intro = QLabel(code.toelichting)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for stap in code.stappen:
            label = QLabel(f"<b>{stap.nummer}. {escape(stap.titel)}</b><br>{escape(stap.uitleg)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setObjectName(f"meldcode_step_{stap.nummer}")
            label.setAccessibleName(f"{stap.nummer}. {stap.titel}")
            label.setWordWrap(True)
            layout.addWidget(label)
        box.setVisible(False)
        return box

    # --- the contract of a part ---

    @property
    def autosave_timer(self) -> QTimer:
        return self._timer

    def load(self, view: GesprekView) -> None:
        self._timer.stop()
        self._quiet = True
        try:
            self._text.setPlainText(view.velden.veiligheid)
            self._text.moveCursor(QTextCursor.MoveOperation.End)  # go on where the text stops
            self._meldcode.setChecked(view.velden.meldcode)
            self._steps.setVisible(view.velden.meldcode)
        finally:
            self._quiet = False
        self._saved = (view.velden.veiligheid, view.velden.meldcode)
        show_message(self._error, "")
        self._save_status.clear()
        self._show_spoed()
        self.sig_status_changed.emit()

    def flush(self) -> None:
        if self._timer.isActive() or self._pending():
            self._timer.stop()
            self._save()

    def clear(self) -> None:
        self._timer.stop()
        self._quiet = True
        try:
            self._text.clear()
            self._meldcode.setChecked(False)
        finally:
            self._quiet = False
        self._saved = None
        self._steps.setVisible(False)
        self._spoed_banner.clear()
        self._spoed_banner.setAccessibleName("")
        self._spoed_banner.setVisible(False)
        show_message(self._error, "")
        self._save_status.clear()

    def status(self) -> PartStatus:
        said = bool(self._text.toPlainText().strip()) or self._meldcode.isChecked()
        return PartStatus.BESPROKEN if said else PartStatus.NIET_BESPROKEN

    # --- behaviour ---

    def _show_spoed(self) -> None:
        """The spoed items of the aanmelding, in the red banner; hidden when there are none."""
        try:
            with self._service.unit_of_work() as (session, _actor):
                flags = casus_spoed(session, self.casus_id)
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        text = (
            self.tr("Spoed bij de aanmelding: {items}").format(items=", ".join(spoed_label(f) for f in flags))
            if flags
            else ""
        )
        self._spoed_banner.setText(text)
        self._spoed_banner.setAccessibleName(text)
        self._spoed_banner.setVisible(bool(flags))

    def _pending(self) -> bool:
        return self._saved is not None and self._current() != self._saved

    def _current(self) -> tuple[str, bool]:
        return self._text.toPlainText().strip(), self._meldcode.isChecked()

    def _typed(self) -> None:
        """Restart the autosave pause; the status mark may change with the first or last character."""
        if self._quiet:
            return
        self._timer.start()
        self.sig_status_changed.emit()

    def _meldcode_toggled(self, on: bool) -> None:
        """Show or hide the steps and save the flag now (a signal should not wait for a pause)."""
        self._steps.setVisible(on)
        if self._quiet:
            return
        self._timer.stop()
        self._save()
        self.sig_status_changed.emit()

    def _save(self) -> None:
        """Store the text and the flag if they changed; a refusal shows under the checkbox and nothing is lost."""
        if self._saved is None or not self._pending():
            return
        text, flag = self._current()
        try:
            with self._service.unit_of_work() as (session, actor):
                update_gesprek(session, actor, self.casus_id, self._service.today(), veiligheid=text, meldcode=flag)
        except ValidationError as exc:
            show_message(self._error, exc.message)
            return
        except RegieError as exc:
            self.sig_error.emit(exc.message)
            return
        self._saved = (text, flag)
        show_message(self._error, "")
        self._save_status.setText(self.tr("Bewaard om {time}").format(time=dt.datetime.now().strftime("%H:%M")))
        self.sig_status_changed.emit()
