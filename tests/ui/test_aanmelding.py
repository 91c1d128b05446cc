"""Nieuwe aanmelding: inline checks, the spoed banner, registering (on top of Vandaag), duplicates, cancel,
the draft autosave (restored on a new page, gone after registering or cancelling) and the werkgebied warning."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
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
from regie_desktop.app.drafts import load_draft, save_draft
from regie_desktop.app.households import register_household
from regie_desktop.app.werkgebied import set_werkgebied
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.household import NewHousehold, NewPerson
from tests.ui.gui_support import STRONG_PASSPHRASE, FakeDialogs, child, column_texts, flush_deletes, open_page, unlock
from ui.main_window import MainWindow
from ui.models.caseload_model import CASUS_ROLE as CASELOAD_CASUS_ROLE
from ui.pages.aanmelding_page import AanmeldingPage
from ui.pages.aanmelding_state import DRAFT_KIND
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


# --- the draft autosave ------------------------------------------------------------------------------------

AUTOSAVE_WAIT_MS = 3000


def _draft(service: WorkspaceService) -> dict | None:
    with service.unit_of_work() as (session, actor):
        return load_draft(session, actor, DRAFT_KIND)


def _new_page(service: WorkspaceService, dialogs: FakeDialogs) -> AanmeldingPage:
    page = AanmeldingPage(service, dialogs)
    page.resize(900, 700)
    page.show()
    page.start()
    return page


def _destroy(page: QWidget) -> None:
    page.close()
    page.deleteLater()
    flush_deletes()


def _fill_more(qtbot, page) -> None:
    """A second person, the address, a kanaal, a spoed flag and the ticks: everything a draft must keep."""
    _fill_minimal(qtbot, page, "Zwanenburg", bsn=INVALID_BSN)
    qtbot.mouseClick(child(page, QPushButton, "add_person_button"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(child(page, QLineEdit, "voornamen_field_1"), "Noor")
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_1"), "Zwanenburg")
    rol = child(page, QComboBox, "rol_field_1")
    rol.setCurrentIndex(rol.findText("Kind"))
    qtbot.keyClicks(child(page, QLineEdit, "straat_field"), "Lindelaan")
    qtbot.keyClicks(child(page, QLineEdit, "huisnummer_field"), "12b")
    qtbot.keyClicks(child(page, QLineEdit, "woonplaats_field"), "Utrecht")
    kanaal = child(page, QComboBox, "kanaal_field")
    kanaal.setCurrentIndex(kanaal.findText("Verwijzing"))
    qtbot.keyClicks(child(page, QLineEdit, "verwijzer_field"), "Huisarts De Linde")
    qtbot.keyClicks(child(page, QPlainTextEdit, "professionals_field"), "Schuldhulp")
    child(page, QCheckBox, "spoed_dreigende_ontruiming").setChecked(True)
    child(page, QCheckBox, "uitleg_checkbox").setChecked(True)


def test_typing_is_autosaved_and_a_new_page_gets_it_back(qtbot, service, dialogs):
    page = _new_page(service, dialogs)
    _fill_more(qtbot, page)
    timer = child(page, QTimer, "draft_timer")
    assert timer.isActive(), "saved after a pause, not on every key"
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=AUTOSAVE_WAIT_MS)
    draft = _draft(service)
    assert draft is not None
    assert [p["achternaam"] for p in draft["persons"]] == ["Zwanenburg", "Zwanenburg"]
    assert draft["hulpvraag"] == "Schulden en dreigende huisuitzetting"
    assert child(page, QLabel, "draft_status").text().startswith("Concept bewaard om ")
    _destroy(page)

    restored = _new_page(service, dialogs)
    assert child(restored, QLineEdit, "voornamen_field_0").text() == "Fatima"
    assert child(restored, QLineEdit, "achternaam_field_0").text() == "Zwanenburg"
    assert child(restored, QLineEdit, "geboortedatum_field_0").text() == "14-02-1988"
    assert child(restored, QLineEdit, "bsn_field_0").text() == INVALID_BSN
    assert "elfproef" in child(restored, QLabel, "bsn_error_0").text(), "the inline checks run on the draft too"
    assert len(restored.persons) == 2
    assert child(restored, QLineEdit, "voornamen_field_1").text() == "Noor"
    assert child(restored, QComboBox, "rol_field_1").currentText() == "Kind"
    assert child(restored, QLineEdit, "straat_field").text() == "Lindelaan"
    assert child(restored, QLineEdit, "huisnummer_field").text() == "12b"
    assert child(restored, QLineEdit, "postcode_field").text() == "1234ab"
    assert child(restored, QLineEdit, "woonplaats_field").text() == "Utrecht"
    assert child(restored, QComboBox, "kanaal_field").currentText() == "Verwijzing"
    assert child(restored, QLineEdit, "verwijzer_field").text() == "Huisarts De Linde"
    assert child(restored, QPlainTextEdit, "hulpvraag_field").toPlainText() == "Schulden en dreigende huisuitzetting"
    assert child(restored, QPlainTextEdit, "professionals_field").toPlainText() == "Schuldhulp"
    assert child(restored, QCheckBox, "spoed_dreigende_ontruiming").isChecked()
    assert child(restored, QLabel, "spoed_banner").isVisible()
    assert child(restored, QCheckBox, "uitleg_checkbox").isChecked()
    assert not child(restored, QCheckBox, "toestemming_checkbox").isChecked()
    assert child(restored, QLabel, "draft_status").text() == "Niet-afgeronde aanmelding hersteld"
    assert not child(restored, QTimer, "draft_timer").isActive(), "restoring is no typing: nothing to save"
    assert _draft(service) == draft
    _destroy(restored)


def test_emptying_the_form_by_hand_removes_the_draft(qtbot, service, dialogs):
    page = _new_page(service, dialogs)
    field = child(page, QLineEdit, "achternaam_field_0")
    qtbot.keyClicks(field, "Smit")
    qtbot.waitUntil(lambda: _draft(service) is not None, timeout=AUTOSAVE_WAIT_MS)
    field.clear()
    qtbot.waitUntil(lambda: _draft(service) is None, timeout=AUTOSAVE_WAIT_MS)
    _destroy(page)


def test_clear_views_saves_a_pending_draft_before_emptying_the_form(qtbot, service, dialogs):
    window = MainWindow(service, dialogs=dialogs)
    window.refresh()
    window.show()
    window.show_aanmelding()
    page = window.current_page
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_0"), "Brouwer")
    qtbot.keyClicks(child(page, QLineEdit, "postcode_field"), "3511 AB")
    assert child(page, QTimer, "draft_timer").isActive()

    window.clear_views()  # what locking and closing do; the pause has not come yet

    assert child(page, QLineEdit, "achternaam_field_0").text() == ""
    draft = _draft(service)
    assert draft is not None and draft["persons"][0]["achternaam"] == "Brouwer"
    assert draft["postcode"] == "3511 AB", "up to the last key"
    assert _draft(service) == draft, "emptying the form on lock does not remove the draft"
    _destroy(window)

    again = MainWindow(service, dialogs=dialogs)
    again.refresh()
    again.show()
    again.show_aanmelding()
    assert child(again.current_page, QLineEdit, "achternaam_field_0").text() == "Brouwer"
    _destroy(again)


def test_draft_comes_back_after_lock_and_unlock(qtbot, created, make_controller):
    service = created.service
    controller = make_controller(service)
    window, page = _open_form(qtbot, controller)
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_0"), "Verbeek")
    qtbot.keyClicks(child(page, QPlainTextEdit, "hulpvraag_field"), "Hulp bij de administratie")
    qtbot.waitUntil(lambda: not child(page, QTimer, "draft_timer").isActive(), timeout=AUTOSAVE_WAIT_MS)

    window.lock_action.trigger()
    assert controller.main_window is None and not service.unlocked
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert window.current_page.objectName() == "vandaag_page"
    window.new_aanmelding_action.trigger()
    page = window.current_page
    assert child(page, QLineEdit, "achternaam_field_0").text() == "Verbeek"
    assert child(page, QPlainTextEdit, "hulpvraag_field").toPlainText() == "Hulp bij de administratie"


def test_draft_typed_just_before_ctrl_l_is_kept(qtbot, created, make_controller):
    service = created.service
    controller = make_controller(service)
    window, page = _open_form(qtbot, controller)
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_0"), "Verbeek")
    window.lock_action.trigger()  # within the autosave pause
    unlock(qtbot, controller)
    controller.main_window.new_aanmelding_action.trigger()
    assert child(controller.main_window.current_page, QLineEdit, "achternaam_field_0").text() == "Verbeek"


def test_closing_regie_right_after_typing_keeps_the_draft(qtbot, created, make_controller):
    service = created.service
    controller = make_controller(service)
    window, page = _open_form(qtbot, controller)
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_0"), "Dekker")
    window.close()  # the controller clears the views, then locks
    assert not service.unlocked
    service.unlock(STRONG_PASSPHRASE)
    draft = _draft(service)
    service.lock()
    assert draft is not None and draft["persons"][0]["achternaam"] == "Dekker"


def test_registering_deletes_the_draft(qtbot, service, dialogs):
    page = _new_page(service, dialogs)
    _fill_minimal(qtbot, page, "Zwartkruis")
    qtbot.waitUntil(lambda: _draft(service) is not None, timeout=AUTOSAVE_WAIT_MS)
    qtbot.keyClicks(child(page, QLineEdit, "woonplaats_field"), "Amersfoort")  # a save is waiting again
    with qtbot.waitSignal(page.sig_registered):
        qtbot.mouseClick(child(page, QPushButton, "register_button"), Qt.MouseButton.LeftButton)
    assert _draft(service) is None
    assert not child(page, QTimer, "draft_timer").isActive(), "the waiting save is dropped, not written later"
    qtbot.wait(100)
    assert _draft(service) is None
    page.start()
    assert not page.has_input(), "the next aanmelding starts empty"
    _destroy(page)


def test_a_refused_registration_keeps_the_draft(qtbot, service, dialogs):
    page = _new_page(service, dialogs)
    _fill_minimal(qtbot, page, "Zwartkruis", bsn=INVALID_BSN)
    qtbot.waitUntil(lambda: _draft(service) is not None, timeout=AUTOSAVE_WAIT_MS)
    qtbot.mouseClick(child(page, QPushButton, "register_button"), Qt.MouseButton.LeftButton)
    assert child(page, QLabel, "form_error").isVisible()
    assert _draft(service) is not None
    _destroy(page)


def test_cancel_and_confirm_deletes_the_draft_and_no_keeps_it(qtbot, service, dialogs):
    page = _new_page(service, dialogs)
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_0"), "de Groot")
    qtbot.waitUntil(lambda: _draft(service) is not None, timeout=AUTOSAVE_WAIT_MS)

    dialogs.answer = False
    qtbot.mouseClick(child(page, QPushButton, "cancel_button"), Qt.MouseButton.LeftButton)
    assert _draft(service) is not None, "Nee: the aanmelding and its draft stay"

    dialogs.answer = True
    with qtbot.waitSignal(page.sig_cancelled):
        qtbot.mouseClick(child(page, QPushButton, "cancel_button"), Qt.MouseButton.LeftButton)
    assert _draft(service) is None
    qtbot.wait(100)
    assert _draft(service) is None
    _destroy(page)
    fresh = _new_page(service, dialogs)
    assert not fresh.has_input()
    _destroy(fresh)


def test_a_damaged_or_foreign_draft_opens_an_empty_form(qtbot, service, dialogs):
    with service.unit_of_work() as (session, actor):
        save_draft(session, actor, DRAFT_KIND, {"persons": "geen lijst", "spoed": [3], "toestemming": "ja"})
    page = _new_page(service, dialogs)
    assert not page.has_input()
    assert child(page, QLabel, "draft_status").text() == ""
    _destroy(page)


# --- the werkgebied warning ----------------------------------------------------------------------------------


def _set_werkgebied(service: WorkspaceService, text: str) -> None:
    with service.unit_of_work() as (session, actor):
        set_werkgebied(session, actor, text)


def test_a_postcode_outside_the_werkgebied_warns_but_registers(qtbot, service, dialogs):
    _set_werkgebied(service, "3500-3599, 3611")
    page = _new_page(service, dialogs)
    warning = child(page, QLabel, "werkgebied_warning")
    postcode = child(page, QLineEdit, "postcode_field")

    postcode.setText("3511 ab")
    _leave(qtbot, postcode)
    assert not warning.isVisible(), "inside: no warning"

    postcode.setText("1234AB")
    _leave(qtbot, postcode)
    assert warning.isVisible()
    assert warning.text() == "Dit adres ligt buiten het werkgebied van uw team (3500-3599, 3611)."
    assert warning.accessibleName() == "Waarschuwing werkgebied"

    postcode.setText("12")
    assert not warning.isVisible(), "editing hides the old warning"
    _leave(qtbot, postcode)
    assert not warning.isVisible(), "an invalid postcode gets the postcode error, not the area warning"
    assert child(page, QLabel, "postcode_error").isVisible()

    postcode.setText("3611 AK")
    _leave(qtbot, postcode)
    assert not warning.isVisible()

    postcode.setText("9711 AA")
    _leave(qtbot, postcode)
    assert warning.isVisible()
    qtbot.keyClicks(child(page, QLineEdit, "achternaam_field_0"), "Hoekstra")
    qtbot.keyClicks(child(page, QPlainTextEdit, "hulpvraag_field"), "Verhuisd, zoekt hulp")
    with qtbot.waitSignal(page.sig_registered):
        qtbot.mouseClick(child(page, QPushButton, "register_button"), Qt.MouseButton.LeftButton)
    assert not warning.isVisible(), "the next aanmelding starts without it"
    _destroy(page)


def test_no_werkgebied_means_no_warning(qtbot, service, dialogs):
    page = _new_page(service, dialogs)
    postcode = child(page, QLineEdit, "postcode_field")
    postcode.setText("9711 AA")
    _leave(qtbot, postcode)
    assert not child(page, QLabel, "werkgebied_warning").isVisible()
    _destroy(page)


def test_a_restored_draft_shows_the_werkgebied_warning(qtbot, service, dialogs):
    _set_werkgebied(service, "3500-3599")
    with service.unit_of_work() as (session, actor):
        save_draft(session, actor, DRAFT_KIND, {"persons": [{"achternaam": "Mulder"}], "postcode": "1012 JS"})
    page = _new_page(service, dialogs)
    assert child(page, QLineEdit, "achternaam_field_0").text() == "Mulder"
    assert child(page, QLabel, "werkgebied_warning").isVisible()
    _destroy(page)
