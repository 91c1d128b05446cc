"""The plan editor: doelen from the wensen of the gesprek, acties and inzet, autosave, and a signed version."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

import ui.plan.plan_editor as plan_editor_module
from regie_desktop.app.gesprek import add_netwerk_persoon, save_leefgebied_notitie
from regie_desktop.app.plan_werkblad import PlanWerkblad, open_plan, refresh_plan
from regie_desktop.app.plans import draft, latest_version, save_plan_draft, sign_plan
from regie_desktop.domain.gesprek import LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.domain.plan import Actie, InzetSoort, PlanContent, PlanStatus, WieSoort, plan_hash
from regie_desktop.errors import ValidationError
from tests.app.factories import TODAY, Dossier, consent, new_dossier, plan
from tests.ui.gui_support import FakeDialogs, child, flush_deletes, widget_texts
from ui.gesprek.part import AUTOSAVE_PAUSE_MS
from ui.plan.doel_editor import DoelEditor
from ui.plan.plan_editor import PlanEditor

WENS = "Rust in de post en geen aanmaningen meer"
BUUR = "Buurvrouw Els de Wit"


@pytest.fixture
def dossier(service) -> Dossier:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_leefgebied_notitie(session, actor, d.casus_id, LeefgebiedNotitie(d.persoon_id, "financien", wens=WENS))
        add_netwerk_persoon(session, actor, d.casus_id, NetwerkPersoon(BUUR, "buren"))
    return d


def _werkblad(service, casus_id: str) -> PlanWerkblad:
    with service.unit_of_work() as (session, actor):
        return open_plan(session, actor, casus_id)


def _draft(service, casus_id: str) -> PlanContent | None:
    with service.unit_of_work() as (session, _):
        return draft(session, casus_id)


def _sign(service, casus_id: str) -> None:
    with service.unit_of_work() as (session, actor):
        current = draft(session, casus_id)
        assert current is not None
        sign_plan(session, actor, casus_id, consent(plan_hash(current)), TODAY)


@pytest.fixture
def editor(qtbot, service, dossier, dialogs: FakeDialogs) -> Iterator[PlanEditor]:
    widget = PlanEditor(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show_werkblad(_werkblad(service, dossier.casus_id))
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()
    flush_deletes()


def _click(qtbot, button: QAbstractButton) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _add_doel(qtbot, editor: PlanEditor, leefgebied_text: str) -> DoelEditor:
    combo = child(editor, QComboBox, "new_doel_leefgebied")
    # Keyboard search in the list of leefgebieden; QTest cannot type "ë", and a prefix is what people type.
    qtbot.keyClicks(combo, leefgebied_text[:6])
    assert combo.currentText() == leefgebied_text
    before = set(editor.doel_editors())
    _click(qtbot, child(editor, QPushButton, "add_doel_button"))
    (added,) = set(editor.doel_editors()) - before
    return added


def test_a_wens_from_the_gesprek_becomes_a_doel_in_its_leefgebied(qtbot, service, dossier, editor) -> None:
    box = child(editor, QWidget, "wensen_box")
    assert any(WENS in text for w in box.findChildren(QLabel) for text in widget_texts(w))
    (button,) = box.findChildren(QPushButton, "wens_doel_button")
    _click(qtbot, button)
    (doel,) = editor.doel_editors()
    assert doel.leefgebied.currentData() == "financien"
    omschrijving = child(doel, QPlainTextEdit, "doel_omschrijving")
    assert omschrijving.toPlainText() == WENS
    assert omschrijving.hasFocus()  # the worker can rephrase it with the client straight away
    editor.flush()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None
    assert [(d.id, d.leefgebied, d.omschrijving) for d in stored.doelen] == [(doel.doel_id, "financien", WENS)]


def test_worker_adds_a_doel_with_a_zes_and_an_actie_and_the_autosave_stores_it(qtbot, service, dossier, editor) -> None:
    doel = _add_doel(qtbot, editor, "Huisvesting")
    qtbot.keyClicks(child(doel, QPlainTextEdit, "doel_omschrijving"), "In mijn huis blijven wonen")
    qtbot.keyClicks(child(doel, QPlainTextEdit, "doel_zes"), "Geen huurachterstand meer")
    _click(qtbot, child(doel, QPushButton, "add_actie_button"))
    wie = child(doel, QComboBox, "actie_wie")
    soort = child(doel, QComboBox, "actie_soort")
    assert wie.hasFocus() and wie.currentText() == ""
    assert BUUR in [wie.itemText(i) for i in range(wie.count())]  # the netwerk is offered
    qtbot.keyClicks(wie, BUUR)
    assert soort.currentData() == WieSoort.NETWERK.value  # set by picking a known name
    qtbot.keyClicks(child(doel, QLineEdit, "actie_wat"), "Helpt met het sorteren van de post")

    def stored_doel() -> bool:
        stored = _draft(service, dossier.casus_id)
        return stored is not None and bool(stored.doelen) and bool(stored.doelen[0].acties)

    qtbot.waitUntil(stored_doel, timeout=3000)  # no flush: the autosave alone
    qtbot.waitUntil(lambda: not editor.pending, timeout=3000)
    stored = _draft(service, dossier.casus_id)
    assert stored is not None
    (saved,) = stored.doelen
    assert saved.id == doel.doel_id and saved.leefgebied == "huisvesting"
    assert (saved.omschrijving, saved.zes) == ("In mijn huis blijven wonen", "Geen huurachterstand meer")
    assert saved.acties == (Actie(BUUR, WieSoort.NETWERK, "Helpt met het sorteren van de post", None),)


def test_a_free_name_keeps_the_soort_the_worker_chose(qtbot, service, dossier, editor) -> None:
    doel = _add_doel(qtbot, editor, "Financiën")
    _click(qtbot, child(doel, QPushButton, "add_actie_button"))
    soort = child(doel, QComboBox, "actie_soort")
    qtbot.keyClicks(soort, "Voorveld")
    qtbot.keyClicks(child(doel, QComboBox, "actie_wie"), "Schuldhulp Buurtteam")
    assert soort.currentData() == WieSoort.VOORVELD.value
    editor.flush()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None
    assert stored.doelen[0].acties[0].wie_soort is WieSoort.VOORVELD


def test_flush_saves_pending_input_at_once(qtbot, service, dossier, editor) -> None:
    qtbot.keyClicks(child(editor, QPlainTextEdit, "toelichting_edit"), "Zus komt bij het volgende gesprek")
    assert editor.pending
    editor.flush()
    assert not editor.pending
    stored = _draft(service, dossier.casus_id)
    assert stored is not None and stored.toelichting == "Zus komt bij het volgende gesprek"


def test_a_half_typed_actie_is_saved_without_an_error(qtbot, service, dossier, editor) -> None:
    doel = _add_doel(qtbot, editor, "Financiën")
    _click(qtbot, child(doel, QPushButton, "add_actie_button"))
    qtbot.keyClicks(child(doel, QLineEdit, "actie_wat"), "Post ope")  # no wie yet, the text half-way
    editor.flush()
    assert not child(editor, QLabel, "plan_editor_message").isVisible()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None
    assert stored.doelen[0].omschrijving == ""
    assert stored.doelen[0].acties == (Actie("", WieSoort.CLIENT, "Post ope", None),)


def test_tussenevaluatie_date_and_wanneer_are_optional(qtbot, service, dossier, editor) -> None:
    geen = child(editor, QCheckBox, "tussenevaluatie_geen_datum")
    date = child(editor, QDateEdit, "tussenevaluatie_edit")
    assert geen.isChecked() and not date.isVisible()
    _click(qtbot, geen)
    assert date.isVisible()
    doel = _add_doel(qtbot, editor, "Financiën")
    _click(qtbot, child(doel, QPushButton, "add_actie_button"))
    zo_snel = child(doel, QCheckBox, "actie_zo_snel_mogelijk")
    assert zo_snel.isChecked()  # a new actie: "zo snel mogelijk"
    _click(qtbot, zo_snel)
    editor.flush()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None
    assert stored.tussenevaluatie == date.date().toPython()
    assert stored.doelen[0].acties[0].wanneer == child(doel, QDateEdit, "actie_wanneer").date().toPython()


def test_productcode_only_for_maatwerk(qtbot, service, dossier, editor) -> None:
    doel = _add_doel(qtbot, editor, "Financiën")
    _click(qtbot, child(doel, QPushButton, "add_inzet_button"))
    code = child(doel, QLineEdit, "inzet_productcode")
    assert not code.isEnabled()
    qtbot.keyClicks(child(doel, QComboBox, "inzet_soort"), "Maatwerk")
    assert code.isEnabled()
    qtbot.keyClicks(code, "BGI")
    qtbot.keyClicks(child(doel, QLineEdit, "inzet_omschrijving"), "Begeleiding individueel")
    editor.flush()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None
    (inzet,) = stored.doelen[0].inzet
    assert (inzet.soort, inzet.omschrijving, inzet.productcode) == (
        InzetSoort.MAATWERK,
        "Begeleiding individueel",
        "BGI",
    )


def test_autosave_waits_for_a_pause_instead_of_saving_per_keystroke(
    qtbot, service, dossier, editor, monkeypatch
) -> None:
    calls: list[str] = []
    real = plan_editor_module.save_plan_draft

    def counting(*args, **kwargs):
        calls.append("save")
        return real(*args, **kwargs)

    monkeypatch.setattr(plan_editor_module, "save_plan_draft", counting)
    text = "Schulden op een rij"
    qtbot.keyClicks(child(editor, QPlainTextEdit, "toelichting_edit"), text)  # one key event per character
    assert calls == []  # typed faster than the pause: nothing saved yet
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    qtbot.wait(AUTOSAVE_PAUSE_MS + 200)
    assert len(calls) == 1 < len(text)
    stored = _draft(service, dossier.casus_id)
    assert stored is not None and stored.toelichting == text


def test_the_page_refreshing_after_a_save_keeps_the_widgets_and_the_cursor(qtbot, service, dossier, editor) -> None:
    doel = _add_doel(qtbot, editor, "Financiën")
    field = child(doel, QPlainTextEdit, "doel_omschrijving")
    qtbot.keyClicks(field, "Overzicht")
    with qtbot.waitSignal(editor.sig_changed, timeout=3000):
        pass  # the autosave
    with service.unit_of_work() as (session, _):
        editor.show_werkblad(refresh_plan(session, dossier.casus_id))
    assert editor.doel_editors() == [doel] and field.hasFocus()
    qtbot.keyClicks(field, " krijgen")
    editor.flush()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None and stored.doelen[0].omschrijving == "Overzicht krijgen"


def test_someone_added_to_the_netwerk_meanwhile_is_offered_after_a_refresh(qtbot, service, dossier, editor) -> None:
    doel = _add_doel(qtbot, editor, "Financiën")
    _click(qtbot, child(doel, QPushButton, "add_actie_button"))
    wie = child(doel, QComboBox, "actie_wie")
    qtbot.keyClicks(wie, "Zus")
    editor.flush()
    with service.unit_of_work() as (session, actor):
        add_netwerk_persoon(session, actor, dossier.casus_id, NetwerkPersoon("Zus Meryem", "familie"))
        werkblad = refresh_plan(session, dossier.casus_id)
    editor.show_werkblad(werkblad)
    assert editor.doel_editors() == [doel]
    assert "Zus Meryem" in [wie.itemText(i) for i in range(wie.count())] and wie.currentText() == "Zus"


def test_removing_a_doel_asks_first(qtbot, service, dossier, editor, dialogs: FakeDialogs) -> None:
    doel = _add_doel(qtbot, editor, "Financiën")
    editor.flush()
    dialogs.answer = False
    _click(qtbot, child(doel, QPushButton, "remove_doel_button"))
    assert editor.doel_editors() == [doel] and len(dialogs.questions) == 1
    dialogs.answer = True
    _click(qtbot, child(doel, QPushButton, "remove_doel_button"))
    assert editor.doel_editors() == []
    editor.flush()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None and stored.doelen == ()


def test_moving_a_doel_changes_the_order_of_the_plan(qtbot, service, dossier, editor) -> None:
    first = _add_doel(qtbot, editor, "Financiën")
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new keyboard search, not "FinancHuisve"
    second = _add_doel(qtbot, editor, "Huisvesting")
    assert editor.doel_editors() == [first, second]
    assert not child(first, QPushButton, "doel_up_button").isEnabled()
    _click(qtbot, child(second, QPushButton, "doel_up_button"))
    assert editor.doel_editors() == [second, first]
    editor.flush()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None and [d.id for d in stored.doelen] == [second.doel_id, first.doel_id]


def test_tab_follows_the_reading_order_of_a_doel(qtbot, editor) -> None:
    doel = _add_doel(qtbot, editor, "Financiën")
    omschrijving = child(doel, QPlainTextEdit, "doel_omschrijving")
    omschrijving.setFocus()
    qtbot.keyClick(omschrijving, Qt.Key.Key_Tab)
    assert child(doel, QPlainTextEdit, "doel_zes").hasFocus()
    qtbot.keyClick(child(doel, QPlainTextEdit, "doel_zes"), Qt.Key.Key_Tab)
    assert child(doel, QPushButton, "add_actie_button").hasFocus()


def test_a_failed_save_says_so_and_keeps_what_was_typed(qtbot, service, dossier, editor, monkeypatch) -> None:
    def failing(*args, **kwargs):
        raise ValidationError("De werkruimte is vergrendeld.")

    monkeypatch.setattr(plan_editor_module, "save_plan_draft", failing)
    field = child(editor, QPlainTextEdit, "toelichting_edit")
    qtbot.keyClicks(field, "Afspraak met de woningcorporatie")
    editor.flush()
    message = child(editor, QLabel, "plan_editor_message")
    assert message.isVisible() and "niet opgeslagen" in message.text()
    assert field.toPlainText() == "Afspraak met de woningcorporatie" and editor.pending
    monkeypatch.undo()
    editor.flush()  # the next try stores it
    assert not message.isVisible() and not editor.pending
    stored = _draft(service, dossier.casus_id)
    assert stored is not None and stored.toelichting == "Afspraak met de woningcorporatie"


def test_a_plan_signed_meanwhile_is_not_overwritten(qtbot, service, dossier, editor) -> None:
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(dossier.casus_id), TODAY)
    editor.show_werkblad(_werkblad(service, dossier.casus_id))
    _sign(service, dossier.casus_id)  # elsewhere, while the editor still shows the concept
    qtbot.keyClicks(child(editor, QPlainTextEdit, "toelichting_edit"), "Nog iets")
    editor.flush()
    assert child(editor, QLabel, "plan_editor_message").isVisible()
    with service.unit_of_work() as (session, _):
        latest = latest_version(session, dossier.casus_id)
        assert latest is not None and latest.version == 1 and latest.status == PlanStatus.ONDERTEKEND.value


def test_every_input_has_an_accessible_name(qtbot, editor) -> None:
    doel = _add_doel(qtbot, editor, "Financiën")
    _click(qtbot, child(doel, QPushButton, "add_actie_button"))
    _click(qtbot, child(doel, QPushButton, "add_inzet_button"))
    inputs = _inputs(editor)
    assert len(inputs) > 10
    assert [w.objectName() for w in inputs if not w.accessibleName().strip()] == []
    assert child(doel, QComboBox, "actie_wie").accessibleName() == "Actie 1: wie"


def _inputs(editor: PlanEditor) -> list[QWidget]:
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QCheckBox)
    inner = (QComboBox, QDateEdit)  # the line edit inside an editable combo box or a date field
    return [w for w in editor.findChildren(QWidget) if isinstance(w, kinds) and not isinstance(w.parent(), inner)]


def test_a_signed_version_is_read_only_and_a_new_version_needs_new_consent(qtbot, service, dossier, editor) -> None:
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(dossier.casus_id), TODAY)
    _sign(service, dossier.casus_id)
    editor.show_werkblad(_werkblad(service, dossier.casus_id))
    banner = child(editor, QFrame, "plan_signed_banner")
    assert banner.isVisible()
    assert "Versie 1 is ondertekend" in child(banner, QLabel, "plan_signed_text").text()
    assert len(editor.doel_editors()) == 2
    inputs = _inputs(editor)
    assert inputs and not any(w.isEnabled() for w in inputs)
    assert not child(editor, QPushButton, "add_doel_button").isVisible()
    assert not any(b.isVisible() for b in editor.findChildren(QPushButton, "wens_doel_button"))

    with qtbot.waitSignal(editor.sig_changed, timeout=2000):
        _click(qtbot, child(editor, QPushButton, "new_version_button"))
    assert editor.editable and not banner.isVisible()
    assert child(editor.doel_editors()[0], QPlainTextEdit, "doel_omschrijving").isEnabled()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None and stored.version == 2
    assert [d.id for d in stored.doelen] == ["d1", "d2"]  # the same doelen, so the compare view can follow them
    zes = child(editor.doel_editors()[0], QPlainTextEdit, "doel_zes")
    qtbot.keyClick(zes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(zes, " en gespaard")
    editor.flush()
    stored = _draft(service, dossier.casus_id)
    assert stored is not None and stored.version == 2 and stored.doelen[0].zes.endswith("en gespaard")


def test_clear_leaves_no_client_data_in_any_widget(qtbot, service, dossier, editor) -> None:
    (button,) = editor.findChildren(QPushButton, "wens_doel_button")
    _click(qtbot, button)
    doel = editor.doel_editors()[0]
    _click(qtbot, child(doel, QPushButton, "add_actie_button"))
    qtbot.keyClicks(child(doel, QComboBox, "actie_wie"), BUUR)
    editor.flush()
    editor.clear()
    flush_deletes()
    secrets = ("Fatima", "Jansen", WENS, BUUR, "Rust in de post")
    shown = [t for w in [editor, *editor.findChildren(QWidget)] for t in widget_texts(w) if t]
    assert shown  # the labels of an empty editor are still there
    assert not [t for t in shown if any(s in t for s in secrets)]
    assert editor.doel_editors() == [] and editor.werkblad is None
