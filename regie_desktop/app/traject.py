"""The traject timeline of one casus: every regiestap with who acts, its computed deadline and its state.

The timeline is what the worker looks at to keep direction (the regisseur role) after the plan is signed. It
is read in one unit of work with one access-log entry ("traject-openen"). Marking a step done is one click:
the date defaults to today and the note is short. A step is normally done after the one before it; doing it
earlier is refused with a Dutch message (``StepOutOfOrder``) unless the worker gives a reason, which is kept
in the note. Some steps *are* the moment a deadline counts from (the order went out, the provider called, the
support started): marking them done records that event too, so the worker never types the same date twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.app.regiestappen import RECORDED_EVENTS, _events, _signed_dates, deadlines_for, record_step_done
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.deadlines import Actor as StepActor
from regie_desktop.domain.deadlines import Event, StepState, step_state
from regie_desktop.errors import ValidationError
from regie_desktop.store.models import Persoon, RegiestapGebeurtenis, RegiestapGedaan

OPEN_ACTION = "traject-openen"
NOTE_MAX = 500

STEP_EVENTS: dict[int, Event] = {
    5: Event.OPDRACHT_VERSTUURD,
    6: Event.EERSTE_CONTACT,
    8: Event.INDICATIE_START,
}
"""Steps whose completion is the moment another deadline counts from."""

OPTIONAL_STEPS = frozenset({3})
"""Steps that do not hold up the next one: plan B exists only when the client withholds a leefgebied."""

EVENT_NAMES: dict[Event, str] = {
    Event.AANMELDING: "Aanmelding",
    Event.PLAN_ONDERTEKEND: "Plan ondertekend",
    Event.OPDRACHT_VERSTUURD: "Opdracht verstuurd",
    Event.EERSTE_CONTACT: "Eerste contact aanbieder",
    Event.INDICATIE_START: "Start indicatie",
    Event.INDICATIE_EINDE: "Einde indicatie",
}


class StepOutOfOrder(ValidationError):
    """The step before this one is still open; the worker may go on with a reason (``reden``)."""

    def __init__(self, step_number: int, open_step: int, open_name: str) -> None:
        super().__init__(
            f"Regiestap {open_step} ({open_name}) is nog niet gedaan. Rond die eerst af, of geef aan waarom "
            f"stap {step_number} eerder klaar is."
        )
        self.step_number = step_number
        self.open_step = open_step


@dataclass(frozen=True)
class TimelineStep:
    number: int
    key: str
    name: str
    actor: StepActor
    toelichting: str
    due: dt.date | None
    state: StepState
    done_on: dt.date | None
    note: str
    event: Event | None
    """The event this step records when done (opdracht verstuurd, eerste contact, start indicatie)."""
    has_term: bool
    """Whether the rules give this step a deadline at all (else ``due`` stays None)."""


@dataclass(frozen=True)
class TimelineEvent:
    event: Event
    name: str
    on: dt.date | None
    recordable: bool
    """False for aanmelding and plan ondertekend: those follow from the casus itself."""


@dataclass(frozen=True)
class Timeline:
    casus_id: str
    huishouden_id: str
    naam: str
    """The first person of the household (the aanvrager), for the page's title."""
    fase: Fase
    today: dt.date
    steps: tuple[TimelineStep, ...]
    events: tuple[TimelineEvent, ...]

    def step(self, number: int) -> TimelineStep:
        return next(s for s in self.steps if s.number == number)

    @property
    def next_open(self) -> TimelineStep | None:
        return next((s for s in self.steps if s.state is not StepState.GEDAAN), None)


def _build(session: Session, casus_id: str, today: dt.date) -> Timeline:
    casus = get_casus(session, casus_id)
    recorded = {
        r.event: r.on
        for r in session.execute(
            select(RegiestapGebeurtenis).where(RegiestapGebeurtenis.casus_id == casus_id)
        ).scalars()
    }
    done = {
        r.step_number: r
        for r in session.execute(select(RegiestapGedaan).where(RegiestapGedaan.casus_id == casus_id)).scalars()
    }
    events = _events(casus.aanmelddatum, recorded, _signed_dates(session, [casus_id]).get(casus_id))
    rules = {s.number: s for s in catalog.rules().steps}
    steps = []
    for d in deadlines_for(events):
        row = done.get(d.step_number)
        steps.append(
            TimelineStep(
                number=d.step_number,
                key=d.key,
                name=d.name,
                actor=d.actor,
                toelichting=rules[d.step_number].toelichting,
                due=d.due,
                state=step_state(d, row.done_on if row else None, today),
                done_on=row.done_on if row else None,
                note=row.note if row else "",
                event=STEP_EVENTS.get(d.step_number),
                has_term=rules[d.step_number].deadline is not None,
            )
        )
    timeline_events = tuple(TimelineEvent(e, EVENT_NAMES[e], events.get(e.value), e in RECORDED_EVENTS) for e in Event)
    first = session.execute(
        select(Persoon.voornamen, Persoon.tussenvoegsel, Persoon.achternaam)
        .where(Persoon.huishouden_id == casus.huishouden_id)
        .order_by(Persoon.created_at)
    ).first()
    naam = " ".join(p for p in first if p) if first is not None else ""
    return Timeline(casus_id, casus.huishouden_id, naam, Fase(casus.fase), today, tuple(steps), timeline_events)


