"""A deterministic simulator of three laptops of one team, 200 random interleavings (hypothesis).

Each laptop is a workspace schema on its own in-memory SQLite (the cipher adds nothing to what is tested
here and would cost minutes); the central store is the real one on the test database (PostgreSQL in CI),
called in-process without HTTP. Laptops edit households and the gesprek of a shared casus offline, sync in
any order and resolve conflicts; after everybody has synced twice:

* every laptop holds the same rows and conflicts, and its scope digest equals the server's;
* every change any laptop made is on the server exactly once (nothing lost, nothing twice);
* no value was overwritten silently: a value replaced by a change that had not seen it is kept in a
  conflict with that change, on every laptop.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from regie_desktop.app import gesprek as gesprek_app
from regie_desktop.app.casussen import open_casus
from regie_desktop.app.households import register_household
from regie_desktop.app.journal import Actor, record_update
from regie_desktop.app.sync import list_conflicts, resolve_conflict
from regie_desktop.central.models import Change, Team
from regie_desktop.domain.hlc import HybridClock
from regie_desktop.domain.ids import new_id
from regie_desktop.store import models
from regie_desktop.store.models import ChangeRecord, SyncConflict, SyncState
from regie_desktop.sync import wire
from regie_desktop.sync.engine import SyncEngine
from tests.app.factories import TODAY, aanmelding, household
from tests.central.conftest import TABLES
from tests.sync.support import InProcessClient, dump, enrol_in_process

LAPTOPS = 3
HH_FIELDS = ("straat", "huisnummer", "woonplaats")
GESPREK_FIELDS = ("wederkerigheid", "verwachtingen", "veiligheid")
SIMULATED = ("huishouden", "persoon", "casus", "gesprek")  # the tables these laptops write


_TEMPLATE: list[Any] = []


def _empty_schema(engine: Engine) -> None:
    """Copy a schema made once (SQLite's backup API) instead of running create_all for every laptop."""
    if not _TEMPLATE:
        template = create_engine("sqlite://", poolclass=StaticPool)
        models.Base.metadata.create_all(template)
        _TEMPLATE.append(template.raw_connection().driver_connection)
    target = engine.raw_connection()
    _TEMPLATE[0].backup(target.driver_connection)
    target.close()


class Laptop:
    def __init__(self, central: Engine, index: int) -> None:
        self.engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
        _empty_schema(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        device_id, worker_id = new_id(), new_id()
        now = dt.datetime.now(dt.UTC)
        token = enrol_in_process(central, "Team Sim", f"Werker {index}", device_id, f"{index:064x}")
        with self.transaction() as session:
            session.add(models.WorkspaceInfo(id=1, workspace_id=new_id(), device_id=device_id, created_at=now))
            session.add(models.Worker(id=worker_id, naam=f"Werker {index}", team="Team Sim", created_at=now))
            session.add(
                SyncState(
                    id=1,
                    server_url="in-process",
                    device_token=token,
                    device_id=device_id,
                    team_id="",
                    enrolled_at=now,
                    pull_cursor=0,
                    digest=wire.EMPTY_DIGEST,
                    last_error="",
                )
            )
        self.actor = Actor(worker_id=worker_id, device_id=device_id, clock=HybridClock(device_id))
        self.client = InProcessClient(central, token)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.sessions() as session, session.begin():
            yield session

    def sync(self) -> None:
        SyncEngine(self.transaction, self.client, clock=self.actor.clock, sleep=lambda _s: None).run()  # type: ignore[arg-type]


def _reset_central(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in TABLES:
            conn.execute(text(f"DELETE FROM {table}"))


OPS = st.lists(
    st.tuples(
        st.integers(0, LAPTOPS - 1),
        st.sampled_from(["huishouden", "gesprek", "gesprek", "sync", "sync", "resolve"]),
        st.integers(0, 2),
        st.integers(0, 3),
    ),
    min_size=4,
    max_size=20,
)


def _run(central: Engine, ops: list[tuple[int, str, int, int]]) -> None:
    _reset_central(central)
    laptops = [Laptop(central, i) for i in range(LAPTOPS)]
    first = laptops[0]
    with first.transaction() as session:
        hh_id = register_household(session, first.actor, household(), TODAY)
        casus_id = open_casus(session, first.actor, hh_id, aanmelding(), TODAY)
    for laptop in laptops[: 1 + len(ops) % LAPTOPS]:  # sometimes a laptop starts without the dossier
        laptop.sync()

    for who, op, field_index, value in ops:
        laptop = laptops[who]
        with laptop.transaction() as session:
            row = session.get(models.Huishouden, hh_id)
            if row is None:
                pass  # this laptop has not synced yet: the dossier is not here
            elif op == "huishouden":
                record_update(session, laptop.actor, "huishouden", row, {HH_FIELDS[field_index]: f"w{value}"})
            elif op == "gesprek":
                gesprek_app.update_gesprek(
                    session, laptop.actor, casus_id, TODAY, **{GESPREK_FIELDS[field_index]: f"tekst {value}"}
                )
            elif op == "resolve":
                open_ = list_conflicts(session)
                if open_:
                    resolve_conflict(session, laptop.actor, open_[0].id, "earlier" if value % 2 else "later")
        if op == "sync":
            laptop.sync()

    for laptop in [*laptops, *laptops[:-1]]:  # everyone sends, then the first ones fetch what came after them
        laptop.sync()
    _check(central, laptops)


def _check(central: Engine, laptops: list[Laptop]) -> None:
    dumps = []
    made: set[str] = set()
    for laptop in laptops:
        with laptop.transaction() as session:
            dumps.append(dump(session, SIMULATED))
            assert session.scalar(select(func.count()).where(ChangeRecord.sent_at.is_(None))) == 0
            made |= set(session.scalars(select(ChangeRecord.id)))
            digest = session.get(SyncState, 1).digest  # type: ignore[union-attr]
            conflicts = {
                (c.earlier_change_id, c.later_change_id, c.field) for c in session.scalars(select(SyncConflict))
            }
        with Session(central) as server:
            assert digest == server.scalars(select(Team.digest)).one()
        for conflict_key in _required_conflicts(central):
            assert conflict_key in conflicts, f"value overwritten silently: {conflict_key}"
    assert all(d == dumps[0] for d in dumps[1:])
    conflicts_seen = dumps[0]["conflicts"]
    event(f"hard conflicts: {min(sum(1 for c in conflicts_seen if c[1] == 'hard'), 3)}+")
    event(f"resolved by a worker: {any(c[1] == 'hard' and c[5] for c in conflicts_seen)}")
    with Session(central) as server:
        stored = list(server.scalars(select(Change.id)))
    assert len(stored) == len(set(stored)) and set(stored) == made


def _required_conflicts(central: Engine) -> set[tuple[str, str, str]]:
    """(earlier, later, field) for every value replaced by a change that had not seen it, from the server log."""
    required = set()
    with Session(central) as server:
        log = list(server.scalars(select(Change).order_by(Change.seq)))
    last: dict[tuple[str, str], tuple[Change, Any]] = {}
    for change in log:
        fields: dict[str, Any] = json.loads(change.fields)
        if change.entity == "sync_conflict":
            continue
        for name, value in fields.items():
            key = (change.entity_id, name)
            if key in last:
                earlier, earlier_value = last[key]
                unseen = change.base_seq < earlier.seq and change.device_id != earlier.device_id
                if unseen and earlier_value != value:
                    required.add((earlier.id, change.id, name))
            last[key] = (change, value)
    return required


@settings(
    max_examples=int(os.environ.get("REGIE_SIM_EXAMPLES", "200")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS)
def test_laptops_converge_with_nothing_lost(
    central_engine_shared: Engine, ops: list[tuple[int, str, int, int]]
) -> None:
    _run(central_engine_shared, ops)
