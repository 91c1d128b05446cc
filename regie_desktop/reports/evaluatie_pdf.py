"""The evaluation for the client as PDF: what was reached per doel, the ZRM then and now, and how it goes on.

Written for the client in plain language (B1): short sentences, "u" and "we", no jargon without its meaning.
It never shows what was marked "alleen voor professionals" and nothing from the contactjournaal; no BSN or date
of birth either, so it can be handed over or sent as it is. The house style is the plan's (``plan_pdf``):
the Vera fonts embedded, the municipality's name at the top, and the footer "pagina x van y".
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from regie_desktop.reports.plan_pdf import (
    ACCENT,
    BOTTOM_MARGIN,
    FONT,
    FONT_BOLD,
    PAGE_MARGIN,
    TOP_MARGIN,
    USABLE,
    _canvas_maker,
    _markup,
    _Styles,
    _table,
    long_date,
    printable,
    short_date,
)

UITKOMST_ZIN = {
    "Bereikt": "Gelukt",
    "Deels bereikt": "Voor een deel gelukt",
    "Niet bereikt": "Nog niet gelukt",
}


@dataclass(frozen=True)
class DoelUitkomst:
    leefgebied: str
    omschrijving: str
    zes: str
    uitkomst: str
    """The Dutch label of the uitkomst ("Bereikt", ...), empty when the doel was not evaluated."""
    toelichting: str


@dataclass(frozen=True)
class ZrmRegel:
    leefgebied: str
    eerste: int | None
    laatste: int | None


@dataclass(frozen=True)
class EvaluatieDocument:
    gemeente: str
    client_naam: str
    werker_naam: str
    werker_team: str
    plan_version: int
    aanmelddatum: dt.date
    datum: dt.date
    evaluatie_soort: str
    """"eindevaluatie", "tussenevaluatie" or "" (not evaluated yet)."""
    evaluatie_datum: dt.date | None
    doelen: tuple[DoelUitkomst, ...]
    zrm: tuple[ZrmRegel, ...] = ()
    zrm_eerste: dt.date | None = None
    zrm_laatste: dt.date | None = None
    uitkomst: str = ""
    """"afgesloten", "waakvlam", "overdracht" or "" (still running)."""
    waakvlam_weken: int | None = None
    overdracht_aan: str = ""


def footer_text(doc: EvaluatieDocument) -> str:
    return f"Evaluatie bij plan versie {doc.plan_version} · {short_date(doc.datum)}"


def _header(doc: EvaluatieDocument, st: _Styles) -> list[Flowable]:
    sender = doc.gemeente.strip() or "Sociaal wijkteam"
    top = Table(
        [[[Paragraph(_markup(sender), st.gemeente), Paragraph("Sociaal wijkteam" if doc.gemeente else "", st.small)]]],
        colWidths=[USABLE],
    )
    top.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    soort = {"eindevaluatie": "Eindevaluatie", "tussenevaluatie": "Tussenevaluatie"}.get(doc.evaluatie_soort, "")
    when = f" van {long_date(doc.evaluatie_datum)}" if doc.evaluatie_datum else ""
    subtitle = (
        f"{soort}{when} · bij uw plan, versie {doc.plan_version}"
        if soort
        else f"Bij uw plan, versie {doc.plan_version}"
    )
    return [
        top,
        Spacer(1, 6 * mm),
        Paragraph("Wat we samen hebben bereikt", st.title),
        Paragraph(_markup(subtitle), st.subtitle),
    ]


def _intro(doc: EvaluatieDocument, st: _Styles) -> list[Flowable]:
    naam = f"Beste {_markup(doc.client_naam)}," if doc.client_naam else "Beste lezer,"
    return [
        Spacer(1, 4 * mm),
        Paragraph(naam, st.body),
        Spacer(1, 2 * mm),
        Paragraph(
            f"Sinds {long_date(doc.aanmelddatum)} werken we samen aan uw plan. In deze brief staat wat we samen "
            "hebben bekeken: wat is gelukt, wat nog niet, en hoe het verder gaat. Klopt er iets niet? "
            "Laat het ons weten.",
            st.body,
        ),
    ]


def _doelen(doc: EvaluatieDocument, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Uw doelen", st.h2)]
    if not doc.doelen:
        return [*out, Paragraph("Er staan geen doelen in uw plan.", st.body)]
    for n, d in enumerate(doc.doelen, start=1):
        block: list[Flowable] = [
            Paragraph(f"Doel {n} · {_markup(d.leefgebied)}", st.h3),
            Paragraph(_markup(d.omschrijving), st.body),
        ]
        if d.zes:
            block.append(
                Paragraph(f"<font name='{FONT_BOLD}'>Wat we goed genoeg vonden:</font> {_markup(d.zes)}", st.body)
            )
        zin = UITKOMST_ZIN.get(d.uitkomst, "Nog niet besproken")
        block.append(
            Paragraph(
                f"<font name='{FONT_BOLD}'>Hoe ging het:</font> {_markup(zin)}",
                ParagraphStyle("u", parent=st.body, spaceBefore=3),
            )
        )
        if d.toelichting:
            block.append(Paragraph(_markup(d.toelichting), st.body))
        out.append(KeepTogether(block))
    return out


def _zrm(doc: EvaluatieDocument, st: _Styles) -> list[Flowable]:
    if not doc.zrm or doc.zrm_eerste is None or doc.zrm_laatste is None:
        return []
    rows: list[list[Any]] = [
        [
            Paragraph("Onderwerp", st.cell_head),
            Paragraph(f"Eerste keer ({short_date(doc.zrm_eerste)})", st.cell_head),
            Paragraph(f"Laatste keer ({short_date(doc.zrm_laatste)})", st.cell_head),
            Paragraph("Verschil", st.cell_head),
        ]
    ]
    for r in doc.zrm:
        if r.eerste is not None and r.laatste is not None:
            diff = r.laatste - r.eerste
            change = "beter" if diff > 0 else "minder" if diff < 0 else "gelijk"
            change = f"{diff:+d} ({change})" if diff else change
        else:
            change = "–"
        rows.append(
            [
                Paragraph(_markup(r.leefgebied), st.cell),
                Paragraph("–" if r.eerste is None else str(r.eerste), st.cell),
                Paragraph("–" if r.laatste is None else str(r.laatste), st.cell),
                Paragraph(change, st.cell),
            ]
        )
    return [
        Paragraph("Hoe redt u zich nu?", st.h2),
        Paragraph(
            "We hebben twee keer samen gekeken hoe het gaat op verschillende onderwerpen. 1 betekent dat er grote "
            "zorgen zijn, 5 dat het helemaal zelf lukt. Een hoger getal is dus beter.",
            st.body,
        ),
        Spacer(1, 2 * mm),
        _table(rows, [USABLE * 0.46, USABLE * 0.19, USABLE * 0.19, USABLE * 0.16]),
    ]


def _verder(doc: EvaluatieDocument, st: _Styles) -> list[Flowable]:
    contact = _markup(doc.werker_naam) + (f" ({_markup(doc.werker_team)})" if doc.werker_team else "")
    if doc.uitkomst == "waakvlam":
        weken = doc.waakvlam_weken or 0
        how = (
            f"We stoppen met de vaste begeleiding. Wel houden we contact: ongeveer elke {weken} weken nemen we "
            "contact met u op om te horen hoe het gaat."
        )
    elif doc.uitkomst == "overdracht":
        how = (
            f"Uw ondersteuning gaat verder bij {_markup(doc.overdracht_aan)}. We hebben hen verteld wat u al "
            "heeft bereikt, zodat u uw verhaal niet opnieuw hoeft te doen."
        )
    elif doc.uitkomst == "afgesloten":
        how = "We sluiten de ondersteuning af. U kunt het nu zelf, met hulp van de mensen om u heen."
    else:
        how = "We gaan verder met uw plan. Bij het volgende gesprek kijken we opnieuw samen hoe het gaat."
    return [
        KeepTogether(
            [
                Paragraph("Hoe gaat het verder?", st.h2),
                Paragraph(how, st.body),
                Paragraph("Als het weer minder goed gaat", st.h3),
                Paragraph(
                    f"Wacht dan niet te lang. Neem contact op met {contact}. U mag altijd terugkomen, ook als we de "
                    "ondersteuning hebben afgesloten.",
                    st.body,
                ),
            ]
        )
    ]


def evaluatie_pdf_bytes(doc: EvaluatieDocument) -> bytes:
    """The client's evaluation as a finished PDF in memory (nothing is written to disk here)."""
    st = _Styles()
    # A letter for the client reads at a larger size than the plan's dense tables.
    st.body = ParagraphStyle("letter", parent=st.body, fontSize=11, leading=15.5)
    st.cell = ParagraphStyle("letter_cell", parent=st.cell, fontSize=10, leading=13.5)
    st.h3 = ParagraphStyle("letter_h3", parent=st.h3, fontSize=11.5, leading=15)
    story = _header(doc, st) + _intro(doc, st) + _doelen(doc, st) + _zrm(doc, st) + _verder(doc, st)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=f"Evaluatie bij plan versie {doc.plan_version}",
        author=printable(doc.gemeente),
        subject="Evaluatie",
        creator="Regie",
        lang="nl-NL",
        initialFontName=FONT,
        initialFontSize=9.5,
    )
    template.build(story, canvasmaker=_canvas_maker(printable(footer_text(doc))))
    return buffer.getvalue()
