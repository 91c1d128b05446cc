"""Two real workspaces syncing through the real central server (#8): own changes coming back, plan texts.

* A laptop's own change coming back in the log is not written again when the row holds it already (no new
  revision), but it is when a remote change numbered between two own ones replaced the field here.
* Two laptops editing the text of the same concept plan make one conflict with both texts.
* An edit of a concept that was signed elsewhere meanwhile never replaces the signed text: it is kept as a
  conflict, in either order the server numbers the two, and the signed text still matches its plan hash.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from regie_desktop.app.plans import draft, plan_from_canonical, save_plan_draft, sign_plan
from regie_desktop.app.sync import default_client, list_conflicts, resolve_conflict, sync_now
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import plan_hash
from regie_desktop.errors import ValidationError
from regie_desktop.store.models import Huishouden, PlanVersion
from regie_desktop.sync.outbox import upload_outbox
from tests.app.factories import TODAY, consent, new_dossier, plan
from tests.sync.support import dump, state


def _set_street(service: WorkspaceService, hh_id: str, straat: str) -> None:
    from regie_desktop.app.journal import record_update

    with service.unit_of_work() as (session, actor):
        row = session.get(Huishouden, hh_id)
        assert row is not None
        assert record_update(session, actor, "huishouden", row, {"straat": straat})


def _street(service: WorkspaceService, hh_id: str) -> tuple[str, int]:
    with service.unit_of_work() as (session, _actor):
        row = session.get(Huishouden, hh_id)
        assert row is not None
        return row.straat, row.version


def _upload_only(service: WorkspaceService) -> None:
    """Send the outbox without pulling (a sync cut off after its upload)."""
    with service.unit_of_work() as (session, _actor):
        url, token = state(session).server_url, state(session).device_token
    with default_client(url, token) as client:
        upload_outbox(service.workspace.transaction, client)


def _converged(*services: WorkspaceService) -> None:
    dumps, digests = [], []
    for service in services:
        with service.unit_of_work() as (session, _actor):
            dumps.append(dump(session))
            digests.append(state(session).digest)
    for d in dumps[1:]:
        for key in d:
            assert d[key] == dumps[0][key], key
    assert len(set(digests)) == 1


def test_an_own_change_coming_back_is_not_written_again(laptops: tuple[WorkspaceService, ...]) -> None:
    anna, _bram = laptops
    d = new_dossier(anna)
    sync_now(anna)
    _set_street(anna, d.huishouden_id, "Kerkweg")
    before = _street(anna, d.huishouden_id)
    report = sync_now(anna)
    assert report.pulled >= 1 and report.applied == report.pulled
    assert _street(anna, d.huishouden_id) == before  # no second revision for the echo of its own edit


def test_a_remote_change_numbered_between_two_own_changes(laptops: tuple[WorkspaceService, ...]) -> None:
    """Log: Anna's 'Eerste' (own), Bram's 'Tweede', Anna's 'Derde' (own), all pulled by Anna in one sync after
    she sent both her changes: folding the log must end at 'Derde' although Bram's value lands in between."""
    anna, bram = laptops
    d = new_dossier(anna)
    sync_now(anna)
    sync_now(bram)
    _set_street(anna, d.huishouden_id, "Eerste")
    _upload_only(anna)  # numbered, not pulled back yet
    sync_now(bram)  # Bram has 'Eerste' and changes it knowingly
    _set_street(bram, d.huishouden_id, "Tweede")
    sync_now(bram)
    _set_street(anna, d.huishouden_id, "Derde")  # Anna has not seen 'Tweede'
    report = sync_now(anna)  # sends 'Derde', then pulls 'Eerste', 'Tweede', 'Derde'
    assert report.pulled == 3
    sync_now(bram)
    assert _street(anna, d.huishouden_id)[0] == "Derde" and _street(bram, d.huishouden_id)[0] == "Derde"
    _converged(anna, bram)
    for service in (anna, bram):  # 'Tweede' is not lost: one conflict with both values
        with service.unit_of_work() as (session, _actor):
            (conflict,) = list_conflicts(session)
        assert (conflict.field, conflict.earlier.value, conflict.later.value) == ("straat", "Tweede", "Derde")
        assert conflict.dossier_label.startswith("Fatima Jansen")


