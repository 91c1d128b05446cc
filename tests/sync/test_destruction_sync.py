"""A destroyed dossier travels (#12): the tombstones from the outbox reach the central store and every other
laptop of the team deletes the dossier when it syncs; both laptops end with the same rows and digest."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from regie_desktop.app.bewaartermijnen import compact, destroy_casus
from regie_desktop.app.gesprek import save_leefgebied_notitie
from regie_desktop.app.plans import save_plan_draft, sign_plan
from regie_desktop.app.sync import sync_now
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.central.models import Change
from regie_desktop.domain.gesprek import LeefgebiedNotitie
from regie_desktop.domain.plan import plan_hash
from regie_desktop.store import models
from regie_desktop.sync.apply import reset_for_refetch
from tests.app.factories import TODAY, consent, household, new_dossier, plan
from tests.sync.support import dump, state


def test_destruction_reaches_the_other_laptop(laptops: tuple[WorkspaceService, ...], central_engine: Engine) -> None:
    anna, bram = laptops
    gone = new_dossier(anna, household(achternaam="Zwartkruis", voornamen="Wilhelmina", bsn_=None))
    kept = new_dossier(anna, household(achternaam="Kramer", voornamen="Ans", bsn_=None))
    with anna.unit_of_work() as (session, actor):
        note = LeefgebiedNotitie(gone.persoon_id, "huisvesting", zorg="Schimmel op de slaapkamermuur")
        save_leefgebied_notitie(session, actor, gone.casus_id, note)
        content = plan(gone.casus_id, omschrijving="Woningcorporatie bellen")
        save_plan_draft(session, actor, content, TODAY)
        sign_plan(session, actor, gone.casus_id, consent(plan_hash(content)), TODAY)
    sync_now(anna)
    sync_now(bram)
    with bram.unit_of_work() as (session, _):
        assert session.get(models.Casus, gone.casus_id) is not None, "bram has the dossier before"

    with anna.unit_of_work() as (session, _):
        casus = session.get(models.Casus, gone.casus_id)
        assert casus is not None
        casus.afgesloten_op = dt.date(2005, 1, 1)  # test set-up: closed long ago (a local column here)
    with anna.unit_of_work() as (session, actor):
        result = destroy_casus(session, actor, gone.casus_id, TODAY)
    compact(anna)
    assert result.tombstones > 0
    sync_now(anna)
    sync_now(bram)

    for laptop in (anna, bram):
        with laptop.unit_of_work() as (session, _):
            assert session.get(models.Casus, gone.casus_id) is None
            assert session.get(models.Huishouden, gone.huishouden_id) is None
            assert session.get(models.Persoon, gone.persoon_id) is None
            assert not session.scalars(
                select(models.PlanVersion).where(models.PlanVersion.casus_id == gone.casus_id)
            ).all()
            assert session.get(models.Casus, kept.casus_id) is not None
            assert not session.scalars(select(models.SyncParked)).all(), "nothing left waiting"
    with anna.unit_of_work() as (session, _):
        anna_rows, anna_digest = dump(session), state(session).digest
    with bram.unit_of_work() as (session, _):
        bram_rows, bram_digest = dump(session), state(session).digest
    assert anna_rows == bram_rows and anna_digest == bram_digest
    with Session(central_engine) as session:
        tombstones = session.scalars(
            select(Change.entity_id).where(Change.operation == "delete", Change.fields == '{"vernietigd":true}')
        ).all()
    assert {gone.casus_id, gone.huishouden_id, gone.persoon_id} <= set(tombstones)
    with Session(central_engine) as session:
        destroyed = {gone.casus_id, gone.huishouden_id, gone.persoon_id}
        earlier = session.scalars(
            select(Change).where(Change.entity_id.in_(destroyed), Change.operation == "upsert")
        ).all()
        assert earlier and all(c.fields == "{}" and c.conflicts == "[]" for c in earlier), "emptied centrally"
        everything = " ".join(c.fields for c in session.scalars(select(Change)))
        assert "Zwartkruis" not in everything and "Schimmel op de slaapkamermuur" not in everything
        assert "Kramer" in everything, "the other dossier is untouched"

    # A laptop that fetches the whole log again gets the emptied changes and the tombstones: nothing of the
    # dossier comes back and nothing is left waiting.
    with bram.unit_of_work() as (session, _):
        reset_for_refetch(session, state(session))
    sync_now(bram)
    with bram.unit_of_work() as (session, _):
        assert session.get(models.Casus, gone.casus_id) is None
        assert session.get(models.Persoon, gone.persoon_id) is None
        assert session.get(models.Casus, kept.casus_id) is not None
        assert not session.scalars(select(models.SyncParked)).all()
        assert state(session).digest == anna_digest
