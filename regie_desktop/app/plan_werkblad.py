"""What the plan screens show for one casus: the plan being drafted, its versions, and what feeds it.

The plan editor, the compare view, the read-through with the client and the consent screen all work from
one ``PlanWerkblad``: the current concept (or the latest signed version, read-only), the wensen from the
gesprek to start doelen from, and who can carry out an actie. Reading it is logged once as opening the plan.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.dossier import display_name
from regie_desktop.app.journal import Actor, record_access
from regie_desktop.app.plans import latest_version, save_plan_draft, verify_version
from regie_desktop.domain.household import Rol
from regie_desktop.domain.ids import new_id
from regie_desktop.domain.plan import Doel, PlanContent, PlanStatus, WieSoort, plan_from_canonical
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store.models import (
    Huishouden,
    LeefgebiedNotitieRow,
    NetwerkPersoonRow,
    Persoon,
    PlanVersion,
    Worker,
)

OPEN_ACTION = "plan-openen"
PRINT_ACTION = "plan-afdrukken"
PREVIEW_ACTION = "plan-bekijken"


@dataclass(frozen=True)
class WieOptie:
    """Someone who can carry out an actie, offered in the editor's "wie" list (free text stays possible)."""

    naam: str
    soort: WieSoort


@dataclass(frozen=True)
class Wens:
    """A wens recorded in the gesprek: where a doel in that leefgebied starts from."""

    leefgebied: str
    persoon: str
    tekst: str


@dataclass(frozen=True)
class VersieInfo:
    """One plan version as the version list shows it; ``verificatie`` only for signed versions."""

    id: str
    version: int
    status: PlanStatus
    signed_at: dt.datetime | None
    verificatie: str | None


@dataclass(frozen=True)
class PlanWerkblad:
    casus_id: str
    huishouden_id: str
    titel: str
    """The household's first person, for the page title."""
    instrument_id: str
    leefgebieden: tuple[tuple[str, str], ...]
    """(key, label) in the instrument's order."""
    plan: PlanContent
    """The concept being drafted; when the latest version is signed, that version (``editable`` is False)."""
    editable: bool
    versie_id: str | None
    """The row of ``plan``; None when no version exists yet."""
    versies: tuple[VersieInfo, ...]
    """Every version, oldest first."""
    laatst_ondertekend: PlanContent | None
    """The latest signed version, for the compare view."""
    wensen: tuple[Wens, ...]
    wie_opties: tuple[WieOptie, ...]
    clienten: tuple[str, ...]
    """Names of the household's adults (aanvrager first): who may sign as cliënt."""
    werker_naam: str
    toestemming_gegevensverwerking: bool
    """What was agreed at the aanmelding; the consent screen starts from it."""

    def label(self, leefgebied: str) -> str:
        return dict(self.leefgebieden).get(leefgebied, leefgebied)


def new_doel(leefgebied: str, omschrijving: str = "") -> Doel:
    """A doel with a fresh id (ids must stay stable across versions: the compare view matches on them)."""
    return Doel(id=new_id(), leefgebied=leefgebied, omschrijving=omschrijving)


def open_plan(session: Session, actor: Actor, casus_id: str) -> PlanWerkblad:
    """Everything the plan screens need; logged as ``plan-openen`` (reading a dossier is logged too)."""
    werkblad = refresh_plan(session, casus_id)
    record_access(session, actor, OPEN_ACTION, "casus", casus_id)
    return werkblad


def start_new_version(session: Session, actor: Actor, casus_id: str, today: dt.date) -> PlanWerkblad:
    """A new concept that starts as a copy of the latest signed version; it needs new consent to be signed."""
    latest = latest_version(session, casus_id)
    if latest is None or latest.status != PlanStatus.ONDERTEKEND.value:
        raise ValidationError("Er is al een concept; een nieuwe versie is pas nodig na ondertekening.")
    save_plan_draft(session, actor, plan_from_canonical(json.loads(latest.content)), today)
    session.flush()
    return refresh_plan(session, casus_id)


