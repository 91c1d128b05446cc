"""The signature pad: mouse, pen and touch become integer Points in tenths of a mm; trivial marks are refused."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QInputDevice, QMouseEvent, QPainterPath, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from regie_desktop.domain.consent import (
    MAX_PRESSURE,
    Point,
    canonical_strokes,
    is_trivial,
    strokes_from_canonical,
)
from tests.ui.gui_support import child
from ui.widgets.signature_pad import (
    MID_PRESSURE,
    SignatureField,
    SignaturePad,
    demo_signature,
    dots_per_inch,
    pressure_from_fraction,
    render_screenshot,
    stroke_paths,
    to_point,
)
from ui.widgets.signature_pad import _View as View

TOO_SIMPLE = "Deze handtekening is te eenvoudig: teken uw handtekening zoals op papier."


def _tenths(px: float, dpi: float) -> int:
    return round(px * 254 / dpi)


def _scribble(x0: float = 60, y0: float = 100, loops: int = 5, n: int = 80) -> list[QPointF]:
    """A looping cursive run about 300 x 60 px (several cm on any screen): clearly a signature, not a line."""
    points = []
    for i in range(n):
        theta = i / (n - 1) * loops * 2 * math.pi
        points.append(QPointF(x0 + 9 * theta - 20 * math.sin(theta), y0 - 30 * math.cos(theta)))
    return points


def _line(x0: float = 40, y0: float = 80, length: float = 400, n: int = 30) -> list[QPointF]:
    return [QPointF(x0 + length * i / (n - 1), y0 + 0.5 * math.sin(i)) for i in range(n)]


def _move(widget, pos: QPointF, buttons=Qt.MouseButton.LeftButton) -> None:
    """A mouse move with a held button: QTest.mouseMove cannot hold one, so the event is sent directly."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def mouse_stroke(widget, points: list[QPointF], wait_ms: int = 0, qtbot=None) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0].toPoint())
    for p in points[1:-1]:
        _move(widget, p)
        if wait_ms and qtbot is not None:
            qtbot.wait(wait_ms)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1].toPoint())


def _pen(pressure_sensor: bool = True) -> QPointingDevice:
    caps = QInputDevice.Capability.Position
    if pressure_sensor:
        caps |= QInputDevice.Capability.Pressure
    return QPointingDevice(
        "test pen",
        77 if pressure_sensor else 78,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        caps,
        1,
        2,
    )


def tablet(widget, device: QPointingDevice, kind: QEvent.Type, pos: QPointF, pressure: float) -> QTabletEvent:
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    event = QTabletEvent(
        kind,
        device,
        pos,
        QPointF(widget.mapToGlobal(pos)),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        buttons,
    )
    QApplication.sendEvent(widget, event)
    return event


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _all_points(widget: SignaturePad) -> list[Point]:
    return [p for stroke in widget.strokes() for p in stroke]


def _assert_well_formed(widget: SignaturePad) -> None:
    points = _all_points(widget)
    for p in points:
        assert all(type(v) is int for v in (p.x, p.y, p.t_ms, p.pressure))
    times = [p.t_ms for p in points]
    assert times[0] == 0  # t_ms counts from the first point of the signature
    assert times == sorted(times)


def test_names_and_keyboard_focus(pad):
    assert pad.objectName() == "signature_pad"
    assert pad.accessibleName() == "Handtekening"
    assert pad.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert pad.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)


def test_physical_screen_dpi_converts_pixels_and_implausible_screens_fall_back():
    app = QApplication.instance()
    screen = app.primaryScreen()
    widget = SignaturePad()
    try:
        assert widget.dots_per_inch() == pytest.approx(screen.physicalDotsPerInch())
        widget.set_dots_per_inch(200.0)
        assert widget.dots_per_inch() == 200.0
    finally:
        widget.deleteLater()
    assert dots_per_inch(110.0, 96.0) == 110.0
    assert dots_per_inch(float("inf"), 96.0) == 96.0  # a screen that reports 0 mm
    assert dots_per_inch(3.0, 120.0) == 120.0
    assert dots_per_inch(float("nan"), float("nan")) == 96.0


