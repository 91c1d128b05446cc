"""The Contactjournaal tab: defaults that save typing, autosave, edit, filter, and clear on lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QListWidget, QPlainTextEdit, QPushButton

from regie_desktop.app.contactjournaal import refresh_journaal
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.contactjournaal import ContactSoort
from tests.app.factories import TODAY
from tests.app.journal_support import journaled
from tests.app.nazorg_support import signed_dossier
from tests.ui.gui_support import FakeDialogs, child, widgets_showing
from ui.traject.journaal_view import JournaalView


@pytest.fixture
def view(qtbot, service: WorkspaceService, monkeypatch: pytest.MonkeyPatch) -> JournaalView:
    monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: TODAY))
    widget = JournaalView(service, FakeDialogs())
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts (Ctrl+S) only reach an active window
    return widget


def _stored(service: WorkspaceService, casus_id: str):
    with service.unit_of_work() as (session, _):
        return refresh_journaal(session, casus_id).regels


def test_a_new_contact_starts_with_today_the_aanvrager_and_saves_itself(qtbot, view, service) -> None:
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    assert child(view, QComboBox, "journaal_soort").currentData() == "huisbezoek"
    people = child(view, QListWidget, "journaal_deelnemers")
    ticked = [
        people.item(n).text() for n in range(people.count()) if people.item(n).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Fatima Jansen (huishouden)", "Test Werker (sociaal werker)"]
    note = child(view, QPlainTextEdit, "journaal_notitie")
    soort = child(view, QComboBox, "journaal_soort")
    soort.setCurrentIndex(soort.findData("telefoon"))
    with journaled(service) as delta:
        qtbot.keyClicks(note, "Gebeld over de energierekening")
        with qtbot.waitSignal(view.sig_changed, timeout=3000):
            pass
    assert [a.action for a in delta.accesses] == ["journaal-toevoegen"]
    (regel,) = _stored(service, d.casus_id)
    assert regel.contact.soort is ContactSoort.TELEFOON
    assert regel.contact.notitie == "Gebeld over de energierekening"

    # Typing on edits the same contact; Ctrl+S saves at once.
    qtbot.keyClicks(note, ", betaalregeling gevraagd")
    child(view, QCheckBox, "journaal_alleen_professional").setChecked(True)
    with qtbot.waitSignal(view.sig_changed, timeout=1000):  # a button's shortcut clicks it after a short animation
        qtbot.keyClick(note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (regel,) = _stored(service, d.casus_id)
    assert regel.contact.alleen_professional
    assert regel.contact.notitie.endswith("betaalregeling gevraagd")

    # A next new contact keeps the kind used last.
    qtbot.mouseClick(child(view, QPushButton, "journaal_nieuw"), Qt.MouseButton.LeftButton)
    assert soort.currentData() == "telefoon"
    assert note.toPlainText() == ""


def test_future_date_is_impossible_and_an_empty_note_is_refused_in_dutch(qtbot, view, service) -> None:
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    datum = child(view, QDateEdit, "journaal_datum")
    datum.setDate(QDate(2030, 1, 1))
    assert datum.date() == QDate(TODAY.year, TODAY.month, TODAY.day)  # clamped to today
    qtbot.mouseClick(child(view, QPushButton, "journaal_opslaan"), Qt.MouseButton.LeftButton)
    assert "besproken" in child(view, QLabel, "journaal_message").text()
    assert _stored(service, d.casus_id) == ()


def test_picking_a_contact_edits_it_and_the_filter_narrows_the_list(qtbot, view, service) -> None:
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    note = child(view, QPlainTextEdit, "journaal_notitie")
    soort = child(view, QComboBox, "journaal_soort")
    for kind, text in (("huisbezoek", "Keukentafel"), ("overleg", "Overleg met aanbieder")):
        qtbot.mouseClick(child(view, QPushButton, "journaal_nieuw"), Qt.MouseButton.LeftButton)
        soort.setCurrentIndex(soort.findData(kind))
        qtbot.keyClicks(note, text)
        view.flush()
    items = child(view, QListWidget, "journaal_list")
    assert items.count() == 2
    filt = child(view, QComboBox, "journaal_filter")
    filt.setCurrentIndex(filt.findData("overleg"))
    assert items.count() == 1 and "Overleg met aanbieder" in items.item(0).text()
    filt.setCurrentIndex(0)
    first = next(items.item(n) for n in range(items.count()) if "Keukentafel" in items.item(n).text())
    items.setCurrentItem(first)
    assert note.toPlainText() == "Keukentafel"
    note.selectAll()
    qtbot.keyClicks(note, "Keukentafelgesprek")
    view.flush()
    assert sorted(r.contact.notitie for r in _stored(service, d.casus_id)) == [
        "Keukentafelgesprek",
        "Overleg met aanbieder",
    ]


def test_clear_removes_every_name_and_note(qtbot, view, service) -> None:
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    qtbot.keyClicks(child(view, QPlainTextEdit, "journaal_notitie"), "Vertrouwelijk")
    view.flush()
    view.clear()
    for text in ("Fatima", "Vertrouwelijk", "Test Werker"):
        assert [w for w in widgets_showing(text, visible_only=False) if view.isAncestorOf(w) or w is view] == []
