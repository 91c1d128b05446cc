"""Render the main screens into PNG files: ``python -m ui.screenshots OUTDIR``.

Uses a throw-away workspace in a temporary folder with synthetic demo data (never real people). Runs on
the offscreen platform unless QT_QPA_PLATFORM says otherwise, so it works without a display (CI).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
    QWidget,
)

from regie_desktop.app import catalog
from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.casussen import open_casus
from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.households import register_household
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.app.zrm_overview import zrm_overview
from regie_desktop.domain.casus import Aanmelding, Kanaal
from regie_desktop.domain.consent import Point
from regie_desktop.domain.household import NewHousehold, NewPerson
from regie_desktop.domain.zrm import AssessedBy, Assessment, Score
from regie_desktop.preferences import Preferences
from ui.application import create_application
from ui.dialogs import DialogSeam
from ui.first_start_wizard import FirstStartWizard
from ui.main_window import MainWindow
from ui.models.caseload_model import CASUS_ROLE, HUISHOUDEN_ROLE
from ui.recover_dialog import RecoverDialog
from ui.style import apply_theme
from ui.unlock_dialog import UnlockDialog
from ui.widgets.zrm_chart import ZrmChart, chart_data

DEMO_WORKER = "Sanne de Vries"  # fictitious
DEMO_TEAM = "Wijkteam Noord"
DEMO_PASSPHRASE = "boterham-fiets-regen-42"  # noqa: S105 - a throw-away demo workspace
DEMO_HOUSEHOLDS = 30


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, outdir: Path, name: str) -> Path:
    widget.show()
    _settle()
    path = outdir / name
    if not widget.grab().save(str(path)):
        raise OSError(f"Kon {path} niet schrijven.")
    return path


def _field(parent: QWidget, name: str) -> QLineEdit:
    found = parent.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def _fill_aanmelding(window: QWidget) -> None:
    """Synthetic input that shows the inline BSN message and the spoed banner (never a real person)."""
    for name, text in (
        ("voornamen_field_0", "Fatima"),
        ("achternaam_field_0", "Zwartkruis"),
        ("geboortedatum_field_0", "14-02-1988"),
        ("bsn_field_0", "123456789"),
        ("telefoon_field_0", "06-12345678"),
        ("straat_field", "Lindelaan"),
        ("huisnummer_field", "12"),
        ("postcode_field", "1234 AB"),
        ("woonplaats_field", "Zwolle"),
    ):
        field = _field(window, name)
        field.setText(text)
        field.editingFinished.emit()
    hulpvraag = window.findChild(QPlainTextEdit, "hulpvraag_field")
    assert hulpvraag is not None
    hulpvraag.setPlainText("Achterstand met de huur; de verhuurder dreigt met ontruiming.")
    spoed = window.findChild(QCheckBox, "spoed_dreigende_ontruiming")
    assert spoed is not None
    spoed.setChecked(True)


def _wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _render_first_start(service: WorkspaceService, dialogs: DialogSeam, outdir: Path) -> list[Path]:
    """Every page of the first-start wizard; pressing Volgende on the passphrase page creates the workspace."""
    wizard = FirstStartWizard(service, dialogs)
    written = [_save(wizard, outdir, "first_start.png")]
    wizard.next()
    _field(wizard, "name_field").setText(DEMO_WORKER)
    _field(wizard, "team_field").setText(DEMO_TEAM)
    written.append(_save(wizard, outdir, "first_start_name.png"))
    wizard.next()
    _field(wizard, "passphrase_field").setText("zomer2024")  # shows the meter explaining a refusal
    written.append(_save(wizard, outdir, "first_start_passphrase.png"))
    _field(wizard, "passphrase_field").setText(DEMO_PASSPHRASE)
    _field(wizard, "passphrase_repeat_field").setText(DEMO_PASSPHRASE)
    written.append(_save(wizard, outdir, "first_start_ready.png"))
    wizard.next()
    _wait_until(lambda: wizard.workspace_created)  # made on the background worker
    assert wizard.workspace_created, "Volgende on the passphrase page creates the workspace"
    written.append(_save(wizard, outdir, "recovery_key.png"))
    saved = wizard.findChild(QCheckBox, "saved_checkbox")
    assert saved is not None
    saved.setChecked(True)
    wizard.next()
    written.append(_save(wizard, outdir, "first_start_instrument.png"))
    wizard.next()
    written.append(_save(wizard, outdir, "first_start_done.png"))
    wizard.accept()
    wizard.deleteLater()
    return written


# Synthetic scores per leefgebied: (vorige meting, huidige meting, zelfscore cliënt); None = niet besproken.
ZRM_DEMO_SCORES: dict[str, tuple[int | str | None, int | str | None, int | str | None]] = {
    "financien": (1, 3, 2),
    "werk-opleiding": (2, 2, 3),
    "tijdsbesteding": (3, 4, 4),
    "huisvesting": (2, 1, 2),
    "huiselijke-relaties": (3, 3, None),
    "geestelijke-gezondheid": (2, 3, 3),
    "lichamelijke-gezondheid": (4, 4, 5),
    "middelengebruik": ("nvt", "nvt", "nvt"),
    "sociaal-netwerk": (1, 2, 2),
    "maatschappelijke-participatie": (None, 2, None),
    "justitie": ("nvt", "nvt", "nvt"),
}


def _demo_score(key: str, value: int | str | None) -> Score:
    return Score(key, None, nvt=True) if value == "nvt" else Score(key, value if isinstance(value, int) else None)


def render_zrm_chart(service: WorkspaceService, outdir: Path) -> Path:
    """The ZRM chart of a synthetic client (two metingen and a self-assessment) at projector size."""
    today = service.today()
    with service.unit_of_work() as (session, actor):
        person = NewPerson(voornamen="Demi", achternaam="Oosterbroek")  # fictitious; never in the chart
        hh_id = register_household(session, actor, NewHousehold(personen=(person,), woonplaats="Zwolle"), today)
        aanmelding = Aanmelding(today - dt.timedelta(days=75), Kanaal.TELEFOON, "Schulden en eenzaamheid")
        casus_id = open_casus(session, actor, hh_id, aanmelding, today, instrument_id=catalog.DEFAULT_INSTRUMENT)
        persoon_id = zrm_overview(session, actor, casus_id, today).personen[0].persoon_id
        instrument = catalog.instrument(catalog.DEFAULT_INSTRUMENT)
        metingen: tuple[tuple[int, AssessedBy, int], ...] = ((0, "werker", 60), (1, "werker", 5), (2, "client", 2))
        for column, by, ago in metingen:
            scores = tuple(_demo_score(key, values[column]) for key, values in ZRM_DEMO_SCORES.items())
            own = Assessment(
                persoon_id, instrument.id, instrument.version, today - dt.timedelta(days=ago), scores, by=by
            )
            record_assessment(session, actor, casus_id, own, today)
        overview = zrm_overview(session, actor, casus_id, today)
    chart = ZrmChart()
    chart.set_data(chart_data(overview, overview.personen[0]))
    chart.resize(1280, 800)
    path = _save(chart, outdir, "zrm_chart.png")
    chart.hide()
    chart.deleteLater()
    return path


PLAN_PDF_PAGES = (
    ("volledig", "plan_pdf_volledig.png"),
    ("aanbieder", "plan_pdf_aanbieder.png"),
    ("ontvangstbewijs", "plan_pdf_ontvangstbewijs.png"),
)
PLAN_PDF_DPI = 110


def pdf_page_png(data: bytes, path: Path, page: int = 0, dpi: int = PLAN_PDF_DPI) -> Path:
    """One page of a PDF as a PNG on white paper, read from memory with QtPdf (no poppler needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, document.render(page, size))
        painter.end()
    finally:
        document.close()
        buffer.close()
    if not paper.save(str(path)):
        raise OSError(f"Kon {path} niet schrijven.")
    return path


