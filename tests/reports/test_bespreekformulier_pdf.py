"""The bespreekformulier PDF read back with pypdf: the labels and reasons are there, no person's details are.

The form is made from demo data (synthetic households with names, BSN, addresses, phone numbers and e-mail)
with every open casus ticked and a question per casus that names the aanvrager and gives a phone number, as
a worker in a hurry might type it. Then every field of every person is looked for in the text and metadata.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from regie_desktop.app.bespreekformulier import Keuze, KeuzeRegel, bespreeklijst, export_pdf
from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.reports.bespreekformulier_pdf import (
    BespreekDocument,
    BespreekPunt,
    bespreekformulier_pdf_bytes,
    punt_heading,
)
from regie_desktop.store.models import Casus, Huishouden, Persoon

DEMO_HOUSEHOLDS = 25


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squashed(text: str) -> str:
    """Without any white space: wrapped lines in a table cell still match."""
    return re.sub(r"\s+", "", text)


def _person_values(service: WorkspaceService) -> tuple[list[str], list[str]]:
    """(values to find as whole words: names and places; values to find anywhere: numbers, e-mail, dates)."""
    words: list[str] = []
    anywhere: list[str] = []
    with service.unit_of_work() as (session, _):
        for p in session.execute(select(Persoon)).scalars():
            full = " ".join(x for x in (p.voornamen, p.tussenvoegsel, p.achternaam) if x)
            words += [full, p.voornamen, p.achternaam, f"{p.voornamen} {p.achternaam}"]
            anywhere += [v for v in (p.bsn, p.telefoon, p.email) if v]
            if p.geboortedatum is not None:
                born = p.geboortedatum
                anywhere += [born.isoformat(), f"{born.day:02d}-{born.month:02d}-{born.year}"]
        for h in session.execute(select(Huishouden)).scalars():
            words += [h.straat, f"{h.straat} {h.huisnummer}", h.woonplaats]
            anywhere += [h.postcode, h.postcode.replace(" ", "")]
        anywhere += [c.hulpvraag for c in session.execute(select(Casus)).scalars() if len(c.hulpvraag) > 12]
    return [w for w in words if len(w.strip()) >= 2], [a for a in anywhere if a.strip()]


@pytest.fixture
def demo_form(service: WorkspaceService) -> tuple[bytes, list[BespreekPunt], WorkspaceService]:
    fill_demo_data(service, DEMO_HOUSEHOLDS, seed=11)
    today = service.today()
    with service.unit_of_work() as (session, actor):
        lijst = bespreeklijst(session, actor, today)
        names = {
            c.id: (f"{p.voornamen} {p.achternaam}", p.telefoon or "06-11223344")
            for c, p in session.execute(
                select(Casus, Persoon).join(Persoon, Persoon.huishouden_id == Casus.huishouden_id)
            ).all()
        }
        regels = tuple(
            KeuzeRegel(
                r.voorstel.casus_id,
                True,
                f"Hoe verder met {names[r.voorstel.casus_id][0]}? Bel {names[r.voorstel.casus_id][1]}.",
            )
            for r in lijst.regels
        )
        keuze = Keuze(today, regels)
        pdf = export_pdf(session, actor, keuze, today)
        from regie_desktop.app.bespreekformulier import bespreek_document

        punten = list(bespreek_document(session, keuze, today).punten)
    return pdf, punten, service


def test_every_casus_label_and_reason_is_on_the_form(demo_form: tuple[bytes, list[BespreekPunt], WorkspaceService]):
    pdf, punten, _ = demo_form
    text = squashed(" ".join(pages_text(pdf)))
    assert len(punten) >= DEMO_HOUSEHOLDS - 5  # the closed casussen of the demo are not offered
    for number, punt in enumerate(punten, start=1):
        assert squashed(punt_heading(number, punt)) in text
        for reden in punt.aanleidingen:
            assert squashed(reden) in text, reden
        assert squashed(punt.vraag) in text


def test_no_name_bsn_address_phone_email_or_birth_date(demo_form: tuple[bytes, list[BespreekPunt], WorkspaceService]):
    pdf, _, service = demo_form
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    flat = re.sub(r"\s+", " ", f"{text} {meta}")
    words, anywhere = _person_values(service)
    assert words and anywhere
    for value in words:
        pattern = r"(?<!\w)" + re.escape(value).replace(r"\ ", r"\s+") + r"(?!\w)"
        assert not re.search(pattern, flat, re.IGNORECASE), f"a name or place is on the form: {value!r}"
    squashed_text = squashed(flat)
    for value in anywhere:
        assert squashed(value) not in squashed_text, "a number, e-mail, date or dossier text is on the form"


def test_header_footer_and_page_numbers() -> None:
    doc = BespreekDocument(
        gemeente="Gemeente Voorbeeld",
        team="Wijkteam Oost",
        datum=dt.date(2026, 12, 8),
        punten=tuple(
            BespreekPunt(f"C-{n:05d}", "A.B.", 30 + n, "Traject", n == 0, (f"Reden {n}",), "") for n in range(9)
        ),
    )
    pages = pages_text(bespreekformulier_pdf_bytes(doc))
    assert len(pages) >= 3
    assert "Teamoverleg dinsdag 8 december 2026 · 9 casussen" in pages[0]
    assert "Gemeente Voorbeeld" in pages[0] and "Wijkteam Oost" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page
        assert "Bespreekformulier · Wijkteam Oost · 08-12-2026" in page
    assert "SPOED" in " ".join(pages)
    reader = PdfReader(io.BytesIO(bespreekformulier_pdf_bytes(doc)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points


def test_an_empty_agenda_says_so() -> None:
    doc = BespreekDocument(gemeente="", team="", datum=dt.date(2026, 12, 8), punten=())
    (page,) = pages_text(bespreekformulier_pdf_bytes(doc))
    assert "Er staan geen casussen op de agenda." in page
    assert "0 casussen" in page
