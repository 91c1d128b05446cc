"""The opdracht to the provider (regiestap 5): chosen from the sociale kaart, recorded, and made into two files
for the backoffice: the order as PDF (``reports.opdracht_pdf``) and the same order as structured JSON whose
schema is ``OpdrachtBestand`` (pydantic), so a municipal backoffice can read it without retyping.

Both files carry only the doelen the client consented to share (Plan B: withheld leefgebieden are absent, not
hidden). Recording an opdracht sets the moment ``opdracht_verstuurd`` (the provider's 10 werkdagen count from
it), the indicatie's start and end from the period when they are not known yet, and marks regiestap 5 done.
Making the files is logged as an export of the casus ("opdracht-exporteren").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.documents import plan_document
from regie_desktop.app.journal import Actor, record_access, record_insert
from regie_desktop.app.regiestappen import record_step_done
from regie_desktop.app.sociale_kaart import KaartSoort, get_item
from regie_desktop.app.traject import _record_event
from regie_desktop.domain.deadlines import Event, TermRule
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.reports.opdracht_pdf import OpdrachtDocument, maatwerk_codes, opdracht_pdf_bytes
from regie_desktop.store.models import (
    Huishouden,
    PlanVersion,
    RegiestapGebeurtenis,
    RegiestapGedaan,
    TrajectOpdracht,
)

ENTITY = "traject_opdracht"
EXPORT_ACTION = "opdracht-exporteren"
SCHEMA_ID = "urn:regie:opdracht:1"
DEFAULT_PERIOD_DAYS = 182  # half a year: the usual first indicatie
ORDER_STEP = 5


def casus_reference(casus_id: str) -> str:
    """A short reference for file names and titles: no personal data, still unique enough to find the casus."""
    return casus_id.replace("-", "")[-4:].upper()


@dataclass(frozen=True)
class OpdrachtInvoer:
    aanbieder_id: str
    productcode: str
    periode_start: dt.date
    periode_einde: dt.date
    werker_telefoon: str
    werker_email: str
    verstuurd_op: dt.date


@dataclass(frozen=True)
class OpdrachtVoorstel:
    """What the form starts with: the plan's maatwerk codes, a period, the worker's details from last time."""

    plan_version_id: str
    productcodes: tuple[tuple[str, str], ...]
    withheld: tuple[str, ...]
    share_with_provider: bool
    invoer: OpdrachtInvoer | None
    """The opdracht recorded earlier for this casus (the latest), or None."""
    werker_telefoon: str
    werker_email: str
    periode_start: dt.date
    periode_einde: dt.date


# --- the JSON file's schema --------------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BestandAanbieder(_Strict):
    naam: str
    wijk: str
    telefoon: str = ""
    email: str = ""


class BestandWerker(_Strict):
    naam: str
    team: str = ""
    telefoon: str = ""
    email: str = ""


class BestandClient(_Strict):
    naam: str
    geboortedatum: dt.date | None = None
    bsn: str | None = None
    adres: str = ""


class BestandInzet(_Strict):
    soort: Literal["eigen_kracht", "netwerk", "voorveld", "maatwerk"]
    omschrijving: str
    productcode: str = ""


class BestandDoel(_Strict):
    nummer: int = Field(ge=1)
    leefgebied: str
    leefgebied_naam: str
    omschrijving: str
    goed_genoeg: str = ""
    inzet: list[BestandInzet] = []


class BestandPlan(_Strict):
    versie: int
    ondertekend_op: dt.date
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    niet_gedeeld: list[str]
    """Keys of the withheld leefgebieden: "n.v.t." for the provider; their doelen are not in this file."""


class OpdrachtBestand(_Strict):
    """The order for the municipal backoffice, one file per opdracht (``schema`` names this version)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_id: Literal["urn:regie:opdracht:1"] = Field(default="urn:regie:opdracht:1", alias="schema")
    referentie: str
    gemeente: str = ""
    verstuurd_op: dt.date
    aanbieder: BestandAanbieder
    productcode: str
    product_omschrijving: str = ""
    periode_start: dt.date
    periode_einde: dt.date
    werker: BestandWerker
    client: BestandClient
    plan: BestandPlan
    doelen: list[BestandDoel]

    def to_json_bytes(self) -> bytes:
        return (self.model_dump_json(by_alias=True, indent=2) + "\n").encode("utf-8")


# --- use cases ------------------------------------------------------------------------------------------------


def _signed_version(session: Session, casus_id: str) -> PlanVersion:
    row = (
        session.execute(
            select(PlanVersion)
            .where(PlanVersion.casus_id == casus_id, PlanVersion.status == "ondertekend")
            .order_by(PlanVersion.version.desc())
        )
        .scalars()
        .first()
    )
    if row is None:
        raise ValidationError("Er is nog geen ondertekend plan: een opdracht kan pas na ondertekening.")
    return row


