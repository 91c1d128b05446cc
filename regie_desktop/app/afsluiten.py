"""Use cases on afschalen and afsluiten: the closing checklist, the outcome (afgesloten, waakvlam, overdracht),
the waakvlam reminders for Vandaag, and the evaluation PDF for the client.

Closing moves the casus through the phase machine (``domain.casus``): from traject via evaluatie, to afgesloten
or waakvlam; an overdracht is a closing with the name of who takes over. Open checklist items or acties do not
block the worker but must be explained: ``close_casus`` raises ``DoorgaanNodig`` with the open points until a
reason to proceed is given, and stores that reason and the points with the closing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.assessments import history
from regie_desktop.app.casussen import get_casus, record_phase_change
from regie_desktop.app.contactjournaal import last_contact_dates
from regie_desktop.app.dossier import display_name
from regie_desktop.app.evaluatie import evaluaties, signed_plan, uitkomsten_of
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.domain.afsluiten import (
    AFSLUIT_UITKOMST_LABELS,
    Afsluiting,
    AfsluitRedenen,
    AfsluitUitkomst,
    ChecklistItem,
    OpenActie,
    closing_problems,
    ensure_closable,
    load_redenen,
    next_waakvlam_contact,
    open_acties,
)
from regie_desktop.domain.casus import TRANSITIONS, Fase
from regie_desktop.domain.evaluatie import UITKOMST_LABELS, EvaluatieSoort
from regie_desktop.domain.household import Rol
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.policy import organisation
from regie_desktop.reports.evaluatie_pdf import DoelUitkomst, EvaluatieDocument, ZrmRegel, evaluatie_pdf_bytes
from regie_desktop.store.models import AfsluitingRow, Casus, Huishouden, Worker

OPEN_ACTION = "afsluiten-inzien"
CLOSE_ACTION = "casus-afsluiten"
PDF_ACTION = "evaluatie-exporteren"

# From where the closing starts; traject first moves to evaluatie (the only way on from traject).
CLOSABLE = frozenset({Fase.PLAN, Fase.TRAJECT, Fase.EVALUATIE, Fase.WAAKVLAM})


@cache
def redenen() -> AfsluitRedenen:
    """The reason codes of ``resources/rules/afsluitredenen.json``, read once."""
    return load_redenen()


@dataclass(frozen=True)
class AfsluitStand:
    """A stored closing as the screen shows it."""

    afsluiting: Afsluiting
    open_punten: tuple[str, ...]
    volgende_contact: dt.date | None
    """For waakvlam while the casus is in waakvlam: when the next contact is due."""


@dataclass(frozen=True)
class AfsluitWerkblad:
    casus_id: str
    huishouden_id: str
    fase: Fase
    kan_afsluiten: bool
    """The phase allows closing (plan, traject, evaluatie, or ending a waakvlam)."""
    open_acties: tuple[OpenActie, ...]
    stand: AfsluitStand | None
    redenen: AfsluitRedenen


def _target(uitkomst: AfsluitUitkomst) -> Fase:
    return Fase.WAAKVLAM if uitkomst is AfsluitUitkomst.WAAKVLAM else Fase.AFGESLOTEN


def _afsluiting(row: AfsluitingRow) -> Afsluiting:
    known = {i.value for i in ChecklistItem}
    return Afsluiting(
        uitkomst=AfsluitUitkomst(row.uitkomst),
        redencode=row.redencode,
        checklist=frozenset(ChecklistItem(i) for i in json.loads(row.checklist) if i in known),
        datum=row.datum,
        toelichting=row.toelichting,
        waakvlam_weken=row.waakvlam_weken,
        overdracht_aan=row.overdracht_aan,
        doorgaan_reden=row.doorgaan_reden,
    )


def _open_acties(session: Session, casus_id: str, today: dt.date) -> tuple[OpenActie, ...]:
    signed = signed_plan(session, casus_id)
    if signed is None:
        return ()
    return open_acties(signed[1], uitkomsten_of(session, casus_id), today)


def afsluit_werkblad(session: Session, actor: Actor, casus_id: str, today: dt.date) -> AfsluitWerkblad:
    """What the closing screen shows; reading it is logged (``afsluiten-inzien``)."""
    werkblad = refresh_afsluiten(session, casus_id, today)
    record_access(session, actor, OPEN_ACTION, "casus", casus_id)
    return werkblad


def refresh_afsluiten(session: Session, casus_id: str, today: dt.date) -> AfsluitWerkblad:
    casus = get_casus(session, casus_id)
    fase = Fase(casus.fase)
    row = session.execute(select(AfsluitingRow).where(AfsluitingRow.casus_id == casus_id)).scalar_one_or_none()
    stand = None
    if row is not None:
        afsluiting = _afsluiting(row)
        volgende = None
        if fase is Fase.WAAKVLAM and afsluiting.waakvlam_weken:
            last = last_contact_dates(session, [casus_id]).get(casus_id)
            volgende = next_waakvlam_contact(afsluiting.datum, afsluiting.waakvlam_weken, last)
        stand = AfsluitStand(afsluiting, tuple(json.loads(row.open_punten)), volgende)
    return AfsluitWerkblad(
        casus_id=casus_id,
        huishouden_id=casus.huishouden_id,
        fase=fase,
        kan_afsluiten=fase in CLOSABLE,
        open_acties=_open_acties(session, casus_id, today),
        stand=stand,
        redenen=redenen(),
    )


def _path(current: Fase, target: Fase) -> tuple[Fase, ...]:
    """The phases to move through; a ValidationError when the phase machine has no way (or only back)."""
    if current not in CLOSABLE:
        raise ValidationError(
            "Een casus kan pas worden afgesloten of afgeschaald als er een plan is; "
            "sluit een casus in een eerdere fase af via het huishouden."
        )
    if current is Fase.WAAKVLAM and target is Fase.WAAKVLAM:
        raise ValidationError("Deze casus staat al op waakvlam.")
    if target in TRANSITIONS[current]:
        return (target,)
    if current is Fase.TRAJECT:
        return (Fase.EVALUATIE, target)
    if current is Fase.PLAN and target is Fase.WAAKVLAM:
        return (Fase.TRAJECT, Fase.EVALUATIE, target)
    raise ValidationError("Deze casus kan vanuit de huidige fase niet zo worden afgesloten.")


def close_casus(session: Session, actor: Actor, casus_id: str, afsluiting: Afsluiting, today: dt.date) -> str:
    """Close or scale down the casus; returns the id of the stored closing.

    Raises ``DoorgaanNodig`` (a ValidationError) listing what is open while no reason to proceed is given.
    """
    casus = get_casus(session, casus_id)
    valid = afsluiting.validated(redenen(), today)
    target = _target(valid.uitkomst)
    path = _path(Fase(casus.fase), target)
    acties = _open_acties(session, casus_id, today)
    ensure_closable(valid, acties)
    problems = closing_problems(valid, acties)
    reden = redenen().get(valid.redencode)
    label = reden.label if reden is not None else valid.redencode
    phase_reason = f"{AFSLUIT_UITKOMST_LABELS[valid.uitkomst]}: {label}"
    if valid.overdracht_aan:
        phase_reason += f" (overdracht aan {valid.overdracht_aan})"
    for fase in path:
        record_phase_change(session, actor, casus_id, fase, phase_reason if fase is path[-1] else "Afronding")
    fields = {
        "uitkomst": valid.uitkomst.value,
        "redencode": valid.redencode,
        "checklist": sorted(i.value for i in valid.checklist),
        "datum": valid.datum,
        "toelichting": valid.toelichting,
        "waakvlam_weken": valid.waakvlam_weken,
        "overdracht_aan": valid.overdracht_aan,
        "doorgaan_reden": valid.doorgaan_reden,
        "open_punten": list(problems),
    }
    stored = {
        "checklist": json.dumps(fields["checklist"]),
        "open_punten": json.dumps(fields["open_punten"], ensure_ascii=False),
    }
    row = session.execute(select(AfsluitingRow).where(AfsluitingRow.casus_id == casus_id)).scalar_one_or_none()
    if row is None:
        row = record_insert(session, actor, "afsluiting", AfsluitingRow, {"casus_id": casus_id, **fields}, stored)
    else:  # a waakvlam that ends: the same closing, now with its final outcome
        record_update(session, actor, "afsluiting", row, fields, stored)
    record_access(session, actor, CLOSE_ACTION, "casus", casus_id)
    return row.id


RITME_ACTION = "waakvlam-ritme"


def set_waakvlam_ritme(
    session: Session,
    actor: Actor,
    casus_id: str,
    weken: int,
    sinds: dt.date,
    today: dt.date,
    redencode: str = "STABIEL_MET_ZORG",
) -> str:
    """Set (or change) the contact rhythm of a casus already in waakvlam, e.g. one that went there straight from
    the gesprek without a plan; the reminders on Vandaag follow it. Returns the id of the closing record."""
    casus = get_casus(session, casus_id)
    if Fase(casus.fase) is not Fase.WAAKVLAM:
        raise ValidationError("Een contactritme hoort bij een casus op waakvlam.")
    valid = Afsluiting(
        uitkomst=AfsluitUitkomst.WAAKVLAM,
        redencode=redencode,
        checklist=frozenset(),
        datum=sinds,
        waakvlam_weken=weken,
    ).validated(redenen(), today)
    fields = {"datum": valid.datum, "waakvlam_weken": valid.waakvlam_weken, "uitkomst": valid.uitkomst.value}
    row = session.execute(select(AfsluitingRow).where(AfsluitingRow.casus_id == casus_id)).scalar_one_or_none()
    if row is None:
        extra = {
            "casus_id": casus_id,
            "redencode": valid.redencode,
            "checklist": [],
            "toelichting": "",
            "overdracht_aan": "",
            "doorgaan_reden": "",
            "open_punten": [],
        }
        stored = {"checklist": "[]", "open_punten": "[]"}
        row = record_insert(session, actor, "afsluiting", AfsluitingRow, {**extra, **fields}, stored)
    elif not record_update(session, actor, "afsluiting", row, fields):
        return row.id
    record_access(session, actor, RITME_ACTION, "casus", casus_id)
    return row.id


# --- waakvlam reminders --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WaakvlamHerinnering:
    casus_id: str
    huishouden_id: str
    spoed: bool
    weken: int
    op: dt.date


def waakvlam_reminders(session: Session, today: dt.date, horizon_days: int = 7) -> list[WaakvlamHerinnering]:
    """Waakvlam casussen whose next contact is due within ``horizon_days`` (or overdue), soonest first."""
    rows = session.execute(
        select(Casus.id, Casus.huishouden_id, Casus.spoed, AfsluitingRow.datum, AfsluitingRow.waakvlam_weken)
        .join(AfsluitingRow, AfsluitingRow.casus_id == Casus.id)
        .where(Casus.fase == Fase.WAAKVLAM.value, AfsluitingRow.waakvlam_weken.is_not(None))
    ).all()
    last = last_contact_dates(session, [r.id for r in rows])
    horizon = today + dt.timedelta(days=horizon_days)
    found = []
    for r in rows:
        due = next_waakvlam_contact(r.datum, int(r.waakvlam_weken), last.get(r.id))
        if due <= horizon:
            found.append(WaakvlamHerinnering(r.id, r.huishouden_id, r.spoed != "[]", int(r.waakvlam_weken), due))
    found.sort(key=lambda h: h.op)
    return found


# --- the evaluation PDF for the client -----------------------------------------------------------------------


def evaluatie_document(session: Session, casus_id: str, today: dt.date) -> EvaluatieDocument:
    """What the client's evaluation letter shows: no professional-only notes, no journal, no BSN."""
    casus = get_casus(session, casus_id)
    signed = signed_plan(session, casus_id)
    if signed is None:
        raise ValidationError("Er is nog geen ondertekend plan; een evaluatie voor de cliënt kan pas daarna.")
    version_row, plan = signed
    hh = session.get(Huishouden, casus.huishouden_id)
    if hh is None:
        raise NotFound("Het huishouden van deze casus bestaat niet (meer) op deze computer.")
    personen = sorted(hh.personen, key=lambda p: (p.rol != Rol.AANVRAGER, p.created_at))
    found = evaluaties(session, casus_id)
    last_eind = next((e for _r, e, _v in reversed(found) if e.soort is EvaluatieSoort.EINDEVALUATIE), None)
    last_any = found[-1][1] if found else None
    chosen = last_eind or last_any
    by_doel = {r.doel_id: r for r in chosen.resultaten} if chosen is not None else {}
    instrument = catalog.instrument(casus.instrument_id)
    labels = {lg.key: lg.label for lg in instrument.leefgebieden}
    doelen = tuple(
        DoelUitkomst(
            leefgebied=labels.get(d.leefgebied, d.leefgebied),
            omschrijving=d.omschrijving,
            zes=d.zes,
            uitkomst=UITKOMST_LABELS[by_doel[d.id].uitkomst] if d.id in by_doel else "",
            toelichting=by_doel[d.id].toelichting if d.id in by_doel else "",
        )
        for d in plan.doelen
    )
    zrm: tuple[ZrmRegel, ...] = ()
    eerste_op = laatste_op = None
    if personen:
        metingen = [
            m for m in history(session, personen[0].id) if m.by == "werker" and m.instrument_id == instrument.id
        ]
        if len(metingen) >= 2:
            first, last = metingen[0], metingen[-1]
            eerste_op, laatste_op = first.assessed_on, last.assessed_on
            regels = []
            for lg in instrument.leefgebieden:
                a, b = first.score(lg.key), last.score(lg.key)
                va = a.numeric if a is not None else None
                vb = b.numeric if b is not None else None
                if va is not None or vb is not None:
                    regels.append(ZrmRegel(lg.label, va, vb))
            zrm = tuple(regels)
    row = session.execute(select(AfsluitingRow).where(AfsluitingRow.casus_id == casus_id)).scalar_one_or_none()
    afsluiting = _afsluiting(row) if row is not None else None
    worker = session.execute(select(Worker).order_by(Worker.created_at)).scalars().first()
    return EvaluatieDocument(
        gemeente=organisation().gemeente or "",
        client_naam=display_name(personen[0]) if personen else "",
        werker_naam=worker.naam if worker is not None else "",
        werker_team=worker.team if worker is not None else "",
        plan_version=version_row.version,
        aanmelddatum=casus.aanmelddatum,
        datum=today,
        evaluatie_soort="eindevaluatie" if last_eind is not None else ("tussenevaluatie" if last_any else ""),
        evaluatie_datum=chosen.datum if chosen is not None else None,
        doelen=doelen,
        zrm=zrm,
        zrm_eerste=eerste_op,
        zrm_laatste=laatste_op,
        uitkomst=afsluiting.uitkomst.value if afsluiting is not None else "",
        waakvlam_weken=afsluiting.waakvlam_weken if afsluiting is not None else None,
        overdracht_aan=afsluiting.overdracht_aan if afsluiting is not None else "",
    )


def evaluatie_pdf(session: Session, actor: Actor, casus_id: str, today: dt.date) -> bytes:
    """The client's evaluation letter as PDF bytes in memory, logged as an export (``evaluatie-exporteren``)."""
    data = evaluatie_pdf_bytes(evaluatie_document(session, casus_id, today))
    record_access(session, actor, PDF_ACTION, "casus", casus_id)
    return data
