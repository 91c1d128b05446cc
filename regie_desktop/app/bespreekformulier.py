"""The bespreekformulier: which casussen a worker brings to the team meeting, and the printable agenda of them.

Regie proposes the casussen that need the team (see ``Reden``): a spoed aanmelding still without a gesprek,
signals for the meldcode, an overdue regiestap, a tussenevaluatie or evaluation step due soon, a plan that waits
long for its signature, a long wait on the wachtlijst, and a waakvlam casus whose contact is due or that has run
for months. Every other open casus can be picked too; the worker ticks, orders and adds a question per casus
("Verlengen of afschalen?").

Pseudonymised, because paper leaves the office and a meeting room is not the dossier: a line holds the case
label, the aanvrager's initials and age in years, the phase and the reasons, never a name, address, BSN, phone,
e-mail, date of birth or free text from the dossier (free texts hold names). The worker's own question is
the one free text; on paper the names of the household and its netwerk are replaced in it by initials, and
e-mail addresses, postcodes and long numbers by "[…]" (``domain.pseudonym``).

The worker's choice is a draft (``app.drafts``), so a crash or a lock loses nothing. Looking at the preview
reads no more than the caseload does and is not logged; printing and saving a PDF are, once per casus on the
form, so each client's logboek shows that their casus went on paper (``PRINT_ACTION``, ``EXPORT_ACTION``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app.afsluiten import waakvlam_reminders
from regie_desktop.app.caseload import waitlist
from regie_desktop.app.drafts import discard_draft, load_draft, save_draft
from regie_desktop.app.journal import Actor, record_access
from regie_desktop.app.regiestappen import (
    PHASES_WITHOUT_STEPS,
    _events,
    _signed_dates,
    deadlines_for,
    due_overview,
)
from regie_desktop.domain.casus import FASE_LABELS, Fase
from regie_desktop.domain.plan import PlanStatus
from regie_desktop.domain.pseudonym import (
    CONTACT_PLACEHOLDER,
    NamedPerson,
    NameScrubber,
    age_in_years,
    distinct_case_labels,
    person_initials,
    scrub_contact_details,
)
from regie_desktop.errors import ValidationError
from regie_desktop.policy import organisation
from regie_desktop.reports.bespreekformulier_pdf import BespreekDocument, BespreekPunt, bespreekformulier_pdf_bytes
from regie_desktop.store.models import (
    AfsluitingRow,
    Casus,
    GesprekRow,
    NetwerkPersoonRow,
    Persoon,
    PlanVersion,
    RegiestapGebeurtenis,
    RegiestapGedaan,
    Worker,
)

DRAFT_KIND = "bespreekformulier"
PRINT_ACTION = "bespreekformulier-afdrukken"
EXPORT_ACTION = "bespreekformulier-opslaan"
MAX_VRAAG_LENGTE = 300
"""A question for the team fits on two printed lines; the discussion itself goes on paper and then into Regie."""
MAX_CASUSSEN = 60
"""More than a meeting can discuss: a form with more is refused (Dutch message), the draft is kept."""
DEFAULT_GEKOZEN = 15
"""Without a draft the most pressing proposed casussen are ticked, up to this many; the rest are offered."""
EVALUATIE_STAPPEN = frozenset({"voortgangsbespreking", "eindverslag", "afronding"})
"""Regiestap keys (rules file) that are an evaluation moment the team may want to prepare."""
DRAFT_VERSION = 1


class Reden(StrEnum):
    """Why a casus is proposed for the meeting; the order of the members is the order on the agenda."""

    SPOED = "spoed"
    MELDCODE = "meldcode"
    REGIESTAP_TE_LAAT = "regiestap_te_laat"
    WACHTLIJST = "wachtlijst"
    HANDTEKENING = "handtekening"
    EVALUATIE = "evaluatie"
    WAAKVLAM = "waakvlam"


_RANK = {reden: rank for rank, reden in enumerate(Reden)}


@dataclass(frozen=True)
class Criteria:
    """The thresholds of the proposal; a team that meets every two weeks looks two weeks ahead."""

    horizon_dagen: int = 14
    """A (tussen)evaluatie or waakvlam contact due within this many days is proposed."""
    concept_dagen: int = 14
    """A plan still unsigned this many days after its concept was made is proposed."""
    wachtlijst_dagen: int = 28
    """Waiting this many days on the wachtlijst is proposed (waiting is dangerous)."""
    waakvlam_weken: int = 26
    """Waakvlam this many weeks: time to ask the team whether it can end."""


@dataclass(frozen=True)
class Aanleiding:
    """One reason, in Dutch words that hold no personal data (dates, step names, day counts)."""

    reden: Reden
    tekst: str
    op: dt.date | None = None


@dataclass(frozen=True)
class Voorstel:
    """One open casus as the form may show it: pseudonymised, with the reasons to discuss it (maybe none)."""

    casus_id: str
    label: str
    initialen: str
    leeftijd: int | None
    fase: Fase
    spoed: bool
    aanleidingen: tuple[Aanleiding, ...] = ()

    @property
    def voorgesteld(self) -> bool:
        """True when Regie proposes it (it has a reason); the worker may pick the others too."""
        return bool(self.aanleidingen)

    @property
    def fase_label(self) -> str:
        return FASE_LABELS[self.fase]

    @property
    def regel(self) -> str:
        """``"C-7K3QX · A.d.V. · 42 jaar · Traject"``: the pseudonymised line the list and the form show."""
        age = f"{self.leeftijd} jaar" if self.leeftijd is not None else "leeftijd onbekend"
        return " · ".join((self.label, self.initialen or "–", age, self.fase_label))

    @property
    def reden_tekst(self) -> str:
        return "; ".join(a.tekst for a in self.aanleidingen)


@dataclass(frozen=True)
class KeuzeRegel:
    """One line of the worker's list: which casus, ticked or not, and the question typed for it."""

    casus_id: str
    gekozen: bool
    vraag: str = ""


