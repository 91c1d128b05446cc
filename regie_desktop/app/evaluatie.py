"""Use cases on voortgang and eindevaluatie: evaluate the doelen of the signed plan, attach the provider's
eindverslag, and extend (verlenging) with the doelen that are still open.

An evaluation always concerns the latest signed plan version: that is what the client agreed to. Doel ids stay
the same across versions (a new version copies them), so what an earlier evaluation said about a doel still
counts after a verlenging.

The eindverslag is a PDF from outside. Its bytes go into the encrypted database in the same transaction as
its record and are read back into memory only; they are never written to a file, also not a temporary one.
Sync carries its record (checksum, size, date); the bytes themselves travel once sync carries attachments.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus, record_phase_change
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.app.plans import latest_version, save_plan_draft
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.evaluatie import (
    Evaluatie,
    EvaluatieSoort,
    Uitkomst,
    check_pdf,
    latest_uitkomsten,
    open_doelen,
    resultaten_from_wire,
    resultaten_to_wire,
)
from regie_desktop.domain.plan import PlanContent, PlanStatus, plan_from_canonical
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store.models import Eindverslag, EvaluatieRow, PlanVersion

OPEN_ACTION = "evaluatie-inzien"
SAVE_ACTION = "evaluatie-vastleggen"
EDIT_ACTION = "evaluatie-bijwerken"
ATTACH_ACTION = "eindverslag-toevoegen"
VIEW_ATTACHMENT_ACTION = "eindverslag-bekijken"


@dataclass(frozen=True)
class DoelInfo:
    """A doel of the signed plan as the evaluation screen shows it."""

    id: str
    nummer: int
    leefgebied: str
    leefgebied_label: str
    omschrijving: str
    zes: str


@dataclass(frozen=True)
class EvaluatieRegel:
    id: str
    plan_version: int
    evaluatie: Evaluatie
    version: int


@dataclass(frozen=True)
class EindverslagInfo:
    id: str
    ontvangen_op: dt.date
    grootte: int
    sha256: str


@dataclass(frozen=True)
class EvaluatieWerkblad:
    casus_id: str
    huishouden_id: str
    fase: Fase
    plan_version_id: str | None
    """The latest signed version; None when nothing is signed yet (nothing to evaluate)."""
    plan_version: int | None
    doelen: tuple[DoelInfo, ...]
    evaluaties: tuple[EvaluatieRegel, ...]
    """Newest first."""
    uitkomsten: dict[str, Uitkomst]
    """Per doel id the uitkomst of the latest evaluation that judged it."""
    open_doelen: tuple[str, ...]
    eindverslagen: tuple[EindverslagInfo, ...]
    """Newest first."""
    kan_verlengen: bool
    """A signed plan is the latest version (no concept yet) and a doel is open."""


def signed_plan(session: Session, casus_id: str) -> tuple[PlanVersion, PlanContent] | None:
    """The latest signed plan version of the casus with its content, or None."""
    row = session.execute(
        select(PlanVersion)
        .where(PlanVersion.casus_id == casus_id, PlanVersion.status == PlanStatus.ONDERTEKEND.value)
        .order_by(PlanVersion.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    if row is None:
        return None
    return row, plan_from_canonical(json.loads(row.content))


def _evaluatie(row: EvaluatieRow) -> Evaluatie:
    return Evaluatie(
        soort=EvaluatieSoort(row.soort),
        datum=row.datum,
        resultaten=resultaten_from_wire(json.loads(row.resultaten)),
        toelichting=row.toelichting,
    )


def evaluaties(session: Session, casus_id: str) -> list[tuple[EvaluatieRow, Evaluatie, int]]:
    """Every evaluation of the casus, oldest first, with its row and its plan version number."""
    rows = session.execute(
        select(EvaluatieRow, PlanVersion.version)
        .join(PlanVersion, PlanVersion.id == EvaluatieRow.plan_version_id)
        .where(EvaluatieRow.casus_id == casus_id)
        .order_by(EvaluatieRow.datum, EvaluatieRow.created_at, EvaluatieRow.id)
    ).all()
    return [(row, _evaluatie(row), version) for row, version in rows]


def uitkomsten_of(session: Session, casus_id: str) -> dict[str, Uitkomst]:
    return latest_uitkomsten((e.datum, n, e) for n, (_row, e, _v) in enumerate(evaluaties(session, casus_id)))


def evaluatie_werkblad(session: Session, actor: Actor, casus_id: str) -> EvaluatieWerkblad:
    """What the evaluation screen shows; reading it is logged (``evaluatie-inzien``)."""
    werkblad = refresh_evaluatie(session, casus_id)
    record_access(session, actor, OPEN_ACTION, "casus", casus_id)
    return werkblad


def refresh_evaluatie(session: Session, casus_id: str) -> EvaluatieWerkblad:
    """The same without a log entry: re-reading after the worker's own save."""
    casus = get_casus(session, casus_id)
    signed = signed_plan(session, casus_id)
    instrument = catalog.instruments().get(casus.instrument_id)
    labels = {lg.key: lg.label for lg in instrument.leefgebieden} if instrument is not None else {}
    doelen: tuple[DoelInfo, ...] = ()
    if signed is not None:
        doelen = tuple(
            DoelInfo(d.id, n, d.leefgebied, labels.get(d.leefgebied, d.leefgebied), d.omschrijving, d.zes)
            for n, d in enumerate(signed[1].doelen, start=1)
        )
    found = evaluaties(session, casus_id)
    uitkomsten = latest_uitkomsten((e.datum, n, e) for n, (_row, e, _v) in enumerate(found))
    regels = tuple(EvaluatieRegel(row.id, v, e, row.version) for row, e, v in reversed(found))
    verslagen = session.execute(
        select(Eindverslag.id, Eindverslag.ontvangen_op, Eindverslag.grootte, Eindverslag.sha256)
        .where(Eindverslag.casus_id == casus_id)
        .order_by(Eindverslag.ontvangen_op.desc(), Eindverslag.created_at.desc())
    ).all()
    open_ids = open_doelen([d.id for d in doelen], uitkomsten)
    latest = latest_version(session, casus_id)
    return EvaluatieWerkblad(
        casus_id=casus_id,
        huishouden_id=casus.huishouden_id,
        fase=Fase(casus.fase),
        plan_version_id=signed[0].id if signed else None,
        plan_version=signed[0].version if signed else None,
        doelen=doelen,
        evaluaties=regels,
        uitkomsten=uitkomsten,
        open_doelen=open_ids,
        eindverslagen=tuple(EindverslagInfo(*v) for v in verslagen),
        kan_verlengen=bool(
            signed and open_ids and latest is not None and latest.status == PlanStatus.ONDERTEKEND.value
        ),
    )