def test_mouse_stroke_becomes_int_points_in_tenths_of_a_millimetre(qtbot, pad):
    dpi = pad.dots_per_inch()
    pixels = [QPointF(50, 40), QPointF(80, 60), QPointF(120, 90), QPointF(200, 120), QPointF(250, 100)]
    with qtbot.waitSignal(pad.sig_changed, timeout=1000):
        mouse_stroke(pad, pixels, wait_ms=3, qtbot=qtbot)
    (stroke,) = pad.strokes()
    assert [(p.x, p.y) for p in stroke] == [(_tenths(p.x(), dpi), _tenths(p.y(), dpi)) for p in pixels]
    assert {p.pressure for p in stroke} == {MID_PRESSURE}
    _assert_well_formed(pad)
    assert stroke[-1].t_ms >= 9  # three waits of 3 ms between the samples
    # 50 px at 100 dpi is 12.7 mm: the unit is what the domain's thresholds assume
    assert stroke[0].x == round(50 * 254 / dpi)


def test_a_second_stroke_keeps_counting_time_and_a_drag_outside_is_clamped(qtbot, pad):
    mouse_stroke(pad, [QPointF(20, 20), QPointF(60, 40), QPointF(90, 50)])
    qtbot.wait(5)
    mouse_stroke(pad, [QPointF(300, 100), QPointF(700, 150), QPointF(900, -40)])  # leaves the field
    first, second = pad.strokes()
    assert second[0].t_ms >= first[-1].t_ms + 5
    dpi = pad.dots_per_inch()
    assert max(p.x for p in second) == _tenths(pad.width(), dpi)
    assert min(p.y for p in second) == 0
    _assert_well_formed(pad)


def test_moves_without_the_left_button_draw_nothing(pad):
    _move(pad, QPointF(30, 30), buttons=Qt.MouseButton.NoButton)
    QTest.mousePress(pad, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(40, 40))
    _move(pad, QPointF(90, 90), buttons=Qt.MouseButton.RightButton)
    QTest.mouseRelease(pad, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(90, 90))
    assert pad.strokes() == ()


def test_mouse_events_synthesised_from_touch_are_ignored(pad):
    for kind, button, buttons, x in (
        (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, 40),
        (QEvent.Type.MouseMove, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, 140),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, 240),
    ):
        pos = QPointF(x, 50)
        event = QMouseEvent(
            kind,
            pos,
            pos,
            QPointF(pad.mapToGlobal(pos)),
            button,
            buttons,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseEventSource.MouseEventSynthesizedBySystem,
        )
        QApplication.sendEvent(pad, event)
        assert not event.isAccepted()
    assert pad.strokes() == ()


def test_pen_records_its_pressure(qtbot, pad):
    pen = _pen()
    with qtbot.waitSignal(pad.sig_changed, timeout=1000):
        press = tablet(pad, pen, QEvent.Type.TabletPress, QPointF(40, 50), 0.2)
        tablet(pad, pen, QEvent.Type.TabletMove, QPointF(90, 70), 0.6)
        tablet(pad, pen, QEvent.Type.TabletMove, QPointF(150, 60), 0.9)
        tablet(pad, pen, QEvent.Type.TabletRelease, QPointF(151, 60), 0.0)
    assert press.isAccepted()  # accepted, so Qt makes no mouse event of it that would draw again
    (stroke,) = pad.strokes()
    dpi = pad.dots_per_inch()
    assert [p.pressure for p in stroke] == [200, 600, 900, 0]
    assert (stroke[1].x, stroke[1].y) == (_tenths(90, dpi), _tenths(70, dpi))
    _assert_well_formed(pad)


def test_pen_without_a_pressure_sensor_and_hovering_moves(pad):
    pen = _pen(pressure_sensor=False)
    tablet(pad, pen, QEvent.Type.TabletMove, QPointF(10, 10), 0.0)  # hovering: no stroke
    assert pad.strokes() == ()
    tablet(pad, pen, QEvent.Type.TabletPress, QPointF(40, 50), 0.0)
    tablet(pad, pen, QEvent.Type.TabletMove, QPointF(90, 70), 0.0)
    tablet(pad, pen, QEvent.Type.TabletRelease, QPointF(120, 70), 0.0)
    (stroke,) = pad.strokes()
    assert {p.pressure for p in stroke} == {MID_PRESSURE}


