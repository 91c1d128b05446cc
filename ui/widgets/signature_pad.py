"""The signature pad: a client or worker signs with mouse, finger or pen, and the strokes become domain Points.

Units. The domain keeps coordinates in tenths of a millimetre so ``is_trivial`` means the same on every
screen. Widget positions are device-independent ("logical") pixels. ``QScreen.physicalDotsPerInch`` is
computed by Qt from the screen's logical geometry and its physical size in mm, so it is exactly "logical
pixels per real inch": a logical pixel is ``254 / physicalDotsPerInch`` tenths of a millimetre, whatever the
device pixel ratio. ``logicalDotsPerInch`` is the font-scaling DPI (often a fixed 96 times the scale
factor) and says nothing about the glass, so it is only the fallback when a screen reports an impossible
physical size (projectors and some virtual machines report 0 mm or nonsense).

Privacy. The drawing is personal data: it leaves this module only through ``SignaturePad.strokes()``; it is
never logged, and ``clear()`` (which the pages call when the workspace locks) drops it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from regie_desktop.domain.consent import MAX_PRESSURE, Point, Stroke, is_trivial

MID_PRESSURE = MAX_PRESSURE // 2
"""Pressure recorded for mouse and touch input, which measure none."""

TENTHS_MM_PER_INCH = 254
FALLBACK_DPI = 96.0
PLAUSIBLE_DPI = (40.0, 1200.0)
"""A physical DPI outside this range is a screen reporting a wrong size; the logical DPI is used then."""

INK = QColor("#1c2f6e")  # dark blue, like a ballpoint
PAPER = QColor("#ffffff")
FRAME = QColor("#9aa3ad")
FOCUS_FRAME = QColor("#2a62b8")
GUIDE = QColor("#6f7780")
HINT = QColor("#8a9099")

# Line width in tenths of a millimetre, from light to firm pressure: a ballpoint is 0.5-0.7 mm.
MIN_WIDTH = 4.5
MAX_WIDTH = 8.5
WIDTH_STEP_PX = 0.25  # widths are rounded to this, so runs of equal width are drawn as one path
READ_ONLY_MARGIN_PX = 12.0
TOO_SIMPLE_DELAY_MS = 1500


def dots_per_inch(physical: float, logical: float) -> float:
    """Logical pixels per real inch: the screen's physical DPI, or its logical DPI when the physical is implausible."""
    low, high = PLAUSIBLE_DPI
    if math.isfinite(physical) and low <= physical <= high:
        return physical
    if math.isfinite(logical) and low <= logical <= high:
        return logical
    return FALLBACK_DPI


def pressure_from_fraction(fraction: float | None) -> int:
    """Qt's 0.0-1.0 pressure as the domain's 0..1000 int; None (no sensor) and NaN give the mid pressure."""
    if fraction is None or not math.isfinite(fraction):
        return MID_PRESSURE
    return round(min(max(fraction, 0.0), 1.0) * MAX_PRESSURE)


def to_point(
    x_px: float, y_px: float, width_px: float, height_px: float, dpi: float, t_ms: int, pressure: int
) -> Point:
    """A pixel sample as a domain Point: clamped to the field (a drag may leave it), in tenths of a millimetre."""
    scale = TENTHS_MM_PER_INCH / dpi

    def tenths(value: float, limit: float) -> int:
        inside = min(max(value, 0.0), max(limit, 0.0)) if math.isfinite(value) else 0.0
        return round(inside * scale)

    return Point(tenths(x_px, width_px), tenths(y_px, height_px), max(0, int(t_ms)), pressure)


@dataclass(frozen=True)
class _View:
    """How domain units map onto the widget: ``px = unit * scale + offset``."""

    scale: float
    dx: float
    dy: float

    def map(self, p: Point) -> QPointF:
        return QPointF(p.x * self.scale + self.dx, p.y * self.scale + self.dy)


def _width_px(pressure: int, scale: float) -> float:
    tenths = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * pressure / MAX_PRESSURE
    return max(1.0, round(tenths * scale / WIDTH_STEP_PX) * WIDTH_STEP_PX)


def _mid(a: QPointF, b: QPointF) -> QPointF:
    return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)