def _demo_worker_signature() -> tuple[tuple[Point, ...], ...]:
    """A second synthetic signature, unlike the client's: an "S" and a wave running to the right."""
    first = tuple(
        Point(round(160 + 60 * math.cos(a * 1.5 * math.pi) * (1 if a < 0.5 else -1)), round(120 + 260 * a), 9 * i, 450)
        for i in range(40)
        for a in (i / 39,)
    )
    second = tuple(
        Point(round(300 + 14 * i + 50 * math.sin(i / 5)), round(300 + 80 * math.cos(i / 4) * (1 - i / 160)), 9 * i, 500)
        for i in range(120)
    )
    return (first, second)


def render_plan_pdfs(service: WorkspaceService, outdir: Path) -> list[Path]:
    """Page 1 of the full plan, the provider version (Plan B: two leefgebieden withheld) and the consent receipt.

    A fictitious household signs a plan through the same use cases as the consent screen; the PDFs come from
    ``preview_document`` and never touch the disk, only their pictures do.
    """
    from regie_desktop.app.documents import preview_document
    from regie_desktop.app.gesprek import update_gesprek
    from regie_desktop.app.plan_werkblad import new_doel
    from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
    from regie_desktop.domain.consent import Consent, Signature, SignerRole
    from regie_desktop.domain.gesprek import Informatie
    from regie_desktop.domain.household import Rol
    from regie_desktop.domain.plan import Actie, Inzet, InzetSoort, PlanContent, WieSoort, plan_hash
    from ui.widgets.signature_pad import demo_signature

    today = service.today()
    soon = today + dt.timedelta(days=21)
    personen = (
        NewPerson(voornamen="Demi", achternaam="Oosterbroek", geboortedatum=dt.date(1987, 4, 12), bsn="999990019"),
        NewPerson(voornamen="Luuk", achternaam="Oosterbroek", geboortedatum=dt.date(2014, 9, 3), rol=Rol.KIND),
    )
    hh = NewHousehold(personen=personen, straat="Kastanjelaan", huisnummer="7", postcode="8011 AB", woonplaats="Zwolle")
    aanmelding = Aanmelding(
        today - dt.timedelta(days=30),
        Kanaal.TELEFOON,
        "Schulden en weinig contact met anderen",
        toestemming_gegevensverwerking=True,
        uitleg_procedure_gegeven=True,
    )
    doelen = (
        replace(
            new_doel("financien", "Weer overzicht over de post en de vaste lasten"),
            zes="De vaste lasten worden elke maand op tijd betaald",
            acties=(
                Actie("Demi Oosterbroek", WieSoort.CLIENT, "Post elke maandag openen en sorteren", soon),
                Actie("Buurvrouw Ans", WieSoort.NETWERK, "Helpt bij het bellen met de woningcorporatie"),
                Actie("Schuldhulp Zwolle", WieSoort.AANBIEDER, "Intake budgetbeheer", soon + dt.timedelta(days=14)),
            ),
            inzet=(Inzet(InzetSoort.MAATWERK, "Begeleiding individueel", "BGI"),),
        ),
        replace(
            new_doel("huisvesting", "De woning behouden"),
            zes="Geen huurachterstand meer",
            acties=(Actie(DEMO_WORKER, WieSoort.WERKER, "Betalingsregeling met de corporatie afspreken", soon),),
        ),
        replace(
            new_doel("geestelijke-gezondheid", "Beter slapen en minder piekeren"),
            acties=(Actie("Demi Oosterbroek", WieSoort.CLIENT, "Afspraak bij de praktijkondersteuner", soon),),
            inzet=(Inzet(InzetSoort.VOORVELD, "POH-GGZ"),),
        ),
        replace(
            new_doel("sociaal-netwerk", "Twee vaste contacten buiten het gezin"),
            acties=(Actie("Buurvrouw Ans", WieSoort.NETWERK, "Samen naar het koffie-uurtje in het buurthuis"),),
        ),
        replace(
            new_doel("huiselijke-relaties", "Rust in huis na de scheiding"),
            acties=(Actie("Demi Oosterbroek", WieSoort.CLIENT, "Gesprek met de ex-partner over de omgang"),),
        ),
    )
    with service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, hh, today)
        casus_id = open_casus(session, actor, hh_id, aanmelding, today, instrument_id=catalog.DEFAULT_INSTRUMENT)
        given = tuple((kind, today - dt.timedelta(days=7)) for kind in Informatie)
        update_gesprek(session, actor, casus_id, today, informatie_gegeven=given)
        content = PlanContent(casus_id, 1, catalog.DEFAULT_INSTRUMENT, doelen, tussenevaluatie=today + dt.timedelta(90))
        save_plan_draft(session, actor, content, today)
    with service.unit_of_work() as (session, actor):
        current = draft(session, casus_id)
        assert current is not None
        now = dt.datetime.now(dt.UTC)
        agreed = Consent(
            plan_hash=plan_hash(current),
            share_with_provider=True,
            withheld_leefgebieden=("geestelijke-gezondheid", "huiselijke-relaties"),
            data_processing_consent=True,
            client_signature=Signature("Demi Oosterbroek", SignerRole.CLIENT, demo_signature(), now),
            worker_signature=Signature(DEMO_WORKER, SignerRole.WERKER, _demo_worker_signature(), now),
        )
        sign_plan(session, actor, casus_id, agreed, today)
    written = []
    for kind, name in PLAN_PDF_PAGES:
        with service.unit_of_work() as (session, actor):
            data = preview_document(session, actor, casus_id, kind, today=today)  # type: ignore[arg-type]
        written.append(pdf_page_png(data, outdir / name))
    return written


