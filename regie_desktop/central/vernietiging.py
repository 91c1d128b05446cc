"""Destruction on the central store (#12): a destroyed dossier's earlier changes lose their content.

A laptop that destroys a dossier sends a tombstone per removed row: a ``delete`` change whose fields are
``{"vernietigd": true}`` (a plain delete, or the netwerk's removal with ``{"verwijderd": true}``, is not one).
When such a tombstone is stored, every earlier change of the same entity in the team keeps its id, number and
content hash (so numbering, the scope digest and idempotent resends stay as they were) but its fields and
conflict notes are emptied: the texts, names and scores are gone from the central store. A destroyed
attachment's content (``blobs``) is removed outright.
A laptop that fetches the log again gets those changes
empty; ``sync.apply`` drops what such an entity parked when its tombstone arrives.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from regie_desktop.central import blobs
from regie_desktop.central.models import Change
from regie_desktop.domain.canonical import canonical_json

EMPTY = "{}"
DESTROYED = canonical_json({"vernietigd": True})
"""The fields of a destruction tombstone (``app.bewaartermijnen``); any other delete keeps the history."""


def purge_destroyed(session: Session, team_id: str, change_ids: list[str]) -> int:
    """Empty the earlier changes of every entity destroyed by one of ``change_ids``; returns how many."""
    if not change_ids:
        return 0
    tombstones = session.execute(
        select(Change.entity_id, Change.seq).where(
            Change.team_id == team_id,
            Change.id.in_(change_ids),
            Change.operation == "delete",
            Change.fields == DESTROYED,
        )
    ).all()
    purged = 0
    if tombstones:  # an attachment's content goes too
        blobs.purge(session, team_id, [entity_id for entity_id, _seq in tombstones])
    for entity_id, seq in tombstones:
        result = session.execute(
            update(Change)
            .where(
                Change.team_id == team_id,
                Change.entity_id == entity_id,
                Change.seq < seq,
                (Change.fields != EMPTY) | (Change.conflicts != "[]"),
            )
            .values(fields=EMPTY, conflicts="[]")
        )
        purged += int(getattr(result, "rowcount", 0) or 0)
    return purged
