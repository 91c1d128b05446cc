"""Workspace settings kept in the encrypted database: the team's instrument for new casussen."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.journal import Actor, record_access
from regie_desktop.store.models import Setting

INSTRUMENT_KEY = "instrument"


def team_instrument(session: Session) -> str:
    """The instrument new casussen use: the team's choice, else ZRM 2017."""
    row = session.get(Setting, INSTRUMENT_KEY)
    return str(json.loads(row.value)) if row is not None else catalog.DEFAULT_INSTRUMENT


def choose_instrument(session: Session, actor: Actor, instrument_id: str) -> None:
    """Set the instrument for new casussen; existing casussen keep the one they were scored with."""
    catalog.instrument(instrument_id)  # refuses an instrument that is not installed
    row = session.get(Setting, INSTRUMENT_KEY)
    now = dt.datetime.now(dt.UTC)
    if row is None:
        session.add(Setting(key=INSTRUMENT_KEY, value=json.dumps(instrument_id), updated_at=now))
    else:
        row.value, row.updated_at = json.dumps(instrument_id), now
    record_access(session, actor, "instelling:instrument", "werkruimte", actor.device_id)