def _latest(session: Session, casus_id: str) -> TrajectOpdracht | None:
    return (
        session.execute(
            select(TrajectOpdracht)
            .where(TrajectOpdracht.casus_id == casus_id)
            .order_by(TrajectOpdracht.created_at.desc())
        )
        .scalars()
        .first()
    )


def _invoer(row: TrajectOpdracht) -> OpdrachtInvoer:
    return OpdrachtInvoer(
        aanbieder_id=row.aanbieder_id,
        productcode=row.productcode,
        periode_start=row.periode_start,
        periode_einde=row.periode_einde,
        werker_telefoon=row.werker_telefoon,
        werker_email=row.werker_email,
        verstuurd_op=row.verstuurd_op,
    )


def opdracht_voorstel(session: Session, actor: Actor, casus_id: str, today: dt.date) -> OpdrachtVoorstel:
    """What the opdracht form starts with; logs nothing (the traject page logged its opening)."""
    get_casus(session, casus_id)
    version = _signed_version(session, casus_id)
    doc = plan_document(session, actor, casus_id, version.id, today)
    latest = _latest(session, casus_id)
    # The worker's own details are the same in every opdracht: take them from the last one anywhere.
    last_any = session.execute(select(TrajectOpdracht).order_by(TrajectOpdracht.created_at.desc())).scalars().first()
    start = today
    return OpdrachtVoorstel(
        plan_version_id=version.id,
        productcodes=tuple(maatwerk_codes(doc)),
        withheld=tuple(sorted(doc.withheld)),
        share_with_provider=doc.consent is not None and doc.consent.share_with_provider,
        invoer=_invoer(latest) if latest is not None else None,
        werker_telefoon=last_any.werker_telefoon if last_any is not None else "",
        werker_email=last_any.werker_email if last_any is not None else "",
        periode_start=start,
        periode_einde=start + dt.timedelta(days=DEFAULT_PERIOD_DAYS),
    )


def _check(invoer: OpdrachtInvoer, today: dt.date) -> None:
    if invoer.periode_einde <= invoer.periode_start:
        raise ValidationError("Het einde van de periode moet na het begin liggen.")
    if invoer.verstuurd_op > today:
        raise ValidationError("De verzenddatum ligt in de toekomst; leg de opdracht vast als ze verstuurd is.")
    if not invoer.productcode.strip():
        raise ValidationError("Kies het product (de productcode van de maatwerkvoorziening).")
    if not (invoer.werker_telefoon.strip() or invoer.werker_email.strip()):
        raise ValidationError("Vul uw telefoonnummer of e-mailadres in: de aanbieder neemt contact met u op.")


def record_opdracht(session: Session, actor: Actor, casus_id: str, invoer: OpdrachtInvoer, today: dt.date) -> str:
    """Store the opdracht, set the moments it starts and mark regiestap 5 done; returns the opdracht id."""
    get_casus(session, casus_id)
    _check(invoer, today)
    version = _signed_version(session, casus_id)
    doc = plan_document(session, actor, casus_id, version.id, today)
    if doc.consent is None or not doc.consent.share_with_provider:
        raise ValidationError("De cliënt heeft geen toestemming gegeven om het plan met de aanbieder te delen.")
    aanbieder = get_item(session, invoer.aanbieder_id)
    if aanbieder.soort is not KaartSoort.AANBIEDER:
        raise ValidationError("Kies een aanbieder: een voorveldorganisatie krijgt geen opdracht via de backoffice.")
    fields = {
        "casus_id": casus_id,
        "aanbieder_id": invoer.aanbieder_id,
        "plan_version_id": version.id,
        "productcode": invoer.productcode.strip().upper(),
        "periode_start": invoer.periode_start,
        "periode_einde": invoer.periode_einde,
        "werker_telefoon": invoer.werker_telefoon.strip(),
        "werker_email": invoer.werker_email.strip(),
        "verstuurd_op": invoer.verstuurd_op,
    }
    row = record_insert(session, actor, ENTITY, TrajectOpdracht, fields)
    known = {
        e
        for (e,) in session.execute(select(RegiestapGebeurtenis.event).where(RegiestapGebeurtenis.casus_id == casus_id))
    }
    _record_event(session, actor, casus_id, Event.OPDRACHT_VERSTUURD, invoer.verstuurd_op)
    if Event.INDICATIE_START.value not in known:
        _record_event(session, actor, casus_id, Event.INDICATIE_START, invoer.periode_start)
    if Event.INDICATIE_EINDE.value not in known:
        _record_event(session, actor, casus_id, Event.INDICATIE_EINDE, invoer.periode_einde)
    done = session.execute(
        select(RegiestapGedaan.id).where(
            RegiestapGedaan.casus_id == casus_id, RegiestapGedaan.step_number == ORDER_STEP
        )
    ).first()
    if done is None:
        note = f"Opdracht via de backoffice naar {aanbieder.naam}"
        record_step_done(session, actor, casus_id, ORDER_STEP, invoer.verstuurd_op, note, today)
    record_access(session, actor, "opdracht-vastleggen", "casus", casus_id)
    return row.id


