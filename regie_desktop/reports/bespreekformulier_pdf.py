"""The bespreekformulier as PDF: the agenda of casussen a worker brings to the team meeting, for paper.

It is pseudonymised by construction: ``BespreekDocument`` has no field for a name, address, BSN, phone number,
e-mail or date of birth, so nothing here can print one. A casus is its case label, the aanvrager's initials and
age in years, its phase, why it is on the agenda and the worker's question; below that come ruled lines to
write notes and afspraken on during the meeting. The question is the only free text, and the use case that
builds the document has already replaced the household's names in it by initials.

House style of the plan (``plan_pdf``): A4, the embedded Vera fonts, the municipality and team at the top,
and a footer "Bespreekformulier · team · datum · pagina x van y". The PDF metadata carries no personal data.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
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
    RULE,
    SHADE,
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

NOTE_LINES = 3
"""Ruled lines for aantekeningen per casus: a few sentences in a ten-minute slot; three casussen fit a page."""
AFSPRAAK_LINES = 3
"""Ruled lines for afspraken (wie, wat, wanneer) per casus."""
QUESTION_LINES = 1
"""Ruled lines where the worker had typed no question: they write it by hand."""
LINE_SPACING = 7 * mm  # handwriting needs about 7 mm between lines
LABEL_WIDTH = USABLE * 0.24

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@dataclass(frozen=True)
class BespreekPunt:
    """One casus on the agenda, already pseudonymised.

    ``aanleidingen`` are the reasons in Dutch ("Regiestap 6 te laat …"); ``vraag`` is the worker's question with
    names replaced by initials, empty when none was typed.
    """

    label: str
    initialen: str
    leeftijd: int | None
    fase: str
    spoed: bool
    aanleidingen: tuple[str, ...]
    vraag: str = ""


@dataclass(frozen=True)
class BespreekDocument:
    """Everything the form shows: who sends it (municipality, team), for which meeting, and the casussen."""

    gemeente: str
    team: str
    datum: dt.date
    punten: tuple[BespreekPunt, ...]


def footer_text(doc: BespreekDocument) -> str:
    team = f" · {doc.team}" if doc.team.strip() else ""
    return f"Bespreekformulier{team} · {short_date(doc.datum)} · vertrouwelijk, na het overleg vernietigen"


def meeting_date(day: dt.date) -> str:
    """``"dinsdag 8 december 2026"``: the weekday helps a team that meets on fixed days."""
    return f"{_WEEKDAYS[day.weekday()]} {long_date(day)}"


def punt_heading(number: int, punt: BespreekPunt) -> str:
    """``"1. C-7K3QX · A.d.V. · 42 jaar · Traject"``: how a casus is called in the meeting."""
    parts = [punt.label, punt.initialen or "–"]
    parts.append(f"{punt.leeftijd} jaar" if punt.leeftijd is not None else "leeftijd onbekend")
    parts.append(punt.fase)
    return f"{number}. " + " · ".join(parts)


class RuledLines(Flowable):
    """Empty lines to write on: ``count`` hairlines ``spacing`` apart, the full width given."""

    def __init__(self, count: int, spacing: float = LINE_SPACING) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.count * self.spacing

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        for i in range(self.count):
            y = i * self.spacing + 1
            canv.line(0, y, self.width, y)
        canv.restoreState()


class _FormStyles(_Styles):
    def __init__(self) -> None:
        super().__init__()
        self.punt = ParagraphStyle(
            "punt", parent=self.body, fontName=FONT_BOLD, fontSize=12, leading=15, textColor=ACCENT
        )
        self.h2_loose = ParagraphStyle("h2_loose", parent=self.h2, keepWithNext=0)
        self.reden = ParagraphStyle("reden", parent=self.cell, leftIndent=9, bulletIndent=0)


def _header(doc: BespreekDocument, st: _FormStyles) -> list[Flowable]:
    left: list[Flowable]
    if doc.gemeente.strip():
        left = [Paragraph(_markup(doc.gemeente), st.gemeente), Paragraph("Sociaal wijkteam", st.small)]
    else:
        left = [Paragraph("Sociaal wijkteam", st.gemeente)]
    right = [
        Paragraph("Team", st.label),
        Paragraph(_markup(doc.team.strip() or "–"), st.cell),
    ]
    top = Table([[left, right]], colWidths=[USABLE - 60 * mm, 60 * mm])
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    count = len(doc.punten)
    subtitle = f"Teamoverleg {meeting_date(doc.datum)} · {count} {'casus' if count == 1 else 'casussen'}"
    intro = (
        "Gepseudonimiseerd: elke casus staat hier met zijn casusnummer, de initialen en leeftijd van de aanvrager "
        "en de fase. Er staan geen namen, adressen, BSN, telefoonnummers of e-mailadressen op dit formulier; "
        "schrijf ze er ook niet bij. Vernietig het formulier na het overleg; leg afspraken vast in Regie."
    )
    return [
        top,
        Spacer(1, 6 * mm),
        Paragraph("Bespreekformulier", st.title),
        Paragraph(_markup(subtitle), st.subtitle),
        Spacer(1, 3 * mm),
        Paragraph(intro, st.small),
        Spacer(1, 2 * mm),
    ]


def _row(label: str, content: list[Flowable], st: _FormStyles) -> list[Any]:
    return [Paragraph(label, st.label), content]


def _punt(number: int, punt: BespreekPunt, st: _FormStyles, lead: Sequence[Flowable] = ()) -> Flowable:
    """One casus as a block that stays on one page; ``lead`` (a heading) goes along with it, never alone."""
    spoed = f"   <font name='{FONT_BOLD}' size='9' color='#a61b1b'>SPOED</font>" if punt.spoed else ""
    heading: list[Flowable] = [Paragraph(_markup(punt_heading(number, punt)) + spoed, st.punt)]
    redenen: list[Flowable] = [Paragraph(_markup(text), st.reden, bulletText="•") for text in punt.aanleidingen] or [
        Paragraph("Op verzoek van de sociaal werker", st.cell)
    ]
    vraag: list[Flowable] = (
        [Paragraph(_markup(punt.vraag), st.cell)] if punt.vraag.strip() else [RuledLines(QUESTION_LINES)]
    )
    rows = [
        _row("Aanleiding", redenen, st),
        _row("Vraag aan het team", vraag, st),
        _row("Aantekeningen", [RuledLines(NOTE_LINES)], st),
        _row("Afspraken (wie, wat, wanneer)", [RuledLines(AFSPRAAK_LINES)], st),
    ]
    table = Table(rows, colWidths=[LABEL_WIDTH, USABLE - LABEL_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ]
        )
    )
    return KeepTogether([*lead, *heading, Spacer(1, 1.5 * mm), table, Spacer(1, 6 * mm)])


def _agenda(doc: BespreekDocument, st: _FormStyles) -> list[Flowable]:
    """The whole agenda on the first page, so the chair can plan the meeting at a glance."""
    rows: list[list[Any]] = [[Paragraph(h, st.cell_head) for h in ("Nr", "Casus", "Fase", "Aanleiding")]]
    for number, punt in enumerate(doc.punten, start=1):
        age = f"{punt.leeftijd} jaar" if punt.leeftijd is not None else "–"
        casus = _markup(" · ".join((punt.label, punt.initialen or "–", age)))
        if punt.spoed:
            casus += f"<br/><font name='{FONT_BOLD}' size='7.5' color='#a61b1b'>SPOED</font>"
        rows.append(
            [
                Paragraph(str(number), st.cell),
                Paragraph(casus, st.cell),
                Paragraph(_markup(punt.fase), st.cell),
                Paragraph(
                    "<br/>".join(_markup(t) for t in punt.aanleidingen) or "Op verzoek van de sociaal werker", st.cell
                ),
            ]
        )
    widths = [USABLE * 0.06, USABLE * 0.29, USABLE * 0.16, USABLE * 0.49]  # "Aanmelding" fits its column
    # The heading must not keep with the table: a long agenda would then start on page 2 as one block.
    return [Paragraph("Agenda", st.h2_loose), _table(rows, widths)]


def bespreekformulier_pdf_bytes(doc: BespreekDocument) -> bytes:
    """The form as a finished PDF in memory (A4); an empty agenda still prints its header and says so."""
    st = _FormStyles()
    story = _header(doc, st)
    if not doc.punten:
        story.append(Paragraph("Er staan geen casussen op de agenda.", st.body))
    else:
        story += _agenda(doc, st)
    for number, punt in enumerate(doc.punten, start=1):
        lead = [Paragraph("Per casus", st.h2)] if number == 1 else []
        story.append(_punt(number, punt, st, lead))
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=f"Bespreekformulier {short_date(doc.datum)}",
        author=printable(doc.gemeente),
        subject="Bespreekformulier teamoverleg",
        creator="Regie",
        lang="nl-NL",
        initialFontName=FONT,
        initialFontSize=9.5,
    )
    template.build(story, canvasmaker=_canvas_maker(printable(footer_text(doc))))
    return buffer.getvalue()