def timeline(session: Session, actor: Actor, casus_id: str, today: dt.date) -> Timeline:
    """The timeline of a casus as of ``today``, logged once as opening the traject."""
    result = _build(session, casus_id, today)
    record_access(session, actor, OPEN_ACTION, "casus", casus_id)
    return result


def refresh_timeline(session: Session, casus_id: str, today: dt.date) -> Timeline:
    """The same timeline again after a change the worker made on it (no second opening in the log)."""
    return _build(session, casus_id, today)


def _blocking_step(current: Timeline, step_number: int) -> TimelineStep | None:
    """The nearest earlier step still open that holds this one up (optional steps do not)."""
    for step in sorted(current.steps, key=lambda s: -s.number):
        if step.number >= step_number or step.number in OPTIONAL_STEPS:
            continue
        return step if step.state is not StepState.GEDAAN else None
    return None


def _record_event(session: Session, actor: Actor, casus_id: str, event: Event, on: dt.date) -> None:
    row = session.execute(
        select(RegiestapGebeurtenis).where(
            RegiestapGebeurtenis.casus_id == casus_id, RegiestapGebeurtenis.event == event.value
        )
    ).scalar_one_or_none()
    if row is None:
        fields = {"casus_id": casus_id, "event": event.value, "on": on}
        record_insert(session, actor, "regiestap_gebeurtenis", RegiestapGebeurtenis, fields)
    else:
        record_update(session, actor, "regiestap_gebeurtenis", row, {"on": on})


def mark_done(
    session: Session,
    actor: Actor,
    casus_id: str,
    step_number: int,
    done_on: dt.date,
    note: str,
    today: dt.date,
    reden: str = "",
) -> None:
    """Mark a step done on ``done_on`` with a short note; refuses a step ahead of an open one without ``reden``.

    The step's event (see ``STEP_EVENTS``) is recorded with the same date when it is not known yet.
    """
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(f"De notitie is te lang: houd het bij {NOTE_MAX} tekens.")
    current = _build(session, casus_id, today)
    if step_number not in {s.number for s in current.steps}:
        raise ValidationError(f"Regiestap {step_number} bestaat niet.")
    blocking = _blocking_step(current, step_number)
    reden = reden.strip()
    if blocking is not None:
        if not reden:
            raise StepOutOfOrder(step_number, blocking.number, blocking.name)
        prefix = f"Eerder dan stap {blocking.number}: {reden}"
        note = f"{prefix}. {note}" if note else prefix
    record_step_done(session, actor, casus_id, step_number, done_on, note, today)
    event = STEP_EVENTS.get(step_number)
    if event is not None and next(e for e in current.events if e.event is event).on is None:
        _record_event(session, actor, casus_id, event, done_on)
    record_access(session, actor, f"regiestap:{step_number}", "casus", casus_id)


def set_event(session: Session, actor: Actor, casus_id: str, event: Event, on: dt.date, today: dt.date) -> None:
    """Record (or correct) the date of an event the deadlines count from; the end of the indicatie may lie ahead."""
    if event not in RECORDED_EVENTS:
        raise ValidationError("Deze datum volgt uit de casus zelf en wordt niet apart vastgelegd.")
    if event is not Event.INDICATIE_EINDE and on > today:
        raise ValidationError("Deze gebeurtenis ligt in de toekomst; leg haar vast als ze heeft plaatsgevonden.")
    current = _build(session, casus_id, today)
    start = next(e for e in current.events if e.event is Event.INDICATIE_START).on
    end = next(e for e in current.events if e.event is Event.INDICATIE_EINDE).on
    if event is Event.INDICATIE_EINDE and start is not None and on <= start:
        raise ValidationError("Het einde van de indicatie moet na de start liggen.")
    if event is Event.INDICATIE_START and end is not None and on >= end:
        raise ValidationError("De start van de indicatie moet voor het einde liggen.")
    _record_event(session, actor, casus_id, event, on)
    record_access(session, actor, f"gebeurtenis:{event.value}", "casus", casus_id)
