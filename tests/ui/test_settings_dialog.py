"""Instellingen: the policy cap is shown, "Opslaan" writes preferences and instrument, "Annuleren" writes nothing,
and the controller applies a saved result at once (theme, font size, auto-lock interval)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from regie_desktop.app.settings import choose_instrument, team_instrument
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.policy import Policy, load_policy, reset_policy_cache
from regie_desktop.preferences import FILE_NAME, Preferences, Theme, load_preferences, save_preferences
from tests.ui.gui_support import child, flush_deletes, unlock
from ui.auto_lock import MS_PER_MINUTE, AutoLock
from ui.settings_dialog import SettingsDialog

INPUTS = (
    (QSpinBox, "auto_lock_spin"),
    (QComboBox, "theme_combo"),
    (QSpinBox, "font_size_spin"),
    (QComboBox, "instrument_combo"),
)


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Preferences and policy in temporary places: never the developer's own."""
    monkeypatch.setenv("REGIE_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("REGIE_POLICY_FILE", str(tmp_path / "policy.json"))
    return tmp_path / "config"


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    return tmp_path / "policy.json"


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication) -> Iterator[None]:
    """A test that applies a theme must not change how later tests render."""
    style, palette, font, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.font(), qapp.styleSheet()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


def make_dialog(qtbot, service: WorkspaceService, policy: Policy | None = None) -> SettingsDialog:
    dialog = SettingsDialog(service, load_preferences(), policy or load_policy(registry=dict))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, dialog: QWidget, name: str) -> None:
    qtbot.mouseClick(child(dialog, QPushButton, name), Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def current_instrument(service: WorkspaceService) -> str:
    with service.unit_of_work() as (session, _actor):
        return team_instrument(session)


def test_the_dialog_shows_the_saved_preferences_and_the_team_instrument(qtbot, service, config_home):
    save_preferences(Preferences(auto_lock_minutes=12, theme=Theme.HOOG_CONTRAST, font_size_pt=13))
    dialog = make_dialog(qtbot, service)
    assert dialog.objectName() == "settings_dialog"
    assert child(dialog, QSpinBox, "auto_lock_spin").value() == 12
    assert child(dialog, QComboBox, "theme_combo").currentData() == "hoog_contrast"
    assert child(dialog, QSpinBox, "font_size_spin").value() == 13
    assert child(dialog, QComboBox, "instrument_combo").currentData() == "zrm-2017"
    assert not child(dialog, QLabel, "auto_lock_cap_label").isVisible()
    assert child(dialog, QSpinBox, "auto_lock_spin").maximum() == 60


def test_every_field_has_a_label_and_an_accessible_name(qtbot, service):
    dialog = make_dialog(qtbot, service)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for kind, name in INPUTS:
        field = child(dialog, kind, name)
        assert field.accessibleName(), name
        assert field in buddies, f"{name} has no label"


def test_the_policy_cap_limits_the_spin_box_and_is_explained(qtbot, service, policy_file):
    save_preferences(Preferences(auto_lock_minutes=30))
    policy_file.write_text(json.dumps({"max_auto_lock_minutes": 10}), encoding="utf-8")
    dialog = make_dialog(qtbot, service)
    spin = child(dialog, QSpinBox, "auto_lock_spin")
    assert (spin.maximum(), spin.value()) == (10, 10)
    cap = child(dialog, QLabel, "auto_lock_cap_label")
    assert cap.isVisible()
    assert cap.text() == "Vastgelegd door uw organisatie: maximaal 10 minuten"
    spin.setValue(45)
    assert spin.value() == 10


def test_policy_warnings_are_shown_in_the_dialog(qtbot, service, policy_file):
    policy_file.write_text(json.dumps({"max_auto_lock_minutes": "nooit"}), encoding="utf-8")
    dialog = make_dialog(qtbot, service)
    warning = child(dialog, QLabel, "policy_warnings_label")
    assert warning.isVisible() and "'max_auto_lock_minutes'" in warning.text()
    assert child(dialog, QSpinBox, "auto_lock_spin").maximum() == 60, "a bad cap is no cap"


def test_a_policy_instrument_is_shown_disabled_and_saving_keeps_it(qtbot, service, policy_file):
    with service.unit_of_work() as (session, actor):
        choose_instrument(session, actor, "positieve-gezondheid")  # the team's own choice, overruled below
    policy_file.write_text(json.dumps({"instrument": "zrm-regio-10"}), encoding="utf-8")
    reset_policy_cache()  # IT's policy arrives; Regie restarts
    dialog = make_dialog(qtbot, service)
    combo = child(dialog, QComboBox, "instrument_combo")
    assert combo.currentData() == "zrm-regio-10"
    assert not combo.isEnabled()
    note = child(dialog, QLabel, "instrument_locked_label")
    assert note.isVisible() and note.text() == "Vastgelegd door uw organisatie"
    assert not dialog.findChildren(QGroupBox, "organisation_group"), "nothing about the organisation was set"
    child(dialog, QSpinBox, "auto_lock_spin").setValue(7)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(qtbot, dialog, "save_button")
    assert load_preferences().auto_lock_minutes == 7
    assert current_instrument(service) == "zrm-regio-10"


def test_without_policy_instrument_the_combo_is_free(qtbot, service):
    dialog = make_dialog(qtbot, service)
    assert child(dialog, QComboBox, "instrument_combo").isEnabled()
    assert not child(dialog, QLabel, "instrument_locked_label").isVisible()


def test_an_unknown_policy_instrument_is_a_warning_and_the_team_chooses(qtbot, service, policy_file):
    policy_file.write_text(json.dumps({"instrument": "zrm-tikfout"}), encoding="utf-8")
    dialog = make_dialog(qtbot, service)
    assert child(dialog, QComboBox, "instrument_combo").isEnabled()
    warning = child(dialog, QLabel, "policy_warnings_label")
    assert warning.isVisible() and "'zrm-tikfout'" in warning.text()


def test_the_organisation_section_shows_what_it_set_read_only(qtbot, service, policy_file, tmp_path):
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    policy_file.write_text(
        json.dumps(
            {
                "gemeente": "Gemeente Voorbeeld",
                "team": "Wijkteam Noord",
                "werkgebied": "3611, 3500-3599",
                "logo_file": "logo.png",
            }
        ),
        encoding="utf-8",
    )
    dialog = make_dialog(qtbot, service)
    group = child(dialog, QGroupBox, "organisation_group")
    assert group.isVisible() and group.title() == "Organisatie"
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    expected = {
        "gemeente_field": "Gemeente Voorbeeld",
        "policy_team_field": "Wijkteam Noord",
        "policy_werkgebied_field": "3500-3599, 3611",
        "logo_file_field": str(tmp_path / "logo.png"),
    }
    for name, value in expected.items():
        field = child(dialog, QLineEdit, name)
        assert (field.text(), field.isReadOnly()) == (value, True), name
        assert field.accessibleName() and field in buddies, name
    assert child(dialog, QLabel, "organisation_note_label").text() == "Vastgelegd door uw organisatie"


def test_a_missing_logo_is_left_out_and_warned_about(qtbot, service, policy_file, tmp_path):
    policy_file.write_text(json.dumps({"gemeente": "Gemeente Voorbeeld", "logo_file": "weg.svg"}), encoding="utf-8")
    dialog = make_dialog(qtbot, service)
    assert child(dialog, QLineEdit, "gemeente_field").text() == "Gemeente Voorbeeld"
    assert not dialog.findChildren(QLineEdit, "logo_file_field")
    assert "weg.svg" in child(dialog, QLabel, "policy_warnings_label").text()


def test_save_writes_the_preferences_and_the_instrument(qtbot, service, config_home):
    dialog = make_dialog(qtbot, service)
    child(dialog, QSpinBox, "auto_lock_spin").setValue(15)
    choose(child(dialog, QComboBox, "theme_combo"), "hoog_contrast")
    child(dialog, QSpinBox, "font_size_spin").setValue(16)
    choose(child(dialog, QComboBox, "instrument_combo"), "zrm-regio-10")
    choose(child(dialog, QComboBox, "language_combo"), "en")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(qtbot, dialog, "save_button")
    expected = Preferences(auto_lock_minutes=15, theme=Theme.HOOG_CONTRAST, font_size_pt=16, language="en")
    assert dialog.preferences == expected
    assert load_preferences() == expected
    stored = json.loads((config_home / FILE_NAME).read_text(encoding="utf-8"))
    assert stored["version"] == 1
    assert set(stored) == {"version", "auto_lock_minutes", "theme", "font_size_pt", "language"}
    assert current_instrument(service) == "zrm-regio-10"


def test_cancel_discards_every_change(qtbot, service, config_home):
    dialog = make_dialog(qtbot, service)
    child(dialog, QSpinBox, "auto_lock_spin").setValue(42)
    choose(child(dialog, QComboBox, "theme_combo"), "hoog_contrast")
    choose(child(dialog, QComboBox, "instrument_combo"), "positieve-gezondheid")
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        click(qtbot, dialog, "cancel_button")
    assert not config_home.exists()
    assert load_preferences() == Preferences()
    assert dialog.preferences == Preferences()
    assert current_instrument(service) == "zrm-2017"


def test_a_failed_save_says_so_in_dutch_and_keeps_the_dialog_open(qtbot, service, tmp_path, monkeypatch):
    blocker = tmp_path / "geen-map"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("REGIE_CONFIG_HOME", str(blocker / "sub"))
    dialog = make_dialog(qtbot, service)
    child(dialog, QSpinBox, "auto_lock_spin").setValue(20)
    click(qtbot, dialog, "save_button")
    assert dialog.isVisible()
    error = child(dialog, QLabel, "settings_error_label")
    assert error.isVisible() and "niet worden opgeslagen" in error.text()
    assert dialog.preferences == Preferences()


def test_auto_lock_takes_a_new_interval_while_counting(qtbot):
    lock = AutoLock(10 * MS_PER_MINUTE)
    lock.start()
    try:
        lock.set_timeout_ms(150)
        assert lock.timeout_ms == 150 and lock.active
        with qtbot.waitSignal(lock.sig_timeout, timeout=2000):
            pass
    finally:
        lock.stop()


# --- through the controller: the menu action, applying and auto-lock --------------------------------------
def open_settings(qtbot, controller) -> SettingsDialog:
    window = controller.main_window
    assert window is not None
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog, "settings_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=1000)
    return dialog


def test_ctrl_comma_opens_the_dialog_over_the_main_window(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert "Ctrl+," in [s.toString() for s in window.settings_action.shortcuts()]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog, "settings_dialog") is not None, timeout=1000)
    dialog = window.findChild(SettingsDialog, "settings_dialog")
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    window.settings_action.trigger()  # a second request brings the same dialog forward
    assert len(window.findChildren(SettingsDialog)) == 1


