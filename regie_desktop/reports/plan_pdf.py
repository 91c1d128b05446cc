"""The plan as PDF (full and provider version) and the consent receipt for the client, with reportlab platypus.

What each version shows, and why:

- **volledig** (for the client and the dossier): everything in ``PlanDocument``: persons with date of birth
  and BSN, all doelen, the plan-level toelichting, the information given, the consent and both signatures.
- **aanbieder** (Plan B): only what the provider needs to do the work. Persons show name, role and age in
  years (a provider plans differently for a child of 8 than for a teenager) but no BSN and no date of birth:
  the provider gets the BSN through the backoffice order, not through the plan. Doelen of withheld leefgebieden
  are not rendered at all, so their text is absent from the file (not hidden, not white, not clipped); the
  overview lists those leefgebieden as "n.v.t.". Doelen are renumbered so gaps do not reveal how many were
  withheld. The plan-level toelichting is free text that may speak about a withheld leefgebied, so it is left
  out whenever something is withheld. Refused when the client did not consent to sharing.

Every page has the footer "Plan versie N · datum · SHA-256 <12 hex> · pagina x van y", so a printed page can be
matched with the stored version. Signatures are drawn from the captured strokes as vector paths. The font is
Bitstream Vera, shipped inside reportlab, embedded as a subset; characters it lacks are decomposed (ĳ -> ij)
or replaced by '?'. PDF metadata carries no personal names: the title is "Plan versie N".

Everything is rendered into memory first; ``write_pdf_atomically`` puts finished bytes on disk in one step.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Literal
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from regie_desktop.domain.consent import Consent, Signature, SignerRole
from regie_desktop.domain.plan import Doel, InzetSoort, WieSoort
from regie_desktop.errors import ValidationError
from regie_desktop.reports.document_model import PlanDocument
from regie_desktop.store.atomic import write_atomic

Variant = Literal["volledig", "aanbieder"]

FONT = "RegieVera"
FONT_BOLD = "RegieVera-Bold"
FONT_ITALIC = "RegieVera-Italic"
FONT_BOLD_ITALIC = "RegieVera-BoldItalic"

PAGE_MARGIN = 20 * mm
FRAME_PADDING = 6  # reportlab's default Frame padding (points) on each side
TOP_MARGIN = 18 * mm
BOTTOM_MARGIN = 22 * mm
USABLE = A4[0] - 2 * PAGE_MARGIN - 2 * FRAME_PADDING  # width flowables get inside the frame
FRAME_HEIGHT = A4[1] - TOP_MARGIN - BOTTOM_MARGIN - 2 * FRAME_PADDING
SIGNATURE_BOX = (70 * mm, 24 * mm)
STROKE_UNIT = 0.1 * mm  # the strokes are in tenths of a millimetre
NVT = "n.v.t."
_LOCAL = ZoneInfo("Europe/Amsterdam")

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#2d5f8a")
RULE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#eef2f6")

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_ROLLEN = {
    SignerRole.CLIENT: "Cliënt",
    SignerRole.WETTELIJK_VERTEGENWOORDIGER: "Wettelijk vertegenwoordiger",
    SignerRole.WERKER: "Sociaal werker",
}
_WIE = {
    WieSoort.CLIENT: "cliënt",
    WieSoort.HUISHOUDEN: "huishouden",
    WieSoort.NETWERK: "netwerk",
    WieSoort.WERKER: "sociaal werker",
    WieSoort.VOORVELD: "voorveld",
    WieSoort.AANBIEDER: "aanbieder",
}
_INZET = {
    InzetSoort.EIGEN_KRACHT: "Eigen kracht",
    InzetSoort.NETWERK: "Netwerk",
    InzetSoort.VOORVELD: "Voorveld",
    InzetSoort.MAATWERK: "Maatwerk",
}


# --- fonts and text --------------------------------------------------------------------------------------


@cache
def register_fonts() -> frozenset[int]:
    """Register the Vera family from reportlab's own fonts folder once; returns the code points it covers."""
    folder = Path(reportlab.__file__).parent / "fonts"
    files = {FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf", FONT_ITALIC: "VeraIt.ttf", FONT_BOLD_ITALIC: "VeraBI.ttf"}
    for name, filename in files.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    face = pdfmetrics.getFont(FONT)
    assert isinstance(face, TTFont)
    return frozenset(face.face.charToGlyph)


def printable(text: str) -> str:
    """``text`` limited to what the font can draw: decomposed where possible (ĳ -> ij, ŀ -> l·), else '?'."""
    covered = register_fonts()
    out: list[str] = []
    for ch in text.replace("\r\n", "\n"):
        if ch == "\n" or ord(ch) in covered:
            out.append(ch)
        elif unicodedata.category(ch).startswith("C") or ch in "\u2028\u2029":
            out.append("\n" if ch in "\r\u2028\u2029" else " " if ch == "\t" else "")
        else:
            parts = unicodedata.normalize("NFKD", ch)
            kept = "".join(c for c in parts if ord(c) in covered and not unicodedata.combining(c))
            out.append(kept or "?")
    return "".join(out)


def _markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, with line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


def long_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def footer_text(doc: PlanDocument) -> str:
    return f"Plan versie {doc.version} · {short_date(doc.datum)} · SHA-256 {doc.plan_hash[:12]}"


# --- styles ----------------------------------------------------------------------------------------------


class _Styles:
    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=12)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=FONT_BOLD, textColor=MUTED)
        self.gemeente = ParagraphStyle("gemeente", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=19, leading=24, textColor=ACCENT, spaceBefore=4
        )
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED)
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=10, keepWithNext=1
        )
        self.label = ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=8.5, textColor=MUTED)