def record_print(session: Session, actor: Actor, casus_id: str, variant: str) -> None:
    """A printed plan is an export on paper: logged like the PDF export (NEN 7513)."""
    record_access(session, actor, f"{PRINT_ACTION}-{variant}", "casus", casus_id)


def refresh_plan(session: Session, casus_id: str) -> PlanWerkblad:
    casus = get_casus(session, casus_id)
    hh = session.get(Huishouden, casus.huishouden_id)
    if hh is None:
        raise NotFound("Het huishouden van deze casus bestaat niet (meer) op deze computer.")
    instrument = catalog.instrument(casus.instrument_id)
    leefgebieden = tuple((lg.key, lg.label) for lg in instrument.leefgebieden)
    rows = (
        session.execute(select(PlanVersion).where(PlanVersion.casus_id == casus_id).order_by(PlanVersion.version))
        .scalars()
        .all()
    )
    versies = tuple(
        VersieInfo(
            id=row.id,
            version=row.version,
            status=PlanStatus(row.status),
            signed_at=row.signed_at,
            verificatie=verify_version(session, row.id) if row.status == PlanStatus.ONDERTEKEND.value else None,
        )
        for row in rows
    )
    signed = [row for row in rows if row.status == PlanStatus.ONDERTEKEND.value]
    laatst_ondertekend = plan_from_canonical(json.loads(signed[-1].content)) if signed else None
    latest = rows[-1] if rows else None
    if latest is None:
        plan = PlanContent(casus_id=casus_id, version=1, instrument_id=casus.instrument_id, doelen=())
    else:
        plan = plan_from_canonical(json.loads(latest.content))
    personen = list(hh.personen)
    personen.sort(key=lambda p: p.rol != Rol.AANVRAGER)
    netwerk = session.execute(
        select(NetwerkPersoonRow.naam)
        .where(NetwerkPersoonRow.casus_id == casus_id, NetwerkPersoonRow.verwijderd.is_(False))
        .order_by(NetwerkPersoonRow.naam)
    ).scalars()
    worker = session.execute(select(Worker).order_by(Worker.created_at)).scalars().first()
    werker_naam = worker.naam if worker is not None else ""
    opties = [
        WieOptie(display_name(p), WieSoort.CLIENT if p.rol == Rol.AANVRAGER else WieSoort.HUISHOUDEN) for p in personen
    ]
    opties += [WieOptie(naam, WieSoort.NETWERK) for naam in netwerk]
    if werker_naam:
        opties.append(WieOptie(werker_naam, WieSoort.WERKER))
    return PlanWerkblad(
        casus_id=casus_id,
        huishouden_id=hh.id,
        titel=display_name(personen[0]) if personen else "",
        instrument_id=casus.instrument_id,
        leefgebieden=leefgebieden,
        plan=plan,
        editable=latest is None or latest.status == PlanStatus.CONCEPT.value,
        versie_id=latest.id if latest is not None else None,
        versies=versies,
        laatst_ondertekend=laatst_ondertekend,
        wensen=_wensen(session, casus_id, leefgebieden),
        wie_opties=tuple(opties),
        clienten=tuple(display_name(p) for p in personen if p.rol != Rol.KIND),
        werker_naam=werker_naam,
        toestemming_gegevensverwerking=casus.toestemming_gegevensverwerking,
    )


def _wensen(session: Session, casus_id: str, leefgebieden: tuple[tuple[str, str], ...]) -> tuple[Wens, ...]:
    order = {key: n for n, (key, _label) in enumerate(leefgebieden)}
    found = session.execute(
        select(LeefgebiedNotitieRow.leefgebied, Persoon, LeefgebiedNotitieRow.wens)
        .join(Persoon, Persoon.id == LeefgebiedNotitieRow.persoon_id)
        .where(LeefgebiedNotitieRow.casus_id == casus_id, LeefgebiedNotitieRow.wens != "")
    ).all()
    wensen = [Wens(leefgebied, display_name(p), wens.strip()) for leefgebied, p, wens in found if wens.strip()]
    wensen.sort(key=lambda w: (order.get(w.leefgebied, len(order)), w.persoon))
    return tuple(wensen)