@dataclass(frozen=True)
class Keuze:
    """What the worker chose: the date of the meeting and the list in their order. This is what the draft holds."""

    datum: dt.date
    regels: tuple[KeuzeRegel, ...]

    @property
    def gekozen(self) -> tuple[KeuzeRegel, ...]:
        return tuple(r for r in self.regels if r.gekozen)

    def to_payload(self) -> dict[str, Any]:
        return {
            "versie": DRAFT_VERSION,
            "datum": self.datum.isoformat(),
            "regels": [{"casus_id": r.casus_id, "gekozen": r.gekozen, "vraag": r.vraag} for r in self.regels],
        }

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Keuze | None:
        """The choice a draft holds, or None when the draft is of another shape (then a fresh proposal is made)."""
        try:
            if payload.get("versie") != DRAFT_VERSION:
                return None
            datum = dt.date.fromisoformat(str(payload["datum"]))
            regels = tuple(
                KeuzeRegel(str(r["casus_id"]), bool(r["gekozen"]), str(r.get("vraag", ""))[:MAX_VRAAG_LENGTE])
                for r in payload["regels"]
            )
        except (KeyError, TypeError, ValueError):
            return None
        return cls(datum, regels)


@dataclass(frozen=True)
class Regel:
    """A line of the list as the dialog shows it: the pseudonymised casus, ticked or not, and its question."""

    voorstel: Voorstel
    gekozen: bool
    vraag: str = ""


@dataclass(frozen=True)
class Bespreeklijst:
    """The list to choose from: restored from the worker's draft when there is one, else Regie's proposal."""

    team: str
    datum: dt.date
    regels: tuple[Regel, ...]
    uit_concept: bool

    def keuze(self) -> Keuze:
        return Keuze(self.datum, tuple(KeuzeRegel(r.voorstel.casus_id, r.gekozen, r.vraag) for r in self.regels))


# --- the proposal ------------------------------------------------------------------------------------------------


