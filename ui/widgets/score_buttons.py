"""A score on the instrument's scale as a row of large buttons, one per level, plus n.v.t. and "niet besproken".

Only the levels of the instrument can be chosen, so a score outside the scale cannot be entered at all. The
buttons are big enough for a finger (tablet mode) and carry the level's label, so worker and client read
what a number means. With the keyboard: 1–5 (the instrument's values), N for n.v.t., 0 for niet besproken.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

NVT = "nvt"
"""The value of the n.v.t. button (the same string the instruments use)."""

ScoreValue = int | str | None
"""A level's value, ``NVT``, or None for "niet besproken"."""

MIN_TOUCH_PX = 44
_NVT_ID = -1
_NONE_ID = -2


def _wrapped(label: str) -> str:
    """ "Voldoende zelfredzaam" on two lines, so five buttons fit beside each other."""
    head, _, tail = label.partition(" ")
    return f"{head}\n{tail}" if tail else head


class ScoreButtons(QWidget):
    """An exclusive group of level buttons; emits ``sig_chosen`` when the worker picks another value."""

    sig_chosen = Signal(object)
    """The worker chose a value (an int level, ``NVT`` or None); not emitted by ``set_value``."""

    def __init__(
        self,
        levels: Sequence[tuple[int, str]],
        nvt_allowed: bool,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"score_buttons_{name}")
        self.setAccessibleName(self.tr("Score"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[ScoreValue, QPushButton] = {}
        self._value: ScoreValue = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        for value, label in levels:
            button = self._button(f"{value}\n{_wrapped(label)}", f"score_{name}_{value}", value)
            button.setAccessibleName(self.tr("Score {value}: {label}").format(value=value, label=label))
            button.setToolTip(self.tr("{label} (toets {value})").format(label=label, value=value))
            self._group.addButton(button, value)
            layout.addWidget(button, 2)
        if nvt_allowed:
            nvt = self._button(self.tr("n.v.t."), f"score_{name}_nvt", NVT)
            nvt.setAccessibleName(self.tr("Niet van toepassing"))
            nvt.setToolTip(self.tr("Niet van toepassing (toets N)"))
            self._group.addButton(nvt, _NVT_ID)
            layout.addWidget(nvt, 1)
            nvt.setMinimumWidth(nvt.fontMetrics().horizontalAdvance("n.v.t.") + 28)
        none = self._button(self.tr("niet\nbesproken"), f"score_{name}_none", None)
        none.setAccessibleName(self.tr("Niet besproken"))
        none.setToolTip(self.tr("Niet besproken (toets 0)"))
        self._group.addButton(none, _NONE_ID)
        layout.addWidget(none, 1)
        none.setMinimumWidth(none.fontMetrics().horizontalAdvance(self.tr("besproken")) + 28)
        none.setChecked(True)
        self._group.buttonClicked.connect(self._clicked)

    def _button(self, text: str, object_name: str, value: ScoreValue) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setCheckable(True)
        button.setMinimumSize(MIN_TOUCH_PX + 20, MIN_TOUCH_PX + 12)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab stop for the row: the keys choose
        if value is not None:
            button.toggled.connect(lambda on, b=button: self._restyle(b, on))
        self._buttons[value] = button
        return button

    def _restyle(self, button: QPushButton, chosen: bool) -> None:
        """A chosen level is unmistakable at arm's length, also without colour: inverted and bold.

        A palette, not a style sheet: style sheets make every gesprek card slow to build, and the palette
        follows the worker's theme (high contrast too). "Niet besproken" keeps the plain pressed look.
        """
        palette = self.palette()
        if chosen:
            palette.setColor(QPalette.ColorRole.Button, palette.color(QPalette.ColorRole.Highlight))
            palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.HighlightedText))
        button.setPalette(palette)
        font = button.font()
        font.setBold(chosen)
        button.setFont(font)

    @property
    def value(self) -> ScoreValue:
        return self._value

    def button(self, value: ScoreValue) -> QPushButton:
        return self._buttons[value]

    def set_value(self, value: ScoreValue) -> None:
        """Show ``value`` as chosen, without emitting ``sig_chosen`` (loading, undo)."""
        self._value = value
        self._buttons[value if value in self._buttons else None].setChecked(True)

    def choose(self, value: ScoreValue) -> None:
        """Choose ``value`` as the worker would (emits ``sig_chosen`` when it differs)."""
        if value not in self._buttons or value == self._value:
            return
        self.set_value(value)
        self.sig_chosen.emit(value)

    def _clicked(self, button: QAbstractButton) -> None:
        for value, candidate in self._buttons.items():
            if candidate is button:
                self.choose(value)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1–9 choose that level, N n.v.t., 0 niet besproken; anything else goes to the parent."""
        text = event.text().lower()
        if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
            super().keyPressEvent(event)
            return
        if text.isdigit() and text != "0" and int(text) in self._buttons:
            self.choose(int(text))
        elif text == "n" and NVT in self._buttons:
            self.choose(NVT)
        elif text == "0":
            self.choose(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A clear outline while the row has the keyboard focus (the buttons themselves take none)."""
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
            painter.end()
