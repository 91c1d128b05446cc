"""Behaviour of the use cases against the real encrypted store: duplicates, phases, ZRM, plan signing,
regiestappen and search. All people are synthetic (literal fake names or Faker nl_NL)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from faker import Faker
from sqlalchemy import select, update

from regie_desktop.app import catalog
from regie_desktop.app.assessments import history, record_assessment
from regie_desktop.app.casussen import change_phase, open_casus
from regie_desktop.app.dossier import open_household, search_households
from regie_desktop.app.households import register_household
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan, verify_all, verify_version
from regie_desktop.app.regiestappen import casus_steps, due_overview, mark_step_done, record_event
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import Fase, Spoed
from regie_desktop.domain.consent import Consent, Point, Stroke
from regie_desktop.domain.deadlines import Event, StepState
from regie_desktop.domain.household import NewHousehold, NewPerson, Rol
from regie_desktop.domain.plan import plan_hash
from regie_desktop.domain.zrm import AssessedBy, Assessment, Score
from regie_desktop.errors import DuplicateFound, NotFound, ValidationError
from regie_desktop.store import models
from tests.app.factories import (
    BSN_A,
    BSN_B,
    BSN_C,
    INSTRUMENT,
    TODAY,
    Dossier,
    aanmelding,
    client_strokes,
    consent,
    household,
    kind,
    new_dossier,
    plan,
    snapshot,
)
from tests.app.journal_support import journaled

# --- duplicates ----------------------------------------------------------------------------------------


def _register(service: WorkspaceService, hh: NewHousehold, allow_duplicate: bool = False) -> str:
    with service.unit_of_work() as (session, actor):
        return register_household(session, actor, hh, TODAY, allow_duplicate=allow_duplicate)


def test_same_bsn_is_a_duplicate_with_the_existing_household(service: WorkspaceService) -> None:
    existing = _register(service, household("Jansen", "Fatima", dt.date(1984, 3, 9), BSN_A))
    before = snapshot(service)
    other_name = household("Yilmaz", "Ayse", dt.date(1979, 11, 30), BSN_A, postcode="1012 JS")
    with pytest.raises(DuplicateFound) as caught:
        _register(service, other_name)
    assert caught.value.matches == (existing,)
    assert "al bekend" in caught.value.message
    assert snapshot(service) == before


def test_same_surname_and_birth_date_is_a_duplicate_whatever_the_case(service: WorkspaceService) -> None:
    existing = _register(service, household("de Boer", "Lotte", dt.date(1991, 7, 14), None))
    with pytest.raises(DuplicateFound) as caught:
        _register(service, household("DE BOER", "Charlotte", dt.date(1991, 7, 14), None))
    assert caught.value.matches == (existing,)
    # The same surname with another date of birth is someone else.
    _register(service, household("de Boer", "Lotte", dt.date(1992, 7, 14), None))


def test_duplicate_found_through_any_person_of_the_new_household(service: WorkspaceService) -> None:
    first = _register(service, household("Jansen", "Fatima", dt.date(1984, 3, 9), BSN_A))
    second = _register(service, household("Bakker", "Sanne", dt.date(1990, 1, 2), BSN_B))
    new = household(
        "Visser",
        "Kees",
        dt.date(1970, 5, 5),
        BSN_C,
        extra=(
            NewPerson("Fatima", "Jansen", bsn=BSN_A, rol=Rol.PARTNER),
            NewPerson("Sanne", "bakker", geboortedatum=dt.date(1990, 1, 2), rol=Rol.HUISGENOOT),
        ),
    )
    with pytest.raises(DuplicateFound) as caught:
        _register(service, new)
    assert caught.value.matches == tuple(sorted((first, second)))


def test_allow_duplicate_registers_a_second_household(service: WorkspaceService) -> None:
    existing = _register(service, household())
    again = _register(service, household(), allow_duplicate=True)
    assert again != existing
    with service.unit_of_work() as (session, _):
        assert len(session.execute(select(models.Huishouden)).all()) == 2
        assert len(session.execute(select(models.Persoon).where(models.Persoon.bsn == BSN_A)).all()) == 2


def test_duplicate_check_sees_a_household_registered_earlier_in_the_same_unit_of_work(
    service: WorkspaceService,
) -> None:
    with pytest.raises(DuplicateFound), service.unit_of_work() as (session, actor):
        register_household(session, actor, household(), TODAY)
        register_household(session, actor, household(), TODAY)
    with service.unit_of_work() as (session, _):
        assert session.execute(select(models.Huishouden)).first() is None


# --- phase machine -------------------------------------------------------------------------------------


def test_illegal_transition_is_refused_in_dutch_and_writes_nothing(service: WorkspaceService) -> None:
    d = new_dossier(service)
    before = snapshot(service)
    with pytest.raises(ValidationError) as caught, service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.TRAJECT, "Snel door")
    assert caught.value.message == (
        "Een casus in fase aanmelding kan niet naar traject. Toegestaan: afgesloten, gesprek, wachtlijst."
    )
    assert snapshot(service) == before


def test_closing_needs_a_reason_and_sets_afgesloten_op(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.GESPREK, "", at=dt.datetime(2026, 5, 11, 9, tzinfo=dt.UTC))
    before = snapshot(service)
    with pytest.raises(ValidationError, match="Geef een reden op"), service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.AFGESLOTEN, "   ")
    assert snapshot(service) == before

    at = dt.datetime(2026, 6, 15, 10, 30, tzinfo=dt.UTC)
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.AFGESLOTEN, "  Hulpvraag opgelost ", at=at)
    with service.unit_of_work() as (session, actor):
        casus = session.get(models.Casus, d.casus_id)
        assert casus is not None
        assert (casus.fase, casus.afgesloten_op, casus.version) == ("afgesloten", dt.date(2026, 6, 15), 3)
        view = open_household(session, actor, d.huishouden_id)
    (cv,) = view.casussen
    assert cv.fase is Fase.AFGESLOTEN
    assert [(van, naar, reden) for _, van, naar, reden in cv.overgangen] == [
        ("aanmelding", "gesprek", ""),
        ("gesprek", "afgesloten", "Hulpvraag opgelost"),
    ]
    with pytest.raises(ValidationError, match="Toegestaan: geen"), service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.GESPREK, "Nieuwe vraag")


def test_phase_change_of_unknown_casus_is_not_found(service: WorkspaceService) -> None:
    with pytest.raises(NotFound), service.unit_of_work() as (session, actor):
        change_phase(session, actor, "00000000-0000-0000-0000-000000000000", Fase.GESPREK, "")


def test_open_casus_for_unknown_household_is_not_found(service: WorkspaceService) -> None:
    with pytest.raises(NotFound), service.unit_of_work() as (session, actor):
        open_casus(session, actor, "00000000-0000-0000-0000-000000000000", aanmelding(), TODAY)


# --- ZRM -----------------------------------------------------------------------------------------------


def _zrm(persoon_id: str, on: dt.date, *scores: Score, by: AssessedBy = "werker") -> Assessment:
    return Assessment(persoon_id, INSTRUMENT.id, INSTRUMENT.version, on, tuple(scores), by=by)


@pytest.mark.parametrize("value", [0, 6, -1])
def test_score_outside_the_scale_is_refused(service: WorkspaceService, value: int) -> None:
    d = new_dossier(service)
    before = snapshot(service)
    with pytest.raises(ValidationError, match="past niet in de schaal 1–5"), service.unit_of_work() as (s, a):
        record_assessment(s, a, d.casus_id, _zrm(d.persoon_id, TODAY, Score("financien", value)), TODAY)
    assert snapshot(service) == before


def test_assessment_for_a_person_outside_the_household_is_refused(service: WorkspaceService) -> None:
    d = new_dossier(service)
    other = new_dossier(service, household("Bakker", "Sanne", dt.date(1990, 1, 2), BSN_B))
    with pytest.raises(NotFound), service.unit_of_work() as (session, actor):
        record_assessment(session, actor, d.casus_id, _zrm(other.persoon_id, TODAY, Score("financien", 3)), TODAY)


def test_assessment_in_the_future_or_of_another_instrument_version_is_refused(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with pytest.raises(ValidationError, match="toekomst"), service.unit_of_work() as (session, actor):
        tomorrow = TODAY + dt.timedelta(days=1)
        record_assessment(session, actor, d.casus_id, _zrm(d.persoon_id, tomorrow, Score("financien", 3)), TODAY)
    old = dataclasses.replace(_zrm(d.persoon_id, TODAY, Score("financien", 3)), instrument_version="2014.1")
    with pytest.raises(ValidationError, match="versie"), service.unit_of_work() as (session, actor):
        record_assessment(session, actor, d.casus_id, old, TODAY)


def test_history_is_oldest_first_and_the_view_shows_the_last_scores(service: WorkspaceService) -> None:
    d = new_dossier(service)
    recorded = [
        _zrm(d.persoon_id, dt.date(2026, 6, 1), Score("financien", 3), Score("huisvesting", None)),
        _zrm(d.persoon_id, dt.date(2026, 3, 1), Score("financien", 1), Score("huisvesting", 2)),
        _zrm(d.persoon_id, dt.date(2026, 6, 10), Score("financien", 5), by="client"),  # self-assessment
        _zrm(d.persoon_id, dt.date(2026, 5, 1), Score("financien", 2), Score("justitie", None, nvt=True)),
    ]
    with service.unit_of_work() as (session, actor):
        for assessment in recorded:
            record_assessment(session, actor, d.casus_id, assessment, TODAY)
    with service.unit_of_work() as (session, actor):
        dates = [a.assessed_on for a in history(session, d.persoon_id)]
        view = open_household(session, actor, d.huishouden_id)
    assert dates == [dt.date(2026, 3, 1), dt.date(2026, 5, 1), dt.date(2026, 6, 1), dt.date(2026, 6, 10)]
    persoon = next(p for p in view.personen if p.id == d.persoon_id)
    # The client's own 5 does not overwrite the worker's score; an undiscussed leefgebied keeps its earlier one.
    assert persoon.laatste_scores == {
        "financien": (Score("financien", 3), dt.date(2026, 6, 1)),
        "huisvesting": (Score("huisvesting", 2), dt.date(2026, 3, 1)),
        "justitie": (Score("justitie", None, nvt=True), dt.date(2026, 5, 1)),
    }


def test_history_on_one_date_keeps_the_order_of_recording(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        record_assessment(session, actor, d.casus_id, _zrm(d.persoon_id, TODAY, Score("financien", 2)), TODAY)
    with service.unit_of_work() as (session, actor):
        record_assessment(session, actor, d.casus_id, _zrm(d.persoon_id, TODAY, Score("financien", 4)), TODAY)
    with service.unit_of_work() as (session, actor):
        assert [a.scores[0].value for a in history(session, d.persoon_id)] == [2, 4]
        persoon = open_household(session, actor, d.huishouden_id).personen[0]
    assert persoon.laatste_scores["financien"] == (Score("financien", 4), TODAY)


# --- plan, consent and signature -----------------------------------------------------------------------


def _draft(service: WorkspaceService, d: Dossier, toelichting: str = "") -> str:
    with service.unit_of_work() as (session, actor):
        return save_plan_draft(session, actor, plan(d.casus_id, toelichting=toelichting), TODAY)


def _current_hash(service: WorkspaceService, casus_id: str) -> str:
    with service.unit_of_work() as (session, _):
        current = draft(session, casus_id)
        assert current is not None
        return plan_hash(current)


def _sign(service: WorkspaceService, casus_id: str, given: Consent | None = None) -> str:
    with service.unit_of_work() as (session, actor):
        return sign_plan(session, actor, casus_id, given or consent(_current_hash(service, casus_id)), TODAY)


def _verify(service: WorkspaceService, version_id: str) -> str:
    with service.unit_of_work() as (session, _):
        return verify_version(session, version_id)


@pytest.fixture
def signed(service: WorkspaceService) -> tuple[Dossier, str]:
    """A dossier whose plan version 1 is signed; returns it with that version's id."""
    d = new_dossier(service)
    v1 = _draft(service, d)
    _sign(service, d.casus_id)
    return d, v1


