"""The Agenda page (#9): a week of appointments and deadlines, moving weeks, a new appointment, cancelling, and
the .ics export without names in the titles unless asked for."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPushButton, QTimeEdit

from regie_desktop.app.workspace_service import WorkspaceService
from tests.app.factories import new_dossier
from tests.ui.gui_support import FakeDialogs, child, flush_deletes, widgets_showing
from ui.pages.agenda_page import AgendaPage

MONDAY = dt.date(2026, 6, 15)


@pytest.fixture
def agenda(qtbot, service: WorkspaceService, monkeypatch) -> tuple[AgendaPage, FakeDialogs]:
    monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: MONDAY + dt.timedelta(days=1)))
    new_dossier(service, aanmelddatum=dt.date(2026, 5, 4))  # step 1 due Monday 15 June
    dialogs = FakeDialogs()
    page = AgendaPage(service, dialogs)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()  # reads the week when shown
    return page, dialogs


def _texts(listing: QListWidget) -> list[str]:
    return [listing.item(i).text() for i in range(listing.count())]


def test_week_shows_deadlines_and_a_new_appointment(qtbot, agenda, tmp_path) -> None:
    page, dialogs = agenda
    assert page.week is not None and page.week.monday == MONDAY
    assert "Week 25" in child(page, QLabel, "agenda_week_label").text()
    assert any("regiestap 1" in t for t in _texts(page.day_list(MONDAY)))
    child(page, QComboBox, "agenda_casus").setCurrentIndex(0)
    page.findChild(type(page._date), "agenda_date").setDate(QDate(2026, 6, 17))
    child(page, QTimeEdit, "agenda_time").setTime(QTime(10, 15))
    soort = child(page, QComboBox, "agenda_soort")
    soort.setCurrentIndex(soort.findData("huisbezoek"))
    qtbot.keyClicks(child(page, QLineEdit, "agenda_plaats"), "Lindelaan 12a")
    qtbot.mouseClick(child(page, QPushButton, "agenda_add_button"), Qt.MouseButton.LeftButton)
    wednesday = _texts(page.day_list(dt.date(2026, 6, 17)))
    assert wednesday and wednesday[0].startswith("10:15 Huisbezoek — Fatima Jansen (casus ")

    dialogs.save_answer = tmp_path / "agenda.ics"
    qtbot.mouseClick(child(page, QPushButton, "agenda_export_button"), Qt.MouseButton.LeftButton)
    assert dialogs.save_requests[-1][1] == "regie-agenda-2026-06-15.ics"
    ics = (tmp_path / "agenda.ics").read_bytes().decode()
    assert "SUMMARY:Huisbezoek — casus " in ics and "Jansen" not in ics and "Lindelaan" not in ics
    child(page, QCheckBox, "agenda_ics_names").setChecked(True)
    qtbot.mouseClick(child(page, QPushButton, "agenda_export_button"), Qt.MouseButton.LeftButton)
    assert "Huisbezoek — Fatima Jansen" in (tmp_path / "agenda.ics").read_bytes().decode()

    listing = page.day_list(dt.date(2026, 6, 17))
    listing.setCurrentRow(0)
    listing.setFocus()
    qtbot.mouseClick(child(page, QPushButton, "agenda_cancel_button"), Qt.MouseButton.LeftButton)
    assert not any("Huisbezoek" in t for t in _texts(page.day_list(dt.date(2026, 6, 17))))

    qtbot.mouseClick(child(page, QPushButton, "agenda_next"), Qt.MouseButton.LeftButton)
    assert page.week.monday == dt.date(2026, 6, 22)
    qtbot.mouseClick(child(page, QPushButton, "agenda_today"), Qt.MouseButton.LeftButton)
    assert page.week.monday == MONDAY
    page.clear()
    flush_deletes()
    assert not widgets_showing("Fatima", visible_only=False)


def test_opening_a_line_opens_the_household(qtbot, agenda) -> None:
    page, _dialogs = agenda
    opened: list[tuple[str, str]] = []
    page.sig_open_casus.connect(lambda c, h: opened.append((c, h)))
    listing = page.day_list(MONDAY)
    listing.setCurrentRow(0)
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert len(opened) == 1 and all(opened[0])


def test_an_appointment_without_a_casus_is_refused_and_nothing_is_lost(qtbot, agenda) -> None:
    page, _dialogs = agenda
    child(page, QComboBox, "agenda_casus").clear()
    qtbot.keyClicks(child(page, QLineEdit, "agenda_plaats"), "Wijkcentrum")
    qtbot.mouseClick(child(page, QPushButton, "agenda_add_button"), Qt.MouseButton.LeftButton)
    assert "Kies eerst de casus" in child(page, QLabel, "agenda_message").text()
    assert child(page, QLineEdit, "agenda_plaats").text() == "Wijkcentrum"
