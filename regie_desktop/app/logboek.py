"""The logboek: who did what with a dossier, when and on which laptop (NEN 7513 style), and its tamper evidence.

Entries are append-only: no use case changes or deletes one. Every entry this device writes is also a link in
a local hash chain (``journal.record_access``); ``verify_chain`` recomputes it, so an entry changed or deleted
directly in the database shows up in ``regie check``. The chain covers this device's own entries only: entries
that arrive from other laptops are theirs to vouch for, and they neither need nor break it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from regie_desktop.app.dossier import display_name
from regie_desktop.app.journal import GENESIS_HASH, Actor, access_entry_hash, record_access
from regie_desktop.errors import NotFound
from regie_desktop.store.models import (
    AccessLog,
    AccessLogKeten,
    Casus,
    Huishouden,
    Persoon,
    Worker,
    WorkspaceInfo,
)

LOGBOEK_ACTION = "logboek-inzien"

ACTION_TEXTS: dict[str, str] = {
    "registreren": "huishouden aangemeld",
    "aanmelden": "casus aangemeld",
    "inzien": "dossier geopend",
    "gesprek-inzien": "gesprek geopend",
    "gesprek-bijwerken": "gesprek bijgewerkt",
    "gesprek-tonen-aan-client": "gesprek aan de cliënt getoond",
    "netwerk-toevoegen": "netwerk aangevuld",
    "netwerk-bijwerken": "netwerk bijgewerkt",
    "netwerk-verwijderen": "iemand uit het netwerk verwijderd",
    "zrm-inzien": "ZRM-overzicht geopend",
    "zrm-scoren": "ZRM-score vastgelegd",
    "plan-opstellen": "plan opgesteld",
    "plan-bijwerken": "plan bijgewerkt",
    "plan-ondertekenen": "plan ondertekend",
    "plan-openen": "plan geopend",
    "plan-bekijken": "plan bekeken",
    "plan-afdrukken-volledig": "plan afgedrukt",
    "plan-afdrukken-aanbieder": "plan voor de aanbieder afgedrukt",
    "plan-afdrukken-ontvangstbewijs": "ontvangstbewijs afgedrukt",
    "plan-exporteren-volledig": "plan opgeslagen als PDF",
    "plan-exporteren-aanbieder": "plan voor de aanbieder opgeslagen als PDF",
    "plan-exporteren-ontvangstbewijs": "ontvangstbewijs opgeslagen als PDF",
    "journaal-inzien": "contactjournaal geopend",
    "journaal-toevoegen": "contact vastgelegd",
    "journaal-bijwerken": "contact bijgewerkt",
    "traject-openen": "traject geopend",
    "presentatie-openen": "getoond in de teamvergadering (zonder namen)",
    "presentatie-namen-tonen": "namen getoond in de teamvergadering",
    "bijlage-bekijken": "bijlage bekeken",
    "opdracht-exporteren": "opdracht aan de aanbieder opgeslagen",
    "bespreekformulier-afdrukken": "op het bespreekformulier voor het teamoverleg afgedrukt (gepseudonimiseerd)",
    "bespreekformulier-opslaan": "op het bespreekformulier voor het teamoverleg opgeslagen (gepseudonimiseerd)",
    "ontvangstbewijs-exporteren": "ontvangstbewijs opgeslagen",
    "evaluatie-inzien": "evaluatie geopend",
    "evaluatie-vastleggen": "evaluatie vastgelegd",
    "evaluatie-bijwerken": "evaluatie bijgewerkt",
    "evaluatie-exporteren": "evaluatie opgeslagen",
    "eindverslag-toevoegen": "eindverslag toegevoegd",
    "eindverslag-bekijken": "eindverslag bekeken",
    "afsluiten-inzien": "afsluiten bekeken",
    "casus-afsluiten": "casus afgesloten",
    "waakvlam-ritme": "waakvlamcontact ingesteld",
    "inzage-exporteren-pdf": "inzage gemaakt (PDF)",
    "inzage-exporteren-json": "inzage gemaakt (JSON)",
    "corrigeren": "gegevens gecorrigeerd",
    LOGBOEK_ACTION: "logboek bekeken",
    "vernietigen": "dossier vernietigd",
    "opruimen": "dossier van deze laptop verwijderd",
}
_PREFIX_TEXTS = {
    "fase:": "fase gewijzigd naar {rest}",
    "regiestap:": "regiestap {rest} afgerond",
    "gebeurtenis:": "gebeurtenis vastgelegd ({rest})",
    "instelling:": "instelling gewijzigd ({rest})",
}


def action_text(action: str) -> str:
    """What an action code means, in words; a code this Regie does not know reads as itself, in plain words."""
    if action in ACTION_TEXTS:
        return ACTION_TEXTS[action]
    for prefix, template in _PREFIX_TEXTS.items():
        if action.startswith(prefix):
            return template.format(rest=action[len(prefix) :].replace("_", " ").replace("-", " "))
    return action.replace("-", " ").replace("_", " ")


@dataclass(frozen=True)
class LogboekEntry:
    """One entry as the logboek and the inzage show it: names and words, with the codes kept for filtering."""

    id: str
    at: dt.datetime
    worker_id: str
    worker_naam: str
    device_id: str
    apparaat: str
    action: str
    wat: str
    entity: str
    entity_id: str


@dataclass(frozen=True)
class LogboekFilter:
    """Empty fields filter nothing; ``van`` and ``tot`` are inclusive dates (Europe/Amsterdam is not needed:
    the page passes local dates and entries are compared by their local date)."""

    action: str = ""
    worker_id: str = ""
    van: dt.date | None = None
    tot: dt.date | None = None

    def matches(self, entry: LogboekEntry) -> bool:
        day = entry.at.astimezone().date()
        return (
            (not self.action or entry.action == self.action)
            and (not self.worker_id or entry.worker_id == self.worker_id)
            and (self.van is None or day >= self.van)
            and (self.tot is None or day <= self.tot)
        )


def filter_entries(entries: list[LogboekEntry], wanted: LogboekFilter) -> list[LogboekEntry]:
    return [e for e in entries if wanted.matches(e)]


@dataclass(frozen=True)
class Logboek:
    huishouden_id: str
    naam: str  # the household's first person, for the page title
    entries: tuple[LogboekEntry, ...]  # newest first

    def actions(self) -> list[tuple[str, str]]:
        """(code, words) of the actions present, sorted by the words: the page's action filter."""
        seen = {e.action: e.wat for e in self.entries}
        return sorted(seen.items(), key=lambda item: item[1])

    def workers(self) -> list[tuple[str, str]]:
        seen = {e.worker_id: e.worker_naam for e in self.entries}
        return sorted(seen.items(), key=lambda item: item[1])


