"""Errors a worker can meet, each with a Dutch message fit to show as-is.

They live outside the layers so the CLI and the GUI can catch them without importing the store.
Messages never contain personal data: they may end up in a dialog that is screenshotted or in a log.
"""

from __future__ import annotations


class RegieError(Exception):
    """Base of every expected failure; ``exit_code`` is what the CLI returns."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(RegieError):
    exit_code = 2

    def __init__(self, message: str = "Wachtwoord onjuist.") -> None:
        super().__init__(message)


class WrongRecoveryKey(RegieError):
    exit_code = 2

    def __init__(self, message: str = "Herstelsleutel onjuist.") -> None:
        super().__init__(message)


class WorkspaceMissing(RegieError):
    exit_code = 3


class KeyFileProblem(RegieError):
    """The key file is missing, unreadable or does not fit the database."""

    exit_code = 3


class WorkspaceExists(RegieError):
    exit_code = 4


class SchemaTooNew(RegieError):
    exit_code = 5


class AlreadyRunning(RegieError):
    exit_code = 6


class StorageFull(RegieError):
    exit_code = 7


class WeakPassphrase(RegieError):
    exit_code = 8


class DatabaseDamaged(RegieError):
    exit_code = 9


class WorkspaceLocked(RegieError):
    """A use case was called while the workspace is locked (no key in memory)."""

    exit_code = 10


class ValidationError(RegieError):
    """Input a worker typed does not satisfy a domain rule."""

    exit_code = 11


class DuplicateFound(RegieError):
    """Registering would create a second dossier for someone already known; ``matches`` are household ids."""

    exit_code = 12

    def __init__(self, message: str, matches: tuple[str, ...]) -> None:
        super().__init__(message)
        self.matches = matches


class NotFound(RegieError):
    exit_code = 13
