"""The ZRM overview part of the gesprek page: per person a table and a chart, the zelfscore, status and lock."""

from __future__ import annotations

import datetime as dt

from faker import Faker
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView

from regie_desktop.app.assessments import history, record_assessment
from regie_desktop.app.gesprek import GesprekView, load_gesprek
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.app.zrm_overview import zrm_overview
from regie_desktop.domain.zrm import AssessedBy, Assessment, Score
from tests.app.factories import INSTRUMENT, household, kind, new_dossier
from tests.app.journal_support import Access, journaled
from tests.ui.gui_support import child, column_texts, widgets_showing
from ui.gesprek.part import GesprekPart, PartStatus
from ui.gesprek.self_assessment_dialog import SelfAssessmentDialog
from ui.gesprek.zrm_overview_part import ZrmOverviewPart
from ui.widgets.zrm_chart import ZrmChart


def _zrm(persoon_id: str, on: dt.date, *scores: Score, by: AssessedBy = "werker") -> Assessment:
    return Assessment(persoon_id, INSTRUMENT.id, INSTRUMENT.version, on, tuple(scores), by=by)


def _view(service: WorkspaceService, casus_id: str) -> GesprekView:
    with service.unit_of_work() as (session, actor):
        return load_gesprek(session, actor, casus_id)


class Household:
    def __init__(self, service: WorkspaceService) -> None:
        fake = Faker("nl_NL")
        fake.seed_instance(2026)
        self.achternaam = fake.last_name()
        self.ouder, self.kind = fake.first_name_female(), fake.first_name()
        d = new_dossier(
            service,
            household(achternaam=self.achternaam, voornamen=self.ouder, extra=(kind(self.kind, self.achternaam),)),
        )
        self.casus_id, self.ouder_id = d.casus_id, d.persoon_id
        with service.unit_of_work() as (session, actor):
            self.kind_id = zrm_overview(session, actor, d.casus_id, service.today()).personen[1].persoon_id

    def record(self, service: WorkspaceService, *metingen: Assessment) -> None:
        with service.unit_of_work() as (session, actor):
            for meting in metingen:
                record_assessment(session, actor, self.casus_id, meting, service.today())


def _part(qtbot, service: WorkspaceService, casus_id: str) -> ZrmOverviewPart:
    part = ZrmOverviewPart(service, casus_id)
    qtbot.addWidget(part)
    part.resize(1200, 760)
    part.show()
    part.load(_view(service, casus_id))
    return part


def test_the_part_shows_each_person_with_change_stale_marks_and_a_chart_without_names(qtbot, service):
    hh = Household(service)
    today = service.today()
    hh.record(
        service,
        _zrm(hh.ouder_id, today - dt.timedelta(days=50), Score("financien", 1), Score("huisvesting", 3)),
        _zrm(hh.ouder_id, today - dt.timedelta(days=3), Score("financien", 3), Score("justitie", None, nvt=True)),
        _zrm(hh.ouder_id, today - dt.timedelta(days=1), Score("financien", 4), by="client"),
        _zrm(hh.kind_id, today - dt.timedelta(days=40), Score("tijdsbesteding", 2)),
    )
    part = _part(qtbot, service, hh.casus_id)
    assert isinstance(part, GesprekPart) and part.title == "ZRM-overzicht"

    selector = child(part, QComboBox, "zrm_person_selector")
    assert selector.isVisible() and selector.accessibleName() == "Persoon"
    assert [selector.itemText(i) for i in range(selector.count())] == [
        f"{hh.ouder} {hh.achternaam}",
        f"{hh.kind} {hh.achternaam}",
    ]
    table = child(part, QTableView, "zrm_overview_table")
    first, second = (
        (today - dt.timedelta(days=50)).strftime("%d-%m-%Y"),
        (today - dt.timedelta(days=3)).strftime("%d-%m-%Y"),
    )
    assert column_texts(table, f"Werker\n{first}")[:4] == ["1", "niet besproken", "niet besproken", "3 (verouderd)"]
    assert column_texts(table, f"Werker\n{second}")[0] == "3"
    assert column_texts(table, "Verandering")[0] == "+2"
    client_column = f"Cliënt zelf\n{(today - dt.timedelta(days=1)).strftime('%d-%m-%Y')}"
    assert column_texts(table, client_column)[0] == "4"
    stale = child(part, QLabel, "zrm_stale_label")
    assert stale.isVisible() and "Huisvesting" in stale.text() and "30 dagen" in stale.text()

    # The chart of the same person: previous vs current, no name anywhere on it.
    part.show_chart()
    chart = child(part, ZrmChart, "zrm_chart")
    assert chart.isVisible() and chart.data is not None
    assert chart.data.title == f"ZRM: huidige meting {second} en vorige meting {first}"
    assert hh.achternaam not in chart.chart.title() and hh.ouder not in chart.accessibleDescription()
    assert "Afgesproken niveau (de '6'): 4 voldoende zelfredzaam" in chart.legend_texts()

    # Switching person with the keyboard shows the other person's metingen.
    part.show_table()
    selector.setFocus()
    qtbot.keyClick(selector, Qt.Key.Key_Down)
    assert part.selected_persoon_id() == hh.kind_id
    assert column_texts(table, "Leefgebied")[2] == "Tijdsbesteding"
    kind_column = f"Werker\n{(today - dt.timedelta(days=40)).strftime('%d-%m-%Y')}"
    assert column_texts(table, kind_column)[2] == "2 (verouderd)"
    assert table.model().columnCount() == 3  # leefgebied, one meting, verandering: no client columns
    assert chart.data.title.startswith("ZRM: huidige meting")


