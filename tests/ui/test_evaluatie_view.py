"""The Voortgang en evaluatie tab: doelen against their '6', the ZRM first vs latest, the eindverslag, verlenging."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton

from regie_desktop.app.evaluatie import refresh_evaluatie
from regie_desktop.app.plans import draft
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.evaluatie import Uitkomst
from tests.app.factories import TODAY
from tests.app.journal_support import journaled
from tests.app.nazorg_support import assess, minimal_pdf, signed_dossier
from tests.ui.gui_support import FakeDialogs, child, widgets_showing
from ui.traject.evaluatie_view import EvaluatieView


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def view(qtbot, service: WorkspaceService, dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch) -> EvaluatieView:
    monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: TODAY))
    widget = EvaluatieView(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _pick(view: EvaluatieView, n: int, uitkomst: Uitkomst, text: str = "") -> None:
    combo = child(view, QComboBox, f"evaluatie_uitkomst_{n}")
    combo.setCurrentIndex(combo.findData(uitkomst.value))
    field = child(view, QLineEdit, f"evaluatie_toelichting_{n}")
    field.setText(text)
    field.textEdited.emit(text)


def test_doelen_show_their_6_and_an_evaluation_is_stored_with_one_access(qtbot, view, service) -> None:
    d = signed_dossier(service)
    assess(service, d.casus_id, d.persoon_id, dt.date(2026, 5, 10), 2)
    assess(service, d.casus_id, d.persoon_id, dt.date(2026, 5, 30), 3)
    assess(service, d.casus_id, d.persoon_id, TODAY, 4)
    view.show_casus(d.casus_id)
    assert child(view, QLabel, "evaluatie_zes_1").text() == "De afgesproken 6: Vaste lasten op tijd betaald"
    data = view.chart.data
    assert data is not None
    assert data.title == "ZRM: 10-05-2026 en 15-06-2026"
    assert [s.name for s in data.series] == ["Eerste meting 10-05-2026", "Laatste meting 15-06-2026"]

    child(view, QPushButton, "evaluatie_opslaan").click()
    assert "Doel 1" in child(view, QLabel, "evaluatie_message").text()  # nothing chosen yet: named, nothing lost
    _pick(view, 1, Uitkomst.DEELS, "Post gaat beter, betalen nog niet")
    _pick(view, 2, Uitkomst.BEREIKT)
    with journaled(service) as delta, qtbot.waitSignal(view.sig_changed):
        child(view, QPushButton, "evaluatie_opslaan").click()
    assert [a.action for a in delta.accesses] == ["evaluatie-vastleggen"]
    with service.unit_of_work() as (session, _):
        werkblad = refresh_evaluatie(session, d.casus_id)
    assert werkblad.uitkomsten == {"d1": Uitkomst.DEELS, "d2": Uitkomst.BEREIKT}
    history = child(view, QListWidget, "evaluatie_lijst")
    assert "Tussenevaluatie" in history.item(0).text()
    # The next evaluation starts from what was said last, as an eindevaluatie.
    assert child(view, QComboBox, "evaluatie_uitkomst_1").currentData() == "deels"
    assert child(view, QComboBox, "evaluatie_soort").currentData() == "eindevaluatie"


def test_eindverslag_refuses_bad_files_and_keeps_the_pdf_only_inside_the_database(
    qtbot, view, service, dialogs, tmp_path: Path
) -> None:
    started = time.time() - 1
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    message = child(view, QLabel, "evaluatie_message")
    outside = tmp_path / "buiten"
    outside.mkdir()
    fake = outside / "verslag.pdf"
    fake.write_bytes(b"Dit is een Word-bestand, geen PDF")
    dialogs.open_answer = fake
    qtbot.mouseClick(child(view, QPushButton, "evaluatie_eindverslag_toevoegen"), Qt.MouseButton.LeftButton)
    assert "geen PDF" in message.text()
    big = outside / "groot.pdf"
    with big.open("wb") as fh:
        fh.truncate(51 * 1024 * 1024)  # sparse: the size is what is refused, before reading
    dialogs.open_answer = big
    qtbot.mouseClick(child(view, QPushButton, "evaluatie_eindverslag_toevoegen"), Qt.MouseButton.LeftButton)
    assert "groter dan 50 MB" in message.text()
    marker = f"Eindverslag {secrets.token_hex(12)}"  # made now, so no source or script file holds it
    whole = minimal_pdf(marker, pages=3)
    broken = outside / "kapot.pdf"
    broken.write_bytes(whole[: len(whole) - 200])
    dialogs.open_answer = broken
    qtbot.mouseClick(child(view, QPushButton, "evaluatie_eindverslag_toevoegen"), Qt.MouseButton.LeftButton)
    assert "beschadigd" in message.text()

    good = outside / "eindverslag.pdf"
    good.write_bytes(whole)
    dialogs.open_answer = good
    with qtbot.waitSignal(view.sig_changed):
        qtbot.mouseClick(child(view, QPushButton, "evaluatie_eindverslag_toevoegen"), Qt.MouseButton.LeftButton)
    assert "Eindverslag ontvangen 15-06-2026" in child(view, QLabel, "evaluatie_eindverslagen").text()
    with journaled(service) as delta:
        qtbot.mouseClick(child(view, QPushButton, "evaluatie_eindverslag_bekijken"), Qt.MouseButton.LeftButton)
    assert [a.action for a in delta.accesses] == ["eindverslag-bekijken"]
    assert view.pdf_document.pageCount() == 3  # shown by QtPdf from memory
    view.clear()
    assert view.pdf_document.pageCount() == 0
    good.unlink()
    broken.unlink()
    fake.unlink()
    big.unlink()
    service.lock()
    needles = (marker.encode(), whole[whole.index(marker.encode()) - 40 :][:96])
    # Every file in the workspace; in the temp dir every file written since the test began (a leak would be).
    for root, recent in ((service.home, False), (Path(tempfile.gettempdir()), True)):
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder) / name
                try:
                    if recent and path.stat().st_mtime < started:
                        continue
                    content = path.read_bytes()
                except OSError:
                    continue
                for needle in needles:
                    assert needle not in content, path


def test_verlengen_makes_a_plan_draft_with_the_open_doelen(qtbot, view, service, dialogs) -> None:
    d = signed_dossier(service)
    view.show_casus(d.casus_id)
    assert child(view, QPushButton, "evaluatie_verlengen").isEnabled()  # never evaluated: every doel is open
    _pick(view, 1, Uitkomst.NIET_BEREIKT, "Nog veel achterstand")
    _pick(view, 2, Uitkomst.BEREIKT)
    child(view, QComboBox, "evaluatie_soort").setCurrentIndex(1)
    view.flush()  # a complete form is stored on leaving the tab
    extend = child(view, QPushButton, "evaluatie_verlengen")
    assert extend.isEnabled()
    dialogs.answer = False
    extend.click()
    with service.unit_of_work() as (session, _):
        assert draft(session, d.casus_id) is None
    dialogs.answer = True
    with qtbot.waitSignal(view.sig_changed):
        extend.click()
    with service.unit_of_work() as (session, _):
        nieuw = draft(session, d.casus_id)
    assert nieuw is not None and [x.id for x in nieuw.doelen] == ["d1"]
    assert "1 open doelen" in child(view, QLabel, "evaluatie_status").text()
    assert not extend.isEnabled()


def test_clear_removes_every_doel_and_score(qtbot, view, service) -> None:
    d = signed_dossier(service)
    assess(service, d.casus_id, d.persoon_id, TODAY, 4)
    view.show_casus(d.casus_id)
    view.clear()
    for text in ("Schulden op een rij", "Vaste lasten", "Woning behouden"):
        assert [w for w in widgets_showing(text, visible_only=False) if view.isAncestorOf(w)] == []
