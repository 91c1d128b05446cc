"""Sync in the window (pytest-qt, offscreen): status bar, "Nu synchroniseren", the periodic sync, enrolment in
the settings dialog, the Conflicten page and the revocation wipe, against the real central server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from regie_desktop.app import gesprek as gesprek_app
from regie_desktop.app.sync import sync_now
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.central import admin
from regie_desktop.store.keyfile import MINIMUM_KDF
from regie_desktop.store.models import SyncState
from tests.app.factories import TODAY, new_dossier
from tests.central.support import add_worker, issue_code
from tests.conftest import PASSPHRASE
from tests.sync.support import enrol_workspace
from tests.ui.gui_support import STRONG_PASSPHRASE, child, open_page, unlock
from ui.settings_dialog import SettingsDialog


def _window(qtbot, created, make_controller):
    controller = make_controller(created.service)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    return controller, window


def _label(window) -> QLabel:
    return child(window, QLabel, "sync_state_label")


def test_enrol_in_the_settings_then_the_status_bar_shows_the_sync(
    qtbot, created, make_controller, central_url: str, central_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _controller, window = _window(qtbot, created, make_controller)
    assert _label(window).text() == "Niet gekoppeld"
    assert not window.sync.sync_now_action.isEnabled()

    from regie_desktop.policy import current_policy
    from regie_desktop.preferences import load_preferences

    dialog = SettingsDialog(created.service, load_preferences(), current_policy(), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Niet gekoppeld" in child(dialog, QLabel, "sync_enrolled_label").text()
    child(dialog, QLineEdit, "enrol_server_field").setText(central_url)
    child(dialog, QLineEdit, "enrol_code_field").setText("BESTAAT-NIET")
    child(dialog, QPushButton, "enrol_button").click()
    error = child(dialog, QLabel, "enrol_error_label")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10_000)
    assert "onbekend" in error.text()

    code = issue_code(central_engine, add_worker(central_engine, "Team Noord", created.worker_name))
    child(dialog, QLineEdit, "enrol_code_field").setText(code)
    child(dialog, QPushButton, "enrol_button").click()
    state = child(dialog, QLabel, "sync_enrolled_label")
    qtbot.waitUntil(lambda: state.text().startswith("Gekoppeld met"), timeout=10_000)
    assert "Team Noord" in state.text()
    qtbot.waitUntil(lambda: _label(window).text().startswith("Gesynchroniseerd"), timeout=10_000)
    assert window.sync.sync_now_action.isEnabled()
    assert "Team Noord" in _label(window).toolTip()


@pytest.fixture
def enrolled(created, central_url: str, central_engine: Engine):
    created.service.unlock(STRONG_PASSPHRASE)
    enrol_workspace(created.service, central_url, central_engine, "Team Noord", created.worker_name)
    dossier = new_dossier(created.service)
    created.service.lock()
    return dossier


def test_sync_now_errors_in_dutch_and_the_periodic_sync(
    qtbot, created, enrolled, make_controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REGIE_SYNC_INTERVAL_S", "1")
    _controller, window = _window(qtbot, created, make_controller)
    assert window.sync.timer.isActive() and window.sync.timer.interval() == 1000
    qtbot.waitUntil(lambda: _label(window).text().startswith("Gesynchroniseerd"), timeout=10_000)  # by the timer

    with created.service.unit_of_work() as (session, _actor):
        session.get(SyncState, 1).server_url = "http://127.0.0.1:9"  # type: ignore[union-attr]
    window.sync.timer.stop()
    window.sync.sync_now_action.trigger()
    qtbot.waitUntil(lambda: _label(window).text() == "Niet gesynchroniseerd", timeout=10_000)
    assert "niet bereikbaar" in _label(window).toolTip()
    assert "niet bereikbaar" in window.statusBar().currentMessage()


def test_the_conflicten_page_shows_both_values_and_resolves(
    qtbot, created, enrolled, make_controller, tmp_path: Path, central_url: str, central_engine: Engine
) -> None:
    other = WorkspaceService(home=tmp_path / "collega", kdf=MINIMUM_KDF)
    other.create("Bram de Vries", PASSPHRASE)
    try:
        enrol_workspace(other, central_url, central_engine, "Team Noord", "Bram de Vries")
        created.service.unlock(STRONG_PASSPHRASE)
        sync_now(created.service)
        sync_now(other)
        for service, text in ((created.service, "Eerste versie"), (other, "Tweede versie")):
            with service.unit_of_work() as (session, actor):
                gesprek_app.update_gesprek(session, actor, enrolled.casus_id, TODAY, veiligheid=text)
        sync_now(created.service)
        sync_now(other)
        created.service.lock()  # the conflict reaches this laptop with the window's own first sync

        _controller, window = _window(qtbot, created, make_controller)
        window.sync.sync_now_action.trigger()
        qtbot.waitUntil(lambda: "1 conflict" in _label(window).text(), timeout=10_000)
        open_page(qtbot, window, "Conflicten")
        page = window.current_page
        assert page.objectName() == "conflicts_page"
        table = child(page, QTableView, "conflicts_table")
        assert table.model().rowCount() == 1
        detail = child(page, QLabel, "conflict_detail").text()
        assert "Eerste versie" in detail and "Tweede versie" in detail
        # Which dossier: the household as this laptop knows it, its casus and the field in Dutch (#8).
        dossier = table.model().index(0, 0).data()
        assert dossier.startswith("Fatima Jansen") and "casus aangemeld 04-05-2026" in dossier
        assert dossier in detail and "Gesprek, veiligheid" in detail
        assert created.worker_name in detail and "Bram de Vries" in detail
        child(page, QPushButton, "keep_earlier_button").click()
        assert table.model().rowCount() == 0
        assert child(page, QLabel, "conflicts_empty_label").isVisible()
        with created.service.unit_of_work() as (session, _actor):
            assert gesprek_app.load_gesprek(session, _actor, enrolled.casus_id).velden.veiligheid == "Eerste versie"
    finally:
        other.close()


def test_a_revoked_device_is_wiped_and_the_window_says_why(
    qtbot, created, enrolled, make_controller, dialogs, central_engine: Engine
) -> None:
    controller, window = _window(qtbot, created, make_controller)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    with created.service.unit_of_work() as (session, _actor):
        device_id = session.get(SyncState, 1).device_id  # type: ignore[union-attr]
    with Session(central_engine) as session, session.begin():
        admin.revoke_device(session, device_id)
    home = created.service.home
    window.sync.sync_now_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.criticals), timeout=10_000)
    assert "ingetrokken" in dialogs.criticals[-1][1] and "gewist" in dialogs.criticals[-1][1]
    assert not home.exists() or not any(home.iterdir())
    qtbot.waitUntil(lambda: controller.main_window is None, timeout=5_000)
