"""Which dossier (household, and casus where there is one) a synced entity belongs to.

A conflict is about one field of one entity, but a worker recognises the household, not an entity id: the
Conflicten page and ``regie conflicten`` name the dossier. Every synced table reaches its household through
its foreign keys (persoon -> huishouden, gesprek -> casus -> huishouden, consent -> plan_version -> casus ->
huishouden), so the walk follows those instead of a list per table, and a table a later issue adds is found
the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from regie_desktop.store import models

Lookup = Callable[[type[models.Base], str], Any]
"""Finds a row by model and id (the applier's own cache during a sync, ``Session.get`` otherwise)."""

_MAX_DEPTH = 6


@dataclass(frozen=True)
class DossierRef:
    huishouden_id: str | None
    casus_id: str | None


def _tables() -> dict[str, type[models.Base]]:
    found: dict[str, type[models.Base]] = {}
    for mapper in models.Base.registry.mappers:
        table = getattr(mapper.class_, "__table__", None)
        if table is not None:
            found[table.name] = mapper.class_
    return found


_BY_TABLE = _tables()


def dossier_of(entity: str, entity_id: str, lookup: Lookup) -> DossierRef:
    """The household and casus ``entity``/``entity_id`` hangs under; ``None`` for what is not (or no longer) here."""
    model = _BY_TABLE.get(entity)
    row = lookup(model, entity_id) if model is not None else None
    casus_id: str | None = None
    for _depth in range(_MAX_DEPTH):
        if row is None:
            return DossierRef(None, casus_id)
        if isinstance(row, models.Huishouden):
            return DossierRef(str(row.id), casus_id)
        if isinstance(row, models.Casus):
            casus_id = casus_id or str(row.id)
        row = _parent(row, lookup)
    return DossierRef(None, casus_id)


def _parent(row: Any, lookup: Lookup) -> Any:
    """The row one foreign key up, preferring the household and then the casus (the shortest way there)."""
    table = type(row).__table__
    references: list[tuple[int, str, type[models.Base]]] = []
    for column in table.columns:
        for foreign in column.foreign_keys:
            target = _BY_TABLE.get(foreign.column.table.name)
            if target is not None and target is not type(row):
                rank = 0 if target is models.Huishouden else 1 if target is models.Casus else 2
                references.append((rank, column.name, target))
    for _rank, name, target in sorted(references, key=lambda r: (r[0], r[1])):
        value = getattr(row, name, None)
        if value is not None:
            return lookup(target, str(value))
    return None
