"""Drafts: what a worker is still typing, kept in the encrypted database so a lock, a crash or closing Regie
loses nothing. Never in a plain file or in QSettings: a draft holds the same personal data as a dossier.

One draft per worker and kind (``"aanmelding"``, …); saving again replaces it. Drafts are local working
state, not dossier data: they write no change record (they never sync) and no access-log entry (the log
records what happens to dossiers; a draft autosaved every few seconds would drown it). Registering or
discarding the input deletes its draft.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy.orm import Session

from regie_desktop.app.journal import Actor
from regie_desktop.errors import ValidationError
from regie_desktop.store.models import Draft

MAX_KIND_LENGTH = 40
MAX_PAYLOAD_BYTES = 1_000_000  # far above any form; stops a runaway paste from bloating the database


def _checked_kind(kind: str) -> str:
    if not kind or len(kind) > MAX_KIND_LENGTH:
        raise ValueError(f"draft kind must be 1 to {MAX_KIND_LENGTH} characters")
    return kind


def save_draft(session: Session, actor: Actor, kind: str, payload: dict[str, Any]) -> None:
    """Keep ``payload`` (plain JSON: dicts, lists, strings, numbers, booleans) as the worker's draft of ``kind``."""
    try:
        text = json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise ValueError("a draft payload must be plain JSON") from exc
    if len(text.encode()) > MAX_PAYLOAD_BYTES:
        raise ValidationError("Het concept is te groot om te bewaren. Maak lange teksten korter.")
    now = dt.datetime.now(dt.UTC)
    row = session.get(Draft, (actor.worker_id, _checked_kind(kind)))
    if row is None:
        session.add(Draft(worker_id=actor.worker_id, kind=kind, payload=text, updated_at=now))
    elif row.payload != text:
        row.payload, row.updated_at = text, now


def load_draft(session: Session, actor: Actor, kind: str) -> dict[str, Any] | None:
    """The worker's draft of ``kind``, or None when there is none (or it is not a JSON object)."""
    row = session.get(Draft, (actor.worker_id, _checked_kind(kind)))
    if row is None:
        return None
    try:
        payload = json.loads(row.payload)
    except ValueError:
        return None
    return payload if isinstance(payload, dict) else None


def discard_draft(session: Session, actor: Actor, kind: str) -> bool:
    """Delete the worker's draft of ``kind``; True when there was one."""
    row = session.get(Draft, (actor.worker_id, _checked_kind(kind)))
    if row is None:
        return False
    session.delete(row)
    return True
