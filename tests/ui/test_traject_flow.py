"""Acceptance (#9): from a signed plan through every regiestap on the traject page, on demo dates with a fixed
clock: the opdracht from the sociale kaart starts the provider's terms, the ondersteuningsplan PDF settles step 9,
Vandaag shows what is late on the right day, and every input on the page has an accessible name."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)

from regie_desktop.app.caseload import TodayKind, today_items
from regie_desktop.app.traject import mark_done
from regie_desktop.app.workspace_service import WorkspaceService
from tests.app.traject_support import load_kaart, pdf_with_text, signed_dossier
from tests.ui.gui_support import FakeDialogs, child
from ui.traject.traject_page import TrajectPage

START = dt.date(2027, 1, 4)  # a Monday


def _overdue(service: WorkspaceService, casus_id: str) -> list[str]:
    with service.unit_of_work() as (session, _actor):
        items = today_items(session, service.today())
    return [i.omschrijving for i in items if i.casus_id == casus_id and i.kind is TodayKind.REGIESTAP_TE_LAAT]


def test_every_regiestap_from_signed_plan_to_afronding(qtbot, service, monkeypatch, tmp_path) -> None:
    clock = {"today": START}
    monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: clock["today"]))
    d = signed_dossier(service)
    load_kaart(service)
    dialogs = FakeDialogs()
    page = TrajectPage(service, dialogs)
    errors: list[str] = []
    page.sig_error.connect(errors.append)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.open(d.casus_id)
    table = child(page, QTableWidget, "traject_steps")

    def done(step: int, on: dt.date, note: str = "") -> None:
        clock["today"] = on
        page.timeline.show_casus(d.casus_id)
        table.selectRow(step - 1)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        note_field = child(page, QLineEdit, "traject_done_note")
        qtbot.keyClicks(note_field, note)
        qtbot.keyClick(note_field, Qt.Key.Key_Return)
        assert table.item(step - 1, 4).text() == "✓ gedaan", (step, errors)

    done(4, START, "Werkwijze uitgelegd")
    # 5: the opdracht, through the Aanbieder tab (period 11 January to 9 July)
    clock["today"] = dt.date(2027, 1, 6)
    page.tabs.setCurrentWidget(page.aanbieder)
    page.aanbieder.clear()  # read again as on a new day: today's defaults
    page.aanbieder.show_casus(d.casus_id)
    page.aanbieder._o_start.setDate(dt.date(2027, 1, 11))
    page.aanbieder._o_einde.setDate(dt.date(2027, 7, 9))
    qtbot.keyClicks(child(page, QLineEdit, "opdracht_telefoon"), "030-7654321")
    dialogs.save_answer = tmp_path / "opdracht.pdf"
    qtbot.mouseClick(child(page, QPushButton, "opdracht_save_button"), Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert table.item(4, 4).text() == "✓ gedaan"
    assert table.item(5, 3).text() == "20-01-2027"  # 10 werkdagen after Wednesday 6 January
    assert table.item(8, 3).text() == "25-01-2027"  # ondersteuningsplan: 2 weeks after the start
    assert table.item(9, 3).text() == "12-04-2027"  # halfway 11 Jan - 9 Jul (10 April is a Saturday)
    assert table.item(10, 3).text() == "28-05-2027"  # 6 weeks before the end
    # the provider is late: not on the day itself, from the day after
    clock["today"] = dt.date(2027, 1, 20)
    assert _overdue(service, d.casus_id) == []
    clock["today"] = dt.date(2027, 1, 21)
    assert _overdue(service, d.casus_id) == ["Regiestap 6: Aanbieder neemt contact op"]
    done(6, dt.date(2027, 1, 21), "Begeleider belde")
    assert _overdue(service, d.casus_id) == []
    done(7, dt.date(2027, 1, 22), "Intake gedaan")
    done(8, dt.date(2027, 1, 25))
    # 9: the provider's ondersteuningsplan arrives as a PDF
    clock["today"] = dt.date(2027, 1, 25)
    source = tmp_path / "ondersteuningsplan.pdf"
    source.write_bytes(pdf_with_text("Ondersteuningsplan Zorggroep De Linde"))
    dialogs.open_answer = source
    qtbot.mouseClick(child(page, QPushButton, "bijlage_add_button"), Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert table.item(8, 4).text() == "✓ gedaan"
    done(10, dt.date(2027, 4, 12), "Driegesprek met inwoner")
    done(11, dt.date(2027, 5, 26), "Eindverslag ontvangen")
    done(12, dt.date(2027, 7, 8), "Eindevaluatie gehouden")
    assert all(table.item(r, 4).text() == "✓ gedaan" for r in range(12))
    assert "Alle regiestappen zijn gedaan" in page.timeline._summary.text()
    assert not errors

    unnamed = [
        w.objectName()
        for kind in (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTableWidget)
        for w in page.findChildren(kind)
        if not w.accessibleName() and w.isVisibleTo(page) and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
    ]
    assert unnamed == []


def test_vandaag_counts_a_late_step_once(service, monkeypatch) -> None:
    monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: dt.date(2027, 2, 1)))
    d = signed_dossier(service)
    with service.unit_of_work() as (session, actor):
        mark_done(session, actor, d.casus_id, 4, dt.date(2027, 1, 4), "", service.today())
        mark_done(session, actor, d.casus_id, 5, dt.date(2027, 1, 4), "", service.today())
    assert _overdue(service, d.casus_id) == ["Regiestap 6: Aanbieder neemt contact op"]
