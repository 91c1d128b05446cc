"""The client's rights in the window (#12): Inzage…, Corrigeren…, the Logboek page and Bewaartermijnen."""

from __future__ import annotations

import datetime as dt
import io
import json

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
)
from sqlalchemy import select

from regie_desktop.app.dossier import display_name
from regie_desktop.store import models
from tests.ui.gui_support import child, column_texts, flush_deletes, open_page, unlock, widgets_showing
from ui.inzage_dialog import InzageDialog
from ui.rectify_dialog import RectifyDialog


def _household_with_two(service) -> tuple[str, list[models.Persoon], list[models.Persoon]]:
    with service.unit_of_work() as (session, _):
        people = session.scalars(select(models.Persoon).order_by(models.Persoon.created_at)).all()
        for p in people:
            session.expunge(p)
    by_hh: dict[str, list[models.Persoon]] = {}
    for p in people:
        by_hh.setdefault(p.huishouden_id, []).append(p)
    hh_id = next(h for h, ps in by_hh.items() if len(ps) >= 2)
    others = [p for h, ps in by_hh.items() for p in ps if h != hh_id]
    return hh_id, by_hh[hh_id], others


def _start(qtbot, demo, make_controller):
    controller = make_controller(demo)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    return controller, window


def test_inzage_from_the_household_page_writes_pdf_and_json_without_others(
    qtbot, demo, make_controller, dialogs, tmp_path
):
    _controller, window = _start(qtbot, demo, make_controller)
    hh_id, members, others = _household_with_two(demo)
    window.open_casus("", hh_id)
    assert window.current_page.objectName() == "household_page"
    buttons = window.findChildren(QPushButton, "inzage_button")
    assert len(buttons) == len(members)
    subject, housemate = members[0], members[1]
    assert buttons[0].accessibleName() == f"Inzage voor {display_name(subject)}"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    dialog = window.rights_dialog
    assert isinstance(dialog, InzageDialog) and dialog.isVisible()
    dialogs.save_answer = tmp_path / "inzage.pdf"
    qtbot.mouseClick(child(dialog, QPushButton, "inzage_save_button"), Qt.MouseButton.LeftButton)
    assert dialogs.save_requests[-1][1] == "inzage.pdf", "the file name names nobody"
    pdf = (tmp_path / "inzage.pdf").read_bytes()
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert display_name(subject) in text
    for other in [housemate, *others]:
        assert display_name(other) not in text
    assert window.rights_dialog is None

    qtbot.mouseClick(window.findChildren(QPushButton, "inzage_button")[0], Qt.MouseButton.LeftButton)
    dialog = window.rights_dialog
    assert isinstance(dialog, InzageDialog)
    child(dialog, type(dialog.json_radio), "inzage_json_radio").setChecked(True)
    dialogs.save_answer = tmp_path / "inzage.json"
    assert dialog.save()
    data = json.loads((tmp_path / "inzage.json").read_text(encoding="utf-8"))
    assert data["persoon"]["naam"] == display_name(subject)
    raw = (tmp_path / "inzage.json").read_text(encoding="utf-8")
    for other in [housemate, *others]:
        assert display_name(other) not in raw


def test_logboek_page_filters_and_goes_back(qtbot, qtmodeltester, demo, make_controller):
    _controller, window = _start(qtbot, demo, make_controller)
    hh_id, members, _ = _household_with_two(demo)
    window.open_casus("", hh_id)
    qtbot.mouseClick(child(window, QPushButton, "logboek_button"), Qt.MouseButton.LeftButton)
    page = window.current_page
    assert page.objectName() == "logboek_page"
    table = child(page, QTableView, "logboek_table")
    qtmodeltester.check(table.model())
    everything = column_texts(table, "Wat")
    assert everything[0] == "logboek bekeken" and "dossier geopend" in everything
    assert set(column_texts(table, "Laptop")) == {next(iter(column_texts(table, "Laptop")))}
    assert column_texts(table, "Laptop")[0].startswith("deze laptop")
    action = child(page, QComboBox, "logboek_action_combo")
    action.setCurrentIndex(action.findText("dossier geopend"))
    assert set(column_texts(table, "Wat")) == {"dossier geopend"}
    assert child(page, QLabel, "logboek_count_label").text().endswith(f"van {len(everything)} regels")
    qtmodeltester.check(table.model())
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    child(page, QDateEdit, "logboek_from_edit").setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert table.model().rowCount() == 0
    qtbot.mouseClick(child(page, QPushButton, "logboek_reset_button"), Qt.MouseButton.LeftButton)
    assert table.model().rowCount() == len(everything)
    worker = child(page, QComboBox, "logboek_worker_combo")
    assert worker.count() == 2 and worker.itemText(1) == demo.worker().naam
    qtbot.mouseClick(child(page, QPushButton, "logboek_back_button"), Qt.MouseButton.LeftButton)
    assert window.current_page.objectName() == "household_page"

    window.open_logboek(hh_id)
    name = display_name(members[0])
    assert widgets_showing(name, visible_only=True)
    window.lock_action.trigger()
    flush_deletes()
    assert widgets_showing(name, visible_only=False) == []

    unlock(qtbot, _controller)  # back where the worker was: the same household's logboek
    window = _controller.main_window
    assert window is not None and window.current_page.objectName() == "logboek_page"
    assert window.open_logboek_id() == hh_id and widgets_showing(name, visible_only=True)


