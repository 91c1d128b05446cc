"""Use cases of the keukentafelgesprek: notes per leefgebied, the casus-wide parts, the netwerk.

Saving is idempotent: saving the same text twice changes nothing and logs nothing, which is what an
autosave that fires on every pause in typing needs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, fields, replace
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from regie_desktop.app import catalog
from regie_desktop.app.assessments import to_domain as assessment_of
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.dossier import display_name
from regie_desktop.app.journal import Actor, record_access, record_change, record_insert, record_update
from regie_desktop.domain.gesprek import GesprekVelden, Informatie, LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.domain.instruments import Instrument, load_descriptions
from regie_desktop.domain.zrm import Assessment, Score, latest_per_leefgebied
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store.models import (
    GesprekRow,
    GesprekVlag,
    LeefgebiedNotitieRow,
    NetwerkPersoonRow,
    Persoon,
    ZrmAssessment,
)


def save_leefgebied_notitie(session: Session, actor: Actor, casus_id: str, notitie: LeefgebiedNotitie) -> bool:
    """Store zorg/kracht/wens for one person and leefgebied; returns whether anything changed."""
    casus = get_casus(session, casus_id)
    instrument = catalog.instrument(casus.instrument_id)
    valid = notitie.validated({lg.key for lg in instrument.leefgebieden})
    persoon = session.get(Persoon, valid.persoon_id)
    if persoon is None or persoon.huishouden_id != casus.huishouden_id:
        raise NotFound("Deze persoon hoort niet bij het huishouden van de casus.")
    fields: dict[str, Any] = {
        "zorg": valid.zorg,
        "kracht": valid.kracht,
        "wens": valid.wens,
        "niet_besproken": valid.niet_besproken,
    }
    row = session.execute(
        select(LeefgebiedNotitieRow).where(
            LeefgebiedNotitieRow.casus_id == casus_id,
            LeefgebiedNotitieRow.persoon_id == valid.persoon_id,
            LeefgebiedNotitieRow.leefgebied == valid.leefgebied,
        )
    ).scalar_one_or_none()
    if row is None:
        keys = {"casus_id": casus_id, "persoon_id": valid.persoon_id, "leefgebied": valid.leefgebied}
        record_insert(session, actor, "leefgebied_notitie", LeefgebiedNotitieRow, {**keys, **fields})
    elif not record_update(session, actor, "leefgebied_notitie", row, fields):
        return False
    record_access(session, actor, "gesprek-bijwerken", "casus", casus_id)
    return True


def save_gesprek(session: Session, actor: Actor, casus_id: str, velden: GesprekVelden, today: dt.date) -> bool:
    get_casus(session, casus_id)
    valid = velden.validated(today)
    info = {kind.value: on.isoformat() for kind, on in valid.informatie_gegeven}
    fields: dict[str, Any] = {
        "hulpvraag_toelichting": valid.hulpvraag_toelichting,
        "wederkerigheid": valid.wederkerigheid,
        "verwachtingen": valid.verwachtingen,
        "veiligheid": valid.veiligheid,
        "meldcode": valid.meldcode,
        "informatie_gegeven": info,
    }
    stored = {"informatie_gegeven": json.dumps(info, sort_keys=True)}
    row = session.execute(select(GesprekRow).where(GesprekRow.casus_id == casus_id)).scalar_one_or_none()
    if row is None:
        record_insert(session, actor, "gesprek", GesprekRow, {"casus_id": casus_id, **fields}, stored)
    elif not record_update(session, actor, "gesprek", row, fields, stored=stored):
        return False
    record_access(session, actor, "gesprek-bijwerken", "casus", casus_id)
    return True


def add_netwerk_persoon(session: Session, actor: Actor, casus_id: str, persoon: NetwerkPersoon) -> str:
    get_casus(session, casus_id)
    valid = persoon.validated()
    fields = {
        "casus_id": casus_id,
        "naam": valid.naam,
        "relatie": valid.relatie,
        "wat": valid.wat,
        "contact": valid.contact,
    }
    row = record_insert(session, actor, "netwerk_persoon", NetwerkPersoonRow, fields)
    record_access(session, actor, "netwerk-toevoegen", "casus", casus_id)
    return row.id


@dataclass(frozen=True)
class NetwerkView:
    id: str
    persoon: NetwerkPersoon


@dataclass(frozen=True)
class GesprekView:
    """Everything recorded of the gesprek of one casus, as the gesprek page shows it."""

    casus_id: str
    instrument_id: str
    velden: GesprekVelden
    notities: dict[tuple[str, str], LeefgebiedNotitie]
    """Keyed by (persoon id, leefgebied key); a missing key was never written."""
    netwerk: tuple[NetwerkView, ...]


def load_gesprek(session: Session, actor: Actor, casus_id: str) -> GesprekView:
    """Read the whole gesprek of a casus (and log that it was opened)."""
    casus = get_casus(session, casus_id)
    row = session.execute(select(GesprekRow).where(GesprekRow.casus_id == casus_id)).scalar_one_or_none()
    velden = _velden(row) if row is not None else GesprekVelden()
    notes = session.execute(select(LeefgebiedNotitieRow).where(LeefgebiedNotitieRow.casus_id == casus_id)).scalars()
    notities = {
        (n.persoon_id, n.leefgebied): LeefgebiedNotitie(
            n.persoon_id, n.leefgebied, n.zorg, n.kracht, n.wens, niet_besproken=n.niet_besproken
        )
        for n in notes
    }
    netwerk = tuple(
        NetwerkView(p.id, NetwerkPersoon(p.naam, p.relatie, p.wat, p.contact))
        for p in session.execute(
            select(NetwerkPersoonRow)
            .where(NetwerkPersoonRow.casus_id == casus_id, NetwerkPersoonRow.verwijderd.is_(False))
            .order_by(NetwerkPersoonRow.naam, NetwerkPersoonRow.id)
        ).scalars()
    )
    record_access(session, actor, "gesprek-inzien", "casus", casus_id)
    return GesprekView(casus_id, casus.instrument_id, velden, notities, netwerk)


def update_gesprek(session: Session, actor: Actor, casus_id: str, today: dt.date, **changes: Any) -> bool:
    """Change some casus-wide fields and keep the others as stored.

    Several parts of the gesprek page (veiligheid, informatie, wederkerigheid) autosave on their own; each
    sends only its own fields, so one part's save never overwrites another part's newer text.
    """
    unknown = set(changes) - {f.name for f in fields(GesprekVelden)}
    if unknown:
        raise ValueError(f"unknown gesprek fields: {sorted(unknown)}")
    row = session.execute(select(GesprekRow).where(GesprekRow.casus_id == casus_id)).scalar_one_or_none()
    current = _velden(row) if row is not None else GesprekVelden()
    return save_gesprek(session, actor, casus_id, replace(current, **changes), today)


def update_netwerk_persoon(session: Session, actor: Actor, netwerk_id: str, persoon: NetwerkPersoon) -> bool:
    """Correct or complete someone in the netwerk; returns whether anything changed."""
    row = _netwerk_row(session, netwerk_id)
    valid = persoon.validated()
    changed = record_update(
        session,
        actor,
        "netwerk_persoon",
        row,
        {"naam": valid.naam, "relatie": valid.relatie, "wat": valid.wat, "contact": valid.contact},
    )
    if changed:
        record_access(session, actor, "netwerk-bijwerken", "casus", row.casus_id)
    return changed


def remove_netwerk_persoon(session: Session, actor: Actor, netwerk_id: str) -> None:
    """Take someone out of the netwerk; the row stays as a tombstone so the removal travels with sync."""
    row = _netwerk_row(session, netwerk_id)
    base = row.version
    row.verwijderd, row.version = True, base + 1
    row.updated_at = dt.datetime.now(dt.UTC)
    record_change(session, actor, "netwerk_persoon", row.id, {"verwijderd": True}, base, operation="delete")
    record_access(session, actor, "netwerk-verwijderen", "casus", row.casus_id)


def _netwerk_row(session: Session, netwerk_id: str) -> NetwerkPersoonRow:
    row = session.get(NetwerkPersoonRow, netwerk_id)
    if row is None or row.verwijderd:
        raise NotFound("Deze persoon staat niet (meer) in het netwerk.")
    return row


def _velden(row: GesprekRow) -> GesprekVelden:
    info = json.loads(row.informatie_gegeven or "{}")
    return GesprekVelden(
        hulpvraag_toelichting=row.hulpvraag_toelichting,
        wederkerigheid=row.wederkerigheid,
        verwachtingen=row.verwachtingen,
        veiligheid=row.veiligheid,
        meldcode=row.meldcode,
        informatie_gegeven=tuple(sorted((Informatie(kind), dt.date.fromisoformat(on)) for kind, on in info.items())),
    )


# --- the gesprek page: hand-set marks, "alleen voor professionals", and what the page reads at once -------

MARKERINGEN = frozenset({"besproken", "deels", "niet_besproken"})
"""A mark the worker may set by hand on a part; "" means the mark follows what the part holds."""

_SLEUTEL = re.compile(r"^(deel|tekst|notitie):[A-Za-z0-9_.:-]{1,150}$")
CLIENT_TEXT_FIELDS = ("hulpvraag_toelichting", "wederkerigheid", "verwachtingen")
"""The casus-wide texts a client may be shown; veiligheid (meldcode signals) never is."""


def deel_sleutel(part_key: str) -> str:
    return f"deel:{part_key}"


def tekst_sleutel(field_name: str) -> str:
    return f"tekst:{field_name}"


def notitie_sleutel(persoon_id: str, leefgebied: str) -> str:
    return f"notitie:{persoon_id}:{leefgebied}"


@dataclass(frozen=True)
class Vlag:
    markering: str = ""
    alleen_professional: bool = False


def gesprek_vlaggen(session: Session, casus_id: str) -> dict[str, Vlag]:
    """Every flag set on the gesprek of a casus, by sleutel; a missing sleutel has the defaults."""
    rows = session.execute(select(GesprekVlag).where(GesprekVlag.casus_id == casus_id)).scalars()
    return {r.sleutel: Vlag(r.markering, r.alleen_professional) for r in rows}


def set_markering(session: Session, actor: Actor, casus_id: str, sleutel: str, markering: str) -> bool:
    """Set a part's mark by hand ("" hands it back to the content); returns whether anything changed."""
    if markering and markering not in MARKERINGEN:
        raise ValidationError("Kies besproken, deels of niet besproken als markering.")
    return _set_vlag(session, actor, casus_id, sleutel, {"markering": markering})


