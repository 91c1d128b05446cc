"""A forgotten passphrase: a wrong recovery key is explained, the right one sets a new passphrase."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from regie_desktop.errors import WrongPassphrase
from tests.ui.gui_support import OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, child, flush_deletes, widgets_showing
from ui.background import BusyIndicator

WRONG_KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


def _fill(qtbot, dialog, key: str, passphrase: str) -> None:
    for name, text in (
        ("recovery_key_field", key),
        ("new_passphrase_field", passphrase),
        ("new_passphrase_repeat_field", passphrase),
    ):
        field = child(dialog, QLineEdit, name)
        field.clear()
        qtbot.keyClicks(field, text)


def _press(qtbot, recover, button) -> None:
    """Click and wait for the answer: the key derivation runs in the background."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not recover.busy, timeout=10_000)


def test_recovery_with_wrong_then_right_key_sets_a_new_passphrase(qtbot, created, dialogs, make_controller):
    service = created.service
    controller = make_controller(service)
    controller.start()
    unlock = controller.unlock_dialog
    assert unlock is not None
    qtbot.mouseClick(child(unlock, QPushButton, "forgot_button"), Qt.MouseButton.LeftButton)
    recover = unlock.recover_dialog
    assert recover is not None and recover.isVisible()
    button = child(recover, QPushButton, "recover_button")
    assert not button.isEnabled()

    _fill(qtbot, recover, WRONG_KEY, "kort")
    assert not button.isEnabled(), "a weak new passphrase keeps the button disabled"
    assert "te kort" in child(recover, QLabel, "strength_reasons").text()

    _fill(qtbot, recover, WRONG_KEY, OTHER_STRONG_PASSPHRASE)
    assert button.isEnabled()
    _press(qtbot, recover, button)
    assert "Herstelsleutel onjuist" in child(recover, QLabel, "error_label").text()
    assert recover.isVisible()
    assert not service.unlocked

    _fill(qtbot, recover, "ABCD", OTHER_STRONG_PASSPHRASE)
    _press(qtbot, recover, button)
    assert "32 tekens" in child(recover, QLabel, "error_label").text()

    # A key of the wrong shape is a typo, not a guess: it does not count towards the wait.
    assert not recover.waiting
    assert service.unlock_wait_s() == 0

    # A second wrong key does: the core makes the next attempt wait, and the dialog counts down.
    _fill(qtbot, recover, WRONG_KEY, OTHER_STRONG_PASSPHRASE)
    _press(qtbot, recover, button)
    assert recover.waiting
    assert child(recover, QLabel, "wait_label").text().startswith("Wacht nog")
    assert not button.isEnabled()
    qtbot.waitUntil(lambda: not recover.waiting, timeout=5000)

    # Lower case and spaces instead of dashes: the core forgives how a key is typed.
    typed_key = created.recovery_key.lower().replace("-", " ")
    _fill(qtbot, recover, typed_key, OTHER_STRONG_PASSPHRASE)
    _press(qtbot, recover, button)

    assert service.unlocked
    assert len(dialogs.informations) == 1
    assert "nieuwe wachtwoord is ingesteld" in dialogs.informations[0][1]
    window = controller.main_window
    assert window is not None and window.isVisible()
    assert controller.unlock_dialog is None
    flush_deletes()
    assert widgets_showing(created.recovery_key, visible_only=False) == []
    assert widgets_showing(OTHER_STRONG_PASSPHRASE, visible_only=False) == []

    controller.lock()
    with pytest.raises(WrongPassphrase):
        service.unlock(STRONG_PASSPHRASE)
    service.unlock(OTHER_STRONG_PASSPHRASE)
    assert service.unlocked


def test_cancelling_recovery_returns_to_the_unlock_dialog(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock = controller.unlock_dialog
    assert unlock is not None
    qtbot.mouseClick(child(unlock, QPushButton, "forgot_button"), Qt.MouseButton.LeftButton)
    recover = unlock.recover_dialog
    assert recover is not None
    qtbot.keyClicks(child(recover, QLineEdit, "recovery_key_field"), created.recovery_key)
    qtbot.keyClick(recover, Qt.Key.Key_Escape)
    assert unlock.recover_dialog is None
    assert unlock.isVisible()
    assert not created.service.unlocked
    assert controller.finished is False


def test_while_the_new_passphrase_is_set_nothing_can_be_changed_or_cancelled(
    qtbot, created, make_controller, monkeypatch
):
    service = created.service
    entered, opened = threading.Event(), threading.Event()
    real = service.recover

    def held_recover(key: str, passphrase: str) -> None:
        entered.set()
        assert opened.wait(10)
        real(key, passphrase)

    monkeypatch.setattr(service, "recover", held_recover)
    controller = make_controller(service)
    controller.start()
    unlock = controller.unlock_dialog
    assert unlock is not None
    qtbot.mouseClick(child(unlock, QPushButton, "forgot_button"), Qt.MouseButton.LeftButton)
    recover = unlock.recover_dialog
    assert recover is not None
    _fill(qtbot, recover, created.recovery_key, OTHER_STRONG_PASSPHRASE)
    qtbot.mouseClick(child(recover, QPushButton, "recover_button"), Qt.MouseButton.LeftButton)
    assert entered.wait(5)

    assert recover.busy
    busy = child(recover, BusyIndicator, "busy_indicator")
    assert busy.isVisible() and busy.text.startswith("Bezig met")
    for name in ("recovery_key_field", "new_passphrase_field", "new_passphrase_repeat_field"):
        assert not child(recover, QLineEdit, name).isEnabled(), name
    assert not child(recover, QPushButton, "recover_button").isEnabled()
    assert not child(recover, QPushButton, "cancel_button").isEnabled()
    qtbot.keyClick(recover, Qt.Key.Key_Escape)
    assert recover.isVisible(), "half-way the new passphrase may already be written: no cancelling"

    opened.set()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert service.unlocked