def stroke_paths(stroke: Stroke, view: _View) -> list[tuple[QPainterPath, float]]:
    """The stroke as smooth paths with their pen widths.

    Quadratic smoothing through midpoints: each sample is the control point of a curve between the
    midpoints of its neighbouring segments, so the line passes smoothly near every sample without overshoot.
    Consecutive pieces with the same (rounded) width share one path; a new width starts a new path.
    """
    pts = [view.map(p) for p in stroke]
    if not pts:
        return []
    if len(pts) == 1:
        path = QPainterPath(pts[0])
        path.lineTo(pts[0])  # a zero-length line with a round cap draws a dot
        return [(path, _width_px(stroke[0].pressure, view.scale))]
    # Pieces: (start, control or None, end, pressure).
    pieces: list[tuple[QPointF, QPointF | None, QPointF, int]] = []
    if len(pts) == 2:
        pieces.append((pts[0], None, pts[1], (stroke[0].pressure + stroke[1].pressure) // 2))
    else:
        pieces.append((pts[0], None, _mid(pts[0], pts[1]), stroke[0].pressure))
        for i in range(1, len(pts) - 1):
            pieces.append((_mid(pts[i - 1], pts[i]), pts[i], _mid(pts[i], pts[i + 1]), stroke[i].pressure))
        pieces.append((_mid(pts[-2], pts[-1]), None, pts[-1], stroke[-1].pressure))
    result: list[tuple[QPainterPath, float]] = []
    current: QPainterPath | None = None
    current_width = -1.0
    for start, control, end, pressure in pieces:
        width = _width_px(pressure, view.scale)
        if current is None or width != current_width:
            current = QPainterPath(start)
            current_width = width
            result.append((current, width))
        if control is None:
            current.lineTo(end)
        else:
            current.quadTo(control, end)
    return result


class SignaturePad(QWidget):
    """A paper-like field to sign on; also shows a stored signature read-only, scaled to fit.

    Input: mouse (left button), touch (first finger) and pen (QTabletEvent, with pressure when the pen
    has a sensor). Mouse events that Qt or the system synthesised from touch are ignored, so a finger
    never draws twice. Ctrl+Z undoes the last stroke and Delete clears, when the pad has focus.
    """

    sig_changed = Signal()
    """The drawing changed: a stroke was finished, undone or cleared, or other strokes were shown."""

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setAccessibleName(self.tr("Handtekening"))
        self.setAccessibleDescription(
            self.tr("Teken met muis, vinger of pen. Ctrl+Z maakt de laatste lijn ongedaan, Delete wist alles.")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[Stroke] = []
        self._current: list[Point] | None = None
        self._touch_id: int | None = None
        self._clock = QElapsedTimer()
        self._dpi_override: float | None = None
        self._stroke_dpi = FALLBACK_DPI
        self._read_only = False
        self._cache: list[list[tuple[QPainterPath, float]]] | None = None  # paths of the finished strokes
        self.set_read_only(read_only)

    # --- public API -------------------------------------------------------------------------------------

    def strokes(self) -> tuple[Stroke, ...]:
        """The finished strokes in domain units (the only way the drawing leaves the widget)."""
        return tuple(self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes

    def is_acceptable(self) -> bool:
        """True when the drawing looks like a signature (the core's ``is_trivial`` says no)."""
        return not is_trivial(self._strokes)

    def clear(self) -> None:
        """Forget the drawing (the Wissen button, Delete, and locking the workspace)."""
        had_ink = bool(self._strokes) or self._current is not None
        self._strokes = []
        self._current = None
        self._touch_id = None
        self._clock.invalidate()
        self._invalidate()
        if had_ink:
            self.sig_changed.emit()

    def undo(self) -> None:
        """Remove the last finished stroke."""
        if self._read_only or not self._strokes:
            return
        self._strokes.pop()
        if not self._strokes:
            self._clock.invalidate()  # the next point is the first of the signature again: t_ms starts at 0
        self._invalidate()
        self.sig_changed.emit()

    def set_strokes(self, strokes: Sequence[Stroke]) -> None:
        """Show these strokes (a stored signature); in read-only mode they are scaled to fit the widget."""
        self._strokes = [tuple(stroke) for stroke in strokes if stroke]
        self._current = None
        self._clock.invalidate()
        self._invalidate()
        self.sig_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only shows the strokes scaled into the widget and takes no input."""
        self._read_only = read_only
        self._current = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self._invalidate()

    def is_read_only(self) -> bool:
        return self._read_only

    def set_dots_per_inch(self, dpi: float | None) -> None:
        """Override the screen's DPI (a calibration setting, or a test); None goes back to the screen's."""
        self._dpi_override = dpi
        self._invalidate()

    def dots_per_inch(self) -> float:
        """Logical pixels per real inch on the screen the pad is on (see the module docstring)."""
        if self._dpi_override is not None:
            return self._dpi_override
        screen = self.screen()
        if screen is None:
            return FALLBACK_DPI
        return dots_per_inch(screen.physicalDotsPerInch(), screen.logicalDotsPerInch())

    def sizeHint(self) -> QSize:
        return QSize(520, 190)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 140)

    # --- input ------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._read_only or _from_touch(event) or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self._begin(event.position(), MID_PRESSURE)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._read_only or _from_touch(event) or not event.buttons() & Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self._extend(event.position(), MID_PRESSURE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._read_only or _from_touch(event) or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self._extend(event.position(), MID_PRESSURE)
        self._finish()

    def tabletEvent(self, event: QTabletEvent) -> None:
        if self._read_only:
            event.ignore()
            return
        event.accept()  # accepted: Qt synthesises no mouse event from it
        device = event.pointingDevice()
        has_pressure = device is not None and bool(device.capabilities() & QInputDevice.Capability.Pressure)
        pressure = pressure_from_fraction(event.pressure() if has_pressure else None)
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            if self._current is not None:  # hovering pens send moves too
                self._extend(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position(), pressure)
            self._finish()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        if self._read_only:
            event.ignore()
            return
        event.accept()
        if event.type() == QEvent.Type.TouchCancel:
            self._touch_id = None
            self._current = None  # the system took the touch away: drop the half stroke
            self.update()
            return
        for tp in event.points():
            state = tp.state()
            if self._touch_id is None and state == tp.State.Pressed:
                self._touch_id = tp.id()
                self._begin(tp.position(), MID_PRESSURE)
            elif tp.id() == self._touch_id:
                if state == tp.State.Released:
                    self._extend(tp.position(), MID_PRESSURE)
                    self._finish()
                    self._touch_id = None
                elif state == tp.State.Updated:
                    self._extend(tp.position(), MID_PRESSURE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._read_only and event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif not self._read_only and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None  # read-only drawings are scaled to the size
        super().resizeEvent(event)

    # --- capture ----------------------------------------------------------------------------------------

    def _sample(self, pos: QPointF, pressure: int) -> Point:
        if not self._clock.isValid():
            self._clock.start()
        return to_point(
            pos.x(), pos.y(), self.width(), self.height(), self._stroke_dpi, self._clock.elapsed(), pressure
        )

    def _begin(self, pos: QPointF, pressure: int) -> None:
        self._stroke_dpi = self.dots_per_inch()  # one DPI for the whole stroke, even if the window moves
        self._current = [self._sample(pos, pressure)]
        self._update_tail()

    def _extend(self, pos: QPointF, pressure: int) -> None:
        if self._current is None:
            return
        point = self._sample(pos, pressure)
        last = self._current[-1]
        if (point.x, point.y) == (last.x, last.y):
            if point.pressure > last.pressure:  # same place, firmer: keep the firmer pressure
                self._current[-1] = Point(last.x, last.y, last.t_ms, point.pressure)
            return
        self._current.append(point)
        self._update_tail()

    def _finish(self) -> None:
        if self._current is None:
            return
        self._strokes.append(tuple(self._current))
        self._current = None
        self._invalidate()
        self.sig_changed.emit()

    # --- painting ---------------------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def _view(self) -> _View:
        if not self._read_only:
            return _View(self.dots_per_inch() / TENTHS_MM_PER_INCH, 0.0, 0.0)
        points = [p for stroke in self._strokes for p in stroke]
        natural = self.dots_per_inch() / TENTHS_MM_PER_INCH
        if not points:
            return _View(natural, 0.0, 0.0)
        left, right = min(p.x for p in points), max(p.x for p in points)
        top, bottom = min(p.y for p in points), max(p.y for p in points)
        room_w = max(1.0, self.width() - 2 * READ_ONLY_MARGIN_PX)
        room_h = max(1.0, self.height() - 2 * READ_ONLY_MARGIN_PX)
        # Fit the signature in; a tiny one is enlarged at most twofold so it still looks like itself.
        scale = min(room_w / max(1, right - left), room_h / max(1, bottom - top), natural * 2)
        dx = (self.width() - (right - left) * scale) / 2 - left * scale
        dy = (self.height() - (bottom - top) * scale) / 2 - top * scale
        return _View(scale, dx, dy)

    def _update_tail(self) -> None:
        """Repaint only around the newest samples: the last curve piece changes, nothing else (low latency)."""
        if self._current is None:
            return
        view = self._view()
        tail = [view.map(p) for p in self._current[-3:]]
        margin = _width_px(MAX_PRESSURE, view.scale) + 2
        xs = [p.x() for p in tail]
        ys = [p.y() for p in tail]
        rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        self.update(rect.adjusted(-margin, -margin, margin, margin).toAlignedRect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(self.rect(), PAPER)
        focused = self.hasFocus()
        painter.setPen(QPen(FOCUS_FRAME if focused else FRAME, 2 if focused else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if not self._read_only:
            self._paint_form(painter)
        view = self._view()
        if self._cache is None:
            self._cache = [stroke_paths(stroke, view) for stroke in self._strokes]
        ink = [path for paths in self._cache for path in paths]
        if self._current is not None:
            ink += stroke_paths(tuple(self._current), view)
        for path, width in ink:
            pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(path, pen)
        painter.end()

    def _paint_form(self, painter: QPainter) -> None:
        """The baseline with an ✕ at its start and "Hier tekenen" under it, as on a paper form."""
        w, h = float(self.width()), float(self.height())
        margin = min(24.0, w * 0.06)
        baseline = round(h * 0.72) + 0.5
        painter.setPen(QPen(GUIDE, 1.2))
        painter.drawLine(QPointF(margin, baseline), QPointF(w - margin, baseline))
        cross = min(10.0, h * 0.06)
        cx, cy = margin + cross, baseline - cross - 6
        painter.setPen(QPen(GUIDE, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(cx - cross / 2, cy - cross / 2), QPointF(cx + cross / 2, cy + cross / 2))
        painter.drawLine(QPointF(cx - cross / 2, cy + cross / 2), QPointF(cx + cross / 2, cy - cross / 2))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        painter.setPen(HINT)
        text_rect = QRectF(margin, baseline + 4, w - 2 * margin, h - baseline - 6)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.tr("Hier tekenen"))


def _from_touch(event: QMouseEvent) -> bool:
    """A mouse event made from a touch (by Qt or by the system): the touch events already drew it."""
    if event.source() != Qt.MouseEventSource.MouseEventNotSynthesized:
        return True
    device = event.pointingDevice()
    return device is not None and device.type() == QInputDevice.DeviceType.TouchScreen


class SignatureField(QWidget):
    """The pad with a label, "Wissen" and "Ongedaan maken", and a Dutch message when the drawing is too simple.

    The message appears when ``check()`` is called (e.g. on "Ondertekenen") or when the signer pauses
    ``TOO_SIMPLE_DELAY_MS`` after a stroke while the drawing is still too simple; it goes as soon as the
    drawing is acceptable or cleared. A first stroke alone is often too simple, hence the pause.
    """

    sig_changed = Signal()
    """The drawing changed (forwarded from the pad)."""

    def __init__(self, label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_field")
        self._label = QLabel(label if label is not None else self.tr("Handtekening"))
        self._label.setObjectName("signature_label")
        self.pad = SignaturePad()
        self._label.setBuddy(self.pad)
        self._message = QLabel(self.tr("Deze handtekening is te eenvoudig: teken uw handtekening zoals op papier."))
        self._message.setObjectName("signature_message")
        self._message.setAccessibleName(self.tr("Melding bij de handtekening"))
        self._message.setWordWrap(True)
        self._message.setStyleSheet("color: #9b1c1c;")
        self._message.hide()
        self.clear_button = QPushButton(self.tr("Wissen"))
        self.clear_button.setObjectName("signature_clear_button")
        self.clear_button.setAccessibleName(self.tr("Handtekening wissen"))
        self.undo_button = QPushButton(self.tr("Ongedaan maken"))
        self.undo_button.setObjectName("signature_undo_button")
        self.undo_button.setAccessibleName(self.tr("Laatste lijn ongedaan maken"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._label)
        layout.addWidget(self.pad)
        layout.addWidget(self._message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._pause = QTimer(self)
        self._pause.setObjectName("signature_pause_timer")
        self._pause.setSingleShot(True)
        self._pause.setInterval(TOO_SIMPLE_DELAY_MS)
        self._pause.timeout.connect(self._judge_after_pause)
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo)
        self.pad.sig_changed.connect(self._pad_changed)
        self._pad_changed()

    def strokes(self) -> tuple[Stroke, ...]:
        return self.pad.strokes()

    def is_acceptable(self) -> bool:
        return self.pad.is_acceptable()

    def message_visible(self) -> bool:
        return not self._message.isHidden()

    def message_text(self) -> str:
        return self._message.text()

    def check(self) -> bool:
        """True when the signature is acceptable; otherwise shows the message and returns False."""
        acceptable = self.pad.is_acceptable()
        self._message.setVisible(not acceptable)
        return acceptable

    def clear(self) -> None:
        """Forget the drawing and the message (locking the workspace, starting over)."""
        self._pause.stop()
        self.pad.clear()
        self._message.hide()

    def _pad_changed(self) -> None:
        empty = self.pad.is_empty()
        self.clear_button.setEnabled(not empty)
        self.undo_button.setEnabled(not empty)
        if empty or self.pad.is_acceptable():
            self._pause.stop()
            self._message.hide()
        else:
            self._pause.start()
        self.sig_changed.emit()

    def _judge_after_pause(self) -> None:
        if not self.pad.is_empty():
            self.check()


def demo_signature() -> tuple[Stroke, ...]:
    """A synthetic signature (an initial and a looping surname), in domain units, for screenshots and tests."""
    strokes: list[Stroke] = []
    t = 0
    # A "J": a top bar and a hook.
    first = []
    for i in range(40):
        a = i / 39
        if a < 0.6:
            x, y = 170 + 20 * a, 110 + 300 * (a / 0.6)
        else:
            b = (a - 0.6) / 0.4
            x, y = 182 - 100 * b + 30 * math.sin(b * math.pi), 410 + 60 * math.sin(b * math.pi)
        first.append(Point(round(x), round(y), t, 380 + round(300 * math.sin(a * math.pi))))
        t += 9
    strokes.append(tuple(first))
    t += 180
    # A looping surname: a cursive run of loops riding on the baseline, tapering off.
    second = []
    for i in range(160):
        a = i / 159
        theta = a * 7 * 2 * math.pi
        x = 300 + 19 * theta - 42 * math.sin(theta)  # a prolate cycloid: the pen runs back at the top, a loop
        y = 300 - 75 * math.cos(theta) * (1 - 0.35 * a) + 25 * math.sin(a * 3)
        second.append(Point(round(x), round(y), t, 300 + round(500 * math.sin(min(1.0, a * 1.3) * math.pi) ** 0.5)))
        t += 8
    strokes.append(tuple(second))
    return tuple(strokes)


def render_screenshot(path: Path) -> Path:
    """Write a PNG of a SignatureField holding the synthetic signature (docs/screenshots/signature_pad.png)."""
    frame = QWidget()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    field = SignatureField(frame.tr("Handtekening cliënt"))
    layout.addWidget(field)
    field.pad.set_dots_per_inch(96.0)  # the same picture on every machine
    field.pad.set_strokes(demo_signature())
    frame.resize(592, frame.sizeHint().height())
    frame.show()
    frame.grab().save(str(path))
    frame.close()
    frame.deleteLater()
    return path


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    print(render_screenshot(Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "signature_pad.png"))
