"""What the projector shows of one casus in the team meeting: plan, ZRM and timeline, pseudonymised.

The team discusses a casus to think along about the plan, not to learn who the family is. So the
presentation carries initials and a case label instead of names, an age instead of a birth date, and
nothing of BSN, address, phone or e-mail; free text the worker typed (doelen, wensen) has every name of
the household and its netwerk replaced by initials and contact details hidden. Notes the worker marked
"alleen voor professionals" and the contactjournaal are left out entirely: a room is not a professional.

The worker can show the names of one casus for this meeting (``reveal_names``); that is a disclosure
and is written to the access log, as is opening a casus in the presentation at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app.casussen import get_casus
from regie_desktop.app.dossier import display_name
from regie_desktop.app.gesprek import gesprek_vlaggen, notitie_sleutel
from regie_desktop.app.journal import Actor, record_access
from regie_desktop.app.plan_werkblad import refresh_plan
from regie_desktop.app.traject import refresh_timeline
from regie_desktop.app.zrm_overview import read_zrm_overview
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.deadlines import Actor as StepActor
from regie_desktop.domain.deadlines import StepState
from regie_desktop.domain.household import Rol
from regie_desktop.domain.plan import InzetSoort, PlanContent, PlanStatus, WieSoort
from regie_desktop.domain.pseudonym import (
    NamedPerson,
    NameScrubber,
    age_in_years,
    case_label,
    distinct_case_labels,
    person_initials,
    scrub_contact_details,
)
from regie_desktop.domain.zrm import Score
from regie_desktop.store.models import Casus, Huishouden, LeefgebiedNotitieRow, NetwerkPersoonRow, Persoon

OPEN_ACTION = "presentatie-openen"
REVEAL_ACTION = "presentatie-namen-tonen"
ADDRESS_PLACEHOLDER = "[adres]"


@dataclass(frozen=True)
class PresentatieItem:
    """One casus in the meeting's list: its label only, so the list itself names nobody."""

    casus_id: str
    label: str


@dataclass(frozen=True)
class PresentatiePersoon:
    naam: str
    """Initials, or the full name once revealed."""
    rol: Rol
    leeftijd: int | None


@dataclass(frozen=True)
class PresentatieActie:
    wie: str
    wie_soort: WieSoort
    wat: str
    wanneer: dt.date | None


@dataclass(frozen=True)
class PresentatieInzet:
    soort: InzetSoort
    omschrijving: str


@dataclass(frozen=True)
class PresentatieDoel:
    leefgebied: str
    """The leefgebied's label."""
    omschrijving: str
    zes: str
    acties: tuple[PresentatieActie, ...]
    inzet: tuple[PresentatieInzet, ...]


@dataclass(frozen=True)
class PresentatieWens:
    leefgebied: str
    persoon: str
    tekst: str


@dataclass(frozen=True)
class ZrmMeting:
    on: dt.date
    scores: tuple[Score | None, ...]
    """Per leefgebied of ``PresentatieZrm.leefgebieden``, in that order; None: not in this meting."""


@dataclass(frozen=True)
class PresentatieZrm:
    """One person's first and latest worker meting: the change the team looks at."""

    persoon: str
    leefgebieden: tuple[str, ...]
    """Labels in the instrument's order."""
    eerste: ZrmMeting | None
    laatste: ZrmMeting | None
    """None when there is only one meting (then ``eerste`` is it) or none."""
    scale: tuple[int, int]
    scale_labels: tuple[str, str]
    target: tuple[int, str] | None


@dataclass(frozen=True)
class PresentatieStap:
    number: int
    name: str
    actor: StepActor
    due: dt.date | None
    state: StepState
    done_on: dt.date | None


@dataclass(frozen=True)
class PresentatieCasus:
    casus_id: str
    label: str
    """The case label (``C-7K3QX``): what the room calls this casus."""
    hoofdpersoon: str
    """The aanvrager's initials, or the name once revealed."""
    leeftijd: int | None
    huishouden: tuple[PresentatiePersoon, ...]
    fase: Fase
    hulpvraag: str
    plan_status: PlanStatus | None
    """Which plan is shown: the latest signed version, else the concept; None without a plan."""
    plan_versie: int | None
    tussenevaluatie: dt.date | None
    toelichting: str
    doelen: tuple[PresentatieDoel, ...]
    wensen: tuple[PresentatieWens, ...]
    zrm: tuple[PresentatieZrm, ...]
    stappen: tuple[PresentatieStap, ...]
    names_revealed: bool


