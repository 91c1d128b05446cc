"""Helpers for the sync tests: enrolled workspaces, a row dump to compare laptops, an in-process client.

``dump`` is what "converged" means: every synced entity's rows with their travelling columns, without the
local bookkeeping (timestamps of this laptop, row revisions, ids of ZRM score rows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from regie_desktop.app.sync import enrol
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.central import admin, protocol
from regie_desktop.store.keyfile import MINIMUM_KDF
from regie_desktop.store.models import SyncConflict, SyncState
from regie_desktop.sync import wire
from regie_desktop.sync.apply import ENTITIES, revision_column
from tests.central.support import add_worker, issue_code
from tests.conftest import PASSPHRASE

LOCAL = {"created_at", "updated_at"}


def enrol_workspace(service: WorkspaceService, url: str, engine: Engine, team: str, worker: str) -> None:
    code = issue_code(engine, add_worker(engine, team, worker))
    enrol(service, url, code)


def laptop_workspace(path: Path, name: str, team: str = "Team Noord") -> WorkspaceService:
    """A new encrypted workspace of worker ``name`` in ``team`` (not enrolled yet)."""
    service = WorkspaceService(home=path, kdf=MINIMUM_KDF)
    service.create(name, PASSPHRASE, team=team)
    return service


def dump(session: Session, entities: tuple[str, ...] | None = None) -> dict[str, Any]:
    """``entities`` limits the comparison to the tables a test writes (every synced table otherwise)."""
    out: dict[str, Any] = {}
    for entity, model in sorted(ENTITIES.items()):
        if entities is not None and entity not in entities:
            continue
        skip = LOCAL | {revision_column(model)}
        if model.__name__ == "PlanVersion":
            skip = LOCAL | {"revision"}
        columns = [c.name for c in model.__table__.columns if c.name not in skip]  # type: ignore[attr-defined]
        rows = []
        for row in session.scalars(select(model)):
            item = {name: getattr(row, name) for name in columns}
            if entity == "zrm_assessment":
                item["scores"] = sorted((s.leefgebied, s.value, s.nvt) for s in row.scores)  # type: ignore[attr-defined]
            rows.append(item)
        out[entity] = sorted(rows, key=lambda r: str(r["id"]))
    out["conflicts"] = sorted(
        (c.id, c.kind, c.field, c.earlier_value, c.later_value, c.resolved_at is not None, c.choice)
        for c in session.scalars(select(SyncConflict))
    )
    return out


def state(session: Session) -> SyncState:
    row = session.get(SyncState, 1)
    assert row is not None
    return row


class InProcessClient:
    """The central store's protocol called directly (no HTTP) on the test database: for the simulator,
    where thousands of round trips over a socket would cost minutes and tell nothing more."""

    def __init__(self, engine: Engine, token: str) -> None:
        self._engine = engine
        self._token = token

    @contextmanager
    def _caller(self) -> Iterator[tuple[Session, protocol.Caller]]:
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            yield session, protocol.authenticate(session, self._token)

    def push_retrying(self, changes: list[wire.Change], **_: Any) -> wire.PushResponse:
        with self._caller() as (session, who):
            return protocol.push(session, who, [c.model_dump() for c in changes])

    def pull(self, after: int, limit: int = 500) -> wire.PullResponse:
        with self._caller() as (session, who):
            return protocol.pull(session, who, after, limit)

    def digest(self) -> wire.ScopeDigest:
        with self._caller() as (session, who):
            return protocol.digest(session, who)

    def close(self) -> None:
        pass


def enrol_in_process(engine: Engine, team: str, worker: str, device_id: str, public_key: str) -> str:
    """A device row for a simulated laptop (the enrolment proof is tested elsewhere); returns its token."""
    with Session(engine) as session, session.begin():
        try:
            team_row = admin.find_team(session, team)
        except Exception:
            team_row = admin.add_team(session, team)
        worker_row = admin.add_worker(session, team_row.name, worker)
        secret = admin.new_token_secret()
        from regie_desktop.central.models import Device

        session.add(
            Device(
                id=device_id,
                worker_id=worker_row.id,
                team_id=team_row.id,
                name="",
                public_key=public_key,
                token_hash=admin.token_hash(secret),
                enrolled_at=dt.datetime.now(dt.UTC),
                last_seen_at=dt.datetime.now(dt.UTC),
            )
        )
    return f"{device_id}.{secret}"


@pytest.fixture
def laptops(tmp_path: Path, central_url: str, central_engine: Engine) -> Iterator[tuple[WorkspaceService, ...]]:
    """Anna's and Bram's laptops, both of Team Noord, enrolled with the central store of this test."""
    made = []
    for name in ("Anna Jansen", "Bram de Vries"):
        service = laptop_workspace(tmp_path / name.split()[0].lower(), name)
        enrol_workspace(service, central_url, central_engine, "Team Noord", name)
        made.append(service)
    yield tuple(made)
    for service in made:
        service.close()