def set_alleen_professional(session: Session, actor: Actor, casus_id: str, sleutel: str, on: bool) -> bool:
    """Mark a text as for professionals only: the client view ("toon aan cliënt") leaves it out."""
    return _set_vlag(session, actor, casus_id, sleutel, {"alleen_professional": bool(on)})


def _set_vlag(session: Session, actor: Actor, casus_id: str, sleutel: str, change: dict[str, Any]) -> bool:
    get_casus(session, casus_id)
    if not _SLEUTEL.match(sleutel):
        raise ValueError("invalid gesprek flag key")
    row = session.execute(
        select(GesprekVlag).where(GesprekVlag.casus_id == casus_id, GesprekVlag.sleutel == sleutel)
    ).scalar_one_or_none()
    if row is None:
        fields: dict[str, Any] = {
            "casus_id": casus_id,
            "sleutel": sleutel,
            "markering": "",
            "alleen_professional": False,
        }
        fields.update(change)
        if fields["markering"] == "" and not fields["alleen_professional"]:
            return False  # the defaults: nothing to store
        record_insert(session, actor, "gesprek_vlag", GesprekVlag, fields)
    elif not record_update(session, actor, "gesprek_vlag", row, change):
        return False
    record_access(session, actor, "gesprek-bijwerken", "casus", casus_id)
    return True


