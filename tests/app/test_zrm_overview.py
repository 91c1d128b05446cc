"""The ZRM overview read model: metingen per person, change between the last two, stale marks, the '6'."""

from __future__ import annotations

import datetime as dt

import pytest
from faker import Faker

from regie_desktop.app import catalog
from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.casussen import open_casus
from regie_desktop.app.households import register_household
from regie_desktop.app.plans import save_plan_draft
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.app.zrm_overview import latest_meting_dates, target_level, zrm_overview
from regie_desktop.domain.zrm import AssessedBy, Assessment, Score
from regie_desktop.errors import NotFound
from tests.app.factories import INSTRUMENT, TODAY, aanmelding, household, kind, new_dossier, plan
from tests.app.journal_support import Access, journaled


def _zrm(persoon_id: str, on: dt.date, *scores: Score, by: AssessedBy = "werker") -> Assessment:
    return Assessment(persoon_id, INSTRUMENT.id, INSTRUMENT.version, on, tuple(scores), by=by)


def _names(seed: int) -> tuple[str, str, str]:
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    return fake.last_name(), fake.first_name(), fake.first_name()


def _two_person_dossier(service: WorkspaceService):
    achternaam, voornaam, kindnaam = _names(6)
    hh = household(achternaam=achternaam, voornamen=voornaam, extra=(kind(voornamen=kindnaam, achternaam=achternaam),))
    d = new_dossier(service, hh)
    with service.unit_of_work() as (session, actor):
        first = zrm_overview(session, actor, d.casus_id, TODAY)
    return d, first.personen[1].persoon_id, f"{voornaam} {achternaam}", f"{kindnaam} {achternaam}"


def test_change_is_between_the_last_two_worker_metingen_and_old_scores_are_marked_stale(service):
    d, kind_id, naam, kindnaam = _two_person_dossier(service)
    with service.unit_of_work() as (session, actor):
        for meting in (
            _zrm(d.persoon_id, dt.date(2026, 3, 1), Score("financien", 1), Score("huisvesting", 2)),
            _zrm(
                d.persoon_id,
                dt.date(2026, 5, 1),
                Score("financien", 2),
                Score("huisvesting", 4),
                Score("justitie", None, nvt=True),
                Score("tijdsbesteding", 3),
            ),
            # The last meting: financien up, huisvesting down, tijdsbesteding the same, the rest not discussed.
            _zrm(
                d.persoon_id,
                dt.date(2026, 6, 1),
                Score("financien", 3),
                Score("huisvesting", 2),
                Score("tijdsbesteding", 3),
                Score("justitie", None, nvt=True),
            ),
            _zrm(d.persoon_id, dt.date(2026, 6, 10), Score("financien", 5), by="client"),
            _zrm(d.persoon_id, dt.date(2026, 4, 1), Score("huisvesting", 1), by="client"),
        ):
            record_assessment(session, actor, d.casus_id, meting, TODAY)

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        overview = zrm_overview(session, actor, d.casus_id, TODAY)

    # A read: logged as one access, and nothing changed.
    assert delta.accesses == [Access("zrm-inzien", "casus", d.casus_id)]
    assert delta.changes == []
    assert [p.naam for p in overview.personen] == [naam, kindnaam]
    persoon = overview.persoon(d.persoon_id)
    assert [(m.assessed_on, m.by) for m in persoon.metingen] == [
        (dt.date(2026, 3, 1), "werker"),
        (dt.date(2026, 4, 1), "client"),
        (dt.date(2026, 5, 1), "werker"),
        (dt.date(2026, 6, 1), "werker"),
        (dt.date(2026, 6, 10), "client"),
    ]
    assert (persoon.previous_on, persoon.current_on) == (dt.date(2026, 5, 1), dt.date(2026, 6, 1))
    stand = {lg.key: lg for lg in persoon.leefgebieden}
    assert [lg.key for lg in persoon.leefgebieden] == [lg.key for lg in INSTRUMENT.leefgebieden]
    assert (stand["financien"].previous, stand["financien"].current) == (Score("financien", 2), Score("financien", 3))
    assert {key: stand[key].change for key in ("financien", "huisvesting", "tijdsbesteding")} == {
        "financien": 1,
        "huisvesting": -2,
        "tijdsbesteding": 0,
    }
    # n.v.t. and niet besproken have no number, so no change either.
    assert stand["justitie"].change is None and stand["justitie"].current == Score("justitie", None, nvt=True)
    assert stand["basale-adl"].current is None and stand["basale-adl"].latest is None
    assert stand["basale-adl"].change is None and not stand["basale-adl"].stale
    # TODAY is 15 June: 1 June is 14 days ago (current); 1 May is 45 days ago (verouderd).
    assert not stand["financien"].stale
    assert stand["financien"].latest == (Score("financien", 3), dt.date(2026, 6, 1))
    # The client's own scores are kept apart; the 5 does not become the worker's score.
    assert stand["financien"].client_latest == (Score("financien", 5), dt.date(2026, 6, 10))
    assert not stand["financien"].client_stale
    assert stand["huisvesting"].client_latest == (Score("huisvesting", 1), dt.date(2026, 4, 1))
    assert stand["huisvesting"].client_stale
    assert persoon.stale_leefgebieden == ()
    # The second person has no metingen at all: everything is niet besproken, nothing stale.
    other = overview.persoon(kind_id)
    assert other.metingen == () and other.current_on is None
    assert all(lg.latest is None and not lg.stale and lg.change is None for lg in other.leefgebieden)


