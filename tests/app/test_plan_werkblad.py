"""The plan worksheet (what the plan screens read) and the rules for signing that the editor relies on."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from regie_desktop.app.gesprek import add_netwerk_persoon, save_leefgebied_notitie
from regie_desktop.app.plan_werkblad import (
    OPEN_ACTION,
    new_doel,
    open_plan,
    record_print,
    start_new_version,
)
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.domain.plan import Actie, Doel, PlanStatus, WieSoort, ensure_signable, plan_hash
from regie_desktop.errors import ValidationError
from regie_desktop.store import models
from tests.app.factories import TODAY, consent, new_dossier, plan


def _sign(service: WorkspaceService, casus_id: str, **changes: object) -> str:
    with service.unit_of_work() as (session, actor):
        current = draft(session, casus_id)
        assert current is not None
        given = replace(consent(plan_hash(current)), **changes)  # type: ignore[arg-type]
        return sign_plan(session, actor, casus_id, given, TODAY)


def test_worksheet_of_a_new_casus_offers_wensen_and_people(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_leefgebied_notitie(
            session, actor, d.casus_id, LeefgebiedNotitie(d.persoon_id, "financien", wens="Rust in de post")
        )
        add_netwerk_persoon(session, actor, d.casus_id, NetwerkPersoon("Buurvrouw Els", "buren"))
        werkblad = open_plan(session, actor, d.casus_id)
        logged = session.execute(select(models.AccessLog.action)).scalars().all()
    assert werkblad.editable and werkblad.versie_id is None and werkblad.plan.doelen == ()
    assert [(w.leefgebied, w.tekst) for w in werkblad.wensen] == [("financien", "Rust in de post")]
    soorten = {o.soort for o in werkblad.wie_opties}
    assert {WieSoort.CLIENT, WieSoort.NETWERK, WieSoort.WERKER} <= soorten
    assert "Buurvrouw Els" in {o.naam for o in werkblad.wie_opties}
    assert werkblad.label("financien") != "financien"  # the instrument's label, not the key
    assert logged[-1] == OPEN_ACTION


def test_a_half_typed_concept_is_saved_but_cannot_be_signed(service: WorkspaceService) -> None:
    d = new_dossier(service)
    half = replace(
        plan(d.casus_id),
        doelen=(Doel(id="d9", leefgebied="financien", omschrijving="", acties=(Actie("", WieSoort.CLIENT, ""),)),),
        tussenevaluatie=TODAY - dt.timedelta(days=3),  # a date that passed while the concept waited
    )
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, half, TODAY)
    with pytest.raises(ValidationError, match="tussenevaluatie ligt in het verleden"):
        _sign(service, d.casus_id)
    with service.unit_of_work() as (session, _):
        assert session.scalar(select(models.ConsentRow.id)) is None
        row = session.execute(select(models.PlanVersion)).scalar_one()
        assert row.status == PlanStatus.CONCEPT.value  # nothing signed half


def test_an_empty_plan_cannot_be_signed(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, replace(plan(d.casus_id), doelen=()), TODAY)
    with pytest.raises(ValidationError, match="nog geen doel"):
        _sign(service, d.casus_id)
    with pytest.raises(ValidationError, match="nog geen doel"):
        ensure_signable(replace(plan(d.casus_id), doelen=()), {"financien"}, TODAY)


def test_withdrawn_data_processing_consent_refuses_signing(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    with pytest.raises(ValidationError, match="toestemming"):
        _sign(service, d.casus_id, data_processing_consent=False)
    with service.unit_of_work() as (session, _):
        assert session.scalar(select(models.ConsentRow.id)) is None


def test_start_new_version(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    _sign(service, d.casus_id)
    with service.unit_of_work() as (session, actor):
        werkblad = start_new_version(session, actor, d.casus_id, TODAY)
    assert werkblad.editable and werkblad.plan.version == 2
    assert werkblad.laatst_ondertekend is not None
    assert werkblad.plan.doelen == werkblad.laatst_ondertekend.doelen
    assert [(v.version, v.status) for v in werkblad.versies] == [(1, PlanStatus.ONDERTEKEND), (2, PlanStatus.CONCEPT)]
    with service.unit_of_work() as (session, actor), pytest.raises(ValidationError):
        start_new_version(session, actor, d.casus_id, TODAY)  # a concept exists already


def test_print_is_logged_and_new_doel_ids_are_unique(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        record_print(session, actor, d.casus_id, "volledig")
    with service.unit_of_work() as (session, _):
        assert session.execute(select(models.AccessLog.action)).scalars().all()[-1] == "plan-afdrukken-volledig"
    assert len({new_doel("financien").id for _ in range(50)}) == 50
