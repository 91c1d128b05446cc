"""Demo data after the gesprek (#9): contactjournaal entries, tussen- and eindevaluaties, closings with their
checklist and reason code, and waakvlam casussen with a contact rhythm (so Vandaag shows their reminders).

Goes through the same use cases as the screens. Draws from a generator of its own, seeded from the casus, so the
households and phases a seed gives stay what they were before this part existed.
"""

from __future__ import annotations

import datetime as dt
import random
import zlib
from dataclasses import replace

from sqlalchemy.orm import Session

from regie_desktop.app.afsluiten import close_casus, set_waakvlam_ritme
from regie_desktop.app.contactjournaal import add_contact
from regie_desktop.app.evaluatie import save_evaluatie, signed_plan
from regie_desktop.app.journal import Actor
from regie_desktop.domain.afsluiten import WAAKVLAM_WEKEN, Afsluiting, AfsluitUitkomst, ChecklistItem, DoorgaanNodig
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.contactjournaal import Contact, ContactSoort, Deelnemer, DeelnemerSoort
from regie_desktop.domain.evaluatie import DoelResultaat, Evaluatie, EvaluatieSoort, Uitkomst

NOTES: dict[ContactSoort, tuple[str, ...]] = {
    ContactSoort.HUISBEZOEK: (
        "Post samen doorgenomen; twee aanmaningen apart gelegd.",
        "Keukentafel: afspraken van het plan nog eens doorgelopen.",
        "Huis opgeruimd, sfeer ontspannen; dochter was erbij.",
    ),
    ContactSoort.TELEFOON: (
        "Gebeld over de energierekening; betaalregeling aangevraagd.",
        "Kort gebeld: afspraak bij de schuldhulp staat.",
        "Teruggebeld; het gaat beter sinds de begeleiding.",
    ),
    ContactSoort.DRIE_GESPREK: ("Voortgang besproken met cliënt en begeleider.",),
    ContactSoort.OVERLEG: ("Overleg met de aanbieder over de voortgang.", "Casus besproken in het teamoverleg."),
    ContactSoort.EMAIL: ("Mail van de aanbieder: intake gepland.",),
    ContactSoort.ANDERS: ("Samen naar het inloopspreekuur geweest.",),
}
UITLEG: dict[Uitkomst, tuple[str, ...]] = {
    Uitkomst.BEREIKT: ("Lukt nu zelfstandig.", "Afspraken worden nagekomen.", ""),
    Uitkomst.DEELS: ("Eerste stappen gezet, nog niet stabiel.", "Lukt met hulp van de dochter."),
    Uitkomst.NIET_BEREIKT: ("Door ziekte niet aan toegekomen.", "Nog geen plek bij het voorveld."),
}


def fill_nazorg(
    session: Session,
    actor: Actor,
    casus_id: str,
    moments: dict[Fase, dt.date],
    target: Fase,
    personen: list[tuple[str, str]],
    worker_name: str,
    today: dt.date,
) -> None:
    """Journal entries for every casus past the gesprek; evaluations and a closing by phase."""
    rng = random.Random(zlib.crc32(f"nazorg|{casus_id}|{today.isoformat()}".encode()))  # noqa: S311 - fake data
    start = moments[Fase.GESPREK]
    people = (Deelnemer(personen[0][1], DeelnemerSoort.HUISHOUDEN), Deelnemer(worker_name, DeelnemerSoort.WERKER))
    span = max((today - start).days, 0)
    for _ in range(rng.randint(1, 4)):
        soort = rng.choice(list(ContactSoort))
        contact = Contact(
            datum=start + dt.timedelta(days=rng.randint(0, span)),
            soort=soort,
            deelnemers=people if soort is not ContactSoort.OVERLEG else people[1:],
            notitie=rng.choice(NOTES[soort]),
            alleen_professional=soort is ContactSoort.OVERLEG or rng.random() < 0.15,
        )
        add_contact(session, actor, casus_id, contact, today)
    if target is Fase.WAAKVLAM:
        sinds = moments[Fase.WAAKVLAM]
        set_waakvlam_ritme(session, actor, casus_id, rng.choice(WAAKVLAM_WEKEN), sinds, today)
        return
    signed = signed_plan(session, casus_id)
    if signed is None or Fase.TRAJECT not in moments:
        return
    doelen = [d.id for d in signed[1].doelen]
    begin = moments[Fase.TRAJECT]
    if (target is Fase.TRAJECT and rng.random() < 0.4) or target in (Fase.EVALUATIE, Fase.AFGESLOTEN):
        on = begin + dt.timedelta(days=(today - begin).days // 2)
        _evaluate(session, actor, casus_id, EvaluatieSoort.TUSSENEVALUATIE, on, doelen, 0.4, rng, today)
    if target is Fase.AFGESLOTEN or (target is Fase.EVALUATIE and rng.random() < 0.6):
        on = today - dt.timedelta(days=rng.randint(0, 10))
        reached = 1.0 if target is Fase.AFGESLOTEN else 0.6
        _evaluate(session, actor, casus_id, EvaluatieSoort.EINDEVALUATIE, on, doelen, reached, rng, today)
    if target is Fase.AFGESLOTEN:
        overdracht = rng.random() < 0.2
        afsluiting = Afsluiting(
            uitkomst=AfsluitUitkomst.OVERDRACHT if overdracht else AfsluitUitkomst.AFGESLOTEN,
            redencode="VOORVELD" if overdracht else "DOELEN_BEREIKT",
            checklist=frozenset(ChecklistItem),
            datum=today,
            overdracht_aan="Buurtteam Welzijn" if overdracht else "",
        )
        try:
            close_casus(session, actor, casus_id, afsluiting, today)
        except DoorgaanNodig:  # an actie planned after today: the worker closes anyway, and says why
            reden = "De cliënt voert de laatste acties zelf uit."
            close_casus(session, actor, casus_id, _with_reason(afsluiting, reden), today)


def _with_reason(afsluiting: Afsluiting, reden: str) -> Afsluiting:
    return replace(afsluiting, doorgaan_reden=reden)


def _evaluate(
    session: Session,
    actor: Actor,
    casus_id: str,
    soort: EvaluatieSoort,
    on: dt.date,
    doelen: list[str],
    reached: float,
    rng: random.Random,
    today: dt.date,
) -> None:
    resultaten = []
    for doel_id in doelen:
        roll = rng.random()
        uitkomst = Uitkomst.BEREIKT if roll < reached else Uitkomst.DEELS if roll < 0.85 else Uitkomst.NIET_BEREIKT
        text = rng.choice([t for t in UITLEG[uitkomst] if t or uitkomst is Uitkomst.BEREIKT])
        resultaten.append(DoelResultaat(doel_id, uitkomst, text))
    save_evaluatie(session, actor, casus_id, Evaluatie(soort, min(on, today), tuple(resultaten)), today)
