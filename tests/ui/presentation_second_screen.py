"""Run by test_presentation_mode.py in a process of its own, on the offscreen platform with two virtual screens
(``QT_QPA_PLATFORM=offscreen:configfile=…``): the projector full screen on the second, the panel on the first.

Not collected on its own (the name does not start with ``test_``); run directly it skips without the screens.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QGuiApplication

from tests.app.presentatie_support import tempting_dossier
from tests.ui.gui_support import STRONG_PASSPHRASE, open_page, unlock

pytestmark = pytest.mark.skipif(
    os.environ.get("REGIE_SECOND_SCREEN_TEST") != "1", reason="needs the two-screen offscreen platform (see caller)"
)


def test_there_are_two_screens(qapp) -> None:
    assert [s.name() for s in QGuiApplication.screens()] == ["Laptop", "Projector"]
    assert QGuiApplication.primaryScreen().name() == "Laptop"


def test_projector_full_screen_on_the_second_screen_panel_on_the_laptop(qtbot, created, make_controller) -> None:
    service = created.service
    service.unlock(STRONG_PASSPHRASE)
    tempting = tempting_dossier(service)
    service.lock()
    controller = make_controller(service)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and window.screen().name() == "Laptop"
    open_page(qtbot, window, "Caseload")
    window.start_presentation()
    presentation = window.presentation
    assert presentation is not None and presentation.items[0].casus_id == tempting.casus_id
    projector, panel = presentation.projector, presentation.panel
    qtbot.waitExposed(projector)
    second = next(s for s in QGuiApplication.screens() if s.name() == "Projector")
    assert projector.screen().name() == "Projector"
    assert projector.isFullScreen() and projector.geometry() == second.geometry()
    assert projector.windowFlags() & projector.windowFlags().FramelessWindowHint
    assert panel.isVisible() and panel.screen().name() == "Laptop"
    assert presentation.items[0].label in projector.header.text()
    controller.lock()
    assert not projector.isVisible() and projector.header.text() == ""