class _QuietDialogs(DialogSeam):
    """Confirmations are not part of the pictures: a modal box would wait for a click that never comes."""

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        del parent, title, text


def render_plan_screens(service: WorkspaceService, outdir: Path) -> list[Path]:
    """The plan page of a fictitious household: the editor, the read-through, the consent screen before
    signing, the compare view of a second version, and the document tab of the signed plan."""
    from regie_desktop.app.gesprek import add_netwerk_persoon, save_leefgebied_notitie
    from regie_desktop.app.plan_werkblad import new_doel, start_new_version
    from regie_desktop.app.plans import save_plan_draft
    from regie_desktop.domain.gesprek import LeefgebiedNotitie, NetwerkPersoon
    from regie_desktop.domain.plan import Actie, Inzet, InzetSoort, PlanContent, WieSoort
    from ui.plan.plan_page import PlanPage
    from ui.widgets.signature_pad import SignatureField, SignaturePad, demo_signature

    today = service.today()
    soon = today + dt.timedelta(days=14)
    person = NewPerson(voornamen="Noor", achternaam="Hazelaar", geboortedatum=dt.date(1979, 6, 2))  # fictitious
    hh = NewHousehold(personen=(person,), straat="Wilgenhof", huisnummer="3", postcode="8012 CD", woonplaats="Zwolle")
    aanmelding = Aanmelding(
        today - dt.timedelta(days=20), Kanaal.TELEFOON, "Geldzorgen", toestemming_gegevensverwerking=True
    )
    with service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, hh, today)
        casus_id = open_casus(session, actor, hh_id, aanmelding, today, instrument_id=catalog.DEFAULT_INSTRUMENT)
        persoon_id = zrm_overview(session, actor, casus_id, today).personen[0].persoon_id
        for leefgebied, wens in (
            ("financien", "Weer grip op de rekeningen"),
            ("tijdsbesteding", "Iets doen waar ik blij van word"),
        ):
            save_leefgebied_notitie(session, actor, casus_id, LeefgebiedNotitie(persoon_id, leefgebied, wens=wens))
        add_netwerk_persoon(session, actor, casus_id, NetwerkPersoon("Zus Ilse", "familie"))
        doelen = (
            replace(
                new_doel("financien", "Weer grip op de rekeningen"),
                zes="Elke maand de vaste lasten betaald, zonder aanmaning",
                acties=(
                    Actie("Noor Hazelaar", WieSoort.CLIENT, "Post elke maandag openen", soon),
                    Actie("Zus Ilse", WieSoort.NETWERK, "Samen het budgetoverzicht maken"),
                ),
                inzet=(Inzet(InzetSoort.VOORVELD, "Thuisadministratie (vrijwilligers)"),),
            ),
            replace(
                new_doel("tijdsbesteding", "Twee ochtenden per week iets doen buiten de deur"),
                zes="Twee vaste ochtenden",
                acties=(Actie(DEMO_WORKER, WieSoort.WERKER, "Kennismaking bij het buurthuis regelen", soon),),
            ),
        )
        content = PlanContent(casus_id, 1, catalog.DEFAULT_INSTRUMENT, doelen, tussenevaluatie=today + dt.timedelta(90))
        save_plan_draft(session, actor, content, today)

    window = MainWindow(service, dialogs=_QuietDialogs())
    window.refresh()
    window.resize(1280, 860)
    window.open_casus(casus_id, hh_id)
    window.open_plan(casus_id)
    page = window.plan_page
    assert isinstance(page, PlanPage)
    written = [_save(window, outdir, "plan_editor.png")]

    def tab(name: str) -> None:
        for index in range(page.tabs.count()):
            if page.tabs.widget(index).objectName() == name:
                page.tabs.setCurrentIndex(index)
        _settle()

    tab("plan_review")
    written.append(_save(window, outdir, "plan_review.png"))
    tab("plan_consent")
    for name, strokes in (("client_signature", demo_signature()), ("worker_signature", _demo_worker_signature())):
        field = page.consent.findChild(SignatureField, name)
        assert field is not None, name
        pad = field.findChild(SignaturePad, "signature_pad")
        assert pad is not None
        pad.set_strokes(strokes)
    yes = page.consent.findChild(QRadioButton, "share_yes")
    assert yes is not None
    yes.setChecked(True)
    window.resize(1280, 1000)
    written.append(_save(window, outdir, "plan_consent.png"))
    page.consent.sign()
    _settle()
    tab("plan_document")
    _wait_until(lambda: not page.document.busy and page.document.document.pageCount() > 0)
    _wait_until(lambda: False, timeout_s=1.5)  # QPdfView draws its pages on a thread of its own
    written.append(_save(window, outdir, "plan_document.png"))
    with service.unit_of_work() as (session, actor):
        werkblad = start_new_version(session, actor, casus_id, today)
        extra = replace(
            doelen[1], acties=(*doelen[1].acties, Actie("Noor Hazelaar", WieSoort.CLIENT, "Meedoen met de kookgroep"))
        )
        changed = replace(
            werkblad.plan, doelen=(doelen[0], extra, new_doel("sociaal-netwerk", "Vaker afspreken met vriendinnen"))
        )
        save_plan_draft(session, actor, changed, today)
    page.clear()
    page.open(casus_id)
    window.resize(1280, 860)
    tab("plan_compare")
    written.append(_save(window, outdir, "plan_compare.png"))
    window.clear_views()
    window.hide()
    window.deleteLater()
    return written


