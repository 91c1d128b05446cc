"""A casus with a signed plan, the sociale kaart loaded: where the traject starts. Synthetic data only."""

from __future__ import annotations

import datetime as dt
import io

from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.sociale_kaart import KaartSoort, import_kaart, list_kaart
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import plan_hash
from tests.app.factories import TODAY, Dossier, consent, new_dossier, plan


def signed_dossier(
    service: WorkspaceService,
    withheld: tuple[str, ...] = (),
    share: bool = True,
    omschrijving: str = "Schulden op een rij",
) -> Dossier:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id, omschrijving=omschrijving), TODAY)
    with service.unit_of_work() as (session, actor):
        current = draft(session, d.casus_id)
        assert current is not None
        sign_plan(session, actor, d.casus_id, consent(plan_hash(current), share=share, withheld=withheld), TODAY)
    return d


def load_kaart(service: WorkspaceService) -> str:
    """Loads the example sociale kaart; returns the id of its first aanbieder."""
    with service.unit_of_work() as (session, actor):
        import_kaart(session, actor)
    with service.unit_of_work() as (session, _):
        return next(i.id for i in list_kaart(session) if i.soort is KaartSoort.AANBIEDER)


def pdf_with_text(text: str, pages: int = 1, padding: int = 0) -> bytes:
    """A real PDF (reportlab) that shows ``text``; ``padding`` adds incompressible bytes to reach a size."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    canvas.setTitle("Ondersteuningsplan")
    for number in range(pages):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 760, text)
        canvas.drawString(72, 730, f"Pagina {number + 1}")
        canvas.showPage()
    if padding:
        import os

        canvas.setAuthor("x")
        # An embedded file attachment is an easy, valid way to make a large PDF.
        canvas._doc.Catalog  # noqa: B018 - touch the catalog so it exists
        from reportlab.pdfbase.pdfdoc import PDFStream

        stream = PDFStream(content=os.urandom(padding).hex())
        canvas._doc.Reference(stream)
    canvas.save()
    return buffer.getvalue()


DAY = dt.timedelta(days=1)
