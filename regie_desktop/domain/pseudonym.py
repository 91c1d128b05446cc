"""Pseudonyms for showing a casus to a room: initials, a short case label and an age instead of a birth date.

A team meeting discusses a casus on a projector; the room needs to follow the plan, not to learn who the
client is. These rules are pure so that the presentation, the printed bespreekformulier and their tests
agree on one way of hiding a name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

_WORD_SPLIT = re.compile(r"[\s\-]+")
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # no I, L, O, U: nothing to misread when read aloud
CASE_LABEL_PREFIX = "C-"
DEFAULT_CASE_LABEL_LENGTH = 5


def initials(full_name: str) -> str:
    """``"Anna de Vries"`` → ``"A.d.V."``: the first letter of every part, tussenvoegsels kept lower case.

    A part written in lower case (``de``, ``van``, ``'t``) is a tussenvoegsel and stays lower case, so
    that the initials still read like a Dutch name; every other part gives an upper-case letter.
    Parts without a letter (``&``, digits) are skipped.
    """
    letters: list[str] = []
    for part in _WORD_SPLIT.split(full_name.strip()):
        first = next((ch for ch in part if ch.isalpha()), "")
        if not first:
            continue
        cased = first.lower() if part == part.lower() else first.upper()
        letters.append(cased if len(cased) == 1 else first)  # "ß".upper() is "SS": keep one letter
    return "".join(f"{letter}." for letter in letters)


def person_initials(voornamen: str, tussenvoegsel: str, achternaam: str) -> str:
    """Initials of a stored person; the tussenvoegsel is lower case whatever was typed."""
    return initials(" ".join(p for p in (voornamen, tussenvoegsel.lower(), achternaam) if p.strip()))


def case_label(casus_id: str, length: int = DEFAULT_CASE_LABEL_LENGTH) -> str:
    """A short, stable label for a casus, e.g. ``"C-7K3QX"``, derived from its id.

    The id is hashed rather than cut: casus ids are UUIDv7, whose first characters are a timestamp and
    would give casussen made in the same minute nearly the same label. The label reveals nothing about
    the client and is the same on every device and in every meeting.
    """
    if length < 1:
        raise ValueError("length must be at least 1")
    digest = int.from_bytes(hashlib.sha256(casus_id.encode("utf-8")).digest(), "big")
    chars = []
    for _ in range(length):
        digest, index = divmod(digest, len(_CROCKFORD))
        chars.append(_CROCKFORD[index])
    return CASE_LABEL_PREFIX + "".join(chars)


def distinct_case_labels(casus_ids: Iterable[str]) -> dict[str, str]:
    """Labels for a list of casussen, longer where two would otherwise share a label.

    With five characters two casussen in one caseload share a label about once in a million pairs; when
    that happens both get a longer label, so a meeting never confuses two families.
    """
    ids = list(dict.fromkeys(casus_ids))
    length = DEFAULT_CASE_LABEL_LENGTH
    labels = {cid: case_label(cid, length) for cid in ids}
    while len(set(labels.values())) < len(labels) and length < 40:
        length += 1
        seen: dict[str, int] = {}
        for label in labels.values():
            seen[label] = seen.get(label, 0) + 1
        labels = {cid: (case_label(cid, length) if seen[label] > 1 else label) for cid, label in labels.items()}
    return labels


def age_in_years(birth: dt.date, today: dt.date) -> int:
    """Completed years of age on ``today``.

    Someone born on 29 February turns a year older on 1 March in a common year (the day after
    28 February), the usual reading; a birth date after ``today`` is a programming error.
    """
    if birth > today:
        raise ValueError("birth date lies after today")
    had_birthday = (today.month, today.day) >= (birth.month, birth.day)
    return today.year - birth.year - (0 if had_birthday else 1)


@dataclass(frozen=True)
class NamedPerson:
    """The name parts of someone who may be mentioned in a casus's free text."""

    voornamen: str
    tussenvoegsel: str
    achternaam: str

    @property
    def initials(self) -> str:
        return person_initials(self.voornamen, self.tussenvoegsel, self.achternaam)

    def spellings(self) -> tuple[str, ...]:
        """The ways a worker may write this name in a note: full, first + last, last only, each first name."""
        first_names = [n for n in _WORD_SPLIT.split(self.voornamen.strip()) if n]
        last = " ".join(p for p in (self.tussenvoegsel.strip(), self.achternaam.strip()) if p)
        forms = [
            " ".join(p for p in (self.voornamen.strip(), last) if p),
            " ".join(p for p in (first_names[0] if first_names else "", last) if p),
            last,
            self.achternaam.strip(),
            self.voornamen.strip(),
            *first_names,
        ]
        return tuple(dict.fromkeys(f for f in forms if len(f) >= 2))


class NameScrubber:
    """Replaces every known name in a text by the initials of its person.

    Names are matched as whole words, without regard to case, longest spelling first, so that
    ``"Anna de Vries"`` becomes ``"A.d.V."`` and not ``"A. de V."``. A first name that is also an
    ordinary word (``Roos``) is replaced as well: hiding too much is the safe side in a meeting.
    """

    def __init__(self, people: Iterable[NamedPerson], extra: Mapping[str, str] | None = None) -> None:
        replacements: dict[str, str] = {}
        forms: set[str] = set()
        for person in people:
            label = person.initials or "…"
            for spelling in person.spellings():
                forms.update((_squash(spelling), _squash(spelling).casefold()))
                replacements.setdefault(_squash(spelling).casefold(), label)
        for text, replacement in (extra or {}).items():
            if len(text.strip()) >= 2:
                forms.update((_squash(text.strip()), _squash(text.strip()).casefold()))
                replacements.setdefault(_squash(text.strip()).casefold(), replacement)
        self._replacements = replacements
        ordered: Sequence[str] = sorted(forms, key=lambda f: (-len(f), f))
        self._pattern = (
            re.compile(
                r"(?<!\w)(" + "|".join(_flexible_space(re.escape(s)) for s in ordered) + r")(?!\w)",
                re.IGNORECASE,
            )
            if ordered
            else None
        )

    def scrub(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(
            lambda m: self._replacements.get(_squash(m.group(0)).casefold(), CONTACT_PLACEHOLDER), text
        )


def _flexible_space(escaped: str) -> str:
    """Let one space in a name match any run of white space in the note (``Anna  de\\nVries``)."""
    return escaped.replace(r"\ ", r"\s+")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())


_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_POSTCODE = re.compile(r"(?<!\w)[1-9]\d{3}\s?[A-Za-z]{2}(?!\w)")
# nine or more digits, possibly broken up by spaces, dashes, dots, an area code in brackets ("(020) 123 4567",
# "(0834)-701746") or a leading +31: a BSN or phone number
_NUMBER = re.compile(r"(?<![\w+])(?:\+\d{2}[\s\-.]?)?\(?\d(?:\)?[\s\-.(]?\d){8,}(?!\w)")
CONTACT_PLACEHOLDER = "[…]"


def scrub_contact_details(text: str) -> str:
    """Hide e-mail addresses, postcodes and BSN or phone numbers a worker may have typed in a note.

    Errs on the side of hiding: any nine digits in a row go, and so does a year before a two-letter word unless
    that word is lower-case Dutch prose (``_PROSE_AFTER_NUMBER``)."""
    if not text:
        return text
    text = _EMAIL.sub(CONTACT_PLACEHOLDER, text)
    text = _NUMBER.sub(CONTACT_PLACEHOLDER, text)
    return _POSTCODE.sub(_postcode_or_prose, text)


# Two-letter Dutch words that follow a year or a count in a note ("sinds 2019 is", "in 2025 en"): written in lower
# case after four digits they are prose, not a postcode. The same letters in capitals are still hidden.
_PROSE_AFTER_NUMBER = frozenset(
    {
        "al",
        "an",
        "as",
        "at",
        "af",
        "de",
        "du",
        "en",
        "er",
        "ga",
        "ik",
        "in",
        "is",
        "je",
        "ja",
        "na",
        "nu",
        "of",
        "om",
        "op",
        "te",
        "tv",
        "uw",
        "we",
        "wo",
        "za",
        "ze",
        "zo",
    }
)


def _postcode_or_prose(match: re.Match[str]) -> str:
    letters = match.group()[-2:]
    return match.group() if letters in _PROSE_AFTER_NUMBER else CONTACT_PLACEHOLDER