# Phases from which an eindevaluatie moves the casus on to "evaluatie", and how.
_TO_EVALUATIE: dict[Fase, tuple[Fase, ...]] = {
    Fase.PLAN: (Fase.TRAJECT, Fase.EVALUATIE),
    Fase.TRAJECT: (Fase.EVALUATIE,),
}


def save_evaluatie(
    session: Session,
    actor: Actor,
    casus_id: str,
    evaluatie: Evaluatie,
    today: dt.date,
    evaluatie_id: str | None = None,
) -> str:
    """Store (or, with ``evaluatie_id``, change) an evaluation of the latest signed plan; returns its id.

    An eindevaluatie moves a casus that is still in plan or traject on to the phase evaluatie, within the same
    unit of work.
    """
    casus = get_casus(session, casus_id)
    signed = signed_plan(session, casus_id)
    if signed is None:
        raise ValidationError("Er is nog geen ondertekend plan; evalueer de doelen als het plan is ondertekend.")
    version_row, plan = signed
    if evaluatie_id is not None:
        row = session.get(EvaluatieRow, evaluatie_id)
        if row is None or row.casus_id != casus_id:
            raise NotFound("Deze evaluatie bestaat niet (meer) bij deze casus.")
        version = session.get(PlanVersion, row.plan_version_id)
        plan = plan_from_canonical(json.loads(version.content)) if version is not None else plan
    valid = evaluatie.validated([d.id for d in plan.doelen], today)
    fields = {
        "soort": valid.soort.value,
        "datum": valid.datum,
        "resultaten": resultaten_to_wire(valid.resultaten),
        "toelichting": valid.toelichting,
    }
    stored = {"resultaten": json.dumps(fields["resultaten"], ensure_ascii=False)}
    if evaluatie_id is None:
        fields = {"casus_id": casus_id, "plan_version_id": version_row.id, **fields}
        new = record_insert(session, actor, "evaluatie", EvaluatieRow, fields, stored)
        result_id, action = new.id, SAVE_ACTION
    else:
        assert row is not None
        if json.loads(row.resultaten) == fields["resultaten"]:
            fields.pop("resultaten")
            stored = {}
        if not record_update(session, actor, "evaluatie", row, fields, stored):
            return row.id
        result_id, action = row.id, EDIT_ACTION
    if valid.soort is EvaluatieSoort.EINDEVALUATIE:
        for target in _TO_EVALUATIE.get(Fase(casus.fase), ()):
            record_phase_change(session, actor, casus_id, target, "Eindevaluatie vastgelegd")
    record_access(session, actor, action, "casus", casus_id)
    return result_id