def _render_gesprek(service: WorkspaceService, window: MainWindow, table: QTableView, outdir: Path) -> list[Path]:
    """The gesprek of a household with two or more persons on a leefgebied, then "toon aan cliënt"."""
    from regie_desktop.app.dossier import open_household
    from ui.gesprek.gesprek_page import GesprekPage
    from ui.widgets.score_buttons import ScoreButtons

    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        with service.unit_of_work() as (session, actor):
            view = open_household(session, actor, str(index.data(HUISHOUDEN_ROLE)))
        if len(view.personen) >= 2:
            break
    window.open_casus(str(index.data(CASUS_ROLE)), str(index.data(HUISHOUDEN_ROLE)))
    window.open_gesprek(str(index.data(CASUS_ROLE)))
    window.resize(1280, 800)
    page = window.current_page
    assert isinstance(page, GesprekPage)
    page.show_key("leefgebied:financien")
    _settle()
    for name, text in (
        ("zorg_financien_0", "Post blijft ongeopend liggen; huurachterstand van twee maanden."),
        ("kracht_financien_0", "Zus wil helpen met de administratie."),
        ("wens_financien_0", "Weer overzicht en de huur op tijd betalen."),
        ("zorg_financien_1", "Weet niet wat de vaste lasten zijn."),
    ):
        field = page.findChild(QPlainTextEdit, name)
        assert field is not None, name
        field.setPlainText(text)
    for name, value in (("score_buttons_financien_0", 2), ("score_buttons_financien_1", 3)):
        buttons = page.findChild(ScoreButtons, name)
        assert buttons is not None, name
        buttons.choose(value)
    written = [_save(window, outdir, "gesprek.png")]
    page.show_client_view()
    client = page.client_view
    assert client is not None
    client.resize(1100, 760)
    written.append(_save(client, outdir, "client_view.png"))
    page.close_client_view()
    return written


