"""The score as large buttons: only the instrument's levels, exclusive, keys 1–5 / N / 0, touch-sized."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from regie_desktop.app import catalog
from ui.widgets.score_buttons import MIN_TOUCH_PX, NVT, ScoreButtons

ZRM = catalog.instrument(catalog.DEFAULT_INSTRUMENT)
LEVELS = [(level.value, level.label) for level in ZRM.scale]


def _row(qtbot, nvt_allowed: bool = True) -> ScoreButtons:
    row = ScoreButtons(LEVELS, nvt_allowed, "test")
    qtbot.addWidget(row)
    row.resize(900, 80)
    row.show()
    qtbot.waitExposed(row)
    return row


def test_one_button_per_level_with_its_label_plus_nvt_and_niet_besproken(qtbot) -> None:
    row = _row(qtbot)
    names = sorted(b.objectName() for b in row.findChildren(QPushButton))
    assert names == sorted([f"score_test_{v}" for v, _ in LEVELS] + ["score_test_nvt", "score_test_none"])
    assert row.button(3).text() == "3\nBeperkt\nzelfredzaam"
    assert row.button(3).accessibleName() == "Score 3: Beperkt zelfredzaam"
    assert row.value is None and row.button(None).isChecked()
    for button in row.findChildren(QPushButton):
        assert button.width() >= MIN_TOUCH_PX and button.height() >= MIN_TOUCH_PX


def test_keys_choose_and_the_group_is_exclusive(qtbot) -> None:
    row = _row(qtbot)
    chosen: list[object] = []
    row.sig_chosen.connect(chosen.append)
    row.setFocus()
    for key in (Qt.Key.Key_4, Qt.Key.Key_N, Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_1):
        qtbot.keyClick(row, key)
    assert chosen == [4, NVT, None, 1]  # the same value again is no change
    assert [b.objectName() for b in row.findChildren(QPushButton) if b.isChecked()] == ["score_test_1"]
    qtbot.keyClick(row, Qt.Key.Key_7)  # not on the scale: nothing happens
    qtbot.keyClick(row, Qt.Key.Key_6)
    assert row.value == 1 and chosen[-1] == 1


def test_a_click_chooses_and_set_value_does_not_signal(qtbot) -> None:
    row = _row(qtbot)
    chosen: list[object] = []
    row.sig_chosen.connect(chosen.append)
    qtbot.mouseClick(row.button(2), Qt.MouseButton.LeftButton)
    assert chosen == [2] and row.value == 2
    row.set_value(5)
    assert chosen == [2] and row.value == 5 and row.button(5).isChecked()
    assert row.button(5).font().bold() and not row.button(2).font().bold()  # chosen reads without colour


def test_without_nvt_the_instrument_offers_no_nvt_button(qtbot) -> None:
    row = _row(qtbot, nvt_allowed=False)
    assert not row.findChildren(QPushButton, "score_test_nvt")
    chosen: list[object] = []
    row.sig_chosen.connect(chosen.append)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_N)
    assert chosen == [] and row.value is None
