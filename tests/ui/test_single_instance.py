"""A second Regie on the same workspace is refused with a Dutch message, not a traceback."""

from __future__ import annotations

import sys

import pytest

import ui.main
from regie_desktop.errors import AlreadyRunning
from tests.ui.gui_support import FakeDialogs, make_service


def test_a_second_service_on_the_same_folder_is_refused(created, home):
    created.service.acquire()
    second = make_service(home)
    with pytest.raises(AlreadyRunning) as refused:
        second.acquire()
    assert refused.value.exit_code == 6
    assert "al geopend" in refused.value.message


def test_run_shows_already_running_through_the_seam_and_exits_with_6(qapp, created, home, dialogs):
    created.service.acquire()
    second = make_service(home)
    assert ui.main.run(qapp, second, dialogs) == 6
    assert len(dialogs.criticals) == 1
    assert "al geopend" in dialogs.criticals[0][1]


def test_main_uses_regie_home_and_exits_with_6_when_already_running(qapp, created, home, monkeypatch):
    created.service.acquire()
    shown = FakeDialogs()
    monkeypatch.setenv("REGIE_HOME", str(home))
    monkeypatch.setattr(ui.main, "DialogSeam", lambda: shown)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert ui.main.main() == 6
    assert [title for title, _ in shown.criticals] == ["Regie kan niet starten"]
    assert "al geopend" in shown.criticals[0][1]
    assert qapp.applicationName() == "Regie"
    assert qapp.organizationName() == "Regie"
