"""A simple ecogram: the household in the middle, the people around it on a circle, one line to each.

The worker turns the laptop towards the client to look at it together, so the text is large, the drawing
scales with the widget and the kind of relation shows as a line pattern named in a legend (never colour only).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from regie_desktop.domain.meldcode import RelatieSoort

NAME_POINTS = 15.0
RELATION_POINTS = 12.0
LEGEND_POINTS = 12.0
CENTRE_RADIUS = 82.0
MIN_RING_RADIUS = 230.0
MAX_NAME_CHARS = 28
NODE_PADDING = 10.0
INK = QColor("#14181f")
NODE_FILL = QColor("#ffffff")
CENTRE_FILL = QColor("#e3ebf6")


@dataclass(frozen=True)
class LineStyle:
    colour: str
    width: float
    pattern: Qt.PenStyle

    def pen(self) -> QPen:
        pen = QPen(QColor(self.colour), self.width, self.pattern)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen


# Pattern first, colour second: the legend names each pattern, so a grey print or a colour-blind client reads it too.
LINE_STYLES: dict[RelatieSoort, LineStyle] = {
    RelatieSoort.FAMILIE: LineStyle("#1d4f91", 5.0, Qt.PenStyle.SolidLine),
    RelatieSoort.VRIENDEN_BUREN: LineStyle("#2b6a30", 4.0, Qt.PenStyle.DashLine),
    RelatieSoort.PROFESSIONEEL: LineStyle("#6b2c91", 4.0, Qt.PenStyle.DotLine),
    RelatieSoort.OVERIG: LineStyle("#545b66", 3.0, Qt.PenStyle.DashDotLine),
}


@dataclass(frozen=True)
class EcogramPerson:
    key: str
    naam: str
    relatie: str
    soort: RelatieSoort


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _elided(text: str) -> str:
    return text if len(text) <= MAX_NAME_CHARS else text[: MAX_NAME_CHARS - 1].rstrip() + "…"


class PersonNode(QGraphicsRectItem):
    """One person: a box with the name and, smaller, the relation."""

    def __init__(self, person: EcogramPerson) -> None:
        super().__init__()
        self.key = person.key
        self.soort = person.soort
        self._name = QGraphicsSimpleTextItem(self)
        self._name.setFont(_font(NAME_POINTS, bold=True))
        self._relation = QGraphicsSimpleTextItem(self)
        self._relation.setFont(_font(RELATION_POINTS))
        for text in (self._name, self._relation):
            text.setBrush(QBrush(INK))
        self.setBrush(QBrush(NODE_FILL))
        self.setPen(LINE_STYLES[person.soort].pen())
        self.set_person(person)

    def set_person(self, person: EcogramPerson) -> None:
        """Show ``person``'s name and relation; the box is centred on its position."""
        self.soort = person.soort
        self._name.setText(_elided(person.naam))
        self._relation.setText(_elided(person.relatie))
        self.setPen(LINE_STYLES[person.soort].pen())
        self.setToolTip(f"{person.naam} ({person.relatie})")
        name_box, relation_box = self._name.boundingRect(), self._relation.boundingRect()
        width = max(name_box.width(), relation_box.width()) + 2 * NODE_PADDING
        height = name_box.height() + relation_box.height() + 2 * NODE_PADDING
        self.setRect(QRectF(-width / 2, -height / 2, width, height))
        self._name.setPos(-name_box.width() / 2, -height / 2 + NODE_PADDING)
        self._relation.setPos(-relation_box.width() / 2, -height / 2 + NODE_PADDING + name_box.height())

    def texts(self) -> tuple[str, str]:
        """The name and relation as drawn (shortened when long)."""
        return self._name.text(), self._relation.text()


