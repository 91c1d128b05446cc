"""The Bespreekformulier dialog: pick casussen, reorder them with the keyboard, type a question, save through the
quiet seam and read the PDF back; the draft survives closing; no name is on any widget.

Runs on a real encrypted workspace with the small agenda of ``tests.app.bespreek_support`` (synthetic people).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDateEdit, QLabel, QLineEdit, QListWidget, QMenu, QPushButton, QWidget
from sqlalchemy import select

from regie_desktop.app.bespreekformulier import EXPORT_ACTION, PRINT_ACTION, bespreeklijst, voorstellen
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.models import AccessLog
from tests.app.bespreek_support import Agenda, make_agenda
from tests.app.factories import BSN_A, BSN_B, BSN_C, TODAY, household, new_dossier
from tests.ui.gui_support import FakeDialogs, child, flush_deletes, unlock, widget_texts
from ui.bespreek_dialog import SETTLE_MS, BespreekDialog

PERSONAL = ("Sem", "Visser", "Fatima", "Jansen", "Bakker", "Groot", "Smit", "Mulder", "Dekker", "Lindelaan",
            "06-12345678", "f.jansen@example.org", BSN_A, BSN_B, BSN_C)  # fmt: skip


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The agenda's dates are relative to the fixed TODAY of the factories."""
    monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: TODAY))


@pytest.fixture
def agenda(service: WorkspaceService) -> Agenda:
    return make_agenda(service)


@pytest.fixture
def labels(service: WorkspaceService, agenda: Agenda) -> dict[str, str]:
    """Casus id -> case label, as the core gives them."""
    with service.unit_of_work() as (session, _):
        return {v.casus_id: v.label for v in voorstellen(session, service.today())}


