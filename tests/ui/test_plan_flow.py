"""Issue #7's acceptance flow through the real window: draft → review → consent with Plan B → sign → PDFs.

Everything goes through widgets found by objectName (the controller, the household page's "Plan" button, the
editor, the consent pads drawn with mouse and touch events, the document tab's export through the seam). The
PDFs are read back with pypdf; then one byte of the stored plan is changed in the database and both ``regie
check`` (``service.check``) and the badge on the plan page report it.
"""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
)
from sqlalchemy import select, text

from regie_desktop.app.gesprek import add_netwerk_persoon, save_leefgebied_notitie
from regie_desktop.domain.gesprek import LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.store import models
from tests.app.factories import household, new_dossier
from tests.ui.gui_support import STRONG_PASSPHRASE, child, flush_deletes, unlock, widget_texts, widgets_showing
from tests.ui.plan_review_support import mouse_stroke, scribble, touch_stroke
from ui.plan.plan_page import PlanPage
from ui.widgets.signature_pad import SignatureField, SignaturePad

WENS = "Weer overzicht over de post en de rekeningen"
BUUR = "Buurman Henk Visser"
DOELEN = {  # label -> (leefgebied key, omschrijving, the agreed "6", an actie)
    "Huisvesting": ("huisvesting", "In de eigen woning kunnen blijven", "Geen huurachterstand", "Belt de verhuurder"),
    "Sociaal": ("sociaal-netwerk", "Iemand om op terug te vallen", "Wekelijks bezoek", "Komt op dinsdag langs"),
    "Tijdsbe": ("tijdsbesteding", "Overdag iets zinnigs doen", "Twee ochtenden bezig", "Zoekt vrijwilligerswerk"),
}
WITHHELD = ("huisvesting", "sociaal-netwerk")


def _click(qtbot, button: QAbstractButton) -> None:
    qtbot.waitUntil(button.isVisible, timeout=1000)  # a child added to a shown layout is shown by a queued call
    assert button.isEnabled(), button.objectName()
    at = button.rect().center() if isinstance(button, QPushButton) else QPoint(8, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at)


def _tab(page: PlanPage, object_name: str) -> None:
    tabs = child(page, QTabWidget, "plan_tabs")
    for index in range(tabs.count()):
        if tabs.widget(index).objectName() == object_name:
            tabs.setCurrentIndex(index)
            return
    raise AssertionError(f"no tab {object_name}")


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _squash(value: str) -> str:
    """Text extraction breaks lines where the layout wraps; compare without whitespace."""
    return re.sub(r"\s+", "", value)


