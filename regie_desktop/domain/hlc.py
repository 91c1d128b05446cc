"""Hybrid logical clock: timestamps that respect causality even when laptop clocks drift.

A change made after seeing another change always gets a larger timestamp, whatever the wall clock says;
sync uses this to order changes to one field without trusting any device's clock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        """Fixed-width text that sorts like the timestamp itself (so SQL ORDER BY works)."""
        return f"{self.wall_ms:015d}-{self.counter:05d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


class HybridClock:
    """One per device; ``now`` for local events, ``observe`` when a remote timestamp arrives."""

    def __init__(self, node: str, last: Timestamp | None = None, wall_ms: object = None) -> None:
        self._node = node
        self._wall = wall_ms if callable(wall_ms) else (lambda: time.time_ns() // 1_000_000)
        self._last = last or Timestamp(0, 0, node)

    def now(self) -> Timestamp:
        wall = int(self._wall())
        if wall > self._last.wall_ms:
            self._last = Timestamp(wall, 0, self._node)
        else:
            self._last = Timestamp(self._last.wall_ms, self._last.counter + 1, self._node)
        return self._last

    def observe(self, remote: Timestamp) -> Timestamp:
        wall = int(self._wall())
        top = max(wall, self._last.wall_ms, remote.wall_ms)
        if top == self._last.wall_ms == remote.wall_ms:
            counter = max(self._last.counter, remote.counter) + 1
        elif top == self._last.wall_ms:
            counter = self._last.counter + 1
        elif top == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._last = Timestamp(top, counter, self._node)
        return self._last
