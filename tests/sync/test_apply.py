"""Applying pulled changes, rule by rule, on a bare workspace schema (no server needed)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from regie_desktop.domain.canonical import canonical_json
from regie_desktop.domain.hlc import HybridClock
from regie_desktop.domain.ids import new_id
from regie_desktop.store import models
from regie_desktop.store.models import ChangeRecord, SyncConflict, SyncParked
from regie_desktop.sync import wire
from regie_desktop.sync.apply import Applier

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
DEVICE = new_id()
CLOCK = HybridClock(DEVICE)
_seq = iter(range(1, 10_000))


@pytest.fixture
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    models.Base.metadata.create_all(engine)
    with Session(engine) as db, db.begin():
        yield db


def pulled(entity: str, entity_id: str, operation: str = "upsert", **fields: Any) -> wire.PulledChange:
    change = wire.Change(
        id=new_id(),
        entity=entity,
        entity_id=entity_id,
        operation=operation,  # type: ignore[arg-type]
        fields=fields,
        base_version=0,
        hlc=CLOCK.now().encode(),
        author_id=new_id(),
        device_id=new_id(),
        schema_version=wire.SCHEMA_VERSION,
    )
    return wire.PulledChange(seq=next(_seq), change=change, received_at=NOW.isoformat(), author_name="Bram")


HH = {"straat": "Dorpsstraat", "huisnummer": "1", "postcode": "3511 AB", "woonplaats": "Utrecht"}


def test_insert_then_update_and_a_tombstone_write_no_change_record(session: Session) -> None:
    hh = new_id()
    netwerk = new_id()
    casus = new_id()
    Applier(session, NOW).apply_page(
        [
            pulled("huishouden", hh, **HH),
            pulled("huishouden", hh, straat="Kerkweg"),
            pulled(
                "casus",
                casus,
                huishouden_id=hh,
                regisseur_id=new_id(),
                fase="aanmelding",
                aanmelddatum="2026-11-30",
                kanaal="zelf",
                spoed=["geen_inkomen"],
                instrument_id="zrm-2017",
            ),
            pulled("netwerk_persoon", netwerk, casus_id=casus, naam="Buurvrouw", relatie="buur"),
            pulled("netwerk_persoon", netwerk, operation="delete", verwijderd=True),
        ]
    )
    session.flush()
    row = session.get(models.Huishouden, hh)
    assert row is not None and row.straat == "Kerkweg" and row.version == 2
    casus_row = session.get(models.Casus, casus)
    assert casus_row is not None and casus_row.aanmelddatum == dt.date(2026, 11, 30)
    assert json.loads(casus_row.spoed) == ["geen_inkomen"]
    assert session.get(models.NetwerkPersoonRow, netwerk).verwijderd  # type: ignore[union-attr]
    assert session.scalars(select(ChangeRecord)).first() is None


def test_a_field_with_an_unsent_local_change_keeps_the_local_value(session: Session) -> None:
    hh = new_id()
    Applier(session, NOW).apply_page([pulled("huishouden", hh, **HH)])
    session.flush()
    session.get(models.Huishouden, hh).straat = "Mijn straat"  # type: ignore[union-attr]
    session.add(
        ChangeRecord(
            id=new_id(),
            entity="huishouden",
            entity_id=hh,
            operation="upsert",
            fields=canonical_json({"straat": "Mijn straat"}),
            base_version=1,
            hlc=CLOCK.now().encode(),
            author_id=new_id(),
            device_id=DEVICE,
            schema_version=1,
            created_at=NOW,
        )
    )
    session.flush()
    Applier(session, NOW).apply_page([pulled("huishouden", hh, straat="Hun straat", woonplaats="Zeist")])
    session.flush()
    row = session.get(models.Huishouden, hh)
    assert row is not None and (row.straat, row.woonplaats) == ("Mijn straat", "Zeist")


def test_a_change_whose_parent_is_missing_is_parked_then_applied(session: Session) -> None:
    hh, persoon = new_id(), new_id()
    person = {"huishouden_id": hh, "achternaam": "Visser", "rol": "aanvrager"}
    result = Applier(session, NOW).apply_page(
        [pulled("persoon", persoon, **person), pulled("persoon", persoon, telefoon="0612345678")]
    )
    assert result.parked == 2 and session.get(models.Persoon, persoon) is None
    Applier(session, NOW).apply_page([pulled("huishouden", hh, **HH)])
    session.flush()
    retried = Applier(session, NOW).retry_parked()
    session.flush()
    assert retried.applied == 2 and retried.parked == 0
    row = session.get(models.Persoon, persoon)
    assert row is not None and row.telefoon == "0612345678"
    assert session.scalars(select(SyncParked)).first() is None


def test_unknown_and_local_only_entities_are_skipped(session: Session) -> None:
    result = Applier(session, NOW).apply_page(
        [pulled("iets_nieuws", new_id(), x=1), pulled("device_key", new_id(), private_key="00")]
    )
    assert result.skipped == 2 and result.applied == 0
    assert session.scalars(select(models.DeviceKey)).first() is None


def test_a_signed_plan_version_is_frozen_and_the_late_edit_kept_as_a_conflict(session: Session) -> None:
    hh, casus, plan = new_id(), new_id(), new_id()
    Applier(session, NOW).apply_page(
        [
            pulled("huishouden", hh, **HH),
            pulled(
                "casus",
                casus,
                huishouden_id=hh,
                regisseur_id=new_id(),
                fase="plan",
                aanmelddatum="2026-11-30",
                kanaal="zelf",
                instrument_id="zrm-2017",
            ),
            pulled("plan_version", plan, casus_id=casus, version=1, status="concept", content='{"doel":"a"}'),
            pulled("plan_version", plan, status="ondertekend", plan_hash="ab", signed_at="2026-12-01T10:00:00Z"),
        ]
    )
    session.flush()
    late = pulled("plan_version", plan, content='{"doel":"b"}')
    result = Applier(session, NOW).apply_page([late])
    session.flush()
    row = session.get(models.PlanVersion, plan)
    assert row is not None and row.content == '{"doel":"a"}' and row.status == "ondertekend"
    assert result.new_conflicts == 1
    conflict = session.scalars(select(SyncConflict)).one()
    assert json.loads(conflict.later_value) == '{"doel":"b"}' and conflict.resolved_at is None


WORKER = new_id()


def _access(entry_id: str, operation: str = "upsert", device: str = DEVICE, **fields: Any) -> wire.PulledChange:
    """An access-log change as another laptop sends it (``journal.record_access``): the entry names its device."""
    entry = {
        "at": "2026-12-02T08:59:00.123456Z",
        "worker_id": WORKER,
        "device_id": device,
        "action": "inzien",
        "entity": "huishouden",
        "entity_id": "hh-1",
        **fields,
    }
    change = wire.Change(
        id=new_id(),
        entity="access_log",
        entity_id=entry_id,
        operation=operation,  # type: ignore[arg-type]
        fields=entry,
        base_version=0,
        hlc=CLOCK.now().encode(),
        author_id=WORKER,
        device_id=DEVICE,
        schema_version=wire.SCHEMA_VERSION,
    )
    return wire.PulledChange(seq=next(_seq), change=change, received_at=NOW.isoformat(), author_name="Bram")


def test_an_access_log_entry_is_inserted_once_and_never_changed_or_deleted(session: Session) -> None:
    entry = new_id()
    first = Applier(session, NOW).apply_page([_access(entry), _access(entry)])
    assert (first.applied, first.skipped, first.new_conflicts) == (2, 0, 0)
    later = Applier(session, NOW).apply_page(
        [
            _access(entry),  # a refetch or a resend
            _access(entry, action="plan-afdrukken-volledig", entity_id="hh-2"),  # an "update" from the wire
            _access(entry, operation="delete", vernietigd=True),  # the log is append-only
            _access(new_id(), device=new_id()),  # an entry claiming another device than the one that sent it
        ]
    )
    assert (later.applied, later.skipped, later.new_conflicts) == (2, 2, 0)
    session.flush()
    rows = session.scalars(select(models.AccessLog)).all()
    assert [(r.id, r.action, r.entity_id, r.device_id) for r in rows] == [(entry, "inzien", "hh-1", DEVICE)]
    assert rows[0].at == dt.datetime(2026, 12, 2, 8, 59, 0, 123456, tzinfo=dt.UTC)
    assert session.scalars(select(models.AccessLogKeten)).first() is None  # another device's: not in this chain
    assert session.scalars(select(ChangeRecord)).first() is None
    assert session.scalars(select(SyncConflict)).first() is None