@dataclass(frozen=True)
class GesprekPersoon:
    id: str
    naam: str
    rol: str


@dataclass(frozen=True)
class GesprekPagina:
    """What the gesprek page shows of one casus, read in one transaction."""

    gesprek: GesprekView
    huishouden_id: str
    titel: str
    hulpvraag: str
    """The hulpvraag as written down at the aanmelding; the gesprek adds a toelichting."""
    personen: tuple[GesprekPersoon, ...]
    instrument: Instrument
    beschrijvingen: dict[str, dict[int, str]]
    """The team's own text per leefgebied and score (empty unless the team added a descriptions file)."""
    scores: dict[tuple[str, str], Score]
    """Today's scores by the worker, keyed by (persoon id, leefgebied)."""
    vorige: dict[tuple[str, str], tuple[Score, dt.date]]
    """The latest discussed score before today, with its date, keyed by (persoon id, leefgebied)."""
    vlaggen: dict[str, Vlag]

    def vlag(self, sleutel: str) -> Vlag:
        return self.vlaggen.get(sleutel, Vlag())


@cache
def _descriptions(instrument_id: str) -> dict[str, dict[int, str]]:
    return load_descriptions(catalog.instrument(instrument_id))


def open_gesprek(session: Session, actor: Actor, casus_id: str, today: dt.date) -> GesprekPagina:
    """Read everything the gesprek page needs (logged once, as the gesprek's opening)."""
    casus = get_casus(session, casus_id)
    instrument = catalog.instrument(casus.instrument_id)
    personen_rows = list(
        session.execute(
            select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id).order_by(Persoon.created_at)
        ).scalars()
    )
    personen = tuple(GesprekPersoon(p.id, display_name(p), p.rol) for p in personen_rows)
    scores: dict[tuple[str, str], Score] = {}
    vorige: dict[tuple[str, str], tuple[Score, dt.date]] = {}
    rows = session.execute(
        select(ZrmAssessment)
        .where(
            ZrmAssessment.persoon_id.in_([p.id for p in personen]),
            ZrmAssessment.by == "werker",
            ZrmAssessment.instrument_id == instrument.id,
        )
        .options(selectinload(ZrmAssessment.scores))
        .order_by(ZrmAssessment.assessed_on, ZrmAssessment.created_at)
    ).scalars()
    per_person: dict[str, list[Assessment]] = {p.id: [] for p in personen}
    for row in rows:
        per_person[row.persoon_id].append(assessment_of(row))
    for p in personen:
        own = per_person[p.id]
        for a in own:
            if a.assessed_on == today:
                scores.update({(p.id, s.leefgebied): s for s in a.scores})
        earlier = latest_per_leefgebied([a for a in own if a.assessed_on < today])
        vorige.update({(p.id, key): value for key, value in earlier.items()})
    return GesprekPagina(
        gesprek=load_gesprek(session, actor, casus_id),
        huishouden_id=casus.huishouden_id,
        titel=personen[0].naam if personen else "",
        hulpvraag=casus.hulpvraag,
        personen=personen,
        instrument=instrument,
        beschrijvingen=_descriptions(instrument.id),
        scores=scores,
        vorige=vorige,
        vlaggen=gesprek_vlaggen(session, casus_id),
    )


