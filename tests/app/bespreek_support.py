"""A small agenda for the bespreekformulier tests: one casus per rule that puts a casus on it, and a calm one.

Shared by the use-case and the GUI tests. All names are synthetic.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import update

from regie_desktop.app.afsluiten import set_waakvlam_ritme
from regie_desktop.app.casussen import change_phase
from regie_desktop.app.gesprek import update_gesprek
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import Fase, Spoed
from regie_desktop.domain.plan import plan_hash
from regie_desktop.store import models
from tests.app.factories import BSN_A, BSN_B, BSN_C, TODAY, Dossier, consent, household, new_dossier, plan


@dataclass(frozen=True)
class Agenda:
    spoed: Dossier  # spoed aanmelding waiting 35 days on the wachtlijst
    rustig: Dossier  # fresh aanmelding: nothing to discuss
    laat: Dossier  # aanmelding in March: regiestap 1 overdue
    evaluatie: Dossier  # signed plan, tussenevaluatie in 10 days
    concept: Dossier  # plan phase, concept made 20 days ago
    waakvlam: Dossier  # waakvlam for 27 weeks, contact overdue
    meldcode: Dossier  # signals for the meldcode in the gesprek


def _to_plan_phase(service: WorkspaceService, casus_id: str) -> None:
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, casus_id, Fase.GESPREK, "")
        change_phase(session, actor, casus_id, Fase.PLAN, "")


def make_agenda(service: WorkspaceService) -> Agenda:
    spoed = new_dossier(
        service,
        household("Visser", "Sem", dt.date(1970, 2, 2), BSN_B, postcode="1012 JS"),
        aanmelddatum=TODAY - dt.timedelta(days=35),
        spoed=frozenset({Spoed.GEEN_INKOMEN}),
    )
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, spoed.casus_id, Fase.WACHTLIJST, "")
    rustig = new_dossier(service, household(bsn_=BSN_A), aanmelddatum=TODAY - dt.timedelta(days=5))
    laat = new_dossier(service, household("Bakker", "Anna", dt.date(1990, 1, 1), BSN_C), dt.date(2026, 3, 2))

    evaluatie = new_dossier(service, household("de Groot", "Henk", dt.date(1961, 7, 30), None))
    _to_plan_phase(service, evaluatie.casus_id)
    with service.unit_of_work() as (session, actor):
        soon = dataclasses.replace(plan(evaluatie.casus_id), tussenevaluatie=TODAY + dt.timedelta(days=10))
        save_plan_draft(session, actor, soon, TODAY)
        current = draft(session, evaluatie.casus_id)
        assert current is not None
        sign_plan(session, actor, evaluatie.casus_id, consent(plan_hash(current)), TODAY)
        change_phase(session, actor, evaluatie.casus_id, Fase.TRAJECT, "")

    concept = new_dossier(service, household("Smit", "Joke", None, None))
    _to_plan_phase(service, concept.casus_id)
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(concept.casus_id), TODAY)
        made = dt.datetime.combine(TODAY - dt.timedelta(days=20), dt.time(10), dt.UTC)
        session.execute(
            update(models.PlanVersion).where(models.PlanVersion.casus_id == concept.casus_id).values(created_at=made)
        )

    waakvlam = new_dossier(service, household("Mulder", "Kees", dt.date(1948, 12, 1), None))
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, waakvlam.casus_id, Fase.GESPREK, "")
        change_phase(session, actor, waakvlam.casus_id, Fase.WAAKVLAM, "Stabiel")
        set_waakvlam_ritme(session, actor, waakvlam.casus_id, 4, TODAY - dt.timedelta(weeks=27), TODAY)

    meldcode = new_dossier(service, household("Dekker", "Lotte", dt.date(1995, 5, 5), None))
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, meldcode.casus_id, Fase.GESPREK, "")
        update_gesprek(session, actor, meldcode.casus_id, TODAY, veiligheid="Zorgen over de kinderen", meldcode=True)
    return Agenda(spoed, rustig, laat, evaluatie, concept, waakvlam, meldcode)
