"""First start: the form's rules, creating the workspace, and the recovery key shown once."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from regie_desktop.errors import WeakPassphrase
from tests.ui.gui_support import (
    RECOVERY_KEY_PATTERN,
    STRONG_PASSPHRASE,
    child,
    flush_deletes,
    widgets_showing,
)


def test_first_start_creates_the_workspace_and_shows_the_key_once(
    qtbot, fresh_service, dialogs, make_controller, worker_name
):
    controller = make_controller(fresh_service)
    assert controller.start() is None
    dialog = controller.first_start_dialog
    assert dialog is not None and dialog.isVisible()
    assert controller.unlock_dialog is None

    create = child(dialog, QPushButton, "create_button")
    passphrase = child(dialog, QLineEdit, "passphrase_field")
    repeat = child(dialog, QLineEdit, "passphrase_repeat_field")
    reasons = child(dialog, QLabel, "strength_reasons")
    assert passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert not create.isEnabled()

    qtbot.keyClicks(child(dialog, QLineEdit, "name_field"), worker_name)
    qtbot.keyClicks(child(dialog, QLineEdit, "team_field"), "Wijkteam Zuid")
    qtbot.keyClicks(passphrase, "welkom123")
    qtbot.keyClicks(repeat, "welkom123")
    assert not create.isEnabled(), "a weak passphrase must keep the button disabled"
    assert "te kort" in reasons.text()

    passphrase.clear()
    repeat.clear()
    qtbot.keyClicks(passphrase, STRONG_PASSPHRASE)
    assert "sterk genoeg" in reasons.text()
    assert not create.isEnabled(), "the passphrase is not repeated yet"
    qtbot.keyClicks(repeat, STRONG_PASSPHRASE[:-1])
    assert "niet gelijk" in child(dialog, QLabel, "mismatch_label").text()
    assert not create.isEnabled()
    qtbot.keyClicks(repeat, STRONG_PASSPHRASE[-1])
    assert child(dialog, QLabel, "mismatch_label").text() == ""
    assert create.isEnabled()

    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)

    assert fresh_service.exists() and fresh_service.unlocked
    assert dialog.showing_recovery_key
    key = child(dialog, QLabel, "recovery_key_label").text()
    assert re.match(RECOVERY_KEY_PATTERN, key)
    assert passphrase.text() == "" and repeat.text() == "", "the passphrase is wiped once it is used"

    qtbot.mouseClick(child(dialog, QPushButton, "print_button"), Qt.MouseButton.LeftButton)
    assert len(dialogs.printed) == 1
    assert key in dialogs.printed[0][1]
    assert worker_name not in dialogs.printed[0][1]

    next_button = child(dialog, QPushButton, "continue_button")
    assert not next_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape must not skip the recovery key"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "a disabled Verder does nothing"

    qtbot.mouseClick(child(dialog, QCheckBox, "saved_checkbox"), Qt.MouseButton.LeftButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    window = controller.main_window
    assert window is not None and window.isVisible()
    assert controller.first_start_dialog is None
    assert child(window, QLabel, "worker_label").text() == worker_name
    assert fresh_service.worker().naam == worker_name
    assert fresh_service.worker().team == "Wijkteam Zuid"

    flush_deletes()
    assert widgets_showing(key, visible_only=False) == [], "the recovery key is shown once, then forgotten"
    assert widgets_showing(STRONG_PASSPHRASE, visible_only=False) == []


def test_an_error_from_the_core_is_shown_inline_and_keeps_the_form(
    qtbot, fresh_service, dialogs, make_controller, worker_name
):
    controller = make_controller(fresh_service)
    controller.start()
    dialog = controller.first_start_dialog
    assert dialog is not None
    qtbot.keyClicks(child(dialog, QLineEdit, "name_field"), worker_name)
    qtbot.keyClicks(child(dialog, QLineEdit, "passphrase_field"), STRONG_PASSPHRASE)
    qtbot.keyClicks(child(dialog, QLineEdit, "passphrase_repeat_field"), STRONG_PASSPHRASE)
    # Something else made the workspace meanwhile: the core refuses to overwrite it.
    fresh_service.create("Iemand Anders", STRONG_PASSPHRASE)
    fresh_service.lock()

    qtbot.mouseClick(child(dialog, QPushButton, "create_button"), Qt.MouseButton.LeftButton)

    error = child(dialog, QLabel, "error_label")
    assert error.isVisible()
    assert "Er staat al een werkruimte" in error.text()
    assert not dialog.showing_recovery_key
    assert child(dialog, QLineEdit, "name_field").text() == worker_name
    assert child(dialog, QLineEdit, "passphrase_field").text() == STRONG_PASSPHRASE
    assert child(dialog, QLineEdit, "passphrase_repeat_field").text() == STRONG_PASSPHRASE
    assert dialogs.criticals == []


def test_a_weak_passphrase_error_shows_its_dutch_message(qtbot, fresh_service, dialogs, make_controller, monkeypatch):
    controller = make_controller(fresh_service)
    controller.start()
    dialog = controller.first_start_dialog
    assert dialog is not None

    def refuse(*args, **kwargs):
        raise WeakPassphrase("Dit wachtwoord is niet sterk genoeg.")

    monkeypatch.setattr(fresh_service, "create", refuse)
    qtbot.keyClicks(child(dialog, QLineEdit, "name_field"), "Test Werker")
    qtbot.keyClicks(child(dialog, QLineEdit, "passphrase_field"), STRONG_PASSPHRASE)
    qtbot.keyClicks(child(dialog, QLineEdit, "passphrase_repeat_field"), STRONG_PASSPHRASE)
    qtbot.keyClick(child(dialog, QLineEdit, "passphrase_repeat_field"), Qt.Key.Key_Return)
    assert child(dialog, QLabel, "error_label").text() == "Dit wachtwoord is niet sterk genoeg."
    assert child(dialog, QPushButton, "create_button").isEnabled(), "the worker can try again"


def test_the_own_name_in_the_passphrase_is_explained(qtbot, fresh_service, make_controller):
    controller = make_controller(fresh_service)
    controller.start()
    dialog = controller.first_start_dialog
    assert dialog is not None
    qtbot.keyClicks(child(dialog, QLineEdit, "name_field"), "Piet Jansen")
    qtbot.keyClicks(child(dialog, QLineEdit, "passphrase_field"), "pietjansen-x")
    assert "uw eigen naam" in child(dialog, QLabel, "strength_reasons").text()
    assert not child(dialog, QPushButton, "create_button").isEnabled()


def test_escape_on_the_form_cancels_and_ends_regie(qtbot, fresh_service, make_controller):
    controller = make_controller(fresh_service)
    controller.start()
    dialog = controller.first_start_dialog
    assert dialog is not None
    with qtbot.waitSignal(controller.sig_finished) as finished:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert finished.args == [0]
    assert not fresh_service.exists()
    assert controller.first_start_dialog is None


def _assert_inputs_labelled(dialog) -> None:
    labelled = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for field in dialog.findChildren(QLineEdit):
        assert field.objectName(), "every input has an objectName"
        assert field.accessibleName(), f"{field.objectName()} has no accessible name"
        assert field in labelled, f"{field.objectName()} has no label"
    for button in dialog.findChildren(QPushButton):
        assert button.objectName(), f"button {button.text()!r} has no objectName"


def test_every_input_has_a_label_an_accessible_name_and_an_object_name(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock = controller.unlock_dialog
    assert unlock is not None
    _assert_inputs_labelled(unlock)
    qtbot.mouseClick(child(unlock, QPushButton, "forgot_button"), Qt.MouseButton.LeftButton)
    assert unlock.recover_dialog is not None
    _assert_inputs_labelled(unlock.recover_dialog)


def test_the_first_start_form_is_labelled(qtbot, fresh_service, make_controller):
    controller = make_controller(fresh_service)
    controller.start()
    assert controller.first_start_dialog is not None
    _assert_inputs_labelled(controller.first_start_dialog)
