"""The gesprek page: parts in any order, marks, scores by keyboard, autosave, undo/redo, the client view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QListWidget, QPlainTextEdit, QWidget

from regie_desktop.app.assessments import history
from regie_desktop.app.gesprek import load_gesprek
from regie_desktop.domain.zrm import Score
from tests.app.factories import household, kind, new_dossier
from tests.ui.gui_support import child, flush_deletes
from ui.gesprek.gesprek_page import GesprekPage
from ui.gesprek.leefgebied_part import LeefgebiedPart
from ui.gesprek.part import AUTOSAVE_PAUSE_MS, PartStatus
from ui.widgets.score_buttons import ScoreButtons


@pytest.fixture
def dossier(service):
    return new_dossier(service, household(extra=(kind(),)))


@pytest.fixture
def page(qtbot, service, dossier) -> Iterator[GesprekPage]:
    widget = GesprekPage(service)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.open(dossier.casus_id)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    yield widget
    widget.flush()
    widget.clear()
    flush_deletes()


def _texts(page: GesprekPage, name: str) -> QPlainTextEdit:
    return child(page, QPlainTextEdit, name)


def _notes(service, casus_id):
    with service.unit_of_work() as (session, actor):
        return load_gesprek(session, actor, casus_id).notities


def _scores(service, persoon_id) -> dict[str, Score]:
    with service.unit_of_work() as (session, _):
        found = history(session, persoon_id)
    return {s.leefgebied: s for a in found for s in a.scores}


def _persons(service, dossier) -> list[str]:
    from regie_desktop.app.gesprek import open_gesprek

    with service.unit_of_work() as (session, actor):
        return [p.id for p in open_gesprek(session, actor, dossier.casus_id, service.today()).personen]


def test_the_parts_list_has_every_part_in_order_with_a_mark_in_words(page: GesprekPage) -> None:
    keys = [key for key, _ in page.parts]
    assert keys[0] == "hulpvraag"
    assert keys[1:14] == [
        f"leefgebied:{k}"
        for k in (
            "financien",
            "werk-opleiding",
            "tijdsbesteding",
            "huisvesting",
            "huiselijke-relaties",
            "geestelijke-gezondheid",
            "lichamelijke-gezondheid",
            "middelengebruik",
            "basale-adl",
            "instrumentele-adl",
            "sociaal-netwerk",
            "maatschappelijke-participatie",
            "justitie",
        )
    ]
    assert keys[14:] == ["netwerk", "wederkerigheid", "verwachtingen", "veiligheid", "informatie", "zrm"]
    parts = child(page, QListWidget, "gesprek_parts")
    assert parts.count() == len(keys)
    assert parts.item(1).text() == "Financiën\nniet besproken"
    assert not parts.item(1).icon().isNull()


def test_ctrl_digits_and_page_keys_jump_anywhere(qtbot, page: GesprekPage) -> None:
    qtbot.keyClick(page, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key == "leefgebied:huisvesting"
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "zorg_huisvesting_0"  # the keyboard goes on there
    qtbot.keyClick(focused, Qt.Key.Key_PageDown)
    assert page.current_key == "leefgebied:huiselijke-relaties"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    assert page.current_key == "leefgebied:tijdsbesteding"
    qtbot.keyClick(page, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert page.current_key == "hulpvraag"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)  # nothing before the first part
    assert page.current_key == "hulpvraag"
    parts = child(page, QListWidget, "gesprek_parts")
    item = parts.item(parts.count() - 1)
    parts.scrollToItem(item)
    qtbot.mouseClick(parts.viewport(), Qt.MouseButton.LeftButton, pos=parts.visualItemRect(item).center())
    assert page.current_key == "zrm"


def test_marks_follow_notes_and_scores_of_every_person(qtbot, service, dossier, page: GesprekPage) -> None:
    page.show_key("leefgebied:financien")
    part = page.part("leefgebied:financien")
    assert isinstance(part, LeefgebiedPart)
    assert page.status("leefgebied:financien") is PartStatus.NIET_BESPROKEN
    qtbot.keyClicks(_texts(page, "zorg_financien_0"), "Post blijft liggen")
    assert page.status("leefgebied:financien") is PartStatus.DEELS
    child(page, ScoreButtons, "score_buttons_financien_0").choose(2)
    assert page.status("leefgebied:financien") is PartStatus.DEELS  # the second person has nothing yet
    qtbot.keyClicks(_texts(page, "wens_financien_1"), "Zakgeld leren beheren")
    child(page, ScoreButtons, "score_buttons_financien_1").choose("nvt")
    assert page.status("leefgebied:financien") is PartStatus.BESPROKEN
    parts = child(page, QListWidget, "gesprek_parts")
    assert parts.item(1).text() == "Financiën\nbesproken"
    # A text part is besproken once it holds text.
    page.show_key("wederkerigheid")
    qtbot.keyClicks(_texts(page, "wederkerigheid_field"), "Helpt de buurman")
    assert page.status("wederkerigheid") is PartStatus.BESPROKEN


def test_a_mark_set_by_hand_wins_is_stored_and_can_be_undone(qtbot, service, dossier, page: GesprekPage) -> None:
    page.show_key("leefgebied:justitie")
    combo = child(page, QComboBox, "part_mark_combo")
    combo.setCurrentIndex(combo.findData("besproken"))
    combo.activated.emit(combo.currentIndex())
    assert page.status("leefgebied:justitie") is PartStatus.BESPROKEN
    parts = child(page, QListWidget, "gesprek_parts")
    assert parts.currentItem().text() == "Justitie\nbesproken (zelf gezet)"
    page.flush()
    page.clear()
    page.open(dossier.casus_id)
    assert page.status("leefgebied:justitie") is PartStatus.BESPROKEN  # stored
    menu = page.mark_menu("leefgebied:justitie")
    (follow,) = [a for a in menu.actions() if a.text() == "Volgens de inhoud"]
    follow.trigger()
    assert page.status("leefgebied:justitie") is PartStatus.NIET_BESPROKEN
    page.undo_action.trigger()
    assert page.status("leefgebied:justitie") is PartStatus.BESPROKEN


def test_scores_are_saved_at_once_and_undo_redo_covers_them(qtbot, service, dossier, page: GesprekPage) -> None:
    qtbot.keyClick(page, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    row = child(page, ScoreButtons, "score_buttons_financien_0")
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_3)
    assert _scores(service, dossier.persoon_id)["financien"] == Score("financien", 3)  # committed, no wait
    qtbot.keyClick(row, Qt.Key.Key_5)
    assert _scores(service, dossier.persoon_id)["financien"] == Score("financien", 5)
    qtbot.keyClick(row, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.value == 3 and _scores(service, dossier.persoon_id)["financien"] == Score("financien", 3)
    qtbot.keyClick(row, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.value is None and _scores(service, dossier.persoon_id)["financien"] == Score("financien", None)
    assert page.status("leefgebied:financien") is PartStatus.NIET_BESPROKEN
    page.show_key("hulpvraag")
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.current_key == "leefgebied:financien"  # redo shows where it happened
    assert row.value == 3 and _scores(service, dossier.persoon_id)["financien"] == Score("financien", 3)


def test_typing_is_saved_after_a_pause_and_flush_saves_at_once(qtbot, service, dossier, page: GesprekPage) -> None:
    page.show_key("leefgebied:huisvesting")
    qtbot.keyClicks(_texts(page, "kracht_huisvesting_0"), "Zus helpt")
    assert (dossier.persoon_id, "huisvesting") not in _notes(service, dossier.casus_id)
    qtbot.waitUntil(
        lambda: (dossier.persoon_id, "huisvesting") in _notes(service, dossier.casus_id),
        timeout=AUTOSAVE_PAUSE_MS + 1500,
    )
    assert _notes(service, dossier.casus_id)[(dossier.persoon_id, "huisvesting")].kracht == "Zus helpt"
    qtbot.keyClicks(_texts(page, "kracht_huisvesting_0"), " met de post")
    page.flush()
    assert _notes(service, dossier.casus_id)[(dossier.persoon_id, "huisvesting")].kracht == "Zus helpt met de post"
    page.show_key("verwachtingen")
    qtbot.keyClicks(_texts(page, "verwachtingen_field"), "Wekelijks contact")
    page.flush()
    with service.unit_of_work() as (session, actor):
        assert load_gesprek(session, actor, dossier.casus_id).velden.verwachtingen == "Wekelijks contact"


def test_previous_score_and_date_are_shown_beside_the_buttons(qtbot, service, dossier) -> None:
    import datetime as dt

    from regie_desktop.app.assessments import set_score

    earlier = service.today() - dt.timedelta(days=40)
    with service.unit_of_work() as (session, actor):
        set_score(session, actor, dossier.casus_id, dossier.persoon_id, "financien", Score("financien", 2), earlier)
    widget = GesprekPage(service)
    qtbot.addWidget(widget)
    widget.open(dossier.casus_id)
    widget.show()
    widget.show_key("leefgebied:financien")
    from PySide6.QtWidgets import QLabel

    text = child(widget, QLabel, "vorige_financien_0").text()
    assert "2 – Niet zelfredzaam" in text and earlier.strftime("%d-%m-%Y") in text
    assert "nog geen" in child(widget, QLabel, "vorige_financien_1").text()
    widget.clear()


def test_client_view_shows_only_texts_not_for_professionals_and_closes_on_escape_and_clear(
    qtbot, service, dossier, page: GesprekPage
) -> None:
    page.show_key("leefgebied:financien")
    qtbot.keyClicks(_texts(page, "zorg_financien_0"), "Rekeningen blijven liggen")
    qtbot.keyClicks(_texts(page, "zorg_financien_1"), "Ruzie op school")
    child(page, QCheckBox, "professional_financien_1").setChecked(True)
    page.show_key("verwachtingen")
    qtbot.keyClicks(_texts(page, "verwachtingen_field"), "Interne afweging")
    child(page, QCheckBox, "verwachtingen_professional").setChecked(True)
    page.show_key("wederkerigheid")
    qtbot.keyClicks(_texts(page, "wederkerigheid_field"), "Kookt voor de buurvrouw")

    page.show_client_view()  # saves what is pending first
    view = page.client_view
    assert view is not None and view.isVisible() and view.isWindow()
    shown = "\n".join(view.texts())
    assert "Zorg: Rekeningen blijven liggen" in shown and "Kookt voor de buurvrouw" in shown
    assert "Ruzie op school" not in shown and "Interne afweging" not in shown
    assert not view.findChildren(QListWidget)  # no navigation, no other dossiers
    assert view.font().pointSizeF() > page.font().pointSizeF()
    page.show_client_view()
    assert page.client_view is view  # one at a time
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    flush_deletes()
    assert page.client_view is None
    page.show_client_view()
    view = page.client_view
    assert view is not None
    page.clear()  # locking clears the page
    flush_deletes()
    assert page.client_view is None
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "client_view" and w.isVisible()]


def test_clear_forgets_every_text(qtbot, page: GesprekPage, dossier) -> None:
    page.show_key("leefgebied:financien")
    qtbot.keyClicks(_texts(page, "zorg_financien_0"), "Geheime zorg")
    page.flush()
    page.clear()
    flush_deletes()
    texts = [w.toPlainText() for w in page.findChildren(QPlainTextEdit)]
    assert "Geheime zorg" not in texts and page.casus_id is None
    assert child(page, QListWidget, "gesprek_parts").count() == 0


def test_touch_targets_are_large_enough(page: GesprekPage) -> None:
    page.show_key("leefgebied:financien")
    row = child(page, ScoreButtons, "score_buttons_financien_0")
    buttons = [w for w in row.findChildren(QWidget) if w.objectName().startswith("score_financien_0_")]
    assert len(buttons) == 7
    assert all(b.height() >= 44 and b.width() >= 44 for b in buttons)


def test_one_casus_at_a_time_reopening_keeps_and_switching_saves(qtbot, service, dossier, page: GesprekPage) -> None:
    other = new_dossier(service, household(achternaam="Visser", voornamen="Ali", bsn_=None))
    page.show_key("wederkerigheid")
    qtbot.keyClicks(_texts(page, "wederkerigheid_field"), "Helpt in het buurthuis")
    page.open(dossier.casus_id)  # the same casus again: nothing rebuilt, nothing lost
    assert _texts(page, "wederkerigheid_field").toPlainText() == "Helpt in het buurthuis"
    page.open(other.casus_id)  # another casus: the first one's typing is saved before it goes
    assert page.casus_id == other.casus_id
    with service.unit_of_work() as (session, actor):
        assert load_gesprek(session, actor, dossier.casus_id).velden.wederkerigheid == "Helpt in het buurthuis"


def test_the_teams_descriptions_are_shown_for_the_chosen_score(qtbot, service, dossier, monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel

    import regie_desktop.app.gesprek as gesprek

    monkeypatch.setattr(gesprek, "_descriptions", lambda _id: {"financien": {2: "Schulden groeien; geen overzicht."}})
    widget = GesprekPage(service)
    qtbot.addWidget(widget)
    widget.open(dossier.casus_id)
    widget.show()
    widget.show_key("leefgebied:financien")
    description = child(widget, QLabel, "beschrijving_financien_0")
    assert description.isHidden()
    row = child(widget, ScoreButtons, "score_buttons_financien_0")
    assert "Schulden groeien" in row.button(2).toolTip()
    row.choose(2)
    assert description.text() == "Schulden groeien; geen overzicht." and description.isVisible()
    row.choose(4)
    assert description.isHidden()
    widget.clear()
