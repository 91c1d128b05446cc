"""How long to wait after failed unlocks: a brake on guessing that a real worker barely notices."""

from __future__ import annotations

MAX_DELAY_S = 30.0


def unlock_delay_s(failures: int) -> float:
    """Seconds to wait before the next attempt after ``failures`` consecutive failures.

    The first mistake is free (typos happen at a kitchen table); after that the wait doubles up to a cap,
    so an attacker with the laptop gains little while a worker is never locked out for long.
    """
    if failures <= 1:
        return 0.0
    return float(min(2 ** (failures - 2), MAX_DELAY_S))
