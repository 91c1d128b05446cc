"""The agenda: appointments (simple records: date, time, casus, kind, place) and the deadlines of open casussen.

A week shows both, so the worker plans a huisbezoek around the regiestappen that fall due. Appointments are
dossier data and travel with sync like everything else; cancelling keeps the row (``geannuleerd``) so the
cancellation travels too. ``export_ics`` writes RFC 5545 text for the worker's own calendar program; by
default its titles say only the kind and a short casus reference ("Huisbezoek — casus 3F2A"), because a
calendar is often synced to a phone or shared with a secretary: the name appears only when asked for.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.app.opdracht import casus_reference
from regie_desktop.app.regiestappen import PHASES_WITHOUT_STEPS, _events, _signed_dates, deadlines_for
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store.models import (
    AfspraakRow,
    Casus,
    Persoon,
    RegiestapGebeurtenis,
    RegiestapGedaan,
)

ENTITY = "afspraak"
LOCAL = ZoneInfo("Europe/Amsterdam")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_UID_NAMESPACE = uuid.UUID("9d3c1f0e-6a2b-4c8d-8e7f-1a2b3c4d5e6f")


class AfspraakSoort(StrEnum):
    HUISBEZOEK = "huisbezoek"
    TELEFOON = "telefoon"
    DRIE_GESPREK = "drie_gesprek"
    OVERLEG = "overleg"
    SPREEKUUR = "spreekuur"


SOORT_LABELS: dict[AfspraakSoort, str] = {
    AfspraakSoort.HUISBEZOEK: "Huisbezoek",
    AfspraakSoort.TELEFOON: "Telefoongesprek",
    AfspraakSoort.DRIE_GESPREK: "Driegesprek",
    AfspraakSoort.OVERLEG: "Overleg",
    AfspraakSoort.SPREEKUUR: "Spreekuur",
}


@dataclass(frozen=True)
class AfspraakInvoer:
    casus_id: str
    datum: dt.date
    tijd: str
    soort: AfspraakSoort
    plaats: str = ""
    duur_minuten: int = 60


@dataclass(frozen=True)
class Afspraak:
    id: str
    casus_id: str
    huishouden_id: str
    naam: str
    referentie: str
    datum: dt.date
    tijd: str
    duur_minuten: int
    soort: AfspraakSoort
    plaats: str


@dataclass(frozen=True)
class AgendaDeadline:
    casus_id: str
    huishouden_id: str
    naam: str
    referentie: str
    step_number: int
    name: str
    due: dt.date


@dataclass(frozen=True)
class AgendaWeek:
    monday: dt.date
    afspraken: tuple[Afspraak, ...]
    deadlines: tuple[AgendaDeadline, ...]

    def on(self, day: dt.date) -> tuple[list[Afspraak], list[AgendaDeadline]]:
        return [a for a in self.afspraken if a.datum == day], [d for d in self.deadlines if d.due == day]


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _checked(invoer: AfspraakInvoer) -> AfspraakInvoer:
    tijd = invoer.tijd.strip()
    if len(tijd) == 4 and tijd[1] == ":":
        tijd = "0" + tijd
    if not _TIME.match(tijd):
        raise ValidationError("Vul de tijd in als uu:mm, bijvoorbeeld 09:30.")
    if not 5 <= invoer.duur_minuten <= 8 * 60:
        raise ValidationError("Een afspraak duurt tussen 5 minuten en 8 uur.")
    plaats = invoer.plaats.strip()
    if len(plaats) > 200:
        raise ValidationError("Houd de plaats kort (hoogstens 200 tekens).")
    return AfspraakInvoer(invoer.casus_id, invoer.datum, tijd, AfspraakSoort(invoer.soort), plaats, invoer.duur_minuten)


def _fields(invoer: AfspraakInvoer) -> dict[str, object]:
    return {
        "casus_id": invoer.casus_id,
        "datum": invoer.datum,
        "tijd": invoer.tijd,
        "duur_minuten": invoer.duur_minuten,
        "soort": invoer.soort.value,
        "plaats": invoer.plaats,
    }


def add_afspraak(session: Session, actor: Actor, invoer: AfspraakInvoer) -> str:
    get_casus(session, invoer.casus_id)
    invoer = _checked(invoer)
    row = record_insert(session, actor, ENTITY, AfspraakRow, {**_fields(invoer), "geannuleerd": False})
    record_access(session, actor, "afspraak-maken", "casus", invoer.casus_id)
    return row.id


def _row(session: Session, afspraak_id: str) -> AfspraakRow:
    row = session.get(AfspraakRow, afspraak_id)
    if row is None or row.geannuleerd:
        raise NotFound("Deze afspraak bestaat niet (meer).")
    return row


def update_afspraak(session: Session, actor: Actor, afspraak_id: str, invoer: AfspraakInvoer) -> bool:
    row = _row(session, afspraak_id)
    invoer = _checked(invoer)
    if invoer.casus_id != row.casus_id:
        get_casus(session, invoer.casus_id)
    if not record_update(session, actor, ENTITY, row, _fields(invoer)):
        return False
    record_access(session, actor, "afspraak-wijzigen", "casus", row.casus_id)
    return True


def cancel_afspraak(session: Session, actor: Actor, afspraak_id: str) -> None:
    row = _row(session, afspraak_id)
    record_update(session, actor, ENTITY, row, {"geannuleerd": True})
    record_access(session, actor, "afspraak-annuleren", "casus", row.casus_id)


def _names(session: Session) -> dict[str, str]:
    """Huishouden id -> the first person's name (the aanvrager), for the agenda's lines."""
    names: dict[str, str] = {}
    for hh_id, voornamen, tussenvoegsel, achternaam in session.execute(
        select(Persoon.huishouden_id, Persoon.voornamen, Persoon.tussenvoegsel, Persoon.achternaam).order_by(
            Persoon.created_at
        )
    ):
        names.setdefault(hh_id, " ".join(p for p in (voornamen, tussenvoegsel, achternaam) if p))
    return names


def _afspraken(session: Session, start: dt.date, end: dt.date, names: dict[str, str]) -> list[Afspraak]:
    rows = session.execute(
        select(AfspraakRow, Casus.huishouden_id)
        .join(Casus, Casus.id == AfspraakRow.casus_id)
        .where(AfspraakRow.datum >= start, AfspraakRow.datum < end, AfspraakRow.geannuleerd.is_(False))
        .order_by(AfspraakRow.datum, AfspraakRow.tijd)
    ).all()
    return [
        Afspraak(
            id=r.id,
            casus_id=r.casus_id,
            huishouden_id=hh,
            naam=names.get(hh, ""),
            referentie=casus_reference(r.casus_id),
            datum=r.datum,
            tijd=r.tijd,
            duur_minuten=r.duur_minuten,
            soort=AfspraakSoort(r.soort),
            plaats=r.plaats,
        )
        for r, hh in rows
    ]


def _deadlines(session: Session, start: dt.date, end: dt.date, names: dict[str, str]) -> list[AgendaDeadline]:
    casussen = session.execute(
        select(Casus.id, Casus.huishouden_id, Casus.aanmelddatum).where(
            Casus.fase.not_in([f.value for f in PHASES_WITHOUT_STEPS])
        )
    ).all()
    recorded: dict[str, dict[str, dt.date]] = defaultdict(dict)
    for casus_id, event, on in session.execute(
        select(RegiestapGebeurtenis.casus_id, RegiestapGebeurtenis.event, RegiestapGebeurtenis.on)
    ):
        recorded[casus_id][event] = on
    done: dict[str, set[int]] = defaultdict(set)
    for casus_id, step in session.execute(select(RegiestapGedaan.casus_id, RegiestapGedaan.step_number)):
        done[casus_id].add(step)
    signed = _signed_dates(session, [c.id for c in casussen])
    found = []
    for c in casussen:
        for d in deadlines_for(_events(c.aanmelddatum, recorded[c.id], signed.get(c.id))):
            if d.due is not None and start <= d.due < end and d.step_number not in done[c.id]:
                found.append(
                    AgendaDeadline(
                        c.id,
                        c.huishouden_id,
                        names.get(c.huishouden_id, ""),
                        casus_reference(c.id),
                        d.step_number,
                        d.name,
                        d.due,
                    )
                )
    found.sort(key=lambda d: (d.due, d.naam, d.step_number))
    return found


def agenda_week(session: Session, actor: Actor, monday: dt.date) -> AgendaWeek:
    """Appointments and open deadlines of the week starting ``monday``; logged once as looking at the agenda."""
    monday = monday_of(monday)
    end = monday + dt.timedelta(days=7)
    names = _names(session)
    week = AgendaWeek(
        monday, tuple(_afspraken(session, monday, end, names)), tuple(_deadlines(session, monday, end, names))
    )
    record_access(session, actor, "agenda-bekijken", "agenda", monday.isoformat())
    return week


def casus_afspraken(session: Session, casus_id: str, from_day: dt.date) -> list[Afspraak]:
    """The coming appointments of one casus (the traject page shows them)."""
    casus = get_casus(session, casus_id)
    names = _names(session)
    return [a for a in _afspraken(session, from_day, dt.date.max, names) if a.casus_id == casus.id]


# --- iCalendar --------------------------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and one space, never inside a character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _utc(day: dt.date, tijd: str, minutes: int = 0) -> str:
    hour, minute = (int(p) for p in tijd.split(":"))
    local = dt.datetime.combine(day, dt.time(hour, minute), LOCAL) + dt.timedelta(minutes=minutes)
    return local.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_text(afspraken: list[Afspraak], include_names: bool, stamp: dt.datetime) -> str:
    """The appointments as an iCalendar (RFC 5545) text with CRLF line ends; times in UTC."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Regie//Agenda//NL", "CALSCALE:GREGORIAN"]
    dtstamp = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    for a in afspraken:
        who = a.naam if include_names and a.naam else f"casus {a.referentie}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uuid.uuid5(_UID_NAMESPACE, a.id)}@regie",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART:{_utc(a.datum, a.tijd)}",
            f"DTEND:{_utc(a.datum, a.tijd, a.duur_minuten)}",
            f"SUMMARY:{_escape(f'{SOORT_LABELS[a.soort]} — {who}')}",
        ]
        if a.plaats and include_names:  # a client's address is personal data too
            lines.append(f"LOCATION:{_escape(a.plaats)}")
        lines += ["END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def export_ics(session: Session, actor: Actor, start: dt.date, end: dt.date, include_names: bool = False) -> bytes:
    """The appointments from ``start`` up to (not including) ``end`` as .ics bytes, logged as an export."""
    if end <= start:
        raise ValidationError("Kies een periode met een einde na het begin.")
    afspraken = _afspraken(session, start, end, _names(session))
    record_access(
        session, actor, "agenda-exporteren-namen" if include_names else "agenda-exporteren", "agenda", start.isoformat()
    )
    return ics_text(afspraken, include_names, dt.datetime.now(dt.UTC)).encode("utf-8")