def _concept(service: WorkspaceService, casus_id: str, omschrijving: str) -> None:
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(casus_id, omschrijving=omschrijving), TODAY)


def _sign(service: WorkspaceService, casus_id: str) -> None:
    with service.unit_of_work() as (session, actor):
        current = draft(session, casus_id)
        assert current is not None
        sign_plan(session, actor, casus_id, consent(plan_hash(current)), TODAY)


def _version(service: WorkspaceService, casus_id: str) -> PlanVersion:
    with service.unit_of_work() as (session, _actor):
        return session.scalars(select(PlanVersion).where(PlanVersion.casus_id == casus_id)).one()


def _goal(row: PlanVersion) -> str:
    return str(json.loads(row.content)["doelen"][0]["omschrijving"])


def test_two_laptops_editing_one_concept_plan_text_make_one_conflict(laptops: tuple[WorkspaceService, ...]) -> None:
    anna, bram = laptops
    d = new_dossier(anna)
    _concept(anna, d.casus_id, "Schulden op een rij")
    sync_now(anna)
    sync_now(bram)
    _concept(anna, d.casus_id, "Schulden saneren")
    _concept(bram, d.casus_id, "Budgetbeheer aanvragen")
    sync_now(anna)
    sync_now(bram)
    sync_now(anna)
    _converged(anna, bram)
    assert _goal(_version(anna, d.casus_id)) == "Budgetbeheer aanvragen"  # the later in the log is shown
    for service in (anna, bram):
        with service.unit_of_work() as (session, _actor):
            conflicts = list_conflicts(session)
        assert [(c.entity, c.field) for c in conflicts] == [("plan_version", "content")]
        assert "Schulden saneren" in conflicts[0].earlier.text and "Budgetbeheer" in conflicts[0].later.text
    with anna.unit_of_work() as (session, actor):  # keeping Anna's text travels to Bram
        resolve_conflict(session, actor, conflicts[0].id, "earlier")
    sync_now(anna)
    sync_now(bram)
    assert _goal(_version(bram, d.casus_id)) == "Schulden saneren"
    _converged(anna, bram)


@pytest.mark.parametrize("first", ["edit-first", "signing-first"])
def test_an_edit_of_a_concept_signed_elsewhere_meanwhile_becomes_a_conflict(
    laptops: tuple[WorkspaceService, ...], first: str
) -> None:
    anna, bram = laptops
    d = new_dossier(anna)
    _concept(anna, d.casus_id, "Schulden op een rij")
    sync_now(anna)
    sync_now(bram)
    _sign(bram, d.casus_id)  # Bram signs the text both have, with the client at the table
    _concept(anna, d.casus_id, "Schulden saneren")  # meanwhile Anna, offline, edits the concept
    order = (anna, bram) if first == "edit-first" else (bram, anna)
    for service in (*order, *order):
        sync_now(service)
    _converged(anna, bram)
    for service in (anna, bram):
        row = _version(service, d.casus_id)
        assert row.status == "ondertekend" and _goal(row) == "Schulden op een rij"  # the signed text holds
        assert plan_hash(plan_from_canonical(json.loads(row.content))) == row.plan_hash
        with service.unit_of_work() as (session, _actor):
            conflicts = list_conflicts(session)
        assert len(conflicts) == 1 and conflicts[0].field == "content"
        texts = conflicts[0].earlier.text + conflicts[0].later.text
        assert "Schulden saneren" in texts  # Anna's edit is kept, not lost
    with anna.unit_of_work() as (session, actor):
        edit_side = "earlier" if "Schulden saneren" in conflicts[0].earlier.text else "later"
        with pytest.raises(ValidationError, match="ondertekende planversie"):
            resolve_conflict(session, actor, conflicts[0].id, edit_side)
    with anna.unit_of_work() as (session, actor):
        resolve_conflict(session, actor, conflicts[0].id, "later" if edit_side == "earlier" else "earlier")
    sync_now(anna)
    sync_now(bram)
    _converged(anna, bram)
