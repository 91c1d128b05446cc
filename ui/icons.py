"""Regie's own icons: SVG files in ``resources/icons``, so they stay sharp at any screen scale (high DPI).

The drawings use one ink colour. A small icon engine repaints them in white on a selected (highlighted)
row, where the blue ink would vanish into the highlight, and in grey when disabled.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from regie_desktop.resources import bundled_resource

ICON_NAMES = frozenset(
    {
        "aanmelding",
        "agenda",
        "bewaartermijnen",
        "caseload",
        "conflicten",
        "instellingen",
        "presenteren",
        "regie",
        "synchroniseren",
        "teamoverzicht",
        "vandaag",
        "vergrendelen",
        "wachtlijst",
    }
)
APP_ICON = "regie"
INK = b"#1d4f73"
INK_BY_MODE = {QIcon.Mode.Selected: b"#ffffff", QIcon.Mode.Disabled: b"#8a8f94"}


class _InkIconEngine(QIconEngine):
    """Renders one SVG drawing, swapping its ink colour by icon mode."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[QIcon.Mode, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        if mode not in self._renderers:
            ink = INK_BY_MODE.get(mode, INK)
            self._renderers[mode] = QSvgRenderer(QByteArray(self._svg.replace(INK, ink)))
        return self._renderers[mode]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, pixmap.rect(), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _InkIconEngine(self._svg)


@cache
def icon(name: str) -> QIcon:
    """The named icon; an unknown name is a programming error, not something to hide with an empty icon."""
    if name not in ICON_NAMES:
        raise KeyError(name)
    path = bundled_resource("icons", f"{name}.svg")
    if name == APP_ICON:
        return QIcon(str(path))  # a coloured logo, not a line drawing: it keeps its colours everywhere
    return QIcon(_InkIconEngine(path.read_bytes()))