def test_touch_sequence_draws_one_stroke_with_the_first_finger(qtbot, pad):
    device = QTest.createTouchDevice()
    dpi = pad.dots_per_inch()
    # Through the window: QTest's widget overload shifts points by the offscreen frame (2 px) in Qt 6.11.
    # The pad is a top-level window here, so window and widget coordinates are the same.
    window = pad.windowHandle()
    QTest.touchEvent(window, device).press(0, QPoint(30, 40)).commit()
    QTest.touchEvent(window, device).move(0, QPoint(80, 70)).commit()
    qtbot.wait(3)
    # A second finger lands: it is ignored, the first finger keeps drawing.
    QTest.touchEvent(window, device).move(0, QPoint(130, 90)).press(1, QPoint(400, 40)).commit()
    QTest.touchEvent(window, device).move(0, QPoint(180, 60)).move(1, QPoint(450, 90)).commit()
    QTest.touchEvent(window, device).release(0, QPoint(220, 50)).release(1, QPoint(460, 90)).commit()
    (stroke,) = pad.strokes()
    expected = [(30, 40), (80, 70), (130, 90), (180, 60), (220, 50)]
    assert [(p.x, p.y) for p in stroke] == [(_tenths(x, dpi), _tenths(y, dpi)) for x, y in expected]
    assert {p.pressure for p in stroke} == {MID_PRESSURE}
    _assert_well_formed(pad)
    assert stroke[-1].t_ms >= 3


def test_a_dot_and_a_straight_line_are_refused_a_scribble_is_accepted(qtbot, pad):
    assert not pad.is_acceptable()  # empty
    mouse_stroke(pad, [QPointF(100, 100), QPointF(101, 100), QPointF(101, 101)])
    assert not pad.is_acceptable()  # a dot
    pad.clear()
    mouse_stroke(pad, _line())
    assert not pad.is_acceptable()  # a straight line, 10 cm long
    pad.clear()
    mouse_stroke(pad, _scribble())
    assert pad.is_acceptable()
    assert not is_trivial(pad.strokes())
    _assert_well_formed(pad)


def test_undo_clear_and_their_keys(qtbot, pad):
    mouse_stroke(pad, _scribble(loops=3, n=40))
    mouse_stroke(pad, _line(y0=150, length=200, n=10))
    assert len(pad.strokes()) == 2
    with qtbot.waitSignal(pad.sig_changed, timeout=1000):
        pad.undo()
    assert len(pad.strokes()) == 1
    pad.setFocus()
    mouse_stroke(pad, _line(y0=150, length=200, n=10))
    QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.strokes()) == 1
    QTest.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.strokes() == ()
    pad.undo()  # nothing left: no error
    qtbot.wait(5)
    mouse_stroke(pad, _line(n=5))
    assert pad.strokes()[0][0].t_ms == 0  # after clearing, time starts again at the new first point


def test_smoothing_uses_quadratic_curves_and_width_follows_pressure():
    view = View(1.0, 0.0, 0.0)
    light = tuple(Point(x, y, i, 100) for i, (x, y) in enumerate([(0, 0), (50, 40), (100, 0), (150, 40)]))
    paths = stroke_paths(light, view)
    assert len(paths) == 1
    path, light_width = paths[0]
    kinds = {path.elementAt(i).type for i in range(path.elementCount())}
    assert QPainterPath.ElementType.CurveToElement in kinds  # quadTo is stored as a cubic curve
    firm = tuple(Point(p.x, p.y, p.t_ms, 900) for p in light)
    firm_width = stroke_paths(firm, view)[0][1]
    assert light_width < firm_width < 2 * light_width  # gently, not a brush
    mixed = (*light[:2], *firm[2:])
    assert len(stroke_paths(mixed, view)) == 2  # a new width starts a new path
    assert len(stroke_paths((light[0],), view)) == 1  # a tap is drawn as a dot


def _ink_pixels(image: QImage) -> list[tuple[int, int]]:
    ink = []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            if c.blue() > c.red() + 40 and c.red() < 120:  # the blue ink, not the grey form lines
                ink.append((x, y))
    return ink


