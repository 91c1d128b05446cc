"""The acceptance flow of the desktop application, with real widgets found by object name:

first start → aanmelding with spoed → on top of Vandaag → found by the caseload filter → opened →
auto-lock after a shortened timeout clears every view → unlocking returns to the same casus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from regie_desktop.app.demo_data import fill_demo_data
from tests.ui.gui_support import (
    STRONG_PASSPHRASE,
    child,
    column_texts,
    flush_deletes,
    open_page,
    unlock,
    widgets_showing,
)
from ui.first_start_wizard import PageId
from ui.widgets.row_table import RowTable

CLIENT_FIRST = "Yasmina"
CLIENT_LAST = "Oudewater-Bakkali"
CLIENT_BSN = "111222333"


def _click(qtbot, parent: QWidget, name: str) -> None:
    qtbot.mouseClick(child(parent, QPushButton, name), Qt.MouseButton.LeftButton)


def _first_start(qtbot, controller, worker: str) -> None:
    assert controller.start() is None
    wizard = controller.first_start_wizard
    assert wizard is not None and wizard.isVisible()
    _click(qtbot, wizard, "next_button")
    qtbot.keyClicks(child(wizard, QLineEdit, "name_field"), worker)
    qtbot.keyClicks(child(wizard, QLineEdit, "team_field"), "Wijkteam Zuid")
    _click(qtbot, wizard, "next_button")
    qtbot.keyClicks(child(wizard, QLineEdit, "passphrase_field"), STRONG_PASSPHRASE)
    qtbot.keyClicks(child(wizard, QLineEdit, "passphrase_repeat_field"), STRONG_PASSPHRASE)
    _click(qtbot, wizard, "commit_button")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RECOVERY_KEY, timeout=10_000)  # made in the background
    assert wizard.currentId() == PageId.RECOVERY_KEY
    child(wizard, QCheckBox, "saved_checkbox").setChecked(True)
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.INSTRUMENT
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.DONE
    _click(qtbot, wizard, "finish_button")
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())


def _register_spoed_aanmelding(qtbot, window) -> None:
    window.new_aanmelding_action.trigger()
    page = window.current_page
    assert page.objectName() == "aanmelding_page"
    qtbot.keyClicks(child(page, QLineEdit, "voornamen_field_0"), CLIENT_FIRST)
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_0"), CLIENT_LAST)
    qtbot.keyClicks(child(page, QLineEdit, "geboortedatum_field_0"), "03-07-1979")
    qtbot.keyClicks(child(page, QLineEdit, "bsn_field_0"), CLIENT_BSN)
    qtbot.keyClicks(child(page, QLineEdit, "postcode_field"), "3512JE")
    qtbot.keyClicks(child(page, QPlainTextEdit, "hulpvraag_field"), "Dreigende afsluiting van gas en licht")
    qtbot.mouseClick(child(page, QCheckBox, "spoed_afsluiting_energie_water"), Qt.MouseButton.LeftButton)
    assert child(page, QLabel, "spoed_banner").isVisible()
    with qtbot.waitSignal(page.sig_registered):
        _click(qtbot, page, "register_button")


def test_first_start_to_spoed_on_top_to_auto_lock_and_back_to_the_same_casus(
    qtbot, fresh_service, make_controller, worker_name
):
    controller = make_controller(fresh_service)
    _first_start(qtbot, controller, worker_name)
    window = controller.main_window

    # Some ordinary casussen first, so "on top" means something.
    fill_demo_data(fresh_service, 8, seed=11)
    window.refresh()
    _register_spoed_aanmelding(qtbot, window)

    open_page(qtbot, window, "Vandaag")
    today = child(window, RowTable, "today_table")
    names = column_texts(today, "Naam")
    assert names and CLIENT_LAST in names[0], names
    assert column_texts(today, "Spoed")[0], "the first row is marked spoed"

    open_page(qtbot, window, "Caseload")
    search = child(window, QLineEdit, "caseload_filter")
    qtbot.keyClicks(search, "oudewater")
    table = child(window, RowTable, "caseload_table")
    assert len(column_texts(table, "Naam")) == 1
    assert CLIENT_LAST in column_texts(table, "Naam")[0]
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page.objectName() == "household_page"
    casus_before = window.open_household_id()
    assert casus_before is not None

    controller.auto_lock.set_timeout_ms(150)  # shortened; the real default is 5 minutes
    controller.auto_lock.start()
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=5000)
    assert not fresh_service.unlocked
    flush_deletes()
    for text in (CLIENT_LAST, CLIENT_FIRST, CLIENT_BSN, "3512", worker_name):
        assert widgets_showing(text, visible_only=False) == [], f"{text!r} still in a widget after the lock"
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [controller.unlock_dialog]

    unlock(qtbot, controller)
    restored = controller.main_window
    assert restored is not None and restored.isVisible()
    assert restored.current_page.objectName() == "household_page"
    assert restored.open_household_id() == casus_before
    assert CLIENT_LAST in child(restored, QLabel, "household_title").text()
