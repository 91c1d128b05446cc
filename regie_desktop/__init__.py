"""Regie: the Qt-free core of the desktop application for the sociaal wijkteam."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    # One version source: pyproject.toml. The bundle carries the package metadata (packaging/regie.spec).
    # importlib.metadata loads the email package; read only when asked, not on the way to the unlock screen.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("regie")
    except PackageNotFoundError:  # a checkout that was never installed (``pip install -e .``)
        return "0+onbekend"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'regie_desktop' has no attribute {name!r}")
