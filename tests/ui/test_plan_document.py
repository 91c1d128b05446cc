"""The plan's document tab: choosing a document and version, the QtPdf preview, print and save, and the access log.

Runs on a real encrypted workspace with synthetic people; printing and the save dialog go through the fake seam.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QByteArray, QCoreApplication, QSaveFile, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget
from sqlalchemy import select

from regie_desktop.app.plan_werkblad import PlanWerkblad, open_plan
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import plan_hash
from regie_desktop.reports.plan_pdf import plan_pdf_bytes
from regie_desktop.store.models import AccessLog
from tests.app.factories import TODAY, Dossier, consent, household, kind, new_dossier, plan
from tests.reports.samples import document
from tests.ui.gui_support import FakeDialogs, child, widget_texts
from ui.background import BackgroundRunner
from ui.dialogs import print_pdf_pages
from ui.plan.document_view import PlanDocumentView, suggested_file_name

WAIT_MS = 10_000
PERSONAL = ("Fatima", "Jansen", "Noah", "Lindelaan", "Schulden op een rij")


def _actions(service: WorkspaceService) -> list[str]:
    with service.unit_of_work() as (session, _):
        return list(session.execute(select(AccessLog.action).order_by(AccessLog.at, AccessLog.id)).scalars())


def _werkblad(service: WorkspaceService, d: Dossier) -> PlanWerkblad:
    with service.unit_of_work() as (session, actor):
        return open_plan(session, actor, d.casus_id)


def _sign(service: WorkspaceService, d: Dossier, share: bool = True, withheld: tuple[str, ...] = ()) -> None:
    with service.unit_of_work() as (session, actor):
        current = draft(session, d.casus_id)
        assert current is not None
        sign_plan(session, actor, d.casus_id, consent(plan_hash(current), share=share, withheld=withheld), TODAY)


@pytest.fixture
def concept(service: WorkspaceService) -> Dossier:
    d = new_dossier(service, household(extra=(kind(),)))
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    return d


@pytest.fixture
def signed(service: WorkspaceService, concept: Dossier) -> Dossier:
    _sign(service, concept, withheld=("huisvesting",))
    return concept


@pytest.fixture
def view(qtbot, service: WorkspaceService, dialogs: FakeDialogs) -> Iterator[PlanDocumentView]:
    widget = PlanDocumentView(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    yield widget
    widget.clear()


def _shown(view: PlanDocumentView, werkblad: PlanWerkblad) -> PlanDocumentView:
    view.show()
    view.show_werkblad(werkblad)
    return view


def _kind_combo(view: QWidget) -> QComboBox:
    return child(view, QComboBox, "document_kind")


def _choose_kind(view: PlanDocumentView, data: str) -> None:
    combo = _kind_combo(view)
    combo.setCurrentIndex(combo.findData(data))


def _click(view: QWidget, name: str) -> None:
    button = child(view, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    button.click()


# --- the preview ------------------------------------------------------------------------------------------------


def test_each_kind_of_a_signed_plan_is_previewed_and_logged_as_a_view(
    view: PlanDocumentView, service: WorkspaceService, signed: Dossier
) -> None:
    _shown(view, _werkblad(service, signed))
    before = _actions(service)
    assert child(view, QPdfView, "document_preview").document() is view.document
    assert view.current_kind == "volledig" and view.document.pageCount() > 0
    pages = {}
    for data in ("aanbieder", "ontvangstbewijs", "volledig"):
        _choose_kind(view, data)
        assert view.document.status() == QPdfDocument.Status.Ready
        pages[data] = view.document.pageCount()
    assert all(count > 0 for count in pages.values()), pages
    assert pages["ontvangstbewijs"] == 1
    assert _actions(service)[len(before) :] == ["plan-bekijken"] * 3  # a view each, never an export
    assert child(view, QPdfView, "document_preview").zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_the_default_version_is_the_latest_signed_one_and_the_concept_can_be_chosen(
    view: PlanDocumentView, service: WorkspaceService, signed: Dossier
) -> None:
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(signed.casus_id, omschrijving="Nieuw concept"), TODAY)
    _shown(view, _werkblad(service, signed))
    versions = child(view, QComboBox, "document_version")
    assert versions.count() == 2 and versions.itemText(0).startswith("Versie 1: ondertekend")
    assert versions.itemText(1) == "Versie 2: concept"
    assert versions.currentIndex() == 0 and view.kind_enabled("aanbieder")
    _choose_kind(view, "aanbieder")
    versions.setCurrentIndex(1)  # the concept: the provider version cannot exist, the full plan is shown instead
    assert view.current_kind == "volledig" and not view.kind_enabled("aanbieder")
    assert view.document.pageCount() > 0


def test_a_concept_offers_only_the_full_plan_and_says_why_in_dutch(
    view: PlanDocumentView, service: WorkspaceService, concept: Dossier
) -> None:
    _shown(view, _werkblad(service, concept))
    assert not view.kind_enabled("aanbieder") and not view.kind_enabled("ontvangstbewijs")
    reason = child(view, QLabel, "document_reason")
    assert reason.isVisible()
    assert "concept" in reason.text() and "pas als het plan is ondertekend" in reason.text()
    view.set_kind("aanbieder")  # refused like the disabled item in the combo box
    assert view.current_kind == "volledig" and view.document.pageCount() > 0
    assert suggested_file_name("volledig", 1, concept=True) == "plan-versie-1-concept.pdf"


def test_a_plan_the_client_did_not_share_shows_the_reason_instead_of_a_provider_version(
    view: PlanDocumentView, service: WorkspaceService, concept: Dossier
) -> None:
    _sign(service, concept, share=False)
    _shown(view, _werkblad(service, concept))
    before = _actions(service)
    _choose_kind(view, "aanbieder")
    message = child(view, QLabel, "document_message")
    assert message.isVisible() and "geen toestemming" in message.text()
    assert view.document.pageCount() == 0
    assert not child(view, QPushButton, "print_button").isEnabled()
    assert not child(view, QPushButton, "export_button").isEnabled()
    assert _actions(service) == before  # a refused document is not logged


def test_no_plan_yet_says_so(view: PlanDocumentView, service: WorkspaceService) -> None:
    d = new_dossier(service)
    _shown(view, _werkblad(service, d))
    assert "nog geen plan" in child(view, QLabel, "document_message").text()
    assert not child(view, QPushButton, "print_button").isEnabled()


def test_a_hidden_view_renders_only_once_it_is_shown_and_not_again_for_the_same_version(
    qtbot, view: PlanDocumentView, service: WorkspaceService, signed: Dossier
) -> None:
    werkblad = _werkblad(service, signed)
    before = _actions(service)
    view.show_werkblad(werkblad)  # the page hands every tab the worksheet; this one is not on screen
    assert view.document.pageCount() == 0 and _actions(service) == before
    view.show()
    qtbot.waitUntil(lambda: view.document.pageCount() > 0, timeout=WAIT_MS)
    view.show_werkblad(_werkblad(service, signed))  # another view stored something: the signed version is the same
    QApplication.processEvents()
    assert _actions(service)[len(before) :] == ["plan-bekijken", "plan-openen"]


def test_entering_the_tab_with_a_fresher_concept_renders_once(
    qtbot, view: PlanDocumentView, service: WorkspaceService, concept: Dossier
) -> None:
    view.show_werkblad(_werkblad(service, concept))  # handed in while another tab was current
    with service.unit_of_work() as (session, actor):  # the editor autosaved since
        save_plan_draft(session, actor, plan(concept.casus_id, omschrijving="Bijgewerkt"), TODAY)
    fresher = _werkblad(service, concept)
    before = _actions(service)
    view.show()  # the tab becomes current; the page then hands it the worksheet it just read
    view.show_werkblad(fresher)
    for _ in range(5):
        QApplication.processEvents()
    assert view.document.pageCount() > 0
    assert _actions(service)[len(before) :] == ["plan-bekijken"]
    before = _actions(service)
    view.show_werkblad(_werkblad(service, concept))  # the same concept again: nothing new to render
    assert _actions(service)[len(before) :] == ["plan-openen"]


def test_zoom_buttons_and_the_tab_order(view: PlanDocumentView, service: WorkspaceService, signed: Dossier) -> None:
    _shown(view, _werkblad(service, signed))
    preview = child(view, QPdfView, "document_preview")
    _click(view, "zoom_in_button")
    assert preview.zoomMode() == QPdfView.ZoomMode.Custom and preview.zoomFactor() > 1.0
    _click(view, "zoom_out_button")
    _click(view, "zoom_out_button")
    assert preview.zoomFactor() < 1.0
    _click(view, "zoom_fit_button")
    assert preview.zoomMode() == QPdfView.ZoomMode.FitToWidth
    order = ["document_kind", "document_version", "print_button", "export_button"]
    widget: QWidget = child(view, QComboBox, "document_kind")
    seen = [widget.objectName()]
    for _ in range(len(order) - 1):
        widget = widget.nextInFocusChain()
        while not widget.objectName() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
        seen.append(widget.objectName())
    assert seen == order


# --- printing ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", ["volledig", "aanbieder", "ontvangstbewijs"])
def test_print_goes_through_the_seam_and_is_logged_per_variant(
    view: PlanDocumentView, service: WorkspaceService, dialogs: FakeDialogs, signed: Dossier, data: str
) -> None:
    _shown(view, _werkblad(service, signed))
    _choose_kind(view, data)
    before = _actions(service)
    _click(view, "print_button")
    ((title, pdf),) = dialogs.printed_pdfs
    assert len(PdfReader(io.BytesIO(pdf)).pages) == view.document.pageCount()
    assert "versie 1" in title.lower() and not any(p in title for p in PERSONAL)
    assert _actions(service)[len(before) :] == [f"plan-afdrukken-{data}"]
    assert "Afgedrukt" in child(view, QLabel, "document_status").text()


def test_a_cancelled_print_is_not_logged(
    view: PlanDocumentView, service: WorkspaceService, dialogs: FakeDialogs, signed: Dossier
) -> None:
    _shown(view, _werkblad(service, signed))
    dialogs.print_answer = False
    before = _actions(service)
    _click(view, "print_button")
    assert dialogs.printed_pdfs == [] and _actions(service) == before


def test_print_and_save_have_their_shortcuts_and_every_input_a_name(view: PlanDocumentView) -> None:
    assert child(view, QPushButton, "print_button").shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert child(view, QPushButton, "export_button").shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    for kind_, name in (
        (QComboBox, "document_kind"),
        (QComboBox, "document_version"),
        (QPushButton, "print_button"),
        (QPushButton, "export_button"),
        (QPdfView, "document_preview"),
    ):
        assert child(view, kind_, name).accessibleName()


def test_the_production_print_path_draws_every_pdf_page(qapp, tmp_path: Path) -> None:
    data = plan_pdf_bytes(document())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    assert print_pdf_pages(printer, data)
    assert len(PdfReader(tmp_path / "afdruk.pdf").pages) == len(PdfReader(io.BytesIO(data)).pages)
    assert not print_pdf_pages(printer, b"geen pdf")


# --- saving -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "suggested", "action"),
    [
        ("volledig", "plan-versie-1.pdf", "plan-exporteren-volledig"),
        ("aanbieder", "plan-versie-1-aanbieder.pdf", "plan-exporteren-aanbieder"),
        ("ontvangstbewijs", "ontvangstbewijs-plan-versie-1.pdf", "ontvangstbewijs-exporteren"),
    ],
)
def test_save_writes_a_valid_pdf_where_the_worker_chose_and_logs_the_export(
    view: PlanDocumentView,
    service: WorkspaceService,
    dialogs: FakeDialogs,
    signed: Dossier,
    tmp_path: Path,
    data: str,
    suggested: str,
    action: str,
) -> None:
    _shown(view, _werkblad(service, signed))
    _choose_kind(view, data)
    target = tmp_path / "uit" / "document.pdf"
    target.parent.mkdir()
    dialogs.save_answer = target
    before = _actions(service)
    _click(view, "export_button")
    ((_title, name, name_filter),) = dialogs.save_requests
    assert name == suggested and "*.pdf" in name_filter
    assert len(PdfReader(target).pages) == view.document.pageCount()
    assert [p.name for p in target.parent.iterdir()] == ["document.pdf"]  # no temporary file left beside it
    assert _actions(service)[len(before) :] == [action]
    assert "document.pdf" in child(view, QLabel, "document_status").text()


def test_save_replaces_an_existing_file_whole(
    view: PlanDocumentView, service: WorkspaceService, dialogs: FakeDialogs, signed: Dossier, tmp_path: Path
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"oud")
    dialogs.save_answer = target
    _shown(view, _werkblad(service, signed))
    _click(view, "export_button")
    assert target.read_bytes().startswith(b"%PDF")


def test_a_cancelled_save_writes_and_logs_nothing(
    view: PlanDocumentView, service: WorkspaceService, dialogs: FakeDialogs, signed: Dossier, tmp_path: Path
) -> None:
    _shown(view, _werkblad(service, signed))
    before = _actions(service)
    _click(view, "export_button")  # save_answer is None: "Annuleren"
    assert len(dialogs.save_requests) == 1 and _actions(service) == before


@pytest.mark.parametrize("where", ["missing_folder", "a_folder", "read_only_folder"])
def test_a_failing_write_gives_a_dutch_message_and_leaves_neither_file_nor_log_entry(
    qtbot,
    view: PlanDocumentView,
    service: WorkspaceService,
    dialogs: FakeDialogs,
    signed: Dossier,
    tmp_path: Path,
    where: str,
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    if where == "missing_folder":
        target = folder / "bestaat-niet" / "plan.pdf"
    elif where == "a_folder":
        target = folder / "een-map"  # the name of an existing folder, not a file
        target.mkdir()
    else:
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("a read-only folder needs POSIX permissions and a user that is not root")
        target = folder / "plan.pdf"
        folder.chmod(0o500)
    dialogs.save_answer = target
    _shown(view, _werkblad(service, signed))
    before = _actions(service)
    with qtbot.waitSignal(view.sig_error, timeout=WAIT_MS) as error:
        _click(view, "export_button")
    (message,) = error.args
    assert "kon niet worden opgeslagen" in message and "Er is niets opgeslagen" in message
    assert str(tmp_path) not in message
    folder.chmod(0o700)
    left = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
    assert left == (["een-map"] if where == "a_folder" else [])  # no file, no half file, no temporary file
    assert _actions(service) == before  # the export entry went with the failed write
    assert child(view, QPushButton, "export_button").isEnabled()  # one can try another folder


# --- clearing and the background runner ---------------------------------------------------------------------------


def test_clear_empties_the_preview_the_choices_and_every_text(
    view: PlanDocumentView, service: WorkspaceService, dialogs: FakeDialogs, signed: Dossier, tmp_path: Path
) -> None:
    _shown(view, _werkblad(service, signed))
    dialogs.save_answer = tmp_path / "Fatima Jansen.pdf"  # a name a worker might type; shown in the status
    _click(view, "export_button")
    assert view.document.pageCount() > 0
    view.clear()
    assert view.document.pageCount() == 0 and view.document.status() != QPdfDocument.Status.Ready
    assert child(view, QComboBox, "document_version").count() == 0
    assert not child(view, QPushButton, "print_button").isEnabled()
    texts = [t for w in [view, *view.findChildren(QWidget)] for t in widget_texts(w) if t]
    assert not [t for t in texts if any(p in t for p in PERSONAL)]
    assert not [t for t in texts if "versie 1" in t.lower()]


@pytest.fixture
def runner(qapp) -> Iterator[BackgroundRunner]:
    runner = BackgroundRunner()
    yield runner
    runner.cancel_all()
    assert runner.wait_idle(WAIT_MS)
    QCoreApplication.processEvents()


def test_with_a_runner_the_pdf_is_made_in_the_background_with_a_busy_indication(
    qtbot, service: WorkspaceService, dialogs: FakeDialogs, signed: Dossier, runner: BackgroundRunner, tmp_path
) -> None:
    view = PlanDocumentView(service, dialogs, runner=runner)
    qtbot.addWidget(view)
    _shown(view, _werkblad(service, signed))
    busy = child(view, QWidget, "document_busy")
    assert view.busy and busy.isVisible() and "wordt gemaakt" in busy.accessibleName()
    assert not child(view, QPushButton, "print_button").isEnabled()
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    assert view.document.pageCount() > 0 and not busy.isVisible()
    dialogs.save_answer = tmp_path / "plan.pdf"
    _click(view, "export_button")
    qtbot.waitUntil(lambda: not view.busy, timeout=WAIT_MS)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    view.clear()


def test_clear_while_rendering_drops_the_result(
    qtbot, service: WorkspaceService, dialogs: FakeDialogs, signed: Dossier, runner: BackgroundRunner
) -> None:
    view = PlanDocumentView(service, dialogs, runner=runner)
    qtbot.addWidget(view)
    _shown(view, _werkblad(service, signed))
    assert view.busy
    view.clear()
    assert runner.wait_idle(WAIT_MS)
    for _ in range(5):
        QApplication.processEvents()
    assert view.document.pageCount() == 0 and not view.busy
    assert child(view, QComboBox, "document_version").count() == 0


def test_the_kind_combo_lists_the_three_documents_in_dutch(view: PlanDocumentView) -> None:
    combo = _kind_combo(view)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Volledig plan",
        "Versie voor de aanbieder",
        "Ontvangstbewijs toestemming",
    ]
    assert combo.itemData(0, Qt.ItemDataRole.UserRole) == "volledig"


class _FailingSaveFile(QSaveFile):
    """A disk that fills up halfway: the write reports failure after the file was opened."""

    def write(self, data) -> int:  # type: ignore[override]
        super().write(QByteArray(data)[:100])
        return -1


def test_a_write_failing_halfway_keeps_the_old_file_and_leaves_no_temporary_file(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    view: PlanDocumentView,
    service: WorkspaceService,
    dialogs: FakeDialogs,
    signed: Dossier,
    tmp_path: Path,
) -> None:
    import ui.plan.document_view as document_view

    monkeypatch.setattr(document_view, "QSaveFile", _FailingSaveFile)
    folder = tmp_path / "uit"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(b"het vorige plan")
    dialogs.save_answer = folder / "plan.pdf"
    _shown(view, _werkblad(service, signed))
    before = _actions(service)
    with qtbot.waitSignal(view.sig_error, timeout=WAIT_MS) as error:
        _click(view, "export_button")
    assert "kon niet worden opgeslagen" in error.args[0]
    assert [p.name for p in folder.iterdir()] == ["plan.pdf"]
    assert (folder / "plan.pdf").read_bytes() == b"het vorige plan"
    assert _actions(service) == before
