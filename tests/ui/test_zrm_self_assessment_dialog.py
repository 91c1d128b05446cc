"""The zelfscore dialog: refusals in Dutch, cancel saves nothing, the instrument decides the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from regie_desktop.app import catalog
from regie_desktop.app.assessments import history
from regie_desktop.app.casussen import open_casus
from regie_desktop.app.households import register_household
from regie_desktop.domain.zrm import Score
from tests.app.factories import BSN_B, INSTRUMENT, TODAY, aanmelding, household, new_dossier
from tests.ui.gui_support import child
from ui.gesprek.self_assessment_dialog import SelfAssessmentDialog


def _dialog(qtbot, service, casus_id: str, persoon_id: str, instrument=INSTRUMENT) -> SelfAssessmentDialog:
    dialog = SelfAssessmentDialog(service, casus_id, persoon_id, "Mila Doornbos", instrument)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _saved(service, persoon_id: str):
    with service.unit_of_work() as (session, _actor):
        return history(session, persoon_id)


def test_nothing_chosen_is_refused_in_dutch_and_nothing_is_saved(qtbot, service):
    d = new_dossier(service)
    dialog = _dialog(qtbot, service, d.casus_id, d.persoon_id)
    error = child(dialog, QLabel, "self_assessment_error")
    assert not error.isVisible()
    qtbot.mouseClick(child(dialog, QPushButton, "self_assessment_save"), Qt.MouseButton.LeftButton)
    assert error.isVisible() and error.text() == "Kies bij minstens één leefgebied een score of n.v.t."
    assert dialog.isVisible() and _saved(service, d.persoon_id) == []


def test_cancel_saves_nothing_and_choosing_again_moves_the_check_mark(qtbot, service):
    d = new_dossier(service)
    dialog = _dialog(qtbot, service, d.casus_id, d.persoon_id)
    three = child(dialog, QPushButton, "self_score_financien_3")
    one = child(dialog, QPushButton, "self_score_financien_1")
    qtbot.mouseClick(three, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(one, Qt.MouseButton.LeftButton)
    assert one.isChecked() and not three.isChecked()
    assert one.text().startswith("\u2713") and not three.text().startswith("\u2713")
    assert dialog.scores() == (Score("financien", 1),)
    qtbot.mouseClick(child(dialog, QPushButton, "self_assessment_cancel"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and _saved(service, d.persoon_id) == []


def test_enter_on_a_score_button_chooses_it_and_does_not_save(qtbot, service):
    d = new_dossier(service)
    dialog = _dialog(qtbot, service, d.casus_id, d.persoon_id)
    button = child(dialog, QPushButton, "self_score_werk-opleiding_2")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert button.isChecked() and dialog.isVisible()
    assert _saved(service, d.persoon_id) == []
    qtbot.mouseClick(child(dialog, QPushButton, "self_score_werk-opleiding_niet_besproken"), Qt.MouseButton.LeftButton)
    assert dialog.scores() == ()


def test_the_instrument_decides_the_buttons_no_nvt_where_the_instrument_has_none(qtbot, service):
    pg = catalog.instrument("positieve-gezondheid")
    with service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, household(), TODAY)
        casus_id = open_casus(session, actor, hh_id, aanmelding(), TODAY, instrument_id=pg.id)
    d = new_dossier(service, household("Bakker", "Sanne", bsn_=BSN_B))
    dialog = _dialog(qtbot, service, casus_id, d.persoon_id, pg)
    key = pg.leefgebieden[0].key
    names = [
        b.objectName() for b in dialog.findChildren(QPushButton) if b.objectName().startswith(f"self_score_{key}_")
    ]
    assert names == [f"self_score_{key}_{v}" for v in range(11)] + [f"self_score_{key}_niet_besproken"]
    assert child(dialog, QPushButton, f"self_score_{key}_10").text() == "10 – uitstekend"
    # A person from another household: the core refuses, the dialog explains and stays open.
    dialog.choose(key, 7)
    qtbot.mouseClick(child(dialog, QPushButton, "self_assessment_save"), Qt.MouseButton.LeftButton)
    error = child(dialog, QLabel, "self_assessment_error")
    assert error.text() == "Deze persoon hoort niet bij het huishouden van de casus."
    assert dialog.isVisible() and dialog.saved_id is None
