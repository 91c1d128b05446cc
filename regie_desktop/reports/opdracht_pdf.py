"""The opdracht to the provider as PDF: the order document the backoffice forwards (regiestap 5).

It carries what the provider needs to start and nothing more: the client's name, date of birth and BSN (the
backoffice orders the maatwerkvoorziening on the BSN), the product code and the period of the indicatie, the
worker's contact details (the provider calls the worker within 10 werkdagen), and the doelen of the signed
plan as far as the client consented to share them. Doelen of withheld leefgebieden (Plan B) are not rendered
at all, so their text is absent from the file; the overview lists those leefgebieden as "n.v.t.". Same house
style as the plan (``plan_pdf``): embedded Vera font, municipality header, footer with "pagina x van y".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from regie_desktop.domain.plan import InzetSoort
from regie_desktop.errors import ValidationError
from regie_desktop.reports.document_model import PlanDocument
from regie_desktop.reports.plan_pdf import (
    NVT,
    USABLE,
    _build,
    _doel,
    _header,
    _markup,
    _Styles,
    _table,
    long_date,
    shown_doelen,
)

mm = 72 / 25.4


@dataclass(frozen=True)
class OpdrachtDocument:
    """Everything the order shows; ``plan`` brings the municipality, the doelen and what the client withheld."""

    plan: PlanDocument
    referentie: str
    aanbieder_naam: str
    aanbieder_wijk: str
    aanbieder_telefoon: str
    aanbieder_email: str
    productcode: str
    product_omschrijving: str
    periode_start: dt.date
    periode_einde: dt.date
    werker_telefoon: str
    werker_email: str
    verstuurd_op: dt.date
    client_naam: str
    client_geboortedatum: dt.date | None
    client_bsn: str | None
    contact_termijn: str = "10 werkdagen"
    """The provider's term for the first contact, from the rules file (step 6)."""


def _facts(rows: list[tuple[str, str]], st: _Styles) -> Flowable:
    return _table(
        [[Paragraph(k, st.label), Paragraph(_markup(v or "–"), st.cell)] for k, v in rows],
        [USABLE * 0.3, USABLE * 0.7],
        header=False,
    )


def opdracht_pdf_bytes(doc: OpdrachtDocument) -> bytes:
    """The order as a finished PDF in memory; refused (Dutch) when the plan may not go to the provider."""
    plan = doc.plan
    if plan.consent is None:
        raise ValidationError("Alleen een ondertekend plan kan naar de aanbieder; dit plan is nog een concept.")
    if not plan.consent.share_with_provider:
        raise ValidationError("De cliënt heeft geen toestemming gegeven om het plan met de aanbieder te delen.")
    st = _Styles()
    story: list[Flowable] = _header(
        plan,
        st,
        "Opdracht aan de aanbieder",
        f"Via de backoffice · referentie {doc.referentie} · verstuurd op {long_date(doc.verstuurd_op)}",
    )
    story.append(Paragraph("Aanbieder", st.h2))
    story.append(
        _facts(
            [
                ("Organisatie", doc.aanbieder_naam),
                ("Wijk", doc.aanbieder_wijk),
                ("Telefoon", doc.aanbieder_telefoon),
                ("E-mail", doc.aanbieder_email),
            ],
            st,
        )
    )
    story.append(Paragraph("Product en periode", st.h2))
    product = doc.productcode + (f" · {doc.product_omschrijving}" if doc.product_omschrijving else "")
    story.append(
        _facts(
            [
                ("Product", product),
                ("Periode", f"{long_date(doc.periode_start)} tot en met {long_date(doc.periode_einde)}"),
            ],
            st,
        )
    )
    story.append(Paragraph("Cliënt", st.h2))
    story.append(
        _facts(
            [
                ("Naam", doc.client_naam),
                ("Geboortedatum", long_date(doc.client_geboortedatum) if doc.client_geboortedatum else ""),
                ("BSN", doc.client_bsn or ""),
                ("Adres", plan.adres),
            ],
            st,
        )
    )
    story.append(Paragraph("Regisseur (sociaal werker)", st.h2))
    story.append(
        Paragraph(
            f"Neem binnen {_markup(doc.contact_termijn)} na ontvangst van deze opdracht contact op met de sociaal "
            "werker, vóór het eerste bezoek aan de cliënt.",
            st.body,
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        _facts(
            [
                ("Naam", plan.werker_naam),
                ("Team", plan.werker_team),
                ("Telefoon", doc.werker_telefoon),
                ("E-mail", doc.werker_email),
            ],
            st,
        )
    )
    doelen = shown_doelen(plan, "aanbieder")
    overview: list[list[Any]] = [[Paragraph("Leefgebied", st.cell_head), Paragraph("Doelen", st.cell_head)]]
    for key in plan.leefgebied_order():
        if key in plan.withheld:
            overview.append([Paragraph(_markup(plan.label(key)), st.cell), Paragraph(NVT, st.cell)])
            continue
        count = sum(1 for d in doelen if d.leefgebied == key)
        if count:
            value = "1 doel" if count == 1 else f"{count} doelen"
            overview.append([Paragraph(_markup(plan.label(key)), st.cell), Paragraph(value, st.cell)])
    story += [Paragraph("Doelen uit het plan", st.h2), _table(overview, [USABLE * 0.6, USABLE * 0.4])]
    story.append(
        Paragraph(
            f"Uit plan versie {plan.version}, ondertekend op {long_date(plan.datum)} "
            f"(controlecode {plan.plan_hash[:12]}). Het ondersteuningsplan van de aanbieder neemt deze doelen over.",
            st.small,
        )
    )
    if not doelen:
        story.append(Paragraph("Er zijn geen doelen om te delen.", st.body))
    for number, doel in enumerate(doelen, start=1):
        story += _doel(number, doel, plan, st)
    return _build(story, plan, f"Opdracht {doc.referentie}", "Opdracht aan de aanbieder")


def maatwerk_codes(plan: PlanDocument) -> list[tuple[str, str]]:
    """(product code, omschrijving) of every maatwerk inzet in the shared doelen, in plan order, once each."""
    seen: dict[str, str] = {}
    for doel in shown_doelen(plan, "aanbieder"):
        for inzet in doel.inzet:
            if inzet.soort is InzetSoort.MAATWERK and inzet.productcode and inzet.productcode not in seen:
                seen[inzet.productcode] = inzet.omschrijving
    return list(seen.items())