def attach_eindverslag(session: Session, actor: Actor, casus_id: str, data: bytes, today: dt.date) -> str:
    """Keep the provider's eindverslag (a PDF, at most 50 MB, not damaged) inside the encrypted database."""
    get_casus(session, casus_id)
    check_pdf(data)
    digest = hashlib.sha256(data).hexdigest()
    fields = {"casus_id": casus_id, "ontvangen_op": today, "sha256": digest, "grootte": len(data)}
    row = record_insert(session, actor, "eindverslag", Eindverslag, fields, data=data)
    record_access(session, actor, ATTACH_ACTION, "casus", casus_id)
    return row.id


def eindverslag_bytes(session: Session, actor: Actor, eindverslag_id: str) -> bytes:
    """The stored PDF, into memory only; looking at it is logged."""
    row = session.get(Eindverslag, eindverslag_id)
    if row is None:
        raise NotFound("Dit eindverslag bestaat niet (meer) op deze computer.")
    if row.data is None:  # pulled metadata; the content follows in chunks (sync.attachments)
        raise NotFound(
            "De inhoud van dit eindverslag is nog niet opgehaald bij de centrale opslag. Synchroniseer en probeer "
            "het opnieuw."
        )
    record_access(session, actor, VIEW_ATTACHMENT_ACTION, "casus", row.casus_id)
    return bytes(row.data)


def verleng(session: Session, actor: Actor, casus_id: str, today: dt.date) -> str:
    """Start the next plan version with only the open doelen (deels or niet bereikt, or never evaluated).

    It is a concept like any other: acties and the '6' come along to adjust, the tussenevaluatie date is left
    empty for the new period, and it needs the client's consent and signature again. Returns the version id;
    the one access entry is the plan's own ("plan-opstellen").
    """
    get_casus(session, casus_id)
    latest = latest_version(session, casus_id)
    signed = signed_plan(session, casus_id)
    if signed is None:
        raise ValidationError("Er is nog geen ondertekend plan om te verlengen.")
    if latest is not None and latest.status == PlanStatus.CONCEPT.value:
        raise ValidationError(
            "Er is al een conceptversie van het plan. Werk die bij onder Plan; een verlenging maakt geen "
            "tweede concept."
        )
    plan = signed[1]
    open_ids = set(open_doelen([d.id for d in plan.doelen], uitkomsten_of(session, casus_id)))
    if not open_ids:
        raise ValidationError("Alle doelen zijn bereikt: er is niets om te verlengen.")
    nieuw = replace(
        plan,
        doelen=tuple(d for d in plan.doelen if d.id in open_ids),
        tussenevaluatie=None,
    )
    return save_plan_draft(session, actor, nieuw, today)