def test_saving_applies_theme_font_and_the_new_auto_lock_interval(qtbot, qapp, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock(qtbot, controller)
    assert controller.auto_lock.timeout_ms == 5 * MS_PER_MINUTE
    dialog = open_settings(qtbot, controller)
    child(dialog, QSpinBox, "auto_lock_spin").setValue(2)
    choose(child(dialog, QComboBox, "theme_combo"), "hoog_contrast")
    child(dialog, QSpinBox, "font_size_spin").setValue(14)
    click(qtbot, dialog, "save_button")
    assert controller.auto_lock.timeout_ms == 2 * MS_PER_MINUTE
    assert controller.auto_lock.active, "still counting, now with the new interval"
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert qapp.font().pointSize() == 14
    assert "border-width: 3px" in qapp.styleSheet(), "thick focus outlines"
    flush_deletes()
    assert controller.main_window.findChildren(SettingsDialog) == []


def test_the_policy_cap_wins_over_a_longer_saved_time(qtbot, created, make_controller, policy_file):
    policy_file.write_text(json.dumps({"max_auto_lock_minutes": 3}), encoding="utf-8")
    save_preferences(Preferences(auto_lock_minutes=30))
    controller = make_controller(created.service)
    controller.start()
    unlock(qtbot, controller)
    dialog = open_settings(qtbot, controller)
    choose(child(dialog, QComboBox, "theme_combo"), "licht")
    click(qtbot, dialog, "save_button")
    assert controller.auto_lock.timeout_ms == 3 * MS_PER_MINUTE
    assert load_preferences().auto_lock_minutes == 3


def test_cancel_through_the_controller_applies_nothing(qtbot, qapp, created, make_controller, config_home):
    controller = make_controller(created.service)
    controller.start()
    unlock(qtbot, controller)
    before = (controller.auto_lock.timeout_ms, qapp.font().pointSize(), qapp.styleSheet())
    dialog = open_settings(qtbot, controller)
    child(dialog, QSpinBox, "auto_lock_spin").setValue(1)
    choose(child(dialog, QComboBox, "theme_combo"), "hoog_contrast")
    child(dialog, QSpinBox, "font_size_spin").setValue(20)
    click(qtbot, dialog, "cancel_button")
    assert (controller.auto_lock.timeout_ms, qapp.font().pointSize(), qapp.styleSheet()) == before
    assert not config_home.exists()


def test_locking_with_the_dialog_open_removes_it(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock(qtbot, controller)
    open_settings(qtbot, controller)
    controller.lock()
    flush_deletes()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)] == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [controller.unlock_dialog]
    unlock(qtbot, controller)
    dialog = open_settings(qtbot, controller)  # the controller forgot the old dialog: a new one opens
    assert dialog.isVisible()


# --- at start-up ----------------------------------------------------------------------------------------
def test_start_up_applies_the_saved_look_and_the_capped_auto_lock(qapp, tmp_path, policy_file, monkeypatch):
    import ui.main
    from tests.ui.gui_support import FakeDialogs

    save_preferences(Preferences(auto_lock_minutes=30, theme=Theme.HOOG_CONTRAST, font_size_pt=12))
    policy_file.write_text(json.dumps({"max_auto_lock_minutes": 7, "central_url": "geen-adres"}), encoding="utf-8")
    shown = FakeDialogs()
    started: list[int] = []
    monkeypatch.setenv("REGIE_HOME", str(tmp_path / "werkruimte"))
    monkeypatch.setattr(ui.main, "DialogSeam", lambda: shown)
    monkeypatch.setattr(ui.main, "run", lambda app, service, dialogs, auto_lock_ms: started.append(auto_lock_ms) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert ui.main.main() == 0
    assert started == [7 * MS_PER_MINUTE]
    assert qapp.font().pointSize() == 12
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert len(shown.informations) == 1 and "'central_url'" in shown.informations[0][1], "told once, in Dutch"
