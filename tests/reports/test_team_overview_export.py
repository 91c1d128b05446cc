"""The team overview's CSV and PDF carry no personal data and no count of 1-4.

A demo workspace (Faker nl_NL, through the same use cases as the screens) is exported both ways; then every
person's names, BSN, phone, e-mail and address, every netwerk member's name and the worker's name are looked
for in the CSV text and in the PDF's extracted text (pypdf).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.team_overview import Scope
from regie_desktop.app.team_overview_export import ACTIONS, ENTITY, export_team_overview, team_overview
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.team_figures import Period
from regie_desktop.store.models import AccessLog, Huishouden, NetwerkPersoonRow, Persoon, Worker

HOUSEHOLDS = 60


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from regie_desktop.store.keyfile import MINIMUM_KDF

    service = WorkspaceService(home=tmp_path_factory.mktemp("team") / "ws", kdf=MINIMUM_KDF)
    service.create("Merel van Bemmel", "boterham-fiets-regen-42", team="Wijkteam Oost")
    assert fill_demo_data(service, HOUSEHOLDS, seed=23) == HOUSEHOLDS
    today = service.today()
    period = Period(today - dt.timedelta(days=365), today)
    with service.unit_of_work() as (session, actor):
        csv_bytes = export_team_overview(session, actor, Scope.TEAM, period, today, "csv")
        pdf_bytes = export_team_overview(session, actor, Scope.TEAM, period, today, "pdf")
        report = team_overview(session, actor, Scope.TEAM, period, today)
        personal = _personal_data(session)
        logged = session.execute(select(AccessLog.action, AccessLog.entity, AccessLog.entity_id)).all()
    service.close()
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes)).pages)
    return csv_bytes, pdf_bytes, pdf_text, report, personal, logged


def _personal_data(session) -> list[str]:  # type: ignore[no-untyped-def]
    found: list[str] = []
    for p in session.execute(select(Persoon)).scalars():
        found += [p.voornamen, p.achternaam, " ".join(x for x in (p.voornamen, p.tussenvoegsel, p.achternaam) if x)]
        found += [p.bsn or "", p.telefoon, p.email, p.geboortedatum.strftime("%d-%m-%Y") if p.geboortedatum else ""]
    for h in session.execute(select(Huishouden)).scalars():
        found += [h.straat, f"{h.straat} {h.huisnummer}", h.postcode, h.woonplaats]
    found += list(session.execute(select(NetwerkPersoonRow.naam)).scalars())
    found += list(session.execute(select(Worker.naam)).scalars())
    return sorted({f.strip() for f in found if f and f.strip()})


def _mentions(text: str, value: str) -> bool:
    """``value`` as a whole word (case-sensitive): 'Meer' the surname is not 'meer' the word."""
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


def test_the_demo_workspace_has_people_to_look_for(exported) -> None:  # type: ignore[no-untyped-def]
    *_, personal, _logged = exported
    assert len(personal) > 4 * HOUSEHOLDS
    assert any(re.fullmatch(r"\d{9}", p) for p in personal)  # BSNs
    assert any("@" in p for p in personal)  # e-mail addresses


def test_csv_and_pdf_name_no_person(exported) -> None:  # type: ignore[no-untyped-def]
    csv_bytes, _pdf, pdf_text, _report, personal, _logged = exported
    csv_text = csv_bytes.decode("utf-8-sig")
    assert "Casussen per fase" in csv_text and "Casussen per fase" in pdf_text
    assert [p for p in personal if _mentions(csv_text, p)] == []
    assert [p for p in personal if _mentions(pdf_text, p)] == []


def test_csv_is_excel_friendly_and_has_no_count_under_five(exported) -> None:  # type: ignore[no-untyped-def]
    csv_bytes, *_ = exported
    assert csv_bytes.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the é of Financiën
    rows = list(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig")), delimiter=";"))
    assert ["Fase", "Casussen"] in rows
    assert any(r and r[0] == "Financiën" for r in rows)
    numbers = [cell for r in rows for cell in r[1:] if re.fullmatch(r"-?\d+", cell)]
    assert numbers and not any(cell in {"1", "2", "3", "4"} for cell in numbers)


def test_pdf_has_no_count_under_five_and_draws_the_chart(exported) -> None:  # type: ignore[no-untyped-def]
    _csv, pdf_bytes, pdf_text, report, _personal, _logged = exported
    assert pdf_bytes.startswith(b"%PDF-")
    assert "Gemiddelde verandering per leefgebied" in pdf_text
    # Every published cell of the report is what the PDF shows; none of them is 1-4.
    cells = [cell for t in report.tables for r in t.rows for cell in r.cells]
    assert cells and not any(cell in {"1", "2", "3", "4"} for cell in cells)
    assert "<5" in cells  # a 60-household team has small cells, and they are hidden


def test_each_export_is_in_the_access_log_without_personal_data(exported) -> None:  # type: ignore[no-untyped-def]
    *_, personal, logged = exported
    exports = [(a, e, i) for a, e, i in logged if e == ENTITY]
    assert sorted(a for a, _e, _i in exports) == sorted(ACTIONS.values())
    for _action, _entity, entity_id in exports:
        assert re.fullmatch(r"team:\d{4}-\d{2}-\d{2}:\d{4}-\d{2}-\d{2}", entity_id)
        assert not any(p in entity_id for p in personal)