def render_traject_screens(service: WorkspaceService, outdir: Path) -> list[Path]:
    """The Tijdlijn of a demo casus in the traject phase and the Agenda's week."""
    from regie_desktop.app.caseload import caseload
    from regie_desktop.app.regiestappen import casus_steps
    from regie_desktop.domain.casus import Fase

    today = service.today()
    with service.unit_of_work() as (session, _actor):
        rows = [r for r in caseload(session, today) if r.fase is Fase.TRAJECT]
        steps = {r.casus_id: casus_steps(session, r.casus_id, today) for r in rows}
    # One with a step overdue shows what the timeline is for; among those the one furthest along.
    done = {c: (any(s.state.value == "te_laat" for s in v), sum(1 for s in v if s.done_on)) for c, v in steps.items()}
    written: list[Path] = []
    window = MainWindow(service)
    window.refresh()
    window.resize(1280, 760)
    if rows:
        chosen = max(rows, key=lambda r: (done[r.casus_id], r.casus_id))
        window.open_casus(chosen.casus_id, chosen.huishouden_id)
        window.open_traject(chosen.casus_id)
        written.append(_save(window, outdir, "traject_timeline.png"))
    window.set_current_row(4)
    written.append(_save(window, outdir, "agenda.png"))
    window.clear_views()
    window.hide()
    window.deleteLater()
    return written


