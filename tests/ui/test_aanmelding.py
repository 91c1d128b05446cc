"""Nieuwe aanmelding: inline checks, the spoed banner, registering (on top of Vandaag), duplicates, cancel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolBar,
    QWidget,
)

from regie_desktop.app.caseload import caseload
from regie_desktop.app.households import register_household
from regie_desktop.domain.household import NewHousehold, NewPerson
from tests.ui.gui_support import STRONG_PASSPHRASE, child, column_texts, open_page, unlock
from ui.models.caseload_model import CASUS_ROLE as CASELOAD_CASUS_ROLE
from ui.pages.vandaag_page import CASUS_ROLE as TODAY_CASUS_ROLE

VALID_BSN = "111222333"
INVALID_BSN = "123456789"


def _open_form(qtbot, controller):
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.new_aanmelding_action.trigger()
    assert window.current_page.objectName() == "aanmelding_page"
    return window, window.current_page


def _next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to from ``widget`` (skipping labels and containers)."""
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus) or not candidate.isVisible():
        candidate = candidate.nextInFocusChain()
    return candidate


def _leave(qtbot, field: QLineEdit) -> None:
    """Type nothing more and leave the field, as the worker does with Tab."""
    field.setFocus()
    field.editingFinished.emit()


def _fill_minimal(qtbot, page, achternaam: str, bsn: str = "") -> None:
    qtbot.keyClicks(child(page, QLineEdit, "voornamen_field_0"), "Fatima")
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_0"), achternaam)
    qtbot.keyClicks(child(page, QLineEdit, "geboortedatum_field_0"), "14-02-1988")
    if bsn:
        qtbot.keyClicks(child(page, QLineEdit, "bsn_field_0"), bsn)
    qtbot.keyClicks(child(page, QLineEdit, "postcode_field"), "1234ab")
    qtbot.keyClicks(child(page, QPlainTextEdit, "hulpvraag_field"), "Schulden en dreigende huisuitzetting")


def test_the_action_is_in_the_menu_and_toolbar_with_ctrl_n(qtbot, created, make_controller):
    controller = make_controller(created.service)
    window, page = _open_form(qtbot, controller)
    action = window.new_aanmelding_action
    assert action.shortcut().toString() == "Ctrl+N"
    assert action in child(window, QMenu, "file_menu").actions()
    assert action in child(window, QToolBar, "main_toolbar").actions()
    inputs = [*page.findChildren(QLineEdit), *page.findChildren(QPlainTextEdit), *page.findChildren(QComboBox)]
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    for field in inputs:
        assert field.accessibleName() and field.objectName(), field
        assert field in buddies, f"{field.objectName()} has no QLabel buddy"
    first = child(page, QLineEdit, "voornamen_field_0")
    assert first.hasFocus() or not window.isActiveWindow()
    assert _next_tab_stop(first) is child(page, QLineEdit, "tussenvoegsel_field_0")
    assert _next_tab_stop(child(page, QComboBox, "rol_field_0")) is child(page, QPushButton, "add_person_button")
    assert _next_tab_stop(child(page, QPushButton, "add_person_button")) is child(page, QLineEdit, "straat_field")
    assert _next_tab_stop(child(page, QLineEdit, "woonplaats_field")) is child(page, QComboBox, "kanaal_field")


def test_invalid_bsn_and_future_birth_date_show_a_message_and_block(qtbot, created, make_controller, dialogs):
    controller = make_controller(created.service)
    _window, page = _open_form(qtbot, controller)
    _fill_minimal(qtbot, page, "Bakker", bsn=INVALID_BSN)
    bsn = child(page, QLineEdit, "bsn_field_0")
    _leave(qtbot, bsn)
    error = child(page, QLabel, "bsn_error_0")
    assert error.isVisible() and "elfproef" in error.text()

    birth = child(page, QLineEdit, "geboortedatum_field_0")
    birth.setText((dt.date.today() + dt.timedelta(days=3)).strftime("%d-%m-%Y"))
    _leave(qtbot, birth)
    assert "toekomst" in child(page, QLabel, "geboortedatum_error_0").text()

    postcode = child(page, QLineEdit, "postcode_field")
    postcode.setText("12345")
    _leave(qtbot, postcode)
    assert "postcode is ongeldig" in child(page, QLabel, "postcode_error").text()

    qtbot.mouseClick(child(page, QPushButton, "register_button"), Qt.MouseButton.LeftButton)
    assert page.isVisible(), "nothing registered: the form stays"
    assert child(page, QLabel, "form_error").isVisible()
    assert bsn.text() == INVALID_BSN, "nothing lost"
    with created.service.unit_of_work() as (session, _actor):
        assert caseload(session, created.service.today()) == []

    bsn.setText(VALID_BSN)
    _leave(qtbot, bsn)
    assert not child(page, QLabel, "bsn_error_0").isVisible()


