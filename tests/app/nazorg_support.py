"""A casus with a signed plan, the starting point of the journaal, evaluatie and afsluiten tests."""

from __future__ import annotations

import datetime as dt

from regie_desktop.app.casussen import change_phase
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.plan import plan_hash
from tests.app.factories import TODAY, Dossier, consent, new_dossier, plan


def signed_dossier(service: WorkspaceService, fase: Fase = Fase.TRAJECT, today: dt.date = TODAY) -> Dossier:
    """A household with a casus whose plan (two doelen, ``d1`` with one actie on 1 July 2026) is signed."""
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, d.casus_id, Fase.GESPREK, "")
        change_phase(session, actor, d.casus_id, Fase.PLAN, "")
        save_plan_draft(session, actor, plan(d.casus_id), today)
        current = draft(session, d.casus_id)
        assert current is not None
        sign_plan(session, actor, d.casus_id, consent(plan_hash(current)), today)
        if fase is Fase.TRAJECT:
            change_phase(session, actor, d.casus_id, Fase.TRAJECT, "")
    return d


def minimal_pdf(text: str = "Eindverslag van de aanbieder", pages: int = 1) -> bytes:
    """A small valid PDF made with reportlab, with ``text`` on each page, uncompressed (so the text is in the
    bytes as it is, which is what a scan for plaintext copies looks for)."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    for n in range(pages):
        canvas.drawString(72, 720, f"{text} {n + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def assess(service: WorkspaceService, casus_id: str, persoon_id: str, on: dt.date, financien: int) -> None:
    """A worker ZRM meting of the aanvrager (financien and huisvesting)."""
    from regie_desktop.app.assessments import record_assessment
    from regie_desktop.domain.zrm import Assessment, Score
    from tests.app.factories import INSTRUMENT

    meting = Assessment(
        person_id=persoon_id,
        instrument_id=INSTRUMENT.id,
        instrument_version=INSTRUMENT.version,
        assessed_on=on,
        scores=(Score("financien", financien), Score("huisvesting", 3)),
    )
    with service.unit_of_work() as (session, actor):
        record_assessment(session, actor, casus_id, meting, on)
