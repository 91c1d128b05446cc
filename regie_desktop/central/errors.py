"""Errors of the central store, each with a Dutch message fit for an administrator or a worker."""

from __future__ import annotations

from regie_desktop.errors import RegieError


class CentralError(RegieError):
    """An expected failure of an administrative command (unknown team, database not initialised, …)."""

    exit_code = 1