def render_evaluatie_screen(service: WorkspaceService, outdir: Path) -> list[Path]:
    """The Voortgang en evaluatie tab of a demo casus in evaluatie: doelen against their '6', first vs latest ZRM."""
    from regie_desktop.app.caseload import caseload
    from regie_desktop.app.evaluatie import refresh_evaluatie
    from regie_desktop.domain.casus import Fase

    today = service.today()
    with service.unit_of_work() as (session, _actor):
        rows = [r for r in caseload(session, today) if r.fase is Fase.EVALUATIE]
        evaluated = {r.casus_id: len(refresh_evaluatie(session, r.casus_id).evaluaties) for r in rows}
    if not rows:
        return []
    chosen = max(rows, key=lambda r: (evaluated[r.casus_id], r.casus_id))
    window = MainWindow(service)
    window.refresh()
    window.resize(1280, 860)
    window.open_casus(chosen.casus_id, chosen.huishouden_id)
    window.open_traject(chosen.casus_id)
    written: list[Path] = []
    page = window.traject_page
    view = page.findChild(QWidget, "traject_evaluatie") if page is not None else None
    if page is not None and view is not None:
        page.tabs.setCurrentWidget(view)
        written.append(_save(window, outdir, "traject_evaluatie.png"))
    window.clear_views()
    window.hide()
    window.deleteLater()
    return written


def render_privacy_screens(service: WorkspaceService, outdir: Path) -> list[Path]:
    """The logboek of a demo household, the Bewaartermijnen page and page 1 of an inzage PDF (#12)."""
    from regie_desktop.app.dossier import open_household
    from regie_desktop.app.inzage import export_inzage

    written: list[Path] = []
    window = MainWindow(service)
    window.refresh()
    window.resize(1280, 760)
    window.set_current_row(1)
    table = window.findChild(QTableView, "caseload_table")
    assert table is not None
    first = table.model().index(0, 0)
    huishouden_id = str(first.data(HUISHOUDEN_ROLE))
    window.open_casus(str(first.data(CASUS_ROLE)), huishouden_id)
    window.open_logboek(huishouden_id)
    written.append(_save(window, outdir, "logboek.png"))
    window.set_current_row(5)
    written.append(_save(window, outdir, "bewaartermijnen.png"))
    window.clear_views()
    window.hide()
    window.deleteLater()
    with service.unit_of_work() as (session, actor):
        persoon_id = open_household(session, actor, huishouden_id).personen[0].id
        pdf = export_inzage(session, actor, persoon_id, "pdf")
    written.append(pdf_page_png(pdf, outdir / "inzage_pdf.png"))
    return written


