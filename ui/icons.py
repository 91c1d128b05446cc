"""Regie's own icons: SVG files in ``resources/icons``, so they stay sharp at any screen scale (high DPI)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from regie_desktop.resources import bundled_resource

ICON_NAMES = frozenset(
    {"aanmelding", "agenda", "caseload", "instellingen", "regie", "vandaag", "vergrendelen", "wachtlijst"}
)


@cache
def icon(name: str) -> QIcon:
    """The named icon; an unknown name is a programming error, not something to hide with an empty icon."""
    if name not in ICON_NAMES:
        raise KeyError(name)
    return QIcon(str(bundled_resource("icons", f"{name}.svg")))
