"""The netwerk part: adding, correcting and removing persons (with the question first), inline refusals, the
ecogram that follows the list, and a lock that leaves nothing of the netwerk on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from regie_desktop.app.gesprek import GesprekView, add_netwerk_persoon, load_gesprek
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import NetwerkPersoon
from regie_desktop.domain.meldcode import RelatieSoort
from tests.app.factories import new_dossier
from tests.ui.gui_support import FakeDialogs, child, column_texts, flush_deletes, widgets_showing
from ui.gesprek.netwerk_part import NetwerkPart
from ui.gesprek.part import PartStatus

SIX = [
    ("Anouk de Vries", "zus", "Haalt de kinderen op", "06-11122233"),
    ("Karim Bouali", "buurman", "Kan helpen met de post", ""),
    ("Dr. Smit", "huisarts", "", "030-1234567"),
    ("Els Mulder", "vriendin", "Gaat mee naar afspraken", ""),
    ("Mevrouw Willemsen", "begeleider", "", ""),
    ("Henk Bakker", "iemand van de markt", "", ""),
]


def _view(service: WorkspaceService, casus_id: str) -> GesprekView:
    with service.unit_of_work() as (session, actor):
        return load_gesprek(session, actor, casus_id)


def _part(qtbot, service: WorkspaceService, dialogs: FakeDialogs, people=()) -> tuple[NetwerkPart, str]:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        for naam, relatie, wat, contact in people:
            add_netwerk_persoon(session, actor, d.casus_id, NetwerkPersoon(naam, relatie, wat, contact))
    part = NetwerkPart(service, d.casus_id, dialogs=dialogs)
    qtbot.addWidget(part)
    part.resize(1200, 720)
    part.show()
    part.load(_view(service, d.casus_id))
    return part, d.casus_id


def _fill(qtbot, part: NetwerkPart, naam: str, relatie: str, wat: str = "", contact: str = "") -> None:
    for name, text in (("netwerk_naam_field", naam), ("netwerk_wat_field", wat), ("netwerk_contact_field", contact)):
        field = child(part, QLineEdit, name)
        field.clear()
        qtbot.keyClicks(field, text)
    combo = child(part, QComboBox, "netwerk_relatie_field")
    combo.setEditText("")
    qtbot.keyClicks(combo.lineEdit(), relatie)


def _click(qtbot, part: NetwerkPart, name: str) -> None:
    qtbot.mouseClick(child(part, QPushButton, name), Qt.MouseButton.LeftButton)


def _select(part: NetwerkPart, naam: str) -> None:
    row = column_texts(part.table, "Naam").index(naam)
    part.table.selectRow(row)


def test_adding_a_person_saves_it_shows_it_in_the_table_and_the_ecogram(qtbot, service, dialogs) -> None:
    part, casus_id = _part(qtbot, service, dialogs)
    assert part.status() is PartStatus.NIET_BESPROKEN and part.ecogram.nodes() == {}
    assert child(part, QPushButton, "netwerk_save_button").text() == "Toevoegen"
    assert not child(part, QPushButton, "netwerk_remove_button").isEnabled()
    _fill(qtbot, part, "Anouk de Vries", "buur", "Kookt op zondag", "06-11122233")
    assert child(part, QLabel, "netwerk_soort_hint").text() == "In het ecogram: Vrienden en buren"
    with qtbot.waitSignal(part.sig_status_changed):
        _click(qtbot, part, "netwerk_save_button")

    (stored,) = _view(service, casus_id).netwerk
    assert stored.persoon == NetwerkPersoon("Anouk de Vries", "buur", "Kookt op zondag", "06-11122233")
    assert column_texts(part.table, "Naam") == ["Anouk de Vries"]
    assert column_texts(part.table, "Soort") == ["Vrienden en buren"]
    node = part.ecogram.nodes()[stored.id]
    assert node.texts() == ("Anouk de Vries", "buur")
    assert node.soort is RelatieSoort.VRIENDEN_BUREN
    assert part.status() is PartStatus.BESPROKEN
    assert child(part, QLineEdit, "netwerk_naam_field").text() == ""  # ready for the next person


def test_enter_in_a_field_adds_the_person(qtbot, service, dialogs) -> None:
    part, casus_id = _part(qtbot, service, dialogs)
    _fill(qtbot, part, "Sem Visser", "broer")
    qtbot.keyClick(child(part, QLineEdit, "netwerk_naam_field"), Qt.Key.Key_Return)
    assert [n.persoon.naam for n in _view(service, casus_id).netwerk] == ["Sem Visser"]


def test_a_missing_name_or_relation_is_refused_inline_and_nothing_is_stored(qtbot, service, dialogs) -> None:
    part, casus_id = _part(qtbot, service, dialogs)
    error = child(part, QLabel, "netwerk_error")
    _fill(qtbot, part, "", "zus")
    _click(qtbot, part, "netwerk_save_button")
    assert error.isVisible() and error.text() == "Vul de naam van de persoon uit het netwerk in."
    assert part.focusWidget() is child(part, QLineEdit, "netwerk_naam_field")
    _fill(qtbot, part, "Anouk", "   ")
    _click(qtbot, part, "netwerk_save_button")
    assert error.text().startswith("Vul de relatie in")
    assert _view(service, casus_id).netwerk == ()
    assert part.ecogram.nodes() == {} and part.status() is PartStatus.NIET_BESPROKEN
    _fill(qtbot, part, "Anouk", "zus")
    _click(qtbot, part, "netwerk_save_button")
    assert not error.isVisible()
    assert len(_view(service, casus_id).netwerk) == 1


def test_correcting_a_person_saves_it_and_relabels_the_ecogram(qtbot, service, dialogs) -> None:
    part, casus_id = _part(qtbot, service, dialogs, SIX[:2])
    anouk = next(n for n in _view(service, casus_id).netwerk if n.persoon.naam == "Anouk de Vries")
    _select(part, "Anouk de Vries")
    assert child(part, QLineEdit, "netwerk_naam_field").text() == "Anouk de Vries"
    assert child(part, QComboBox, "netwerk_relatie_field").currentText() == "zus"
    assert child(part, QPushButton, "netwerk_save_button").text() == "Wijziging opslaan"
    assert child(part, QPushButton, "netwerk_remove_button").isEnabled()

    _fill(qtbot, part, "Anouk de Vries", "buurvrouw", "Past op de kinderen", "06-11122233")
    _click(qtbot, part, "netwerk_save_button")

    stored = {n.id: n.persoon for n in _view(service, casus_id).netwerk}
    assert stored[anouk.id] == NetwerkPersoon("Anouk de Vries", "buurvrouw", "Past op de kinderen", "06-11122233")
    assert len(stored) == 2  # corrected, not added
    nodes = part.ecogram.nodes()
    assert len(nodes) == 2
    assert nodes[anouk.id].texts() == ("Anouk de Vries", "buurvrouw")
    assert nodes[anouk.id].soort is RelatieSoort.VRIENDEN_BUREN
    assert column_texts(part.table, "Relatie") == ["buurvrouw", "buurman"]


def test_removing_asks_first_and_no_keeps_the_person(qtbot, service, dialogs) -> None:
    part, casus_id = _part(qtbot, service, dialogs, SIX[:2])
    _select(part, "Karim Bouali")
    dialogs.answer = False
    _click(qtbot, part, "netwerk_remove_button")
    assert dialogs.questions == [("Persoon verwijderen", "Karim Bouali uit het netwerk verwijderen?")]
    assert len(_view(service, casus_id).netwerk) == 2 and len(part.ecogram.nodes()) == 2

    dialogs.answer = True
    _click(qtbot, part, "netwerk_remove_button")
    assert [n.persoon.naam for n in _view(service, casus_id).netwerk] == ["Anouk de Vries"]
    assert column_texts(part.table, "Naam") == ["Anouk de Vries"]
    assert [node.texts()[0] for node in part.ecogram.nodes().values()] == ["Anouk de Vries"]
    assert not child(part, QPushButton, "netwerk_remove_button").isEnabled()

    _select(part, "Anouk de Vries")
    with qtbot.waitSignal(part.sig_status_changed):
        _click(qtbot, part, "netwerk_remove_button")
    assert part.status() is PartStatus.NIET_BESPROKEN and part.ecogram.nodes() == {}


def test_the_ecogram_draws_one_box_per_person_with_a_legend_in_words(qtbot, service, dialogs, tmp_path: Path) -> None:
    part, casus_id = _part(qtbot, service, dialogs, SIX)
    nodes = part.ecogram.nodes()
    assert set(nodes) == {n.id for n in _view(service, casus_id).netwerk}
    kinds = {node.texts()[0]: node.soort for node in nodes.values()}
    assert kinds["Anouk de Vries"] is RelatieSoort.FAMILIE
    assert kinds["Karim Bouali"] is RelatieSoort.VRIENDEN_BUREN
    assert kinds["Dr. Smit"] is RelatieSoort.PROFESSIONEEL
    assert kinds["Henk Bakker"] is RelatieSoort.OVERIG
    assert sorted(part.ecogram.legend_texts()) == sorted(
        ["Familie", "Vrienden en buren", "Hulpverleners en vrijwilligers", "Overig"]
    )
    # Every box lies inside the visible drawing: nothing is cut off at the edge.
    scene_rect = part.ecogram.scene().sceneRect()
    assert all(scene_rect.contains(node.sceneBoundingRect()) for node in nodes.values())
    image = part.ecogram.grab()
    assert image.save(str(tmp_path / "ecogram.png"))
    assert image.width() > 300 and image.height() > 250


def test_the_ecogram_can_fill_the_part_to_show_the_client(qtbot, service, dialogs) -> None:
    part, _ = _part(qtbot, service, dialogs, SIX)
    narrow, scale = part.ecogram.width(), part.ecogram.transform().m11()
    button = child(part, QPushButton, "ecogram_large_button")
    button.click()
    qtbot.waitUntil(lambda: part.ecogram.width() > narrow * 1.5)
    assert not part.table.isVisible()
    assert part.ecogram.transform().m11() > scale  # the same drawing, larger
    button.click()
    assert part.table.isVisible()


def test_clear_leaves_no_netwerk_text_in_any_widget(qtbot, service, dialogs) -> None:
    flush_deletes()  # the parts of earlier tests, closed but not yet deleted, showed the same names
    part, _ = _part(qtbot, service, dialogs, SIX[:3])
    _select(part, "Dr. Smit")
    assert widgets_showing("030-1234567", visible_only=False)
    part.clear()
    for text in ("Anouk de Vries", "Karim", "Dr. Smit", "030-1234567", "Haalt de kinderen op", "Kan helpen"):
        assert widgets_showing(text, visible_only=False) == []
        assert not any(text in t for t in part.ecogram.scene_texts())
    assert part.ecogram.nodes() == {} and part.status() is PartStatus.NIET_BESPROKEN
