"""Reading a dossier: everything the household/casus overview shows, and the caseload search.

Opening a dossier is itself logged (NEN 7513: reads count too); searching is not, because a search
result shows no more than a name and an address and is not yet a look into the file.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.assessments import history
from regie_desktop.app.journal import Actor, record_access
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.zrm import Score, latest_per_leefgebied
from regie_desktop.errors import NotFound
from regie_desktop.store.models import Casus, FaseOvergang, Huishouden, Persoon, PlanVersion


@dataclass(frozen=True)
class PersoonView:
    id: str
    naam: str
    geboortedatum: dt.date | None
    bsn: str | None
    rol: str
    telefoon: str
    email: str
    laatste_scores: dict[str, tuple[Score, dt.date]]


@dataclass(frozen=True)
class CasusView:
    id: str
    fase: Fase
    aanmelddatum: dt.date
    hulpvraag: str
    spoed: tuple[str, ...]
    regisseur_id: str
    instrument_id: str
    overgangen: tuple[tuple[dt.datetime, str, str, str], ...]  # op, van, naar, reden
    plan_versies: tuple[tuple[int, str], ...]  # version, status


@dataclass(frozen=True)
class HouseholdView:
    id: str
    adres: str
    postcode: str
    woonplaats: str
    personen: tuple[PersoonView, ...]
    casussen: tuple[CasusView, ...]
    # Labels of the instruments its casussen use: leefgebied key -> label, and score -> level label.
    leefgebied_labels: dict[str, str]
    niveau_labels: dict[int, str]


def display_name(p: Persoon) -> str:
    return " ".join(part for part in (p.voornamen, p.tussenvoegsel, p.achternaam) if part)


def open_household(session: Session, actor: Actor, huishouden_id: str) -> HouseholdView:
    hh = session.get(Huishouden, huishouden_id)
    if hh is None:
        raise NotFound("Dit huishouden bestaat niet (meer) op deze computer.")
    personen = tuple(
        PersoonView(
            id=p.id,
            naam=display_name(p),
            geboortedatum=p.geboortedatum,
            bsn=p.bsn,
            rol=p.rol,
            telefoon=p.telefoon,
            email=p.email,
            laatste_scores=latest_per_leefgebied([a for a in history(session, p.id) if a.by == "werker"]),
        )
        for p in hh.personen
    )
    casus_rows = (
        session.execute(select(Casus).where(Casus.huishouden_id == huishouden_id).order_by(Casus.aanmelddatum))
        .scalars()
        .all()
    )
    ids = [c.id for c in casus_rows]
    overgangen: dict[str, list[tuple[dt.datetime, str, str, str]]] = {i: [] for i in ids}
    for o in session.execute(
        select(FaseOvergang).where(FaseOvergang.casus_id.in_(ids)).order_by(FaseOvergang.op)
    ).scalars():
        overgangen[o.casus_id].append((o.op, o.van, o.naar, o.reden))
    plannen: dict[str, list[tuple[int, str]]] = {i: [] for i in ids}
    for casus_id, version, status in session.execute(
        select(PlanVersion.casus_id, PlanVersion.version, PlanVersion.status)
        .where(PlanVersion.casus_id.in_(ids))
        .order_by(PlanVersion.version)
    ):
        plannen[casus_id].append((version, status))
    casussen = tuple(
        CasusView(
            id=c.id,
            fase=Fase(c.fase),
            aanmelddatum=c.aanmelddatum,
            hulpvraag=c.hulpvraag,
            spoed=tuple(json.loads(c.spoed)),
            regisseur_id=c.regisseur_id,
            instrument_id=c.instrument_id,
            overgangen=tuple(overgangen[c.id]),
            plan_versies=tuple(plannen[c.id]),
        )
        for c in casus_rows
    )
    record_access(session, actor, "inzien", "huishouden", huishouden_id)
    adres = " ".join(part for part in (hh.straat, hh.huisnummer) if part)
    leefgebied_labels: dict[str, str] = {}
    niveau_labels: dict[int, str] = {}
    for instrument_id in {c.instrument_id for c in casussen} or {catalog.DEFAULT_INSTRUMENT}:
        instrument = catalog.instruments().get(instrument_id)
        if instrument is not None:
            leefgebied_labels.update({lg.key: lg.label for lg in instrument.leefgebieden})
            niveau_labels.update({level.value: level.label for level in instrument.scale})
    return HouseholdView(hh.id, adres, hh.postcode, hh.woonplaats, personen, casussen, leefgebied_labels, niveau_labels)


@dataclass(frozen=True)
class SearchHit:
    huishouden_id: str
    naam: str
    adres: str
    postcode: str


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_households(session: Session, text: str, limit: int = 200) -> list[SearchHit]:
    """Households with a person whose name holds every typed word, or whose BSN or postcode holds the text.

    Words match in any order and position ("jan dijk" finds Jan van Dijk); case, extra spaces and the
    space in a postcode do not matter; % and _ are taken literally.
    """
    words = text.lower().split()
    if not words:
        return []
    compact = f"%{_like_escape(''.join(words))}%"
    tussen = case((Persoon.tussenvoegsel == "", ""), else_=Persoon.tussenvoegsel + " ")
    full_name = func.lower(Persoon.voornamen + " " + tussen + Persoon.achternaam)
    name_match = and_(*(full_name.like(f"%{_like_escape(w)}%", escape="\\") for w in words))
    rows = session.execute(
        select(Persoon, Huishouden)
        .join(Huishouden, Persoon.huishouden_id == Huishouden.id)
        .where(
            or_(
                name_match,
                Persoon.bsn.like(compact, escape="\\"),
                func.lower(func.replace(Huishouden.postcode, " ", "")).like(compact, escape="\\"),
            )
        )
        .order_by(Persoon.achternaam, Persoon.voornamen)
    ).all()
    hits: dict[str, SearchHit] = {}
    for persoon, hh in rows:
        if hh.id not in hits:
            adres = " ".join(part for part in (hh.straat, hh.huisnummer) if part)
            hits[hh.id] = SearchHit(hh.id, display_name(persoon), adres, hh.postcode)
        if len(hits) >= limit:
            break
    return list(hits.values())
