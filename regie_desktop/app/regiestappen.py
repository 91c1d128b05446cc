"""Use cases on regiestappen: record the dates deadlines count from, mark steps done, and ask what is due.

The due-overview works over every open casus in a handful of queries, because Vandaag asks it at each
start and after every change.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.deadlines import (
    Deadline,
    Event,
    StepState,
    compute_deadlines,
    next_step,
    step_state,
)
from regie_desktop.errors import ValidationError
from regie_desktop.store.models import Casus, PlanVersion, RegiestapGebeurtenis, RegiestapGedaan

# Events the worker records by hand; aanmelding and plan_ondertekend come from the casus itself.
RECORDED_EVENTS = frozenset(
    {Event.OPDRACHT_VERSTUURD, Event.EERSTE_CONTACT, Event.INDICATIE_START, Event.INDICATIE_EINDE}
)


def record_event(session: Session, actor: Actor, casus_id: str, event: Event, on: dt.date, today: dt.date) -> None:
    if event not in RECORDED_EVENTS:
        raise ValidationError("Deze datum volgt uit de casus zelf en wordt niet apart vastgelegd.")
    if event is not Event.INDICATIE_EINDE and on > today:
        raise ValidationError("Deze gebeurtenis ligt in de toekomst; leg haar vast als ze heeft plaatsgevonden.")
    get_casus(session, casus_id)
    row = session.execute(
        select(RegiestapGebeurtenis).where(
            RegiestapGebeurtenis.casus_id == casus_id, RegiestapGebeurtenis.event == event.value
        )
    ).scalar_one_or_none()
    if row is None:
        fields = {"casus_id": casus_id, "event": event.value, "on": on}
        record_insert(session, actor, "regiestap_gebeurtenis", RegiestapGebeurtenis, fields)
    elif not record_update(session, actor, "regiestap_gebeurtenis", row, {"on": on}):
        return
    record_access(session, actor, f"gebeurtenis:{event.value}", "casus", casus_id)


def mark_step_done(
    session: Session, actor: Actor, casus_id: str, step_number: int, done_on: dt.date, note: str, today: dt.date
) -> None:
    record_step_done(session, actor, casus_id, step_number, done_on, note, today)
    record_access(session, actor, f"regiestap:{step_number}", "casus", casus_id)


def record_step_done(
    session: Session, actor: Actor, casus_id: str, step_number: int, done_on: dt.date, note: str, today: dt.date
) -> None:
    """Store a step as done with its change record but no access-log entry: for use inside another use case
    (signing the plan settles steps 1-3), which logs its own single access."""
    if step_number not in {s.number for s in catalog.rules().steps}:
        raise ValidationError(f"Regiestap {step_number} bestaat niet.")
    if done_on > today:
        raise ValidationError("Een stap kan niet in de toekomst gedaan zijn.")
    get_casus(session, casus_id)
    exists = session.execute(
        select(RegiestapGedaan.id).where(
            RegiestapGedaan.casus_id == casus_id, RegiestapGedaan.step_number == step_number
        )
    ).first()
    if exists:
        raise ValidationError(f"Regiestap {step_number} is al als gedaan vastgelegd.")
    fields = {
        "casus_id": casus_id,
        "step_number": step_number,
        "done_on": done_on,
        "note": note.strip(),
        "door": actor.worker_id,
    }
    record_insert(session, actor, "regiestap_gedaan", RegiestapGedaan, fields)


@dataclass(frozen=True)
class StepView:
    deadline: Deadline
    state: StepState
    done_on: dt.date | None


@dataclass(frozen=True)
class CasusDue:
    casus_id: str
    huishouden_id: str
    spoed: bool
    fase: Fase
    next_step: Deadline | None
    overdue: tuple[Deadline, ...]
    this_week: tuple[Deadline, ...]


def _events(aanmelddatum: dt.date, recorded: Mapping[str, dt.date], signed_on: dt.date | None) -> dict[str, dt.date]:
    events = {Event.AANMELDING.value: aanmelddatum, **recorded}
    if signed_on is not None:
        events[Event.PLAN_ONDERTEKEND.value] = signed_on
    return events


def _signed_dates(session: Session, casus_ids: list[str]) -> dict[str, dt.date]:
    first_signed: dict[str, dt.date] = {}
    for casus_id, signed_at in session.execute(
        select(PlanVersion.casus_id, PlanVersion.signed_at)
        .where(PlanVersion.casus_id.in_(casus_ids), PlanVersion.signed_at.is_not(None))
        .order_by(PlanVersion.signed_at)
    ):
        if signed_at is not None:
            first_signed.setdefault(casus_id, signed_at.date())
    return first_signed


def casus_steps(session: Session, casus_id: str, today: dt.date) -> list[StepView]:
    """The twelve regiestappen of one casus with due date, state and when they were done."""
    casus = get_casus(session, casus_id)
    recorded = {
        r.event: r.on
        for r in session.execute(
            select(RegiestapGebeurtenis).where(RegiestapGebeurtenis.casus_id == casus_id)
        ).scalars()
    }
    done = {
        r.step_number: r.done_on
        for r in session.execute(select(RegiestapGedaan).where(RegiestapGedaan.casus_id == casus_id)).scalars()
    }
    events = _events(casus.aanmelddatum, recorded, _signed_dates(session, [casus_id]).get(casus_id))
    deadlines = deadlines_for(events)
    return [StepView(d, step_state(d, done.get(d.step_number), today), done.get(d.step_number)) for d in deadlines]


# A closed casus has nothing due; waakvlam is light contact without a plan or trajectory to chase.
PHASES_WITHOUT_STEPS = (Fase.AFGESLOTEN, Fase.WAAKVLAM)


def deadlines_for(events: Mapping[str, dt.date]) -> tuple[Deadline, ...]:
    """The twelve steps' due dates for these event dates (one computation per distinct set of dates)."""
    return _deadlines_cached(tuple(sorted(events.items())))


