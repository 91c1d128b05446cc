"""Two real workspaces (SQLCipher) syncing through the real central server over HTTP.

Covers the acceptance points of #8 on the laptop side: offline edits in any order converge (same rows,
same scope digest as the server); the same field changed on both laptops is exactly one conflict with
both values, author and time, resolved once for the whole team; a digest mismatch refetches without
touching the unsent outbox; a revoked device uploads its outbox once and leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from regie_desktop.app import gesprek as gesprek_app
from regie_desktop.app.dossier import open_household
from regie_desktop.app.sync import WorkspaceWiped, list_conflicts, resolve_conflict, sync_now, sync_status
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.central import admin
from regie_desktop.central.models import Quarantine
from regie_desktop.store.models import AccessLog, AccessLogKeten, ChangeRecord, GesprekRow, SyncState
from regie_desktop.sync.transport import EnrolmentRefused, NotEnrolled
from tests.app.factories import BSN_B, TODAY, household, new_dossier
from tests.sync.support import dump, laptop_workspace, state

SECOND = household(achternaam="Bakker", voornamen="Daan", geboortedatum=dt.date(1990, 1, 2), bsn_=BSN_B)


def _dump(service: WorkspaceService) -> dict[str, object]:
    with service.unit_of_work() as (session, _actor):
        return dump(session)


def _digest(service: WorkspaceService) -> str:
    with service.unit_of_work() as (session, _actor):
        return state(session).digest


def _server_digest(engine: Engine) -> str:
    from regie_desktop.central.models import Team

    with Session(engine) as session:
        return session.scalars(select(Team.digest).where(Team.name == "Team Noord")).one()


def _edit(service: WorkspaceService, casus_id: str, **changes: str) -> None:
    with service.unit_of_work() as (session, actor):
        gesprek_app.update_gesprek(session, actor, casus_id, TODAY, **changes)


def _gesprek(service: WorkspaceService, casus_id: str) -> GesprekRow:
    with service.unit_of_work() as (session, _actor):
        return session.scalars(select(GesprekRow).where(GesprekRow.casus_id == casus_id)).one()


@pytest.mark.parametrize("order", ["anna-first", "bram-first"])
def test_offline_edits_converge_in_any_order(
    laptops: tuple[WorkspaceService, WorkspaceService], central_engine: Engine, order: str
) -> None:
    anna, bram = laptops
    dossier = new_dossier(anna)
    _edit(anna, dossier.casus_id, wederkerigheid="Buren helpen", verwachtingen="Rust")
    sync_now(anna)
    sync_now(bram)
    assert _dump(anna) == _dump(bram)

    # Offline: each edits other fields of the same gesprek, and each adds a dossier of its own.
    _edit(anna, dossier.casus_id, wederkerigheid="Buren en zus helpen")
    _edit(bram, dossier.casus_id, verwachtingen="Rust en overzicht")
    new_dossier(bram, SECOND)
    first, second = (anna, bram) if order == "anna-first" else (bram, anna)
    sync_now(first)
    sync_now(second)
    sync_now(first)

    assert _dump(anna) == _dump(bram)
    assert _digest(anna) == _digest(bram) == _server_digest(central_engine)
    row = _gesprek(anna, dossier.casus_id)
    assert (row.wederkerigheid, row.verwachtingen) == ("Buren en zus helpen", "Rust en overzicht")
    with anna.unit_of_work() as (session, _actor):
        assert list_conflicts(session) == []  # different fields: merged, no question to the worker
        assert sync_status(session).outbox == 0


def test_same_field_on_both_laptops_is_one_conflict_with_both_values(
    laptops: tuple[WorkspaceService, WorkspaceService], central_engine: Engine
) -> None:
    anna, bram = laptops
    dossier = new_dossier(anna)
    sync_now(anna)
    sync_now(bram)
    _edit(anna, dossier.casus_id, veiligheid="Geen zorgen")
    _edit(bram, dossier.casus_id, veiligheid="Let op de oudste zoon")
    sync_now(anna)
    report = sync_now(bram)
    sync_now(anna)
    assert report.new_conflicts == 1

    for laptop in (anna, bram):
        with laptop.unit_of_work() as (session, _actor):
            conflicts = list_conflicts(session)
        assert len(conflicts) == 1
        conflict = conflicts[0]
        assert (conflict.entity, conflict.field) == ("gesprek", "veiligheid")
        assert (conflict.earlier.value, conflict.earlier.author) == ("Geen zorgen", "Anna Jansen")
        assert (conflict.later.value, conflict.later.author) == ("Let op de oudste zoon", "Bram de Vries")
        assert conflict.earlier.at <= conflict.later.at
    assert _dump(anna) == _dump(bram)
    assert _gesprek(anna, dossier.casus_id).veiligheid == "Let op de oudste zoon"  # nothing dropped: both kept

    # Anna keeps her own value; after a round the whole team has it and nobody sees the conflict open.
    with anna.unit_of_work() as (session, actor):
        resolve_conflict(session, actor, conflicts[0].id, "earlier")
    sync_now(anna)
    sync_now(bram)
    for laptop in (anna, bram):
        assert _gesprek(laptop, dossier.casus_id).veiligheid == "Geen zorgen"
        with laptop.unit_of_work() as (session, _actor):
            assert list_conflicts(session) == []
            assert len(list_conflicts(session, include_resolved=True)) == 1
    assert _dump(anna) == _dump(bram)


def test_a_diverged_digest_refetches_the_scope_and_keeps_the_unsent_outbox(
    laptops: tuple[WorkspaceService, WorkspaceService], central_engine: Engine
) -> None:
    anna, bram = laptops
    dossier = new_dossier(anna)
    sync_now(anna)
    sync_now(bram)
    with bram.unit_of_work() as (session, _actor):
        session.get(SyncState, 1).digest = "f" * 64  # type: ignore[union-attr]

    edited: list[bool] = []

    def edit_during_pull(phase: str, _done: int, _total: int) -> None:
        if phase == "ophalen" and not edited:  # the worker types while the refetch runs
            edited.append(True)
            _edit(bram, dossier.casus_id, wederkerigheid="Tijdens het ophalen getypt")

    report = sync_now(bram, progress=edit_during_pull)
    assert report.refetched
    assert _digest(bram) == _server_digest(central_engine)
    assert _gesprek(bram, dossier.casus_id).wederkerigheid == "Tijdens het ophalen getypt"
    with bram.unit_of_work() as (session, _actor):
        unsent = session.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.sent_at.is_(None)))
    assert unsent == 2  # the edit and its access-log entry
    sync_now(bram)
    sync_now(anna)
    assert _dump(anna) == _dump(bram)


def test_a_revoked_laptop_uploads_its_outbox_once_then_leaves_no_file(
    laptops: tuple[WorkspaceService, WorkspaceService], central_engine: Engine
) -> None:
    anna, _bram = laptops
    new_dossier(anna)
    sync_now(anna)
    new_dossier(anna, SECOND)  # offline work, not yet sent
    with anna.unit_of_work() as (session, _actor):
        waiting = sorted(session.scalars(select(ChangeRecord.id).where(ChangeRecord.sent_at.is_(None))))
        device_id = state(session).device_id
    assert waiting
    with Session(central_engine) as session, session.begin():
        admin.revoke_device(session, device_id)

    with pytest.raises(WorkspaceWiped) as wiped:
        sync_now(anna)
    assert wiped.value.exit_code == 24
    assert "ingetrokken" in wiped.value.message and "gewist" in wiped.value.message
    with Session(central_engine) as session:
        kept = session.scalars(select(Quarantine.change_id).where(Quarantine.device_id == device_id)).all()
    assert sorted(k for k in kept if k) == waiting
    home = anna.home
    assert not home.exists() or list(home.rglob("*")) == []


def test_enrolling_twice_or_syncing_unenrolled_says_what_to_do(tmp_path: Path, central_url: str) -> None:
    lone = laptop_workspace(tmp_path / "los", "Cas Bakker")
    try:
        with pytest.raises(NotEnrolled):
            sync_now(lone)
    finally:
        lone.close()


def test_a_second_enrolment_is_refused(laptops: tuple[WorkspaceService, WorkspaceService], central_url: str) -> None:
    anna, _bram = laptops
    from regie_desktop.app.sync import enrol

    with pytest.raises(EnrolmentRefused, match="al aangemeld"):
        enrol(anna, central_url, "ABCD-EFGH")


def test_a_server_restored_from_an_older_backup_gets_the_lost_changes_again(
    laptops: tuple[WorkspaceService, WorkspaceService], central_engine: Engine
) -> None:
    from sqlalchemy import delete, update

    from regie_desktop.central.models import Change, Team
    from regie_desktop.sync import wire

    anna, bram = laptops
    new_dossier(anna)
    sync_now(anna)
    with anna.unit_of_work() as (session, _actor):
        made = set(session.scalars(select(ChangeRecord.id)))
    with Session(central_engine) as session, session.begin():  # the restore: the team's log is gone
        session.execute(delete(Change))
        session.execute(update(Team).values(last_seq=0, digest=wire.EMPTY_DIGEST))

    report = sync_now(anna)
    assert report.refetched and report.resent == len(made)
    with Session(central_engine) as session:
        assert set(session.scalars(select(Change.id))) == made
    sync_now(anna)
    sync_now(bram)
    assert _digest(anna) == _digest(bram) == _server_digest(central_engine)
    assert _dump(anna) == _dump(bram)


def _access_entries(service: WorkspaceService) -> list[tuple[str, str, str, str, str]]:
    with service.unit_of_work() as (session, _actor):
        rows = session.scalars(select(AccessLog).order_by(AccessLog.at, AccessLog.id))
        return [(r.id, r.device_id, r.worker_id, r.action, r.entity_id) for r in rows]


def _device(service: WorkspaceService) -> tuple[str, str]:
    with service.unit_of_work() as (_session, actor):
        return actor.device_id, actor.worker_id


def test_access_log_entries_travel_once_append_only_and_keep_both_chains_intact(
    laptops: tuple[WorkspaceService, WorkspaceService],
) -> None:
    """#12: who read which dossier on which laptop is in the whole team's log, exactly once, with its device."""
    anna, bram = laptops
    dossier = new_dossier(anna)
    with anna.unit_of_work() as (session, actor):
        open_household(session, actor, dossier.huishouden_id)
    anna_entries = _access_entries(anna)
    anna_device, anna_worker = _device(anna)
    assert ("inzien", dossier.huishouden_id) in [(e[3], e[4]) for e in anna_entries]
    assert {e[1] for e in anna_entries} == {anna_device}

    sync_now(anna)
    sync_now(bram)
    sync_now(bram)  # a second pull adds nothing
    assert _access_entries(bram) == anna_entries  # each once, with Anna's device and worker
    assert {(e[1], e[2]) for e in _access_entries(bram)} == {(anna_device, anna_worker)}

    # Bram reads the dossier too: his entry is in his own chain and reaches Anna; Anna's entries are in neither
    # his chain nor his way.
    with bram.unit_of_work() as (session, actor):
        open_household(session, actor, dossier.huishouden_id)
    sync_now(bram)
    sync_now(anna)
    bram_device, _ = _device(bram)
    assert _access_entries(anna) == _access_entries(bram)
    assert len(_access_entries(anna)) == len(anna_entries) + 1
    assert [e[1] for e in _access_entries(anna)].count(bram_device) == 1
    with bram.unit_of_work() as (session, _actor):
        assert len(session.scalars(select(AccessLogKeten)).all()) == 1  # only his own entry is chained
    for laptop in (anna, bram):
        report = laptop.check()
        assert report.ok, report.problems
        with laptop.unit_of_work() as (session, _actor):
            assert sync_status(session).outbox == 0
