"""Consent (toestemming) given when a plan is signed: what may be shared with the provider, and the two signatures.

Regiestap 2-3: when the plan is signed the client is asked whether it may go to the provider; with
**Plan B** chosen leefgebieden are withheld (shown as "n.v.t."). The consent binds to one plan version by
its hash, so a changed plan needs new consent.

Signature strokes are integers only: canonical JSON refuses floats, because floats print differently
across platforms and the strokes are hashed into what the device signs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from regie_desktop.domain.canonical import canonical_json
from regie_desktop.errors import ValidationError

CONSENT_FORMAT = 1
MAX_PRESSURE = 1000
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")

# Thresholds for ``is_trivial``. Coordinates are in tenths of a millimetre on the signing surface
# (the GUI converts from pixels with the screen's physical DPI), so the thresholds mean the same on
# every screen. They aim at accidents (a tap, a swipe, a stray mark), not at judging handwriting.
MIN_POINTS = 10  # fewer points in all strokes together: a tap or a twitch
MIN_EXTENT = 100  # 10 mm: bounding box smaller than this in both directions is a dot
LINE_TOLERANCE = 30  # 3 mm: every point this close to the main axis is a straight line...
LINE_RATIO = 0.04  # ...or within 4 % of the axis length (a long, slightly bowed swipe)
MIN_TURNING_DEGREES = 90  # total bending of all strokes below this: straight strokes only (a swipe, an X)
TURNING_STEP = 10  # 1 mm: points closer than this to the previous kept point are skipped (jitter)


class SignerRole(StrEnum):
    CLIENT = "client"
    WETTELIJK_VERTEGENWOORDIGER = "wettelijk_vertegenwoordiger"
    WERKER = "werker"


@dataclass(frozen=True)
class Point:
    """One sample of the pen or finger.

    ``x`` and ``y`` are in tenths of a millimetre from the top-left of the signing field (y grows down);
    ``t_ms`` is milliseconds since the first point of the signature; ``pressure`` is 0..1000 (mouse
    input: a constant, e.g. 500). Type errors raise ValueError at once: a float here would only fail later,
    at hashing time, far from the capture code that made it.
    """

    x: int
    y: int
    t_ms: int
    pressure: int

    def __post_init__(self) -> None:
        for name in ("x", "y", "t_ms", "pressure"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"Point.{name} must be an int, got {type(value).__name__}")
        if not 0 <= self.pressure <= MAX_PRESSURE:
            raise ValueError(f"Point.pressure must be within 0..{MAX_PRESSURE}")
        if self.t_ms < 0:
            raise ValueError("Point.t_ms must not be negative")


Stroke = tuple[Point, ...]


@dataclass(frozen=True)
class Signature:
    """A drawn signature; ``signed_at`` is timezone-aware UTC so every device writes the same instant."""

    signer_name: str
    role: SignerRole
    strokes: tuple[Stroke, ...]
    signed_at: dt.datetime

    def __post_init__(self) -> None:
        if self.signed_at.utcoffset() != dt.timedelta(0):
            raise ValueError("Signature.signed_at must be timezone-aware UTC")


def is_trivial(strokes: Sequence[Stroke]) -> bool:
    """True for what is not a signature: nothing, a tap, a dot, a straight line, or only straight strokes.

    Thresholds are the module constants above (units: tenths of a millimetre). A mark made of straight
    strokes only, such as an X, counts as trivial: it is what an accidental double swipe looks like.
    """
    points = [p for stroke in strokes for p in stroke]
    if len(points) < MIN_POINTS:
        return True
    width = max(p.x for p in points) - min(p.x for p in points)
    height = max(p.y for p in points) - min(p.y for p in points)
    if max(width, height) < MIN_EXTENT:
        return True
    start, end = _main_axis(points)
    length = math.dist((start.x, start.y), (end.x, end.y))
    deviation = max(_distance_to_line(p, start, end, length) for p in points)
    if deviation <= max(LINE_TOLERANCE, LINE_RATIO * length):
        return True
    return _total_turning(strokes) < math.radians(MIN_TURNING_DEGREES)


def _main_axis(points: Sequence[Point]) -> tuple[Point, Point]:
    """Two points far apart (a farthest-point double sweep); first-to-last fails for back-and-forth lines."""
    first = points[0]
    a = max(points, key=lambda p: (p.x - first.x) ** 2 + (p.y - first.y) ** 2)
    b = max(points, key=lambda p: (p.x - a.x) ** 2 + (p.y - a.y) ** 2)
    return a, b


def _distance_to_line(p: Point, a: Point, b: Point, length: float) -> float:
    return abs((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / length


def _total_turning(strokes: Sequence[Stroke]) -> float:
    """Sum of absolute direction changes within strokes (radians), on points at least TURNING_STEP apart."""
    total = 0.0
    for stroke in strokes:
        if not stroke:
            continue
        kept = [stroke[0]]
        for p in stroke[1:]:
            if math.dist((p.x, p.y), (kept[-1].x, kept[-1].y)) >= TURNING_STEP:
                kept.append(p)
        headings = [math.atan2(b.y - a.y, b.x - a.x) for a, b in itertools.pairwise(kept)]
        for h1, h2 in itertools.pairwise(headings):
            total += abs((h2 - h1 + math.pi) % (2 * math.pi) - math.pi)
    return total


def canonical_strokes(strokes: Sequence[Stroke]) -> list[list[list[int]]]:
    """Strokes as nested lists of ``[x, y, t_ms, pressure]``: compact, and the form that is hashed."""
    return [[[p.x, p.y, p.t_ms, p.pressure] for p in stroke] for stroke in strokes]


def strokes_from_canonical(data: Sequence[Sequence[Sequence[int]]]) -> tuple[Stroke, ...]:
    """The inverse of ``canonical_strokes`` (the store keeps raw strokes in this form)."""
    strokes = []
    for stroke in data:
        points = []
        for values in stroke:
            if len(values) != 4:
                raise ValueError("a point has exactly four values: x, y, t_ms, pressure")
            x, y, t_ms, pressure = values
            points.append(Point(x, y, t_ms, pressure))
        strokes.append(tuple(points))
    return tuple(strokes)


def strokes_hash(signature: Signature) -> str:
    """SHA-256 (hex) of the canonical strokes: the consent record carries this, not the drawing itself."""
    return hashlib.sha256(canonical_json(canonical_strokes(signature.strokes)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Consent:
    """The client's choices for one plan version (``plan_hash``) and the two signatures that confirm them.

    ``withheld_leefgebieden`` is Plan B: leefgebieden shown to the provider as "n.v.t.". It only means
    something when the plan is shared; ``validated`` empties it otherwise.
    """

    plan_hash: str
    share_with_provider: bool
    withheld_leefgebieden: tuple[str, ...]
    data_processing_consent: bool
    client_signature: Signature
    worker_signature: Signature

    def validated(self, known_leefgebieden: AbstractSet[str]) -> Consent:
        """A normalised copy, or a ValidationError naming the first problem.

        Normalising: names trimmed; withheld leefgebieden trimmed, sorted and unique, and emptied when the
        plan is not shared at all (then nothing goes to the provider, and two consents with the same
        effect get the same canonical form and hash). Unknown leefgebieden are refused either way.
        """
        if not _SHA256_HEX.fullmatch(self.plan_hash):
            raise ValidationError("De toestemming verwijst niet naar een geldige planversie.")
        client = self.client_signature
        worker = self.worker_signature
        if client.role not in (SignerRole.CLIENT, SignerRole.WETTELIJK_VERTEGENWOORDIGER):
            raise ValidationError("De eerste handtekening moet van de cliënt of een wettelijk vertegenwoordiger zijn.")
        if not client.signer_name.strip():
            raise ValidationError("Vul de naam in van wie namens de cliënt tekent.")
        if is_trivial(client.strokes):
            raise ValidationError(
                "Er is geen geldige handtekening gezet door de cliënt; laat de handtekening opnieuw zetten."
            )
        if worker.role != SignerRole.WERKER:
            raise ValidationError("De tweede handtekening moet van de sociaal werker zijn.")
        if not worker.signer_name.strip():
            raise ValidationError("De naam van de sociaal werker ontbreekt.")
        if is_trivial(worker.strokes):
            raise ValidationError(
                "Er is geen geldige handtekening gezet door de sociaal werker; zet de handtekening opnieuw."
            )
        if client.strokes == worker.strokes:
            raise ValidationError(
                "De handtekeningen van cliënt en werker zijn precies gelijk; laat beiden zelf tekenen."
            )
        withheld = sorted({name.strip() for name in self.withheld_leefgebieden})
        unknown = [name for name in withheld if name not in known_leefgebieden]
        if unknown:
            raise ValidationError(f"Onbekend leefgebied bij 'niet delen': {', '.join(unknown)}.")
        return Consent(
            plan_hash=self.plan_hash,
            share_with_provider=self.share_with_provider,
            withheld_leefgebieden=tuple(withheld) if self.share_with_provider else (),
            data_processing_consent=self.data_processing_consent,
            client_signature=_with_name(client, client.signer_name.strip()),
            worker_signature=_with_name(worker, worker.signer_name.strip()),
        )


def _with_name(signature: Signature, name: str) -> Signature:
    return Signature(signer_name=name, role=signature.role, strokes=signature.strokes, signed_at=signature.signed_at)


def canonical_consent(consent: Consent) -> dict[str, Any]:
    """The consent as plain JSON types; strokes appear only as their hashes (the drawing is kept apart)."""
    return {
        "format": CONSENT_FORMAT,
        "plan_hash": consent.plan_hash,
        "share_with_provider": consent.share_with_provider,
        "withheld_leefgebieden": list(consent.withheld_leefgebieden),
        "data_processing_consent": consent.data_processing_consent,
        "client": _canonical_signer(consent.client_signature),
        "werker": _canonical_signer(consent.worker_signature),
    }


def _canonical_signer(signature: Signature) -> dict[str, Any]:
    return {
        "name": signature.signer_name,
        "role": signature.role.value,
        "signed_at": signature.signed_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        "strokes_hash": strokes_hash(signature),
    }