def test_a_signed_plan_is_frozen_and_editing_makes_version_two(
    service: WorkspaceService, signed: tuple[Dossier, str]
) -> None:
    d, v1 = signed
    with service.unit_of_work() as (session, _):
        row = session.get(models.PlanVersion, v1)
        assert row is not None
        frozen = (row.version, row.status, row.content, row.plan_hash, row.updated_at, row.signed_at)
        assert draft(session, d.casus_id) is None  # nothing left to edit

    v2 = _draft(service, d, toelichting="Na de eerste maand bijgesteld")
    assert v2 != v1
    with service.unit_of_work() as (session, actor):
        row = session.get(models.PlanVersion, v1)
        assert row is not None
        assert (row.version, row.status, row.content, row.plan_hash, row.updated_at, row.signed_at) == frozen
        new = session.get(models.PlanVersion, v2)
        assert new is not None
        assert (new.version, new.status, new.plan_hash, new.signed_at) == (2, "concept", None, None)
        current = draft(session, d.casus_id)
        assert current is not None and (current.version, current.toelichting) == (2, "Na de eerste maand bijgesteld")
        assert json.loads(new.content)["version"] == 2
        view = open_household(session, actor, d.huishouden_id)
    assert view.casussen[0].plan_versies == ((1, "ondertekend"), (2, "concept"))
    assert _verify(service, v1) == "geldig"

    # Version 2 needs its own consent; signing it leaves version 1 as it was.
    _sign(service, d.casus_id)
    assert (_verify(service, v1), _verify(service, v2)) == ("geldig", "geldig")
    with service.unit_of_work() as (session, _):
        assert verify_all(session) == {"geldig": 2}


