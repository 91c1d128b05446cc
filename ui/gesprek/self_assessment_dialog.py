"""The client's own scores (zelfscore), entered at the kitchen table with large buttons, one person at a time.

Saved as an assessment with ``by="client"``, so it sits beside the worker's scores and never replaces them.
A leefgebied the client skips stays "niet besproken": that is an answer, not an error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.instruments import Instrument
from regie_desktop.domain.zrm import Assessment, Score
from regie_desktop.errors import RegieError
from ui.formatting import dutch_date
from ui.style import error_label, heading_font, show_message

NVT_ID = -1_000  # button ids of the two choices that are not a number on the scale
NIET_BESPROKEN_ID = -1_001
BUTTON_HEIGHT = 56  # a finger-sized target on a tablet
CHECK = "\u2713 "  # the chosen button says so in text, not only in colour
CHOSEN_STYLE = (
    "QPushButton:checked { background-color: #1d4f91; color: #ffffff; border: 3px solid #14181f; }"
    'QPushButton[choice="niet_besproken"]:checked { background-color: #d5d9df; color: #14181f; }'
)


class SelfAssessmentDialog(QDialog):
    """One row of buttons per leefgebied; "Opslaan" records the zelfscore for ``persoon_id`` in the casus."""

    sig_saved = Signal(str)
    """The zelfscore was stored; the text is the new assessment's id."""

    def __init__(
        self,
        service: WorkspaceService,
        casus_id: str,
        persoon_id: str,
        persoon_naam: str,
        instrument: Instrument,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("self_assessment_dialog")
        self.setWindowTitle(self.tr("Zelfscore van de cliënt"))
        self._service = service
        self._casus_id = casus_id
        self._persoon_id = persoon_id
        self._instrument = instrument
        self._today = service.today()
        self._groups: dict[str, QButtonGroup] = {}
        self._texts: dict[QAbstractButton, str] = {}
        self.saved_id: str | None = None

        self._heading = heading = QLabel(self.tr("Zelfscore van {naam}").format(naam=persoon_naam))
        heading.setObjectName("self_assessment_heading")
        heading.setFont(heading_font(self.font(), 1.5))
        intro = QLabel(
            self.tr(
                "Hoe gaat het volgens u zelf? Kies per leefgebied het niveau dat past. "
                "Wat u overslaat, blijft 'niet besproken'. Datum: {date}."
            ).format(date=dutch_date(self._today))
        )
        intro.setObjectName("self_assessment_intro")
        intro.setWordWrap(True)
        intro.setFont(self._larger(1.15))

        # The leefgebied's name above its buttons, so the buttons get the full width and no label is cut off.
        rows = QWidget()
        rows.setObjectName("self_assessment_rows")
        column = QVBoxLayout(rows)
        column.setSpacing(4)
        for leefgebied in instrument.leefgebieden:
            label = QLabel(leefgebied.label)
            label.setObjectName(f"self_label_{leefgebied.key}")
            label.setFont(self._larger(1.25, bold=True))
            column.addSpacing(10)
            column.addWidget(label)
            column.addLayout(self._button_row(leefgebied.key, leefgebied.label))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("self_assessment_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)

        self._error = error_label("self_assessment_error", self.tr("Foutmelding"))
        self._error.setFont(self._larger(1.15))
        self._save = QPushButton(self.tr("Opslaan"))
        self._save.setObjectName("self_assessment_save")
        self._save.setAccessibleName(self.tr("Zelfscore opslaan"))
        self._save.setMinimumHeight(BUTTON_HEIGHT)
        self._save.setDefault(True)
        self._save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setObjectName("self_assessment_cancel")
        cancel.setAccessibleName(self.tr("Annuleren zonder opslaan"))
        cancel.setMinimumHeight(BUTTON_HEIGHT)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self._save)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._error)
        layout.addLayout(buttons)
        self.setStyleSheet(CHOSEN_STYLE)
        self.resize(1180, 780)

    def _larger(self, step: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * step)
        font.setBold(bold)
        return font

    def _button_row(self, key: str, label: str) -> QHBoxLayout:
        group = QButtonGroup(self)
        group.setExclusive(True)
        self._groups[key] = group
        row = QHBoxLayout()
        row.setSpacing(6)
        choices: list[tuple[int, str, str, str]] = []
        for level in self._instrument.scale:
            text = level.label if level.label.startswith(str(level.value)) else f"{level.value}\n{level.label}"
            spoken = self.tr("{leefgebied}: {value} {label}").format(
                leefgebied=label, value=level.value, label=level.label
            )
            choices.append((level.value, str(level.value), text, spoken))
        if self._instrument.nvt_allowed:
            choices.append((NVT_ID, "nvt", self.tr("n.v.t."), self.tr("{leefgebied}: n.v.t.").format(leefgebied=label)))
        choices.append(
            (
                NIET_BESPROKEN_ID,
                "niet_besproken",
                self.tr("niet\nbesproken"),
                self.tr("{leefgebied}: niet besproken").format(leefgebied=label),
            )
        )
        for button_id, suffix, text, spoken in choices:
            button = QPushButton(text)
            button.setObjectName(f"self_score_{key}_{suffix}")
            button.setAccessibleName(spoken)
            button.setCheckable(True)
            button.setMinimumHeight(BUTTON_HEIGHT + 8)
            button.setProperty("choice", suffix)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFont(self._larger(1.05))
            metrics = QFontMetrics(button.font())
            widest = max(metrics.horizontalAdvance(line) for line in (CHECK + text).split("\n"))
            button.setMinimumWidth(max(96, widest + 28))  # room for the check mark: no text cut off
            self._texts[button] = text
            button.toggled.connect(lambda checked, b=button: self._mark(b, checked))
            group.addButton(button, button_id)
            row.addWidget(button)
        niet_besproken = group.button(NIET_BESPROKEN_ID)
        niet_besproken.setChecked(True)
        return row

    def _mark(self, button: QAbstractButton, checked: bool) -> None:
        """Prefix the chosen button's first line with a check mark."""
        button.setText(CHECK + self._texts[button] if checked else self._texts[button])

    def scores(self) -> tuple[Score, ...]:
        """The chosen scores; leefgebieden left on "niet besproken" are not in it."""
        chosen = []
        for key, group in self._groups.items():
            button_id = group.checkedId()
            if button_id == NVT_ID:
                chosen.append(Score(key, None, nvt=True))
            elif button_id != NIET_BESPROKEN_ID and button_id in self._instrument.scale_values:
                chosen.append(Score(key, button_id))
        return tuple(chosen)

    def choose(self, key: str, value: int | str | None) -> None:
        """Select a score as a click would: a number, "nvt", or None for niet besproken."""
        button_id = NVT_ID if value == "nvt" else NIET_BESPROKEN_ID if value is None else int(value)
        button = self._groups[key].button(button_id)
        if button is None:
            raise ValueError(f"no button {value!r} for {key}")
        button.setChecked(True)

    def save(self) -> bool:
        """Store the zelfscore and close; an explained refusal (in Dutch) keeps the dialog open."""
        scores = self.scores()
        if not scores:
            show_message(self._error, self.tr("Kies bij minstens één leefgebied een score of n.v.t."))
            return False
        assessment = Assessment(
            person_id=self._persoon_id,
            instrument_id=self._instrument.id,
            instrument_version=self._instrument.version,
            assessed_on=self._today,
            scores=scores,
            by="client",
        )
        try:
            with self._service.unit_of_work() as (session, actor):
                self.saved_id = record_assessment(session, actor, self._casus_id, assessment, self._today)
        except RegieError as exc:
            show_message(self._error, exc.message)
            return False
        show_message(self._error, "")
        self.sig_saved.emit(self.saved_id)
        self.accept()
        return True

    def save_if_chosen(self) -> bool:
        """Save when something was chosen (before locking): the client's choices are not thrown away."""
        return bool(self.scores()) and self.save()

    def discard(self) -> None:
        """Close without saving and drop the name shown (locking): nothing of the client stays on screen."""
        self._heading.clear()
        self.reject()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a score button chooses it; it must not save the whole dialog half-way.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is not self._save:
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
            return
        super().keyPressEvent(event)