def dossier_subjects(session: Session, huishouden_id: str) -> tuple[list[str], list[str], list[str]]:
    """(huishouden, casus, persoon) ids of one dossier: what its access-log entries name."""
    casussen = list(session.scalars(select(Casus.id).where(Casus.huishouden_id == huishouden_id)))
    personen = list(session.scalars(select(Persoon.id).where(Persoon.huishouden_id == huishouden_id)))
    return [huishouden_id], casussen, personen


def worker_names(session: Session) -> dict[str, str]:
    """Names of the workers known here: this workspace's own worker (others are known by their id only)."""
    names = {row.id: row.naam for row in session.scalars(select(Worker))}
    return names


def _describe(row: AccessLog, names: dict[str, str], own_device: str, own_device_name: str) -> LogboekEntry:
    worker = names.get(row.worker_id) or f"andere medewerker ({row.worker_id[:8]})"
    device = own_device_name if row.device_id == own_device else f"andere laptop ({row.device_id[:8]})"
    return LogboekEntry(
        id=row.id,
        at=row.at,
        worker_id=row.worker_id,
        worker_naam=worker,
        device_id=row.device_id,
        apparaat=device,
        action=row.action,
        wat=action_text(row.action),
        entity=row.entity,
        entity_id=row.entity_id,
    )


def _own_device(session: Session) -> tuple[str, str]:
    device_id = session.execute(select(WorkspaceInfo.device_id)).scalar_one()
    return device_id, f"deze laptop ({device_id[:8]})"


def entries_for(
    session: Session, huishouden_ids: list[str], casus_ids: list[str], persoon_ids: list[str]
) -> list[LogboekEntry]:
    """The access-log entries naming any of these ids, newest first."""
    conditions = []
    for entity, ids in (("huishouden", huishouden_ids), ("casus", casus_ids), ("persoon", persoon_ids)):
        if ids:
            conditions.append((AccessLog.entity == entity) & AccessLog.entity_id.in_(ids))
    if not conditions:
        return []
    names = worker_names(session)
    own, own_name = _own_device(session)
    rows = session.scalars(select(AccessLog).where(or_(*conditions)).order_by(AccessLog.at.desc(), AccessLog.id))
    return [_describe(row, names, own, own_name) for row in rows]


def open_logboek(session: Session, actor: Actor, huishouden_id: str) -> Logboek:
    """The logboek of one dossier (household, its casussen and persons); looking at it is logged too."""
    hh = session.get(Huishouden, huishouden_id)
    if hh is None:
        raise NotFound("Dit huishouden bestaat niet (meer) op deze computer.")
    naam = display_name(hh.personen[0]) if hh.personen else ""
    record_access(session, actor, LOGBOEK_ACTION, "huishouden", huishouden_id)
    session.flush()
    hh_ids, casussen, personen = dossier_subjects(session, huishouden_id)
    return Logboek(huishouden_id, naam, tuple(entries_for(session, hh_ids, casussen, personen)))


# --- tamper evidence ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainReport:
    checked: int
    problems: tuple[str, ...]


def verify_chain(session: Session) -> ChainReport:
    """Recompute this device's chain: a changed entry, a deleted entry or link, or an entry of this device that
    is not in the chain (written around the application) is a problem. Dutch messages, no personal data."""
    own, _ = _own_device(session)
    entries = {row.id: row for row in session.scalars(select(AccessLog).where(AccessLog.device_id == own))}
    changed = missing = gaps = 0
    previous, expected_seq = GENESIS_HASH, 1
    chained: set[str] = set()
    for link in session.scalars(select(AccessLogKeten).order_by(AccessLogKeten.seq)):
        if link.seq != expected_seq:
            gaps += 1
        expected_seq = link.seq + 1
        chained.add(link.access_log_id)
        entry = entries.get(link.access_log_id)
        if entry is None:
            row = session.get(AccessLog, link.access_log_id)
            if row is None:
                missing += 1
            else:  # its device was changed
                changed += 1
        elif access_entry_hash(link.seq, previous, entry) != link.entry_hash:
            changed += 1
        previous = link.entry_hash
    unchained = sum(1 for entry_id in entries if entry_id not in chained)
    problems: list[str] = []
    if changed:
        problems.append(f"Logboek: {changed} regel(s) gewijzigd buiten Regie om (de hashketen klopt niet).")
    if missing:
        problems.append(f"Logboek: {missing} regel(s) verwijderd buiten Regie om.")
    if gaps:
        problems.append(f"Logboek: de hashketen is {gaps} keer onderbroken (schakels verwijderd).")
    if unchained:
        problems.append(f"Logboek: {unchained} regel(s) van deze laptop staan niet in de hashketen.")
    return ChainReport(checked=len(chained), problems=tuple(problems))