# --- flowables -------------------------------------------------------------------------------------------


class SignatureDrawing(Flowable):
    """The captured strokes as one vector path, at natural size when they fit the box, else scaled down."""

    def __init__(self, signature: Signature, width: float = SIGNATURE_BOX[0], height: float = SIGNATURE_BOX[1]):
        super().__init__()
        self.signature = signature
        self.box_width = width
        self.box_height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.box_width = min(self.box_width, availWidth)
        return self.box_width, self.box_height

    def draw(self) -> None:
        canv = self.canv
        points = [p for stroke in self.signature.strokes for p in stroke]
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(0, 2, self.box_width, 2)  # the line one signs on
        if points:
            min_x, max_x = min(p.x for p in points), max(p.x for p in points)
            min_y, max_y = min(p.y for p in points), max(p.y for p in points)
            inner_w, inner_h = self.box_width - 4, self.box_height - 6
            width = max(max_x - min_x, 1) * STROKE_UNIT
            height = max(max_y - min_y, 1) * STROKE_UNIT
            scale = min(1.0, inner_w / width, inner_h / height) * STROKE_UNIT
            left = 2 + (inner_w - (max_x - min_x) * scale) / 2
            top = 4 + inner_h - (inner_h - (max_y - min_y) * scale) / 2

            def at(x: int, y: int) -> tuple[float, float]:
                return left + (x - min_x) * scale, top - (y - min_y) * scale

            path = canv.beginPath()
            for stroke in self.signature.strokes:
                if not stroke:
                    continue
                path.moveTo(*at(stroke[0].x, stroke[0].y))
                if len(stroke) == 1:  # a dot: a zero-length line with a round cap
                    x, y = at(stroke[0].x, stroke[0].y)
                    path.lineTo(x + 0.01, y)
                for p in stroke[1:]:
                    path.lineTo(*at(p.x, p.y))
            canv.setStrokeColor(colors.HexColor("#16324f"))
            canv.setLineWidth(1.1)
            canv.setLineCap(1)
            canv.setLineJoin(1)
            canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()


