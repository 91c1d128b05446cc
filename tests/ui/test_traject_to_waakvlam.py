"""Acceptance (#9): from a signed plan through every regiestap, the contactjournaal, a tussen- and an
eindevaluatie to afschalen with waakvlam, in the window with a fixed clock; the waakvlam reminder appears on
Vandaag on the right day. Synthetic people only. (test_traject_flow.py walks the same steps through the
Tijdlijn and the provider side.)"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QWidget,
)

from regie_desktop.app.afsluiten import refresh_afsluiten
from regie_desktop.app.contactjournaal import refresh_journaal
from regie_desktop.app.evaluatie import refresh_evaluatie
from regie_desktop.app.traject import set_event
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.afsluiten import ChecklistItem
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.deadlines import Event
from regie_desktop.domain.evaluatie import EvaluatieSoort, Uitkomst
from tests.app.nazorg_support import assess, signed_dossier
from tests.ui.gui_support import FakeDialogs, child, column_texts, flush_deletes, widgets_showing
from ui.main_window import MainWindow
from ui.traject.traject_page import TrajectPage

SIGNED = dt.date(2026, 6, 15)  # the factories' TODAY: the plan is signed that Monday


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch):
    def set_day(day: dt.date) -> None:
        monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: day))

    set_day(SIGNED)
    return set_day


def _open_traject(qtbot, window: MainWindow, casus_id: str, huishouden_id: str) -> TrajectPage:
    """As the worker does on each visit: the household, then "Traject"."""
    window.refresh()
    window.open_casus(casus_id, huishouden_id)
    flush_deletes()  # the household page rebuilds its casus rows on every visit
    qtbot.mouseClick(child(window, QPushButton, "open_traject_button"), Qt.MouseButton.LeftButton)
    page = window.traject_page
    assert page is not None and window.open_traject_id() == casus_id
    return page


def _leave(qtbot, page: TrajectPage) -> None:
    qtbot.mouseClick(child(page, QPushButton, "traject_back_button"), Qt.MouseButton.LeftButton)


def _done(qtbot, page: TrajectPage, step: int, note: str = "") -> None:
    page.tabs.setCurrentWidget(page.timeline)
    table = child(page, QTableWidget, "traject_steps")
    table.selectRow(step - 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    field = child(page, QLineEdit, "traject_done_note")
    if note:
        qtbot.keyClicks(field, note)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert table.item(step - 1, 4).text() == "✓ gedaan", step


def _contact(qtbot, page: TrajectPage, soort: str, text: str) -> None:
    view = child(page, QWidget, "traject_journaal")
    page.tabs.setCurrentWidget(view)
    qtbot.mouseClick(child(view, QPushButton, "journaal_nieuw"), Qt.MouseButton.LeftButton)
    combo = child(view, QComboBox, "journaal_soort")
    combo.setCurrentIndex(combo.findData(soort))
    qtbot.keyClicks(child(view, QPlainTextEdit, "journaal_notitie"), text)
    with qtbot.waitSignal(view.sig_changed, timeout=1000):
        qtbot.mouseClick(child(view, QPushButton, "journaal_opslaan"), Qt.MouseButton.LeftButton)


def _evaluate(qtbot, page: TrajectPage, soort: EvaluatieSoort, uitkomsten: dict[int, tuple[Uitkomst, str]]) -> None:
    view = child(page, QWidget, "traject_evaluatie")
    page.tabs.setCurrentWidget(view)
    kind = child(view, QComboBox, "evaluatie_soort")
    kind.setCurrentIndex(kind.findData(soort.value))
    for n, (uitkomst, text) in uitkomsten.items():
        combo = child(view, QComboBox, f"evaluatie_uitkomst_{n}")
        combo.setCurrentIndex(combo.findData(uitkomst.value))
        field = child(view, QLineEdit, f"evaluatie_toelichting_{n}")
        field.clear()
        qtbot.keyClicks(field, text)
    with qtbot.waitSignal(view.sig_changed, timeout=1000):
        qtbot.mouseClick(child(view, QPushButton, "evaluatie_opslaan"), Qt.MouseButton.LeftButton)


def _vandaag(window: MainWindow, casus_name: str) -> list[tuple[str, str]]:
    window.refresh()
    table = window.findChild(QWidget, "today_table")
    names = column_texts(table, "Naam")
    texts = column_texts(table, "Wat")
    states = column_texts(table, "Status")
    return [(t, s) for n, t, s in zip(names, texts, states, strict=True) if n == casus_name]


def test_from_signed_plan_to_waakvlam_through_every_regiestap(qtbot, service, clock) -> None:
    d = signed_dossier(service)  # steps 1-3 are done at signing; the casus is in traject
    assess(service, d.casus_id, d.persoon_id, dt.date(2026, 5, 20), 2)
    dialogs = FakeDialogs()
    window = MainWindow(service, dialogs=dialogs)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    errors: list[str] = []

    # Week 1: procedure explained, order sent; a home visit in the journal.
    page = _open_traject(qtbot, window, d.casus_id, d.huishouden_id)
    page.sig_error.connect(errors.append)
    assert page.tabs.count() == 5  # Tijdlijn, Aanbieder and the three tabs of this issue
    _done(qtbot, page, 4, "Uitgelegd aan tafel")
    _done(qtbot, page, 5)
    _contact(qtbot, page, "huisbezoek", "Plan besproken, opdracht naar de aanbieder")
    _leave(qtbot, page)

    # The provider calls, the intake, the start of the begeleiding; the indicatie runs until 15 December.
    clock(dt.date(2026, 6, 24))
    page = _open_traject(qtbot, window, d.casus_id, d.huishouden_id)
    for step in (6, 7, 8):
        _done(qtbot, page, step)
    with service.unit_of_work() as (session, actor):
        set_event(session, actor, d.casus_id, Event.INDICATIE_EINDE, dt.date(2026, 12, 15), dt.date(2026, 6, 24))
    _contact(qtbot, page, "telefoon", "Aanbieder belde: intake gepland")
    _leave(qtbot, page)

    clock(dt.date(2026, 7, 6))
    page = _open_traject(qtbot, window, d.casus_id, d.huishouden_id)
    _done(qtbot, page, 9, "Ondersteuningsplan ontvangen en besproken")
    _leave(qtbot, page)

    # The tussenevaluatie of the plan (1 September) is on Vandaag that day, and done with a drie-gesprek.
    clock(dt.date(2026, 9, 1))
    assert ("Tussenevaluatie van het plan", "vandaag") in _vandaag(window, "Fatima Jansen")
    page = _open_traject(qtbot, window, d.casus_id, d.huishouden_id)
    _contact(qtbot, page, "drie_gesprek", "Voortgang met inwoner en aanbieder")
    _evaluate(
        qtbot,
        page,
        EvaluatieSoort.TUSSENEVALUATIE,
        {1: (Uitkomst.DEELS, "Post op orde, betalen nog niet"), 2: (Uitkomst.BEREIKT, "Huur op tijd")},
    )
    _done(qtbot, page, 10, "Drie-gesprek")
    _leave(qtbot, page)

    # The eindverslag six weeks before the end, then the eindevaluatie with a new ZRM.
    clock(dt.date(2026, 11, 2))
    page = _open_traject(qtbot, window, d.casus_id, d.huishouden_id)
    _done(qtbot, page, 11)
    _leave(qtbot, page)
    clock(dt.date(2026, 12, 14))
    assess(service, d.casus_id, d.persoon_id, dt.date(2026, 12, 14), 4)
    page = _open_traject(qtbot, window, d.casus_id, d.huishouden_id)
    evaluatie = child(page, QWidget, "traject_evaluatie")
    data = evaluatie.chart.data
    assert data is not None and data.title == "ZRM: 20-05-2026 en 14-12-2026"  # first beside latest
    _evaluate(
        qtbot,
        page,
        EvaluatieSoort.EINDEVALUATIE,
        {1: (Uitkomst.BEREIKT, "Vaste lasten gaan automatisch"), 2: (Uitkomst.BEREIKT, "Geen achterstand")},
    )
    _done(qtbot, page, 12, "Eindevaluatie aan tafel")
    assert "Evaluatie" in child(page, QLabel, "traject_fase").text()

    # Afschalen: every criterion ticked, waakvlam every 6 weeks.
    afsluiten = child(page, QWidget, "traject_afsluiten")
    page.tabs.setCurrentWidget(afsluiten)
    assert "geen acties" in child(afsluiten, QLabel, "afsluiten_open_acties").text()
    for item in ChecklistItem:
        child(afsluiten, QCheckBox, f"afsluiten_check_{item.value}").setChecked(True)
    child(afsluiten, QRadioButton, "afsluiten_uitkomst_waakvlam").setChecked(True)
    reden = child(afsluiten, QComboBox, "afsluiten_reden")
    reden.setCurrentIndex(reden.findData("DOELEN_BEREIKT"))
    ritme = child(afsluiten, QComboBox, "afsluiten_ritme")
    ritme.setCurrentIndex(ritme.findData(6))
    with qtbot.waitSignal(afsluiten.sig_changed, timeout=1000):
        qtbot.mouseClick(child(afsluiten, QPushButton, "afsluiten_bevestigen"), Qt.MouseButton.LeftButton)
    assert "Waakvlam" in child(page, QLabel, "traject_fase").text()
    assert "Volgend contact uiterlijk 25-01-2027" in child(afsluiten, QLabel, "afsluiten_stand").text()
    _leave(qtbot, page)

    with service.unit_of_work() as (session, _):
        journaal = refresh_journaal(session, d.casus_id)
        evaluaties = refresh_evaluatie(session, d.casus_id)
        stand = refresh_afsluiten(session, d.casus_id, dt.date(2026, 12, 14))
    assert len(journaal.regels) == 3
    assert [e.evaluatie.soort for e in evaluaties.evaluaties] == [
        EvaluatieSoort.EINDEVALUATIE,
        EvaluatieSoort.TUSSENEVALUATIE,
    ]
    assert stand.fase is Fase.WAAKVLAM
    assert not errors

    # The waakvlam reminder: not yet a week before, "binnenkort" from then, "vandaag" on the day, late after.
    reminder = "Waakvlamcontact (elke 6 weken)"
    clock(dt.date(2027, 1, 17))
    assert _vandaag(window, "Fatima Jansen") == []  # no regiestappen chase a waakvlam casus
    clock(dt.date(2027, 1, 18))
    assert _vandaag(window, "Fatima Jansen") == [(reminder, "binnenkort")]
    clock(dt.date(2027, 1, 25))
    assert _vandaag(window, "Fatima Jansen") == [(reminder, "vandaag")]
    clock(dt.date(2027, 1, 27))
    assert _vandaag(window, "Fatima Jansen") == [(reminder, "te laat")]

    # A waakvlam call in the journal restarts the rhythm.
    page = _open_traject(qtbot, window, d.casus_id, d.huishouden_id)
    _contact(qtbot, page, "telefoon", "Waakvlam: gaat goed")
    _leave(qtbot, page)
    assert _vandaag(window, "Fatima Jansen") == []

    window.clear_views()
    flush_deletes()
    assert not widgets_showing("Fatima", visible_only=False)
    assert not widgets_showing("Waakvlam: gaat goed", visible_only=False)
    window.close()