@dataclass(frozen=True)
class ClientNotitie:
    leefgebied: str
    """The leefgebied's label."""
    persoon: str
    zorg: str
    kracht: str
    wens: str


@dataclass(frozen=True)
class ClientTexts:
    """What "toon aan cliënt" may show: this casus's gesprek texts without those for professionals only."""

    titel: str
    hulpvraag_toelichting: str
    wederkerigheid: str
    verwachtingen: str
    notities: tuple[ClientNotitie, ...]


def client_texts(pagina: GesprekPagina) -> ClientTexts:
    velden = pagina.gesprek.velden

    def shown(field_name: str) -> str:
        text = str(getattr(velden, field_name))
        return "" if pagina.vlag(tekst_sleutel(field_name)).alleen_professional else text

    notities = []
    for lg in pagina.instrument.leefgebieden:
        for p in pagina.personen:
            n = pagina.gesprek.notities.get((p.id, lg.key))
            if n is None or not (n.zorg or n.kracht or n.wens):
                continue
            if pagina.vlag(notitie_sleutel(p.id, lg.key)).alleen_professional:
                continue
            notities.append(ClientNotitie(lg.label, p.naam, n.zorg, n.kracht, n.wens))
    return ClientTexts(
        titel=pagina.titel,
        hulpvraag_toelichting=shown("hulpvraag_toelichting"),
        wederkerigheid=shown("wederkerigheid"),
        verwachtingen=shown("verwachtingen"),
        notities=tuple(notities),
    )


def show_to_client(session: Session, actor: Actor, casus_id: str, today: dt.date) -> ClientTexts:
    """Read what the client may be shown, and log that it was shown (a disclosure, NEN 7513)."""
    texts = client_texts(open_gesprek(session, actor, casus_id, today))
    record_access(session, actor, "gesprek-tonen-aan-client", "casus", casus_id)
    return texts
