"""The consent screen's read model: a signed version gives back exactly the consent that was signed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from regie_desktop.app.consent_view_model import signed_consent
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import plan_hash
from regie_desktop.errors import NotFound
from regie_desktop.store import models
from tests.app.factories import TODAY, client_strokes, consent, new_dossier, plan, worker_strokes


def _version_id(service: WorkspaceService) -> str:
    with service.unit_of_work() as (session, _):
        found = session.scalar(select(models.PlanVersion.id))
    assert found is not None
    return found


def test_a_signed_version_gives_back_its_choices_names_and_strokes(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
        current = draft(session, d.casus_id)
        assert current is not None
        given = consent(plan_hash(current), withheld=("huisvesting",))
        sign_plan(session, actor, d.casus_id, given, TODAY)
    with service.unit_of_work() as (session, _):
        found = signed_consent(session, _version_id(service))
    assert found.share_with_provider is True
    assert found.withheld_leefgebieden == ("huisvesting",)
    assert found.data_processing_consent is True
    assert found.plan_hash == given.plan_hash
    assert found.client_signature.signer_name == "Fatima Jansen"
    assert found.client_signature.strokes == client_strokes()
    assert found.worker_signature.strokes == worker_strokes()
    assert found.client_signature.signed_at.utcoffset() is not None


def test_a_concept_or_a_damaged_record_is_not_found(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    version_id = _version_id(service)
    with service.unit_of_work() as (session, _), pytest.raises(NotFound, match="niet ondertekend"):
        signed_consent(session, version_id)
    with service.unit_of_work() as (session, actor):
        current = draft(session, d.casus_id)
        assert current is not None
        sign_plan(session, actor, d.casus_id, consent(plan_hash(current)), TODAY)
    with service.unit_of_work() as (session, _):
        row = session.execute(select(models.ConsentRow)).scalar_one()
        row.content = '{"consent": {}}'
    with service.unit_of_work() as (session, _), pytest.raises(NotFound, match="beschadigd"):
        signed_consent(session, version_id)