def test_editing_a_draft_keeps_its_version_number(service: WorkspaceService) -> None:
    d = new_dossier(service)
    v1 = _draft(service, d)
    for text in ("Eerste aanpassing", "Tweede aanpassing", "Derde aanpassing"):
        assert _draft(service, d, toelichting=text) == v1
    with service.unit_of_work() as (session, _):
        row = session.get(models.PlanVersion, v1)
        assert row is not None
        assert (row.version, json.loads(row.content)["version"]) == (1, 1)
    _sign(service, d.casus_id)
    v2 = _draft(service, d)
    with service.unit_of_work() as (session, _):
        row = session.get(models.PlanVersion, v2)
        assert row is not None and row.version == 2


def test_consent_for_another_draft_is_refused(service: WorkspaceService) -> None:
    d = new_dossier(service)
    _draft(service, d)
    shown = _current_hash(service, d.casus_id)  # what the client read
    _draft(service, d, toelichting="Nog snel aangepast")  # the draft changed afterwards
    before = snapshot(service)
    with pytest.raises(ValidationError, match="gewijzigd nadat het ter ondertekening"):
        _sign(service, d.casus_id, consent(shown))
    assert snapshot(service) == before


def _dot() -> tuple[Stroke, ...]:
    return (tuple(Point(400 + i % 3, 300 + i % 2, 10 * i, 500) for i in range(20)),)


