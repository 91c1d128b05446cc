"""The "Informatie gegeven" part: a tick and a date per subject, saved at once, never in the future, with its
done/partly/not-discussed mark; a lock leaves no date of the dossier on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel

from regie_desktop.app.gesprek import GesprekView, load_gesprek, update_gesprek
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import Informatie
from regie_desktop.domain.meldcode import load_informatie
from tests.app.factories import new_dossier
from tests.app.journal_support import journaled
from tests.ui.gui_support import child, flush_deletes, widgets_showing
from ui.gesprek.informatie_part import InformatiePart
from ui.gesprek.part import PartStatus


def _view(service: WorkspaceService, casus_id: str) -> GesprekView:
    with service.unit_of_work() as (session, actor):
        return load_gesprek(session, actor, casus_id)


def _given(service: WorkspaceService, casus_id: str) -> dict[Informatie, dt.date]:
    return dict(_view(service, casus_id).velden.informatie_gegeven)


def _part(qtbot, service: WorkspaceService, given=()) -> tuple[InformatiePart, str]:
    d = new_dossier(service)
    if given:
        with service.unit_of_work() as (session, actor):
            update_gesprek(session, actor, d.casus_id, service.today(), informatie_gegeven=given)
    part = InformatiePart(service, d.casus_id)
    qtbot.addWidget(part)
    part.resize(900, 500)
    part.show()
    part.load(_view(service, d.casus_id))
    return part, d.casus_id


def _box(part: InformatiePart, soort: Informatie) -> QCheckBox:
    return child(part, QCheckBox, f"informatie_{soort.value}_checkbox")


def _date(part: InformatiePart, soort: Informatie) -> QDateEdit:
    return child(part, QDateEdit, f"informatie_{soort.value}_date")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_each_subject_has_its_explanation_and_a_dutch_date(qtbot, service) -> None:
    part, _ = _part(qtbot, service)
    today = service.today()
    for onderwerp in load_informatie().onderwerpen:
        assert child(part, QLabel, f"informatie_{onderwerp.soort.value}_uitleg").text() == onderwerp.uitleg
        assert _box(part, onderwerp.soort).text() == onderwerp.label
        date = _date(part, onderwerp.soort)
        assert date.displayFormat() == "dd-MM-yyyy"
        assert date.text() == today.strftime("%d-%m-%Y")
        assert not date.isEnabled()  # a date only once it is ticked
    assert part.status() is PartStatus.NIET_BESPROKEN


def test_ticking_saves_today_and_a_changed_date_is_saved(qtbot, service) -> None:
    part, casus_id = _part(qtbot, service)
    today = service.today()
    with qtbot.waitSignal(part.sig_status_changed):
        _box(part, Informatie.PRIVACY).click()
    assert _given(service, casus_id) == {Informatie.PRIVACY: today}
    assert part.status() is PartStatus.DEELS

    last_week = today - dt.timedelta(days=7)
    _date(part, Informatie.PRIVACY).setDate(_qdate(last_week))
    assert _given(service, casus_id) == {Informatie.PRIVACY: last_week}

    _box(part, Informatie.KLACHTENPROCEDURE).click()
    _box(part, Informatie.CLIENTONDERSTEUNING).click()
    assert part.status() is PartStatus.BESPROKEN
    assert _given(service, casus_id) == {
        Informatie.PRIVACY: last_week,
        Informatie.KLACHTENPROCEDURE: today,
        Informatie.CLIENTONDERSTEUNING: today,
    }

    _box(part, Informatie.KLACHTENPROCEDURE).click()
    assert Informatie.KLACHTENPROCEDURE not in _given(service, casus_id)
    assert part.status() is PartStatus.DEELS


def test_a_date_in_the_future_cannot_be_chosen(qtbot, service) -> None:
    part, casus_id = _part(qtbot, service)
    today = service.today()
    _box(part, Informatie.PRIVACY).click()
    date = _date(part, Informatie.PRIVACY)
    assert date.maximumDate() == _qdate(today)
    date.setDate(_qdate(today + dt.timedelta(days=3)))
    assert date.date() == _qdate(today)
    assert _given(service, casus_id) == {Informatie.PRIVACY: today}


def test_the_core_refuses_a_future_date_and_the_part_says_so(qtbot, service, monkeypatch) -> None:
    """The laptop's clock went back after the part was opened: the stored date would lie in the future."""
    part, casus_id = _part(qtbot, service)
    today = service.today()
    monkeypatch.setattr(service, "today", lambda: today - dt.timedelta(days=2))
    _box(part, Informatie.PRIVACY).click()  # a fresh tick takes the (new) today: fine
    assert _given(service, casus_id) == {Informatie.PRIVACY: today - dt.timedelta(days=2)}
    monkeypatch.setattr(service, "today", lambda: today - dt.timedelta(days=3))
    _box(part, Informatie.KLACHTENPROCEDURE).click()
    error = child(part, QLabel, "informatie_error")
    assert error.isVisible()
    assert error.text() == "De datum waarop informatie is gegeven ligt in de toekomst."
    assert _given(service, casus_id) == {Informatie.PRIVACY: today - dt.timedelta(days=2)}


def test_stored_ticks_and_dates_come_back_and_loading_writes_nothing(qtbot, service) -> None:
    earlier = service.today() - dt.timedelta(days=10)
    with journaled(service) as delta:
        part, _ = _part(qtbot, service, given=((Informatie.CLIENTONDERSTEUNING, earlier),))
    assert [c.entity for c in delta.changes].count("gesprek") == 1  # the setup's update only
    assert _box(part, Informatie.CLIENTONDERSTEUNING).isChecked()
    assert _date(part, Informatie.CLIENTONDERSTEUNING).text() == earlier.strftime("%d-%m-%Y")
    assert _date(part, Informatie.CLIENTONDERSTEUNING).isEnabled()
    assert not _box(part, Informatie.PRIVACY).isChecked()
    assert part.status() is PartStatus.DEELS


def test_clear_leaves_no_date_of_the_dossier_on_screen(qtbot, service) -> None:
    flush_deletes()
    earlier = service.today() - dt.timedelta(days=40)
    part, _ = _part(qtbot, service, given=((Informatie.PRIVACY, earlier),))
    shown = earlier.strftime("%d-%m-%Y")
    assert widgets_showing(shown, visible_only=True)
    part.clear()
    assert widgets_showing(shown, visible_only=False) == []
    assert not any(_box(part, soort).isChecked() for soort in Informatie)
    assert part.status() is PartStatus.NIET_BESPROKEN
