"""Canonical JSON: one byte sequence per value, so hashes and signatures are stable across devices."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise TypeError("naive datetime has no canonical form")
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} has no canonical form")


def _reject_floats(value: Any) -> None:
    # Floats print differently across platforms and versions; amounts and scores are ints or strings.
    # Iterative with a fast path for the common leaf types: signature strokes hold thousands of ints.
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is int or kind is str or kind is bool or item is None:
            continue
        if isinstance(item, float):
            raise TypeError("floats have no canonical form; use int or str")
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)


def canonical_json(value: Any) -> str:
    """Sorted keys, no insignificant white space, UTF-8 text (not \\u escapes), no floats."""
    _reject_floats(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default)
