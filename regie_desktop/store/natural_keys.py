"""Natural keys of the workspace's tables: what makes a row exist once (one gesprek per casus, …).

Used by the journal to derive ids from them (so two laptops that each create "the" row make the same
entity) and by sync to notice a row that exists twice under different ids.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import UniqueConstraint

from regie_desktop.store.models import Base


@functools.cache
def natural_key(model: type[Base]) -> tuple[str, ...]:
    """The columns of the table's first unique constraint besides the id, or of its one unique column."""
    table: Any = model.__table__
    for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
        if isinstance(constraint, UniqueConstraint):
            return tuple(column.name for column in constraint.columns)
    for column in table.columns:
        if column.unique and not column.primary_key:
            return (column.name,)
    return ()
