"""The Afschalen en afsluiten tab: the checklist, open points with a reason to proceed, waakvlam, the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QPushButton, QRadioButton

from regie_desktop.app.afsluiten import refresh_afsluiten
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.afsluiten import AfsluitUitkomst, ChecklistItem
from regie_desktop.domain.casus import Fase
from tests.app.factories import TODAY
from tests.app.journal_support import journaled
from tests.app.nazorg_support import signed_dossier
from tests.ui.gui_support import FakeDialogs, child, widgets_showing
from ui.traject.afsluiten_view import AfsluitenView


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def view(qtbot, service: WorkspaceService, dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch) -> AfsluitenView:
    monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: TODAY))
    widget = AfsluitenView(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _tick(view: AfsluitenView, *items: ChecklistItem) -> None:
    for item in items:
        child(view, QCheckBox, f"afsluiten_check_{item.value}").setChecked(True)


def _reason(view: AfsluitenView, code: str) -> None:
    combo = child(view, QComboBox, "afsluiten_reden")
    combo.setCurrentIndex(combo.findData(code))


def test_open_points_are_named_and_a_stored_reason_lets_the_casus_go_to_waakvlam(qtbot, view, service) -> None:
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    assert "Doel 1, actie 1" in child(view, QLabel, "afsluiten_open_acties").text()
    _tick(view, *[i for i in ChecklistItem if i is not ChecklistItem.NETWERK_STEUNEND])
    child(view, QRadioButton, "afsluiten_uitkomst_waakvlam").setChecked(True)
    ritme = child(view, QComboBox, "afsluiten_ritme")
    assert ritme.isEnabled()
    ritme.setCurrentIndex(ritme.findData(8))
    confirm = child(view, QPushButton, "afsluiten_bevestigen")
    assert confirm.text() == "Afschalen naar waakvlam"
    confirm.click()
    message = child(view, QLabel, "afsluiten_message").text()
    assert "Kies een reden" in message  # first the missing reason code
    _reason(view, "STABIEL_MET_ZORG")
    confirm.click()
    message = child(view, QLabel, "afsluiten_message").text()
    assert "Niet afgevinkt: het netwerk is steunend." in message
    assert "Doel 1, actie 1 staat nog open" in message
    reden = child(view, QPlainTextEdit, "afsluiten_doorgaan_reden")
    assert reden.isVisible()
    with service.unit_of_work() as (session, _):
        assert refresh_afsluiten(session, d.casus_id, TODAY).fase is Fase.TRAJECT  # nothing stored yet
    reden.setPlainText("Netwerk is klein maar de cliënt wil zelf verder; waakvlam houdt zicht")
    with journaled(service) as delta, qtbot.waitSignal(view.sig_changed):
        confirm.click()
    assert [a.action for a in delta.accesses] == ["casus-afsluiten"]
    with service.unit_of_work() as (session, _):
        werkblad = refresh_afsluiten(session, d.casus_id, TODAY)
    assert werkblad.fase is Fase.WAAKVLAM
    assert werkblad.stand is not None
    assert werkblad.stand.afsluiting.uitkomst is AfsluitUitkomst.WAAKVLAM
    assert werkblad.stand.afsluiting.waakvlam_weken == 8
    assert "netwerk is steunend" in werkblad.stand.open_punten[0]
    assert "Volgend contact uiterlijk 10-08-2026" in child(view, QLabel, "afsluiten_stand").text()
    assert not child(view, QRadioButton, "afsluiten_uitkomst_waakvlam").isEnabled()


def test_overdracht_needs_to_whom_and_a_flush_keeps_the_checklist_as_a_draft(qtbot, view, service) -> None:
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    aan = child(view, QRadioButton, "afsluiten_uitkomst_overdracht")
    aan.setChecked(True)
    _tick(view, ChecklistItem.VERWIJZER_GEINFORMEERD, ChecklistItem.MELDCODE_OVERWOGEN)
    _reason(view, "SPECIALISTISCH")
    child(view, QPushButton, "afsluiten_bevestigen").click()
    assert "aan wie" in child(view, QLabel, "afsluiten_message").text()
    view.flush()
    view.clear()
    assert not child(view, QCheckBox, "afsluiten_check_meldcode_overwogen").isChecked()
    view.show_casus(d.casus_id)
    assert aan.isChecked()
    assert child(view, QCheckBox, "afsluiten_check_meldcode_overwogen").isChecked()
    assert child(view, QComboBox, "afsluiten_reden").currentData() == "SPECIALISTISCH"


def test_the_evaluation_pdf_is_saved_through_the_seam_and_logged(qtbot, view, service, dialogs, tmp_path: Path) -> None:
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    target = tmp_path / "evaluatie.pdf"
    dialogs.save_answer = target
    with journaled(service) as delta:
        child(view, QPushButton, "afsluiten_pdf").click()
    assert target.read_bytes().startswith(b"%PDF-")
    assert [a.action for a in delta.accesses] == ["evaluatie-exporteren"]
    assert dialogs.save_requests[-1][1] == "evaluatie.pdf"  # no name in the suggested file name
    dialogs.save_answer = tmp_path / "bestaat-niet" / "x.pdf"
    with journaled(service) as delta:
        child(view, QPushButton, "afsluiten_pdf").click()
    assert "niet worden opgeslagen" in child(view, QLabel, "afsluiten_message").text()
    assert delta.accesses == []  # a failed write takes its log entry along


def test_clear_leaves_nothing_of_the_casus(qtbot, view, service) -> None:
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    child(view, QPlainTextEdit, "afsluiten_toelichting").setPlainText("Vertrouwelijke afspraak")
    view.clear()
    for text in ("Vertrouwelijke afspraak", "Doel 1, actie 1", "Fase: Traject"):
        assert [w for w in widgets_showing(text, visible_only=False) if view.isAncestorOf(w)] == []