def _bestand_and_document(session: Session, actor: Actor, row: TrajectOpdracht) -> tuple[OpdrachtBestand, bytes]:
    doc = plan_document(session, actor, row.casus_id, row.plan_version_id)
    aanbieder = get_item(session, row.aanbieder_id)
    casus = get_casus(session, row.casus_id)
    hh = session.get(Huishouden, casus.huishouden_id)
    if hh is None:
        raise NotFound("Het huishouden van deze casus bestaat niet (meer) op deze computer.")
    aanvrager = next((p for p in hh.personen if p.rol == "aanvrager"), hh.personen[0] if hh.personen else None)
    naam = (
        " ".join(part for part in (aanvrager.voornamen, aanvrager.tussenvoegsel, aanvrager.achternaam) if part)
        if aanvrager is not None
        else ""
    )
    omschrijving = dict(maatwerk_codes(doc)).get(row.productcode, "")
    reference = casus_reference(row.casus_id)
    shown = [d for d in doc.plan.doelen if d.leefgebied not in doc.withheld]
    bestand = OpdrachtBestand(
        referentie=reference,
        gemeente=doc.gemeente,
        verstuurd_op=row.verstuurd_op,
        aanbieder=BestandAanbieder(
            naam=aanbieder.naam, wijk=aanbieder.wijk, telefoon=aanbieder.telefoon, email=aanbieder.email
        ),
        productcode=row.productcode,
        product_omschrijving=omschrijving,
        periode_start=row.periode_start,
        periode_einde=row.periode_einde,
        werker=BestandWerker(
            naam=doc.werker_naam, team=doc.werker_team, telefoon=row.werker_telefoon, email=row.werker_email
        ),
        client=BestandClient(
            naam=naam,
            geboortedatum=aanvrager.geboortedatum if aanvrager is not None else None,
            bsn=aanvrager.bsn if aanvrager is not None else None,
            adres=doc.adres,
        ),
        plan=BestandPlan(
            versie=doc.version, ondertekend_op=doc.datum, sha256=doc.plan_hash, niet_gedeeld=sorted(doc.withheld)
        ),
        doelen=[
            BestandDoel(
                nummer=number,
                leefgebied=d.leefgebied,
                leefgebied_naam=doc.label(d.leefgebied),
                omschrijving=d.omschrijving,
                goed_genoeg=d.zes,
                inzet=[
                    BestandInzet(soort=i.soort.value, omschrijving=i.omschrijving, productcode=i.productcode)
                    for i in d.inzet
                ],
            )
            for number, d in enumerate(shown, start=1)
        ],
    )
    pdf = opdracht_pdf_bytes(
        OpdrachtDocument(
            plan=doc,
            referentie=reference,
            aanbieder_naam=aanbieder.naam,
            aanbieder_wijk=aanbieder.wijk,
            aanbieder_telefoon=aanbieder.telefoon,
            aanbieder_email=aanbieder.email,
            productcode=row.productcode,
            product_omschrijving=omschrijving,
            periode_start=row.periode_start,
            periode_einde=row.periode_einde,
            werker_telefoon=row.werker_telefoon,
            werker_email=row.werker_email,
            verstuurd_op=row.verstuurd_op,
            client_naam=naam,
            client_geboortedatum=bestand.client.geboortedatum,
            client_bsn=bestand.client.bsn,
            contact_termijn=_contact_term(),
        )
    )
    return bestand, pdf


def _contact_term() -> str:
    """The provider's term for the first contact as the rules file gives it ("10 werkdagen")."""
    step = next((s for s in catalog.rules().steps if s.number == 6), None)
    rule = step.deadline if step is not None else None
    if isinstance(rule, TermRule) and rule.offset > 0:
        return f"{rule.offset} {rule.unit.value}"
    return "korte tijd"


@dataclass(frozen=True)
class OpdrachtBestanden:
    pdf: bytes
    json: bytes
    referentie: str


def export_opdracht(session: Session, actor: Actor, opdracht_id: str) -> OpdrachtBestanden:
    """The order as PDF and as JSON, logged once as an export of the casus."""
    row = session.get(TrajectOpdracht, opdracht_id)
    if row is None:
        raise NotFound("Deze opdracht bestaat niet (meer) op deze computer.")
    bestand, pdf = _bestand_and_document(session, actor, row)
    record_access(session, actor, EXPORT_ACTION, "casus", row.casus_id)
    return OpdrachtBestanden(pdf=pdf, json=bestand.to_json_bytes(), referentie=bestand.referentie)


def latest_opdracht_id(session: Session, casus_id: str) -> str | None:
    row = _latest(session, casus_id)
    return row.id if row is not None else None