def _straight_line() -> tuple[Stroke, ...]:
    return (tuple(Point(100 + 12 * i, 200 + 3 * i, 10 * i, 500) for i in range(80)),)


@pytest.mark.parametrize(
    ("client", "worker", "who"),
    [
        (_dot(), None, "cliënt"),
        (_straight_line(), None, "cliënt"),
        (None, _dot(), "sociaal werker"),
        (None, _straight_line(), "sociaal werker"),
    ],
)
def test_trivial_signature_is_refused(
    service: WorkspaceService, client: tuple[Stroke, ...] | None, worker: tuple[Stroke, ...] | None, who: str
) -> None:
    d = new_dossier(service)
    _draft(service, d)
    before = snapshot(service)
    with pytest.raises(ValidationError, match=f"geen geldige handtekening gezet door de {who}"):
        _sign(service, d.casus_id, consent(_current_hash(service, d.casus_id), client=client, worker=worker))
    assert snapshot(service) == before


def test_same_strokes_for_both_signers_and_unknown_withheld_leefgebied_are_refused(service: WorkspaceService) -> None:
    d = new_dossier(service)
    _draft(service, d)
    digest = _current_hash(service, d.casus_id)
    with pytest.raises(ValidationError, match="precies gelijk"):
        _sign(service, d.casus_id, consent(digest, client=client_strokes(), worker=client_strokes()))
    with pytest.raises(ValidationError, match="Onbekend leefgebied"):
        _sign(service, d.casus_id, consent(digest, withheld=("vakantie",)))


