"""Use cases on ZRM assessments: record one (validated against its instrument) and read a person's history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access, record_change, record_insert
from regie_desktop.domain.ids import new_id
from regie_desktop.domain.zrm import AssessedBy, Assessment, Score
from regie_desktop.errors import NotFound
from regie_desktop.store.models import Persoon, ZrmAssessment, ZrmScore


def record_assessment(session: Session, actor: Actor, casus_id: str, assessment: Assessment, today: dt.date) -> str:
    """Store a dated assessment; an assessment is never edited afterwards, a new one is made instead."""
    casus = get_casus(session, casus_id)
    persoon = session.get(Persoon, assessment.person_id)
    if persoon is None or persoon.huishouden_id != casus.huishouden_id:
        raise NotFound("Deze persoon hoort niet bij het huishouden van de casus.")
    valid = assessment.validated(catalog.instrument(assessment.instrument_id), today)
    row_id = new_id()
    row = ZrmAssessment(
        id=row_id,
        casus_id=casus_id,
        persoon_id=valid.person_id,
        instrument_id=valid.instrument_id,
        instrument_version=valid.instrument_version,
        assessed_on=valid.assessed_on,
        by=valid.by,
        created_at=dt.datetime.now(dt.UTC),
    )
    row.scores = [ZrmScore(id=new_id(), leefgebied=s.leefgebied, value=s.value, nvt=s.nvt) for s in valid.scores]
    session.add(row)
    record_change(
        session,
        actor,
        "zrm_assessment",
        row_id,
        {
            "casus_id": casus_id,
            "persoon_id": valid.person_id,
            "instrument_id": valid.instrument_id,
            "instrument_version": valid.instrument_version,
            "assessed_on": valid.assessed_on,
            "by": valid.by,
            "scores": [
                {"leefgebied": s.leefgebied, "value": s.value, "nvt": s.nvt}
                for s in sorted(valid.scores, key=lambda s: s.leefgebied)
            ],
        },
        base_version=0,
    )
    record_access(session, actor, "zrm-scoren", "casus", casus_id)
    return row_id


def to_domain(row: ZrmAssessment) -> Assessment:
    return Assessment(
        person_id=row.persoon_id,
        instrument_id=row.instrument_id,
        instrument_version=row.instrument_version,
        assessed_on=row.assessed_on,
        scores=tuple(Score(s.leefgebied, s.value, s.nvt) for s in row.scores),
        by="client" if row.by == "client" else "werker",
    )


def history(session: Session, persoon_id: str) -> list[Assessment]:
    """A person's assessments, oldest first (the order the change between two is read in)."""
    rows = session.execute(
        select(ZrmAssessment)
        .where(ZrmAssessment.persoon_id == persoon_id)
        .options(selectinload(ZrmAssessment.scores))
        .order_by(ZrmAssessment.assessed_on, ZrmAssessment.created_at)
    ).scalars()
    return [to_domain(r) for r in rows]


def _wire_scores(scores: list[ZrmScore]) -> list[dict[str, object]]:
    return [
        {"leefgebied": s.leefgebied, "value": s.value, "nvt": s.nvt} for s in sorted(scores, key=lambda s: s.leefgebied)
    ]


def set_score(
    session: Session,
    actor: Actor,
    casus_id: str,
    persoon_id: str,
    leefgebied: str,
    score: Score,
    today: dt.date,
    by: AssessedBy = "werker",
) -> bool:
    """Set one score in the person's assessment of ``today``: the gesprek scores leefgebied by leefgebied.

    There is one assessment per person, day and ``by`` for the casus's instrument; the first score of the day
    creates it, later ones update it (a new revision with the whole score list, so a sync peer never has to
    merge half a list). Setting "niet besproken" where no assessment exists yet changes nothing. Returns
    whether anything changed.
    """
    casus = get_casus(session, casus_id)
    persoon = session.get(Persoon, persoon_id)
    if persoon is None or persoon.huishouden_id != casus.huishouden_id:
        raise NotFound("Deze persoon hoort niet bij het huishouden van de casus.")
    instrument = catalog.instrument(casus.instrument_id)
    if score.leefgebied != leefgebied:
        raise ValueError("score.leefgebied differs from leefgebied")
    row = (
        session.execute(
            select(ZrmAssessment)
            .where(
                ZrmAssessment.casus_id == casus_id,
                ZrmAssessment.persoon_id == persoon_id,
                ZrmAssessment.instrument_id == instrument.id,
                ZrmAssessment.instrument_version == instrument.version,
                ZrmAssessment.assessed_on == today,
                ZrmAssessment.by == by,
            )
            .options(selectinload(ZrmAssessment.scores))
            .order_by(ZrmAssessment.created_at)
        )
        .scalars()
        .first()
    )
    current = {s.leefgebied: Score(s.leefgebied, s.value, s.nvt) for s in row.scores} if row is not None else {}
    if row is None and not score.besproken:
        return False
    if current.get(leefgebied, Score(leefgebied, None)) == score:
        return False
    scores = tuple(sorted({**current, leefgebied: score}.values(), key=lambda s: s.leefgebied))
    Assessment(persoon_id, instrument.id, instrument.version, today, scores, by).validated(instrument, today)
    if row is None:
        new_rows = [ZrmScore(id=new_id(), leefgebied=s.leefgebied, value=s.value, nvt=s.nvt) for s in scores]
        fields = {
            "casus_id": casus_id,
            "persoon_id": persoon_id,
            "instrument_id": instrument.id,
            "instrument_version": instrument.version,
            "assessed_on": today,
            "by": by,
            "scores": _wire_scores(new_rows),
        }
        record_insert(session, actor, "zrm_assessment", ZrmAssessment, fields, stored={"scores": new_rows})
    else:
        existing = next((s for s in row.scores if s.leefgebied == leefgebied), None)
        if existing is None:
            row.scores.append(ZrmScore(id=new_id(), leefgebied=leefgebied, value=score.value, nvt=score.nvt))
        else:
            existing.value, existing.nvt = score.value, score.nvt
        base = row.version
        row.version = base + 1
        record_change(session, actor, "zrm_assessment", row.id, {"scores": _wire_scores(row.scores)}, base)
    record_access(session, actor, "zrm-scoren", "casus", casus_id)
    return True