def test_draft_review_consent_sign_and_the_documents(qtbot, created, make_controller, dialogs, tmp_path) -> None:
    service = created.service
    service.unlock(STRONG_PASSPHRASE)
    d = new_dossier(service, household(voornamen="Mirjam", achternaam="Verbeek"))
    with service.unit_of_work() as (session, actor):
        save_leefgebied_notitie(session, actor, d.casus_id, LeefgebiedNotitie(d.persoon_id, "financien", wens=WENS))
        add_netwerk_persoon(session, actor, d.casus_id, NetwerkPersoon(BUUR, "buren"))
    service.lock()

    controller = make_controller(service)
    controller.start()
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.resize(1500, 1050)  # the pads fit on screen: touch goes to the widget under the finger
    window.open_casus(d.casus_id, d.huishouden_id)
    _click(qtbot, child(window, QPushButton, "open_plan_button"))
    page = window.plan_page
    assert page is not None and window.current_page is page
    assert child(page, QLabel, "plan_title").text() == "Plan van Mirjam Verbeek"

    # --- drafting: one doel from the gesprek's wens, three typed -------------------------------------------------
    editor = page.editor
    (from_wens,) = editor.findChildren(QPushButton, "wens_doel_button")
    _click(qtbot, from_wens)
    (financien,) = editor.doel_editors()
    qtbot.keyClicks(child(financien, QPlainTextEdit, "doel_zes"), "Alle rekeningen op tijd betaald")
    _click(qtbot, child(financien, QPushButton, "add_actie_button"))
    qtbot.keyClicks(child(financien, QComboBox, "actie_wie"), BUUR)
    qtbot.keyClicks(child(financien, QLineEdit, "actie_wat"), "Sorteert samen de post")
    for key, omschrijving, zes, wat in DOELEN.values():
        combo = child(editor, QComboBox, "new_doel_leefgebied")
        combo.setCurrentIndex(combo.findData(key))  # typing a prefix would join the previous search
        before = set(editor.doel_editors())
        _click(qtbot, child(editor, QPushButton, "add_doel_button"))
        (doel,) = set(editor.doel_editors()) - before
        assert doel.leefgebied.currentData() == key
        qtbot.keyClicks(child(doel, QPlainTextEdit, "doel_omschrijving"), omschrijving)
        qtbot.keyClicks(child(doel, QPlainTextEdit, "doel_zes"), zes)
        _click(qtbot, child(doel, QPushButton, "add_actie_button"))
        qtbot.keyClicks(child(doel, QComboBox, "actie_wie"), "Mirjam Verbeek")
        qtbot.keyClicks(child(doel, QLineEdit, "actie_wat"), wat)
    qtbot.waitUntil(lambda: not editor.pending, timeout=3000)  # the autosave alone, no flush
    versions = child(page, QListWidget, "plan_versions")
    assert [versions.item(i).text() for i in range(versions.count())] == ["Versie 1: concept"]

    # --- the read-through with the client ----------------------------------------------------------------------
    _tab(page, "plan_review")
    review = page.review
    assert review.panel.count == 4
    seen = []
    for _ in range(review.panel.count):  # one doel at a time, paged with the keyboard as the worker would
        seen += review.panel.texts()
        qtbot.keyClick(review.panel, Qt.Key.Key_PageDown)
    shown = "\n".join(seen)
    assert WENS in shown and all(omschrijving in shown for _k, omschrijving, _z, _w in DOELEN.values())

    # --- consent with Plan B, signatures by mouse (client) and touch (worker) ----------------------------------
    _tab(page, "plan_consent")
    consent = page.consent
    _click(qtbot, child(consent, QRadioButton, "share_yes"))
    for key in WITHHELD:
        _click(qtbot, child(consent, QCheckBox, f"withheld_{key}"))
    client_pad = child(child(consent, SignatureField, "client_signature"), SignaturePad, "signature_pad")
    worker_pad = child(child(consent, SignatureField, "worker_signature"), SignaturePad, "signature_pad")
    mouse_stroke(client_pad, scribble())
    touch_stroke(worker_pad, scribble(x0=80, y0=90, loops=4))
    assert client_pad.is_acceptable() and worker_pad.is_acceptable()
    _click(qtbot, child(consent, QPushButton, "sign_button"))
    assert child(consent, QLabel, "consent_message").text() == ""
    assert not dialogs.criticals
    badge = child(page, QLabel, "plan_badge")
    assert "✓ geldig" in badge.text()
    assert not editor.editable  # the signed version is frozen; a change needs a new version

    with service.unit_of_work() as (session, _):
        version = session.execute(select(models.PlanVersion)).scalar_one()
        stored_hash = version.plan_hash
        version_id = version.id
    assert stored_hash is not None

    # --- the documents, exported through the seam --------------------------------------------------------------
    _tab(page, "plan_document")
    document = page.document
    kind = child(document, QComboBox, "document_kind")
    exported: dict[str, Path] = {}
    for variant in ("volledig", "aanbieder"):
        kind.setCurrentIndex(kind.findData(variant))
        qtbot.waitUntil(lambda: not document.busy and document.document.pageCount() > 0, timeout=10_000)
        dialogs.save_answer = tmp_path / f"{variant}.pdf"
        _click(qtbot, child(document, QPushButton, "export_button"))
        target = dialogs.save_answer
        qtbot.waitUntil(target.exists, timeout=10_000)  # made and written on the background runner
        exported[variant] = target
    full, provider = (_squash(_pdf_text(exported[v])) for v in ("volledig", "aanbieder"))
    withheld_texts = [
        t for lg, omschrijving, zes, wat in DOELEN.values() if lg in WITHHELD for t in (omschrijving, zes, wat)
    ]
    shared_texts = [WENS, "Alle rekeningen op tijd betaald", "Sorteert samen de post", *DOELEN["Tijdsbe"][1:]]
    for value in withheld_texts + shared_texts:
        assert _squash(value) in full, value
    for value in withheld_texts:
        assert _squash(value) not in provider, value
    for value in shared_texts:
        assert _squash(value) in provider, value
    footer = re.findall(r"SHA-256([0-9a-f]{12})", full)
    assert footer and set(footer) == {stored_hash[:12]}  # the footer of every page names the stored hash
    assert service.check().ok  # `regie check`: the signed plan verifies

    # --- one byte changed in the stored plan: check fails and the badge says so --------------------------------
    with service.workspace.transaction() as session:
        session.execute(
            text("UPDATE plan_version SET content = replace(content, 'Overdag', 'Overdaq') WHERE id = :id"),
            {"id": version_id},
        )
    report = service.check()
    assert not report.ok and any("gewijzigd" in problem for problem in report.problems)
    _click(qtbot, child(page, QPushButton, "plan_back_button"))
    assert window.plan_page is not None and window.open_plan_id() is None
    flush_deletes()  # the household page was rebuilt; its old casus box goes on the next event loop pass
    _click(qtbot, child(window, QPushButton, "open_plan_button"))
    assert "gewijzigd na ondertekening" in child(page, QLabel, "plan_badge").text()
    assert any("gewijzigd na ondertekening" in t for t in widget_texts(versions))

    # --- locking leaves nothing of the client on screen, unlocking returns to the plan -------------------------
    window.lock_action.trigger()
    flush_deletes()
    for shown_text in ("Verbeek", WENS, BUUR, DOELEN["Tijdsbe"][1]):
        assert widgets_showing(shown_text, visible_only=False) == [], shown_text
    unlock(qtbot, controller)
    assert controller.main_window is not None and controller.main_window.open_plan_id() == d.casus_id