def test_corrigeren_keeps_history_and_reloads(qtbot, demo, make_controller):
    _controller, window = _start(qtbot, demo, make_controller)
    hh_id, _members, _ = _household_with_two(demo)
    window.open_casus("", hh_id)
    qtbot.mouseClick(window.findChildren(QPushButton, "rectify_button")[0], Qt.MouseButton.LeftButton)
    dialog = window.rights_dialog
    assert isinstance(dialog, RectifyDialog)
    dialog.choose_field("telefoon")
    new_value = child(dialog, QLineEdit, "rectify_new_edit")
    new_value.setText("06-11112222")
    qtbot.mouseClick(child(dialog, QPushButton, "rectify_save_button"), Qt.MouseButton.LeftButton)
    error = child(dialog, QLabel, "rectify_error_label")
    assert not error.isHidden() and "waarom" in error.text(), "no reason: refused, the typed value stays"
    assert new_value.text() == "06-11112222"
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "rectify_reason_edit"), "Nieuw nummer doorgegeven")
    qtbot.mouseClick(child(dialog, QPushButton, "rectify_save_button"), Qt.MouseButton.LeftButton)
    assert window.rights_dialog is None
    flush_deletes()  # the household page was rebuilt
    persons = child(window, QTableWidget, "persons_table")
    phones = [persons.item(r, 4).text() for r in range(persons.rowCount())]
    assert "06-11112222" in phones
    with demo.unit_of_work() as (session, _):
        rows = session.scalars(select(models.Rectificatie)).all()
        assert [(r.veld, r.nieuwe_waarde, r.reden) for r in rows] == [
            ("telefoon", "06-11112222", "Nieuw nummer doorgegeven")
        ]


def test_bewaartermijnen_page_destroys_a_due_dossier(qtbot, demo, make_controller, dialogs):
    _controller, window = _start(qtbot, demo, make_controller)
    with demo.unit_of_work() as (session, _):
        casus = session.scalars(select(models.Casus).order_by(models.Casus.id)).first()
        assert casus is not None
        casus.fase, casus.afgesloten_op = "afgesloten", dt.date(2001, 2, 3)
        casus_id = casus.id
    window.refresh()
    open_page(qtbot, window, "Bewaartermijnen")
    page = window.current_page
    assert page.objectName() == "bewaartermijnen_page"
    table = child(page, QTableWidget, "retention_table")
    statuses = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert statuses[0] == "te vernietigen"
    destroy = child(page, QPushButton, "destroy_button")
    assert not destroy.isEnabled()
    page.select_casus(casus_id)
    assert destroy.isEnabled()
    dialogs.answer = False
    qtbot.mouseClick(destroy, Qt.MouseButton.LeftButton)
    assert "vernietigd" in dialogs.questions[-1][1]
    with demo.unit_of_work() as (session, _):
        assert session.get(models.Casus, casus_id) is not None, "Nee keeps the dossier"
    dialogs.answer = True
    qtbot.mouseClick(destroy, Qt.MouseButton.LeftButton)
    with demo.unit_of_work() as (session, _):
        assert session.get(models.Casus, casus_id) is None
    records = child(page, QTableWidget, "destruction_table")
    assert records.rowCount() == 1 and records.item(0, 1).text() == "vernietigd"
    assert child(page, QTableWidget, "minimisation_table").rowCount() > 0


def test_minimisation_csv_through_the_seam(qtbot, demo, make_controller, dialogs, tmp_path):
    _controller, window = _start(qtbot, demo, make_controller)
    open_page(qtbot, window, "Bewaartermijnen")
    page = window.current_page
    dialogs.save_answer = tmp_path / "telling.csv"
    qtbot.mouseClick(child(page, QPushButton, "minimisation_csv_button"), Qt.MouseButton.LeftButton)
    assert (tmp_path / "telling.csv").read_text(encoding="utf-8-sig").startswith("Leefgebied;Notities")


def test_rights_buttons_are_reached_with_tab(qtbot, demo, make_controller):
    _controller, window = _start(qtbot, demo, make_controller)
    hh_id, _members, _ = _household_with_two(demo)
    window.open_casus("", hh_id)
    window.activateWindow()
    persons = child(window, QTableWidget, "persons_table")
    persons.setFocus()
    reached = []
    for _ in range(6):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget().objectName())
    assert reached[:2] == ["inzage_button", "rectify_button"]
    assert child(window, QPushButton, "logboek_button").accessibleName() == "Logboek openen"
