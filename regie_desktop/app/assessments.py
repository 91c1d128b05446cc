"""Use cases on ZRM assessments: record one (validated against its instrument) and read a person's history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access, record_change
from regie_desktop.domain.ids import new_id
from regie_desktop.domain.zrm import Assessment, Score
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