@lru_cache(maxsize=4096)
def _deadlines_cached(events: tuple[tuple[str, dt.date], ...]) -> tuple[Deadline, ...]:
    """Deadlines depend only on the event dates, and many casussen share them (same aanmelddatum)."""
    return tuple(compute_deadlines(catalog.rules(), dict(events), catalog.work_calendar()))


def due_overview(session: Session, today: dt.date) -> list[CasusDue]:
    """Per active casus what is next, overdue and due within a week; spoed and overdue casussen first."""
    casussen = session.execute(
        select(Casus.id, Casus.huishouden_id, Casus.spoed, Casus.fase, Casus.aanmelddatum).where(
            Casus.fase.not_in([f.value for f in PHASES_WITHOUT_STEPS])
        )
    ).all()
    ids = [c.id for c in casussen]
    recorded: dict[str, dict[str, dt.date]] = defaultdict(dict)
    for casus_id, event, on in session.execute(
        select(RegiestapGebeurtenis.casus_id, RegiestapGebeurtenis.event, RegiestapGebeurtenis.on)
    ):
        recorded[casus_id][event] = on
    done: dict[str, dict[int, dt.date]] = defaultdict(dict)
    for casus_id, step_number, done_on in session.execute(
        select(RegiestapGedaan.casus_id, RegiestapGedaan.step_number, RegiestapGedaan.done_on)
    ):
        done[casus_id][step_number] = done_on
    signed = _signed_dates(session, ids)
    result = []
    for casus in casussen:
        events = _events(casus.aanmelddatum, recorded[casus.id], signed.get(casus.id))
        deadlines = deadlines_for(events)
        casus_done = done[casus.id]
        states = [(d, step_state(d, casus_done.get(d.step_number), today)) for d in deadlines]
        result.append(
            CasusDue(
                casus_id=casus.id,
                huishouden_id=casus.huishouden_id,
                spoed=casus.spoed != "[]",
                fase=Fase(casus.fase),
                next_step=next_step(deadlines, casus_done, today),
                overdue=tuple(d for d, s in states if s is StepState.TE_LAAT),
                this_week=tuple(d for d, s in states if s is StepState.DEZE_WEEK),
            )
        )
    result.sort(key=lambda c: (not c.spoed, not c.overdue, min((d.due for d in c.overdue if d.due), default=today)))
    return result
