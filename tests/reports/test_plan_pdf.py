"""The plan documents, read back with pypdf: what each version contains, the footer, the signature, the font."""

from __future__ import annotations

import datetime as dt
import io
import re
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage
from pypdf import PdfReader
from pypdf.generic import ContentStream

from regie_desktop.domain.plan import Actie, Doel, Inzet, InzetSoort, WieSoort, plan_hash
from regie_desktop.errors import ValidationError
from regie_desktop.reports.plan_pdf import (
    NVT,
    consent_receipt_bytes,
    plan_pdf_bytes,
    printable,
    render_consent_receipt,
    render_plan,
    write_pdf_atomically,
)
from tests.app.factories import BSN_A
from tests.reports.samples import LEEFGEBIEDEN, WITHHELD, WITHHELD_TEXTS, document, doelen, plan_content


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces folded, so wrapped sentences still match."""
    return re.sub(r"\s+", " ", text)


def decompressed(pdf: bytes) -> bytes:
    """The raw file plus every Flate stream inflated: what someone digging through the bytes would see.

    Page text is shown as subset glyph codes, so for content streams pypdf's extraction (through ToUnicode,
    including invisible text) is the real check; this one catches leaks into metadata, outlines, annotations.
    """
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.DOTALL):
        try:
            parts.append(zlib.decompress(match.group(1).rstrip(b"\r\n")))
        except zlib.error:
            parts.append(match.group(1))
    return b"\n".join(parts)


def label(key: str) -> str:
    return dict(LEEFGEBIEDEN)[key]


# --- what the versions contain ---------------------------------------------------------------------------


def test_full_plan_contains_every_doel_actie_and_signer() -> None:
    doc = document()
    text = flat(" ".join(pages_text(plan_pdf_bytes(doc, "volledig"))))
    for doel in doc.plan.doelen:
        assert flat(printable(doel.omschrijving)) in text
        if doel.zes:
            assert doel.zes in text
        for actie in doel.acties:
            assert actie.wat in text
        assert label(doel.leefgebied) in text
    for withheld_text in WITHHELD_TEXTS:  # positive control for the provider test below
        assert withheld_text in text
    assert "Fatima Jansen" in text and "Test Werker" in text
    assert "Begeleiding individueel (BGI)" in text
    assert BSN_A in text and "09-03-1984" in text  # the full version is the client's own: BSN and birth date
    assert "Het gezin wil eerst rust in de financiën." in text
    assert "Klachtenprocedure" in text and "20 mei 2026" in text  # informatie gegeven, with its date


def test_provider_version_omits_withheld_leefgebieden_entirely() -> None:
    doc = document()
    pdf = plan_pdf_bytes(doc, "aanbieder")
    text = flat(" ".join(pages_text(pdf)))
    raw = decompressed(pdf)
    for withheld_text in WITHHELD_TEXTS:
        assert withheld_text not in text
        assert withheld_text.encode() not in raw
        assert withheld_text.encode("utf-16-be") not in raw
        for word in ("somberheid", "praktijkondersteuner", "piekeren", "Herstelgroep", "Vrijwilliger", "POH-GGZ"):
            assert word not in text and word.encode() not in raw
    # The leefgebieden themselves are listed, as n.v.t.
    for key in WITHHELD:
        assert re.search(rf"{re.escape(label(key))} {re.escape(NVT)}", text), key
    # What is shared is all there, renumbered so no gap shows how much was withheld.
    assert "Schulden op een rij" in text and "Woning behouden" in text and "Twee vaste contacten" in text
    assert "Doel 3 · Sociaal netwerk" in text and "Doel 4" not in text and "Doel 5" not in text
    # No BSN, no date of birth; the age is enough for the provider. No free toelichting when something is withheld.
    assert BSN_A not in text and "09-03-1984" not in text and "01-08-2015" not in text
    assert "42 jaar" in text and "10 jaar" in text
    assert "eerst rust in de financiën" not in text
    assert "Versie voor de aanbieder" in text


def test_provider_version_without_withholding_has_the_whole_plan() -> None:
    text = flat(" ".join(pages_text(plan_pdf_bytes(document(withheld=()), "aanbieder"))))
    for withheld_text in WITHHELD_TEXTS:
        assert withheld_text in text
    assert NVT not in text.replace("(n.v.t. voor de aanbieder)", "")
    assert "Het gezin wil eerst rust in de financiën." in text


def test_provider_version_is_refused_without_consent_to_share_and_writes_nothing() -> None:
    target = io.BytesIO()
    with pytest.raises(ValidationError, match="geen toestemming"):
        render_plan(document(share=False), target, "aanbieder")
    with pytest.raises(ValidationError, match="concept"):
        render_plan(document(signed=False), target, "aanbieder")
    assert target.getvalue() == b""


def test_concept_renders_without_signatures() -> None:
    doc = document(signed=False)
    text = flat(" ".join(pages_text(plan_pdf_bytes(doc))))
    assert "Dit is een concept" in text and "Concept · versie 3" in text
    assert "Delen met de aanbieder" not in text
    with pytest.raises(ValidationError):
        consent_receipt_bytes(doc)


# --- footer, metadata, font ------------------------------------------------------------------------------


def many_doelen(count: int, words: int = 60) -> tuple[Doel, ...]:
    keys = [key for key, _ in LEEFGEBIEDEN]
    long = " ".join(["afspraak"] * words)
    return tuple(
        Doel(
            id=f"d{n}",
            leefgebied=keys[n % len(keys)],
            omschrijving=f"Doel nummer {n}: {long}",
            zes="Goed genoeg is " + long,
            acties=tuple(Actie(f"Persoon {m}", WieSoort.NETWERK, f"Actie {n}.{m} " + long) for m in range(3)),
        )
        for n in range(count)
    )


def test_footer_on_every_page_has_version_date_short_hash_and_page_x_of_y() -> None:
    doc = document(plan_content(many_doelen(12)), withheld=())
    pages = pages_text(plan_pdf_bytes(doc))
    assert len(pages) >= 4
    assert doc.plan_hash == plan_hash(doc.plan)  # the footer shows the hash of exactly this content
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in text
        assert f"Plan versie 3 · 15-06-2026 · SHA-256 {doc.plan_hash[:12]}" in text


def test_metadata_names_no_person() -> None:
    for pdf in (plan_pdf_bytes(document()), plan_pdf_bytes(document(), "aanbieder"), consent_receipt_bytes(document())):
        meta = PdfReader(io.BytesIO(pdf)).metadata
        assert meta is not None
        assert meta.title in ("Plan versie 3", "Toestemming plan versie 3")
        assert meta.author == "Gemeente Zuidbroek"
        values = " ".join(str(v) for v in meta.values())
        assert "Fatima" not in values and "Jansen" not in values and "Werker" not in values


def test_dutch_diacritics_survive_and_ij_ligature_is_written_as_ij() -> None:
    text = flat(" ".join(pages_text(plan_pdf_bytes(document()))))
    for word in ("Financiën", "coördinator", "ëigen", "naïeve", "één", "cliënt", "Cliënt"):
        assert word in text, word
    # Vera has no glyph for the ĳ ligature (U+0133): it is decomposed to the two letters, never a box.
    assert "ijstijd" in text and "ĳ" not in text
    assert printable("ĳsbeer Ĳmuiden") == "ijsbeer IJmuiden"
    assert printable("sneeuwpop ☃") == "sneeuwpop ?"
    assert printable("tab\there\x00") == "tab here"


def test_fonts_are_embedded_subsets() -> None:
    reader = PdfReader(io.BytesIO(plan_pdf_bytes(document())))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]


# --- signatures ------------------------------------------------------------------------------------------


def _operators(page: object, reader: PdfReader) -> list[bytes]:
    content = ContentStream(page.get_contents(), reader)  # type: ignore[attr-defined]
    return [bytes(op) for _, op in content.operations]


def test_signatures_are_vector_paths_not_images(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (300, 120), (45, 95, 138)).save(logo)
    doc = replace(document(), logo_path=logo)
    reader = PdfReader(io.BytesIO(plan_pdf_bytes(doc)))
    last = reader.pages[-1]
    assert "Fatima Jansen" in last.extract_text()
    ops = _operators(last, reader)
    points = sum(len(s) for s in doc.consent.client_signature.strokes + doc.consent.worker_signature.strokes)  # type: ignore[union-attr]
    assert ops.count(b"l") >= points - 2  # one lineTo per captured point after the first of each stroke
    assert b"m" in ops and b"S" in ops
    assert b"Do" not in ops  # no image or form XObject drawn on the signature page
    assert len(last.images) == 0
    assert len(reader.pages[0].images) == 1  # the logo, the only bitmap in the document


def test_an_unreadable_logo_is_left_out(tmp_path: Path) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>", encoding="utf-8")
    reader = PdfReader(io.BytesIO(plan_pdf_bytes(replace(document(), logo_path=svg))))
    assert len(reader.pages[0].images) == 0
    assert "Gemeente Zuidbroek" in reader.pages[0].extract_text()


# --- consent receipt and writing -------------------------------------------------------------------------


def test_consent_receipt_shows_choices_hash_and_signers() -> None:
    doc = document()
    target = io.BytesIO()
    render_consent_receipt(doc, target)
    pages = pages_text(target.getvalue())
    assert len(pages) == 1
    text = flat(pages[0])
    assert "Bewijs van toestemming" in text
    assert "Fatima Jansen" in text and "Test Werker" in text
    assert doc.plan_hash in text.replace(" ", "")
    assert "Tijdsbesteding, Geestelijke gezondheid" in text
    assert "pagina 1 van 1" in text
    for withheld_text in WITHHELD_TEXTS:  # the receipt names leefgebieden, never plan texts
        assert withheld_text not in text


def test_write_pdf_atomically_replaces_whole_files_only(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    pdf = plan_pdf_bytes(document())
    write_pdf_atomically(target, pdf)
    assert target.read_bytes() == pdf
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]
    with pytest.raises(OSError):
        write_pdf_atomically(tmp_path / "missing" / "plan.pdf", pdf)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_full_plan_renders_quickly_enough_for_the_benchmark_shape() -> None:
    """10 doelen, 30 acties, 2 signatures: the shape of the plan_pdf_s benchmark (<= 0.5 s there)."""
    import time

    doc = document(plan_content(many_doelen(10, words=12)))
    plan_pdf_bytes(doc)  # fonts registered, caches warm
    start = time.perf_counter()
    plan_pdf_bytes(doc)
    assert time.perf_counter() - start < 2.0  # generous here: CI machines vary; the benchmark holds the real line


# --- random plans ----------------------------------------------------------------------------------------

_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("ëéïöĳ €–<>&'\""),
    min_size=1,
    max_size=400,
).filter(lambda s: s.strip() != "")
_KEYS = st.sampled_from([key for key, _ in LEEFGEBIEDEN])


@st.composite
def random_doelen(draw: st.DrawFn) -> tuple[Doel, ...]:
    count = draw(st.integers(1, 12))
    out = []
    for n in range(count):
        acties = draw(
            st.lists(
                st.builds(
                    Actie,
                    wie=_TEXT,
                    wie_soort=st.sampled_from(list(WieSoort)),
                    wat=_TEXT,
                    wanneer=st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2030, 12, 31)),
                ),
                max_size=4,
            )
        )
        inzet = draw(st.lists(st.builds(Inzet, soort=st.just(InzetSoort.VOORVELD), omschrijving=_TEXT), max_size=2))
        out.append(
            Doel(
                id=f"d{n}",
                leefgebied=draw(_KEYS),
                omschrijving=draw(_TEXT),
                zes=draw(st.text(max_size=300)),
                acties=tuple(acties),
                inzet=tuple(inzet),
            )
        )
    return tuple(out)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=random_doelen(), withheld=st.lists(_KEYS, max_size=3, unique=True))
def test_random_plans_always_render_with_a_sensible_page_count(items: tuple[Doel, ...], withheld: list[str]) -> None:
    doc = document(plan_content(items), withheld=tuple(sorted(withheld)))
    full = pages_text(plan_pdf_bytes(doc))
    provider = pages_text(plan_pdf_bytes(doc, "aanbieder"))
    one = pages_text(plan_pdf_bytes(document(plan_content(items[:1]), withheld=())))
    chars = sum(len(d.omschrijving) + len(d.zes) + sum(len(a.wat) + len(a.wie) for a in d.acties) for d in items)
    assert 1 <= len(one) <= len(full) <= 2 + len(items) + chars // 800
    # Less text, but the overview lists withheld leefgebieden (n.v.t.) and keep-together breaks may shift.
    assert len(provider) <= len(full) + 1
    for number, text in enumerate(full, start=1):
        assert f"pagina {number} van {len(full)}" in text


def test_sample_doelen_cover_every_withheld_leefgebied() -> None:
    """Guards the fixtures: the Plan B tests only mean something if the withheld leefgebieden have doelen."""
    assert set(WITHHELD) <= {d.leefgebied for d in doelen()}


def test_a_doel_longer_than_a_page_starts_under_its_heading() -> None:
    """A heading never stays behind alone at the bottom of a page, and a long doel does not leave a blank page."""
    long = Doel(
        id="lang",
        leefgebied="financien",
        omschrijving="Lang doel " + "x" * 300,
        zes="y" * 300,
        acties=(Actie("Fatima Jansen", WieSoort.CLIENT, "stap " * 900),),
    )
    pages = pages_text(plan_pdf_bytes(document(plan_content((long,)), withheld=())))
    first = flat(pages[0])
    assert "Doelen en afspraken" in first and "Doel 1 · Financiën" in first and "Lang doel" in first
    assert len(pages) == 3


def test_printable_keeps_line_breaks_once() -> None:
    assert printable("regel 1\r\nregel 2\rregel 3") == "regel 1\nregel 2\nregel 3"


def _first_lines(pdf: bytes) -> list[tuple[str, float]]:
    """The first texts drawn on page 1 with their font size, top to bottom."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            found.append((text.strip(), size))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found[:3]


def test_header_without_a_gemeente_starts_with_the_team_not_an_empty_line() -> None:
    with_gemeente = _first_lines(plan_pdf_bytes(document()))
    assert with_gemeente[:2] == [("Gemeente Zuidbroek", 12.0), ("Sociaal wijkteam", 8.5)]
    without = _first_lines(plan_pdf_bytes(replace(document(), gemeente="")))
    assert without[:2] == [("Sociaal wijkteam", 12.0), ("Plan", 19.0)]
    receipt = _first_lines(consent_receipt_bytes(replace(document(), gemeente="  ")))
    assert receipt[0] == ("Sociaal wijkteam", 12.0)
