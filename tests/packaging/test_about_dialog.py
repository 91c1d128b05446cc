"""Help → Over Regie…: version, workspace, licences, the Zelftest button, and the Qt half of the self-test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QTableWidget

from regie_desktop import __version__
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.selftest import Status
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.ui.gui_support import STRONG_PASSPHRASE, FakeDialogs, child, flush_deletes, unlock
from ui.about_dialog import AboutDialog
from ui.controller import AppController, build_app_flow
from ui.self_test import DUTCH_CHARACTERS, gui_self_test, minimal_pdf, qt_check_lines, qt_checks

WORKER = "Femke de Vries-Ĳzerman"


@pytest.fixture
def dialog(qtbot, home: Path) -> AboutDialog:
    about = AboutDialog(home)
    qtbot.addWidget(about)
    about.show()
    return about


def _licence_rows(about: AboutDialog) -> dict[str, tuple[str, str]]:
    table = child(about, QTableWidget, "about_licences")
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())
    }


def test_the_dialog_shows_version_workspace_and_licences(dialog: AboutDialog, home: Path) -> None:
    assert dialog.objectName() == "about_dialog"
    assert dialog.windowTitle() == "Over Regie"
    assert child(dialog, QLabel, "about_version").text() == f"Versie {__version__}"
    assert child(dialog, QLabel, "about_workspace_path").text() == str(home)
    assert child(dialog, QLabel, "about_regie_licence").text() == "EUPL-1.2"
    rows = _licence_rows(dialog)
    assert "LGPL-3.0-only" in rows["Qt (PySide6 Essentials)"][1]
    assert rows["SQLCipher"][0].startswith("4.") and "BSD" in rows["SQLCipher"][1]
    assert rows["Python"][1] == "PSF-2.0"
    assert "BSD" in rows["ReportLab"][1]
    assert rows["cryptography"][1] == "Apache-2.0 OR BSD-3-Clause"
    assert "LGPL" in child(dialog, QLabel, "about_lgpl_note").text()


def test_every_control_has_an_object_and_accessible_name(dialog: AboutDialog) -> None:
    for kind, name in (
        (QPushButton, "about_self_test_button"),
        (QPushButton, "about_copy_report_button"),
        (QPlainTextEdit, "about_self_test_report"),
        (QTableWidget, "about_licences"),
        (QLabel, "about_workspace_path"),
    ):
        assert child(dialog, kind, name).accessibleName()
    assert child(dialog, QPushButton, "about_close_button").text() == "Sluiten"


def test_zelftest_shows_the_whole_report_and_copies_it(qtbot, dialog: AboutDialog) -> None:
    report_view = child(dialog, QPlainTextEdit, "about_self_test_report")
    copy = child(dialog, QPushButton, "about_copy_report_button")
    assert not report_view.isVisible() and not copy.isEnabled()
    qtbot.mouseClick(child(dialog, QPushButton, "about_self_test_button"), qtbot_left())
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
    text = report_view.toPlainText()
    assert report_view.isVisible() and copy.isEnabled()
    for line in (
        "[OK] SQLCipher: versie 4.",
        "[OK] Werkmap:",
        "[OK] Qt-platform: Qt 6.",
        "[OK] Lettertypen:",
        "[OK] SVG (pictogrammen):",
        "[OK] PDF-weergave:",
        "Resultaat: alles in orde.",
    ):
        assert line in text
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(copy, qtbot_left())
    assert QGuiApplication.clipboard().text() == text


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_qt_checks_pass_offscreen(qapp: QApplication) -> None:
    checks = qt_checks()
    names = ["Qt-platform", "Lettertypen", "SVG (pictogrammen)", "PDF-weergave", "Grafieken (ZRM)"]
    assert [c.name for c in checks] == names
    assert all(c.status is Status.OK for c in checks), [c.line() for c in checks]
    assert "platform-plugin 'offscreen'" in checks[0].detail
    assert DUTCH_CHARACTERS in checks[1].detail
    assert qt_check_lines() == [c.line() for c in qt_checks()]


def test_the_test_pdf_is_a_real_one_page_document(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "test.pdf"
    path.write_bytes(minimal_pdf())
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    assert document.pagePointSize(0).width() == 200


def test_gui_self_test_combines_core_and_qt_checks(qapp: QApplication, home: Path) -> None:
    report = gui_self_test(home)
    names = [c.name for c in report.checks]
    assert names[:2] == ["SQLCipher", "Werkmap"] and names[-1] == "Grafieken (ZRM)"
    assert report.exit_code == 0


# --- through the main window and the controller -------------------------------------------------------


@pytest.fixture
def unlocked_controller(qtbot, home: Path) -> Iterator[AppController]:
    service = WorkspaceService(home=home, kdf=MINIMUM_KDF)  # the cheapest unlock: this test is not about the KDF
    service.create(WORKER, STRONG_PASSPHRASE, team="Wijkteam Oost")
    service.lock()
    controller = build_app_flow(service, FakeDialogs())
    assert controller.start() is None
    unlock(qtbot, controller)
    assert controller.main_window is not None
    yield controller
    controller.shutdown()
    flush_deletes()
    service.close()


def test_help_menu_opens_one_about_dialog_over_the_main_window(qtbot, unlocked_controller: AppController) -> None:
    window = unlocked_controller.main_window
    assert window is not None
    help_menu = [a for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "help_menu"]
    assert len(help_menu) == 1 and help_menu[0].text() == "&Help"
    assert window.about_action in help_menu[0].menu().actions()
    assert window.about_action.text() == "Over Regie…"
    with qtbot.waitSignal(window.sig_about_requested, timeout=1000):
        window.about_action.trigger()
    about = child(window, AboutDialog, "about_dialog")
    assert about.isVisible()
    window.about_action.trigger()  # a second request brings the same dialog forward
    assert len(window.findChildren(AboutDialog)) == 1


def test_the_about_dialog_and_its_report_name_no_worker(qtbot, unlocked_controller: AppController, home: Path) -> None:
    window = unlocked_controller.main_window
    assert window is not None
    window.about_action.trigger()
    about = child(window, AboutDialog, "about_dialog")
    assert child(about, QLabel, "about_workspace_path").text() == str(home)
    qtbot.mouseClick(child(about, QPushButton, "about_self_test_button"), qtbot_left())
    qtbot.waitUntil(lambda: about.report is not None, timeout=15_000)
    text = child(about, QPlainTextEdit, "about_self_test_report").toPlainText()
    assert "werkruimte aanwezig" in text
    assert WORKER not in text and "Wijkteam Oost" not in text


def test_locking_removes_the_about_dialog(qtbot, unlocked_controller: AppController) -> None:
    window = unlocked_controller.main_window
    assert window is not None
    window.about_action.trigger()
    unlocked_controller.lock()
    flush_deletes()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()]


def test_regie_gui_self_test_prints_the_qt_checks_and_exits_zero(qapp, tmp_path, monkeypatch, capsys) -> None:
    import ui.main

    monkeypatch.setenv("REGIE_HOME", str(tmp_path / "werkruimte"))
    monkeypatch.setattr(ui.main.sys, "argv", ["regie-gui", "--self-test"])
    assert ui.main.main() == 0
    out = capsys.readouterr().out
    assert "[OK] Grafieken (ZRM):" in out and "[OK] PDF-weergave:" in out
    assert not (tmp_path / "werkruimte" / "regie.db").exists(), "a self-test never creates a workspace"
