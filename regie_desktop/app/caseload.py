"""What the worker's lists show: the caseload, the wachtlijst and "Vandaag" (what needs doing now).

Each is built in a few set-based queries over all casussen, so a screen can refresh after every change
without the worker noticing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from regie_desktop.app.afsluiten import waakvlam_reminders
from regie_desktop.app.regiestappen import due_overview
from regie_desktop.domain.casus import Fase, Spoed
from regie_desktop.domain.local_time import local_date
from regie_desktop.domain.plan import PlanStatus
from regie_desktop.domain.zrm import STALE_AFTER_DAYS
from regie_desktop.errors import NotFound
from regie_desktop.store.models import (
    Casus,
    FaseOvergang,
    GesprekRow,
    Huishouden,
    Persoon,
    PlanVersion,
    Worker,
    ZrmAssessment,
)

# Phases in which a worker is expected to keep the ZRM current (after the gesprek, before closing).
SCORED_PHASES = frozenset({Fase.PLAN, Fase.TRAJECT, Fase.EVALUATIE})


@dataclass(frozen=True)
class CaseloadRow:
    casus_id: str
    huishouden_id: str
    naam: str
    adres: str
    postcode: str
    fase: Fase
    spoed: bool
    volgende_stap: str
    volgende_stap_op: dt.date | None
    regisseur: str
    laatste_activiteit: dt.date


def _household_labels(session: Session) -> dict[str, tuple[str, str, str]]:
    """Per household: the first person's name (the aanvrager), the address and the postcode."""
    labels: dict[str, tuple[str, str, str]] = {}
    rows = session.execute(
        select(
            Huishouden.id,
            Huishouden.straat,
            Huishouden.huisnummer,
            Huishouden.postcode,
            Persoon.voornamen,
            Persoon.tussenvoegsel,
            Persoon.achternaam,
        )
        .join(Persoon, Persoon.huishouden_id == Huishouden.id)
        .order_by(Huishouden.id, Persoon.created_at)
    )
    for hh_id, straat, nummer, postcode, voornamen, tussen, achternaam in rows:
        if hh_id not in labels:
            naam = " ".join(p for p in (voornamen, tussen, achternaam) if p)
            labels[hh_id] = (naam, " ".join(p for p in (straat, nummer) if p), postcode)
    return labels


def caseload(session: Session, today: dt.date, include_closed: bool = False) -> list[CaseloadRow]:
    """Every casus with who, where, which phase and what comes next; spoed first, then by next due date."""
    query = select(Casus.id, Casus.huishouden_id, Casus.fase, Casus.spoed, Casus.regisseur_id, Casus.aanmelddatum)
    if not include_closed:
        query = query.where(Casus.fase != Fase.AFGESLOTEN.value)
    casussen = session.execute(query).all()
    labels = _household_labels(session)
    workers = dict(session.execute(select(Worker.id, Worker.naam)).all())
    due = {d.casus_id: d for d in due_overview(session, today)}
    activity: dict[str, dt.date] = {}
    for casus_id, last in session.execute(
        select(FaseOvergang.casus_id, func.max(FaseOvergang.op)).group_by(FaseOvergang.casus_id)
    ):
        activity[casus_id] = last.date() if isinstance(last, dt.datetime) else last
    for casus_id, last_day in session.execute(
        select(ZrmAssessment.casus_id, func.max(ZrmAssessment.assessed_on)).group_by(ZrmAssessment.casus_id)
    ):
        activity[casus_id] = max(activity.get(casus_id, last_day), last_day)
    rows = []
    for c in casussen:
        naam, adres, postcode = labels.get(c.huishouden_id, ("", "", ""))
        step = due[c.id].next_step if c.id in due else None
        rows.append(
            CaseloadRow(
                casus_id=c.id,
                huishouden_id=c.huishouden_id,
                naam=naam,
                adres=adres,
                postcode=postcode,
                fase=Fase(c.fase),
                spoed=c.spoed != "[]",
                volgende_stap=step.name if step else "",
                volgende_stap_op=step.due if step else None,
                regisseur=workers.get(c.regisseur_id, ""),
                laatste_activiteit=max(activity.get(c.id, c.aanmelddatum), c.aanmelddatum),
            )
        )
    rows.sort(key=lambda r: (not r.spoed, r.volgende_stap_op or dt.date.max, r.naam))
    return rows


@dataclass(frozen=True)
class WaitlistRow:
    casus_id: str
    huishouden_id: str
    naam: str
    spoed: bool
    wacht_sinds: dt.date
    dagen: int
    contactpersoon: str  # the regisseur: the direct contact while waiting


def waitlist(session: Session, today: dt.date) -> list[WaitlistRow]:
    """Casussen waiting for a gesprek, longest wait first (waiting is dangerous: spoed on top)."""
    casussen = session.execute(
        select(Casus.id, Casus.huishouden_id, Casus.spoed, Casus.regisseur_id, Casus.aanmelddatum).where(
            Casus.fase == Fase.WACHTLIJST.value
        )
    ).all()
    labels = _household_labels(session)
    workers = dict(session.execute(select(Worker.id, Worker.naam)).all())
    rows = []
    for c in casussen:
        # Waiting starts at the aanmelding: that is when the inwoner asked for help.
        rows.append(
            WaitlistRow(
                casus_id=c.id,
                huishouden_id=c.huishouden_id,
                naam=labels.get(c.huishouden_id, ("", "", ""))[0],
                spoed=c.spoed != "[]",
                wacht_sinds=c.aanmelddatum,
                dagen=(today - c.aanmelddatum).days,
                contactpersoon=workers.get(c.regisseur_id, ""),
            )
        )
    rows.sort(key=lambda r: (not r.spoed, -r.dagen))
    return rows


