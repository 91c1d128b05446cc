"""Use cases that turn a stored plan version into a document: the plan PDF (full or for the provider) and
the consent receipt.

``reports.plan_pdf`` only draws a ``PlanDocument``; this module gathers its values from the workspace and the
machine policy. Gathering reads rows directly rather than through ``open_household``/``load_gesprek`` so that
an export leaves exactly one access-log entry: the export itself, written in the same unit of work as the
bytes are made (if rendering fails, the caller's rollback removes the entry too).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access
from regie_desktop.app.plan_werkblad import PREVIEW_ACTION
from regie_desktop.app.plans import stored_record
from regie_desktop.domain.gesprek import Informatie
from regie_desktop.domain.household import Rol
from regie_desktop.domain.plan import PlanStatus, plan_from_canonical, plan_hash
from regie_desktop.errors import NotFound
from regie_desktop.policy import organisation
from regie_desktop.reports.document_model import DocumentPersoon, InformatieGegeven, PlanDocument
from regie_desktop.reports.plan_pdf import consent_receipt_bytes, plan_pdf_bytes
from regie_desktop.store.models import ConsentRow, GesprekRow, Huishouden, PlanVersion, Worker

Variant = Literal["volledig", "aanbieder"]
DocumentKind = Literal["volledig", "aanbieder", "ontvangstbewijs"]
"""What the document screen offers: the two plan variants and the consent receipt."""

EXPORT_ACTIONS: dict[Variant, str] = {
    "volledig": "plan-exporteren-volledig",
    "aanbieder": "plan-exporteren-aanbieder",
}
RECEIPT_ACTION = "ontvangstbewijs-exporteren"

ROL_LABELS: dict[str, str] = {
    Rol.AANVRAGER: "Aanvrager",
    Rol.PARTNER: "Partner",
    Rol.KIND: "Kind",
    Rol.OUDER: "Ouder",
    Rol.HUISGENOOT: "Huisgenoot",
    Rol.ANDERS: "Anders",
}
INFORMATIE_LABELS: dict[str, str] = {
    Informatie.PRIVACY: "Privacy en gegevensverwerking",
    Informatie.KLACHTENPROCEDURE: "Klachtenprocedure",
    Informatie.CLIENTONDERSTEUNING: "Onafhankelijke cliëntondersteuning",
}

_LOCAL = ZoneInfo("Europe/Amsterdam")
_BITMAP_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG


def _bitmap_logo(path: Path | None) -> Path | None:
    """The policy's logo when reportlab can draw it (PNG or JPEG); an SVG or unreadable file gives None."""
    if path is None:
        return None
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return None
    return path if head.startswith(_BITMAP_MAGIC) else None


def _version(session: Session, casus_id: str, plan_version_id: str | None) -> PlanVersion:
    """The asked version of this casus; by default the latest signed one, else the latest concept."""
    if plan_version_id is not None:
        row = session.get(PlanVersion, plan_version_id)
        if row is None or row.casus_id != casus_id:
            raise NotFound("Deze planversie bestaat niet (meer) bij deze casus.")
        return row
    rows = session.execute(
        select(PlanVersion).where(PlanVersion.casus_id == casus_id).order_by(PlanVersion.version.desc())
    ).scalars()
    latest: PlanVersion | None = None
    for row in rows:
        if row.status == PlanStatus.ONDERTEKEND.value:
            return row
        latest = latest or row
    if latest is None:
        raise NotFound("Deze casus heeft nog geen plan.")
    return latest


def _informatie(session: Session, casus_id: str) -> tuple[InformatieGegeven, ...]:
    raw = session.execute(
        select(GesprekRow.informatie_gegeven).where(GesprekRow.casus_id == casus_id)
    ).scalar_one_or_none()
    given = json.loads(raw or "{}")
    items = sorted((dt.date.fromisoformat(on), kind) for kind, on in given.items())
    return tuple(InformatieGegeven(INFORMATIE_LABELS.get(kind, kind), on) for on, kind in items)


