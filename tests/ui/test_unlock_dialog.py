"""Unlocking: a wrong passphrase, the wait after repeated mistakes, and the main window with real counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.errors import WrongPassphrase
from tests.ui.gui_support import STRONG_PASSPHRASE, child


def test_wrong_passphrase_is_explained_and_the_right_one_opens_the_main_window(qtbot, created, make_controller):
    service = created.service
    service.unlock(STRONG_PASSPHRASE)
    fill_demo_data(service, 4, seed=1)
    expected = service.status()
    service.lock()

    controller = make_controller(service)
    assert controller.start() is None
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert controller.first_start_dialog is None
    field = child(dialog, QLineEdit, "passphrase_field")
    button = child(dialog, QPushButton, "unlock_button")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert not button.isEnabled(), "nothing typed yet"

    qtbot.keyClicks(field, "verkeerd-wachtwoord")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert "Wachtwoord onjuist" in child(dialog, QLabel, "error_label").text()
    assert field.text() == ""
    assert dialog.focusWidget() is field
    assert not service.unlocked
    assert controller.main_window is None

    qtbot.keyClicks(field, STRONG_PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert service.unlocked
    window = controller.main_window
    assert window is not None and window.isVisible()
    assert controller.unlock_dialog is None
    assert window.windowTitle() == "Regie"
    assert child(window, QLabel, "household_count").text() == "4"
    assert child(window, QLabel, "person_count").text() == str(expected.counts["persoon"])
    assert child(window, QLabel, "outbox_count").text() == str(expected.outbox)
    assert expected.schema_version in child(window, QLabel, "schema_version").text()
    assert created.worker_name in child(window, QLabel, "welcome_label").text()
    assert created.team in child(window, QLabel, "team_label").text()
    assert child(window, QLabel, "lock_state_label").text() == "Ontgrendeld"
    assert child(window, QLabel, "sync_state_label").text() == "Niet gekoppeld"
    assert child(window, QLabel, "worker_label").text() == created.worker_name


def test_repeated_mistakes_show_a_countdown_then_allow_again(qtbot, created, make_controller):
    service = created.service
    controller = make_controller(service)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    field = child(dialog, QLineEdit, "passphrase_field")
    button = child(dialog, QPushButton, "unlock_button")
    wait_label = child(dialog, QLabel, "wait_label")

    for attempt in ("fout-een-keer", "fout-twee-keer"):
        qtbot.keyClicks(field, attempt)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert service.unlock_wait_s() > 0, "the core asks to wait after the second mistake"
    assert dialog.waiting
    assert wait_label.text().startswith("Wacht nog")
    assert "seconde" in wait_label.text()

    qtbot.keyClicks(field, STRONG_PASSPHRASE)
    assert not button.isEnabled()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not service.unlocked, "no attempt while the wait lasts"

    qtbot.waitUntil(lambda: button.isEnabled(), timeout=5000)
    assert not dialog.waiting
    assert not wait_label.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert service.unlocked
    assert controller.main_window is not None


def test_a_wait_left_from_an_earlier_run_starts_the_countdown_at_once(qtbot, created, make_controller):
    service = created.service
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            service.unlock("fout-fout-fout")
    assert service.unlock_wait_s() > 0
    controller = make_controller(service)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    assert dialog.waiting
    assert child(dialog, QLabel, "wait_label").text().startswith("Wacht nog")


def test_escape_quits_without_unlocking(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    with qtbot.waitSignal(controller.sig_finished) as finished:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert finished.args == [0]
    assert not created.service.unlocked
