"""Regie: the Qt-free core of the desktop application for the sociaal wijkteam."""

from importlib.metadata import PackageNotFoundError, version

try:
    # One version source: pyproject.toml. The bundle carries the package metadata (packaging/regie.spec).
    __version__ = version("regie")
except PackageNotFoundError:  # a checkout that was never installed (``pip install -e .``)
    __version__ = "0+onbekend"
