"""Synthetic inputs for the use-case tests: fake people, a casus, a plan, drawn signatures. Never real data."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import open_casus
from regie_desktop.app.households import register_household
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import Aanmelding, Kanaal, Spoed
from regie_desktop.domain.consent import Consent, Point, Signature, SignerRole, Stroke
from regie_desktop.domain.household import NewHousehold, NewPerson, Rol
from regie_desktop.domain.plan import Actie, Doel, Inzet, InzetSoort, PlanContent, WieSoort
from regie_desktop.store import models

# A fixed "today" keeps due dates and validation deterministic; use cases take today as an argument.
TODAY = dt.date(2026, 6, 15)  # a Monday
INSTRUMENT = catalog.instrument(catalog.DEFAULT_INSTRUMENT)


def bsn(prefix: str) -> str:
    """A BSN that passes the elfproef, made from eight digits (the ninth is the check digit)."""
    assert len(prefix) == 8 and prefix.isdigit()
    total = sum(int(d) * w for d, w in zip(prefix, range(9, 1, -1), strict=True))
    check = total % 11
    if check == 10:
        raise ValueError("no check digit exists for this prefix; pick another")
    return prefix + str(check)


BSN_A = bsn("11122233")
BSN_B = bsn("23456781")
BSN_C = bsn("31415926")


def household(
    achternaam: str = "Jansen",
    voornamen: str = "Fatima",
    geboortedatum: dt.date | None = dt.date(1984, 3, 9),
    bsn_: str | None = BSN_A,
    extra: tuple[NewPerson, ...] = (),
    postcode: str = "3511 AB",
    tussenvoegsel: str = "",
) -> NewHousehold:
    return NewHousehold(
        personen=(
            NewPerson(
                voornamen=voornamen,
                tussenvoegsel=tussenvoegsel,
                achternaam=achternaam,
                geboortedatum=geboortedatum,
                bsn=bsn_,
                rol=Rol.AANVRAGER,
                telefoon="06-12345678",
                email="f.jansen@example.org",
            ),
            *extra,
        ),
        straat="Lindelaan",
        huisnummer="12a",
        postcode=postcode,
        woonplaats="Utrecht",
    )


def kind(
    voornamen: str = "Noah", achternaam: str = "Jansen", geboortedatum: dt.date = dt.date(2015, 8, 1)
) -> NewPerson:
    return NewPerson(voornamen=voornamen, achternaam=achternaam, geboortedatum=geboortedatum, rol=Rol.KIND)


def aanmelding(
    datum: dt.date = dt.date(2026, 5, 4), spoed: frozenset[Spoed] = frozenset(), hulpvraag: str = "Schulden"
) -> Aanmelding:
    return Aanmelding(
        datum=datum,
        kanaal=Kanaal.TELEFOON,
        hulpvraag=hulpvraag,
        betrokken_professionals=("Wijkverpleging",),
        spoed=spoed,
        toestemming_gegevensverwerking=True,
        uitleg_procedure_gegeven=True,
    )


@dataclass(frozen=True)
class Dossier:
    huishouden_id: str
    casus_id: str
    persoon_id: str


def new_dossier(
    service: WorkspaceService,
    hh: NewHousehold | None = None,
    aanmelddatum: dt.date = dt.date(2026, 5, 4),
    spoed: frozenset[Spoed] = frozenset(),
) -> Dossier:
    """A registered household with one open casus, committed."""
    with service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, hh or household(), TODAY)
        casus_id = open_casus(session, actor, hh_id, aanmelding(aanmelddatum, spoed), TODAY)
        persoon_id = (
            session.execute(
                select(models.Persoon.id)
                .where(models.Persoon.huishouden_id == hh_id)
                .order_by(models.Persoon.created_at)
            )
            .scalars()
            .first()
        )
        assert persoon_id is not None
    return Dossier(hh_id, casus_id, persoon_id)


def plan(casus_id: str, omschrijving: str = "Schulden op een rij", toelichting: str = "") -> PlanContent:
    return PlanContent(
        casus_id=casus_id,
        version=1,
        instrument_id=catalog.DEFAULT_INSTRUMENT,
        doelen=(
            Doel(
                id="d1",
                leefgebied="financien",
                omschrijving=omschrijving,
                zes="Vaste lasten op tijd betaald",
                acties=(Actie("Fatima", WieSoort.CLIENT, "Post sorteren", dt.date(2026, 7, 1)),),
                inzet=(Inzet(InzetSoort.MAATWERK, "Begeleiding individueel", "BGI"),),
            ),
            Doel(id="d2", leefgebied="huisvesting", omschrijving="Woning behouden", zes="Geen huurachterstand"),
        ),
        tussenevaluatie=dt.date(2026, 9, 1),
        toelichting=toelichting,
    )


def client_strokes(n: int = 80) -> tuple[Stroke, ...]:
    """A looping, widening curve: what a hand-drawn signature looks like to ``is_trivial``."""
    points = []
    for i in range(n):
        t = i * 0.12
        x = int(300 + 200 * math.cos(t) * (1 + 0.3 * t))
        y = int(200 + 120 * math.sin(2 * t))
        points.append(Point(x, y, 15 * i, 500))
    return (tuple(points),)


def worker_strokes(n: int = 80) -> tuple[Stroke, ...]:
    """A different signature: a wave travelling to the right."""
    points = []
    for i in range(n):
        t = i * 0.1
        points.append(Point(int(250 + 13 * i + 60 * math.sin(3 * t)), int(300 + 90 * math.cos(2.5 * t)), 12 * i, 450))
    return (tuple(points),)


def consent(
    digest: str,
    client: tuple[Stroke, ...] | None = None,
    worker: tuple[Stroke, ...] | None = None,
    share: bool = True,
    withheld: tuple[str, ...] = (),
) -> Consent:
    now = dt.datetime.now(dt.UTC)
    return Consent(
        plan_hash=digest,
        share_with_provider=share,
        withheld_leefgebieden=withheld,
        data_processing_consent=True,
        client_signature=Signature("Fatima Jansen", SignerRole.CLIENT, client or client_strokes(), now),
        worker_signature=Signature("Test Werker", SignerRole.WERKER, worker or worker_strokes(), now),
    )


# --- counting what a unit of work left behind ----------------------------------------------------------


def count(session: Session, model: type[models.Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


@dataclass(frozen=True)
class Snapshot:
    """Every row of every table, so 'nothing changed' can be asserted for the store as a whole."""

    rows: dict[str, list[tuple[object, ...]]]

    def table_counts(self) -> Counter[str]:
        return Counter({name: len(rows) for name, rows in self.rows.items()})


def snapshot(service: WorkspaceService) -> Snapshot:
    rows: dict[str, list[tuple[object, ...]]] = {}
    with service.unit_of_work() as (session, _):
        for table in models.Base.metadata.sorted_tables:
            result = session.execute(select(table).order_by(*table.primary_key.columns))
            rows[table.name] = [tuple(r) for r in result]
    return Snapshot(rows)
