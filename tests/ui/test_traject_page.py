"""The traject page (#9): the timeline marks steps done from the keyboard, refuses a step ahead of an open one
until a reason is given, the aanbieder tab orders from the sociale kaart and keeps the provider's PDF only inside
the encrypted workspace, and Vandaag shows an overdue step on the right day across a holiday (fixed clock)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tempfile
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget
from sqlalchemy import text

from regie_desktop.app.workspace_service import WorkspaceService
from tests.app.factories import household, new_dossier
from tests.app.traject_support import load_kaart, pdf_with_text, signed_dossier
from tests.ui.gui_support import FakeDialogs, child, column_texts, flush_deletes, widgets_showing
from ui.main_window import MainWindow
from ui.traject.traject_page import TrajectPage


def _fix_clock(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: day))


@pytest.fixture
def page(qtbot, service: WorkspaceService) -> tuple[TrajectPage, FakeDialogs, list[str]]:
    dialogs = FakeDialogs()
    traject = TrajectPage(service, dialogs)
    errors: list[str] = []
    traject.sig_error.connect(errors.append)
    qtbot.addWidget(traject)
    traject.resize(1100, 800)
    traject.show()
    return traject, dialogs, errors


def _state(table: QTableWidget, step: int) -> str:
    return table.item(step - 1, 4).text()


def test_steps_are_marked_done_from_the_keyboard_and_order_is_kept(qtbot, service, page) -> None:
    traject, _dialogs, errors = page
    d = signed_dossier(service)
    traject.open(d.casus_id)
    table = child(traject, QTableWidget, "traject_steps")
    assert table.rowCount() == 12 and table.currentRow() == 3  # the next open step: 4
    assert "Traject van Fatima Jansen" in child(traject, QLabel, "traject_title").text()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    note = child(traject, QLineEdit, "traject_done_note")
    assert note.isVisible() and note.hasFocus()
    qtbot.keyClicks(note, "Uitgelegd aan tafel")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert _state(table, 4) == "✓ gedaan" and table.item(3, 6).text() == "Uitgelegd aan tafel"
    # step 6 while 5 is open: refused with the reason, the note stays, a reason lets it through
    table.selectRow(5)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClicks(note, "Aanbieder belde al")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    message = child(traject, QLabel, "traject_done_message")
    assert message.isVisible() and "Regiestap 5" in message.text()
    reason = child(traject, QLineEdit, "traject_done_reason")
    assert reason.isVisible() and note.text() == "Aanbieder belde al" and _state(table, 6) != "✓ gedaan"
    qtbot.keyClicks(reason, "warme overdracht")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert _state(table, 6) == "✓ gedaan"
    assert table.item(5, 6).text() == "Eerder dan stap 5: warme overdracht. Aanbieder belde al"
    # one click on the state of an open step opens the panel too
    rect = table.visualRect(table.model().index(6, 4))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert note.isVisible() and "Stap 7" in child(traject, type(traject.timeline._panel), "traject_done_panel").title()
    qtbot.mouseClick(child(traject, QPushButton, "traject_done_cancel"), Qt.MouseButton.LeftButton)
    assert not note.isVisible()
    assert not errors
    traject.clear()
    flush_deletes()
    assert not widgets_showing("Fatima", visible_only=False)
    assert not widgets_showing("warme overdracht", visible_only=False)


def test_an_event_sets_the_deadlines_it_starts(qtbot, service, page) -> None:
    traject, _dialogs, errors = page
    d = signed_dossier(service)
    traject.open(d.casus_id)
    kind = traject.findChild(type(traject.timeline._event_kind), "traject_event_kind")
    kind.setCurrentIndex(kind.findData("indicatie_einde"))
    traject.timeline._event_date.setDate(QDate(2027, 3, 31))
    qtbot.mouseClick(child(traject, QPushButton, "traject_event_save"), Qt.MouseButton.LeftButton)
    table = child(traject, QTableWidget, "traject_steps")
    assert not errors
    assert table.item(11, 3).text() == "31-03-2027"  # step 12: on the last day
    assert table.item(10, 3).text() == "17-02-2027"  # step 11: six weeks before, a Wednesday


def test_opdracht_from_the_sociale_kaart_saves_pdf_and_json(qtbot, service, page, tmp_path) -> None:
    traject, dialogs, errors = page
    d = signed_dossier(service, withheld=("huisvesting",))
    load_kaart(service)
    traject.open(d.casus_id)
    traject.tabs.setCurrentWidget(traject.aanbieder)
    qtbot.keyClicks(child(traject, QLineEdit, "opdracht_telefoon"), "030-7654321")
    dialogs.save_answer = tmp_path / "opdracht.pdf"
    qtbot.mouseClick(child(traject, QPushButton, "opdracht_save_button"), Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert dialogs.save_requests[0][1].startswith("opdracht-casus-") and "Jansen" not in dialogs.save_requests[0][1]
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "opdracht.pdf").read_bytes())).pages)
    assert "Schulden op een rij" in pdf_text and "Woning behouden" not in pdf_text
    bestand = json.loads((tmp_path / "opdracht.json").read_text(encoding="utf-8"))
    assert bestand["productcode"] == "BGI" and bestand["werker"]["telefoon"] == "030-7654321"
    assert [doel["leefgebied"] for doel in bestand["doelen"]] == ["financien"]
    assert "Opdracht verstuurd op" in child(traject, QLabel, "opdracht_status").text()
    # the timeline followed: step 5 done, the provider's 10 werkdagen running
    table = child(traject, QTableWidget, "traject_steps")
    assert _state(table, 5) == "✓ gedaan" and table.item(5, 3).text() not in ("", "nog niet bekend")
    # saving the same order again, elsewhere: an export of its own in the access log, the files replaced whole
    dialogs.save_answer = tmp_path / "opnieuw.pdf"
    qtbot.mouseClick(child(traject, QPushButton, "opdracht_export_button"), Qt.MouseButton.LeftButton)
    assert (tmp_path / "opnieuw.pdf").read_bytes().startswith(b"%PDF-") and (tmp_path / "opnieuw.json").exists()
    with service.unit_of_work() as (session, _actor):
        actions = [
            a for (a,) in session.execute(text("SELECT action FROM access_log WHERE entity_id = :c"), {"c": d.casus_id})
        ]
    assert actions.count("opdracht-exporteren") == 2 and "opdracht-vastleggen" in actions
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]  # no half files


def test_bad_attachments_are_refused_in_dutch(qtbot, service, page, tmp_path) -> None:
    traject, dialogs, errors = page
    d = signed_dossier(service)
    traject.open(d.casus_id)
    not_pdf = tmp_path / "plan.pdf"
    not_pdf.write_bytes(b"PK\x03\x04 a zip file, not a pdf")
    corrupt = tmp_path / "kapot.pdf"
    corrupt.write_bytes(pdf_with_text("Kapot")[:400])
    huge = tmp_path / "groot.pdf"
    with huge.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(51 * 1024 * 1024)
    for path, message in ((not_pdf, "geen PDF"), (corrupt, "beschadigd"), (huge, "te groot")):
        dialogs.open_answer = path
        qtbot.mouseClick(child(traject, QPushButton, "bijlage_add_button"), Qt.MouseButton.LeftButton)
        assert errors and message in errors[-1]
    assert "Nog geen ondersteuningsplan" in child(traject, QLabel, "bijlage_status").text()


def _files(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        for folder, dirs, names in os.walk(root, onerror=lambda _e: None):
            dirs[:] = [d for d in dirs if not d.startswith("bash_jobs")]  # the session machinery's, not ours
            found += [Path(folder) / n for n in names]
    return found


def _contains(path: Path, needles: list[bytes]) -> bool:
    try:
        if not path.is_file() or path.stat().st_size > 200 * 1024 * 1024:
            return False
        with path.open("rb") as fh:
            data = fh.read()
    except OSError:
        return False
    return any(n in data for n in needles)


def test_attached_pdf_is_nowhere_on_disk_in_plaintext(qtbot, service, page, tmp_path) -> None:
    traject, dialogs, errors = page
    d = signed_dossier(service)
    traject.open(d.casus_id)
    marker = f"ONDERSTEUNINGSPLAN-{uuid.uuid4().hex}"
    data = pdf_with_text(marker, pages=2)
    source = tmp_path / "van-de-aanbieder.pdf"
    source.write_bytes(data)
    dialogs.open_answer = source
    qtbot.mouseClick(child(traject, QPushButton, "bijlage_add_button"), Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert traject.aanbieder.pdf_document.pageCount() == 2  # shown by QtPdf, from memory
    source.unlink()  # the worker's own download is theirs; what Regie keeps is the question
    with service.unit_of_work() as (session, _actor):
        session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    chunk = data[len(data) // 2 : len(data) // 2 + 48]
    needles = [marker.encode(), marker.encode("utf-16-le"), marker.encode("utf-16-be"), chunk]
    leaks = [p for p in _files(service.home, Path(tempfile.gettempdir())) if _contains(p, needles)]
    assert leaks == []
    # and after locking too (the database is written back on close)
    traject.clear()
    service.lock()
    leaks = [p for p in _files(service.home, Path(tempfile.gettempdir())) if _contains(p, needles)]
    assert leaks == []


HOLIDAY_CASE_SENT = dt.date(2027, 4, 13)  # a Tuesday; 10 werkdagen later skips Koningsdag (Tue 27 April)


def test_overdue_step_reaches_vandaag_on_the_right_day_across_koningsdag(qtbot, service, monkeypatch) -> None:
    d = signed_dossier(service)
    dialogs = FakeDialogs()
    window = MainWindow(service, dialogs=dialogs)
    qtbot.addWidget(window)
    _fix_clock(monkeypatch, HOLIDAY_CASE_SENT)
    window.refresh()
    window.open_casus(d.casus_id, d.huishouden_id)
    qtbot.mouseClick(child(window, QPushButton, "open_traject_button"), Qt.MouseButton.LeftButton)
    traject = window.traject_page
    assert traject is not None and window.open_traject_id() == d.casus_id
    table = child(traject, QTableWidget, "traject_steps")
    for step in (4, 5):  # through the screen, with the fixed "today"
        table.selectRow(step - 1)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.keyClick(child(traject, QLineEdit, "traject_done_note"), Qt.Key.Key_Return)
    assert table.item(5, 3).text() == "28-04-2027"  # 10 werkdagen, Koningsdag not counted

    def vandaag_states() -> list[str]:
        window.refresh()
        vandaag = window.findChild(type(window._vandaag.table), "today_table")
        texts = column_texts(vandaag, "Wat")
        statuses = column_texts(vandaag, "Status")
        return [s for t, s in zip(texts, statuses, strict=True) if t.startswith("Regiestap 6")]

    _fix_clock(monkeypatch, dt.date(2027, 4, 27))
    assert vandaag_states() == ["binnenkort"]
    _fix_clock(monkeypatch, dt.date(2027, 4, 28))  # due today, not late: without the holiday it would be
    assert vandaag_states() == ["vandaag"]
    _fix_clock(monkeypatch, dt.date(2027, 4, 29))
    assert vandaag_states() == ["te laat"]
    window.clear_views()
    flush_deletes()
    assert not widgets_showing("Fatima", visible_only=False)
    window.close()


def test_household_has_a_traject_button_with_ctrl_t(qtbot, service) -> None:
    d = new_dossier(service, household(achternaam="Bakker"))
    window = MainWindow(service, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.open_casus(d.casus_id, d.huishouden_id)
    button = child(window, QPushButton, "open_traject_button")
    qtbot.waitUntil(button.isVisible)
    assert button.shortcut().toString() == "Ctrl+T"
    qtbot.keyClick(window.current_page, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.open_traject_id() == d.casus_id)  # a button's shortcut animates a click
    qtbot.keyClick(window.traject_page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.open_household_id() == (d.casus_id, d.huishouden_id))
    assert window.open_traject_id() is None
    window.close()


def test_lock_saves_the_bespreking_clears_and_unlock_returns_to_the_traject(qtbot, created, make_controller) -> None:
    from tests.ui.gui_support import STRONG_PASSPHRASE, unlock

    service = created.service
    service.unlock(STRONG_PASSPHRASE)
    d = signed_dossier(service)
    load_kaart(service)
    service.lock()
    controller = make_controller(service)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.open_casus(d.casus_id, d.huishouden_id)
    qtbot.mouseClick(child(window, QPushButton, "open_traject_button"), Qt.MouseButton.LeftButton)
    traject = window.traject_page
    assert traject is not None
    traject.tabs.setCurrentWidget(traject.aanbieder)
    child(traject, type(traject.aanbieder._s_checks["indicatie_juist"]), "bespreking_indicatie_juist").setChecked(True)
    wie = traject.aanbieder._s_wie
    qtbot.keyClicks(wie, "Begeleider belt de huisarts voor vrijdag")
    window.lock_action.trigger()  # not saved by hand: the lock saves it
    flush_deletes()
    assert widgets_showing("Begeleider belt de huisarts", visible_only=False) == []
    assert widgets_showing("Jansen", visible_only=False) == []
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and window.open_traject_id() == d.casus_id
    traject = window.traject_page
    assert traject is not None
    assert traject.aanbieder._s_wie.toPlainText() == "Begeleider belt de huisarts voor vrijdag"
    assert traject.aanbieder._s_checks["indicatie_juist"].isChecked()


def test_sociale_kaart_is_kept_on_the_aanbieder_tab(qtbot, service, page) -> None:
    traject, _dialogs, errors = page
    d = signed_dossier(service)
    traject.open(d.casus_id)
    traject.tabs.setCurrentWidget(traject.aanbieder)
    qtbot.mouseClick(child(traject, QPushButton, "kaart_import_button"), Qt.MouseButton.LeftButton)
    table = child(traject, QTableWidget, "sociale_kaart_table")
    assert table.rowCount() == 10 and not errors
    qtbot.mouseClick(child(traject, QPushButton, "kaart_new_button"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(child(traject, QLineEdit, "kaart_naam"), "Buurtkamer Oost")
    qtbot.keyClicks(child(traject, QLineEdit, "kaart_wijk"), "Oost")
    soort = traject.aanbieder.findChild(type(traject.aanbieder._k_soort), "kaart_soort")
    soort.setCurrentIndex(soort.findData("voorveld"))
    qtbot.keyClicks(child(traject, QLineEdit, "kaart_email"), "geen-adres")
    qtbot.mouseClick(child(traject, QPushButton, "kaart_save_button"), Qt.MouseButton.LeftButton)
    message = child(traject, QLabel, "kaart_message")
    assert "e-mailadres" in message.text() and child(traject, QLineEdit, "kaart_naam").text() == "Buurtkamer Oost"
    child(traject, QLineEdit, "kaart_email").setText("oost@buurtkamer.example")
    qtbot.mouseClick(child(traject, QPushButton, "kaart_save_button"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == 11 and "Opgeslagen" in message.text()
    aanbieders = child(traject, type(traject.aanbieder._o_aanbieder), "opdracht_aanbieder")
    assert all("Buurtkamer" not in aanbieders.itemText(i) for i in range(aanbieders.count()))  # voorveld: no order
