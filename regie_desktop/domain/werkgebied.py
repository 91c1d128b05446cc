"""A team's werkgebied: the postcode areas (four digits) it serves, as ranges like ``3500-3599`` or ``3511``.

Ranges are kept merged and sorted, so the same area always has one written form, whatever order or overlap
the team typed. Only the four digits of a postcode count; the letters never decide whether an address is
inside.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from regie_desktop.domain.household import normalise_postcode
from regie_desktop.errors import ValidationError

LOWEST = 1000  # Dutch postcodes never start with a 0
HIGHEST = 9999
_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")  # hyphen, en/em dash, minus; spaces around it are fine
_SEPARATORS = re.compile(r"[,;\s]+")
_TOKEN = re.compile(r"([0-9]+)(?:-([0-9]+))?")  # ASCII digits only: \d also matches other scripts


@dataclass(frozen=True, order=True)
class PostcodeRange:
    """Postcode areas ``low`` to ``high`` inclusive (four-digit numbers)."""

    low: int
    high: int

    def __post_init__(self) -> None:
        if not LOWEST <= self.low <= self.high <= HIGHEST:
            raise ValueError(f"not a postcode range: {self.low}-{self.high}")

    def __contains__(self, number: object) -> bool:
        return isinstance(number, int) and self.low <= number <= self.high

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


def merged(ranges: Iterable[PostcodeRange]) -> tuple[PostcodeRange, ...]:
    """Sorted ranges with overlapping and touching ones joined (3500-3549 and 3550-3599 become 3500-3599)."""
    result: list[PostcodeRange] = []
    for current in sorted(ranges):
        if result and current.low <= result[-1].high + 1:
            last = result[-1]
            result[-1] = PostcodeRange(last.low, max(last.high, current.high))
        else:
            result.append(current)
    return tuple(result)


def _number(text: str, token: str) -> int:
    if len(text) != 4 or not LOWEST <= int(text) <= HIGHEST:
        raise ValidationError(
            f"„{token}” is geen postcodegebied: gebruik vier cijfers van 1000 tot en met 9999, "
            "zoals 3511, of een reeks zoals 3500-3599."
        )
    return int(text)


def parse_werkgebied(text: str) -> tuple[PostcodeRange, ...]:
    """Ranges from text such as ``"3500-3599, 3611"`` (commas, semicolons or new lines between them).

    Empty text is an empty werkgebied. Anything else that is not a four-digit postcode area or a range
    of two is refused with a Dutch message naming the part that is wrong.
    """
    ranges: list[PostcodeRange] = []
    for token in _SEPARATORS.split(_DASHES.sub("-", text.strip())):
        if not token:
            continue
        match = _TOKEN.fullmatch(token)
        if match is None:
            raise ValidationError(
                f"„{token}” is geen postcodegebied: gebruik vier cijfers, zoals 3511, of een reeks zoals "
                "3500-3599, gescheiden door komma's."
            )
        low = _number(match.group(1), token)
        high = low if match.group(2) is None else _number(match.group(2), token)
        if high < low:
            raise ValidationError(f"De reeks „{token}” loopt achteruit: schrijf de laagste postcode eerst.")
        ranges.append(PostcodeRange(low, high))
    return merged(ranges)


def format_werkgebied(ranges: Iterable[PostcodeRange]) -> str:
    """The written form, e.g. ``"3500-3599, 3611"``; ``parse_werkgebied`` reads it back to the same ranges."""
    return ", ".join(str(r) for r in merged(ranges))


def postcode_area(postcode: str) -> int:
    """The four digits of a Dutch postcode (``"3511 AB"`` → 3511); a ValidationError when it is no postcode."""
    return int(normalise_postcode(postcode)[:4])


def contains(ranges: Iterable[PostcodeRange], postcode: str) -> bool:
    """Whether the postcode's area lies in one of the ranges (raises ValidationError for a bad postcode)."""
    area = postcode_area(postcode)
    return any(area in r for r in ranges)