class TodayKind(StrEnum):
    SPOED_ZONDER_GESPREK = "spoed_zonder_gesprek"
    MELDCODE = "meldcode"
    REGIESTAP_TE_LAAT = "regiestap_te_laat"
    REGIESTAP_DEZE_WEEK = "regiestap_deze_week"
    TUSSENEVALUATIE = "tussenevaluatie"
    ZRM_VEROUDERD = "zrm_verouderd"
    WAAKVLAM_CONTACT = "waakvlam_contact"


@dataclass(frozen=True)
class TodayItem:
    casus_id: str
    huishouden_id: str
    naam: str
    spoed: bool
    kind: TodayKind
    omschrijving: str
    op: dt.date | None


def today_items(session: Session, today: dt.date, horizon_days: int = 7) -> list[TodayItem]:
    """What is overdue or due within ``horizon_days``: regiestappen, tussenevaluaties, stale ZRM scores,
    and a reminder for every active casus whose gesprek flagged signals for the meldcode.

    Spoed casussen first; within that a spoed aanmelding without a gesprek, then meldcode signals, then overdue
    before upcoming, then by date.
    """
    labels = _household_labels(session)
    items: list[TodayItem] = []
    spoed_of: dict[str, bool] = {}
    phase_of: dict[str, Fase] = {}
    hh_of: dict[str, str] = {}

    def add(casus_id: str, kind: TodayKind, omschrijving: str, op: dt.date | None) -> None:
        hh = hh_of[casus_id]
        naam = labels.get(hh, ("", "", ""))[0]
        items.append(TodayItem(casus_id, hh, naam, spoed_of[casus_id], kind, omschrijving, op))

    for d in due_overview(session, today):
        spoed_of[d.casus_id], phase_of[d.casus_id], hh_of[d.casus_id] = d.spoed, d.fase, d.huishouden_id
        for step in d.overdue:
            add(d.casus_id, TodayKind.REGIESTAP_TE_LAAT, f"Regiestap {step.step_number}: {step.name}", step.due)
        for step in d.this_week:
            add(d.casus_id, TodayKind.REGIESTAP_DEZE_WEEK, f"Regiestap {step.step_number}: {step.name}", step.due)
    # A spoed aanmelding needs action at once, whatever deadline the rules give it.
    for casus_id, aanmelddatum in session.execute(
        select(Casus.id, Casus.aanmelddatum).where(
            Casus.fase.in_([Fase.AANMELDING.value, Fase.WACHTLIJST.value]), Casus.spoed != "[]"
        )
    ):
        if casus_id in hh_of:
            add(casus_id, TodayKind.SPOED_ZONDER_GESPREK, "Spoed: nog geen gesprek gevoerd", aanmelddatum)
    # Signals of domestic violence or child abuse stay on the list until the worker clears the flag in the gesprek.
    for casus_id, updated_at in session.execute(
        select(GesprekRow.casus_id, GesprekRow.updated_at).where(GesprekRow.meldcode.is_(True))
    ):
        if casus_id in hh_of:
            add(casus_id, TodayKind.MELDCODE, "Signalen voor de meldcode: volg de stappen", local_date(updated_at))
    horizon = today + dt.timedelta(days=horizon_days)
    for casus_id, content in session.execute(
        select(PlanVersion.casus_id, PlanVersion.content)
        .where(PlanVersion.status == PlanStatus.ONDERTEKEND.value)
        .order_by(PlanVersion.casus_id, PlanVersion.version)
    ):
        if casus_id not in phase_of:  # closed or waakvlam
            continue
        raw = json.loads(content).get("tussenevaluatie")
        when = dt.date.fromisoformat(raw) if raw else None
        if when is not None and when <= horizon:
            add(casus_id, TodayKind.TUSSENEVALUATIE, "Tussenevaluatie van het plan", when)
    stale_before = today - dt.timedelta(days=STALE_AFTER_DAYS)
    for casus_id, last in session.execute(
        select(ZrmAssessment.casus_id, func.max(ZrmAssessment.assessed_on))
        .where(ZrmAssessment.by == "werker")
        .group_by(ZrmAssessment.casus_id)
    ):
        if phase_of.get(casus_id) in SCORED_PHASES and last < stale_before:
            add(casus_id, TodayKind.ZRM_VEROUDERD, f"ZRM-scores ouder dan {STALE_AFTER_DAYS} dagen", last)
    # Waakvlam casussen have no regiestappen; their reminder is the contact rhythm agreed at afschalen.
    for h in waakvlam_reminders(session, today, horizon_days):
        hh_of.setdefault(h.casus_id, h.huishouden_id)
        spoed_of.setdefault(h.casus_id, h.spoed)
        add(h.casus_id, TodayKind.WAAKVLAM_CONTACT, f"Waakvlamcontact (elke {h.weken} weken)", h.op)
    overdue_first = {TodayKind.SPOED_ZONDER_GESPREK: -2, TodayKind.MELDCODE: -1, TodayKind.REGIESTAP_TE_LAAT: 0}
    items.sort(key=lambda i: (not i.spoed, overdue_first.get(i.kind, 1), i.op or today, i.naam))
    return items


def casus_spoed(session: Session, casus_id: str) -> tuple[Spoed, ...]:
    """The spoed flags ticked at the aanmelding of a casus (none for most), for the veiligheid part of the gesprek."""
    raw = session.scalar(select(Casus.spoed).where(Casus.id == casus_id))
    if raw is None:
        raise NotFound("Deze casus bestaat niet (meer) op deze computer.")
    ticked = set(json.loads(raw))
    return tuple(s for s in Spoed if s.value in ticked)  # in the order of the aanmelding form