class Ecogram(QGraphicsView):
    """Draws the people given to ``set_people``; it keeps the whole drawing in view at any widget size."""

    def __init__(
        self, labels: dict[RelatieSoort, str], centre_label: str, empty_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setObjectName("ecogram")
        self.setAccessibleName(self.tr("Ecogram: het netwerk rond het huishouden"))
        self._labels = labels
        self._centre_label = centre_label
        self._nodes: dict[str, PersonNode] = {}
        self._lines: dict[str, QGraphicsLineItem] = {}
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.setMinimumSize(320, 280)
        self.set_people(())

    def nodes(self) -> dict[str, PersonNode]:
        """The drawn person boxes by key (the netwerk id)."""
        return dict(self._nodes)

    def set_people(self, people: Sequence[EcogramPerson]) -> None:
        """Redraw with ``people`` in this order, clockwise from the top."""
        scene = self.scene()
        scene.clear()
        self._nodes, self._lines = {}, {}
        ring = max(MIN_RING_RADIUS, 40.0 * len(people))
        self._draw_centre(scene)
        for index, person in enumerate(people):
            angle = -math.pi / 2 + 2 * math.pi * index / max(len(people), 1)
            where = QPointF(ring * math.cos(angle), ring * math.sin(angle))
            node = PersonNode(person)
            node.setPos(where)
            node.setZValue(2)
            line = QGraphicsLineItem(0, 0, where.x(), where.y())
            line.setPen(LINE_STYLES[person.soort].pen())
            line.setZValue(0)
            scene.addItem(line)
            scene.addItem(node)
            self._nodes[person.key], self._lines[person.key] = node, line
        if not people:
            hint = QGraphicsSimpleTextItem(self._empty_text)
            hint.setFont(_font(RELATION_POINTS))
            hint.setBrush(QBrush(INK))
            hint.setPos(-hint.boundingRect().width() / 2, CENTRE_RADIUS + 30)
            scene.addItem(hint)
        self._draw_legend(scene, ring)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._fit()

    def clear_people(self) -> None:
        """Forget everyone (locking): nothing of the dossier stays in the scene."""
        self.set_people(())

    def _draw_centre(self, scene: QGraphicsScene) -> None:
        circle = QGraphicsEllipseItem(-CENTRE_RADIUS, -CENTRE_RADIUS, 2 * CENTRE_RADIUS, 2 * CENTRE_RADIUS)
        circle.setBrush(QBrush(CENTRE_FILL))
        circle.setPen(QPen(INK, 2))
        circle.setZValue(1)
        scene.addItem(circle)
        text = QGraphicsSimpleTextItem(self._centre_label, circle)
        text.setFont(_font(NAME_POINTS, bold=True))
        text.setBrush(QBrush(INK))
        box = text.boundingRect()
        text.setPos(-box.width() / 2, -box.height() / 2)

    def _draw_legend(self, scene: QGraphicsScene, ring: float) -> None:
        """Two columns of line samples with their names, under the drawing."""
        font = _font(LEGEND_POINTS)
        metrics = QFontMetricsF(font)
        sample, gap, row_height = 56.0, 40.0, metrics.height() * 1.6
        entries = [(soort, self._labels.get(soort, soort.value)) for soort in LINE_STYLES]
        column_width = sample + 10 + max(metrics.horizontalAdvance(label) for _, label in entries)
        left = -(2 * column_width + gap) / 2
        top = ring + 100
        for index, (soort, label) in enumerate(entries):
            x = left + (index % 2) * (column_width + gap)
            y = top + (index // 2) * row_height
            line = QGraphicsLineItem(x, y, x + sample, y)
            line.setPen(LINE_STYLES[soort].pen())
            scene.addItem(line)
            text = QGraphicsSimpleTextItem(label)
            text.setFont(font)
            text.setBrush(QBrush(INK))
            text.setPos(x + sample + 10, y - metrics.height() / 2)
            text.setData(0, "legend")
            scene.addItem(text)

    def legend_texts(self) -> list[str]:
        return [
            item.text()
            for item in self.scene().items(Qt.SortOrder.AscendingOrder)
            if isinstance(item, QGraphicsSimpleTextItem) and item.data(0) == "legend"
        ]

    def scene_texts(self) -> list[str]:
        """Every text drawn in the scene (for tests: after locking, none may be a dossier's)."""
        return [item.text() for item in self.scene().items() if isinstance(item, QGraphicsSimpleTextItem)] + [
            item.toolTip() for item in self.scene().items() if isinstance(item, QGraphicsItem) and item.toolTip()
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
