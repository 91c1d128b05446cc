"""Helpers for the read-through and consent tests: a synthetic plan with dates ahead of today, the worksheet."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from regie_desktop.app import catalog
from regie_desktop.app.plan_werkblad import PlanWerkblad, open_plan, refresh_plan
from regie_desktop.app.plans import save_plan_draft
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import Actie, Doel, Inzet, InzetSoort, PlanContent, WieSoort

DOEL_TEXTS = {
    "financien": ("Mijn post en rekeningen zijn op orde", "Elke week de post open"),
    "huisvesting": ("Ik kan in mijn huis blijven wonen", "Geen huurachterstand meer"),
    "sociaal-netwerk": ("Ik heb iemand om mee te praten", "Eén keer per week bezoek"),
    "tijdsbesteding": ("Ik heb iets te doen overdag", "Twee ochtenden per week vrijwilligerswerk"),
}


def review_plan(casus_id: str, today: dt.date) -> PlanContent:
    """Four doelen in four leefgebieden, every date in the future (signing refuses a past tussenevaluatie)."""
    doelen = []
    for n, (leefgebied, (omschrijving, zes)) in enumerate(DOEL_TEXTS.items(), start=1):
        acties: tuple[Actie, ...] = (
            Actie("Fatima", WieSoort.CLIENT, f"Stap {n} zelf zetten", today + dt.timedelta(days=7 * n)),
            Actie("Buurvrouw Els", WieSoort.NETWERK, f"Meegaan bij stap {n}"),
        )
        inzet = (Inzet(InzetSoort.MAATWERK, "Begeleiding individueel", "BGI"),) if n == 1 else ()
        doelen.append(Doel(f"d{n}", leefgebied, omschrijving, zes, acties, inzet))
    return PlanContent(
        casus_id=casus_id,
        version=1,
        instrument_id=catalog.DEFAULT_INSTRUMENT,
        doelen=tuple(doelen),
        tussenevaluatie=today + dt.timedelta(days=60),
    )


def save(service: WorkspaceService, content: PlanContent) -> None:
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, content, service.today())


def werkblad(service: WorkspaceService, casus_id: str, opening: bool = False) -> PlanWerkblad:
    with service.unit_of_work() as (session, actor):
        return open_plan(session, actor, casus_id) if opening else refresh_plan(session, casus_id)


# --- drawing on a pad ---------------------------------------------------------------------------------------


def scribble(x0: float = 60, y0: float = 80, loops: int = 5, n: int = 80) -> list[QPointF]:
    """A looping cursive run about 300 x 60 px: clearly a signature, not a line."""
    points = []
    for i in range(n):
        theta = i / (n - 1) * loops * 2 * math.pi
        points.append(QPointF(x0 + 9 * theta - 20 * math.sin(theta), y0 - 30 * math.cos(theta)))
    return points


def straight_line(x0: float = 40, y0: float = 80, length: float = 350, n: int = 30) -> list[QPointF]:
    return [QPointF(x0 + length * i / (n - 1), y0) for i in range(n)]


def mouse_stroke(widget: QWidget, points: list[QPointF]) -> None:
    """Press, moves with the left button held (sent directly: QTest.mouseMove cannot hold one), release."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0].toPoint())
    for p in points[1:-1]:
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            p,
            QPointF(widget.mapToGlobal(p)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1].toPoint())


def touch_stroke(widget: QWidget, points: list[QPointF]) -> None:
    """One finger through the window (as tests/ui/test_signature_pad.py does), in the widget's coordinates."""
    device = QTest.createTouchDevice()
    window = widget.window().windowHandle()
    top = widget.window()

    def at(p: QPointF) -> QPoint:
        return widget.mapTo(top, p.toPoint())

    QTest.touchEvent(window, device).press(0, at(points[0])).commit()
    for p in points[1:-1]:
        QTest.touchEvent(window, device).move(0, at(p)).commit()
    QTest.touchEvent(window, device).release(0, at(points[-1])).commit()
