"""The inzage as PDF, for the client: what the sociaal wijkteam recorded about them, in plain Dutch (B1).

Same house style as the plan (``plan_pdf``): Vera embedded as a subset, the municipality's name and logo on top,
the footer "Inzage · datum · pagina x van y". Short sentences, "u" and "wij", no codes: a score is shown with
its meaning from the instrument ("3 – Beperkt zelfredzaam"), an access-log action in words. The PDF metadata
carries no names (title "Inzage"). Rendered into memory; the caller writes the bytes (QSaveFile or atomic).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from regie_desktop.reports.inzage_model import (
    InzageCasus,
    InzageExport,
    InzageMeting,
    InzageNotitie,
    InzagePersoon,
    InzagePlan,
)
from regie_desktop.reports.plan_pdf import (
    ACCENT,
    BOTTOM_MARGIN,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    PAGE_MARGIN,
    RULE,
    SHADE,
    TOP_MARGIN,
    USABLE,
    _canvas_maker,
    _logo,
    _markup,
    _Styles,
    _table,
    long_date,
    printable,
    short_date,
)

_LOCAL = ZoneInfo("Europe/Amsterdam")
LEEG = "–"


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(_LOCAL)


def _when(moment: dt.datetime) -> str:
    local = _local(moment)
    return f"{short_date(local.date())} {local:%H:%M}"


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(_markup(text), style)


def _header(st: _Styles, gemeente: str, logo_path: Path | None, naam: str, gemaakt: dt.datetime) -> list[Flowable]:
    if gemeente.strip():
        left: list[Flowable] = [_p(gemeente, st.gemeente), Paragraph("Sociaal wijkteam", st.small)]
    else:
        left = [Paragraph("Sociaal wijkteam", st.gemeente)]
    logo: Flowable = _logo(logo_path) or Spacer(1, 1)
    top = Table([[left, logo]], colWidths=[USABLE - 50 * mm, 50 * mm])
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [
        top,
        Spacer(1, 6 * mm),
        Paragraph("Uw gegevens bij het sociaal wijkteam", st.title),
        _p(f"Inzage voor {naam} · gemaakt op {long_date(_local(gemaakt).date())}", st.subtitle),
    ]


def _facts(rows: Sequence[tuple[str, str]], st: _Styles) -> Table:
    data = [[_p(label, st.cell_head), _p(value or LEEG, st.cell)] for label, value in rows]
    return _table(data, [45 * mm, USABLE - 45 * mm], header=False)


def _persoon(p: InzagePersoon, st: _Styles) -> Table:
    return _facts(
        [
            ("Naam", p.naam),
            ("Rol in het huishouden", p.rol),
            ("Geboortedatum", long_date(p.geboortedatum) if p.geboortedatum else ""),
            ("BSN", p.bsn or ""),
            ("Adres", p.adres),
            ("Telefoon", p.telefoon),
            ("E-mail", p.email),
        ],
        st,
    )


def _metingen(metingen: Sequence[InzageMeting], st: _Styles, wie: str) -> list[Flowable]:
    out: list[Flowable] = []
    if not metingen:
        return [_p(f"Er zijn nog geen scores over {wie} vastgelegd.", st.body)]
    for meting in metingen:
        rows: list[list[Any]] = [
            [_p("Leefgebied", st.cell_head), _p("Score", st.cell_head), _p("Wat dat betekent", st.cell_head)]
        ]
        for score in meting.scores:
            rows.append(
                [
                    _p(score.leefgebied, st.cell),
                    _p(str(score.waarde) if score.waarde is not None else LEEG, st.cell),
                    _p(score.betekenis or LEEG, st.cell),
                ]
            )
        out.append(
            KeepTogether(
                [
                    _p(f"{long_date(meting.datum)}, ingevuld door {meting.door} ({meting.instrument})", st.h3),
                    _table(rows, [60 * mm, 18 * mm, USABLE - 78 * mm]),
                ]
            )
        )
    return out


def _notities(notities: Sequence[InzageNotitie], st: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for n in notities:
        if n.niet_besproken and not (n.zorg or n.kracht or n.wens):
            out.append(_p(f"{n.leefgebied}: niet besproken.", st.body))
            continue
        out.append(
            KeepTogether(
                [
                    _p(n.leefgebied, st.h3),
                    _facts([("Zorgen", n.zorg), ("Wat goed gaat", n.kracht), ("Wat u wilt bereiken", n.wens)], st),
                ]
            )
        )
    return out


def _plan(plan: InzagePlan, st: _Styles) -> list[Flowable]:
    when = f", ondertekend op {long_date(_local(plan.ondertekend_op).date())}" if plan.ondertekend_op else ""
    out: list[Flowable] = [_p(f"Plan versie {plan.versie}{when} (controlecode {plan.controlecode})", st.h3)]
    for number, doel in enumerate(plan.doelen, start=1):
        out.append(_p(f"Doel {number} ({doel.leefgebied}): {doel.omschrijving}", st.body))
        if doel.zes:
            out.append(_p(f"Goed genoeg is: {doel.zes}", st.small))
        for actie in doel.acties:
            wanneer = f" · {long_date(actie.wanneer)}" if actie.wanneer else ""
            out.append(_p(f"• {actie.wie} ({actie.wie_soort}): {actie.wat}{wanneer}", st.small))
        for inzet in doel.inzet:
            out.append(_p(f"• Inzet: {inzet}", st.small))
    if plan.tussenevaluatie:
        out.append(_p(f"We bekijken samen hoe het gaat op {long_date(plan.tussenevaluatie)}.", st.body))
    if plan.toelichting:
        out.append(_p(f"Toelichting: {plan.toelichting}", st.body))
    t = plan.toestemming
    if t is not None:
        delen = "Ja" if t.delen_met_aanbieder else "Nee"
        rows = [
            ("Plan delen met de aanbieder", delen),
            ("Niet delen", ", ".join(t.niet_delen) or "niets"),
            ("Toestemming voor gegevensverwerking", "Ja" if t.gegevensverwerking else "Nee"),
            ("Ondertekend door", "; ".join(f"{naam} ({rol})" for naam, rol in t.ondertekend_door)),
        ]
        out.append(_facts(rows, st))
    return out


def _casus(casus: InzageCasus, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = [_p(f"Uw hulpvraag van {long_date(casus.aanmelddatum)}", st.h2)]
    rows = [
        ("Hulpvraag", casus.hulpvraag),
        ("Aangemeld via", casus.kanaal),
        ("Waar we nu zijn", casus.fase),
        ("Afgesloten op", long_date(casus.afgesloten_op) if casus.afgesloten_op else ""),
    ]
    out.append(_facts(rows, st))
    if casus.fasegeschiedenis:
        out.append(_p("Wat er tot nu toe is gebeurd", st.h3))
        data: list[list[Any]] = [[_p(h, st.cell_head) for h in ("Datum", "Van", "Naar", "Waarom")]]
        for f in casus.fasegeschiedenis:
            data.append(
                [
                    _p(short_date(_local(f.op).date()), st.cell),
                    _p(f.van, st.cell),
                    _p(f.naar, st.cell),
                    _p(f.reden or LEEG, st.cell),
                ]
            )
        out.append(_table(data, [24 * mm, 32 * mm, 32 * mm, USABLE - 88 * mm]))
    g = casus.gesprek
    if g is not None:
        out.append(_p("Wat we samen bespraken", st.h3))
        out.append(
            _facts(
                [
                    ("Uw vraag, in uw woorden", g.hulpvraag_toelichting),
                    ("Wat u voor een ander kunt doen", g.wederkerigheid),
                    ("Wat u van ons verwacht", g.verwachtingen),
                ],
                st,
            )
        )
        out.append(Spacer(1, 2 * mm))
        if g.informatie_gegeven:
            given = "; ".join(f"{subject} ({long_date(day)})" for subject, day in g.informatie_gegeven)
            out.append(_p(f"Wij hebben u uitleg gegeven over: {given}.", st.body))
        if g.netwerk:
            lines = "; ".join(f"{n.relatie}{': ' + n.wat if n.wat else ''}" for n in g.netwerk)
            out.append(_p(f"Mensen om u heen (zonder hun namen): {lines}.", st.body))
    if casus.notities:
        notes = _notities(casus.notities, st)
        out.append(KeepTogether([_p("Uw leefgebieden", st.h3), notes[0]]))  # no heading alone at a page end
        out += notes[1:]
    for plan in casus.plannen:
        out += _plan(plan, st)
    if casus.contacten:
        out.append(_p("Contacten", st.h3))
        data = [[_p(h, st.cell_head) for h in ("Datum", "Soort", "Wie", "Verslag")]]
        for c in casus.contacten:
            data.append(
                [
                    _p(short_date(c.datum), st.cell),
                    _p(c.soort, st.cell),
                    _p(", ".join(c.deelnemers) or LEEG, st.cell),
                    _p(c.notitie or LEEG, st.cell),
                ]
            )
        out.append(_table(data, [22 * mm, 26 * mm, 40 * mm, USABLE - 88 * mm]))
    return out


def _plain_table(headers: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    """A long table of short texts as plain strings (no Paragraph per cell): years of access-log entries render
    in a fraction of the time. Texts longer than a column are cut with '…' (they are short by nature)."""
    limits = [max(4, int(w / (8 * 0.52))) for w in widths]  # characters of 8 pt Vera that fit a column
    data = [headers] + [
        [printable(v) if len(v) <= n else printable(v[: n - 1]) + "…" for v, n in zip(row, limits, strict=True)]
        for row in rows
    ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("LEADING", (0, 0), (-1, -1), 10),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        )
    )
    return table


def inzage_pdf_bytes(export: InzageExport, gemeente: str = "", logo_path: Path | None = None) -> bytes:
    """The finished inzage PDF in memory."""
    st = _Styles()
    p = export.persoon
    story = _header(st, gemeente, logo_path, p.naam, export.gemaakt_op)
    story.append(Spacer(1, 3 * mm))
    story.append(
        _p(
            "U heeft gevraagd welke gegevens wij over u bewaren. Hieronder staat alles wat wij over u hebben "
            "opgeschreven. Klopt er iets niet? Zeg het ons. Dan verbeteren wij het.",
            st.body,
        )
    )
    story += [_p("Uw persoonsgegevens", st.h2), _persoon(p, st)]
    if export.rectificaties:
        story.append(_p("Wat wij hebben verbeterd", st.h3))
        data: list[list[Any]] = [[_p(h, st.cell_head) for h in ("Wanneer", "Wat", "Was", "Is nu", "Waarom")]]
        for r in export.rectificaties:
            data.append(
                [
                    _p(_when(r.op), st.cell),
                    _p(r.veld, st.cell),
                    _p(r.oude_waarde or LEEG, st.cell),
                    _p(r.nieuwe_waarde or LEEG, st.cell),
                    _p(r.reden, st.cell),
                ]
            )
        story.append(_table(data, [26 * mm, 24 * mm, 32 * mm, 32 * mm, USABLE - 114 * mm]))
    for casus in export.casussen:
        story += _casus(casus, st)
    story.append(_p("Uw scores op de zelfredzaamheidsmatrix", st.h2))
    story.append(
        _p(
            "Per leefgebied kijken wij samen hoe het gaat. Een 1 betekent: er is een acuut probleem. "
            "Een 5 betekent: het gaat helemaal vanzelf.",
            st.body,
        )
    )
    story += _metingen(export.metingen, st, "u")
    for kind in export.kinderen:
        story += [_p(f"Uw kind {kind.persoon.naam}", st.h2), _persoon(kind.persoon, st)]
        if kind.notities:
            story += _notities([n for _, n in kind.notities], st)
        story += _metingen(kind.metingen, st, "uw kind")
    story.append(_p("Wie uw dossier heeft bekeken of gewijzigd", st.h2))
    story.append(
        _p(
            "Elke keer dat iemand uw dossier opent, wijzigt, afdrukt of opslaat, schrijft Regie dat op. "
            "Hier ziet u wie dat was, wat die deed, wanneer en op welke laptop.",
            st.body,
        )
    )
    rows = [[_when(t.op), t.wie, t.wat, t.apparaat] for t in export.toegang]
    story.append(
        _plain_table(["Wanneer", "Wie", "Wat", "Laptop"], rows, [27 * mm, 38 * mm, USABLE - 105 * mm, 40 * mm])
    )
    story.append(_p("Wat niet in dit overzicht staat", st.h2))
    for reason in export.weggelaten:
        story.append(_p(f"• {reason}", st.body))
    story.append(Spacer(1, 4 * mm))
    story.append(_p(f"Dit overzicht is gemaakt door {export.gemaakt_door or 'uw sociaal werker'}.", st.small))
    return _build(story, export.gemaakt_op, gemeente)


def _build(story: list[Flowable], gemaakt: dt.datetime, gemeente: str) -> bytes:
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title="Inzage",
        author=printable(gemeente),
        subject="Inzage in uw gegevens",
        creator="Regie",
        lang="nl-NL",
        initialFontName=FONT,
        initialFontSize=9.5,
    )
    template.build(story, canvasmaker=_canvas_maker(f"Inzage · {short_date(_local(gemaakt).date())}"))
    return buffer.getvalue()