def render_presentation_screens(service: WorkspaceService, outdir: Path) -> list[Path]:
    """Presentation mode (#10): the projector with a demo casus that has a signed plan and two metingen, and the
    laptop's controls. Drawn at a projector's 1920×1080 whatever screen the platform offers."""
    from regie_desktop.app.caseload import caseload
    from regie_desktop.app.presentatie import open_presentation, presentation_list
    from ui.presentatie.presentation_session import PresentationSession

    today = service.today()
    with service.unit_of_work() as (session, actor):
        ids = [r.casus_id for r in caseload(session, today)]
        items = presentation_list(session, ids)
        rich = {
            item.casus_id: (len(v.zrm) > 0 and v.zrm[0].laatste is not None, v.plan_status is not None, len(v.doelen))
            for item in items
            for v in [open_presentation(session, actor, item.casus_id, today, item.label)]
        }
    if not items:
        return []
    start = max(range(len(items)), key=lambda n: (rich[items[n].casus_id], -n))
    presentation = PresentationSession(service, DialogSeam(), items, start)
    presentation.start()
    projector = presentation.projector
    projector.showNormal()
    projector.resize(1920, 1080)
    written = [
        _save(projector, outdir, "presentatie.png"),
        _save(presentation.panel, outdir, "presentatie_bediening.png"),
    ]
    presentation.stop()
    _settle()
    return written


def render_bespreek_screens(service: WorkspaceService, outdir: Path) -> list[Path]:
    """The Bespreekformulier dialog (#10) with the demo caseload's proposal and a question typed for the first two
    casussen, and page 1 of the pseudonymised form it prints."""
    from PySide6.QtTest import QTest

    from regie_desktop.app.bespreekformulier import discard_keuze, preview_pdf
    from ui.bespreek_dialog import BespreekDialog

    dialog = BespreekDialog(service, DialogSeam())
    dialog.resize(1280, 800)
    lijst = dialog.findChild(QListWidget, "bespreek_lijst")
    vraag = dialog.findChild(QLineEdit, "bespreek_vraag")
    assert lijst is not None and vraag is not None
    questions = ("Eerst een gesprek, of meteen naar de schuldhulp?", "Wie kan meekijken bij de schulden?")
    for row, text in enumerate(questions[: lijst.count()]):
        lijst.setCurrentRow(row)
        QTest.keyClicks(vraag, text)
    lijst.setCurrentRow(0)
    lijst.setFocus()
    dialog.update_now()
    dialog.show()
    _wait_until(lambda: not dialog.busy and dialog.document.pageCount() > 0)
    _wait_until(lambda: False, timeout_s=1.5)  # QPdfView draws its pages on a thread of its own
    written = [_save(dialog, outdir, "bespreekformulier.png")]
    with service.unit_of_work() as (session, actor):
        data = preview_pdf(session, dialog.keuze(), service.today())
        dialog.reject()
        discard_keuze(session, actor)  # the demo workspace's later screens start without this draft
    written.append(pdf_page_png(data, outdir / "bespreekformulier_pdf.png"))
    written.append(pdf_page_png(data, outdir / "bespreekformulier_pdf_2.png", page=1))
    dialog.deleteLater()
    _settle()
    return written


TEAM_OVERVIEW_HOUSEHOLDS = 250
"""The team overview needs a team's worth of casussen: with the 30 of the other screens every cell is "<5"."""


