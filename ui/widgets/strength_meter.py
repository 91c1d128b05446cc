"""A live passphrase strength meter: a bar from 0 to 4 and the Dutch reasons a passphrase is refused."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from regie_desktop.domain.passphrase import MIN_LENGTH, MIN_SCORE, PassphraseVerdict, assess_passphrase

MAX_SCORE = 4
_BAR_STYLE = """
QProgressBar {{ border: 1px solid #8a8a8a; border-radius: 3px; background: #f2f2f2; text-align: center;
               color: #1a1a1a; min-height: 1.4em; }}
QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}
"""
_REFUSED_COLOUR = "#e8a0a0"
_ACCEPTED_COLOUR = "#8fd19e"


class StrengthMeter(QWidget):
    """Shows how guessable a passphrase is, with the same rule the core applies when saving it."""

    sig_acceptable_changed = Signal(bool)
    """The passphrase went from refused to acceptable or back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strength_meter")
        self._bar = QProgressBar()
        self._bar.setObjectName("strength_bar")
        self._bar.setAccessibleName(self.tr("Sterkte van het wachtwoord"))
        self._bar.setRange(0, MAX_SCORE)
        self._bar.setTextVisible(True)
        self._reasons = QLabel()
        self._reasons.setObjectName("strength_reasons")
        self._reasons.setAccessibleName(self.tr("Uitleg over de sterkte van het wachtwoord"))
        self._reasons.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._bar)
        layout.addWidget(self._reasons)
        self._verdict = PassphraseVerdict(0, False)
        self._render()

    @property
    def verdict(self) -> PassphraseVerdict:
        return self._verdict

    @property
    def acceptable(self) -> bool:
        return self._verdict.acceptable

    def assess(self, passphrase: str, personal_words: Sequence[str] = ()) -> PassphraseVerdict:
        """Judge ``passphrase`` (the worker's own name counts as guessable) and show the outcome."""
        was_acceptable = self._verdict.acceptable
        self._verdict = (
            assess_passphrase(passphrase, personal_words=list(personal_words))
            if passphrase
            else PassphraseVerdict(0, False)
        )
        self._render()
        if self._verdict.acceptable != was_acceptable:
            self.sig_acceptable_changed.emit(self._verdict.acceptable)
        return self._verdict

    def clear(self) -> None:
        """Back to the empty state, e.g. after the passphrase fields were wiped."""
        self.assess("")

    def _render(self) -> None:
        verdict = self._verdict
        # A refused passphrase never fills the bar past "matig", even when only its length is the problem.
        shown = verdict.score if verdict.acceptable else min(verdict.score, MIN_SCORE - 1)
        self._bar.setValue(shown)
        if verdict.acceptable:
            text = self.tr("Sterk genoeg")
            reasons = self.tr("Dit wachtwoord is sterk genoeg.")
        elif not verdict.reasons:
            text = self.tr("Nog geen wachtwoord")
            reasons = self.tr(
                "Kies minstens {length} tekens, bijvoorbeeld vier of meer losse woorden die niet bij elkaar horen."
            ).format(length=MIN_LENGTH)
        else:
            text = self.tr("Niet sterk genoeg")
            reasons = "\n".join(f"• {reason}" for reason in verdict.reasons)
        self._bar.setFormat(text)
        self._bar.setStyleSheet(_BAR_STYLE.format(colour=_ACCEPTED_COLOUR if verdict.acceptable else _REFUSED_COLOUR))
        self._bar.setAccessibleDescription(reasons)
        self._reasons.setText(reasons)