def _aanvragers(session: Session, casus_ids: Iterable[str]) -> dict[str, tuple[str, dt.date | None]]:
    """Per casus the aanvrager's (first person's) initials and date of birth; the name goes no further."""
    ids = list(casus_ids)
    found: dict[str, tuple[str, dt.date | None]] = {}
    if not ids:
        return found
    rows = session.execute(
        select(Casus.id, Persoon.voornamen, Persoon.tussenvoegsel, Persoon.achternaam, Persoon.geboortedatum)
        .join(Persoon, Persoon.huishouden_id == Casus.huishouden_id)
        .where(Casus.id.in_(ids))
        .order_by(Casus.id, Persoon.created_at)
    )
    for casus_id, voornamen, tussenvoegsel, achternaam, geboren in rows:
        found.setdefault(casus_id, (person_initials(voornamen, tussenvoegsel, achternaam), geboren))
    return found


def _short(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def _reasons(session: Session, today: dt.date, criteria: Criteria, open_ids: set[str]) -> dict[str, list[Aanleiding]]:
    """Every reason per casus, from the read models the lists already use (due overview, waitlist, waakvlam)."""
    found: dict[str, list[Aanleiding]] = defaultdict(list)
    horizon = today + dt.timedelta(days=criteria.horizon_dagen)
    # Spoed is a reason while there is no gesprek yet; afterwards it stays a mark on the line (and sorts the casus
    # first) but is no reason by itself: the casus would otherwise be on every agenda for its whole life.
    for (casus_id,) in session.execute(
        select(Casus.id).where(Casus.fase.in_([Fase.AANMELDING.value, Fase.WACHTLIJST.value]), Casus.spoed != "[]")
    ):
        found[casus_id].append(Aanleiding(Reden.SPOED, "Spoed bij de aanmelding, nog geen gesprek"))
    for (casus_id,) in session.execute(select(GesprekRow.casus_id).where(GesprekRow.meldcode.is_(True))):
        if casus_id in open_ids:
            found[casus_id].append(Aanleiding(Reden.MELDCODE, "Signalen voor de meldcode: collegiale consultatie"))
    for due in due_overview(session, today):
        for step in due.overdue:
            if step.due is not None:
                tekst = f"Regiestap {step.step_number} te laat: {step.name} (uiterlijk {_short(step.due)})"
                found[due.casus_id].append(Aanleiding(Reden.REGIESTAP_TE_LAAT, tekst, step.due))
    _evaluations(session, today, horizon, open_ids, found)
    for row in waitlist(session, today):
        if row.dagen >= criteria.wachtlijst_dagen:
            tekst = f"{row.dagen} dagen op de wachtlijst (sinds {_short(row.wacht_sinds)})"
            found[row.casus_id].append(Aanleiding(Reden.WACHTLIJST, tekst, row.wacht_sinds))
    _unsigned(session, today, criteria, found)
    for reminder in waakvlam_reminders(session, today, criteria.horizon_dagen):
        tekst = f"Waakvlamcontact uiterlijk {_short(reminder.op)} (elke {reminder.weken} weken)"
        found[reminder.casus_id].append(Aanleiding(Reden.WAAKVLAM, tekst, reminder.op))
    for casus_id, since in session.execute(
        select(Casus.id, AfsluitingRow.datum)
        .join(AfsluitingRow, AfsluitingRow.casus_id == Casus.id)
        .where(Casus.fase == Fase.WAAKVLAM.value)
    ):
        weeks = (today - since).days // 7
        if weeks >= criteria.waakvlam_weken:
            tekst = f"Al {weeks} weken waakvlam: kan de casus worden afgesloten?"
            found[casus_id].append(Aanleiding(Reden.WAAKVLAM, tekst, since))
    return found


def _evaluations(
    session: Session, today: dt.date, horizon: dt.date, open_ids: set[str], found: dict[str, list[Aanleiding]]
) -> None:
    """A tussenevaluatie of the signed plan, or an evaluation regiestap, that falls due before the horizon."""
    latest: dict[str, str] = {}
    for casus_id, content in session.execute(
        select(PlanVersion.casus_id, PlanVersion.content)
        .where(PlanVersion.status == PlanStatus.ONDERTEKEND.value)
        .order_by(PlanVersion.casus_id, PlanVersion.version)
    ):
        latest[casus_id] = content  # the last signed version counts
    phases: dict[str, str] = {casus_id: fase for casus_id, fase in session.execute(select(Casus.id, Casus.fase))}
    for casus_id, content in latest.items():
        if casus_id not in open_ids or phases.get(casus_id) == Fase.WAAKVLAM.value:
            continue
        raw = json.loads(content).get("tussenevaluatie")
        when = dt.date.fromisoformat(raw) if raw else None
        if when is not None and when <= horizon:
            verb = "was op" if when < today else "op"
            found[casus_id].append(Aanleiding(Reden.EVALUATIE, f"Tussenevaluatie {verb} {_short(when)}", when))
    casussen = session.execute(
        select(Casus.id, Casus.aanmelddatum).where(Casus.fase.not_in([f.value for f in PHASES_WITHOUT_STEPS]))
    ).all()
    recorded: dict[str, dict[str, dt.date]] = defaultdict(dict)
    for casus_id, event, on in session.execute(
        select(RegiestapGebeurtenis.casus_id, RegiestapGebeurtenis.event, RegiestapGebeurtenis.on)
    ):
        recorded[casus_id][event] = on
    done: dict[str, set[int]] = defaultdict(set)
    for casus_id, step_number in session.execute(select(RegiestapGedaan.casus_id, RegiestapGedaan.step_number)):
        done[casus_id].add(step_number)
    signed = _signed_dates(session, [c.id for c in casussen])
    for c in casussen:
        for d in deadlines_for(_events(c.aanmelddatum, recorded[c.id], signed.get(c.id))):
            due_soon = d.due is not None and today <= d.due <= horizon
            if d.due is not None and due_soon and d.key in EVALUATIE_STAPPEN and d.step_number not in done[c.id]:
                tekst = f"Regiestap {d.step_number}: {d.name} uiterlijk {_short(d.due)}"
                found[c.id].append(Aanleiding(Reden.EVALUATIE, tekst, d.due))


def _unsigned(session: Session, today: dt.date, criteria: Criteria, found: dict[str, list[Aanleiding]]) -> None:
    """Casussen in the plan phase whose newest version is a concept made ``concept_dagen`` or more ago."""
    newest: dict[str, tuple[str, dt.datetime]] = {}
    for casus_id, status, created in session.execute(
        select(PlanVersion.casus_id, PlanVersion.status, PlanVersion.created_at)
        .join(Casus, Casus.id == PlanVersion.casus_id)
        .where(Casus.fase == Fase.PLAN.value)
        .order_by(PlanVersion.casus_id, PlanVersion.version)
    ):
        newest[casus_id] = (status, created)
    for casus_id, (status, created) in newest.items():
        if status != PlanStatus.CONCEPT.value:
            continue
        days = (today - created.date()).days
        if days >= criteria.concept_dagen:
            tekst = f"Plan wacht {days} dagen op ondertekening (concept sinds {_short(created.date())})"
            found[casus_id].append(Aanleiding(Reden.HANDTEKENING, tekst, created.date()))


def _sorted(aanleidingen: list[Aanleiding]) -> tuple[Aanleiding, ...]:
    return tuple(sorted(aanleidingen, key=lambda a: (_RANK[a.reden], a.op or dt.date.max, a.tekst)))


def voorstellen(
    session: Session, today: dt.date, criteria: Criteria | None = None, regisseur_id: str | None = None
) -> list[Voorstel]:
    """Every open casus (of ``regisseur_id`` when given), pseudonymised; the proposed ones first (spoed, then by
    their most pressing reason and date), then the rest by label. Reads as the caseload does and logs nothing."""
    criteria = criteria or Criteria()
    query = select(Casus.id, Casus.fase, Casus.spoed).where(Casus.fase != Fase.AFGESLOTEN.value)
    if regisseur_id is not None:
        query = query.where(Casus.regisseur_id == regisseur_id)
    casussen = session.execute(query).all()
    open_ids = {c.id for c in casussen}
    reasons = _reasons(session, today, criteria, open_ids)
    labels = distinct_case_labels(sorted(open_ids))
    people = _aanvragers(session, open_ids)
    result = []
    for c in casussen:
        initialen, geboren = people.get(c.id, ("", None))
        leeftijd = age_in_years(geboren, today) if geboren is not None and geboren <= today else None
        result.append(
            Voorstel(
                casus_id=c.id,
                label=labels[c.id],
                initialen=initialen,
                leeftijd=leeftijd,
                fase=Fase(c.fase),
                spoed=c.spoed != "[]",
                aanleidingen=_sorted(reasons.get(c.id, [])),
            )
        )

    def order(v: Voorstel) -> tuple[object, ...]:
        if not v.voorgesteld:
            return (1, 0, dt.date.max, v.label)
        first = v.aanleidingen[0]
        return (
            0,
            (not v.spoed, _RANK[first.reden]),
            min((a.op for a in v.aanleidingen if a.op), default=today),
            v.label,
        )

    result.sort(key=order)
    return result


# --- the worker's list and its draft -------------------------------------------------------------------------------


def _team(session: Session) -> str:
    worker = session.execute(select(Worker).order_by(Worker.created_at)).scalars().first()
    return worker.team if worker is not None else ""


def bespreeklijst(
    session: Session, actor: Actor, today: dt.date, criteria: Criteria | None = None, datum: dt.date | None = None
) -> Bespreeklijst:
    """The list to choose from: the worker's own open casussen (they are the regisseur; after a sync the workspace
    also holds colleagues' casussen, which colleagues bring themselves), the draft's order, ticks and questions
    over a fresh proposal.

    A casus of the draft that is closed or gone meanwhile drops out; a new casus Regie proposes comes after the
    draft's lines, ticked. Without a draft the :data:`DEFAULT_GEKOZEN` most pressing proposed casussen are ticked
    and the rest follow unticked.
    """
    fresh = voorstellen(session, today, criteria, regisseur_id=actor.worker_id)
    by_id = {v.casus_id: v for v in fresh}
    payload = load_draft(session, actor, DRAFT_KIND)
    keuze = Keuze.from_payload(payload) if payload is not None else None
    if keuze is None:
        regels = tuple(Regel(v, v.voorgesteld and n < DEFAULT_GEKOZEN) for n, v in enumerate(fresh))
        return Bespreeklijst(_team(session), datum or today, regels, uit_concept=False)
    seen: set[str] = set()
    lines: list[Regel] = []
    for r in keuze.regels:
        if r.casus_id in by_id and r.casus_id not in seen:
            seen.add(r.casus_id)
            lines.append(Regel(by_id[r.casus_id], r.gekozen, r.vraag))
    lines.extend(Regel(v, v.voorgesteld) for v in fresh if v.casus_id not in seen)
    return Bespreeklijst(_team(session), keuze.datum, tuple(lines), uit_concept=True)


def _checked(keuze: Keuze) -> Keuze:
    for r in keuze.regels:
        if len(r.vraag) > MAX_VRAAG_LENGTE:
            raise ValidationError(f"Houd de vraag kort: hoogstens {MAX_VRAAG_LENGTE} tekens.")
    return keuze


def save_keuze(session: Session, actor: Actor, keuze: Keuze) -> None:
    """Keep the worker's choice as their draft (replacing the previous one); not logged, like every draft."""
    save_draft(session, actor, DRAFT_KIND, _checked(keuze).to_payload())


def _checked_form(keuze: Keuze) -> Keuze:
    if len(keuze.gekozen) > MAX_CASUSSEN:
        raise ValidationError(
            f"Er zijn {len(keuze.gekozen)} casussen aangevinkt; een formulier heeft er hoogstens {MAX_CASUSSEN}. "
            "Vink er een paar uit."
        )
    return _checked(keuze)


def discard_keuze(session: Session, actor: Actor) -> bool:
    """Forget the draft, so the next list is Regie's fresh proposal; True when there was one."""
    return discard_draft(session, actor, DRAFT_KIND)


# --- the form -----------------------------------------------------------------------------------------------------


def _scrubbers(session: Session, casus_ids: list[str]) -> dict[str, NameScrubber]:
    """Per casus a scrubber for the names of its household and netwerk, and for their phone numbers, e-mail
    addresses and BSN as stored (the pattern scrubbing after it catches most other spellings, not every one)."""
    people: dict[str, list[NamedPerson]] = defaultdict(list)
    known: dict[str, dict[str, str]] = defaultdict(dict)
    for casus_id, voornamen, tussenvoegsel, achternaam, telefoon, email, bsn in session.execute(
        select(
            Casus.id,
            Persoon.voornamen,
            Persoon.tussenvoegsel,
            Persoon.achternaam,
            Persoon.telefoon,
            Persoon.email,
            Persoon.bsn,
        )
        .join(Persoon, Persoon.huishouden_id == Casus.huishouden_id)
        .where(Casus.id.in_(casus_ids))
    ):
        people[casus_id].append(NamedPerson(voornamen, tussenvoegsel, achternaam))
        known[casus_id].update({v: CONTACT_PLACEHOLDER for v in (telefoon, email, bsn) if v})
    for casus_id, naam, contact in session.execute(
        select(NetwerkPersoonRow.casus_id, NetwerkPersoonRow.naam, NetwerkPersoonRow.contact).where(
            NetwerkPersoonRow.casus_id.in_(casus_ids)
        )
    ):
        first, _, rest = naam.strip().partition(" ")
        people[casus_id].append(NamedPerson(first, "", rest))
        if contact:
            known[casus_id][contact] = CONTACT_PLACEHOLDER
    return {casus_id: NameScrubber(people.get(casus_id, ()), known.get(casus_id)) for casus_id in casus_ids}


def pseudonymised_question(scrubber: NameScrubber, vraag: str) -> str:
    """The question as the paper shows it: names by initials, contact details and long numbers by "[…]"."""
    return scrub_contact_details(scrubber.scrub(" ".join(vraag.split())))


def bespreek_document(
    session: Session, keuze: Keuze, today: dt.date, criteria: Criteria | None = None
) -> BespreekDocument:
    """The form's values for the ticked casussen in the worker's order; the reasons are as of ``today``."""
    keuze = _checked_form(keuze)
    by_id = {v.casus_id: v for v in voorstellen(session, today, criteria)}
    chosen = [r for r in keuze.gekozen if r.casus_id in by_id]
    scrubbers = _scrubbers(session, [r.casus_id for r in chosen])
    punten = []
    for r in chosen:
        v = by_id[r.casus_id]
        punten.append(
            BespreekPunt(
                label=v.label,
                initialen=v.initialen,
                leeftijd=v.leeftijd,
                fase=v.fase_label,
                spoed=v.spoed,
                aanleidingen=tuple(a.tekst for a in v.aanleidingen),
                vraag=pseudonymised_question(scrubbers[r.casus_id], r.vraag),
            )
        )
    return BespreekDocument(
        gemeente=organisation().gemeente or "", team=_team(session), datum=keuze.datum, punten=tuple(punten)
    )


def _on_form(session: Session, keuze: Keuze, today: dt.date) -> list[str]:
    open_ids = set(session.execute(select(Casus.id).where(Casus.fase != Fase.AFGESLOTEN.value)).scalars())
    return list(dict.fromkeys(r.casus_id for r in keuze.gekozen if r.casus_id in open_ids))


def preview_pdf(session: Session, keuze: Keuze, today: dt.date) -> bytes:
    """The form as PDF for the preview inside Regie; not logged (it shows what the caseload shows, pseudonymised)."""
    return bespreekformulier_pdf_bytes(bespreek_document(session, keuze, today))


def export_pdf(session: Session, actor: Actor, keuze: Keuze, today: dt.date) -> bytes:
    """The form as PDF to save as a file, logged once per casus on it (in the caller's unit of work)."""
    data = preview_pdf(session, keuze, today)
    _log(session, actor, EXPORT_ACTION, _on_form(session, keuze, today))
    return data


def record_print(session: Session, actor: Actor, keuze: Keuze, today: dt.date) -> None:
    """Log that the form went to the printer, once per casus on it."""
    _log(session, actor, PRINT_ACTION, _on_form(session, keuze, today))


def _log(session: Session, actor: Actor, action: str, casus_ids: list[str]) -> None:
    for casus_id in casus_ids:
        record_access(session, actor, action, "casus", casus_id)