class _NumberedCanvas(Canvas):
    """Holds every page until the end so the footer can say 'pagina x van y'."""

    def __init__(self, *args: Any, footer: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # what Canvas.showPage does after emitting a page

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        register_fonts()
        width, _ = A4
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        left, right = PAGE_MARGIN + FRAME_PADDING, width - PAGE_MARGIN - FRAME_PADDING
        self.line(left, 14 * mm, right, 14 * mm)
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        self.drawString(left, 9.5 * mm, self._footer)
        self.drawRightString(right, 9.5 * mm, f"pagina {number} van {total}")
        self.restoreState()


def _canvas_maker(footer: str) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, footer=footer, **kwargs)

    return make


# --- building blocks -------------------------------------------------------------------------------------


def _table(rows: Sequence[Sequence[Any]], widths: Sequence[float], header: bool = True) -> Table:
    table = Table([list(r) for r in rows], colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1)
    style: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # else each cell selects Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    table.setStyle(TableStyle(style))
    return table


def _header(doc: PlanDocument, st: _Styles, title: str, subtitle: str) -> list[Flowable]:
    if doc.gemeente.strip():
        left: list[Flowable] = [Paragraph(_markup(doc.gemeente), st.gemeente), Paragraph("Sociaal wijkteam", st.small)]
    else:  # no municipality configured: the team is the sender, not an empty bold line above it
        left = [Paragraph("Sociaal wijkteam", st.gemeente)]
    logo: Flowable = _logo(doc.logo_path) or Spacer(1, 1)
    top = Table([[left, logo]], colWidths=[USABLE - 50 * mm, 50 * mm])
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else each cell selects Helvetica
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [top, Spacer(1, 6 * mm), Paragraph(_markup(title), st.title), Paragraph(_markup(subtitle), st.subtitle)]


def _logo(path: Path | None) -> Image | None:
    """The municipality's logo scaled into 45 x 18 mm, or None when it cannot be read as a bitmap.

    Policy allows SVG as well; reportlab only reads bitmaps, so an SVG (or a broken file) is left out rather
    than blocking the plan: the caller converts SVG to PNG when it wants the logo shown.
    """
    if path is None:
        return None
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # reportlab raises plain Exceptions and PIL errors for unreadable images
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(45 * mm / width, 18 * mm / height)
    return Image(str(path), width=width * scale, height=height * scale, hAlign="RIGHT")


def _status_line(doc: PlanDocument) -> str:
    if doc.consent is None:
        return f"Concept · versie {doc.version}"
    return f"Versie {doc.version} · ondertekend op {long_date(doc.datum)}"


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _household(doc: PlanDocument, st: _Styles, variant: Variant) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Huishouden", st.h2)]
    if variant == "volledig":
        rows: list[list[Any]] = [[Paragraph(h, st.cell_head) for h in ("Naam", "Rol", "Geboortedatum", "BSN")]]
        for p in doc.personen:
            rows.append(
                [
                    Paragraph(_markup(p.naam), st.cell),
                    Paragraph(_markup(p.rol), st.cell),
                    Paragraph(short_date(p.geboortedatum) if p.geboortedatum else "–", st.cell),
                    Paragraph(_markup(p.bsn or "–"), st.cell),
                ]
            )
        widths = [USABLE * 0.42, USABLE * 0.2, USABLE * 0.2, USABLE * 0.18]
    else:
        rows = [[Paragraph(h, st.cell_head) for h in ("Naam", "Rol", "Leeftijd")]]
        for p in doc.personen:
            age = f"{_age(p.geboortedatum, doc.datum)} jaar" if p.geboortedatum else "–"
            rows.append(
                [Paragraph(_markup(p.naam), st.cell), Paragraph(_markup(p.rol), st.cell), Paragraph(age, st.cell)]
            )
        widths = [USABLE * 0.5, USABLE * 0.25, USABLE * 0.25]
    out.append(_table(rows, widths))
    facts = [
        ("Adres", doc.adres),
        ("Sociaal werker", doc.werker_naam + (f" · {doc.werker_team}" if doc.werker_team else "")),
    ]
    if doc.plan.tussenevaluatie is not None:
        facts.append(("Tussenevaluatie", long_date(doc.plan.tussenevaluatie)))
    out.append(Spacer(1, 3 * mm))
    out.append(
        _table(
            [[Paragraph(k, st.label), Paragraph(_markup(v), st.cell)] for k, v in facts],
            [USABLE * 0.25, USABLE * 0.75],
            header=False,
        )
    )
    return out