def plan_document(
    session: Session,
    actor: Actor,
    casus_id: str,
    plan_version_id: str | None = None,
    today: dt.date | None = None,
) -> PlanDocument:
    """Everything a plan document shows for one version; logs nothing (the export that uses it does).

    ``today`` is the footer date of a concept; a signed version carries its signing date.
    """
    del actor  # the signature matches the other use cases; reading values alone is not logged
    casus = get_casus(session, casus_id)
    version = _version(session, casus_id, plan_version_id)
    plan = plan_from_canonical(json.loads(version.content))
    consent = None
    if version.status == PlanStatus.ONDERTEKEND.value:
        consent_row = session.execute(
            select(ConsentRow).where(ConsentRow.plan_version_id == version.id)
        ).scalar_one_or_none()
        if consent_row is not None:
            consent = stored_record(version, consent_row).consent
    if consent is not None and version.signed_at is not None:
        datum = version.signed_at.astimezone(_LOCAL).date()
    else:
        datum = today or dt.datetime.now(_LOCAL).date()
    hh = session.get(Huishouden, casus.huishouden_id)
    if hh is None:
        raise NotFound("Het huishouden van deze casus bestaat niet (meer) op deze computer.")
    personen = tuple(
        DocumentPersoon(
            naam=" ".join(part for part in (p.voornamen, p.tussenvoegsel, p.achternaam) if part),
            rol=ROL_LABELS.get(p.rol, p.rol),
            geboortedatum=p.geboortedatum,
            bsn=p.bsn,
        )
        for p in hh.personen
    )
    straat = " ".join(part for part in (hh.straat, hh.huisnummer) if part)
    plaats = " ".join(part for part in (hh.postcode, hh.woonplaats) if part)
    adres = ", ".join(part for part in (straat, plaats) if part)
    worker = session.execute(select(Worker).order_by(Worker.created_at)).scalars().first()
    instrument = catalog.instruments().get(plan.instrument_id)
    leefgebieden = tuple((lg.key, lg.label) for lg in instrument.leefgebieden) if instrument is not None else ()
    org = organisation()
    return PlanDocument(
        gemeente=org.gemeente or "",
        personen=personen,
        adres=adres,
        werker_naam=worker.naam if worker is not None else "",
        werker_team=worker.team if worker is not None else "",
        plan=plan,
        plan_hash=version.plan_hash or plan_hash(plan),
        leefgebieden=leefgebieden,
        datum=datum,
        informatie_gegeven=_informatie(session, casus_id),
        consent=consent,
        logo_path=_bitmap_logo(org.logo_file),
    )


def export_plan(
    session: Session,
    actor: Actor,
    casus_id: str,
    variant: Variant,
    plan_version_id: str | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The plan PDF in the asked variant, logged as an export; a concept cannot go to the provider (Dutch error)."""
    if variant not in EXPORT_ACTIONS:
        raise ValueError(f"unknown variant {variant!r}")
    data = plan_pdf_bytes(plan_document(session, actor, casus_id, plan_version_id, today), variant)
    record_access(session, actor, EXPORT_ACTIONS[variant], "casus", casus_id)
    return data


def consent_receipt(session: Session, actor: Actor, casus_id: str, plan_version_id: str | None = None) -> bytes:
    """The client's receipt of their consent for a signed version, logged as an export."""
    data = consent_receipt_bytes(plan_document(session, actor, casus_id, plan_version_id))
    record_access(session, actor, RECEIPT_ACTION, "casus", casus_id)
    return data


def _render(
    session: Session,
    actor: Actor,
    casus_id: str,
    kind: DocumentKind,
    plan_version_id: str | None,
    today: dt.date | None,
) -> bytes:
    doc = plan_document(session, actor, casus_id, plan_version_id, today)
    if kind == "ontvangstbewijs":
        return consent_receipt_bytes(doc)
    if kind not in EXPORT_ACTIONS:
        raise ValueError(f"unknown document kind {kind!r}")
    return plan_pdf_bytes(doc, kind)


def preview_document(
    session: Session,
    actor: Actor,
    casus_id: str,
    kind: DocumentKind,
    plan_version_id: str | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The same PDF as the export, logged as looking at the plan (``plan-bekijken``), not as an export.

    The preview stays inside Regie, so it is a read like opening the plan; only what leaves the app (a
    file, paper) is logged as an export or a print.
    """
    data = _render(session, actor, casus_id, kind, plan_version_id, today)
    record_access(session, actor, PREVIEW_ACTION, "casus", casus_id)
    return data


def export_document(
    session: Session,
    actor: Actor,
    casus_id: str,
    kind: DocumentKind,
    plan_version_id: str | None = None,
    today: dt.date | None = None,
) -> bytes:
    """``export_plan`` or ``consent_receipt`` by kind, so the document screen has one entry for its export."""
    if kind == "ontvangstbewijs":
        return consent_receipt(session, actor, casus_id, plan_version_id)
    return export_plan(session, actor, casus_id, kind, plan_version_id, today)
