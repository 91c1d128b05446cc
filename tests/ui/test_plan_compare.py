"""The compare view: what changed since the client last signed, per doel and per actie, in words."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QTextBrowser, QWidget

from regie_desktop.app.plan_werkblad import PlanWerkblad, open_plan, refresh_plan, start_new_version
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.domain.plan import ChangeKind, PlanContent, plan_hash
from tests.app.factories import TODAY, Dossier, consent, new_dossier, plan
from tests.ui.gui_support import FakeDialogs, child, flush_deletes, widget_texts
from ui.plan.compare_view import PlanCompareView
from ui.plan.plan_editor import PlanEditor


@pytest.fixture
def dossier(service) -> Dossier:
    return new_dossier(service)


def _werkblad(service, casus_id: str) -> PlanWerkblad:
    with service.unit_of_work() as (session, _):
        return refresh_plan(session, casus_id)


def _save(service, content: PlanContent) -> None:
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, content, TODAY)


def _sign(service, casus_id: str) -> None:
    with service.unit_of_work() as (session, actor):
        current = draft(session, casus_id)
        assert current is not None
        sign_plan(session, actor, casus_id, consent(plan_hash(current)), TODAY)


@pytest.fixture
def view(qtbot, service, dialogs: FakeDialogs) -> Iterator[PlanCompareView]:
    widget = PlanCompareView(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()
    flush_deletes()


def test_without_a_signed_version_there_is_nothing_to_compare(service, dossier, view) -> None:
    _save(service, plan(dossier.casus_id))
    view.show_werkblad(_werkblad(service, dossier.casus_id))
    assert "Nog geen ondertekende versie" in view.text()
    assert view.changes == [] and not child(view, QTextBrowser, "plan_compare_text").isVisible()


def test_a_signed_version_without_a_new_concept_says_nothing_changed(service, dossier, view) -> None:
    _save(service, plan(dossier.casus_id))
    _sign(service, dossier.casus_id)
    view.show_werkblad(_werkblad(service, dossier.casus_id))
    assert "Versie 1 is ondertekend" in view.text() and "nog geen nieuwe versie" in view.text()
    with service.unit_of_work() as (session, actor):
        werkblad = start_new_version(session, actor, dossier.casus_id, TODAY)
    view.show_werkblad(werkblad)
    assert "niets veranderd sinds de ondertekening van versie 1" in view.text()


def test_after_signing_the_editor_adds_a_doel_and_changes_an_actie_and_the_view_shows_both(
    qtbot, service, dossier, view, dialogs
) -> None:
    _save(service, plan(dossier.casus_id))
    _sign(service, dossier.casus_id)
    editor = PlanEditor(service, dialogs)
    qtbot.addWidget(editor)
    editor.resize(1280, 900)
    with service.unit_of_work() as (session, actor):
        editor.show_werkblad(open_plan(session, actor, dossier.casus_id))
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.mouseClick(child(editor, QPushButton, "new_version_button"), Qt.MouseButton.LeftButton)
    first = editor.doel_editors()[0]
    wat = child(first, QLineEdit, "actie_wat")
    qtbot.keyClick(wat, Qt.Key.Key_End)
    qtbot.keyClicks(wat, " met zus")
    qtbot.keyClicks(child(editor, QComboBox, "new_doel_leefgebied"), "Licha")  # Lichamelijke gezondheid
    qtbot.mouseClick(child(editor, QPushButton, "add_doel_button"), Qt.MouseButton.LeftButton)
    added = editor.doel_editors()[-1]
    qtbot.keyClicks(child(added, QPlainTextEdit, "doel_omschrijving"), "Beter slapen")
    editor.flush()

    view.show_werkblad(_werkblad(service, dossier.casus_id))
    kinds = {c.doel_id: c.kind for c in view.changes}
    assert kinds == {first.doel_id: ChangeKind.CHANGED, added.doel_id: ChangeKind.ADDED}
    text = view.text()
    assert "Versie 2 (concept) vergeleken met versie 1" in text
    assert "Wat is er veranderd: 1 doel toegevoegd, 1 doel gewijzigd." in text
    assert "[+] Toegevoegd: doel 3, Lichamelijke gezondheid" in text and "“Beter slapen”" in text
    assert "[✎] Gewijzigd: doel 1, Financiën" in text
    assert "Actie gewijzigd" in text and "wat: was “Post sorteren”, nu “Post sorteren met zus”" in text
    assert "Huisvesting" not in text  # doel 2 did not change: not listed
    editor.clear()


def test_removed_doelen_and_plan_level_changes_are_listed(service, dossier, view) -> None:
    signed = plan(dossier.casus_id)
    _save(service, signed)
    _sign(service, dossier.casus_id)
    changed = replace(
        signed,
        version=2,
        doelen=(replace(signed.doelen[0], acties=()),),
        tussenevaluatie=None,
        toelichting="Zus helpt <mee>",
    )
    _save(service, changed)
    view.show_werkblad(_werkblad(service, dossier.casus_id))
    text = view.text()
    assert "[−] Verwijderd: doel 2 van versie 1, Huisvesting" in text and "“Woning behouden”" in text
    assert "[−] Actie verwijderd: Fatima (Cliënt): “Post sorteren”, 01-07-2026" in text
    assert "Tussenevaluatie: was 01-09-2026, nu geen datum" in text
    assert "Toelichting: was (leeg), nu “Zus helpt <mee>”" in text  # typed text is escaped, not markup
    assert view.plan_fields == ("tussenevaluatie", "toelichting")


def test_clear_leaves_no_plan_text(service, dossier, view) -> None:
    _save(service, plan(dossier.casus_id))
    _sign(service, dossier.casus_id)
    _save(service, replace(plan(dossier.casus_id, omschrijving="Schulden van Fatima op een rij"), version=2))
    view.show_werkblad(_werkblad(service, dossier.casus_id))
    assert "Fatima" in view.text()
    view.clear()
    shown = [t for w in [view, *view.findChildren(QWidget)] for t in widget_texts(w) if t]
    assert not [t for t in shown if "Fatima" in t or "Schulden" in t]
