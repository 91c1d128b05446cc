"""Reading the ZRM overview of a casus: per person every meting, and per leefgebied where things stand now.

"Current" and "previous" are the last two metingen of the worker as a whole, so the change a team reports is
the change between two dated assessments (``domain.zrm.change``). A leefgebied left out of the last meting keeps
its last known score for the "verouderd" mark (``latest_per_leefgebied``), so an old score is never presented as
today's. The client's self-assessments are read alongside, never mixed into the worker's numbers.

The agreed '6' of a plan is text per doel (``Doel.zes``), not a level on the scale, so the level drawn as the
target line is the instrument's "voldoende zelfredzaam" level when it has one; the plan's text is shown per
leefgebied next to it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.assessments import history
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.dossier import display_name
from regie_desktop.app.journal import Actor, record_access
from regie_desktop.app.plans import latest_version
from regie_desktop.domain.instruments import Instrument
from regie_desktop.domain.plan import plan_from_canonical
from regie_desktop.domain.zrm import Assessment, Score, change, is_stale, latest_per_leefgebied
from regie_desktop.store.models import Persoon, ZrmAssessment

TARGET_LABEL = "voldoende zelfredzaam"
"""The scale level that stands for 'good enough' when a plan names no level of its own."""


@dataclass(frozen=True)
class LeefgebiedStand:
    """Where one person stands on one leefgebied.

    ``current``/``previous`` are the scores in the last two worker metingen (None: not in that meting, so
    niet besproken); ``latest`` is the most recent discussed score of any worker meting, with its date.
    """

    key: str
    label: str
    current: Score | None
    previous: Score | None
    change: int | None
    latest: tuple[Score, dt.date] | None
    stale: bool
    client_latest: tuple[Score, dt.date] | None
    client_stale: bool
    zes: str


@dataclass(frozen=True)
class PersoonOverzicht:
    persoon_id: str
    naam: str
    metingen: tuple[Assessment, ...]
    """Worker and client metingen with the casus's instrument, oldest first."""
    leefgebieden: tuple[LeefgebiedStand, ...]
    current_on: dt.date | None
    previous_on: dt.date | None

    @property
    def werker_metingen(self) -> tuple[Assessment, ...]:
        return tuple(m for m in self.metingen if m.by == "werker")

    @property
    def client_metingen(self) -> tuple[Assessment, ...]:
        return tuple(m for m in self.metingen if m.by == "client")

    @property
    def stale_leefgebieden(self) -> tuple[str, ...]:
        """Labels of leefgebieden whose last known worker score is older than the limit."""
        return tuple(lg.label for lg in self.leefgebieden if lg.stale)


@dataclass(frozen=True)
class ZrmOverview:
    casus_id: str
    instrument_id: str
    instrument_name: str
    leefgebieden: tuple[tuple[str, str], ...]
    """(key, label) in the instrument's order."""
    niveaus: tuple[tuple[int, str], ...]
    """(value, label) of the scale, ascending."""
    nvt_allowed: bool
    target: tuple[int, str] | None
    """The level drawn as the agreed '6', with its label; None when the instrument has no such level."""
    personen: tuple[PersoonOverzicht, ...]
    other_instrument: int
    """Metingen of these persons made with another instrument: not comparable, so left out (and counted)."""
    today: dt.date

    def niveau_label(self, value: int) -> str:
        return dict(self.niveaus).get(value, "")

    def persoon(self, persoon_id: str) -> PersoonOverzicht:
        for p in self.personen:
            if p.persoon_id == persoon_id:
                return p
        raise KeyError(persoon_id)


def target_level(instrument: Instrument) -> tuple[int, str] | None:
    """The instrument's "voldoende zelfredzaam" level, or None (e.g. Positieve Gezondheid has none)."""
    for level in instrument.scale:
        if TARGET_LABEL in level.label.casefold():
            return level.value, level.label
    return None


def _zes_per_leefgebied(session: Session, casus_id: str) -> dict[str, str]:
    """The agreed '6' of the newest plan version (draft or signed), joined per leefgebied."""
    latest = latest_version(session, casus_id)
    if latest is None:
        return {}
    texts: dict[str, list[str]] = {}
    for doel in plan_from_canonical(json.loads(latest.content)).doelen:
        if doel.zes:
            texts.setdefault(doel.leefgebied, []).append(doel.zes)
    return {key: "; ".join(values) for key, values in texts.items()}


