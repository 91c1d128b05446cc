"""The journal contract: each use case leaves exactly one access-log entry and one change record per changed
entity, in the same transaction; a failure mid-way leaves neither state nor log.

Runs against the real encrypted store (the ``service`` fixture); all people are synthetic.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.casussen import change_phase, open_casus
from regie_desktop.app.dossier import open_household
from regie_desktop.app.gesprek import add_netwerk_persoon, save_gesprek, save_leefgebied_notitie
from regie_desktop.app.households import register_household
from regie_desktop.app.journal import Actor
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.regiestappen import mark_step_done, record_event
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.deadlines import Event
from regie_desktop.domain.gesprek import GesprekVelden, Informatie, LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.domain.household import NewPerson, Rol
from regie_desktop.domain.plan import plan_hash
from regie_desktop.domain.zrm import Assessment, Score
from regie_desktop.errors import ValidationError
from regie_desktop.store import models
from tests.app.factories import (
    BSN_B,
    INSTRUMENT,
    TODAY,
    Dossier,
    aanmelding,
    consent,
    household,
    kind,
    new_dossier,
    plan,
    snapshot,
)
from tests.app.journal_support import Delta, journaled


class Boom(Exception):
    """Raised on purpose inside a unit of work."""


def _assessment(persoon_id: str, on: dt.date = dt.date(2026, 6, 1), financien: int = 2) -> Assessment:
    return Assessment(
        person_id=persoon_id,
        instrument_id=INSTRUMENT.id,
        instrument_version=INSTRUMENT.version,
        assessed_on=on,
        scores=(Score("financien", financien), Score("huisvesting", 4), Score("justitie", None, nvt=True)),
    )


def _sign(service: WorkspaceService, casus_id: str) -> str:
    with service.unit_of_work() as (session, actor):
        current = draft(session, casus_id)
        assert current is not None
        return sign_plan(session, actor, casus_id, consent(plan_hash(current)), TODAY)


def _assert_common(delta: Delta, actor_worker: str, actor_device: str) -> None:
    hlcs = [c.hlc for c in delta.changes]
    assert len(set(hlcs)) == len(hlcs)  # every change its own clock tick
    for c in delta.changes:
        assert c.operation == "upsert"
        assert c.author_id == actor_worker
        assert c.device_id == actor_device


def _actor(service: WorkspaceService) -> Actor:
    with service.unit_of_work() as (_, actor):
        return actor


# --- one access-log entry and one change record per changed entity ---------------------------------------


def test_register_household_logs_household_and_each_person(service: WorkspaceService) -> None:
    hh = household(extra=(kind(), NewPerson("Sem", "de Vries", rol=Rol.PARTNER)))
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, hh, TODAY)
    assert delta.entities == Counter({"huishouden": 1, "persoon": 3})
    assert delta.accesses == [("registreren", "huishouden", hh_id)]
    assert delta.only("huishouden").entity_id == hh_id
    assert delta.only("huishouden").base_version == 0
    assert delta.only("huishouden").fields["postcode"] == "3511 AB"
    for person in (c for c in delta.changes if c.entity == "persoon"):
        assert person.base_version == 0
        assert person.fields["huishouden_id"] == hh_id
    _assert_common(delta, actor.worker_id, actor.device_id)


def test_open_casus_logs_the_casus(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, household(), TODAY)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        casus_id = open_casus(session, actor, hh_id, aanmelding(), TODAY)
    assert delta.entities == Counter({"casus": 1})
    change = delta.only("casus")
    assert (change.entity_id, change.base_version) == (casus_id, 0)
    assert change.fields["fase"] == "aanmelding"
    assert change.fields["huishouden_id"] == hh_id
    assert change.fields["regisseur_id"] == actor.worker_id
    assert delta.accesses == [("aanmelden", "casus", casus_id)]


def test_change_phase_logs_the_transition_and_the_casus(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.GESPREK, "")
    assert delta.entities == Counter({"fase_overgang": 1, "casus": 1})
    assert delta.only("casus").fields == {"fase": "gesprek"}
    assert delta.only("casus").base_version == 1
    overgang = delta.only("fase_overgang")
    assert (overgang.fields["van"], overgang.fields["naar"], overgang.base_version) == ("aanmelding", "gesprek", 0)
    assert delta.accesses == [("fase:gesprek", "casus", d.casus_id)]

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.AFGESLOTEN, "Hulpvraag opgelost")
    assert delta.entities == Counter({"fase_overgang": 1, "casus": 1})
    assert set(delta.only("casus").fields) == {"fase", "afgesloten_op"}
    assert delta.only("casus").base_version == 2
    assert delta.accesses == [("fase:afgesloten", "casus", d.casus_id)]


def test_leefgebied_notitie_logs_only_the_changed_field_and_nothing_when_unchanged(service: WorkspaceService) -> None:
    d = new_dossier(service)
    first = LeefgebiedNotitie(d.persoon_id, "financien", zorg="Huurachterstand", kracht="Wil graag", wens="Rust")
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert save_leefgebied_notitie(session, actor, d.casus_id, first) is True
    insert = delta.only("leefgebied_notitie")
    assert insert.base_version == 0
    assert insert.fields == {
        "casus_id": d.casus_id,
        "persoon_id": d.persoon_id,
        "leefgebied": "financien",
        "zorg": "Huurachterstand",
        "kracht": "Wil graag",
        "wens": "Rust",
        "niet_besproken": False,
    }
    assert delta.accesses == [("gesprek-bijwerken", "casus", d.casus_id)]

    second = LeefgebiedNotitie(d.persoon_id, "financien", zorg="Huurachterstand", kracht="Wil graag", wens="Overzicht")
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert save_leefgebied_notitie(session, actor, d.casus_id, second) is True
    update = delta.only("leefgebied_notitie")
    assert update.entity_id == insert.entity_id
    assert update.fields == {"wens": "Overzicht"}
    assert update.base_version == 1
    assert delta.accesses == [("gesprek-bijwerken", "casus", d.casus_id)]

    # Autosave of the same text (surrounding spaces are trimmed away, so this is the same content too).
    same = LeefgebiedNotitie(d.persoon_id, "financien", zorg="Huurachterstand ", kracht="Wil graag", wens="Overzicht")
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert save_leefgebied_notitie(session, actor, d.casus_id, same) is False
    assert delta.empty

    third = LeefgebiedNotitie(d.persoon_id, "financien", zorg="", kracht="Wil graag", wens="Overzicht")
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        save_leefgebied_notitie(session, actor, d.casus_id, third)
    assert delta.only("leefgebied_notitie").fields == {"zorg": ""}
    assert delta.only("leefgebied_notitie").base_version == 2
    with service.unit_of_work() as (session, _):
        row = session.get(models.LeefgebiedNotitieRow, insert.entity_id)
        assert row is not None and row.version == 3


def test_save_gesprek_logs_insert_then_only_changed_fields(service: WorkspaceService) -> None:
    d = new_dossier(service)
    velden = GesprekVelden(
        hulpvraag_toelichting="Overzicht in de post",
        wederkerigheid="Helpt de buurvrouw met boodschappen",
        informatie_gegeven=((Informatie.PRIVACY, dt.date(2026, 6, 1)),),
    )
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert save_gesprek(session, actor, d.casus_id, velden, TODAY) is True
    insert = delta.only("gesprek")
    assert insert.base_version == 0
    assert insert.fields["informatie_gegeven"] == {"privacy": "2026-06-01"}
    assert delta.entities == Counter({"gesprek": 1})
    assert delta.accesses == [("gesprek-bijwerken", "casus", d.casus_id)]

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert save_gesprek(session, actor, d.casus_id, velden, TODAY) is False
    assert delta.empty

    more_info = GesprekVelden(
        hulpvraag_toelichting="Overzicht in de post",
        wederkerigheid="Helpt de buurvrouw met boodschappen",
        informatie_gegeven=(
            (Informatie.KLACHTENPROCEDURE, dt.date(2026, 6, 10)),
            (Informatie.PRIVACY, dt.date(2026, 6, 1)),
        ),
    )
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert save_gesprek(session, actor, d.casus_id, more_info, TODAY) is True
    update = delta.only("gesprek")
    assert update.fields == {"informatie_gegeven": {"klachtenprocedure": "2026-06-10", "privacy": "2026-06-01"}}
    assert update.base_version == 1
    assert len(delta.accesses) == 1


def test_add_netwerk_persoon_logs_one_change(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        row_id = add_netwerk_persoon(
            session, actor, d.casus_id, NetwerkPersoon("Anna Smit", "buurvrouw", "Boodschappen")
        )
    assert delta.entities == Counter({"netwerk_persoon": 1})
    assert delta.only("netwerk_persoon").entity_id == row_id
    assert delta.only("netwerk_persoon").fields["casus_id"] == d.casus_id
    assert delta.accesses == [("netwerk-toevoegen", "casus", d.casus_id)]


def test_record_assessment_logs_one_change_with_its_scores(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        row_id = record_assessment(session, actor, d.casus_id, _assessment(d.persoon_id), TODAY)
    assert delta.entities == Counter({"zrm_assessment": 1})
    change = delta.only("zrm_assessment")
    assert change.entity_id == row_id
    assert [s["leefgebied"] for s in change.fields["scores"]] == ["financien", "huisvesting", "justitie"]
    assert delta.accesses == [("zrm-scoren", "casus", d.casus_id)]


def test_save_plan_draft_new_update_and_next_version(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        v1 = save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    insert = delta.only("plan_version")
    assert delta.entities == Counter({"plan_version": 1})
    assert (insert.entity_id, insert.base_version) == (v1, 0)
    assert (insert.fields["version"], insert.fields["status"]) == (1, "concept")
    assert delta.accesses == [("plan-opstellen", "casus", d.casus_id)]

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert save_plan_draft(session, actor, plan(d.casus_id, toelichting="Na overleg"), TODAY) == v1
    update = delta.only("plan_version")
    assert delta.entities == Counter({"plan_version": 1})
    assert set(update.fields) == {"content"}
    assert update.base_version == 1
    assert delta.accesses == [("plan-bijwerken", "casus", d.casus_id)]

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert save_plan_draft(session, actor, plan(d.casus_id, toelichting="Na overleg"), TODAY) == v1
    assert delta.empty

    with service.unit_of_work() as (session, _):
        row = session.get(models.PlanVersion, v1)
        assert row is not None
        assert row.version == 1  # the plan's version number is not a row revision counter

    _sign(service, d.casus_id)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        v2 = save_plan_draft(session, actor, plan(d.casus_id, toelichting="Versie twee"), TODAY)
    assert v2 != v1
    new = delta.only("plan_version")
    assert (new.entity_id, new.base_version) == (v2, 0)
    assert (new.fields["version"], new.fields["status"]) == (2, "concept")
    assert delta.accesses == [("plan-opstellen", "casus", d.casus_id)]


def test_sign_plan_logs_version_consent_and_steps_with_one_access(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        v1 = save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    with journaled(service) as delta:
        consent_id = _sign(service, d.casus_id)
    assert delta.entities == Counter({"plan_version": 1, "consent": 1, "regiestap_gedaan": 3})
    signed = delta.only("plan_version")
    assert (signed.entity_id, signed.base_version) == (v1, 1)
    # The signing carries the text it signed, so a concurrent concept edit elsewhere cannot replace it (#8).
    assert set(signed.fields) == {"status", "plan_hash", "signed_at", "content"}
    assert signed.fields["status"] == "ondertekend"
    assert delta.only("consent").entity_id == consent_id
    assert sorted(c.fields["step_number"] for c in delta.changes if c.entity == "regiestap_gedaan") == [1, 2, 3]
    assert delta.accesses == [("plan-ondertekenen", "casus", d.casus_id)]


def test_record_event_logs_insert_update_and_nothing_when_unchanged(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        record_event(session, actor, d.casus_id, Event.OPDRACHT_VERSTUURD, dt.date(2026, 6, 1), TODAY)
    assert delta.entities == Counter({"regiestap_gebeurtenis": 1})
    assert delta.only("regiestap_gebeurtenis").fields == {
        "casus_id": d.casus_id,
        "event": "opdracht_verstuurd",
        "on": "2026-06-01",
    }
    assert delta.accesses == [("gebeurtenis:opdracht_verstuurd", "casus", d.casus_id)]

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        record_event(session, actor, d.casus_id, Event.OPDRACHT_VERSTUURD, dt.date(2026, 6, 2), TODAY)
    assert delta.only("regiestap_gebeurtenis").fields == {"on": "2026-06-02"}
    assert delta.only("regiestap_gebeurtenis").base_version == 1
    assert len(delta.accesses) == 1

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        record_event(session, actor, d.casus_id, Event.OPDRACHT_VERSTUURD, dt.date(2026, 6, 2), TODAY)
    assert delta.empty


def test_mark_step_done_logs_one_change(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        mark_step_done(session, actor, d.casus_id, 4, dt.date(2026, 6, 12), "  Uitgelegd aan tafel ", TODAY)
    change = delta.only("regiestap_gedaan")
    assert delta.entities == Counter({"regiestap_gedaan": 1})
    assert change.fields == {
        "casus_id": d.casus_id,
        "step_number": 4,
        "done_on": "2026-06-12",
        "note": "Uitgelegd aan tafel",
        "door": _actor(service).worker_id,
    }
    assert delta.accesses == [("regiestap:4", "casus", d.casus_id)]


def test_open_household_logs_a_read_and_changes_nothing(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        record_assessment(session, actor, d.casus_id, _assessment(d.persoon_id), TODAY)
    before = snapshot(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        open_household(session, actor, d.huishouden_id)
    assert delta.changes == []
    assert delta.accesses == [("inzien", "huishouden", d.huishouden_id)]
    after = snapshot(service)
    for name, rows in before.rows.items():
        # The log, its hash chain and the change record carrying the entry (checked by ``journaled``).
        if name not in ("access_log", "access_log_keten", "change_record"):
            assert after.rows[name] == rows, name


# --- a failure mid-way leaves neither state nor log ------------------------------------------------------

UseCase = Callable[[Session, Actor, Dossier], object]


def _prepare_plan(service: WorkspaceService, d: Dossier) -> None:
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)


def _sign_in(session: Session, actor: Actor, d: Dossier) -> object:
    current = draft(session, d.casus_id)
    assert current is not None
    return sign_plan(session, actor, d.casus_id, consent(plan_hash(current)), TODAY)


USE_CASES: dict[str, UseCase] = {
    "register_household": lambda s, a, d: register_household(
        s, a, household("Bakker", "Sanne", dt.date(1990, 1, 2), BSN_B), TODAY
    ),
    "open_casus": lambda s, a, d: open_casus(s, a, d.huishouden_id, aanmelding(), TODAY),
    "change_phase": lambda s, a, d: change_phase(s, a, d.casus_id, Fase.AFGESLOTEN, "Verhuisd"),
    "save_leefgebied_notitie": lambda s, a, d: save_leefgebied_notitie(
        s, a, d.casus_id, LeefgebiedNotitie(d.persoon_id, "huisvesting", zorg="Tocht")
    ),
    "save_gesprek": lambda s, a, d: save_gesprek(
        s, a, d.casus_id, GesprekVelden(verwachtingen="Snel duidelijkheid"), TODAY
    ),
    "add_netwerk_persoon": lambda s, a, d: add_netwerk_persoon(s, a, d.casus_id, NetwerkPersoon("Kees Visser", "oom")),
    "record_assessment": lambda s, a, d: record_assessment(s, a, d.casus_id, _assessment(d.persoon_id), TODAY),
    "save_plan_draft": lambda s, a, d: save_plan_draft(s, a, plan(d.casus_id, toelichting="Gewijzigd"), TODAY),
    "sign_plan": _sign_in,
    "record_event": lambda s, a, d: record_event(s, a, d.casus_id, Event.EERSTE_CONTACT, dt.date(2026, 6, 10), TODAY),
    "mark_step_done": lambda s, a, d: mark_step_done(s, a, d.casus_id, 5, dt.date(2026, 6, 10), "", TODAY),
    "open_household": lambda s, a, d: open_household(s, a, d.huishouden_id),
}


@pytest.mark.parametrize("name", sorted(USE_CASES))
def test_exception_after_use_case_rolls_back_state_and_log(service: WorkspaceService, name: str) -> None:
    d = new_dossier(service)
    _prepare_plan(service, d)
    before = snapshot(service)
    with pytest.raises(Boom), service.unit_of_work() as (session, actor):
        USE_CASES[name](session, actor, d)
        session.flush()  # the rows really reached the database before the failure
        raise Boom
    assert snapshot(service) == before


def test_rows_are_written_inside_the_transaction_before_the_failure(service: WorkspaceService) -> None:
    """The rollback test above proves something only if the rows were there inside the transaction."""
    d = new_dossier(service)
    before = snapshot(service).table_counts()
    with pytest.raises(Boom), service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.GESPREK, "")
        session.flush()
        # The casus, the phase move and the access-log entry.
        assert len(session.execute(select(models.ChangeRecord)).all()) == before["change_record"] + 3
        assert len(session.execute(select(models.AccessLog)).all()) == before["access_log"] + 1
        assert len(session.execute(select(models.FaseOvergang)).all()) == before["fase_overgang"] + 1
        raise Boom
    assert snapshot(service).table_counts() == before


def test_invalid_second_person_writes_nothing(service: WorkspaceService) -> None:
    before = snapshot(service)
    hh = household(extra=(NewPerson("Sem", "Jansen", bsn="123456789", rol=Rol.PARTNER),))
    with pytest.raises(ValidationError, match="BSN"), service.unit_of_work() as (session, actor):
        register_household(session, actor, hh, TODAY)
    assert snapshot(service) == before


def test_raise_after_successful_register_in_same_unit_of_work_writes_nothing(service: WorkspaceService) -> None:
    before = snapshot(service)
    with pytest.raises(Boom), service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, household(extra=(kind(),)), TODAY)
        open_casus(session, actor, hh_id, aanmelding(), TODAY)
        session.flush()
        raise Boom
    assert snapshot(service) == before


def test_validation_error_after_earlier_use_cases_rolls_back_all_of_them(service: WorkspaceService) -> None:
    before = snapshot(service)
    with pytest.raises(ValidationError, match="kan niet naar"), service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, household(), TODAY)
        casus_id = open_casus(session, actor, hh_id, aanmelding(), TODAY)
        change_phase(session, actor, casus_id, Fase.TRAJECT, "")  # aanmelding → traject is not allowed
    assert snapshot(service) == before


def test_refused_signature_after_draft_in_same_unit_of_work_writes_nothing(service: WorkspaceService) -> None:
    d = new_dossier(service)
    before = snapshot(service)
    with pytest.raises(ValidationError), service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
        current = draft(session, d.casus_id)
        assert current is not None
        sign_plan(session, actor, d.casus_id, consent("0" * 64), TODAY)
    assert snapshot(service) == before


def test_failing_access_log_write_takes_the_change_with_it(
    service: WorkspaceService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection at the last write of a use case: state and change record must not survive alone."""
    import regie_desktop.app.households as households

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("schijf vol")

    monkeypatch.setattr(households, "record_access", broken)
    before = snapshot(service)
    with pytest.raises(OSError), service.unit_of_work() as (session, actor):
        register_household(session, actor, household(), TODAY)
    assert snapshot(service) == before


def test_committed_unit_of_work_keeps_state_and_log_together(service: WorkspaceService) -> None:
    """The positive side: after a commit, every changed row has its change record and every use case its log."""
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, household(extra=(kind(),)), TODAY)
        casus_id = open_casus(session, actor, hh_id, aanmelding(), TODAY)
        change_phase(session, actor, casus_id, Fase.GESPREK, "")
    assert delta.entities == Counter({"huishouden": 1, "persoon": 2, "casus": 2, "fase_overgang": 1})
    assert [a.action for a in delta.accesses] == ["registreren", "aanmelden", "fase:gesprek"]
