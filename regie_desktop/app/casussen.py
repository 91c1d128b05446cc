"""Use cases on a casus: open one for a household (the aanmelding) and move it through its phases."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.app.settings import team_instrument
from regie_desktop.domain.casus import Aanmelding, Fase, transition
from regie_desktop.domain.local_time import local_date
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store.models import Casus, FaseOvergang, Huishouden

CLOCK_SLACK = dt.timedelta(minutes=5)  # laptop clocks drift; a few minutes ahead is not "the future"


def get_casus(session: Session, casus_id: str) -> Casus:
    row = session.get(Casus, casus_id)
    if row is None:
        raise NotFound("Deze casus bestaat niet (meer) op deze computer.")
    return row


def aanmelding_fields(aanmelding: Aanmelding) -> dict[str, Any]:
    return {
        "aanmelddatum": aanmelding.datum,
        "kanaal": aanmelding.kanaal.value,
        "verwijzer": aanmelding.verwijzer,
        "hulpvraag": aanmelding.hulpvraag,
        "betrokken_professionals": list(aanmelding.betrokken_professionals),
        "spoed": sorted(s.value for s in aanmelding.spoed),
        "toestemming_gegevensverwerking": aanmelding.toestemming_gegevensverwerking,
        "uitleg_procedure_gegeven": aanmelding.uitleg_procedure_gegeven,
    }


def open_casus(
    session: Session,
    actor: Actor,
    huishouden_id: str,
    aanmelding: Aanmelding,
    today: dt.date,
    instrument_id: str | None = None,
) -> str:
    """Register the aanmelding as a new casus in phase aanmelding, with this worker as regisseur.

    The casus keeps the instrument it starts with (the team's choice unless given), so its assessments
    stay comparable even when the team later switches.
    """
    if session.get(Huishouden, huishouden_id) is None:
        raise NotFound("Dit huishouden bestaat niet (meer) op deze computer.")
    instrument_id = instrument_id or team_instrument(session)
    catalog.instrument(instrument_id)
    valid = aanmelding.validated(today)
    fields = {
        **aanmelding_fields(valid),
        "huishouden_id": huishouden_id,
        "regisseur_id": actor.worker_id,
        "fase": Fase.AANMELDING.value,
        "instrument_id": instrument_id,
    }
    stored = {
        "betrokken_professionals": json.dumps(fields["betrokken_professionals"], ensure_ascii=False),
        "spoed": json.dumps(fields["spoed"]),
    }
    casus = record_insert(session, actor, "casus", Casus, fields, stored)
    record_access(session, actor, "aanmelden", "casus", casus.id)
    return casus.id


def change_phase(
    session: Session, actor: Actor, casus_id: str, target: Fase, reden: str, at: dt.datetime | None = None
) -> None:
    """Move the casus if the phase machine allows it; the move itself is kept as a record of its own."""
    record_phase_change(session, actor, casus_id, target, reden, at)
    record_access(session, actor, f"fase:{target.value}", "casus", casus_id)


def record_phase_change(
    session: Session, actor: Actor, casus_id: str, target: Fase, reden: str, at: dt.datetime | None = None
) -> None:
    """The phase move with its change records but no access-log entry: for use inside another use case
    (closing a casus moves it), which logs its own single access."""
    casus = get_casus(session, casus_id)
    now = dt.datetime.now(dt.UTC)
    at = at or now
    if at > now + CLOCK_SLACK:
        raise ValidationError("Een faseovergang kan niet in de toekomst liggen.")
    last = session.scalar(select(func.max(FaseOvergang.op)).where(FaseOvergang.casus_id == casus_id))
    if last is not None and at < last:
        raise ValidationError("Deze faseovergang ligt vóór de vorige; kies een later moment.")
    step = transition(Fase(casus.fase), target, reden, actor.worker_id, at)
    record_insert(
        session,
        actor,
        "fase_overgang",
        FaseOvergang,
        {
            "casus_id": casus_id,
            "van": step.van.value,
            "naar": step.naar.value,
            "reden": step.reden,
            "door": step.door,
            "op": step.op,
        },
    )
    fields: dict[str, Any] = {"fase": step.naar.value}
    if step.naar is Fase.AFGESLOTEN:
        fields["afgesloten_op"] = local_date(step.op)
    record_update(session, actor, "casus", casus, fields)
