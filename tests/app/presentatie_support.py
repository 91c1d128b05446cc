"""A dossier made to tempt the presentation into showing a name: names, contact details and a professional-only
note inside the free text of the plan and the gesprek. Shared by the core and the GUI presentation tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.contactjournaal import add_contact
from regie_desktop.app.gesprek import (
    add_netwerk_persoon,
    notitie_sleutel,
    save_leefgebied_notitie,
    set_alleen_professional,
)
from regie_desktop.app.plans import save_plan_draft
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.contactjournaal import Contact, ContactSoort, Deelnemer, DeelnemerSoort
from regie_desktop.domain.gesprek import LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.domain.household import NewPerson, Rol
from regie_desktop.domain.plan import Actie, Doel, Inzet, InzetSoort, PlanContent, WieSoort
from regie_desktop.domain.zrm import Assessment, Score
from tests.app.factories import BSN_A, BSN_B, INSTRUMENT, TODAY, household, new_dossier

PROFESSIONAL_NOTE = "Vermoeden van verslaving bij partner"
JOURNAL_NOTE = "Huisarts gebeld over medicatie"
NETWERK_NAAM = "Karin van Dijk"
NETWERK_TELEFOON = "06-87654321"


@dataclass(frozen=True)
class TemptingDossier:
    casus_id: str
    huishouden_id: str
    persoon_id: str
    partner_id: str
    secrets: tuple[str, ...]
    """Every name, number and address that must never reach the projector (pseudonymised)."""
    names: tuple[str, ...]
    """The full names that revealing shows."""


def tempting_dossier(
    service: WorkspaceService,
    achternaam: str = "Vermeulen",
    voornamen: str = "Fatima",
    partner: tuple[str, str] = ("Pieter", "Bosman"),
) -> TemptingDossier:
    """A household of three (aanvrager, partner, kind), a netwerk person, two ZRM metingen, a concept plan
    whose texts name the family and carry a phone number and an e-mail address, wensen with names, a wens
    marked "alleen voor professionals" and a professional-only contact in the journal."""
    pv, pa = partner
    hh = household(
        achternaam=achternaam,
        voornamen=voornamen,
        tussenvoegsel="de",
        extra=(
            NewPerson(pv, pa, geboortedatum=dt.date(1980, 1, 2), bsn=BSN_B, rol=Rol.PARTNER, telefoon="0201234567"),
            NewPerson("Noah", achternaam, tussenvoegsel="de", geboortedatum=dt.date(2015, 8, 1), rol=Rol.KIND),
        ),
    )
    d = new_dossier(service, hh)
    with service.unit_of_work() as (session, actor):
        from sqlalchemy import select

        from regie_desktop.store.models import Persoon

        ids = {
            p.voornamen: p.id
            for p in session.execute(select(Persoon).where(Persoon.huishouden_id == d.huishouden_id)).scalars()
        }
        partner_id = ids[pv]
        add_netwerk_persoon(
            session, actor, d.casus_id, NetwerkPersoon(NETWERK_NAAM, "zus", "Helpt met post", NETWERK_TELEFOON)
        )
        save_leefgebied_notitie(
            session,
            actor,
            d.casus_id,
            LeefgebiedNotitie(d.persoon_id, "financien", "Schulden", "Wil het zelf", f"{voornamen} wil rust met {pv}"),
        )
        save_leefgebied_notitie(
            session, actor, d.casus_id, LeefgebiedNotitie(partner_id, "huisvesting", "", "", PROFESSIONAL_NOTE)
        )
        set_alleen_professional(session, actor, d.casus_id, notitie_sleutel(partner_id, "huisvesting"), True)
        add_contact(
            session,
            actor,
            d.casus_id,
            Contact(
                TODAY - dt.timedelta(days=3),
                ContactSoort.TELEFOON,
                (Deelnemer("Huisarts", DeelnemerSoort.ANDERS),),
                JOURNAL_NOTE,
                alleen_professional=True,
            ),
            TODAY,
        )
        keys = [lg.key for lg in INSTRUMENT.leefgebieden]
        for on, base in ((TODAY - dt.timedelta(days=40), 2), (TODAY - dt.timedelta(days=2), 3)):
            scores = tuple(Score(k, min(5, base + n % 2)) for n, k in enumerate(keys))
            assessment = Assessment(d.persoon_id, INSTRUMENT.id, INSTRUMENT.version, on, scores)
            record_assessment(session, actor, d.casus_id, assessment, TODAY)
        plan = PlanContent(
            casus_id=d.casus_id,
            version=1,
            instrument_id=INSTRUMENT.id,
            doelen=(
                Doel(
                    id="d1",
                    leefgebied="financien",
                    omschrijving=(
                        f"{voornamen} de {achternaam} krijgt haar schulden op een rij; mail f.jansen@example.org"
                    ),
                    zes=f"Mevrouw De {achternaam} betaalt de vaste lasten op tijd",
                    acties=(
                        Actie(voornamen, WieSoort.CLIENT, "Post sorteren met Karin", dt.date(2026, 7, 1)),
                        Actie(f"{pv} {pa}", WieSoort.HUISHOUDEN, "Belt 06-12345678 terug", None),
                    ),
                    inzet=(Inzet(InzetSoort.MAATWERK, "Begeleiding individueel", "BGI"),),
                ),
                Doel(id="d2", leefgebied="huisvesting", omschrijving="Woning aan de Lindelaan 12a behouden"),
            ),
            tussenevaluatie=dt.date(2026, 9, 1),
            toelichting=f"Besproken met {voornamen} en {NETWERK_NAAM}.",
        )
        save_plan_draft(session, actor, plan, TODAY)
    secrets = (
        voornamen,
        achternaam,
        pv,
        pa,
        "Noah",
        "Karin",
        "Dijk",
        BSN_A,
        BSN_B,
        "06-12345678",
        "0201234567",
        NETWERK_TELEFOON,
        "f.jansen@example.org",
        "example.org",
        "Lindelaan",
        "3511 AB",
        "1984",
        "09-03-1984",
        "9 maart 1984",
        PROFESSIONAL_NOTE,
        JOURNAL_NOTE,
    )
    names = (f"{voornamen} de {achternaam}", f"{pv} {pa}")
    return TemptingDossier(d.casus_id, d.huishouden_id, d.persoon_id, partner_id, secrets, names)


def all_texts(value: object) -> Iterator[str]:
    """Every string and date inside a (nested) dataclass view, as the projector could show it."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dt.date):
        yield value.isoformat()
        yield value.strftime("%d-%m-%Y")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from all_texts(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from all_texts(item)