def test_opening_reads_only_dates_and_the_scores_are_read_and_logged_when_shown(qtbot, service):
    hh = Household(service)
    hh.record(service, _zrm(hh.ouder_id, service.today() - dt.timedelta(days=31), Score("financien", 2)))
    part = ZrmOverviewPart(service, hh.casus_id)
    qtbot.addWidget(part)
    table = child(part, QTableView, "zrm_overview_table")
    with journaled(service) as opened, qtbot.waitSignal(part.sig_status_changed):
        part.load(_view(service, hh.casus_id))
    assert part.status() == PartStatus.DEELS
    assert table.model().rowCount() == 0 and Access("zrm-inzien", "casus", hh.casus_id) not in opened.accesses
    with journaled(service) as shown:
        part.show()
    assert Access("zrm-inzien", "casus", hh.casus_id) in shown.accesses
    assert column_texts(table, "Leefgebied")[0] == "Financiën" and part.status() == PartStatus.DEELS


def test_status_follows_how_recent_the_worker_metingen_are(qtbot, service):
    hh = Household(service)
    today = service.today()
    part = _part(qtbot, service, hh.casus_id)
    assert part.status() == PartStatus.NIET_BESPROKEN
    assert "nog geen meting" in child(part, QLabel, "zrm_info_label").text()
    hh.record(service, _zrm(hh.ouder_id, today - dt.timedelta(days=45), Score("financien", 2)))
    with qtbot.waitSignal(part.sig_status_changed):
        part.refresh()
    assert part.status() == PartStatus.DEELS
    hh.record(service, _zrm(hh.ouder_id, today, Score("financien", 3)))
    part.refresh()
    assert part.status() == PartStatus.BESPROKEN
    # A zelfscore alone is not a worker's meting.
    hh.record(service, _zrm(hh.kind_id, today, Score("financien", 1), by="client"))
    part.refresh()
    assert part.status() == PartStatus.BESPROKEN


def test_coming_back_to_the_part_shows_scores_entered_elsewhere(qtbot, service):
    hh = Household(service)
    part = _part(qtbot, service, hh.casus_id)
    table = child(part, QTableView, "zrm_overview_table")
    assert table.model().columnCount() == 1
    hh.record(service, _zrm(hh.ouder_id, service.today(), Score("financien", 4)))  # e.g. on a leefgebied card
    part.hide()
    part.show()
    assert table.model().columnCount() == 3
    assert column_texts(table, "Leefgebied")[0] == "Financiën"


