"""Failed-unlock bookkeeping that survives restarts, so quitting and retrying does not skip the wait."""

from __future__ import annotations

import json
import time
from pathlib import Path

from regie_desktop.domain.backoff import unlock_delay_s
from regie_desktop.store.atomic import write_atomic


class UnlockThrottle:
    """A tiny JSON file with a counter and a time; it holds nothing about the worker or the data."""

    def __init__(self, path: Path, clock: object = None) -> None:
        self._path = path
        self._clock = clock if callable(clock) else time.time

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self._path.read_text("ascii"))
            return int(data["failures"]), float(data["last_failure"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @property
    def failures(self) -> int:
        return self._read()[0]

    def remaining_s(self) -> float:
        failures, last = self._read()
        wait = unlock_delay_s(failures) - (float(self._clock()) - last)
        return max(0.0, wait)

    def record_failure(self) -> None:
        failures, _ = self._read()
        body = {"failures": failures + 1, "last_failure": float(self._clock())}
        write_atomic(self._path, json.dumps(body).encode("ascii"))

    def reset(self) -> None:
        if self._read()[0]:
            self._path.unlink(missing_ok=True)
