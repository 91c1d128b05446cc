"""Reading back what a unit of work wrote to the journal: new change records and new access-log entries."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import select

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store import models
from regie_desktop.store.models import AccessLog, ChangeRecord

# Every change record names its entity by the table it lives in.
TABLES: dict[str, type[models.Base]] = {
    mapper.class_.__tablename__: mapper.class_ for mapper in models.Base.registry.mappers
}


@dataclass(frozen=True)
class Change:
    entity: str
    entity_id: str
    fields: dict[str, Any]
    base_version: int
    operation: str
    hlc: str
    author_id: str
    device_id: str


class Access(NamedTuple):
    action: str
    entity: str
    entity_id: str


ACCESS_ENTITY = "access_log"


@dataclass
class Delta:
    """``changes`` are the dossier's change records; each access-log entry in ``accesses`` travels too, as one
    change record of its own (``access_changes``, checked against the entries by ``journaled``)."""

    changes: list[Change] = field(default_factory=list)
    accesses: list[Access] = field(default_factory=list)
    access_changes: list[Change] = field(default_factory=list)

    @property
    def entities(self) -> Counter[str]:
        return Counter(c.entity for c in self.changes)

    def only(self, entity: str) -> Change:
        found = [c for c in self.changes if c.entity == entity]
        assert len(found) == 1, f"expected one change of {entity}, got {len(found)}"
        return found[0]

    @property
    def empty(self) -> bool:
        return not self.changes and not self.accesses and not self.access_changes


def _ids(service: WorkspaceService) -> tuple[set[str], set[str]]:
    with service.unit_of_work() as (session, _):
        return (
            set(session.execute(select(ChangeRecord.id)).scalars()),
            set(session.execute(select(AccessLog.id)).scalars()),
        )


@contextmanager
def journaled(service: WorkspaceService) -> Iterator[Delta]:
    """Collect the change records and access-log entries written inside the block (committed ones only)."""
    before_changes, before_access = _ids(service)
    delta = Delta()
    yield delta
    with service.unit_of_work() as (session, _):
        for row in session.execute(select(ChangeRecord).order_by(ChangeRecord.hlc)).scalars():
            if row.id not in before_changes:
                (delta.access_changes if row.entity == ACCESS_ENTITY else delta.changes).append(
                    Change(
                        row.entity,
                        row.entity_id,
                        json.loads(row.fields),
                        row.base_version,
                        row.operation,
                        row.hlc,
                        row.author_id,
                        row.device_id,
                    )
                )
        new_entries = {}
        for a in session.execute(select(AccessLog).order_by(AccessLog.at)).scalars():
            if a.id not in before_access:
                delta.accesses.append(Access(a.action, a.entity, a.entity_id))
                new_entries[a.id] = a
        # Each new access-log entry has exactly one change record, an insert carrying the entry as written.
        assert sorted(c.entity_id for c in delta.access_changes) == sorted(new_entries)
        for change in delta.access_changes:
            entry = new_entries[change.entity_id]
            assert (change.operation, change.base_version) == ("upsert", 0)
            assert change.fields == {
                "at": entry.at.isoformat().replace("+00:00", "Z"),
                "worker_id": entry.worker_id,
                "device_id": entry.device_id,
                "action": entry.action,
                "entity": entry.entity,
                "entity_id": entry.entity_id,
            }
            assert (change.author_id, change.device_id) == (entry.worker_id, entry.device_id)
        # Each change points at a row that exists, in the table its entity names.
        for change in delta.changes:
            model = TABLES[change.entity]
            assert session.get(model, change.entity_id) is not None, change
