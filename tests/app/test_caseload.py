"""The worker's lists: caseload, wachtlijst and Vandaag, on the real encrypted store."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.caseload import TodayKind, caseload, casus_spoed, today_items, waitlist
from regie_desktop.app.casussen import change_phase
from regie_desktop.app.gesprek import update_gesprek
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import Fase, Spoed
from regie_desktop.domain.local_time import local_date
from regie_desktop.domain.plan import plan_hash
from regie_desktop.domain.zrm import Assessment, Score
from regie_desktop.errors import NotFound
from tests.app.factories import BSN_B, TODAY, consent, household, new_dossier, plan


def test_caseload_shows_aanvrager_next_step_and_puts_spoed_first(service: WorkspaceService) -> None:
    calm = new_dossier(service, aanmelddatum=dt.date(2026, 6, 1))
    urgent = new_dossier(
        service,
        household("Visser", "Sem", dt.date(1970, 2, 2), BSN_B, postcode="1012 JS"),
        aanmelddatum=dt.date(2026, 6, 10),
        spoed=frozenset({Spoed.DREIGENDE_ONTRUIMING}),
    )
    with service.unit_of_work() as (session, _):
        rows = caseload(session, TODAY)
    assert [r.casus_id for r in rows] == [urgent.casus_id, calm.casus_id]
    first = rows[0]
    assert (first.naam, first.postcode, first.fase, first.spoed) == ("Sem Visser", "1012 JS", Fase.AANMELDING, True)
    assert first.regisseur == "Test Werker"
    assert first.volgende_stap_op == dt.date(2026, 7, 22)  # aanmelding + 6 weeks, a Wednesday
    assert first.volgende_stap


def test_closed_casussen_only_on_request(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.AFGESLOTEN, "Geen hulp meer nodig")
    with service.unit_of_work() as (session, _):
        assert caseload(session, TODAY) == []
        (row,) = caseload(session, TODAY, include_closed=True)
    assert row.fase is Fase.AFGESLOTEN
    assert row.laatste_activiteit >= dt.date(2026, 5, 4)


def test_waitlist_counts_days_since_aanmelding_and_names_the_contact(service: WorkspaceService) -> None:
    d = new_dossier(service, aanmelddatum=dt.date(2026, 5, 1))
    other = new_dossier(service, household("Visser", "Sem", dt.date(1970, 2, 2), BSN_B), dt.date(2026, 6, 1))
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.WACHTLIJST, "")
    with service.unit_of_work() as (session, _):
        rows = waitlist(session, TODAY)
    assert [r.casus_id for r in rows] == [d.casus_id]
    assert (rows[0].dagen, rows[0].contactpersoon) == (45, "Test Werker")
    assert other.casus_id not in {r.casus_id for r in rows}


def test_vandaag_lists_overdue_steps_tussenevaluatie_and_stale_scores(service: WorkspaceService) -> None:
    d = new_dossier(service, aanmelddatum=dt.date(2026, 3, 2))  # step 1 due 13 April: overdue on TODAY
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.GESPREK, "")
        record_assessment(
            session,
            actor,
            d.casus_id,
            Assessment(d.persoon_id, "zrm-2017", "2017.1", dt.date(2026, 4, 1), (Score("financien", 2),)),
            TODAY,
        )
        change_phase(session, actor, d.casus_id, Fase.PLAN, "")
    with service.unit_of_work() as (session, actor):
        soon = dataclasses.replace(plan(d.casus_id), tussenevaluatie=TODAY + dt.timedelta(days=3))
        save_plan_draft(session, actor, soon, TODAY)
    with service.unit_of_work() as (session, actor):
        current = draft(session, d.casus_id)
        assert current is not None
        sign_plan(session, actor, d.casus_id, consent(plan_hash(current)), TODAY)
    with service.unit_of_work() as (session, _):
        items = today_items(session, TODAY)
    kinds = {i.kind for i in items}
    assert TodayKind.TUSSENEVALUATIE in kinds
    assert TodayKind.ZRM_VEROUDERD in kinds
    assert all(i.casus_id == d.casus_id and i.naam == "Fatima Jansen" for i in items)
    evaluatie = next(i for i in items if i.kind is TodayKind.TUSSENEVALUATIE)
    assert evaluatie.op == TODAY + dt.timedelta(days=3)


def test_vandaag_puts_spoed_casussen_on_top(service: WorkspaceService) -> None:
    new_dossier(service, aanmelddatum=dt.date(2026, 3, 2))
    urgent = new_dossier(
        service,
        household("Visser", "Sem", dt.date(1970, 2, 2), BSN_B),
        aanmelddatum=dt.date(2026, 6, 12),
        spoed=frozenset({Spoed.GEEN_INKOMEN}),
    )
    with service.unit_of_work() as (session, _):
        items = today_items(session, dt.date(2026, 7, 20))  # both step-1 deadlines near or past
    assert items[0].casus_id == urgent.casus_id
    assert items[0].spoed
    assert any(i.kind is TodayKind.REGIESTAP_TE_LAAT and not i.spoed for i in items)


def test_waakvlam_casus_has_no_steps_to_chase(service: WorkspaceService) -> None:
    d = new_dossier(service, aanmelddatum=dt.date(2026, 3, 2))
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.GESPREK, "")
        change_phase(session, actor, d.casus_id, Fase.WAAKVLAM, "Stabiel; eens per maand bellen")
    with service.unit_of_work() as (session, _):
        (row,) = caseload(session, TODAY)
        assert (row.fase, row.volgende_stap, row.volgende_stap_op) == (Fase.WAAKVLAM, "", None)
        assert today_items(session, TODAY) == []


def test_fresh_spoed_aanmelding_is_on_top_of_vandaag(service: WorkspaceService) -> None:
    new_dossier(service, aanmelddatum=dt.date(2026, 3, 2))
    urgent = new_dossier(
        service,
        household("Visser", "Sem", dt.date(1970, 2, 2), BSN_B),
        aanmelddatum=TODAY,
        spoed=frozenset({Spoed.HUISELIJK_GEWELD}),
    )
    with service.unit_of_work() as (session, _):
        items = today_items(session, TODAY)
    assert (items[0].casus_id, items[0].kind, items[0].op) == (urgent.casus_id, TodayKind.SPOED_ZONDER_GESPREK, TODAY)


def test_a_meldcode_signal_stays_on_vandaag_after_spoed_and_before_overdue_steps(service: WorkspaceService) -> None:
    late = new_dossier(service, aanmelddatum=dt.date(2026, 3, 2))  # step 1 overdue on TODAY
    urgent = new_dossier(
        service,
        household("Visser", "Sem", dt.date(1970, 2, 2), BSN_B),
        aanmelddatum=TODAY,
        spoed=frozenset({Spoed.HUISELIJK_GEWELD}),
    )
    with service.unit_of_work() as (session, actor):
        update_gesprek(session, actor, late.casus_id, TODAY, veiligheid="Blauwe plek bij de oudste", meldcode=True)
    with service.unit_of_work() as (session, _):
        items = today_items(session, TODAY)
    assert [(i.casus_id, i.kind) for i in items[:3]] == [
        (urgent.casus_id, TodayKind.SPOED_ZONDER_GESPREK),
        (late.casus_id, TodayKind.MELDCODE),
        (late.casus_id, TodayKind.REGIESTAP_TE_LAAT),
    ]
    meldcode = items[1]
    assert (meldcode.naam, meldcode.op) == ("Fatima Jansen", local_date(dt.datetime.now(dt.UTC)))
    assert "meldcode" in meldcode.omschrijving

    with service.unit_of_work() as (session, actor):
        update_gesprek(session, actor, late.casus_id, TODAY, meldcode=False)
    with service.unit_of_work() as (session, _):
        assert TodayKind.MELDCODE not in {i.kind for i in today_items(session, TODAY)}


def test_a_meldcode_signal_of_a_closed_casus_is_not_chased(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        update_gesprek(session, actor, d.casus_id, TODAY, veiligheid="Zorgen over de kinderen", meldcode=True)
        change_phase(session, actor, d.casus_id, Fase.AFGESLOTEN, "Overgedragen aan Veilig Thuis")
    with service.unit_of_work() as (session, _):
        assert today_items(session, TODAY) == []


def test_casus_spoed_reads_the_flags_of_the_aanmelding(service: WorkspaceService) -> None:
    calm = new_dossier(service)
    urgent = new_dossier(
        service,
        household("Visser", "Sem", dt.date(1970, 2, 2), BSN_B),
        spoed=frozenset({Spoed.HUISELIJK_GEWELD, Spoed.GEEN_INKOMEN}),
    )
    with service.unit_of_work() as (session, _):
        assert casus_spoed(session, calm.casus_id) == ()
        assert casus_spoed(session, urgent.casus_id) == (Spoed.HUISELIJK_GEWELD, Spoed.GEEN_INKOMEN)
        with pytest.raises(NotFound):
            casus_spoed(session, "bestaat-niet")
