"""Unlock with demo data → Vandaag (spoed first) → Caseload → filter → Enter → the household overview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from tests.ui.gui_support import child, column_texts, open_page, unlock


def test_vandaag_then_caseload_filter_and_enter_opens_the_household(qtbot, demo, make_controller):
    controller = make_controller(demo)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and window.current_page.objectName() == "vandaag_page"

    today = child(window, QTableView, "today_table")
    spoed = column_texts(today, "Spoed")
    assert spoed, "the demo data has something due"
    assert "Spoed" in spoed, "the demo data has a spoed casus with something due"
    first_plain = spoed.index("") if "" in spoed else len(spoed)
    assert all(s == "Spoed" for s in spoed[:first_plain]) and "Spoed" not in spoed[first_plain:]
    assert all(d.count("-") == 2 and len(d) == 10 for d in column_texts(today, "Datum") if d), "dd-mm-jjjj"

    open_page(qtbot, window, "Caseload")
    assert window.current_page.objectName() == "caseload_page"
    table = child(window, QTableView, "caseload_table")
    all_names = column_texts(table, "Naam")
    assert len(all_names) >= 10
    surname = all_names[-1].replace(" (spoed)", "").split()[-1]
    part = surname[: max(4, len(surname) - 1)].lower()
    search = child(window, QLineEdit, "caseload_filter")
    assert search.accessibleName() == "Zoeken in caseload"
    qtbot.keyClicks(search, part)

    shown = column_texts(table, "Naam")
    assert 0 < len(shown) < len(all_names)
    assert all(  # every shown row matches the typed text in name, address or postcode
        part in "".join(" ".join(row).lower().split())
        for row in zip(shown, column_texts(table, "Adres"), column_texts(table, "Postcode"), strict=True)
    )
    target = next(n for n in shown if part in n.lower())
    table.setFocus()
    table.setCurrentIndex(table.model().index(shown.index(target), 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert window.current_page.objectName() == "household_page"
    title = child(window, QLabel, "household_title").text()
    assert target.replace(" (spoed)", "") == title
    qtbot.mouseClick(child(window, QPushButton, "back_button"), Qt.MouseButton.LeftButton)
    assert window.current_page.objectName() == "caseload_page"


def test_one_click_on_vandaag_opens_the_casus_and_arrow_keys_only_move(qtbot, demo, make_controller):
    controller = make_controller(demo)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    today = child(window, QTableView, "today_table")
    names = column_texts(today, "Naam")
    assert len(names) >= 2
    today.setFocus()
    today.setCurrentIndex(today.model().index(0, 0))
    qtbot.keyClick(today, Qt.Key.Key_Down)
    assert window.current_page.objectName() == "vandaag_page", "moving with the keyboard opens nothing"

    row = next(i for i, t in enumerate(column_texts(today, "Wat")) if i > 0 and not t.startswith("Regiestap"))
    cell = today.visualRect(today.model().index(row, 3)).center()
    qtbot.mouseClick(today.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    assert window.current_page.objectName() == "household_page"
    assert child(window, QLabel, "household_title").text() == names[row]


def test_a_due_regiestap_on_vandaag_opens_the_traject_timeline(qtbot, demo, make_controller):
    controller = make_controller(demo)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    today = child(window, QTableView, "today_table")
    texts = column_texts(today, "Wat")
    row = next(i for i, t in enumerate(texts) if t.startswith("Regiestap"))
    today.setFocus()
    today.setCurrentIndex(today.model().index(row, 0))
    qtbot.keyClick(today, Qt.Key.Key_Return)

    casus_id = today.model().index(row, 0).data(Qt.ItemDataRole.UserRole)
    assert window.traject_page is not None and window.current_page is window.traject_page
    assert window.open_traject_id() == casus_id
    steps = child(window, QTableView, "traject_steps")
    number = texts[row].split()[1].rstrip(":")
    assert any(steps.model().index(r, 0).data() == number for r in range(steps.model().rowCount())), number
