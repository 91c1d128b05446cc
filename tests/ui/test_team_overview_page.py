"""The Teamoverzicht page: in the navigation (Ctrl+7), read when shown, scope and period, the chart, exports
through the dialog seam with QSaveFile and the access log, and nothing left on screen after a lock."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget
from sqlalchemy import select

from regie_desktop.app.team_overview_export import ACTIONS, ENTITY
from regie_desktop.store.models import AccessLog
from tests.ui.gui_support import child, open_page, unlock
from ui.pages.team_overview_page import TeamOverviewPage
from ui.widgets.zrm_change_chart import ZrmChangeChart


def _start(qtbot, demo, make_controller):
    controller = make_controller(demo)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    return controller, window


def _cells(table: QTableWidget, column: int = 1) -> dict[str, str]:
    return {table.item(r, 0).text(): table.item(r, column).text() for r in range(table.rowCount())}


def test_the_page_opens_by_ctrl_7_shows_protected_figures_and_follows_the_scope(qtbot, demo, make_controller):
    _controller, window = _start(qtbot, demo, make_controller)
    page = child(window, TeamOverviewPage, "team_overview_page")
    assert page.report is None  # not read at unlock
    (jump,) = [a for a in window.findChildren(QAction) if a.objectName() == "goto_team_overview_page_action"]
    assert jump.shortcut() == QKeySequence("Ctrl+7")
    jump.trigger()
    assert window.current_page is page and page.report is not None

    fases = child(page, QTableWidget, "team_table_fases")
    shown = _cells(fases)
    assert set(shown) >= {"Aanmelding", "Wachtlijst", "Traject", "Afgesloten", "Totaal"}
    every_cell = [
        child(page, QTableWidget, f"team_table_{t.key}").item(r, c).text()
        for t in page.report.tables
        for r in range(len(t.rows))
        for c in range(1, len(t.columns))
    ]
    assert every_cell and not any(text in {"1", "2", "3", "4"} for text in every_cell)
    assert child(page, QTableWidget, "team_table_zrm").rowCount() > 0
    chart = child(page, ZrmChangeChart, "zrm_change_chart")
    assert chart.view.accessibleName()

    scope = child(page, QComboBox, "team_scope_combo")
    assert scope.accessibleName() and scope.currentText() == "Het team"
    scope.setCurrentIndex(0)  # mijn casussen: every demo casus is the worker's own, so the figures stay
    assert page.report is not None and page.report.scope_label == "Mijn casussen"
    assert _cells(fases) == shown

    page.tot_edit.setDate(QDate(2000, 1, 1))  # a period long before any aanmelding
    page.van_edit.setDate(QDate(2000, 1, 1))
    assert _cells(fases)["Totaal"] == "0"


def test_exports_go_through_the_seam_into_the_access_log(qtbot, demo, make_controller, dialogs, tmp_path):
    _controller, window = _start(qtbot, demo, make_controller)
    open_page(qtbot, window, "Teamoverzicht")
    page = child(window, TeamOverviewPage, "team_overview_page")
    csv_button = child(page, QPushButton, "team_export_csv_button")
    pdf_button = child(page, QPushButton, "team_export_pdf_button")
    assert csv_button.isEnabled() and csv_button.accessibleName()

    dialogs.save_answer = None  # cancelled: nothing written, nothing logged
    qtbot.mouseClick(csv_button, Qt.MouseButton.LeftButton)
    dialogs.save_answer = tmp_path / "overzicht.csv"
    qtbot.mouseClick(csv_button, Qt.MouseButton.LeftButton)
    dialogs.save_answer = tmp_path / "overzicht.pdf"
    qtbot.mouseClick(pdf_button, Qt.MouseButton.LeftButton)

    assert next(name for _title, name, _filter in dialogs.save_requests).startswith("teamoverzicht-")
    data = (tmp_path / "overzicht.csv").read_bytes()
    assert data.startswith("\ufeff".encode()) and b"Casussen per fase" in data
    assert (tmp_path / "overzicht.pdf").read_bytes().startswith(b"%PDF-")
    assert dialogs.criticals == []
    with demo.unit_of_work() as (session, _):
        logged = session.execute(select(AccessLog.action, AccessLog.entity).where(AccessLog.entity == ENTITY)).all()
    assert sorted(logged) == sorted([(ACTIONS["csv"], ENTITY), (ACTIONS["pdf"], ENTITY)])


def test_locking_empties_the_page(qtbot, demo, make_controller):
    _controller, window = _start(qtbot, demo, make_controller)
    open_page(qtbot, window, "Teamoverzicht")
    page = child(window, TeamOverviewPage, "team_overview_page")
    assert child(page, QTableWidget, "team_table_fases").rowCount() > 0
    chart = child(page, ZrmChangeChart, "zrm_change_chart")
    assert page.report is not None and page.report.zrm_chart
    # 20 households: most averages are suppressed; the bars are exactly the ones the report may show
    assert chart.bar_labels() == [b.label for b in page.report.zrm_chart if b.value is not None]
    assert chart.left_out.text() or chart.bar_labels()
    window.clear_views()  # what locking does before the window goes
    assert page.report is None
    assert all(t.rowCount() == 0 for t in page.findChildren(QTableWidget))
    assert not child(page, QPushButton, "team_export_pdf_button").isEnabled()
    assert chart.bar_labels() == [] and chart.left_out.text() == ""