def test_spoed_shows_the_banner(qtbot, created, make_controller):
    controller = make_controller(created.service)
    _window, page = _open_form(qtbot, controller)
    banner = child(page, QLabel, "spoed_banner")
    assert not banner.isVisible()
    box = child(page, QCheckBox, "spoed_dreigende_ontruiming")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # the keyboard way to tick it
    assert banner.isVisible() and banner.text() == "Spoed: direct handelen"
    box.setChecked(False)
    assert not banner.isVisible()


def test_spoed_aanmelding_is_on_top_of_vandaag_and_in_the_caseload(qtbot, demo, make_controller):
    controller = make_controller(demo)
    window, page = _open_form(qtbot, controller)
    _fill_minimal(qtbot, page, "Zwartkruis")
    kanaal = child(page, QComboBox, "kanaal_field")
    kanaal.setCurrentIndex(kanaal.findText("Verwijzing"))
    qtbot.mouseClick(child(page, QPushButton, "add_person_button"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(child(page, QLineEdit, "voornamen_field_1"), "Noor")
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_1"), "Zwartkruis")
    child(page, QCheckBox, "spoed_huiselijk_geweld").setChecked(True)
    child(page, QCheckBox, "toestemming_checkbox").setChecked(True)
    child(page, QCheckBox, "uitleg_checkbox").setChecked(True)

    qtbot.mouseClick(child(page, QPushButton, "register_button"), Qt.MouseButton.LeftButton)
    assert "verwijzer" in child(page, QLabel, "form_error").text().lower(), "verwijzer is required"
    qtbot.keyClicks(child(page, QLineEdit, "verwijzer_field"), "Huisarts De Linde")
    with qtbot.waitSignal(page.sig_registered) as registered:
        qtbot.mouseClick(child(page, QPushButton, "register_button"), Qt.MouseButton.LeftButton)
    casus_id, huishouden_id = registered.args

    assert window.current_page.objectName() == "household_page"
    assert window.open_household_id() == (casus_id, huishouden_id)
    assert child(window, QLabel, "household_title").text() == "Fatima Zwartkruis"
    assert not page.has_input(), "the form is empty for the next aanmelding"

    open_page(qtbot, window, "Caseload")
    table = child(window, QTableView, "caseload_table")
    ids = [table.model().index(r, 0).data(CASELOAD_CASUS_ROLE) for r in range(table.model().rowCount())]
    names = column_texts(table, "Naam")
    first_plain = next((i for i, n in enumerate(names) if not n.endswith("(spoed)")), len(names))
    assert casus_id in ids[:first_plain], "in the spoed block on top of the caseload"
    qtbot.keyClicks(child(window, QLineEdit, "caseload_filter"), "zwartkruis")
    assert any("Zwartkruis" in name for name in column_texts(table, "Naam"))


def test_duplicate_shows_the_banner_and_opens_the_existing_household(qtbot, created, make_controller):
    service = created.service
    service.unlock(STRONG_PASSPHRASE)
    with service.unit_of_work() as (session, actor):
        existing = register_household(
            session,
            actor,
            NewHousehold((NewPerson("Jan", "Visser", bsn=VALID_BSN),), postcode="1234 AB"),
            service.today(),
        )
    service.lock()
    controller = make_controller(service)
    window, page = _open_form(qtbot, controller)
    _fill_minimal(qtbot, page, "Anders", bsn=VALID_BSN)
    qtbot.mouseClick(child(page, QPushButton, "register_button"), Qt.MouseButton.LeftButton)

    banner = child(page, QFrame, "duplicate_banner")
    assert banner.isVisible()
    assert "al bekend" in child(page, QLabel, "duplicate_message").text()
    assert window.current_page is page
    qtbot.mouseClick(child(page, QPushButton, "open_existing_button"), Qt.MouseButton.LeftButton)
    assert window.current_page.objectName() == "household_page"
    assert window.open_household_id() == ("", existing)
    assert child(window, QLabel, "household_title").text() == "Jan Visser"


def test_register_anyway_after_a_duplicate(qtbot, created, make_controller):
    service = created.service
    service.unlock(STRONG_PASSPHRASE)
    day = dt.date(1988, 2, 14)
    with service.unit_of_work() as (session, actor):
        register_household(session, actor, NewHousehold((NewPerson("Els", "Bakker", geboortedatum=day),)), day)
    service.lock()
    controller = make_controller(service)
    window, page = _open_form(qtbot, controller)
    _fill_minimal(qtbot, page, "Bakker")  # same surname and date of birth
    qtbot.mouseClick(child(page, QPushButton, "register_button"), Qt.MouseButton.LeftButton)
    assert child(page, QFrame, "duplicate_banner").isVisible()
    with qtbot.waitSignal(page.sig_registered):
        qtbot.mouseClick(child(page, QPushButton, "register_anyway_button"), Qt.MouseButton.LeftButton)
    assert window.current_page.objectName() == "household_page"
    assert child(window, QLabel, "household_title").text() == "Fatima Bakker"


def test_cancel_with_typed_text_asks_and_keeps_the_form_on_no(qtbot, created, make_controller, dialogs):
    controller = make_controller(created.service)
    window, page = _open_form(qtbot, controller)
    qtbot.mouseClick(child(page, QPushButton, "cancel_button"), Qt.MouseButton.LeftButton)
    assert dialogs.questions == [], "an empty form is closed without asking"
    assert window.current_page.objectName() == "vandaag_page"

    window.new_aanmelding_action.trigger()
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_0"), "de Groot")
    qtbot.mouseClick(child(page, QPushButton, "add_person_button"), Qt.MouseButton.LeftButton)
    dialogs.answer = False
    qtbot.mouseClick(child(page, QPushButton, "cancel_button"), Qt.MouseButton.LeftButton)
    assert len(dialogs.questions) == 1
    assert window.current_page is page
    assert child(page, QLineEdit, "achternaam_field_0").text() == "de Groot"
    assert len(page.persons) == 2

    dialogs.answer = True
    qtbot.mouseClick(child(page, QPushButton, "cancel_button"), Qt.MouseButton.LeftButton)
    assert window.current_page.objectName() == "vandaag_page"
    assert child(page, QLineEdit, "achternaam_field_0").text() == ""
    assert len(page.persons) == 1


def test_remove_person_button(qtbot, created, make_controller):
    controller = make_controller(created.service)
    _window, page = _open_form(qtbot, controller)
    qtbot.mouseClick(child(page, QPushButton, "add_person_button"), Qt.MouseButton.LeftButton)
    assert len(page.persons) == 2
    qtbot.mouseClick(child(page, QPushButton, "remove_person_button_1"), Qt.MouseButton.LeftButton)
    assert len(page.persons) == 1


def test_spoed_aanmelding_is_on_top_of_vandaag(qtbot, created, make_controller):
    controller = make_controller(created.service)
    window, page = _open_form(qtbot, controller)
    _fill_minimal(qtbot, page, "Zwartkruis")
    child(page, QCheckBox, "spoed_geen_inkomen").setChecked(True)
    with qtbot.waitSignal(page.sig_registered) as registered:
        qtbot.mouseClick(child(page, QPushButton, "register_button"), Qt.MouseButton.LeftButton)
    open_page(qtbot, window, "Vandaag")
    model = child(window, QTableView, "today_table").model()
    assert model.rowCount() > 0
    assert model.index(0, 0).data(TODAY_CASUS_ROLE) == registered.args[0]
    assert model.index(0, 0).data() == "Spoed"