def test_signing_without_a_draft_is_refused(service: WorkspaceService, signed: tuple[Dossier, str]) -> None:
    d, _ = signed
    with pytest.raises(ValidationError, match="geen conceptplan"):
        _sign(service, d.casus_id, consent("a" * 64))


def test_verify_untouched_record_is_geldig(service: WorkspaceService, signed: tuple[Dossier, str]) -> None:
    _, v1 = signed
    assert _verify(service, v1) == "geldig"
    with service.unit_of_work() as (session, _):
        row = session.execute(select(models.ConsentRow).where(models.ConsentRow.plan_version_id == v1)).scalar_one()
        stored = json.loads(row.content)
    assert stored["strokes"]["client"][0][0] == [client_strokes()[0][0].x, client_strokes()[0][0].y, 0, 500]
    assert stored["consent"]["plan_hash"] == _stored_hash(service, v1)


def _stored_hash(service: WorkspaceService, version_id: str) -> str | None:
    with service.unit_of_work() as (session, _):
        row = session.get(models.PlanVersion, version_id)
        assert row is not None
        return row.plan_hash


def test_verify_detects_a_plan_changed_in_the_database(service: WorkspaceService, signed: tuple[Dossier, str]) -> None:
    _, v1 = signed
    with service.unit_of_work() as (session, _):
        row = session.get(models.PlanVersion, v1)
        assert row is not None
        content = json.loads(row.content)
        content["doelen"][0]["omschrijving"] = "Alle schulden kwijtgescholden"
        session.execute(
            update(models.PlanVersion)
            .where(models.PlanVersion.id == v1)
            .values(content=json.dumps(content, ensure_ascii=False, separators=(",", ":"), sort_keys=True))
        )
    assert _verify(service, v1) == "plan_gewijzigd"
    with service.unit_of_work() as (session, _):
        assert verify_all(session) == {"plan_gewijzigd": 1}


def test_verify_detects_a_changed_plan_hash_column(service: WorkspaceService, signed: tuple[Dossier, str]) -> None:
    _, v1 = signed
    with service.unit_of_work() as (session, _):
        session.execute(update(models.PlanVersion).where(models.PlanVersion.id == v1).values(plan_hash="b" * 64))
    assert _verify(service, v1) == "plan_gewijzigd"


def _alter_consent(service: WorkspaceService, version_id: str, change: str) -> None:
    with service.unit_of_work() as (session, _):
        row = session.execute(
            select(models.ConsentRow).where(models.ConsentRow.plan_version_id == version_id)
        ).scalar_one()
        if change == "signature":
            row.signature = bytes([row.signature[0] ^ 1]) + row.signature[1:]
            return
        data = json.loads(row.content)
        if change == "stroke":
            data["strokes"]["client"][0][5][0] += 1  # one point, a tenth of a millimetre to the right
        else:
            data["consent"]["share_with_provider"] = not data["consent"]["share_with_provider"]
        row.content = json.dumps(data, separators=(",", ":"), sort_keys=True)


@pytest.mark.parametrize("change", ["stroke", "choice", "signature"])
def test_verify_detects_a_changed_consent_record(
    service: WorkspaceService, signed: tuple[Dossier, str], change: str
) -> None:
    _, v1 = signed
    _alter_consent(service, v1, change)
    assert _verify(service, v1) == "handtekening_ongeldig"


def test_verify_refuses_a_key_this_workspace_does_not_know(
    service: WorkspaceService, signed: tuple[Dossier, str]
) -> None:
    _, v1 = signed
    with service.unit_of_work() as (session, _):
        key = session.get(models.DeviceKey, 1)
        assert key is not None
        key.public_key = bytes(32)
    assert _verify(service, v1) == "onbekend_apparaat"


def test_verify_of_an_unsigned_version_is_not_found(service: WorkspaceService) -> None:
    d = new_dossier(service)
    v1 = _draft(service, d)
    with pytest.raises(NotFound):
        _verify(service, v1)