def render_team_overview(outdir: Path) -> list[Path]:
    """The Teamoverzicht page (#10) of a workspace of its own with 250 demo casussen, scrolled to the ZRM table
    and its chart, and page 1 and 2 of the PDF export."""
    import datetime as dt

    from PySide6.QtWidgets import QScrollArea

    from regie_desktop.app.team_overview import Scope
    from regie_desktop.app.team_overview_export import export_team_overview
    from regie_desktop.domain.team_figures import Period
    from ui.pages.team_overview_page import TeamOverviewPage

    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="regie-screenshots-team-") as tmp:
        service = WorkspaceService(home=Path(tmp) / "werkruimte")
        service.acquire()
        try:
            service.create("Demo Werker", DEMO_PASSPHRASE, team="Wijkteam Noord")
            fill_demo_data(service, TEAM_OVERVIEW_HOUSEHOLDS, seed=3)
            window = MainWindow(service)
            window.refresh()
            window.resize(1280, 900)
            page = window.findChild(TeamOverviewPage, "team_overview_page")
            assert page is not None
            window.set_current_row(6)  # Teamoverzicht, after Bewaartermijnen
            written.append(_save(window, outdir, "team_overview.png"))
            box = page.findChild(QWidget, "team_box_zrm")
            scroll = page.findChild(QScrollArea)
            if box is not None and scroll is not None:
                scroll.ensureWidgetVisible(box, 0, 0)
                scroll.verticalScrollBar().setValue(box.y())
            written.append(_save(window, outdir, "team_overview_zrm.png"))
            window.clear_views()
            window.hide()
            window.deleteLater()
            today = service.today()
            with service.unit_of_work() as (session, actor):
                period = Period(today - dt.timedelta(days=365), today)
                data = export_team_overview(session, actor, Scope.TEAM, period, today, "pdf")
            written.append(pdf_page_png(data, outdir / "team_overview_pdf.png"))
            written.append(pdf_page_png(data, outdir / "team_overview_pdf_2.png", page=1))
        finally:
            service.close()
    return written


def render(outdir: Path) -> list[Path]:
    """Create a temporary workspace, walk through the screens and save one PNG per screen."""
    outdir.mkdir(parents=True, exist_ok=True)
    dialogs = DialogSeam()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="regie-screenshots-") as tmp:
        service = WorkspaceService(home=Path(tmp) / "werkruimte")
        service.acquire()
        try:
            written.extend(_render_first_start(service, dialogs, outdir))

            fill_demo_data(service, DEMO_HOUSEHOLDS, seed=1)
            service.lock()

            unlock = UnlockDialog(service, dialogs)
            written.append(_save(unlock, outdir, "unlock.png"))
            recover = RecoverDialog(service, unlock)
            written.append(_save(recover, outdir, "recover.png"))
            recover.reject()
            unlock.reject()
            unlock.deleteLater()

            service.unlock(DEMO_PASSPHRASE)
            window = MainWindow(service)
            window.refresh()
            window.resize(1280, 760)
            written.append(_save(window, outdir, "main_window.png"))
            written.append(_save(window, outdir, "vandaag.png"))
            window.set_current_row(1)
            written.append(_save(window, outdir, "caseload.png"))
            window.set_current_row(2)
            written.append(_save(window, outdir, "wachtlijst.png"))
            window.set_current_row(1)
            table = window.findChild(QTableView, "caseload_table")
            assert table is not None
            first = table.model().index(0, 0)
            window.open_casus(str(first.data(CASUS_ROLE)), str(first.data(HUISHOUDEN_ROLE)))
            written.append(_save(window, outdir, "household.png"))
            written.extend(_render_gesprek(service, window, table, outdir))
            window.show_aanmelding()
            _fill_aanmelding(window)
            written.append(_save(window, outdir, "aanmelding.png"))
            window.clear_views()
            window.hide()
            window.deleteLater()
            written.append(render_zrm_chart(service, outdir))
            written.extend(render_plan_pdfs(service, outdir))
            written.extend(render_plan_screens(service, outdir))
            written.extend(render_traject_screens(service, outdir))
            written.extend(render_evaluatie_screen(service, outdir))
            written.extend(render_privacy_screens(service, outdir))
            written.extend(render_presentation_screens(service, outdir))
            written.extend(render_bespreek_screens(service, outdir))
        finally:
            service.close()
    written.extend(render_team_overview(outdir))
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__)
    parser.add_argument("outdir", type=Path, help="map voor de PNG-bestanden")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application([sys.argv[0]])
    defaults = Preferences()
    apply_theme(app, defaults.theme, defaults.font_size_pt)  # the look a worker gets on a first start
    for path in render(args.outdir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
