"""The read-through with the client: every doel in plain words, navigation by buttons and keys, the big window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from regie_desktop.app.workspace_service import WorkspaceService
from tests.app.factories import BSN_A, new_dossier
from tests.ui.gui_support import FakeDialogs, child, flush_deletes, widget_texts
from tests.ui.plan_review_support import DOEL_TEXTS, review_plan, save, werkblad
from ui.formatting import dutch_date
from ui.plan.review_view import FONT_SCALE, PlanReviewView


@pytest.fixture
def casus_id(service: WorkspaceService) -> str:
    d = new_dossier(service)
    save(service, review_plan(d.casus_id, service.today()))
    return d.casus_id


@pytest.fixture
def view(qtbot, service: WorkspaceService, casus_id: str) -> Iterator[PlanReviewView]:
    widget = PlanReviewView(service, FakeDialogs())
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show_werkblad(werkblad(service, casus_id))
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()
    flush_deletes()


def _position(view: PlanReviewView) -> str:
    return child(view, QLabel, "review_position").text()


def _button(view: QWidget, name: str) -> QPushButton:
    return child(view, QPushButton, name)


def test_one_doel_at_a_time_shows_every_text_in_plain_words(qtbot, view, service, casus_id) -> None:
    plan = review_plan(casus_id, service.today())
    assert view.objectName() == "plan_review"
    assert _position(view) == "Doel 1 van 4"
    seen: list[str] = []
    for n, doel in enumerate(plan.doelen):
        shown = view.panel.texts()
        label = werkblad(service, casus_id).label(doel.leefgebied)
        assert label in shown and doel.omschrijving in shown and doel.zes in shown
        for other in plan.doelen:
            if other is not doel:
                assert other.omschrijving not in shown  # only this doel
        assert {"Wat wilt u bereiken?", "Wanneer is het goed genoeg?", "Wie doet wat?", "Welke hulp komt er?"} <= set(
            shown
        )
        first, second = doel.acties
        assert f"•  Fatima: {first.wat}\n    vóór {dutch_date(first.wanneer)}" in shown
        assert f"•  Buurvrouw Els: {second.wat}\n    zo snel mogelijk" in shown
        seen += shown
        if n < len(plan.doelen) - 1:
            qtbot.mouseClick(_button(view, "review_next_button"), Qt.MouseButton.LeftButton)
    assert _position(view) == "Doel 4 van 4"
    assert not _button(view, "review_next_button").isEnabled()
    assert "•  Begeleiding individueel (hulp van een zorgaanbieder)" in seen
    assert all("BGI" not in text and BSN_A not in text for text in seen)  # no product code, no BSN
    assert f"We kijken samen hoe het gaat op {dutch_date(plan.tussenevaluatie)}." in seen
    qtbot.mouseClick(_button(view, "review_prev_button"), Qt.MouseButton.LeftButton)
    assert _position(view) == "Doel 3 van 4"


def test_arrow_and_page_keys_move_between_doelen(qtbot, view) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.panel.hasFocus, timeout=1000)  # showing the tab put the focus on the text
    qtbot.keyClick(view.panel, Qt.Key.Key_Right)
    assert _position(view) == "Doel 2 van 4"
    qtbot.keyClick(view.panel, Qt.Key.Key_PageDown)
    assert _position(view) == "Doel 3 van 4"
    qtbot.keyClick(view.panel, Qt.Key.Key_Left)
    qtbot.keyClick(view.panel, Qt.Key.Key_PageUp)
    assert _position(view) == "Doel 1 van 4"
    qtbot.keyClick(view.panel, Qt.Key.Key_PageUp)  # stays at the first, no wrap-around
    assert _position(view) == "Doel 1 van 4"
    assert not _button(view, "review_prev_button").isEnabled()


def test_all_doelen_mode_shows_everything_and_keys_still_step(qtbot, view, service, casus_id) -> None:
    mode = _button(view, "review_mode_button")
    assert mode.text() == "Alle doelen"
    qtbot.mouseClick(mode, Qt.MouseButton.LeftButton)
    assert mode.text() == "Eén doel tegelijk"
    shown = view.panel.texts()
    for omschrijving, zes in DOEL_TEXTS.values():
        assert omschrijving in shown and zes in shown
    view.panel.setFocus()
    qtbot.keyClick(view.panel, Qt.Key.Key_Right)
    assert _position(view) == "Doel 2 van 4"
    qtbot.mouseClick(mode, Qt.MouseButton.LeftButton)
    assert DOEL_TEXTS["financien"][0] not in view.panel.texts()
    assert DOEL_TEXTS["huisvesting"][0] in view.panel.texts()


def test_the_text_is_large_print(view) -> None:
    base = QApplication.font().pointSizeF()
    omschrijving = DOEL_TEXTS["financien"][0]
    (label,) = [lb for lb in view.findChildren(QLabel) if lb.text() == omschrijving]
    assert label.font().pointSizeF() >= base * FONT_SCALE - 0.01


def test_the_fullscreen_window_opens_at_the_same_doel_escape_and_clear_close_it(qtbot, view) -> None:
    view.panel.next()
    qtbot.mouseClick(_button(view, "review_fullscreen_button"), Qt.MouseButton.LeftButton)
    window = view.window_view
    assert window is not None and window.isVisible() and window.isWindow()
    assert child(window, QLabel, "review_window_position").text() == "Doel 2 van 4"
    assert DOEL_TEXTS["huisvesting"][0] in window.panel.texts()
    assert window.panel.font().pointSizeF() > view.panel.font().pointSizeF()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.panel, Qt.Key.Key_Right)
    assert child(window, QLabel, "review_window_position").text() == "Doel 3 van 4"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert view.window_view is None and not window.isVisible()

    qtbot.mouseClick(_button(view, "review_fullscreen_button"), Qt.MouseButton.LeftButton)
    window = view.window_view
    assert window is not None and window.isVisible()
    view.clear()
    assert view.window_view is None and not window.isVisible()


def test_clear_leaves_no_plan_text_or_name_behind(qtbot, view) -> None:
    qtbot.mouseClick(_button(view, "review_fullscreen_button"), Qt.MouseButton.LeftButton)
    view.clear()
    texts = [t for w in [view, *view.findChildren(QWidget)] for t in widget_texts(w) if t]
    for omschrijving, zes in DOEL_TEXTS.values():
        assert not any(omschrijving in t or zes in t for t in texts)
    assert not any("Fatima" in t or "Buurvrouw" in t for t in texts)
    assert not _button(view, "review_fullscreen_button").isEnabled()


def test_an_empty_plan_gets_a_friendly_text(qtbot, service) -> None:
    d = new_dossier(service)
    view = PlanReviewView(service, FakeDialogs())
    qtbot.addWidget(view)
    view.show_werkblad(werkblad(service, d.casus_id))
    assert "Er staan nog geen doelen in het plan. Die maken we eerst samen." in view.panel.texts()
    assert _position(view) == ""
    assert not _button(view, "review_next_button").isEnabled()