def test_signing_marks_regiestappen_one_to_three_done(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        mark_step_done(session, actor, d.casus_id, 2, dt.date(2026, 6, 1), "Al eerder gevraagd", TODAY)
    _draft(service, d)
    _sign(service, d.casus_id)
    with service.unit_of_work() as (session, _):
        steps = {s.deadline.step_number: s for s in casus_steps(session, d.casus_id, TODAY)}
        notes = dict(
            session.execute(
                select(models.RegiestapGedaan.step_number, models.RegiestapGedaan.note).where(
                    models.RegiestapGedaan.casus_id == d.casus_id
                )
            ).all()
        )
    assert {n: steps[n].state for n in (1, 2, 3, 4)} == {
        1: StepState.GEDAAN,
        2: StepState.GEDAAN,
        3: StepState.GEDAAN,
        4: StepState.ONBEKEND,
    }
    assert (steps[1].done_on, steps[2].done_on, steps[3].done_on) == (TODAY, dt.date(2026, 6, 1), TODAY)
    assert notes == {1: "Bij ondertekening van het plan", 2: "Al eerder gevraagd", 3: "Bij ondertekening van het plan"}


# --- regiestappen --------------------------------------------------------------------------------------


def _steps(service: WorkspaceService, casus_id: str) -> dict[int, tuple[dt.date | None, StepState]]:
    with service.unit_of_work() as (session, _):
        return {s.deadline.step_number: (s.deadline.due, s.state) for s in casus_steps(session, casus_id, TODAY)}


@pytest.mark.parametrize(
    ("aanmelddatum", "due"),
    [
        (dt.date(2026, 5, 4), dt.date(2026, 6, 15)),  # a Monday six weeks on: a workday
        (dt.date(2026, 4, 4), dt.date(2026, 5, 18)),  # a Saturday: moves to the Monday
        (dt.date(2026, 3, 16), dt.date(2026, 4, 28)),  # lands on Koningsdag: moves to the Tuesday
    ],
)
def test_step_one_is_due_six_weeks_after_aanmelding_on_a_workday(
    service: WorkspaceService, aanmelddatum: dt.date, due: dt.date
) -> None:
    d = new_dossier(service, aanmelddatum=aanmelddatum)
    steps = _steps(service, d.casus_id)
    assert steps[1][0] == due
    assert catalog.work_calendar().workday_on_or_after(aanmelddatum + dt.timedelta(weeks=6)) == due
    assert steps[1][1] is (StepState.TE_LAAT if due < TODAY else StepState.DEZE_WEEK)
    assert all(due is None for n, (due, _) in steps.items() if n != 1)  # nothing else has its event yet


def test_opdracht_verstuurd_starts_the_ten_workday_term_of_step_six(service: WorkspaceService) -> None:
    d = new_dossier(service, aanmelddatum=dt.date(2026, 4, 20))
    with service.unit_of_work() as (session, actor):
        # Friday 8 May 2026; Hemelvaartsdag (14 May) and Tweede Pinksterdag (25 May) do not count.
        record_event(session, actor, d.casus_id, Event.OPDRACHT_VERSTUURD, dt.date(2026, 5, 8), TODAY)
    assert _steps(service, d.casus_id)[6] == (dt.date(2026, 5, 26), StepState.TE_LAAT)
    with service.unit_of_work() as (session, actor):
        record_event(session, actor, d.casus_id, Event.OPDRACHT_VERSTUURD, dt.date(2026, 6, 1), TODAY)
    assert _steps(service, d.casus_id)[6] == (dt.date(2026, 6, 15), StepState.DEZE_WEEK)


def test_indicatie_dates_give_steps_nine_to_twelve(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        record_event(session, actor, d.casus_id, Event.INDICATIE_START, dt.date(2026, 6, 1), TODAY)
        record_event(session, actor, d.casus_id, Event.INDICATIE_EINDE, dt.date(2026, 12, 1), TODAY)  # future: ok
    steps = _steps(service, d.casus_id)
    assert steps[9][0] == dt.date(2026, 6, 15)
    assert steps[10][0] == dt.date(2026, 8, 31)  # 91 of 183 days, a Monday
    assert steps[11][0] == dt.date(2026, 10, 20)
    assert steps[12][0] == dt.date(2026, 12, 1)


def test_due_overview_puts_spoed_first_then_overdue(service: WorkspaceService) -> None:
    fake = Faker("nl_NL")
    fake.seed_instance(7)

    def hh() -> NewHousehold:
        return household(fake.last_name(), fake.first_name(), None, None)

    late = new_dossier(service, hh(), aanmelddatum=dt.date(2026, 3, 16))  # step 1 due 28 April: overdue
    calm = new_dossier(service, hh(), aanmelddatum=dt.date(2026, 6, 12))
    urgent = new_dossier(service, hh(), aanmelddatum=dt.date(2026, 6, 12), spoed=frozenset({Spoed.GEEN_INKOMEN}))
    closed = new_dossier(service, hh(), aanmelddatum=dt.date(2026, 1, 5))
    with service.unit_of_work() as (session, actor):
        record_event(session, actor, calm.casus_id, Event.OPDRACHT_VERSTUURD, dt.date(2026, 6, 5), TODAY)
        change_phase(session, actor, closed.casus_id, Fase.AFGESLOTEN, "Verhuisd naar andere gemeente")
    with journaled(service) as delta, service.unit_of_work() as (session, _):
        overview = due_overview(session, TODAY)
    assert delta.empty  # reading the overview is not a look into a dossier
    assert [c.casus_id for c in overview] == [urgent.casus_id, late.casus_id, calm.casus_id]
    by_id = {c.casus_id: c for c in overview}
    assert by_id[urgent.casus_id].spoed and not by_id[urgent.casus_id].overdue
    assert [s.step_number for s in by_id[late.casus_id].overdue] == [1]
    assert by_id[late.casus_id].overdue[0].due == dt.date(2026, 4, 28)
    assert by_id[calm.casus_id].overdue == ()
    assert [(s.step_number, s.due) for s in by_id[calm.casus_id].this_week] == [(6, dt.date(2026, 6, 19))]
    next_calm = by_id[calm.casus_id].next_step
    assert next_calm is not None and next_calm.step_number == 1
    assert by_id[late.casus_id].huishouden_id == late.huishouden_id


def test_due_overview_forgets_an_overdue_step_once_done(service: WorkspaceService) -> None:
    d = new_dossier(service, aanmelddatum=dt.date(2026, 3, 16))
    with service.unit_of_work() as (session, actor):
        mark_step_done(session, actor, d.casus_id, 1, dt.date(2026, 4, 27), "", TODAY)
        (due,) = due_overview(session, TODAY)
    assert due.overdue == ()
    assert due.next_step is not None and due.next_step.step_number == 2


def test_mark_step_done_twice_is_refused(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        mark_step_done(session, actor, d.casus_id, 4, TODAY, "", TODAY)
    before = snapshot(service)
    with pytest.raises(ValidationError, match="al als gedaan"), service.unit_of_work() as (session, actor):
        mark_step_done(session, actor, d.casus_id, 4, TODAY, "nog eens", TODAY)
    assert snapshot(service) == before


@pytest.mark.parametrize(
    ("step", "on", "message"),
    [
        (4, TODAY + dt.timedelta(days=1), "toekomst"),
        (13, TODAY, "bestaat niet"),
        (0, TODAY, "bestaat niet"),
    ],
)
def test_mark_step_done_refuses_future_dates_and_unknown_steps(
    service: WorkspaceService, step: int, on: dt.date, message: str
) -> None:
    d = new_dossier(service)
    before = snapshot(service)
    with pytest.raises(ValidationError, match=message), service.unit_of_work() as (session, actor):
        mark_step_done(session, actor, d.casus_id, step, on, "", TODAY)
    assert snapshot(service) == before


@pytest.mark.parametrize(
    ("event", "on", "message"),
    [
        (Event.OPDRACHT_VERSTUURD, TODAY + dt.timedelta(days=1), "toekomst"),
        (Event.EERSTE_CONTACT, TODAY + dt.timedelta(days=3), "toekomst"),
        (Event.AANMELDING, TODAY, "volgt uit de casus"),
        (Event.PLAN_ONDERTEKEND, TODAY, "volgt uit de casus"),
    ],
)
def test_record_event_refuses_future_and_derived_events(
    service: WorkspaceService, event: Event, on: dt.date, message: str
) -> None:
    d = new_dossier(service)
    before = snapshot(service)
    with pytest.raises(ValidationError, match=message), service.unit_of_work() as (session, actor):
        record_event(session, actor, d.casus_id, event, on, TODAY)
    assert snapshot(service) == before


# --- search --------------------------------------------------------------------------------------------


@pytest.fixture
def registered(service: WorkspaceService) -> dict[str, str]:
    ids = {
        "jansen": _register(
            service,
            household(
                "Jansen",
                "Fatima",
                dt.date(1984, 3, 9),
                BSN_A,
                extra=(kind("Noah", "Jansen"), kind("Lina", "Jansen", dt.date(2018, 2, 2))),
                postcode="3511 AB",
            ),
        ),
        "vries": _register(
            service,
            household("Vries", "Sem", dt.date(1975, 4, 4), BSN_B, postcode="1012 JS", tussenvoegsel="de"),
        ),
        "janssens": _register(service, household("Janssens", "Piet", dt.date(1960, 1, 1), None, postcode="9711 LM")),
    }
    return ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anse", ["jansen"]),
        ("JANS", ["jansen", "janssens"]),
        ("fatima jansen", ["jansen"]),
        ("noah jansen", ["jansen"]),
        ("sem de vries", ["vries"]),
        ("vries", ["vries"]),
        (BSN_A[2:7], ["jansen"]),
        (BSN_B, ["vries"]),
        ("3511ab", ["jansen"]),
        ("3511 ab", ["jansen"]),
        ("1012JS", ["vries"]),
        ("onbekend", []),
        ("   ", []),
        ("sem vries", ["vries"]),
        ("noah   jansen", ["jansen"]),
        ("%", []),
        ("_", []),
    ],
)
def test_search_households(
    service: WorkspaceService, registered: dict[str, str], text: str, expected: list[str]
) -> None:
    with service.unit_of_work() as (session, _):
        hits = search_households(session, text)
    ids = [h.huishouden_id for h in hits]
    assert len(ids) == len(set(ids))  # each household once, however many of its persons match
    assert sorted(ids) == sorted(registered[name] for name in expected)


def test_search_hit_shows_name_and_address_and_is_not_logged(
    service: WorkspaceService, registered: dict[str, str]
) -> None:
    with journaled(service) as delta, service.unit_of_work() as (session, _):
        (hit,) = search_households(session, "3511AB")
    assert delta.empty
    assert hit.huishouden_id == registered["jansen"]
    assert (hit.adres, hit.postcode) == ("Lindelaan 12a", "3511 AB")
    assert hit.naam in {"Fatima Jansen", "Noah Jansen", "Lina Jansen"}
    with service.unit_of_work() as (session, _):
        (vries,) = search_households(session, "sem")
    assert vries.naam == "Sem de Vries"


def test_search_limit_counts_households(service: WorkspaceService) -> None:
    fake = Faker("nl_NL")
    fake.seed_instance(11)
    with service.unit_of_work() as (session, actor):
        for n in range(5):
            born = dt.date(1980, 1, 1) + dt.timedelta(days=n)
            hh = household("Smit", fake.first_name(), born, None, extra=(kind(fake.first_name(), "Smit", born),))
            register_household(session, actor, hh, TODAY, allow_duplicate=True)
    with service.unit_of_work() as (session, _):
        assert len(search_households(session, "smit")) == 5
        assert len(search_households(session, "smit", limit=3)) == 3


def test_two_persons_with_one_bsn_in_a_new_household_are_refused(service: WorkspaceService) -> None:
    born = dt.date(1980, 1, 1)
    hh = household("Smit", "Anna", born, BSN_A, extra=(NewPerson("Bram", "Smit", geboortedatum=born, bsn=BSN_A),))
    with pytest.raises(ValidationError, match="hetzelfde BSN"), service.unit_of_work() as (session, actor):
        register_household(session, actor, hh, TODAY)


def test_phase_change_cannot_predate_the_previous_one_or_lie_in_the_future(service: WorkspaceService) -> None:
    dossier = new_dossier(service)
    now = dt.datetime.now(dt.UTC)
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, dossier.casus_id, Fase.GESPREK, "", at=now - dt.timedelta(days=2))
    with pytest.raises(ValidationError, match="vóór de vorige"), service.unit_of_work() as (session, actor):
        change_phase(session, actor, dossier.casus_id, Fase.PLAN, "", at=now - dt.timedelta(days=3))
    with pytest.raises(ValidationError, match="toekomst"), service.unit_of_work() as (session, actor):
        change_phase(session, actor, dossier.casus_id, Fase.PLAN, "", at=now + dt.timedelta(hours=2))