def presentation_list(session: Session, casus_ids: Sequence[str]) -> tuple[PresentatieItem, ...]:
    """The casussen the worker chose to present, in that order, with their labels; nothing else is read.

    Unknown ids (a casus removed meanwhile) are dropped, so the list never points at something absent.
    """
    wanted = list(dict.fromkeys(casus_ids))
    known = set(session.execute(select(Casus.id).where(Casus.id.in_(wanted))).scalars()) if wanted else set()
    present = [cid for cid in wanted if cid in known]
    labels = distinct_case_labels(present)
    return tuple(PresentatieItem(cid, labels[cid]) for cid in present)


def open_presentation(
    session: Session, actor: Actor, casus_id: str, today: dt.date, label: str | None = None
) -> PresentatieCasus:
    """The pseudonymised view of one casus; logged as ``presentatie-openen`` (showing it to a room)."""
    view = _build(session, casus_id, today, label, reveal=False)
    record_access(session, actor, OPEN_ACTION, "casus", casus_id)
    return view


def reveal_names(
    session: Session, actor: Actor, casus_id: str, today: dt.date, label: str | None = None
) -> PresentatieCasus:
    """The same casus with the household's names, for this meeting; logged as ``presentatie-namen-tonen``.

    Only names come back: BSN, address, phone, e-mail, birth date and professional-only notes stay out.
    """
    view = _build(session, casus_id, today, label, reveal=True)
    record_access(session, actor, REVEAL_ACTION, "casus", casus_id)
    return view


def _people(session: Session, huishouden_id: str, casus_id: str) -> tuple[list[Persoon], list[str]]:
    personen = list(
        session.execute(
            select(Persoon).where(Persoon.huishouden_id == huishouden_id).order_by(Persoon.created_at, Persoon.id)
        ).scalars()
    )
    personen.sort(key=lambda p: p.rol != Rol.AANVRAGER.value)
    netwerk = list(
        session.execute(
            select(NetwerkPersoonRow.naam).where(
                NetwerkPersoonRow.casus_id == casus_id, NetwerkPersoonRow.verwijderd.is_(False)
            )
        ).scalars()
    )
    return personen, netwerk


def named_from_full_name(naam: str) -> NamedPerson:
    """A netwerk person is one free-text name: the first word is the voornaam, lower-case words after it
    the tussenvoegsel, the rest the achternaam (so ``de`` alone is never taken for a name)."""
    parts = naam.split()
    if len(parts) <= 1:
        return NamedPerson(naam.strip(), "", "")
    rest = parts[1:]
    tussen = []
    while len(rest) > 1 and rest[0] == rest[0].lower():
        tussen.append(rest.pop(0))
    return NamedPerson(parts[0], " ".join(tussen), " ".join(rest))


def _scrubber(personen: list[Persoon], netwerk: list[str], hh: Huishouden | None) -> NameScrubber:
    people = [NamedPerson(p.voornamen, p.tussenvoegsel, p.achternaam) for p in personen]
    people += [named_from_full_name(naam) for naam in netwerk if naam.strip()]
    extra: dict[str, str] = {}
    for p in personen:
        for value in (p.bsn or "", p.telefoon, p.email):
            if value.strip():
                extra[value] = "[…]"
    if hh is not None:
        if hh.straat.strip():
            extra[" ".join(x for x in (hh.straat, hh.huisnummer) if x)] = ADDRESS_PLACEHOLDER
            extra[hh.straat] = ADDRESS_PLACEHOLDER
        if hh.postcode.strip():
            extra[hh.postcode] = ADDRESS_PLACEHOLDER
    return NameScrubber(people, extra)


class _Text:
    """How free text is cleaned: contact details always, names unless the worker revealed them."""

    def __init__(self, scrubber: NameScrubber, reveal: bool) -> None:
        self._scrubber = scrubber
        self._reveal = reveal

    def __call__(self, text: str) -> str:
        if not self._reveal:
            text = self._scrubber.scrub(text)
        return scrub_contact_details(text).strip()


