"""Unlocking: a wrong passphrase, the wait after repeated mistakes, and the main window with real counts."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.errors import WrongPassphrase
from tests.ui.gui_support import STRONG_PASSPHRASE, child, wait_for_attempt
from ui.background import BusyIndicator


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
    assert controller.first_start_wizard is None
    field = child(dialog, QLineEdit, "passphrase_field")
    button = child(dialog, QPushButton, "unlock_button")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert not button.isEnabled(), "nothing typed yet"

    qtbot.keyClicks(field, "verkeerd-wachtwoord")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_attempt(qtbot, controller, dialog)

    assert "Wachtwoord onjuist" in child(dialog, QLabel, "error_label").text()
    assert field.text() == ""
    assert dialog.focusWidget() is field
    assert not service.unlocked
    assert controller.main_window is None

    qtbot.keyClicks(field, STRONG_PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_for_attempt(qtbot, controller, dialog)

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
        wait_for_attempt(qtbot, controller, dialog)
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
    wait_for_attempt(qtbot, controller, dialog)
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


class Gate:
    """Holds ``service.unlock`` (run on the worker thread) until the test opens the gate."""

    def __init__(self, monkeypatch, service) -> None:
        self.entered, self.opened = threading.Event(), threading.Event()
        self.threads: list[int] = []
        real = service.unlock

        def held_unlock(passphrase: str) -> None:
            self.threads.append(threading.get_ident())
            self.entered.set()
            assert self.opened.wait(10)
            real(passphrase)

        monkeypatch.setattr(service, "unlock", held_unlock)


def test_while_the_passphrase_is_tried_the_window_keeps_working_and_waits_for_the_answer(
    qtbot, created, make_controller, monkeypatch
):
    service = created.service
    gate = Gate(monkeypatch, service)
    controller = make_controller(service)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    field = child(dialog, QLineEdit, "passphrase_field")
    button = child(dialog, QPushButton, "unlock_button")
    busy = child(dialog, BusyIndicator, "busy_indicator")
    assert not busy.isVisible()

    qtbot.keyClicks(field, STRONG_PASSPHRASE)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert gate.entered.wait(5)
    assert gate.threads != [threading.get_ident()], "the key derivation runs off the GUI thread"
    assert dialog.busy
    assert busy.isVisible() and busy.text == "Bezig met openen…"
    assert not field.isEnabled() and not button.isEnabled()
    assert not child(dialog, QPushButton, "forgot_button").isEnabled()
    ticks: list[int] = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=2000)  # the event loop runs: the window is not frozen
    timer.stop()
    assert controller.main_window is None

    gate.opened.set()
    wait_for_attempt(qtbot, controller, dialog)
    assert service.unlocked
    assert controller.main_window is not None and controller.unlock_dialog is None


def test_locking_while_an_unlock_runs_keeps_regie_locked(qtbot, created, make_controller, monkeypatch):
    service = created.service
    gate = Gate(monkeypatch, service)
    controller = make_controller(service)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    field = child(dialog, QLineEdit, "passphrase_field")
    qtbot.keyClicks(field, STRONG_PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert gate.entered.wait(5)

    threading.Timer(0.2, gate.opened.set).start()
    controller.lock()  # e.g. the screen locks: waits for the unlock under way, then drops the key again
    assert not service.unlocked
    wait_for_attempt(qtbot, controller, dialog)
    assert not service.unlocked
    assert controller.main_window is None
    assert controller.unlock_dialog is dialog and dialog.isVisible()
    assert field.isEnabled()
    assert child(dialog, QLabel, "error_label").text() == ""


def test_quitting_while_the_passphrase_is_tried_opens_nothing(qtbot, created, make_controller, monkeypatch):
    service = created.service
    gate = Gate(monkeypatch, service)
    controller = make_controller(service)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(child(dialog, QLineEdit, "passphrase_field"), STRONG_PASSPHRASE)
    qtbot.mouseClick(child(dialog, QPushButton, "unlock_button"), Qt.MouseButton.LeftButton)
    assert gate.entered.wait(5)
    with qtbot.waitSignal(controller.sig_finished) as finished:
        qtbot.mouseClick(child(dialog, QPushButton, "quit_button"), Qt.MouseButton.LeftButton)
    assert finished.args == [0]
    gate.opened.set()
    controller.shutdown()  # as ui.main does after the event loop; waits for the worker
    service.close()
    qtbot.wait(50)
    assert controller.main_window is None
    assert not service.unlocked
