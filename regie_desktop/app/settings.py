"""Workspace settings kept in the encrypted database: the team's instrument for new casussen.

The organisation's policy may fix the instrument (``instrument`` in ``policy.json``); then it wins over the
team's choice and the team cannot change it. An instrument id in the policy that is not installed here is
skipped with a Dutch warning, like any other bad policy value: new casussen must stay possible.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.journal import Actor, record_access
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.policy import Policy, current_policy
from regie_desktop.store.models import Setting

INSTRUMENT_KEY = "instrument"
LOCKED_MESSAGE = "Het instrument is vastgelegd door uw organisatie en kan hier niet worden gewijzigd."


def locked_instrument(policy: Policy | None = None) -> str | None:
    """The instrument the organisation fixed, when it is installed on this computer; else None."""
    policy = current_policy() if policy is None else policy
    if policy.instrument is None:
        return None
    try:
        return catalog.instrument(policy.instrument).id
    except NotFound:
        return None


def instrument_policy_warning(policy: Policy | None = None) -> str | None:
    """A Dutch sentence when the policy names an instrument that is not installed here; None otherwise."""
    policy = current_policy() if policy is None else policy
    if policy.instrument is None or locked_instrument(policy) is not None:
        return None
    return (
        f"Het instrument '{policy.instrument}' uit het beleid van uw organisatie is niet geïnstalleerd op deze "
        "computer en wordt genegeerd. Meld dit bij de applicatiebeheerder."
    )


def team_instrument(session: Session, policy: Policy | None = None) -> str:
    """The instrument new casussen use: the organisation's, else the team's choice, else ZRM 2017."""
    fixed = locked_instrument(policy)
    if fixed is not None:
        return fixed
    row = session.get(Setting, INSTRUMENT_KEY)
    return str(json.loads(row.value)) if row is not None else catalog.DEFAULT_INSTRUMENT


def choose_instrument(session: Session, actor: Actor, instrument_id: str, policy: Policy | None = None) -> None:
    """Set the instrument for new casussen; existing casussen keep the one they were scored with.

    Refused while the organisation fixes the instrument, except a choice of that same instrument, which
    changes nothing (the first-start wizard confirms whatever it shows).
    """
    fixed = locked_instrument(policy)
    if fixed is not None:
        if instrument_id == fixed:
            return
        raise ValidationError(LOCKED_MESSAGE)
    catalog.instrument(instrument_id)  # refuses an instrument that is not installed
    row = session.get(Setting, INSTRUMENT_KEY)
    now = dt.datetime.now(dt.UTC)
    if row is None:
        session.add(Setting(key=INSTRUMENT_KEY, value=json.dumps(instrument_id), updated_at=now))
    else:
        row.value, row.updated_at = json.dumps(instrument_id), now
    record_access(session, actor, "instelling:instrument", "werkruimte", actor.device_id)