def _build(session: Session, casus_id: str, today: dt.date, label: str | None, reveal: bool) -> PresentatieCasus:
    casus = get_casus(session, casus_id)
    hh = session.get(Huishouden, casus.huishouden_id)
    personen, netwerk = _people(session, casus.huishouden_id, casus_id)
    clean = _Text(_scrubber(personen, netwerk, hh), reveal)

    def naam(p: Persoon) -> str:
        return display_name(p) if reveal else person_initials(p.voornamen, p.tussenvoegsel, p.achternaam)

    def leeftijd(p: Persoon) -> int | None:
        return age_in_years(p.geboortedatum, today) if p.geboortedatum and p.geboortedatum <= today else None

    werkblad = refresh_plan(session, casus_id)
    plan: PlanContent | None = werkblad.laatst_ondertekend
    status: PlanStatus | None = PlanStatus.ONDERTEKEND if plan is not None else None
    if plan is None and werkblad.versie_id is not None:
        plan, status = werkblad.plan, PlanStatus.CONCEPT
    doelen = tuple(
        PresentatieDoel(
            leefgebied=werkblad.label(d.leefgebied),
            omschrijving=clean(d.omschrijving),
            zes=clean(d.zes),
            acties=tuple(PresentatieActie(clean(a.wie), a.wie_soort, clean(a.wat), a.wanneer) for a in d.acties),
            inzet=tuple(PresentatieInzet(i.soort, clean(i.omschrijving)) for i in d.inzet),
        )
        for d in (plan.doelen if plan is not None else ())
    )
    by_id = {p.id: p for p in personen}
    vlaggen = gesprek_vlaggen(session, casus_id)
    order = {key: n for n, (key, _label) in enumerate(werkblad.leefgebieden)}
    notes = session.execute(
        select(LeefgebiedNotitieRow.leefgebied, LeefgebiedNotitieRow.persoon_id, LeefgebiedNotitieRow.wens).where(
            LeefgebiedNotitieRow.casus_id == casus_id, LeefgebiedNotitieRow.wens != ""
        )
    ).all()
    wensen = sorted(
        (
            (order.get(lg, len(order)), PresentatieWens(werkblad.label(lg), naam(by_id[pid]), clean(wens)))
            for lg, pid, wens in notes
            if pid in by_id and wens.strip() and not vlaggen.get(notitie_sleutel(pid, lg), _NO_FLAG).alleen_professional
        ),
        key=lambda item: (item[0], item[1].persoon),
    )
    return PresentatieCasus(
        casus_id=casus_id,
        label=label or case_label(casus_id),
        hoofdpersoon=naam(personen[0]) if personen else "",
        leeftijd=leeftijd(personen[0]) if personen else None,
        huishouden=tuple(PresentatiePersoon(naam(p), Rol(p.rol), leeftijd(p)) for p in personen),
        fase=Fase(casus.fase),
        hulpvraag=clean(casus.hulpvraag),
        plan_status=status,
        plan_versie=plan.version if plan is not None else None,
        tussenevaluatie=plan.tussenevaluatie if plan is not None else None,
        toelichting=clean(plan.toelichting) if plan is not None else "",
        doelen=doelen,
        wensen=tuple(w for _n, w in wensen),
        zrm=_zrm(session, casus_id, today, {p.id: naam(p) for p in personen}),
        stappen=tuple(
            PresentatieStap(s.number, s.name, s.actor, s.due, s.state, s.done_on)
            for s in refresh_timeline(session, casus_id, today).steps
        ),
        names_revealed=reveal,
    )


class _NoFlag:
    alleen_professional = False


_NO_FLAG = _NoFlag()


def _zrm(session: Session, casus_id: str, today: dt.date, namen: dict[str, str]) -> tuple[PresentatieZrm, ...]:
    overview = read_zrm_overview(session, casus_id, today)
    keys = [key for key, _label in overview.leefgebieden]
    labels = tuple(label for _key, label in overview.leefgebieden)
    result = []
    for persoon in overview.personen:
        werker = persoon.werker_metingen
        if not werker or persoon.persoon_id not in namen:
            continue
        first, last = werker[0], werker[-1]
        result.append(
            PresentatieZrm(
                persoon=namen[persoon.persoon_id],
                leefgebieden=labels,
                eerste=ZrmMeting(first.assessed_on, tuple(first.score(k) for k in keys)),
                laatste=ZrmMeting(last.assessed_on, tuple(last.score(k) for k in keys)) if len(werker) > 1 else None,
                scale=(overview.niveaus[0][0], overview.niveaus[-1][0]),
                scale_labels=(overview.niveaus[0][1], overview.niveaus[-1][1]),
                target=overview.target,
            )
        )
    return tuple(result)