def test_a_leefgebied_left_out_of_the_last_meting_keeps_its_older_score_marked_verouderd(service):
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        record_assessment(
            session,
            actor,
            d.casus_id,
            _zrm(d.persoon_id, dt.date(2026, 4, 1), Score("financien", 2), Score("huisvesting", 3)),
            TODAY,
        )
        record_assessment(
            session, actor, d.casus_id, _zrm(d.persoon_id, dt.date(2026, 6, 14), Score("financien", 4)), TODAY
        )
    with service.unit_of_work() as (session, actor):
        persoon = zrm_overview(session, actor, d.casus_id, TODAY).persoon(d.persoon_id)
    stand = {lg.key: lg for lg in persoon.leefgebieden}
    assert stand["huisvesting"].current is None  # not discussed in the last meting
    assert stand["huisvesting"].latest == (Score("huisvesting", 3), dt.date(2026, 4, 1))
    assert stand["huisvesting"].stale and stand["huisvesting"].change is None
    assert stand["financien"].change == 2 and not stand["financien"].stale
    assert persoon.stale_leefgebieden == ("Huisvesting",)


def test_exactly_thirty_days_old_is_still_current(service):
    d = new_dossier(service)
    on = TODAY - dt.timedelta(days=30)
    with service.unit_of_work() as (session, actor):
        record_assessment(session, actor, d.casus_id, _zrm(d.persoon_id, on, Score("financien", 2)), TODAY)
    with service.unit_of_work() as (session, actor):
        fresh = zrm_overview(session, actor, d.casus_id, TODAY).persoon(d.persoon_id).leefgebieden[0]
        later = zrm_overview(session, actor, d.casus_id, TODAY + dt.timedelta(days=1)).persoon(d.persoon_id)
    assert fresh.key == "financien" and not fresh.stale
    assert later.leefgebieden[0].stale


def test_the_target_is_the_voldoende_zelfredzaam_level_and_the_plan_gives_its_text(service):
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        before = zrm_overview(session, actor, d.casus_id, TODAY)
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    with service.unit_of_work() as (session, actor):
        after = zrm_overview(session, actor, d.casus_id, TODAY)
    assert before.target == (4, "Voldoende zelfredzaam")
    assert all(lg.zes == "" for lg in before.personen[0].leefgebieden)
    zes = {lg.key: lg.zes for lg in after.personen[0].leefgebieden if lg.zes}
    assert zes == {"financien": "Vaste lasten op tijd betaald", "huisvesting": "Geen huurachterstand"}
    assert after.niveau_label(3) == "Beperkt zelfredzaam" and after.nvt_allowed


def test_an_instrument_without_a_voldoende_level_has_no_target_and_other_instruments_are_left_out(service):
    pg = catalog.instrument("positieve-gezondheid")
    assert target_level(pg) is None
    with service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, household(), TODAY)
        casus_id = open_casus(session, actor, hh_id, aanmelding(), TODAY, instrument_id=pg.id)
    with service.unit_of_work() as (session, actor):
        persoon_id = zrm_overview(session, actor, casus_id, TODAY).personen[0].persoon_id
        own = Assessment(persoon_id, pg.id, pg.version, TODAY, (Score(pg.leefgebieden[0].key, 7),))
        record_assessment(session, actor, casus_id, own, TODAY)
        record_assessment(session, actor, casus_id, _zrm(persoon_id, TODAY, Score("financien", 3)), TODAY)
    with service.unit_of_work() as (session, actor):
        overview = zrm_overview(session, actor, casus_id, TODAY)
    assert overview.target is None
    assert [lg for lg, _ in overview.leefgebieden] == [lg.key for lg in pg.leefgebieden]
    assert overview.other_instrument == 1
    (meting,) = overview.personen[0].metingen
    assert meting.instrument_id == pg.id
    assert overview.personen[0].leefgebieden[0].current == Score(pg.leefgebieden[0].key, 7)


def test_an_unknown_casus_is_refused_in_dutch(service):
    with pytest.raises(NotFound, match="bestaat niet"), service.unit_of_work() as (session, actor):
        zrm_overview(session, actor, "geen-casus", TODAY)


def test_latest_meting_dates_are_the_worker_s_newest_per_person_and_are_not_logged(service):
    d, kind_id, _, _ = _two_person_dossier(service)
    with service.unit_of_work() as (session, actor):
        for meting in (
            _zrm(d.persoon_id, dt.date(2026, 5, 1), Score("financien", 2)),
            _zrm(d.persoon_id, dt.date(2026, 6, 1), Score("financien", 3)),
            _zrm(d.persoon_id, dt.date(2026, 6, 12), Score("financien", 5), by="client"),
            _zrm(kind_id, dt.date(2026, 6, 10), Score("financien", 1), by="client"),
        ):
            record_assessment(session, actor, d.casus_id, meting, TODAY)
    with journaled(service) as delta, service.unit_of_work() as (session, _actor):
        dates = latest_meting_dates(session, d.casus_id)
    assert dates == {d.persoon_id: dt.date(2026, 6, 1)}  # a zelfscore is not the worker's meting
    assert delta.empty
    with pytest.raises(NotFound), service.unit_of_work() as (session, _actor):
        latest_meting_dates(session, "geen-casus")
