"""The passphrase rule: long enough and not guessable, with reasons a worker understands.

The passphrase is the only thing between a stolen laptop and the dossiers (Argon2id slows guessing but
cannot save a guessable passphrase), so weak ones are refused, not merely warned about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zxcvbn import zxcvbn

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable" for offline slow-hash attacks

OWN_NAME = "Het bevat uw eigen naam."
_PATTERN_REASONS = {
    "dictionary": "Het bevat een bekend woord, een naam of een veelgebruikt wachtwoord.",
    "repeat": "Het herhaalt dezelfde tekens of woorden.",
    "sequence": "Het bevat een reeks zoals 'abc' of '123'.",
    "spatial": "Het bevat een toetsenbordpatroon zoals 'qwerty'.",
    "date": "Het bevat een datum.",
    "regex": "Het bevat een jaartal.",
}


@dataclass(frozen=True)
class PassphraseVerdict:
    """Score 0..4 for a strength meter; ``reasons`` explain a refusal in Dutch."""

    score: int
    acceptable: bool
    reasons: tuple[str, ...] = field(default=())


def assess_passphrase(passphrase: str, personal_words: list[str] | None = None) -> PassphraseVerdict:
    """Judge a passphrase; ``personal_words`` (e.g. the worker's name) count as easy to guess."""
    if not passphrase:
        return PassphraseVerdict(0, False, ("Vul een wachtwoord in.",))
    # zxcvbn refuses more than 72 characters (its cost grows steeply); past that the score is 4 anyway.
    result: dict[str, Any] = zxcvbn(passphrase[:72], user_inputs=[w for w in personal_words or [] if w])
    score = int(result["score"])
    reasons: list[str] = []
    lowered = passphrase.lower()
    # A colleague or a thief knows the worker's name: only a very strong passphrase may contain it.
    contains_name = any(len(w) >= 3 and w.lower() in lowered for w in personal_words or [])
    if len(passphrase) < MIN_LENGTH:
        reasons.append(f"Het is te kort: gebruik minstens {MIN_LENGTH} tekens.")
    if score < MIN_SCORE or (contains_name and score < 4):
        seen: list[str] = [OWN_NAME] if contains_name else []
        for match in result.get("sequence", []):
            pattern = match.get("pattern", "")
            if pattern == "dictionary" and match.get("dictionary_name") == "user_inputs":
                text = OWN_NAME
            else:
                text = _PATTERN_REASONS.get(pattern, "")
            if text and text not in seen:
                seen.append(text)
        reasons.extend(seen)
        reasons.append(
            "Het is te makkelijk te raden. Kies bijvoorbeeld vier of meer losse woorden die niet bij elkaar horen."
        )
    return PassphraseVerdict(score=score, acceptable=not reasons, reasons=tuple(reasons))
