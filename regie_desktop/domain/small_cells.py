"""Small-cell suppression: what of a table of counts may leave the laptop without pointing at a person.

The team overview is exported as counts and aggregates only, but a count of 1 to 4 in a small team still points
at a household ("the one casus afgeschaald because the client died"). The rules, in order:

1. **Primary suppression.** A count of 1-4 is shown as "<5". Zero is shown (it says nobody, not somebody).
2. **Totals.** A total is shown exactly only when none of its cells is suppressed. Otherwise it is shown as a
   lower bound computed from what *is* shown (the visible cells plus 1 per "<5" cell), e.g. "≥37". Such a bound
   adds nothing a reader could not add up himself, so ``total - visible cells`` never gives a hidden cell back.
   (Rounding the total was the alternative; it still narrows a hidden cell down, e.g. to 1-2.)
3. **Derived figures.** A share, average or median over a group is shown only when the group has at least 5
   casussen and none of its cells is suppressed: an exact share or average together with the visible cells is
   again an equation with the hidden cell as its only unknown. A suppressed figure is shown as "x".
4. **Distributions over fewer than 5 casussen** (one leefgebied's ZRM change, say) are hidden entirely, cells,
   total and average, as "x": a distribution over three households describes those three households.

Each total is published in one group only, and a count in another unit beside a group (casussen beside their
doelen) follows rule 3, so no figure of the same table gives a hidden cell back. Not audited: inequalities
*between* tables (a table about a subset of the casussen of another, e.g. the casussen with a plan among all
casussen per fase), which in a very small team can narrow a hidden cell of the larger table down.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

MIN_CELL = 5
"""Counts below this (and above 0) are not shown; derived figures need at least this many casussen."""

SMALL_TEXT = "<5"
HIDDEN_TEXT = "x"


class Shown(StrEnum):
    EXACT = "exact"
    SMALL = "small"  # a count 1-4: "<5"
    AT_LEAST = "at_least"  # a total with suppressed cells: "≥n", n from the visible cells only
    HIDDEN = "hidden"  # a derived figure or a whole distribution that may not be shown: "x"


@dataclass(frozen=True)
class Cell:
    """One published figure: ``value`` is what may be shown (None for SMALL and HIDDEN)."""

    shown: Shown
    value: float | None = None

    @property
    def suppressed(self) -> bool:
        return self.shown is not Shown.EXACT

    def text(self, decimals: int = 0, signed: bool = False, suffix: str = "") -> str:
        """Dutch display text: "12", "<5", "≥37", "x", "+0,8" (``signed``), "64%" (``suffix``)."""
        if self.shown is Shown.SMALL:
            return SMALL_TEXT
        if self.shown is Shown.HIDDEN or self.value is None:
            return HIDDEN_TEXT
        # Half away from zero, as people round (62.5% -> 63%), not Python's half to even.
        rounded = Decimal(repr(self.value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        if rounded == 0:
            rounded = abs(rounded)  # no "-0,0"
        number = f"{rounded:f}".replace(".", ",")
        if signed and rounded > 0:
            number = "+" + number
        prefix = "≥" if self.shown is Shown.AT_LEAST else ""
        return f"{prefix}{number}{suffix}"


HIDDEN = Cell(Shown.HIDDEN)


def count_cell(value: int) -> Cell:
    """A single count under rule 1."""
    if value < 0:
        raise ValueError("a count cannot be negative")
    if 0 < value < MIN_CELL:
        return Cell(Shown.SMALL)
    return Cell(Shown.EXACT, value)


@dataclass(frozen=True)
class CountGroup:
    """Counts that add up to one total (a partition, or the cells a shown total sums), protected together."""

    cells: tuple[Cell, ...]
    total: Cell

    @property
    def clean(self) -> bool:
        """No cell is suppressed: derived figures of this group may be shown (given enough casussen)."""
        return not any(c.suppressed for c in self.cells)


def protect_group(counts: Sequence[int], casussen: int | None = None) -> CountGroup:
    """Rules 1, 2 and 4 over counts that sum to a shown total.

    ``casussen``: for a distribution, how many casussen it describes; under ``MIN_CELL`` everything is hidden.
    """
    if casussen is not None and casussen < MIN_CELL:
        return CountGroup(tuple(HIDDEN for _ in counts), HIDDEN)
    cells = tuple(count_cell(c) for c in counts)
    if not any(c.suppressed for c in cells):
        return CountGroup(cells, Cell(Shown.EXACT, sum(counts)))
    bound = sum(int(c.value or 0) for c in cells if c.shown is Shown.EXACT) + sum(
        1 for c in cells if c.shown is Shown.SMALL
    )
    return CountGroup(cells, Cell(Shown.AT_LEAST, bound))


def related_count(value: int, group: CountGroup) -> Cell:
    """A count in another unit over the same casussen as ``group`` (casussen beside doelen, say): rule 3.

    Beside a group it is an inequality on the hidden cells (every casus has at least one doel, so the doelen total
    is at least the casussen), which can pin a hidden cell down; so it is shown only when the group hides nothing.
    """
    return count_cell(value) if group.clean else HIDDEN


def protect_figure(value: float | None, casussen: int, group: CountGroup | None = None) -> Cell:
    """Rule 3: a share, average or median, shown only over 5+ casussen and a group without suppressed cells."""
    if value is None or casussen < MIN_CELL or (group is not None and not group.clean):
        return HIDDEN
    return Cell(Shown.EXACT, value)
