"""First start as a wizard: each page's rules, creating the workspace, the key shown once, the instrument."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QRadioButton, QWidget

from regie_desktop.app.settings import team_instrument
from regie_desktop.errors import WeakPassphrase
from tests.ui.gui_support import (
    RECOVERY_KEY_PATTERN,
    STRONG_PASSPHRASE,
    child,
    flush_deletes,
    widgets_showing,
)
from ui.first_start_wizard import FirstStartWizard, PageId

WORKSPACE_FILES = ("regie.db", "regie.db-wal", "regie.db-shm", "keyfile.json")


def _wizard(controller) -> FirstStartWizard:
    assert controller.start() is None
    wizard = controller.first_start_wizard
    assert wizard is not None and wizard.isVisible()
    return wizard


def _button(wizard: QWidget, name: str) -> QPushButton:
    return child(wizard, QPushButton, name)


def _click(qtbot, wizard: QWidget, name: str) -> None:
    qtbot.mouseClick(_button(wizard, name), Qt.MouseButton.LeftButton)


def _fill_identity(qtbot, wizard: FirstStartWizard, name: str, team: str = "") -> None:
    """From the welcome page to the passphrase page."""
    assert wizard.currentId() == PageId.WELCOME
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.IDENTITY
    qtbot.keyClicks(child(wizard, QLineEdit, "name_field"), name)
    if team:
        qtbot.keyClicks(child(wizard, QLineEdit, "team_field"), team)
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.PASSPHRASE


def _type_passphrase(qtbot, wizard: QWidget, passphrase: str, repeat: str) -> None:
    for name, text in (("passphrase_field", passphrase), ("passphrase_repeat_field", repeat)):
        field = child(wizard, QLineEdit, name)
        field.clear()
        qtbot.keyClicks(field, text)


def _create(qtbot, wizard: FirstStartWizard, name: str, team: str = "") -> str:
    """Walk to the passphrase page, create the workspace and return the recovery key shown."""
    _fill_identity(qtbot, wizard, name, team)
    _type_passphrase(qtbot, wizard, STRONG_PASSPHRASE, STRONG_PASSPHRASE)
    _click(qtbot, wizard, "commit_button")
    _wait_created(qtbot, wizard)
    assert wizard.currentId() == PageId.RECOVERY_KEY
    return child(wizard, QLabel, "recovery_key_label").text()


def _wait_created(qtbot, wizard: FirstStartWizard) -> None:
    """Creating runs on the background worker: wait for its answer (the next page, or an error)."""
    qtbot.waitUntil(lambda: not wizard.passphrase_page.creating, timeout=10_000)


def _no_workspace_files(service) -> bool:
    return not any((service.home / name).exists() for name in WORKSPACE_FILES)


def test_the_happy_path_creates_the_workspace_and_stores_the_chosen_instrument(
    qtbot, fresh_service, dialogs, make_controller, worker_name
):
    controller = make_controller(fresh_service)
    wizard = _wizard(controller)
    assert wizard.objectName() == "first_start_wizard"
    assert wizard.wizardStyle() == FirstStartWizard.WizardStyle.ModernStyle
    assert controller.unlock_dialog is None
    assert "versleuteld" in " ".join(label.text() for label in wizard.welcome_page.findChildren(QLabel))

    _fill_identity(qtbot, wizard, worker_name, "Wijkteam Zuid")
    commit = _button(wizard, "commit_button")
    assert commit.isVisible() and commit.text().replace("&", "") == "Volgende"
    assert not commit.isEnabled()
    _type_passphrase(qtbot, wizard, STRONG_PASSPHRASE, STRONG_PASSPHRASE)
    assert commit.isEnabled()
    assert _no_workspace_files(fresh_service), "nothing is written before Volgende on the passphrase page"

    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    assert wizard.passphrase_page.creating and not commit.isEnabled(), "no second click while it is made"
    assert not _button(wizard, "cancel_button").isEnabled()
    _wait_created(qtbot, wizard)

    assert fresh_service.exists() and fresh_service.unlocked
    assert wizard.currentId() == PageId.RECOVERY_KEY
    key_label = child(wizard, QLabel, "recovery_key_label")
    key = key_label.text()
    assert re.match(RECOVERY_KEY_PATTERN, key)
    assert key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert key_label.font().styleHint() == key_label.font().StyleHint.Monospace
    assert child(wizard, QLineEdit, "passphrase_field").text() == ""
    assert child(wizard, QLineEdit, "passphrase_repeat_field").text() == ""

    qtbot.mouseClick(child(wizard, QCheckBox, "saved_checkbox"), Qt.MouseButton.LeftButton)
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.INSTRUMENT
    default = child(wizard, QRadioButton, "instrument_zrm-2017")
    assert default.isChecked(), "ZRM 2017 is the default"
    regional = child(wizard, QRadioButton, "instrument_zrm-regio-10")
    qtbot.mouseClick(regional, Qt.MouseButton.LeftButton)
    assert regional.isChecked() and not default.isChecked()
    _click(qtbot, wizard, "next_button")

    assert wizard.currentId() == PageId.DONE
    assert child(wizard, QLabel, "summary_name").text() == worker_name
    assert child(wizard, QLabel, "summary_team").text() == "Wijkteam Zuid"
    assert child(wizard, QLabel, "summary_instrument").text() == regional.accessibleName()
    with fresh_service.unit_of_work() as (session, _actor):
        assert team_instrument(session) == "zrm-regio-10", "saved when the instrument page is left"
    finish = _button(wizard, "finish_button")
    assert finish.isVisible() and finish.text() == "Voltooien"
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    window = controller.main_window
    assert window is not None and window.isVisible()
    assert controller.first_start_wizard is None
    assert child(window, QLabel, "worker_label").text() == worker_name
    assert fresh_service.worker().naam == worker_name
    assert fresh_service.worker().team == "Wijkteam Zuid"
    assert dialogs.criticals == []


def test_an_empty_name_blocks_with_an_inline_dutch_message(qtbot, fresh_service, make_controller):
    wizard = _wizard(make_controller(fresh_service))
    _click(qtbot, wizard, "next_button")
    name = child(wizard, QLineEdit, "name_field")
    error = child(wizard, QLabel, "name_error_label")
    assert not error.isVisible()

    qtbot.keyClicks(name, "   ")
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.IDENTITY
    assert error.isVisible() and "Vul uw naam in" in error.text()
    assert wizard.focusWidget() is name

    qtbot.keyClicks(name, "Test Werker")
    assert not error.isVisible(), "the message goes as soon as there is a name"
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.PASSPHRASE


def test_a_weak_or_mismatched_passphrase_keeps_volgende_disabled(qtbot, fresh_service, make_controller):
    wizard = _wizard(make_controller(fresh_service))
    _fill_identity(qtbot, wizard, "Piet Jansen")
    commit = _button(wizard, "commit_button")
    reasons = child(wizard, QLabel, "strength_reasons")
    assert child(wizard, QLineEdit, "passphrase_field").echoMode() == QLineEdit.EchoMode.Password

    _type_passphrase(qtbot, wizard, "welkom123", "welkom123")
    assert "te kort" in reasons.text()
    assert not commit.isEnabled(), "a weak passphrase must keep Volgende disabled"

    _type_passphrase(qtbot, wizard, "pietjansen-x", "pietjansen-x")
    assert "uw eigen naam" in reasons.text(), "the name from the previous page counts as guessable"
    assert not commit.isEnabled()

    _type_passphrase(qtbot, wizard, STRONG_PASSPHRASE, STRONG_PASSPHRASE[:-1])
    assert "sterk genoeg" in reasons.text()
    assert "niet gelijk" in child(wizard, QLabel, "mismatch_label").text()
    assert not commit.isEnabled()
    qtbot.keyClick(child(wizard, QLineEdit, "passphrase_repeat_field"), Qt.Key.Key_Return)
    _wait_created(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == PageId.PASSPHRASE
    assert not fresh_service.exists(), "neither Enter nor next() creates with a mismatch"

    qtbot.keyClicks(child(wizard, QLineEdit, "passphrase_repeat_field"), STRONG_PASSPHRASE[-1])
    assert child(wizard, QLabel, "mismatch_label").text() == ""
    assert commit.isEnabled()


def test_the_key_page_blocks_until_confirmed_and_prints_through_the_seam(
    qtbot, fresh_service, dialogs, make_controller, worker_name
):
    controller = make_controller(fresh_service)
    wizard = _wizard(controller)
    key = _create(qtbot, wizard, worker_name)
    next_button = _button(wizard, "next_button")
    assert not next_button.isEnabled()
    assert not _button(wizard, "cancel_button").isVisible(), "no cancelling once the workspace exists"

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible(), "Escape must not skip the recovery key"
    wizard.close()
    assert wizard.isVisible(), "closing the window must not skip the recovery key"
    wizard.next()
    assert wizard.currentId() == PageId.RECOVERY_KEY
    assert not controller.finished

    qtbot.mouseClick(_button(wizard, "print_button"), Qt.MouseButton.LeftButton)
    assert len(dialogs.printed) == 1
    title, text = dialogs.printed[0]
    assert title == "Herstelsleutel Regie"
    assert key in text
    assert worker_name not in text, "the worker's name is not printed with the key"

    qtbot.mouseClick(child(wizard, QCheckBox, "saved_checkbox"), Qt.MouseButton.LeftButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(child(wizard, QCheckBox, "saved_checkbox"), Qt.MouseButton.LeftButton)
    assert not next_button.isEnabled(), "unticking blocks again"


def test_cancel_before_creation_asks_nothing_and_writes_nothing(qtbot, fresh_service, dialogs, make_controller):
    controller = make_controller(fresh_service)
    wizard = _wizard(controller)
    _fill_identity(qtbot, wizard, "Test Werker", "Wijkteam Oost")
    _type_passphrase(qtbot, wizard, STRONG_PASSPHRASE, STRONG_PASSPHRASE)
    passphrase = child(wizard, QLineEdit, "passphrase_field")

    with qtbot.waitSignal(controller.sig_finished) as finished:
        _click(qtbot, wizard, "cancel_button")

    assert finished.args == [0]
    assert dialogs.questions == [] and dialogs.criticals == []
    assert not fresh_service.exists()
    assert _no_workspace_files(fresh_service)
    assert controller.first_start_wizard is None and controller.main_window is None
    assert passphrase.text() == "", "the passphrase is wiped on cancel too"


def test_escape_on_the_welcome_page_ends_regie(qtbot, fresh_service, make_controller):
    controller = make_controller(fresh_service)
    wizard = _wizard(controller)
    with qtbot.waitSignal(controller.sig_finished) as finished:
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert finished.args == [0]
    assert not fresh_service.exists()


def test_back_is_impossible_after_creation(qtbot, fresh_service, make_controller, worker_name):
    wizard = _wizard(make_controller(fresh_service))
    _fill_identity(qtbot, wizard, worker_name)
    _click(qtbot, wizard, "back_button")
    assert wizard.currentId() == PageId.IDENTITY, "before creation Vorige works"
    _click(qtbot, wizard, "next_button")
    _type_passphrase(qtbot, wizard, STRONG_PASSPHRASE, STRONG_PASSPHRASE)
    _click(qtbot, wizard, "commit_button")
    _wait_created(qtbot, wizard)
    assert wizard.currentId() == PageId.RECOVERY_KEY

    back = _button(wizard, "back_button")
    assert not back.isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    wizard.back()
    assert wizard.currentId() == PageId.RECOVERY_KEY

    qtbot.mouseClick(child(wizard, QCheckBox, "saved_checkbox"), Qt.MouseButton.LeftButton)
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.INSTRUMENT
    _click(qtbot, wizard, "back_button")
    assert wizard.currentId() == PageId.RECOVERY_KEY, "the key may be looked at again"
    assert not back.isEnabled()
    wizard.back()
    assert wizard.currentId() == PageId.RECOVERY_KEY


def test_fields_and_key_are_wiped_after_finish(qtbot, fresh_service, make_controller, worker_name):
    controller = make_controller(fresh_service)
    wizard = _wizard(controller)
    key = _create(qtbot, wizard, worker_name, "Wijkteam West")
    qtbot.mouseClick(child(wizard, QCheckBox, "saved_checkbox"), Qt.MouseButton.LeftButton)
    _click(qtbot, wizard, "next_button")
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.DONE
    with fresh_service.unit_of_work() as (session, _actor):
        assert team_instrument(session) == "zrm-2017", "leaving the default stores ZRM 2017"
    kept = {
        name: child(wizard, kind, name)
        for kind, name in (
            (QLineEdit, "name_field"),
            (QLineEdit, "team_field"),
            (QLineEdit, "passphrase_field"),
            (QLineEdit, "passphrase_repeat_field"),
            (QLabel, "recovery_key_label"),
            (QLabel, "summary_name"),
            (QLabel, "summary_team"),
        )
    }

    _click(qtbot, wizard, "finish_button")

    assert controller.main_window is not None
    assert {name: widget.text() for name, widget in kept.items()} == dict.fromkeys(kept, "")
    flush_deletes()
    assert widgets_showing(key, visible_only=False) == [], "the recovery key is shown once, then forgotten"
    assert widgets_showing(STRONG_PASSPHRASE, visible_only=False) == []


def test_closing_after_the_key_is_confirmed_ends_regie_with_the_workspace_kept(
    qtbot, fresh_service, make_controller, worker_name
):
    controller = make_controller(fresh_service)
    wizard = _wizard(controller)
    key = _create(qtbot, wizard, worker_name)
    qtbot.mouseClick(child(wizard, QCheckBox, "saved_checkbox"), Qt.MouseButton.LeftButton)
    _click(qtbot, wizard, "next_button")
    with qtbot.waitSignal(controller.sig_finished) as finished:
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert finished.args == [0]
    assert fresh_service.exists()
    flush_deletes()
    assert widgets_showing(key, visible_only=False) == []


def test_an_error_from_the_core_is_shown_inline_and_keeps_the_form(
    qtbot, fresh_service, dialogs, make_controller, worker_name
):
    wizard = _wizard(make_controller(fresh_service))
    _fill_identity(qtbot, wizard, worker_name)
    _type_passphrase(qtbot, wizard, STRONG_PASSPHRASE, STRONG_PASSPHRASE)
    # Something else made the workspace meanwhile: the core refuses to overwrite it.
    fresh_service.create("Iemand Anders", STRONG_PASSPHRASE)
    fresh_service.lock()

    _click(qtbot, wizard, "commit_button")
    _wait_created(qtbot, wizard)

    error = child(wizard, QLabel, "error_label")
    assert error.isVisible()
    assert "Er staat al een werkruimte" in error.text()
    assert wizard.currentId() == PageId.PASSPHRASE
    assert _button(wizard, "cancel_button").isVisible(), "nothing was created: the worker may still cancel"
    assert child(wizard, QLineEdit, "passphrase_field").text() == STRONG_PASSPHRASE
    assert child(wizard, QLineEdit, "passphrase_repeat_field").text() == STRONG_PASSPHRASE
    assert dialogs.criticals == []


def test_a_weak_passphrase_error_shows_its_dutch_message(qtbot, fresh_service, make_controller, monkeypatch):
    wizard = _wizard(make_controller(fresh_service))

    def refuse(*args, **kwargs):
        raise WeakPassphrase("Dit wachtwoord is niet sterk genoeg.")

    monkeypatch.setattr(fresh_service, "create", refuse)
    _fill_identity(qtbot, wizard, "Test Werker")
    _type_passphrase(qtbot, wizard, STRONG_PASSPHRASE, STRONG_PASSPHRASE)
    qtbot.keyClick(child(wizard, QLineEdit, "passphrase_repeat_field"), Qt.Key.Key_Return)
    _wait_created(qtbot, wizard)
    assert child(wizard, QLabel, "error_label").text() == "Dit wachtwoord is niet sterk genoeg."
    assert wizard.currentId() == PageId.PASSPHRASE
    assert _button(wizard, "commit_button").isEnabled(), "the worker can try again"


def _assert_inputs_labelled(dialog: QWidget) -> None:
    labelled = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for field in dialog.findChildren(QLineEdit):
        assert field.objectName(), "every input has an objectName"
        assert field.accessibleName(), f"{field.objectName()} has no accessible name"
        assert field in labelled, f"{field.objectName()} has no label"
    for button in dialog.findChildren(QPushButton):
        assert button.objectName(), f"button {button.text()!r} has no objectName"
    for box in dialog.findChildren(QCheckBox) + dialog.findChildren(QRadioButton):
        assert box.objectName() and box.accessibleName() and box.text()


def test_every_input_of_unlock_and_recover_is_labelled(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock = controller.unlock_dialog
    assert unlock is not None
    _assert_inputs_labelled(unlock)
    qtbot.mouseClick(child(unlock, QPushButton, "forgot_button"), Qt.MouseButton.LeftButton)
    assert unlock.recover_dialog is not None
    _assert_inputs_labelled(unlock.recover_dialog)


def test_every_page_of_the_wizard_is_labelled(qtbot, fresh_service, make_controller, worker_name):
    wizard = _wizard(make_controller(fresh_service))
    _create(qtbot, wizard, worker_name)
    qtbot.mouseClick(child(wizard, QCheckBox, "saved_checkbox"), Qt.MouseButton.LeftButton)
    _click(qtbot, wizard, "next_button")
    assert wizard.findChildren(QRadioButton), "the instruments are listed"
    _assert_inputs_labelled(wizard)
    for name in ("back_button", "next_button", "commit_button", "finish_button", "cancel_button"):
        assert _button(wizard, name).accessibleName()


def test_a_broken_instrument_file_is_explained_and_does_not_trap_the_worker(
    qtbot, fresh_service, make_controller, worker_name, monkeypatch
):
    from regie_desktop.app import catalog
    from regie_desktop.domain.instruments import InstrumentFileError

    def broken():
        raise InstrumentFileError("Het instrumentbestand 'team.json' is onleesbaar.")

    monkeypatch.setattr(catalog, "instruments", broken)
    controller = make_controller(fresh_service)
    wizard = _wizard(controller)
    _create(qtbot, wizard, worker_name)
    qtbot.mouseClick(child(wizard, QCheckBox, "saved_checkbox"), Qt.MouseButton.LeftButton)
    _click(qtbot, wizard, "next_button")

    assert wizard.currentId() == PageId.INSTRUMENT
    assert "onleesbaar" in child(wizard, QLabel, "instrument_error_label").text()
    assert wizard.findChildren(QRadioButton) == []
    _click(qtbot, wizard, "next_button")
    assert child(wizard, QLabel, "summary_instrument").text() == "het standaardinstrument"
    _click(qtbot, wizard, "finish_button")
    assert controller.main_window is not None
    with fresh_service.unit_of_work() as (session, _actor):
        assert team_instrument(session) == catalog.DEFAULT_INSTRUMENT


def test_an_instrument_fixed_by_the_organisation_is_the_only_choice(
    qtbot, fresh_service, make_controller, worker_name, tmp_path, monkeypatch
):
    import json

    from regie_desktop.policy import reset_policy_cache

    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"instrument": "zrm-regio-10"}), encoding="utf-8")
    monkeypatch.setenv("REGIE_POLICY_FILE", str(policy))
    reset_policy_cache()
    wizard = _wizard(make_controller(fresh_service))
    _create(qtbot, wizard, worker_name)
    child(wizard, QCheckBox, "saved_checkbox").setChecked(True)
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.INSTRUMENT
    fixed = child(wizard, QRadioButton, "instrument_zrm-regio-10")
    assert fixed.isChecked() and fixed.isEnabled()
    assert not child(wizard, QRadioButton, "instrument_zrm-2017").isEnabled()
    _click(qtbot, wizard, "next_button")
    assert wizard.currentId() == PageId.DONE, "nothing refused: the fixed instrument is simply confirmed"
