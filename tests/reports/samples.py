"""Synthetic plan documents for the report tests. Never real data."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from regie_desktop.domain.consent import Consent
from regie_desktop.domain.plan import Actie, Doel, Inzet, InzetSoort, PlanContent, WieSoort, plan_hash
from regie_desktop.reports.document_model import DocumentPersoon, InformatieGegeven, PlanDocument
from tests.app.factories import BSN_A, INSTRUMENT, consent

LEEFGEBIEDEN = tuple((lg.key, lg.label) for lg in INSTRUMENT.leefgebieden)
SIGNED_AT = dt.datetime(2026, 6, 15, 12, 30, tzinfo=dt.UTC)

# Texts of the leefgebieden the Plan B tests withhold; none of these may appear in the provider version.
WITHHELD_TEXTS = (
    "Afspraak bij de huisarts over de somberheid",
    "Wekelijks gesprek met de praktijkondersteuner",
    "Minder piekeren over geld en slapen",
    "Herstelgroep bij het buurthuis bezoeken",
    "Vrijwilliger vindt een passende activiteit",
)


def doelen() -> tuple[Doel, ...]:
    return (
        Doel(
            id="d1",
            leefgebied="financien",
            omschrijving="Schulden op een rij en een overzicht van alle vaste lasten",
            zes="Vaste lasten worden elke maand op tijd betaald",
            acties=(
                Actie(
                    "Fatima Jansen",
                    WieSoort.CLIENT,
                    "Post sorteren en openen met de sociaal werker",
                    dt.date(2026, 7, 1),
                ),
                Actie("Buurvrouw Anneke", WieSoort.NETWERK, "Helpt bij het bellen met de woningcorporatie"),
                Actie("Schuldhulp Midden", WieSoort.AANBIEDER, "Budgetbeheer starten", dt.date(2026, 8, 1)),
            ),
            inzet=(Inzet(InzetSoort.MAATWERK, "Begeleiding individueel", "BGI"),),
        ),
        Doel(
            id="d2",
            leefgebied="huisvesting",
            omschrijving="Woning behouden; geen ontruiming",
            zes="Geen huurachterstand meer",
            acties=(
                Actie("Test Werker", WieSoort.WERKER, "Betalingsregeling met de corporatie", dt.date(2026, 6, 30)),
            ),
        ),
        Doel(
            id="d3",
            leefgebied="geestelijke-gezondheid",
            omschrijving=WITHHELD_TEXTS[0],
            zes=WITHHELD_TEXTS[2],
            acties=(Actie("Fatima Jansen", WieSoort.CLIENT, WITHHELD_TEXTS[1], dt.date(2026, 7, 15)),),
            inzet=(Inzet(InzetSoort.VOORVELD, "POH-GGZ"),),
        ),
        Doel(
            id="d4",
            leefgebied="tijdsbesteding",
            omschrijving=WITHHELD_TEXTS[3],
            acties=(Actie("Vrijwilligerscentrale", WieSoort.VOORVELD, WITHHELD_TEXTS[4]),),
        ),
        Doel(
            id="d5",
            leefgebied="sociaal-netwerk",
            omschrijving="Naar de coördinator van het ëigen naïeve café; één keer per week, ook in de ĳstijd",
            zes="Twee vaste contacten buiten het gezin",
        ),
    )


WITHHELD = ("tijdsbesteding", "geestelijke-gezondheid")


def plan_content(doel_items: tuple[Doel, ...] | None = None, version: int = 3) -> PlanContent:
    return PlanContent(
        casus_id="casus-1",
        version=version,
        instrument_id=INSTRUMENT.id,
        doelen=doelen() if doel_items is None else doel_items,
        tussenevaluatie=dt.date(2026, 9, 1),
        toelichting="Het gezin wil eerst rust in de financiën.",
    )


def document(
    plan: PlanContent | None = None,
    withheld: tuple[str, ...] = WITHHELD,
    share: bool = True,
    signed: bool = True,
) -> PlanDocument:
    content = plan or plan_content()
    digest = plan_hash(content)
    agreed: Consent | None = None
    if signed:
        base = consent(digest, share=share, withheld=withheld if share else ())
        agreed = replace(
            base,
            client_signature=replace(base.client_signature, signed_at=SIGNED_AT),
            worker_signature=replace(base.worker_signature, signed_at=SIGNED_AT),
        )
    return PlanDocument(
        gemeente="Gemeente Zuidbroek",
        personen=(
            DocumentPersoon("Fatima Jansen", "aanvrager", dt.date(1984, 3, 9), BSN_A),
            DocumentPersoon("Noah Jansen", "kind", dt.date(2015, 8, 1), None),
        ),
        adres="Lindelaan 12a, 3511 AB Utrecht",
        werker_naam="Test Werker",
        werker_team="Wijkteam Oost",
        plan=content,
        plan_hash=digest,
        leefgebieden=LEEFGEBIEDEN,
        datum=SIGNED_AT.date(),
        informatie_gegeven=(
            InformatieGegeven("Privacy en uw gegevens", dt.date(2026, 5, 20)),
            InformatieGegeven("Klachtenprocedure", dt.date(2026, 5, 20)),
            InformatieGegeven("Onafhankelijke cliëntondersteuning", dt.date(2026, 6, 2)),
        ),
        consent=agreed,
    )
