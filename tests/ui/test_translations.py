"""The English interface: the committed translation covers every text in ``ui/``, is compiled, and reaches widgets.

A new ``self.tr()`` text without English fails here; the fix is ``make i18n`` and translating the new entries in
``resources/i18n/regie_en.ts`` (see ``resources/i18n/README.md``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QListWidget, QPushButton

from regie_desktop.domain.casus import Fase, Spoed
from tests.ui.gui_support import child, unlock
from ui.labels import (
    CONTEXT,
    DOMAIN_TEXTS,
    INZET_SOORT_LABELS,
    WIE_SOORT_LABELS,
    domain_text,
    fase_label,
    spoed_label,
)
from ui.translations import install_language

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"
TS = I18N / "regie_en.ts"
QM = I18N / "regie_en.qm"
FIX = "Run `make i18n` and translate the new entries in resources/i18n/regie_en.ts (see resources/i18n/README.md)."

Key = tuple[str, str]
"""(context, Dutch source) of one message."""


def _tool(name: str) -> str:
    """A Qt tool from the venv that runs the tests (the scripts sit next to the interpreter)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found is not None, f"{name} is missing next to {sys.executable}; install Regie with `make`"
    return found


def _messages(ts: Path) -> dict[Key, tuple[str | None, str]]:
    """Every message of a .ts file: (context, source) -> (translation type or None when finished, English)."""
    messages: dict[Key, tuple[str | None, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            text = "\n".join(f.text or "" for f in forms) if forms else translation.text or ""
            messages[(name, message.findtext("source", ""))] = (translation.get("type"), text)
    return messages


def _english_forms(ts: Path) -> dict[Key, list[str]]:
    """Every message's English, as its plural forms (``%n``) or as one text."""
    forms: dict[Key, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = translation.findall("numerusform")
            texts = [f.text or "" for f in plural] if plural else [translation.text or ""]
            forms[(name, message.findtext("source", ""))] = texts
    return forms


def _untranslated(messages: dict[Key, tuple[str | None, str]]) -> list[Key]:
    return sorted(key for key, (kind, text) in messages.items() if kind is not None or not text)


def _listing(keys: list[Key]) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in keys)


def test_every_interface_text_has_english(tmp_path: Path) -> None:
    """lupdate over today's ui/ into a copy of the committed file leaves nothing untranslated and drops nothing."""
    committed = _messages(TS)
    assert not _untranslated(committed), f"unfinished in the committed file:\n{_listing(_untranslated(committed))}"

    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    sources = sorted(str(path.relative_to(REPO)) for path in (REPO / "ui").rglob("*.py"))
    flags = ["-no-obsolete", "-locations", "none", "-source-language", "nl_NL", "-target-language", "en_GB"]
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(copy), *flags],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    current = _messages(copy)

    assert len(current) > 400, "lupdate found (almost) no texts: is it reading ui/?"
    missing = _untranslated(current)
    assert not missing, f"{len(missing)} interface text(s) without English:\n{_listing(missing)}\n{FIX}"
    vanished = sorted(set(committed) - set(current))
    assert not vanished, f"texts in the .ts that ui/ no longer has:\n{_listing(vanished)}\n{FIX}"


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    compiled = tmp_path / QM.name
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "regie_en.qm is older than regie_en.ts: run `make i18n`"


_MARKS = {
    "placeholders": re.compile(r"\{[A-Za-z_]*\}|%\d"),
    "HTML tags": re.compile(r"</?[A-Za-z][^>]*>"),
    "accelerator": re.compile(r"&(?!&)"),
    "line breaks": re.compile(r"\n"),
}


@pytest.mark.parametrize("mark", sorted(_MARKS))
def test_translations_keep_what_the_code_fills_in(mark: str) -> None:
    """``{name}``/``%1`` are filled in by the code; a lost one raises or shows a raw brace at run time."""
    pattern = _MARKS[mark]
    wrong = [
        f"  [{context}] {source!r} -> {english!r}"
        for (context, source), forms in _english_forms(TS).items()
        for english in forms  # a plural text has one English form per number, each filled in by the code
        if sorted(pattern.findall(source)) != sorted(pattern.findall(english))
    ]
    assert not wrong, f"{mark} differ between Dutch and English:\n" + "\n".join(wrong)


def test_domain_context_is_exactly_the_labels_list() -> None:
    """``ui.labels`` is the only source of context "domein"; a label missing there stays Dutch in English."""
    domain = {source for (context, source) in _messages(TS) if context == CONTEXT}
    assert domain == {*DOMAIN_TEXTS, *WIE_SOORT_LABELS.values(), *INZET_SOORT_LABELS.values()}


@pytest.fixture
def english(qapp) -> Iterator[list[QTranslator]]:
    """The English translators installed on the test application, removed again so the next test is Dutch."""
    translators = install_language(qapp, "en")
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    assert fase_label(Fase.WAAKVLAM) == "Waakvlam"


def test_english_reaches_the_unlock_dialog_and_main_window(qtbot, english, created, make_controller) -> None:
    assert len(english) == 1, "regie_en.qm did not load"
    controller = make_controller(created.service)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    assert child(dialog, QPushButton, "unlock_button").text() == "Unlock"
    assert dialog.windowTitle() == "Regie — unlock"

    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    assert window.lock_action.text() == "Lock"
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Help"]
    navigation = child(window, QListWidget, "navigation")
    titles = [navigation.item(row).text() for row in range(navigation.count())]
    assert titles[:3] == ["Today", "Caseload", "Waiting list"]
    assert navigation.item(0).toolTip() == "Today (Ctrl+1)"

    assert fase_label(Fase.WAAKVLAM) == "Waakvlam (monitoring)"
    assert fase_label("aanmelding") == "Registration"
    assert spoed_label(Spoed.GEEN_INKOMEN) == "No income"


def test_every_domain_label_has_its_english_at_run_time(english) -> None:
    translated = {source: text for (context, source), (_kind, text) in _messages(TS).items() if context == CONTEXT}
    assert {dutch: domain_text(dutch) for dutch in DOMAIN_TEXTS} == {dutch: translated[dutch] for dutch in DOMAIN_TEXTS}
