"""Identifiers that are unique across devices and sort by creation time (UUIDv7, RFC 9562)."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> uuid.UUID:
    """A UUIDv7 whose order follows creation within this process, also within one millisecond.

    Python 3.11 has no ``uuid.uuid7``; the 12-bit rand_a field is used as a counter (RFC 9562, method 1)
    so that ids made in the same millisecond still sort in creation order, which the outbox relies on.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave room to count up
        else:
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms += 1
                _counter = 0
            ms = _last_ms
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= _counter << 64
        value |= 0b10 << 62
        value |= rand_b
    return uuid.UUID(int=value)


def new_id() -> str:
    """A new entity or change id as text."""
    return str(uuid7())