def test_a_zelfscore_entered_with_large_buttons_is_saved_for_the_selected_person(qtbot, service):
    hh = Household(service)
    part = _part(qtbot, service, hh.casus_id)
    part.select_persoon(hh.kind_id)
    qtbot.mouseClick(child(part, QPushButton, "self_assessment_button"), Qt.MouseButton.LeftButton)
    dialog = part.self_assessment_dialog
    assert isinstance(dialog, SelfAssessmentDialog) and dialog.isVisible()
    assert f"{hh.kind} {hh.achternaam}" in child(dialog, QLabel, "self_assessment_heading").text()
    # The scale's five levels, n.v.t. and niet besproken; nothing outside the scale can be chosen.
    assert [
        b.objectName() for b in dialog.findChildren(QPushButton) if b.objectName().startswith("self_score_financien_")
    ] == [
        "self_score_financien_1",
        "self_score_financien_2",
        "self_score_financien_3",
        "self_score_financien_4",
        "self_score_financien_5",
        "self_score_financien_nvt",
        "self_score_financien_niet_besproken",
    ]
    four = child(dialog, QPushButton, "self_score_financien_4")
    assert four.accessibleName() == "Financiën: 4 Voldoende zelfredzaam" and four.height() >= 56
    qtbot.mouseClick(four, Qt.MouseButton.LeftButton)
    assert four.isChecked() and four.text().startswith("\u2713")  # chosen says so in text, not only colour
    assert not child(dialog, QPushButton, "self_score_financien_niet_besproken").isChecked()
    qtbot.mouseClick(child(dialog, QPushButton, "self_score_justitie_nvt"), Qt.MouseButton.LeftButton)
    # Keyboard: focus a button and press space.
    two = child(dialog, QPushButton, "self_score_huisvesting_2")
    two.setFocus()
    qtbot.keyClick(two, Qt.Key.Key_Space)
    assert two.isChecked()
    with qtbot.waitSignal(dialog.sig_saved):
        qtbot.mouseClick(child(dialog, QPushButton, "self_assessment_save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    with service.unit_of_work() as (session, _actor):
        (saved,) = history(session, hh.kind_id)
    assert saved.by == "client" and saved.assessed_on == service.today()
    assert set(saved.scores) == {
        Score("financien", 4),
        Score("huisvesting", 2),
        Score("justitie", None, nvt=True),
    }
    # The overview now shows the client's column for that person.
    table = child(part, QTableView, "zrm_overview_table")
    assert part.selected_persoon_id() == hh.kind_id
    column = f"Cliënt zelf\n{service.today().strftime('%d-%m-%Y')}"
    assert column_texts(table, column)[:4] == ["4", "niet besproken", "niet besproken", "2"]


def test_flush_saves_an_open_zelfscore_and_clear_leaves_no_name_or_score_on_screen(qtbot, service):
    hh = Household(service)
    hh.record(service, _zrm(hh.ouder_id, service.today(), Score("financien", 2)))
    part = _part(qtbot, service, hh.casus_id)
    dialog = part.open_self_assessment()
    assert dialog is not None
    dialog.choose("financien", 5)
    part.flush()  # before locking: the client's choice is kept
    with service.unit_of_work() as (session, _actor):
        assert [m.by for m in history(session, hh.ouder_id)] == ["werker", "client"]
    part.open_self_assessment()
    part.clear()
    assert part.self_assessment_dialog is None
    assert not widgets_showing(hh.achternaam, visible_only=False)
    assert child(part, QTableView, "zrm_overview_table").model().rowCount() == 0
    assert child(part, ZrmChart, "zrm_chart").data is None
    assert part.status() == PartStatus.NIET_BESPROKEN


def test_an_unknown_casus_is_reported_as_a_dutch_message(qtbot, service):
    part = ZrmOverviewPart(service, "onbekende-casus")
    qtbot.addWidget(part)
    with qtbot.waitSignal(part.sig_error) as signal:
        part.refresh()
    assert signal.args == ["Deze casus bestaat niet (meer) op deze computer."]
    assert part.open_self_assessment() is None
