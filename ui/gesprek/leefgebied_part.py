"""One leefgebied of the gesprek: a card per person of the household with zorg + kracht = wens and the score.

A score is saved the moment it is chosen (and can be undone from the page's undo stack); the texts are saved
after a pause in typing. Nothing is required: a leefgebied left empty is simply "niet besproken".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.assessments import set_score
from regie_desktop.app.gesprek import (
    GesprekPagina,
    GesprekPersoon,
    GesprekView,
    notitie_sleutel,
    save_leefgebied_notitie,
    set_alleen_professional,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import LeefgebiedNotitie
from regie_desktop.domain.zrm import Score
from regie_desktop.errors import RegieError
from ui.formatting import dutch_date
from ui.gesprek.part import GesprekPart, PartStatus
from ui.gesprek.text_part import Autosaver, text_field
from ui.style import heading_font
from ui.widgets.score_buttons import NVT, ScoreButtons, ScoreValue

TEXTS = ("zorg", "kracht", "wens")


def to_score(leefgebied: str, value: ScoreValue) -> Score:
    if value == NVT:
        return Score(leefgebied, None, nvt=True)
    return Score(leefgebied, value if isinstance(value, int) else None)


def to_value(score: Score | None) -> ScoreValue:
    if score is None:
        return None
    return NVT if score.nvt else score.value


def person_status(has_text: bool, scored: bool) -> PartStatus:
    """A person is done with a leefgebied when there are notes and a score (n.v.t. counts as a score)."""
    if has_text and scored:
        return PartStatus.BESPROKEN
    return PartStatus.DEELS if has_text or scored else PartStatus.NIET_BESPROKEN


def combined_status(statuses: list[PartStatus]) -> PartStatus:
    if statuses and all(s is PartStatus.BESPROKEN for s in statuses):
        return PartStatus.BESPROKEN
    if any(s is not PartStatus.NIET_BESPROKEN for s in statuses):
        return PartStatus.DEELS
    return PartStatus.NIET_BESPROKEN


class ScoreCommand(QUndoCommand):
    """A score change that undo and redo save again through the use case."""

    def __init__(self, card: PersonCard, old: ScoreValue, new: ScoreValue, text: str) -> None:
        super().__init__(text)
        self._card, self._old, self._new = card, old, new
        self._applied = True  # pushed after the first save succeeded: the first redo() has nothing to do

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._card.apply_score(self._new)

    def undo(self) -> None:
        self._card.apply_score(self._old)


class PersonCard(QGroupBox):
    """Zorg, kracht and wens of one person on one leefgebied, with the score and the previous score."""

    def __init__(self, part: LeefgebiedPart, index: int, persoon: GesprekPersoon, pagina: GesprekPagina) -> None:
        super().__init__(f"{persoon.naam} ({persoon.rol})" if persoon.rol else persoon.naam)
        key = part.leefgebied
        self._part = part
        self.persoon = persoon
        self.setObjectName(f"card_{key}_{index}")
        self.setAccessibleName(self.tr("{naam}: {leefgebied}").format(naam=persoon.naam, leefgebied=part.title))
        instrument = pagina.instrument
        self._levels = {level.value: level.label for level in instrument.scale}
        self._descriptions = pagina.beschrijvingen.get(key, {})
        notitie = pagina.gesprek.notities.get((persoon.id, key))

        texts = QGridLayout()
        texts.setHorizontalSpacing(6)
        self.fields: dict[str, QPlainTextEdit] = {}
        captions = {"zorg": self.tr("Zorg"), "kracht": self.tr("Kracht"), "wens": self.tr("Wens")}
        questions = {
            "zorg": self.tr("Wat gaat er niet goed, waar maakt u zich zorgen over?"),
            "kracht": self.tr("Wat gaat er goed, wat doet u zelf of met anderen?"),
            "wens": self.tr("Wat wilt u bereiken?"),
        }
        for column, name in enumerate(TEXTS):
            field = text_field(f"{name}_{key}_{index}", f"{captions[name]} – {persoon.naam}", lines=3)
            field.setMaximumHeight(field.minimumHeight() + field.fontMetrics().lineSpacing())
            field.setPlaceholderText(questions[name])
            field.setPlainText(getattr(notitie, name) if notitie is not None else "")
            label = QLabel(captions[name])
            label.setFont(heading_font(self.font(), 1.05))
            label.setBuddy(field)
            texts.addWidget(label, 0, column * 2)
            texts.addWidget(field, 1, column * 2)
            if column < 2:
                sign = QLabel("+" if column == 0 else "=")
                sign.setFont(heading_font(self.font(), 1.6))
                sign.setAlignment(Qt.AlignmentFlag.AlignCenter)
                sign.setAccessibleName(self.tr("plus") if column == 0 else self.tr("is"))
                texts.addWidget(sign, 1, column * 2 + 1)
            self.fields[name] = field
        for column in (0, 2, 4):
            texts.setColumnStretch(column, 1)

        self.buttons = ScoreButtons(
            [(v, label) for v, label in self._levels.items()], instrument.nvt_allowed, f"{key}_{index}"
        )
        self.buttons.setAccessibleName(self.tr("Score {naam}").format(naam=persoon.naam))
        self._stored: ScoreValue = to_value(pagina.scores.get((persoon.id, key)))
        self.buttons.set_value(self._stored)
        self.buttons.sig_chosen.connect(self._chosen)
        self.previous = QLabel(self._previous_text(pagina.vorige.get((persoon.id, key))))
        self.previous.setObjectName(f"vorige_{key}_{index}")
        self.previous.setAccessibleName(self.tr("Vorige score"))
        self.previous.setWordWrap(True)
        self.description = QLabel()
        self.description.setObjectName(f"beschrijving_{key}_{index}")
        self.description.setAccessibleName(self.tr("Beschrijving van de score"))
        self.description.setWordWrap(True)
        self.description.setFrameShape(QFrame.Shape.StyledPanel)
        self.description.setMargin(6)
        self.professional = QCheckBox(self.tr("Alleen voor professionals (niet tonen aan cliënt)"))
        self.professional.setObjectName(f"professional_{key}_{index}")
        self.professional.setAccessibleName(self.tr("Alleen voor professionals"))
        self.professional.setChecked(pagina.vlag(notitie_sleutel(persoon.id, key)).alleen_professional)
        self.professional.toggled.connect(self._professional_toggled)
        self._show_description()

        below = QHBoxLayout()
        below.addWidget(self.previous, 1)
        below.addWidget(self.professional)
        layout = QVBoxLayout(self)
        layout.addLayout(texts)
        layout.addWidget(self.buttons)
        layout.addWidget(self.description)
        layout.addLayout(below)

        self._autosave = Autosaver(self._save_texts, self)
        self._autosave.sig_error.connect(part.sig_error)
        for field in self.fields.values():
            field.textChanged.connect(self._typed)
        self._status = self.status()

    # --- status -----------------------------------------------------------------------------------
    def has_text(self) -> bool:
        return any(f.toPlainText().strip() for f in self.fields.values())

    def status(self) -> PartStatus:
        value = self.buttons.value
        return person_status(self.has_text(), value is not None)

    def _update_status(self) -> None:
        status = self.status()
        if status is not self._status:
            self._status = status
            self._part.sig_status_changed.emit()

    # --- texts --------------------------------------------------------------------------------------
    def _typed(self) -> None:
        self._autosave.changed()
        self._update_status()

    def flush(self) -> None:
        self._autosave.flush()

    def cancel(self) -> None:
        self._autosave.cancel()

    def _save_texts(self) -> None:
        zorg, kracht, wens = (self.fields[name].toPlainText() for name in TEXTS)
        notitie = LeefgebiedNotitie(self.persoon.id, self._part.leefgebied, zorg, kracht, wens)
        with self._part.service.unit_of_work() as (session, actor):
            save_leefgebied_notitie(session, actor, self._part.casus_id, notitie)

    def _professional_toggled(self, on: bool) -> None:
        try:
            with self._part.service.unit_of_work() as (session, actor):
                sleutel = notitie_sleutel(self.persoon.id, self._part.leefgebied)
                set_alleen_professional(session, actor, self._part.casus_id, sleutel, on)
        except RegieError as exc:
            self._part.sig_error.emit(exc.message)

    # --- the score ------------------------------------------------------------------------------------
    def _chosen(self, value: ScoreValue) -> None:
        """A click or key chose a score: save it now; on success it goes on the undo stack."""
        old = self._stored
        try:
            self._save_score(value)
        except RegieError as exc:
            self.buttons.set_value(old)
            self._part.sig_error.emit(exc.message)
            return
        self._stored = value
        self._show_description()
        self._update_status()
        text = self.tr("Score {leefgebied} van {naam}").format(leefgebied=self._part.title, naam=self.persoon.naam)
        self._part.push(ScoreCommand(self, old, value, text))

    def apply_score(self, value: ScoreValue) -> None:
        """Undo/redo: save ``value`` and show it; a failure is reported and the screen keeps the stored score."""
        try:
            self._save_score(value)
        except RegieError as exc:
            self._part.sig_error.emit(exc.message)
            return
        self._stored = value
        self.buttons.set_value(value)
        self._show_description()
        self._update_status()
        self._part.shown_by_undo()

    def _save_score(self, value: ScoreValue) -> None:
        key = self._part.leefgebied
        with self._part.service.unit_of_work() as (session, actor):
            set_score(
                session, actor, self._part.casus_id, self.persoon.id, key, to_score(key, value), self._part.today()
            )

    def _previous_text(self, previous: tuple[Score, dt.date] | None) -> str:
        if previous is None:
            return self.tr("Vorige score: nog geen")
        score, day = previous
        if score.nvt:
            value = self.tr("n.v.t.")
        else:
            value = f"{score.value} – {self._levels.get(score.value or 0, '')}".rstrip(" –")
        return self.tr("Vorige score: {value} (op {date})").format(value=value, date=dutch_date(day))

    def _show_description(self) -> None:
        value = self.buttons.value
        text = self._descriptions.get(value, "") if isinstance(value, int) else ""
        self.description.setText(text)
        self.description.setVisible(bool(text))
        for level, description in self._descriptions.items():
            self.buttons.button(level).setToolTip(f"{self._levels.get(level, '')}: {description}")


class LeefgebiedPart(GesprekPart):
    """The cards of every person of the household for one leefgebied."""

    def __init__(
        self,
        service: WorkspaceService,
        casus_id: str,
        leefgebied: str,
        title: str,
        undo_stack: QUndoStack,
        on_undo: Callable[[LeefgebiedPart], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(service, casus_id, parent)
        self.title = title
        self.leefgebied = leefgebied
        self.setObjectName(f"leefgebied_part_{leefgebied}")
        self._undo_stack = undo_stack
        self._on_undo = on_undo
        heading = QLabel(title)
        heading.setObjectName(f"leefgebied_title_{leefgebied}")
        heading.setFont(heading_font(self.font(), 1.3))
        hint = QLabel(self.tr("Zorg + kracht = wens. Een score kiest u met een klik of met de toetsen 1–5, N of 0."))
        hint.setObjectName(f"leefgebied_hint_{leefgebied}")
        hint.setWordWrap(True)
        self._cards_widget = QWidget()
        self._cards = QVBoxLayout(self._cards_widget)
        self._cards.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the scroll area
        scroll.setWidget(self._cards_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        self.cards: list[PersonCard] = []
        self._pagina: GesprekPagina | None = None

    @property
    def service(self) -> WorkspaceService:
        return self._service

    def today(self) -> dt.date:
        return self._service.today()

    def shown_by_undo(self) -> None:
        """An undo or redo changed a score here: the page shows this part, so the change is seen."""
        if self._on_undo is not None:
            self._on_undo(self)

    def push(self, command: QUndoCommand) -> None:
        self._undo_stack.push(command)

    def load_pagina(self, pagina: GesprekPagina) -> None:
        """Keep what to show; the cards are built when the part is first shown (opening a gesprek stays fast)."""
        self._remove_cards()
        self._pagina = pagina
        if self.isVisible():
            self.ensure_built()

    def ensure_built(self) -> None:
        pagina = self._pagina
        if pagina is None or self.cards:
            return
        for index, persoon in enumerate(pagina.personen):
            card = PersonCard(self, index, persoon, pagina)
            self._cards.addWidget(card)
            self.cards.append(card)
            if self.isVisible():
                card.show()  # now, not queued: the page puts the keyboard focus into it straight away
        self._cards.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def load(self, view: GesprekView) -> None:
        """The texts from ``view`` (the cards are built by ``load_pagina``, which also knows the scores)."""
        if self._pagina is not None:
            self._pagina = replace(self._pagina, gesprek=view)
        for card in self.cards:
            card.cancel()
            notitie = view.notities.get((card.persoon.id, self.leefgebied))
            for name, field in card.fields.items():
                field.blockSignals(True)
                field.setPlainText(getattr(notitie, name) if notitie is not None else "")
                field.blockSignals(False)

    def flush(self) -> None:
        for card in self.cards:
            card.flush()

    def clear(self) -> None:
        self._remove_cards()
        self._pagina = None

    def status(self) -> PartStatus:
        if self.cards:
            return combined_status([card.status() for card in self.cards])
        pagina = self._pagina
        if pagina is None:
            return PartStatus.NIET_BESPROKEN
        statuses = []
        for p in pagina.personen:
            notitie = pagina.gesprek.notities.get((p.id, self.leefgebied))
            has_text = notitie is not None and bool(notitie.zorg or notitie.kracht or notitie.wens)
            score = pagina.scores.get((p.id, self.leefgebied))
            statuses.append(person_status(has_text, score is not None and score.besproken))
        return combined_status(statuses)

    def _remove_cards(self) -> None:
        for card in self.cards:
            card.cancel()
        self.cards = []
        while self._cards.count():
            item = self._cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
