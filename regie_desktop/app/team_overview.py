"""The team overview ("Teamoverzicht"): the figures a team reports, for one worker's casussen or the whole team.

"The team" is every casus on this laptop: after sync that is what the team shares with this worker (the scopes
the server hands out), before the first sync only the worker's own. The figures are exact here; what may be
shown or exported is decided by ``team_overview_tables`` (small cells suppressed), never by the page.

Read in a handful of set-based queries (casussen, due steps, signed plans, evaluations, ZRM scores, closings),
never by walking casussen one by one: a team of 1,000 casussen must open this page in well under a second.

What the period means per figure (the page says it too):

* casussen per fase: casussen open on at least one day of the period, by their phase today;
* te late regiestappen and the wachtlijst: today (a deadline or a wait is a state, not a history);
* doorlooptijd: casussen whose first plan was signed in the period;
* doelen: casussen with an evaluation in the period, each doel's latest uitkomst up to the end of the period;
* ZRM: per person and casus the first worker meting against the latest, when the latest lies in the period;
* inzet: the latest plan signed by the end of the period, of the casussen open in it;
* afschalen: closings (afgesloten, waakvlam, overdracht) dated in the period.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from regie_desktop.app import catalog
from regie_desktop.app.afsluiten import redenen
from regie_desktop.app.journal import Actor
from regie_desktop.app.regiestappen import deadlines_for, due_overview
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.deadlines import Event
from regie_desktop.domain.evaluatie import Uitkomst, resultaten_from_wire
from regie_desktop.domain.plan import InzetSoort
from regie_desktop.domain.team_figures import (
    Period,
    active_in,
    bucket_counts,
    heaviest_of,
    lead_time_days,
    mean,
    median,
    within_deadline,
)
from regie_desktop.store.models import (
    AfsluitingRow,
    Casus,
    EvaluatieRow,
    PlanVersion,
    SyncState,
    ZrmAssessment,
    ZrmScore,
)

PLAN_STEP_KEY = "plan"
"""The regiestap whose due date is "the plan within six weeks of the aanmelding" (resources/rules)."""


class Scope(StrEnum):
    MINE = "mijn"
    TEAM = "team"


@dataclass(frozen=True)
class StepOverdue:
    step_number: int
    name: str
    casussen: int


@dataclass(frozen=True)
class LeadTime:
    plannen: int
    binnen_termijn: int
    mediaan_dagen: float | None


@dataclass(frozen=True)
class Doelen:
    casussen: int
    bereikt: int
    deels: int
    niet_bereikt: int


@dataclass(frozen=True)
class ZrmChange:
    instrument_id: str
    leefgebied: str
    label: str
    casussen: int
    personen: int
    verdeling: tuple[int, ...]
    """Counts per ``team_figures.ZRM_BUCKETS``."""
    gemiddelde: float | None


@dataclass(frozen=True)
class Reden:
    code: str
    label: str
    casussen: int


@dataclass(frozen=True)
class Wachtlijst:
    casussen: int
    mediaan_dagen: float | None
    gemiddelde_dagen: float | None


@dataclass(frozen=True)
class TeamFigures:
    """The exact figures of one scope and period (not for export as they are: see ``team_overview_tables``)."""

    scope: Scope
    period: Period
    today: dt.date
    synced_at: dt.datetime | None
    casussen: int
    per_fase: tuple[tuple[Fase, int], ...]
    te_laat_casussen: int
    te_laat_per_stap: tuple[StepOverdue, ...]
    doorlooptijd: LeadTime
    doelen: Doelen
    zrm: tuple[ZrmChange, ...]
    inzet: tuple[tuple[InzetSoort | None, int], ...]
    """Casussen by the heaviest inzet of their plan, heaviest first; None: a plan without inzet."""
    afschalen: tuple[Reden, ...]
    wachtlijst: Wachtlijst


def team_figures(session: Session, actor: Actor, scope: Scope, period: Period, today: dt.date) -> TeamFigures:
    """Every figure of the overview for ``scope`` over ``period``. Reads only; nothing here is logged, because
    the result names no casus (exporting it is logged, see ``team_overview_export``)."""
    query = select(Casus.id, Casus.fase, Casus.aanmelddatum, Casus.afgesloten_op)
    if scope is Scope.MINE:
        query = query.where(Casus.regisseur_id == actor.worker_id)
    rows = session.execute(query).all()
    in_scope = {r.id for r in rows}
    active = [r for r in rows if active_in(period, r.aanmelddatum, r.afgesloten_op)]
    active_ids = {r.id for r in active}
    fases = Counter(Fase(r.fase) for r in active)

    steps = {s.number: s.name for s in catalog.rules().steps}
    overdue_steps: Counter[int] = Counter()
    overdue_casussen = 0
    for due in due_overview(session, today):
        if due.casus_id in in_scope and due.overdue:
            overdue_casussen += 1
            overdue_steps.update(d.step_number for d in due.overdue)

    aanmeld = {r.id: r.aanmelddatum for r in rows}
    doorlooptijd, inzet = _plan_figures(session, aanmeld, active_ids, period)
    return TeamFigures(
        scope=scope,
        period=period,
        today=today,
        synced_at=session.scalar(select(SyncState.last_sync_at).where(SyncState.id == 1)),
        casussen=len(active),
        per_fase=tuple((f, fases.get(f, 0)) for f in Fase),
        te_laat_casussen=overdue_casussen,
        te_laat_per_stap=tuple(StepOverdue(n, name, overdue_steps.get(n, 0)) for n, name in steps.items()),
        doorlooptijd=doorlooptijd,
        inzet=inzet,
        doelen=_doelen(session, in_scope, period),
        zrm=_zrm(session, in_scope, period),
        afschalen=_afschalen(session, in_scope, period),
        wachtlijst=_wachtlijst([r for r in rows if r.fase == Fase.WACHTLIJST.value], today),
    )


def _plan_figures(
    session: Session, aanmeld: dict[str, dt.date], active_ids: set[str], period: Period
) -> tuple[LeadTime, tuple[tuple[InzetSoort | None, int], ...]]:
    """Doorlooptijd (first signature per casus) and inzet (latest version signed by the period's end)."""
    first_signed: dict[str, dt.date] = {}
    latest: dict[str, str] = {}
    for casus_id, signed_at, content in session.execute(
        select(PlanVersion.casus_id, PlanVersion.signed_at, PlanVersion.content)
        .where(PlanVersion.signed_at.is_not(None))
        .order_by(PlanVersion.casus_id, PlanVersion.version)
    ):
        if casus_id not in aanmeld or signed_at is None:
            continue
        signed_on = signed_at.date()
        first_signed.setdefault(casus_id, signed_on)
        if signed_on <= period.tot:
            latest[casus_id] = content
    days: list[float] = []
    binnen = 0
    for casus_id, signed_on in first_signed.items():
        if signed_on not in period:
            continue
        aanmelddatum = aanmeld[casus_id]
        days.append(lead_time_days(aanmelddatum, signed_on))
        due = next(d.due for d in deadlines_for({Event.AANMELDING.value: aanmelddatum}) if d.key == PLAN_STEP_KEY)
        binnen += within_deadline(signed_on, due)
    heaviest: Counter[InzetSoort | None] = Counter(
        heaviest_of(_inzet_soorten(content)) for casus_id, content in latest.items() if casus_id in active_ids
    )
    order: list[InzetSoort | None] = [
        InzetSoort.MAATWERK,
        InzetSoort.VOORVELD,
        InzetSoort.NETWERK,
        InzetSoort.EIGEN_KRACHT,
        None,
    ]
    return LeadTime(len(days), binnen, median(days)), tuple((soort, heaviest.get(soort, 0)) for soort in order)


def _inzet_soorten(content: str) -> list[InzetSoort]:
    """The kinds of inzet in a stored plan, read from its canonical JSON without building the whole plan (the
    overview reads every casus's plan; the full parse was most of its time)."""
    data = json.loads(content)
    return [InzetSoort(i["soort"]) for doel in data.get("doelen", ()) for i in doel.get("inzet", ())]


def _doelen(session: Session, in_scope: set[str], period: Period) -> Doelen:
    per_casus: dict[str, dict[str, Uitkomst]] = defaultdict(dict)
    evaluated: set[str] = set()
    for casus_id, datum, resultaten in session.execute(
        select(EvaluatieRow.casus_id, EvaluatieRow.datum, EvaluatieRow.resultaten)
        .where(EvaluatieRow.datum <= period.tot)
        .order_by(EvaluatieRow.datum, EvaluatieRow.created_at, EvaluatieRow.id)
    ):
        if casus_id not in in_scope:
            continue
        if datum in period:
            evaluated.add(casus_id)
        for r in resultaten_from_wire(json.loads(resultaten)):  # later evaluations overwrite: latest uitkomst
            per_casus[casus_id][r.doel_id] = r.uitkomst
    counts = Counter(u for casus_id in evaluated for u in per_casus[casus_id].values())
    return Doelen(len(evaluated), counts[Uitkomst.BEREIKT], counts[Uitkomst.DEELS], counts[Uitkomst.NIET_BEREIKT])


def _zrm(session: Session, in_scope: set[str], period: Period) -> tuple[ZrmChange, ...]:
    """First against latest worker meting per (casus, person, instrument), paired per leefgebied in SQL.

    Window functions pick each group's first and latest meting up to the period's end; only the pairs of numeric
    scores come back (one row per person and leefgebied), not every score of every meting.
    """
    group = (ZrmAssessment.casus_id, ZrmAssessment.persoon_id, ZrmAssessment.instrument_id)
    ranked = (
        select(
            ZrmAssessment.id,
            *group,
            ZrmAssessment.assessed_on,
            func.row_number()
            .over(partition_by=group, order_by=(ZrmAssessment.assessed_on, ZrmAssessment.created_at, ZrmAssessment.id))
            .label("first"),
            func.row_number()
            .over(
                partition_by=group,
                order_by=(
                    ZrmAssessment.assessed_on.desc(),
                    ZrmAssessment.created_at.desc(),
                    ZrmAssessment.id.desc(),
                ),
            )
            .label("last"),
        )
        .where(ZrmAssessment.by == "werker", ZrmAssessment.assessed_on <= period.tot)
        .subquery()
    )
    first, last = ranked.alias("f"), ranked.alias("l")
    before, after = aliased(ZrmScore), aliased(ZrmScore)
    rows = session.execute(
        select(first.c.casus_id, first.c.instrument_id, before.leefgebied, after.value - before.value)
        .join(
            last,
            (last.c.casus_id == first.c.casus_id)
            & (last.c.persoon_id == first.c.persoon_id)
            & (last.c.instrument_id == first.c.instrument_id)
            & (last.c["last"] == 1),
        )
        .join(before, before.assessment_id == first.c.id)
        .join(after, (after.assessment_id == last.c.id) & (after.leefgebied == before.leefgebied))
        .where(
            first.c["first"] == 1,
            last.c.id != first.c.id,
            last.c.assessed_on >= period.van,
            before.value.is_not(None),
            after.value.is_not(None),
            before.nvt.is_(False),
            after.nvt.is_(False),
        )
    )
    deltas: dict[tuple[str, str], list[int]] = defaultdict(list)
    casussen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for casus_id, instrument_id, leefgebied, delta in rows:
        if casus_id in in_scope:
            deltas[(instrument_id, leefgebied)].append(int(delta))
            casussen[(instrument_id, leefgebied)].add(casus_id)
    result = []
    for instrument_id in sorted({i for i, _ in deltas}):
        instrument = catalog.instrument(instrument_id)
        for lg in instrument.leefgebieden:
            values = deltas.get((instrument_id, lg.key), [])
            result.append(
                ZrmChange(
                    instrument_id=instrument_id,
                    leefgebied=lg.key,
                    label=lg.label,
                    casussen=len(casussen.get((instrument_id, lg.key), ())),
                    personen=len(values),
                    verdeling=bucket_counts(values),
                    gemiddelde=mean(values),
                )
            )
    return tuple(result)


def _afschalen(session: Session, in_scope: set[str], period: Period) -> tuple[Reden, ...]:
    counts: Counter[str] = Counter(
        code
        for casus_id, code in session.execute(
            select(AfsluitingRow.casus_id, AfsluitingRow.redencode).where(
                AfsluitingRow.datum >= period.van, AfsluitingRow.datum <= period.tot
            )
        )
        if casus_id in in_scope
    )
    known = redenen()
    result = [Reden(r.code, r.label, counts.pop(r.code, 0)) for r in known.redenen]
    result += [Reden(code, code, n) for code, n in sorted(counts.items())]  # a code the list no longer has
    return tuple(result)


def _wachtlijst(rows: list, today: dt.date) -> Wachtlijst:  # type: ignore[type-arg]
    days = [float((today - r.aanmelddatum).days) for r in rows]
    return Wachtlijst(len(days), median(days), mean(days))
