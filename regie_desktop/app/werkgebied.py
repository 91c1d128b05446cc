"""The team's werkgebied as a workspace setting: postcode ranges; an address outside gets a warning, not a refusal.

Stored in the ``setting`` table as a JSON list of ``[low, high]`` pairs, like the team's instrument. The
organisation's policy may fix the werkgebied (``werkgebied`` in ``policy.json``); then it wins over the team's
setting, which stays stored but unused, and the team cannot change it.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy.orm import Session

from regie_desktop.app.journal import Actor, record_access
from regie_desktop.domain.household import is_valid_postcode
from regie_desktop.domain.werkgebied import PostcodeRange, contains, format_werkgebied, merged, parse_werkgebied
from regie_desktop.errors import ValidationError
from regie_desktop.policy import Policy, current_policy
from regie_desktop.store.models import Setting

WERKGEBIED_KEY = "werkgebied"
LOCKED_MESSAGE = "Het werkgebied is vastgelegd door uw organisatie en kan hier niet worden gewijzigd."


def werkgebied_locked(policy: Policy | None = None) -> bool:
    """True when the organisation's policy fixes the werkgebied."""
    return (current_policy() if policy is None else policy).werkgebied is not None


def werkgebied(session: Session, policy: Policy | None = None) -> tuple[PostcodeRange, ...]:
    """The postcode ranges in force, sorted and merged: the organisation's, else the team's; empty when none."""
    fixed = (current_policy() if policy is None else policy).werkgebied
    if fixed is not None:
        return merged(fixed)
    row = session.get(Setting, WERKGEBIED_KEY)
    if row is None:
        return ()
    return merged(PostcodeRange(int(low), int(high)) for low, high in json.loads(row.value))


def werkgebied_text(session: Session, policy: Policy | None = None) -> str:
    """The werkgebied as the worker writes it, e.g. ``"3500-3599, 3611"``; empty when none is set."""
    return format_werkgebied(werkgebied(session, policy))


def set_werkgebied(session: Session, actor: Actor, text: str) -> None:
    """Set the werkgebied from text like ``"3500-3599, 3611"``; empty text removes it (no warnings then).

    Bad text raises ``ValidationError`` with a Dutch message and changes nothing; so does any text while the
    organisation's policy fixes the werkgebied.
    """
    if werkgebied_locked():
        raise ValidationError(LOCKED_MESSAGE)
    ranges = parse_werkgebied(text)
    value = json.dumps([[r.low, r.high] for r in ranges])
    now = dt.datetime.now(dt.UTC)
    row = session.get(Setting, WERKGEBIED_KEY)
    if row is None:
        session.add(Setting(key=WERKGEBIED_KEY, value=value, updated_at=now))
    else:
        row.value, row.updated_at = value, now
    record_access(session, actor, "instelling:werkgebied", "werkruimte", actor.device_id)


def outside_werkgebied(session: Session, postcode: str, policy: Policy | None = None) -> bool:
    """True when the postcode lies outside a werkgebied that is set.

    False when no werkgebied is set, and for an empty or invalid postcode: the postcode check reports
    those itself, and a warning about the area would only add noise.
    """
    ranges = werkgebied(session, policy)
    if not ranges or not is_valid_postcode(postcode):
        return False
    return not contains(ranges, postcode)
