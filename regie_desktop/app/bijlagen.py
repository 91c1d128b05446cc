"""Documents from outside, above all the provider's ondersteuningsplan (regiestap 9), and its bespreking.

An attachment is kept only inside the encrypted database: the bytes go into ``traject_bijlage.inhoud`` in the
same transaction as its metadata, and are read back into memory to be shown. Nothing is written to disk, not
even as a temporary file. Before storing, the file must be a PDF (magic bytes ``%PDF-``), at most
``MAX_BYTES``, and readable: pypdf must open it and count its pages; anything else is refused with a Dutch
message and nothing is stored. The change record carries the metadata and the SHA-256, not the bytes: those
travel in chunks after the metadata (``sync.attachments``), so on another laptop an attachment can be listed
before its content has arrived.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.app.regiestappen import record_step_done
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store.models import RegiestapGedaan, TrajectBespreking, TrajectBijlage

MAX_BYTES = 50 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
ONDERSTEUNINGSPLAN = "ondersteuningsplan"
PLAN_STEP = 9
VIEW_ACTION = "bijlage-bekijken"
NOT_FETCHED = (
    "De inhoud van deze bijlage is nog niet opgehaald bij de centrale opslag. Synchroniseer en probeer het opnieuw."
)


@dataclass(frozen=True)
class BijlageInfo:
    id: str
    soort: str
    grootte: int
    paginas: int
    toegevoegd_op: dt.date
    sha256: str
    aanwezig: bool = True  # False: the metadata came with a sync, the content is still to be fetched


def check_pdf(data: bytes) -> int:
    """The number of pages of a valid PDF, or a ValidationError in Dutch saying what is wrong with it."""
    if not data:
        raise ValidationError("Het bestand is leeg.")
    if len(data) > MAX_BYTES:
        raise ValidationError(
            f"Het bestand is te groot ({len(data) / 1024 / 1024:.0f} MB); een bijlage mag hoogstens "
            f"{MAX_BYTES // 1024 // 1024} MB zijn."
        )
    if not data[:1024].lstrip().startswith(PDF_MAGIC):
        raise ValidationError("Dit bestand is geen PDF. Voeg het ondersteuningsplan toe als PDF-bestand.")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would name objects of the file
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = len(reader.pages)
        if pages:
            reader.pages[0].get_contents()
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise ValidationError(
            "De PDF is beschadigd en kan niet worden gelezen; vraag de aanbieder om een nieuwe."
        ) from exc
    if pages == 0:
        raise ValidationError("De PDF heeft geen pagina's; vraag de aanbieder om een nieuwe.")
    return pages


def attach_pdf(
    session: Session, actor: Actor, casus_id: str, data: bytes, today: dt.date, soort: str = ONDERSTEUNINGSPLAN
) -> str:
    """Store a PDF inside the workspace; the ondersteuningsplan also marks regiestap 9 done (received today)."""
    get_casus(session, casus_id)
    pages = check_pdf(data)
    fields = {
        "casus_id": casus_id,
        "soort": soort,
        "grootte": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "paginas": pages,
        "toegevoegd_op": today,
    }
    row = record_insert(session, actor, "traject_bijlage", TrajectBijlage, fields, inhoud=data)
    if soort == ONDERSTEUNINGSPLAN:
        done = session.execute(
            select(RegiestapGedaan.id).where(
                RegiestapGedaan.casus_id == casus_id, RegiestapGedaan.step_number == PLAN_STEP
            )
        ).first()
        if done is None:
            record_step_done(session, actor, casus_id, PLAN_STEP, today, "Ondersteuningsplan ontvangen", today)
    record_access(session, actor, "bijlage-toevoegen", "casus", casus_id)
    return row.id


def list_bijlagen(session: Session, casus_id: str, soort: str | None = None) -> list[BijlageInfo]:
    """The attachments of a casus (of one ``soort`` when given), newest first, without their bytes."""
    query = (
        select(
            TrajectBijlage.id,
            TrajectBijlage.soort,
            TrajectBijlage.grootte,
            TrajectBijlage.paginas,
            TrajectBijlage.toegevoegd_op,
            TrajectBijlage.sha256,
            TrajectBijlage.inhoud.is_not(None).label("aanwezig"),
        )
        .where(TrajectBijlage.casus_id == casus_id)
        .order_by(TrajectBijlage.created_at.desc())
    )
    if soort is not None:
        query = query.where(TrajectBijlage.soort == soort)
    rows = session.execute(query).all()
    return [BijlageInfo(r.id, r.soort, r.grootte, r.paginas, r.toegevoegd_op, r.sha256, bool(r.aanwezig)) for r in rows]


def read_bijlage(session: Session, actor: Actor, bijlage_id: str) -> bytes:
    """The bytes of an attachment, into memory only; logged as looking at the dossier."""
    row = session.get(TrajectBijlage, bijlage_id)
    if row is None:
        raise NotFound("Deze bijlage bestaat niet (meer) op deze computer.")
    if row.inhoud is None:  # the metadata came with a sync, the content follows in chunks (sync.attachments)
        raise NotFound(NOT_FETCHED)
    record_access(session, actor, VIEW_ACTION, "casus", row.casus_id)
    return bytes(row.inhoud)


# --- the bespreking of the ondersteuningsplan ---------------------------------------------------------------


@dataclass(frozen=True)
class Bespreking:
    besproken_op: dt.date | None = None
    indicatie_juist: bool = False
    doelen_concreet: bool = False
    aandacht_netwerk: bool = False
    aandacht_voorveld: bool = False
    aandacht_eigen_kracht: bool = False
    wie_informeert: str = ""
    toelichting: str = ""


TEXT_MAX = 2000


def load_bespreking(session: Session, casus_id: str) -> Bespreking:
    row = session.execute(select(TrajectBespreking).where(TrajectBespreking.casus_id == casus_id)).scalar_one_or_none()
    if row is None:
        return Bespreking()
    return Bespreking(
        besproken_op=row.besproken_op,
        indicatie_juist=row.indicatie_juist,
        doelen_concreet=row.doelen_concreet,
        aandacht_netwerk=row.aandacht_netwerk,
        aandacht_voorveld=row.aandacht_voorveld,
        aandacht_eigen_kracht=row.aandacht_eigen_kracht,
        wie_informeert=row.wie_informeert,
        toelichting=row.toelichting,
    )


def save_bespreking(session: Session, actor: Actor, casus_id: str, bespreking: Bespreking, today: dt.date) -> bool:
    """Store the bespreking (one per casus); returns whether anything changed. Nothing changed logs nothing."""
    get_casus(session, casus_id)
    if bespreking.besproken_op is not None and bespreking.besproken_op > today:
        raise ValidationError("De datum van de bespreking ligt in de toekomst.")
    if len(bespreking.wie_informeert) > TEXT_MAX or len(bespreking.toelichting) > TEXT_MAX:
        raise ValidationError(f"Houd de teksten van de bespreking kort (hoogstens {TEXT_MAX} tekens).")
    fields = {
        "besproken_op": bespreking.besproken_op,
        "indicatie_juist": bespreking.indicatie_juist,
        "doelen_concreet": bespreking.doelen_concreet,
        "aandacht_netwerk": bespreking.aandacht_netwerk,
        "aandacht_voorveld": bespreking.aandacht_voorveld,
        "aandacht_eigen_kracht": bespreking.aandacht_eigen_kracht,
        "wie_informeert": bespreking.wie_informeert.strip(),
        "toelichting": bespreking.toelichting.strip(),
    }
    row = session.execute(select(TrajectBespreking).where(TrajectBespreking.casus_id == casus_id)).scalar_one_or_none()
    if row is None:
        record_insert(session, actor, "traject_bespreking", TrajectBespreking, {"casus_id": casus_id, **fields})
    elif not record_update(session, actor, "traject_bespreking", row, fields):
        return False
    record_access(session, actor, "bespreking-opslaan", "casus", casus_id)
    return True