def _overview(doc: PlanDocument, st: _Styles, shown: Sequence[Doel], variant: Variant) -> list[Flowable]:
    rows: list[list[Any]] = [[Paragraph("Leefgebied", st.cell_head), Paragraph("Doelen in dit plan", st.cell_head)]]
    for key in doc.leefgebied_order():
        if variant == "aanbieder" and key in doc.withheld:
            value = NVT
        else:
            count = sum(1 for d in shown if d.leefgebied == key)
            if count == 0:
                continue
            value = "1 doel" if count == 1 else f"{count} doelen"
        rows.append([Paragraph(_markup(doc.label(key)), st.cell), Paragraph(value, st.cell)])
    if len(rows) == 1:
        rows.append([Paragraph("Nog geen doelen", st.cell), Paragraph("–", st.cell)])
    return [Paragraph("Overzicht per leefgebied", st.h2), _table(rows, [USABLE * 0.6, USABLE * 0.4])]


def _doel(number: int, doel: Doel, doc: PlanDocument, st: _Styles) -> list[Flowable]:
    head = Paragraph(f"Doel {number} · {_markup(doc.label(doel.leefgebied))}", st.h3)
    first: list[Flowable] = [head, Paragraph(_markup(doel.omschrijving), st.body)]
    if doel.zes:
        first.append(Spacer(1, 2 * mm))
        first.append(Paragraph(f"<font name='{FONT_BOLD}'>Goed genoeg (de 6):</font> {_markup(doel.zes)}", st.body))
    out: list[Flowable] = list(first)
    if doel.acties:
        rows: list[list[Any]] = [[Paragraph(h, st.cell_head) for h in ("Wie", "Wat", "Wanneer")]]
        for a in doel.acties:
            wie = f"{_markup(a.wie)}<br/><font size='7.5' color='#52606d'>{_WIE[a.wie_soort]}</font>"
            wanneer = short_date(a.wanneer) if a.wanneer else "zo snel mogelijk"
            rows.append([Paragraph(wie, st.cell), Paragraph(_markup(a.wat), st.cell), Paragraph(wanneer, st.cell)])
        out += [Spacer(1, 2 * mm), _table(rows, [USABLE * 0.25, USABLE * 0.55, USABLE * 0.2])]
    for item in doel.inzet:
        code = f" ({_markup(item.productcode)})" if item.productcode else ""
        out.append(
            Paragraph(
                f"<font name='{FONT_BOLD}'>Inzet:</font> {_INZET[item.soort]} · {_markup(item.omschrijving)}{code}",
                ParagraphStyle("inzet", parent=st.body, spaceBefore=3),
            )
        )
    # A doel that fits on a page stays on one page; a longer one starts at once (heading kept with its text).
    height = sum(f.wrap(USABLE, FRAME_HEIGHT)[1] for f in out)
    if height <= FRAME_HEIGHT * 0.8:
        return [KeepTogether(out)]
    return [KeepTogether(out[: len(first)]), *out[len(first) :]]


def _informatie(doc: PlanDocument, st: _Styles, variant: Variant) -> list[Flowable]:
    if not doc.informatie_gegeven:
        return []
    who = "u" if variant == "volledig" else "de cliënt"
    rows: list[list[Any]] = [[Paragraph("Onderwerp", st.cell_head), Paragraph("Uitgelegd op", st.cell_head)]]
    for item in doc.informatie_gegeven:
        rows.append([Paragraph(_markup(item.onderwerp), st.cell), Paragraph(long_date(item.datum), st.cell)])
    return [
        KeepTogether(
            [
                Paragraph("Informatie gegeven", st.h2),
                Paragraph(f"De sociaal werker heeft het volgende met {who} besproken:", st.body),
                Spacer(1, 2 * mm),
                _table(rows, [USABLE * 0.6, USABLE * 0.4]),
            ]
        )
    ]


