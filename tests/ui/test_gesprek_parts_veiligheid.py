"""The veiligheid part: guiding questions, the text autosaved after a pause and on flush, the meldcode flag with
its five steps and its reminder on Vandaag, the spoed items of the aanmelding, and a lock that clears it all."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPlainTextEdit

from regie_desktop.app.caseload import TodayKind, today_items
from regie_desktop.app.gesprek import GesprekVelden, GesprekView, load_gesprek, update_gesprek
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import Spoed
from regie_desktop.domain.meldcode import load_meldcode, load_veiligheidscheck
from tests.app.factories import BSN_B, household, new_dossier
from tests.app.journal_support import journaled
from tests.ui.gui_support import child, column_texts, flush_deletes, widgets_showing
from ui.gesprek.part import AUTOSAVE_PAUSE_MS, PartStatus
from ui.gesprek.veiligheid_part import VeiligheidPart
from ui.pages.vandaag_page import VandaagPage

SIGNAL = "Oudste kind vertelt dat vader slaat als hij gedronken heeft"


def _velden(service: WorkspaceService, casus_id: str) -> GesprekVelden:
    return _view(service, casus_id).velden


def _view(service: WorkspaceService, casus_id: str) -> GesprekView:
    with service.unit_of_work() as (session, actor):
        return load_gesprek(session, actor, casus_id)


def _part(qtbot, service: WorkspaceService, spoed=frozenset(), hh=None, **velden) -> tuple[VeiligheidPart, str]:
    d = new_dossier(service, hh, spoed=spoed)
    if velden:
        with service.unit_of_work() as (session, actor):
            update_gesprek(session, actor, d.casus_id, service.today(), **velden)
    part = VeiligheidPart(service, d.casus_id)
    qtbot.addWidget(part)
    part.resize(900, 1000)
    part.show()
    part.load(_view(service, d.casus_id))
    return part, d.casus_id


def test_the_guiding_questions_come_from_the_data_file(qtbot, service) -> None:
    part, _ = _part(qtbot, service)
    for vraag in load_veiligheidscheck().vragen:
        assert vraag.vraag in child(part, QLabel, f"veiligheid_vraag_{vraag.key}").text()
    assert part.status() is PartStatus.NIET_BESPROKEN


def test_typing_is_saved_after_the_pause_and_not_on_every_key(qtbot, service) -> None:
    part, casus_id = _part(qtbot, service)
    field = child(part, QPlainTextEdit, "veiligheid_field")
    with qtbot.waitSignal(part.sig_status_changed):
        qtbot.keyClicks(field, "Geen zorgen over veiligheid")
    assert part.autosave_timer.isActive()
    assert _velden(service, casus_id).veiligheid == ""  # not yet: the worker is still typing
    started = time.monotonic()
    qtbot.waitUntil(lambda: not part.autosave_timer.isActive(), timeout=AUTOSAVE_PAUSE_MS + 2000)
    assert time.monotonic() - started < (AUTOSAVE_PAUSE_MS + 300) / 1000
    assert _velden(service, casus_id).veiligheid == "Geen zorgen over veiligheid"
    assert child(part, QLabel, "veiligheid_save_status").text().startswith("Bewaard om ")
    assert part.status() is PartStatus.BESPROKEN


def test_flush_saves_at_once_and_loading_saves_nothing(qtbot, service) -> None:
    part, casus_id = _part(qtbot, service, veiligheid="Eerder besproken")
    assert child(part, QPlainTextEdit, "veiligheid_field").toPlainText() == "Eerder besproken"
    assert not part.autosave_timer.isActive()
    with journaled(service) as delta:
        part.flush()
    assert delta.changes == []  # nothing typed: nothing written

    qtbot.keyClicks(child(part, QPlainTextEdit, "veiligheid_field"), "; buurvrouw let op")
    part.flush()
    assert not part.autosave_timer.isActive()
    assert _velden(service, casus_id).veiligheid == "Eerder besproken; buurvrouw let op"


def test_ticking_meldcode_shows_the_five_steps_and_needs_a_description(qtbot, service) -> None:
    part, casus_id = _part(qtbot, service)
    steps = child(part, QGroupBox, "meldcode_steps")
    error = child(part, QLabel, "veiligheid_error")
    assert not steps.isVisible()

    child(part, QCheckBox, "meldcode_checkbox").click()
    assert steps.isVisible()
    for stap in load_meldcode().stappen:
        label = child(part, QLabel, f"meldcode_step_{stap.nummer}")
        assert label.isVisible() and stap.titel in label.text()
    # The domain asks for a description with a signal: refused inline, nothing stored, nothing lost.
    assert error.isVisible() and error.text() == "Beschrijf bij een meldcode-signaal kort wat u zag of hoorde."
    assert _velden(service, casus_id).meldcode is False

    qtbot.keyClicks(child(part, QPlainTextEdit, "veiligheid_field"), SIGNAL)
    part.flush()
    velden = _velden(service, casus_id)
    assert (velden.meldcode, velden.veiligheid) == (True, SIGNAL)
    assert not error.isVisible()
    assert part.status() is PartStatus.BESPROKEN


def test_a_meldcode_signal_puts_a_reminder_on_vandaag_until_it_is_unticked(qtbot, service) -> None:
    part, casus_id = _part(qtbot, service, veiligheid=SIGNAL)
    child(part, QCheckBox, "meldcode_checkbox").click()
    with service.unit_of_work() as (session, _):
        (item,) = [i for i in today_items(session, service.today()) if i.kind is TodayKind.MELDCODE]
    assert item.casus_id == casus_id

    vandaag = VandaagPage()
    qtbot.addWidget(vandaag)
    vandaag.refresh(service)
    assert "meldcode" in column_texts(vandaag.table, "Status")
    assert "Signalen voor de meldcode: volg de stappen" in column_texts(vandaag.table, "Wat")

    child(part, QCheckBox, "meldcode_checkbox").click()
    assert not child(part, QGroupBox, "meldcode_steps").isVisible()
    vandaag.refresh(service)
    assert "meldcode" not in column_texts(vandaag.table, "Status")


def test_a_stored_signal_opens_with_the_steps_shown(qtbot, service) -> None:
    part, _ = _part(qtbot, service, veiligheid=SIGNAL, meldcode=True)
    assert child(part, QCheckBox, "meldcode_checkbox").isChecked()
    assert child(part, QGroupBox, "meldcode_steps").isVisible()
    assert not part.autosave_timer.isActive()


def test_the_spoed_items_of_the_aanmelding_stand_on_top_in_red(qtbot, service) -> None:
    part, _ = _part(qtbot, service, spoed=frozenset({Spoed.GEEN_INKOMEN, Spoed.HUISELIJK_GEWELD}))
    banner = child(part, QLabel, "spoed_banner")
    assert banner.isVisible()
    assert banner.text() == "Spoed bij de aanmelding: Huiselijk geweld, Geen inkomen"
    assert "#b00020" in banner.styleSheet()
    assert banner.geometry().top() < child(part, QGroupBox, "veiligheidscheck").geometry().top()

    calm, _ = _part(qtbot, service, hh=household("Visser", "Sem", dt.date(1970, 2, 2), BSN_B))
    assert not child(calm, QLabel, "spoed_banner").isVisible()


def test_clear_leaves_no_veiligheid_text_in_any_widget(qtbot, service) -> None:
    flush_deletes()
    part, _ = _part(qtbot, service, spoed=frozenset({Spoed.SUICIDEDREIGING}), veiligheid=SIGNAL, meldcode=True)
    assert widgets_showing("gedronken", visible_only=True)
    part.clear()
    assert widgets_showing("gedronken", visible_only=False) == []
    assert widgets_showing("Suïcidedreiging", visible_only=False) == []
    assert not child(part, QCheckBox, "meldcode_checkbox").isChecked()
    assert not child(part, QGroupBox, "meldcode_steps").isVisible()
    assert part.status() is PartStatus.NIET_BESPROKEN
    part.flush()  # a flush after a lock writes nothing (there is nothing to write)