def test_read_only_shows_a_stored_signature_scaled_into_the_widget(qtbot):
    shown = SignaturePad(read_only=True)
    qtbot.addWidget(shown)
    shown.resize(300, 100)
    shown.set_strokes(demo_signature())
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.strokes() == demo_signature()
    image = shown.grab().toImage()
    ink = _ink_pixels(image)
    assert len(ink) > 100
    xs = [x for x, _ in ink]
    ys = [y for _, y in ink]
    # Scaled to fit: the ~11 cm signature fills the 300 px width, margins kept, nothing cut off.
    assert min(xs) < 40 and max(xs) > 260
    assert min(ys) >= 4 and max(ys) <= 96
    mouse_stroke(shown, _line(length=200))
    QTest.keyClick(shown, Qt.Key.Key_Delete)
    assert shown.strokes() == demo_signature()  # read-only: no input changes it


def test_field_buttons_and_the_too_simple_message(qtbot):
    field = SignatureField("Handtekening cliënt")
    qtbot.addWidget(field)
    field.resize(600, 320)
    field.show()
    qtbot.waitExposed(field)
    pad = child(field, SignaturePad, "signature_pad")
    clear = child(field, QPushButton, "signature_clear_button")
    undo = child(field, QPushButton, "signature_undo_button")
    message = child(field, QLabel, "signature_message")
    assert child(field, QLabel, "signature_label").buddy() is pad
    assert not clear.isEnabled() and not undo.isEnabled()
    child(field, QTimer, "signature_pause_timer").setInterval(20)
    mouse_stroke(pad, _line())
    assert clear.isEnabled() and undo.isEnabled()
    qtbot.waitUntil(lambda: not message.isHidden(), timeout=2000)  # shown after a pause
    assert message.text() == TOO_SIMPLE
    assert field.message_visible() and field.message_text() == TOO_SIMPLE
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert pad.strokes() == ()
    assert message.isHidden() and not undo.isEnabled()
    mouse_stroke(pad, _scribble())
    assert field.check() and message.isHidden()
    assert field.is_acceptable()
    mouse_stroke(pad, _line(y0=170, length=100, n=8))
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert field.strokes() == () and not clear.isEnabled()
    assert not field.check() and not message.isHidden()  # e.g. on "Ondertekenen" with nothing drawn
    field.clear()  # locking: drawing and message gone
    assert message.isHidden()


def test_screenshot_renders_the_field_with_a_signature(tmp_path, qapp):
    path = render_screenshot(tmp_path / "signature_pad.png")
    image = QImage(str(path))
    assert not image.isNull()
    assert len(_ink_pixels(image)) > 200


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    samples=st.lists(
        st.tuples(
            st.floats(allow_nan=True, allow_infinity=True, width=32),
            st.floats(allow_nan=True, allow_infinity=True, width=32),
            st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
        ),
        min_size=1,
        max_size=40,
    ),
    dpi=st.floats(min_value=40, max_value=1200),
)
def test_any_samples_convert_to_valid_points_that_round_trip(samples, dpi):
    points = [to_point(x, y, 600, 200, dpi, i, pressure_from_fraction(p)) for i, (x, y, p) in enumerate(samples)]
    for p in points:
        assert 0 <= p.x <= round(600 * 254 / dpi) and 0 <= p.y <= round(200 * 254 / dpi)
        assert 0 <= p.pressure <= MAX_PRESSURE
    strokes = (tuple(points),)
    assert strokes_from_canonical(canonical_strokes(strokes)) == strokes


@settings(max_examples=40, deadline=None)
@given(
    strokes=st.lists(
        st.lists(st.tuples(st.integers(-50, 700), st.integers(-50, 250)), min_size=1, max_size=25),
        min_size=1,
        max_size=4,
    )
)
def test_any_mouse_drawing_round_trips_through_the_domain(qapp, strokes):
    widget = SignaturePad()
    widget.resize(600, 200)
    widget.show()
    try:
        for stroke in strokes:
            mouse_stroke(widget, [QPointF(x, y) for x, y in stroke] * (2 if len(stroke) == 1 else 1))
        drawn = widget.strokes()
        assert len(drawn) == len(strokes)
        assert strokes_from_canonical(canonical_strokes(drawn)) == drawn
        _assert_well_formed(widget)
        widget.is_acceptable()  # judging any drawing never raises
    finally:
        widget.close()
        widget.deleteLater()