def _consent_facts(doc: PlanDocument, consent: Consent, st: _Styles) -> Table:
    if not consent.share_with_provider:
        withheld = "Het plan wordt niet met de aanbieder gedeeld."
    elif consent.withheld_leefgebieden:
        withheld = ", ".join(doc.label(k) for k in consent.withheld_leefgebieden)
    else:
        withheld = "Geen: het hele plan wordt gedeeld."
    facts = [
        ("Delen met de aanbieder", "Ja" if consent.share_with_provider else "Nee"),
        ("Niet gedeeld (n.v.t. voor de aanbieder)", withheld),
        ("Toestemming gegevensverwerking", "Ja" if consent.data_processing_consent else "Nee"),
    ]
    return _table(
        [[Paragraph(k, st.label), Paragraph(_markup(v), st.cell)] for k, v in facts],
        [USABLE * 0.4, USABLE * 0.6],
        header=False,
    )


def _signatures(consent: Consent, st: _Styles) -> Table:
    cells = []
    for sig in (consent.client_signature, consent.worker_signature):
        signed = sig.signed_at.astimezone(_LOCAL)
        cells.append(
            [
                SignatureDrawing(sig),
                Paragraph(_markup(sig.signer_name), ParagraphStyle("signame", parent=st.body, fontName=FONT_BOLD)),
                Paragraph(f"{_ROLLEN[sig.role]} · {long_date(signed.date())}, {signed:%H:%M}", st.small),
            ]
        )
    table = Table([cells], colWidths=[USABLE / 2, USABLE / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else each cell selects Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _consent_block(doc: PlanDocument, st: _Styles, variant: Variant) -> list[Flowable]:
    consent = doc.consent
    if consent is None:
        return [
            Paragraph("Toestemming en ondertekening", st.h2),
            Paragraph("Dit is een concept. Het plan is nog niet ondertekend.", st.body),
        ]
    intro = (
        "Cliënt en sociaal werker hebben dit plan samen opgesteld en met hun handtekening bevestigd. "
        "De handtekeningen horen bij precies deze versie: de SHA-256-code onderaan elke pagina."
    )
    block: list[Flowable] = [Paragraph("Toestemming en ondertekening", st.h2), Paragraph(intro, st.body)]
    block += [Spacer(1, 3 * mm), _consent_facts(doc, consent, st), Spacer(1, 6 * mm), _signatures(consent, st)]
    return [KeepTogether(block)]


def _build(story: list[Flowable], doc: PlanDocument, title: str, subject: str) -> bytes:
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=printable(doc.gemeente),
        subject=subject,
        creator="Regie",
        lang="nl-NL",
        # Without these the canvas starts in Helvetica and references it, unembedded, on every page.
        initialFontName=FONT,
        initialFontSize=9.5,
    )
    template.build(story, canvasmaker=_canvas_maker(printable(footer_text(doc))))
    return buffer.getvalue()


# --- public API ------------------------------------------------------------------------------------------


def shown_doelen(doc: PlanDocument, variant: Variant) -> list[Doel]:
    """The doelen a version contains: all for 'volledig', those outside the withheld leefgebieden otherwise."""
    if variant == "volledig":
        return list(doc.plan.doelen)
    return [d for d in doc.plan.doelen if d.leefgebied not in doc.withheld]


def plan_pdf_bytes(doc: PlanDocument, variant: Variant = "volledig") -> bytes:
    """The plan as a finished PDF in memory; a ValidationError for a provider version that may not exist."""
    if variant not in ("volledig", "aanbieder"):
        raise ValueError(f"unknown variant {variant!r}")
    if variant == "aanbieder":
        if doc.consent is None:
            raise ValidationError("Alleen een ondertekend plan kan naar de aanbieder; dit plan is nog een concept.")
        if not doc.consent.share_with_provider:
            raise ValidationError("De cliënt heeft geen toestemming gegeven om het plan met de aanbieder te delen.")
    st = _Styles()
    subtitle = "Versie voor de aanbieder" if variant == "aanbieder" else "Plan van cliënt en sociaal werker"
    story = _header(doc, st, "Plan", f"{subtitle} · {_status_line(doc)}")
    story += _household(doc, st, variant)
    doelen = shown_doelen(doc, variant)
    story += _overview(doc, st, doelen, variant)
    story.append(Paragraph("Doelen en afspraken", st.h2))
    if not doelen:
        story.append(Paragraph("Er zijn geen doelen in deze versie.", st.body))
    for number, doel in enumerate(doelen, start=1):
        story += _doel(number, doel, doc, st)
    if doc.plan.toelichting and (variant == "volledig" or not doc.withheld):
        story += [Paragraph("Toelichting", st.h2), Paragraph(_markup(doc.plan.toelichting), st.body)]
    story += _informatie(doc, st, variant)
    story += _consent_block(doc, st, variant)
    subject = "Plan, versie voor de aanbieder" if variant == "aanbieder" else "Plan"
    return _build(story, doc, f"Plan versie {doc.version}", subject)


def render_plan(doc: PlanDocument, target: BinaryIO, variant: Variant = "volledig") -> None:
    """Write the plan PDF to ``target``; rendered completely in memory first, so a failure writes nothing."""
    target.write(plan_pdf_bytes(doc, variant))


def consent_receipt_bytes(doc: PlanDocument) -> bytes:
    """A one-page receipt for the client: what they agreed to share, for which version, and the signatures."""
    consent = doc.consent
    if consent is None:
        raise ValidationError("Er is nog geen toestemming gegeven voor dit plan; onderteken het plan eerst.")
    st = _Styles()
    story = _header(doc, st, "Bewijs van toestemming", f"Bij plan versie {doc.version} · {long_date(doc.datum)}")
    story += [
        Paragraph("Waarvoor u toestemming gaf", st.h2),
        Paragraph(
            "U heeft samen met uw sociaal werker een plan gemaakt en ondertekend. Hieronder staat wat u heeft "
            "afgesproken over het delen van uw plan. U kunt uw keuze altijd wijzigen of uw toestemming intrekken: "
            f"neem daarvoor contact op met {_markup(doc.werker_naam)}"
            + (f" ({_markup(doc.werker_team)})." if doc.werker_team else "."),
            st.body,
        ),
        Spacer(1, 3 * mm),
        _consent_facts(doc, consent, st),
        Paragraph("Bij welke versie", st.h2),
        _table(
            [
                [Paragraph("Plan", st.label), Paragraph(f"Versie {doc.version}", st.cell)],
                [Paragraph("Controlecode (SHA-256)", st.label), Paragraph(doc.plan_hash, st.cell)],
            ],
            [USABLE * 0.3, USABLE * 0.7],
            header=False,
        ),
        Spacer(1, 2 * mm),
        Paragraph("Met de controlecode kan iedereen nagaan dat het plan na ondertekening niet is veranderd.", st.small),
        KeepTogether([Paragraph("Handtekeningen", st.h2), _signatures(consent, st)]),
    ]
    return _build(story, doc, f"Toestemming plan versie {doc.version}", "Bewijs van toestemming")


def render_consent_receipt(doc: PlanDocument, target: BinaryIO) -> None:
    target.write(consent_receipt_bytes(doc))


def write_pdf_atomically(path: Path, data: bytes) -> None:
    """Put finished PDF bytes at ``path`` in one step (temp file + rename): never a half-written document."""
    write_atomic(path, data)