def _persoon(
    p: Persoon, metingen: list[Assessment], instrument: Instrument, zes: dict[str, str], today: dt.date
) -> PersoonOverzicht:
    werker = [m for m in metingen if m.by == "werker"]
    client = [m for m in metingen if m.by == "client"]
    current = werker[-1] if werker else None
    previous = werker[-2] if len(werker) > 1 else None
    changes = change(previous, current) if previous is not None and current is not None else {}
    latest = latest_per_leefgebied(werker)
    client_latest = latest_per_leefgebied(client)
    standen = []
    for lg in instrument.leefgebieden:
        last = latest.get(lg.key)
        own = client_latest.get(lg.key)
        standen.append(
            LeefgebiedStand(
                key=lg.key,
                label=lg.label,
                current=current.score(lg.key) if current else None,
                previous=previous.score(lg.key) if previous else None,
                change=changes.get(lg.key),
                latest=last,
                stale=last is not None and is_stale(last[1], today),
                client_latest=own,
                client_stale=own is not None and is_stale(own[1], today),
                zes=zes.get(lg.key, ""),
            )
        )
    return PersoonOverzicht(
        persoon_id=p.id,
        naam=display_name(p),
        metingen=tuple(metingen),
        leefgebieden=tuple(standen),
        current_on=current.assessed_on if current else None,
        previous_on=previous.assessed_on if previous else None,
    )


def zrm_overview(session: Session, actor: Actor, casus_id: str, today: dt.date) -> ZrmOverview:
    """Every household member's metingen with the casus's instrument, and per leefgebied the current state.

    Reading scores is looking into the dossier, so it is logged ("zrm-inzien").
    """
    overview = read_zrm_overview(session, casus_id, today)
    record_access(session, actor, "zrm-inzien", "casus", casus_id)
    return overview


def read_zrm_overview(session: Session, casus_id: str, today: dt.date) -> ZrmOverview:
    """The overview without an access-log entry: for a caller that logs its own, wider reading (presentatie)."""
    casus = get_casus(session, casus_id)
    instrument = catalog.instrument(casus.instrument_id)
    zes = _zes_per_leefgebied(session, casus_id)
    personen_rows = session.execute(
        select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id).order_by(Persoon.created_at, Persoon.id)
    ).scalars()
    personen = []
    other = 0
    for p in personen_rows:
        all_metingen = history(session, p.id)
        metingen = [m for m in all_metingen if m.instrument_id == instrument.id]
        other += len(all_metingen) - len(metingen)
        personen.append(_persoon(p, metingen, instrument, zes, today))
    return ZrmOverview(
        casus_id=casus_id,
        instrument_id=instrument.id,
        instrument_name=instrument.name,
        leefgebieden=tuple((lg.key, lg.label) for lg in instrument.leefgebieden),
        niveaus=tuple((level.value, level.label) for level in instrument.scale),
        nvt_allowed=instrument.nvt_allowed,
        target=target_level(instrument),
        personen=tuple(personen),
        other_instrument=other,
        today=today,
    )


def latest_meting_dates(session: Session, casus_id: str) -> dict[str, dt.date]:
    """Per household member with a worker meting (with the casus's instrument): the date of the newest one.

    Enough for the gesprek page's done/partly mark without reading any score; like a search result it shows
    no content of the dossier, so it is not logged. Showing the overview itself is (``zrm_overview``).
    """
    casus = get_casus(session, casus_id)
    rows = session.execute(
        select(ZrmAssessment.persoon_id, func.max(ZrmAssessment.assessed_on))
        .join(Persoon, Persoon.id == ZrmAssessment.persoon_id)
        .where(
            Persoon.huishouden_id == casus.huishouden_id,
            ZrmAssessment.by == "werker",
            ZrmAssessment.instrument_id == casus.instrument_id,
        )
        .group_by(ZrmAssessment.persoon_id)
    )
    return {persoon_id: on for persoon_id, on in rows}