@pytest.fixture
def dialog(qtbot, service: WorkspaceService, agenda: Agenda, dialogs: FakeDialogs) -> Iterator[BespreekDialog]:
    widget = BespreekDialog(service, dialogs)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def _texts(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _accesses(service: WorkspaceService) -> list[tuple[str, str]]:
    with service.unit_of_work() as (session, _):
        return [tuple(r) for r in session.execute(select(AccessLog.action, AccessLog.entity_id)).all()]  # type: ignore[misc]


def _checked(lijst: QListWidget) -> list[str]:
    return [
        lijst.item(r).text().split("\n")[0]
        for r in range(lijst.count())
        if lijst.item(r).checkState() == Qt.CheckState.Checked
    ]


def test_pick_reorder_type_a_question_save_and_read_back(
    qtbot, service: WorkspaceService, agenda: Agenda, labels: dict[str, str], dialog: BespreekDialog,
    dialogs: FakeDialogs, tmp_path: Path,
) -> None:  # fmt: skip
    lijst = child(dialog, QListWidget, "bespreek_lijst")
    rustig = labels[agenda.rustig.casus_id]
    last = lijst.count() - 1
    assert dialog.row_of(rustig) == last, "the one casus without a reason comes last"
    assert lijst.item(last).checkState() == Qt.CheckState.Unchecked
    assert dialog.document.pageCount() >= 1, "the preview is there from the start"

    lijst.setFocus()
    qtbot.keyClick(lijst, Qt.Key.Key_End)
    assert lijst.currentRow() == last
    qtbot.keyClick(lijst, Qt.Key.Key_Space)
    assert lijst.item(last).checkState() == Qt.CheckState.Checked
    for _ in range(last):
        qtbot.keyClick(lijst, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dialog.row_of(rustig) == 0 and lijst.currentRow() == 0
    assert not child(dialog, QPushButton, "bespreek_omhoog").isEnabled()
    qtbot.keyClick(lijst, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(lijst, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert dialog.row_of(rustig) == 0

    vraag = child(dialog, QLineEdit, "bespreek_vraag")
    assert rustig in child(dialog, QLabel, "bespreek_vraag_label").text()
    vraag.setFocus()
    qtbot.keyClicks(vraag, "Kan Fatima Jansen naar het voorveld?")
    qtbot.wait(SETTLE_MS + 100)  # the draft is kept and the preview remade once typing pauses
    with service.unit_of_work() as (session, actor):
        kept = bespreeklijst(session, actor, service.today())
    assert kept.uit_concept
    assert (kept.regels[0].voorstel.casus_id, kept.regels[0].gekozen) == (agenda.rustig.casus_id, True)
    assert kept.regels[0].vraag == "Kan Fatima Jansen naar het voorveld?"

    before = len(_accesses(service))
    dialogs.save_answer = tmp_path / "overleg.pdf"
    qtbot.mouseClick(child(dialog, QPushButton, "bespreek_opslaan"), Qt.MouseButton.LeftButton)
    (title, suggested, _filter) = dialogs.save_requests[-1]
    assert title == "Opslaan als PDF"
    assert suggested.startswith("bespreekformulier-") and suggested.endswith(".pdf")
    assert "Opgeslagen als overleg.pdf" in child(dialog, QLabel, "bespreek_status").text()
    text = _texts(dialogs.save_answer.read_bytes())
    flat = " ".join(text.split())
    assert f"1. {rustig} · F.J." in flat
    assert "Kan F.J. naar het voorveld?" in flat
    for value in PERSONAL:
        assert value not in text, value
    exported = _accesses(service)[before:]
    assert {a for a, _ in exported} == {EXPORT_ACTION}
    assert exported[0] == (EXPORT_ACTION, agenda.rustig.casus_id)
    assert len(exported) == len(_checked(lijst))

    qtbot.mouseClick(child(dialog, QPushButton, "bespreek_afdrukken"), Qt.MouseButton.LeftButton)
    ((print_title, printed),) = dialogs.printed_pdfs
    assert print_title.startswith("Bespreekformulier ")
    assert "Kan F.J. naar het voorveld?" in " ".join(_texts(printed).split())
    assert {a for a, _ in _accesses(service)[before + len(exported) :]} == {PRINT_ACTION}


def test_a_cancelled_save_or_print_writes_and_logs_nothing(
    qtbot, service: WorkspaceService, dialog: BespreekDialog, dialogs: FakeDialogs
) -> None:
    before = _accesses(service)
    dialogs.save_answer = None
    dialogs.print_answer = False
    qtbot.mouseClick(child(dialog, QPushButton, "bespreek_opslaan"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(child(dialog, QPushButton, "bespreek_afdrukken"), Qt.MouseButton.LeftButton)
    assert dialogs.save_requests and not dialogs.printed_pdfs
    assert _accesses(service) == before


def test_a_drag_and_drop_and_an_untick_are_kept_when_closing_at_once(
    qtbot, service: WorkspaceService, agenda: Agenda, labels: dict[str, str], dialogs: FakeDialogs
) -> None:
    first = BespreekDialog(service, dialogs)
    qtbot.addWidget(first)
    lijst = child(first, QListWidget, "bespreek_lijst")
    rustig = labels[agenda.rustig.casus_id]
    row = first.row_of(rustig)
    assert lijst.model().moveRows(QModelIndex(), row, 1, QModelIndex(), 0)  # what an internal drop does
    assert first.row_of(rustig) == 0
    lijst.item(1).setCheckState(Qt.CheckState.Unchecked)
    unticked = lijst.item(1).data(Qt.ItemDataRole.UserRole)
    first.reject()  # before the settle timer: closing keeps the draft itself

    again = BespreekDialog(service, dialogs)
    qtbot.addWidget(again)
    assert again.row_of(rustig) == 0
    regels = {r.casus_id: r.gekozen for r in again.keuze().regels}
    assert regels[unticked] is False
    again.reject()


def test_propose_again_forgets_the_draft_after_asking(
    qtbot, service: WorkspaceService, agenda: Agenda, labels: dict[str, str], dialog: BespreekDialog,
    dialogs: FakeDialogs,
) -> None:  # fmt: skip
    lijst = child(dialog, QListWidget, "bespreek_lijst")
    lijst.setCurrentRow(0)
    dialog.move_current(1)
    dialog.flush()
    dialogs.answer = False
    qtbot.mouseClick(child(dialog, QPushButton, "bespreek_opnieuw"), Qt.MouseButton.LeftButton)
    moved = lijst.item(1).data(Qt.ItemDataRole.UserRole)
    dialogs.answer = True
    qtbot.mouseClick(child(dialog, QPushButton, "bespreek_opnieuw"), Qt.MouseButton.LeftButton)
    assert lijst.item(0).data(Qt.ItemDataRole.UserRole) == moved
    assert len(dialogs.questions) == 2


def test_no_name_or_contact_detail_on_any_widget(dialog: BespreekDialog) -> None:
    texts = [t for w in [dialog, *dialog.findChildren(QWidget)] for t in widget_texts(w) if t]
    assert any("C-" in t for t in texts)
    shown = "\n".join(texts)
    for value in PERSONAL:
        assert value not in shown, value


def test_the_meeting_date_goes_on_the_form(qtbot, dialog: BespreekDialog, dialogs: FakeDialogs, tmp_path) -> None:
    datum = child(dialog, QDateEdit, "bespreek_datum")
    datum.setDate(datum.date().addDays(6))
    chosen = datum.date()
    dialogs.save_answer = tmp_path / "f.pdf"
    qtbot.mouseClick(child(dialog, QPushButton, "bespreek_opslaan"), Qt.MouseButton.LeftButton)
    assert dialogs.save_requests[-1][1] == f"bespreekformulier-{chosen.toString('yyyy-MM-dd')}.pdf"
    assert chosen.toString("dd-MM-yyyy") in _texts(dialogs.save_answer.read_bytes())


def test_ctrl_shift_b_opens_it_from_the_main_window_and_a_lock_keeps_the_choice(qtbot, demo, make_controller) -> None:
    controller = make_controller(demo)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert window.bespreek_action.shortcut() == QKeySequence("Ctrl+Shift+B")
    assert window.bespreek_action in child(window, QMenu, "file_menu").actions()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.bespreek_dialog
    assert dialog is not None and dialog.isVisible()
    lijst = child(dialog, QListWidget, "bespreek_lijst")
    first = lijst.item(0)
    casus_id = first.data(Qt.ItemDataRole.UserRole)
    ticked = first.checkState() == Qt.CheckState.Checked
    first.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    controller.lock()  # at once, before the draft's timer: locking closes the dialog and keeps the choice
    assert controller.main_window is None
    flush_deletes()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, BespreekDialog)]
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and window.bespreek_dialog is None
    window.bespreek_action.trigger()
    reopened = window.bespreek_dialog
    assert reopened is not None
    regels = {r.casus_id: r.gekozen for r in reopened.keuze().regels}
    assert regels[casus_id] is (not ticked)
    window.bespreek_action.trigger()  # a second time: the same dialog, not a second one
    assert window.bespreek_dialog is reopened


def test_too_many_ticked_says_so_in_place_of_the_preview(
    qtbot, dialog: BespreekDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from regie_desktop.app import bespreekformulier

    monkeypatch.setattr(bespreekformulier, "MAX_CASUSSEN", 1)
    lijst = child(dialog, QListWidget, "bespreek_lijst")
    lijst.item(0).setCheckState(Qt.CheckState.Checked)
    lijst.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.update_now()
    melding = child(dialog, QLabel, "bespreek_melding")
    assert melding.isVisible() and "hoogstens 1" in melding.text()
    assert not child(dialog, QPushButton, "bespreek_afdrukken").isEnabled()
    lijst.item(1).setCheckState(Qt.CheckState.Unchecked)
    for row in range(2, lijst.count()):
        lijst.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.update_now()
    assert not melding.isVisible() and dialog.document.pageCount() >= 1
    assert child(dialog, QPushButton, "bespreek_afdrukken").isEnabled()


def test_a_sync_that_brings_changes_refreshes_the_open_dialog_and_keeps_the_choice(
    qtbot, demo, make_controller
) -> None:
    controller = make_controller(demo)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.bespreek_action.trigger()
    dialog = window.bespreek_dialog
    assert dialog is not None
    lijst = child(dialog, QListWidget, "bespreek_lijst")
    before = {lijst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lijst.count())}
    lijst.setCurrentRow(1)
    kept = lijst.item(1).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClicks(child(dialog, QLineEdit, "bespreek_vraag"), "Wie neemt de schuldhulp op zich?")
    arrived = new_dossier(demo, household("Dekker", "Noor", dt.date(1979, 4, 12), None))  # as a pull would bring it

    window.sync.sig_synced.emit(SimpleNamespace(pulled=1, new_conflicts=0))
    after = [lijst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lijst.count())]
    assert arrived.casus_id in after and set(after) - {arrived.casus_id} == before
    assert lijst.currentItem().data(Qt.ItemDataRole.UserRole) == kept  # the worker stays where they were
    assert child(dialog, QLineEdit, "bespreek_vraag").text() == "Wie neemt de schuldhulp op zich?"
    later = new_dossier(demo, household("Dekker", "Sara", dt.date(1981, 6, 3), None))
    window.sync.sig_synced.emit(SimpleNamespace(pulled=0, new_conflicts=0))  # a sync that brought nothing
    assert later.casus_id not in [lijst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lijst.count())]
    dialog.reject()
