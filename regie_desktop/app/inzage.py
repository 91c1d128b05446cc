"""Inzage (AVG art. 15): everything Regie recorded about one person, for that person, as PDF and as JSON.

What is in it: the person's own data and corrections (rectificaties), per casus of their household the
aanmelding and the phase history, the household-wide parts of the gesprek, their own notes per leefgebied,
their own ZRM assessments with the meaning of each score, the signed plan versions with the consent, the
contacts of the contactjournaal, and who opened or changed the dossier, when and on which laptop.

What is left out, and why (listed in the export itself, under ``weggelaten``):

- data of other members of the household: their personal data, notes and scores. Their names are replaced
  by "[ander lid van het huishouden]" wherever a shared text (a plan, a contact note, a signature) names them.
  Own children (rol ``kind``) can be included on purpose (``met_kinderen``; off by default): a parent with
  parental authority may ask for the data of a child under 16 (AVG art. 8, UAVG art. 5). The worker decides
  that this applies; Regie does not know who has authority.
- names and contact details of people in the netwerk: data of others. What they do for the household stays.
- the veiligheid part of the gesprek and the meldcode signals: they concern the safety of others in the
  household and may be withheld to protect them (AVG art. 23, UAVG art. 41); the worker discusses them
  separately.

The use case only assembles a frozen pydantic value and logs one access entry; ``reports.inzage_pdf`` draws
the PDF and ``inzage_json`` serialises the same value, so both always say the same.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.dossier import display_name
from regie_desktop.app.journal import Actor, record_access
from regie_desktop.app.logboek import entries_for
from regie_desktop.domain.casus import FASE_LABELS, Fase
from regie_desktop.domain.instruments import Instrument
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.reports.inzage_model import (
    InzageActie,
    InzageCasus,
    InzageContact,
    InzageDoel,
    InzageExport,
    InzageFase,
    InzageGesprek,
    InzageKind,
    InzageMeting,
    InzageNetwerk,
    InzageNotitie,
    InzagePersoon,
    InzagePlan,
    InzageRectificatie,
    InzageScore,
    InzageToegang,
    InzageToestemming,
)
from regie_desktop.store import models
from regie_desktop.store.models import (
    Casus,
    ConsentRow,
    FaseOvergang,
    GesprekRow,
    Huishouden,
    LeefgebiedNotitieRow,
    NetwerkPersoonRow,
    Persoon,
    PlanVersion,
    Rectificatie,
    ZrmAssessment,
)

Formaat = str  # "pdf" | "json"
ACTIONS = {"pdf": "inzage-exporteren-pdf", "json": "inzage-exporteren-json"}
ANDER = "[ander lid van het huishouden]"

_ROLLEN = {
    "aanvrager": "aanvrager",
    "partner": "partner",
    "kind": "kind",
    "ouder": "ouder",
    "huisgenoot": "huisgenoot",
    "anders": "anders",
}
_KANALEN = {
    "telefoon": "telefoon",
    "inloop": "inloop",
    "website": "website",
    "email": "e-mail",
    "verwijzing": "verwijzing",
}
_INFORMATIE = {
    "privacy": "hoe wij met uw gegevens omgaan (privacy)",
    "klachtenprocedure": "hoe u een klacht kunt indienen",
    "clientondersteuning": "onafhankelijke cliëntondersteuning",
}
_WIE = {
    "client": "cliënt",
    "huishouden": "huishouden",
    "netwerk": "netwerk",
    "werker": "sociaal werker",
    "voorveld": "voorveld",
    "aanbieder": "aanbieder",
}
_INZET = {"eigen_kracht": "eigen kracht", "netwerk": "netwerk", "voorveld": "voorveld", "maatwerk": "maatwerk"}
_SIGNER = {"client": "cliënt", "wettelijk_vertegenwoordiger": "wettelijk vertegenwoordiger", "werker": "sociaal werker"}
_CONTACT = {
    "huisbezoek": "huisbezoek",
    "telefoon": "telefoon",
    "drie_gesprek": "driegesprek",
    "overleg": "overleg",
    "email": "e-mail",
    "anders": "anders",
}
_VELDEN = {
    "voornamen": "voornamen",
    "tussenvoegsel": "tussenvoegsel",
    "achternaam": "achternaam",
    "geboortedatum": "geboortedatum",
    "bsn": "BSN",
    "telefoon": "telefoon",
    "email": "e-mail",
    "straat": "straat",
    "huisnummer": "huisnummer",
    "postcode": "postcode",
    "woonplaats": "woonplaats",
}


# --- redaction ------------------------------------------------------------------------------------------


class _Redactor:
    """Replaces the names of other household members in shared texts; words of the subject's own name stay."""

    def __init__(self, subject: Persoon, others: Iterable[Persoon]) -> None:
        own = {w.lower() for w in _name_words(subject)}
        words: set[str] = set()
        full: set[str] = set()
        for person in others:
            full.add(display_name(person))
            words.update(w for w in _name_words(person) if w.lower() not in own and len(w) > 1)
        alternatives = sorted(full, key=len, reverse=True) + sorted(words, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)", re.IGNORECASE)
            if alternatives
            else None
        )

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        collapsed = self._pattern.sub(ANDER, text)
        return re.sub(re.escape(ANDER) + r"(?:\s+" + re.escape(ANDER) + r")+", ANDER, collapsed)


def _name_words(person: Persoon) -> list[str]:
    return [w for part in (person.voornamen, person.achternaam) for w in part.split() if w]


# --- assembling -----------------------------------------------------------------------------------------


def _persoon(p: Persoon, hh: Huishouden) -> InzagePersoon:
    adres = " ".join(part for part in (hh.straat, hh.huisnummer) if part)
    plaats = " ".join(part for part in (hh.postcode, hh.woonplaats) if part)
    return InzagePersoon(
        naam=display_name(p),
        voornamen=p.voornamen,
        tussenvoegsel=p.tussenvoegsel,
        achternaam=p.achternaam,
        rol=_ROLLEN.get(p.rol, p.rol),
        geboortedatum=p.geboortedatum,
        bsn=p.bsn,
        telefoon=p.telefoon,
        email=p.email,
        adres=", ".join(part for part in (adres, plaats) if part),
    )


def _instrument(instrument_id: str) -> Instrument | None:
    try:
        return catalog.instrument(instrument_id)
    except (ValidationError, KeyError, LookupError):
        return None


def _leefgebied_label(instrument: Instrument | None, key: str) -> str:
    if instrument is not None:
        for lg in instrument.leefgebieden:
            if lg.key == key:
                return lg.label
    return key


def _metingen(session: Session, persoon_id: str) -> tuple[InzageMeting, ...]:
    rows = session.scalars(
        select(ZrmAssessment)
        .where(ZrmAssessment.persoon_id == persoon_id)
        .order_by(ZrmAssessment.assessed_on, ZrmAssessment.created_at)
    )
    out: list[InzageMeting] = []
    for row in rows:
        instrument = _instrument(row.instrument_id)
        levels = {level.value: level.label for level in instrument.scale} if instrument else {}
        order = {lg.key: n for n, lg in enumerate(instrument.leefgebieden)} if instrument else {}
        scores = []
        for score in sorted(row.scores, key=lambda s: (order.get(s.leefgebied, 999), s.leefgebied)):
            if score.nvt:
                meaning = "niet van toepassing"
            elif score.value is None:
                meaning = "niet besproken"
            else:
                meaning = levels.get(score.value, "")
            scores.append(
                InzageScore(
                    leefgebied=_leefgebied_label(instrument, score.leefgebied), waarde=score.value, betekenis=meaning
                )
            )
        out.append(
            InzageMeting(
                datum=row.assessed_on,
                door="uzelf (zelfscore)" if row.by == "client" else "sociaal werker",
                instrument=instrument.name if instrument else row.instrument_id,
                scores=tuple(scores),
            )
        )
    return tuple(out)


def _notities(session: Session, casus: Casus, persoon_id: str) -> tuple[InzageNotitie, ...]:
    instrument = _instrument(casus.instrument_id)
    order = {lg.key: n for n, lg in enumerate(instrument.leefgebieden)} if instrument else {}
    rows = session.scalars(
        select(LeefgebiedNotitieRow).where(
            LeefgebiedNotitieRow.casus_id == casus.id, LeefgebiedNotitieRow.persoon_id == persoon_id
        )
    )
    return tuple(
        InzageNotitie(
            leefgebied=_leefgebied_label(instrument, row.leefgebied),
            zorg=row.zorg,
            kracht=row.kracht,
            wens=row.wens,
            niet_besproken=row.niet_besproken,
            bijgewerkt_op=row.updated_at,
        )
        for row in sorted(rows, key=lambda r: (order.get(r.leefgebied, 999), r.leefgebied))
        if row.zorg or row.kracht or row.wens or row.niet_besproken
    )


def _gesprek(session: Session, casus: Casus, redact: _Redactor) -> InzageGesprek | None:
    row = session.execute(select(GesprekRow).where(GesprekRow.casus_id == casus.id)).scalar_one_or_none()
    netwerk = tuple(
        InzageNetwerk(relatie=redact(n.relatie), wat=redact(n.wat))
        for n in session.scalars(
            select(NetwerkPersoonRow)
            .where(NetwerkPersoonRow.casus_id == casus.id, NetwerkPersoonRow.verwijderd.is_(False))
            .order_by(NetwerkPersoonRow.updated_at)
        )
    )
    if row is None and not netwerk:
        return None
    info: dict[str, str] = json.loads(row.informatie_gegeven) if row is not None else {}
    return InzageGesprek(
        hulpvraag_toelichting=redact(row.hulpvraag_toelichting) if row else "",
        wederkerigheid=redact(row.wederkerigheid) if row else "",
        verwachtingen=redact(row.verwachtingen) if row else "",
        informatie_gegeven=tuple(
            (_INFORMATIE.get(kind, kind), dt.date.fromisoformat(day)) for kind, day in sorted(info.items())
        ),
        netwerk=netwerk,
        bijgewerkt_op=row.updated_at if row else casus.updated_at,
    )


def _plannen(session: Session, casus: Casus, redact: _Redactor) -> tuple[InzagePlan, ...]:
    from regie_desktop.app.plans import stored_record

    instrument = _instrument(casus.instrument_id)
    out: list[InzagePlan] = []
    versions = session.scalars(
        select(PlanVersion)
        .where(PlanVersion.casus_id == casus.id, PlanVersion.status == "ondertekend")
        .order_by(PlanVersion.version)
    )
    for version in versions:
        consent_row = session.execute(
            select(ConsentRow).where(ConsentRow.plan_version_id == version.id)
        ).scalar_one_or_none()
        if consent_row is None:
            continue
        record = stored_record(version, consent_row)
        plan, consent = record.plan, record.consent
        doelen = tuple(
            InzageDoel(
                leefgebied=_leefgebied_label(instrument, d.leefgebied),
                omschrijving=redact(d.omschrijving),
                zes=redact(d.zes),
                acties=tuple(
                    InzageActie(
                        wie=redact(a.wie),
                        wie_soort=_WIE.get(a.wie_soort.value, ""),
                        wat=redact(a.wat),
                        wanneer=a.wanneer,
                    )
                    for a in d.acties
                ),
                inzet=tuple(
                    f"{_INZET.get(i.soort.value, i.soort.value)}: {redact(i.omschrijving)}".rstrip(": ")
                    for i in d.inzet
                ),
            )
            for d in plan.doelen
        )
        toestemming = InzageToestemming(
            delen_met_aanbieder=consent.share_with_provider,
            niet_delen=tuple(_leefgebied_label(instrument, key) for key in consent.withheld_leefgebieden),
            gegevensverwerking=consent.data_processing_consent,
            ondertekend_door=tuple(
                (redact(s.signer_name), _SIGNER.get(s.role.value, s.role.value))
                for s in (consent.client_signature, consent.worker_signature)
            ),
        )
        out.append(
            InzagePlan(
                versie=version.version,
                ondertekend_op=version.signed_at,
                controlecode=(version.plan_hash or "")[:12],
                doelen=doelen,
                tussenevaluatie=plan.tussenevaluatie,
                toelichting=redact(plan.toelichting),
                toestemming=toestemming,
            )
        )
    return tuple(out)


def _contacten(session: Session, casus: Casus, subject: Persoon, redact: _Redactor) -> tuple[InzageContact, ...] | None:
    """From the contactjournaal when this Regie has one (it arrives with issue #9)."""
    model = getattr(models, "JournaalContact", None)
    if model is None:
        return None
    own = display_name(subject)
    out: list[InzageContact] = []
    for row in session.scalars(select(model).where(model.casus_id == casus.id).order_by(model.datum)):
        try:
            deelnemers = json.loads(row.deelnemers or "[]")
        except ValueError:
            deelnemers = []
        names: list[str] = []
        for d in deelnemers if isinstance(deelnemers, list) else []:
            naam = str(d.get("naam", "")) if isinstance(d, dict) else ""
            soort = str(d.get("soort", "")) if isinstance(d, dict) else ""
            if naam == own:
                names.append("uzelf")
            elif soort in ("werker", "aanbieder"):
                names.append(naam)
            elif soort == "huishouden":
                names.append(ANDER)
            else:
                names.append({"netwerk": "iemand uit uw netwerk"}.get(soort, "iemand anders"))
        out.append(
            InzageContact(
                datum=row.datum,
                soort=_CONTACT.get(row.soort, row.soort),
                deelnemers=tuple(names),
                notitie=redact(row.notitie),
            )
        )
    return tuple(out)


def _casus(session: Session, casus: Casus, subject: Persoon, redact: _Redactor) -> InzageCasus:
    fases = tuple(
        InzageFase(op=o.op, van=_fase(o.van), naar=_fase(o.naar), reden=redact(o.reden))
        for o in session.scalars(
            select(FaseOvergang).where(FaseOvergang.casus_id == casus.id).order_by(FaseOvergang.op)
        )
    )
    return InzageCasus(
        id=casus.id,
        aanmelddatum=casus.aanmelddatum,
        fase=_fase(casus.fase),
        afgesloten_op=casus.afgesloten_op,
        kanaal=_KANALEN.get(casus.kanaal, casus.kanaal),
        hulpvraag=redact(casus.hulpvraag),
        fasegeschiedenis=fases,
        gesprek=_gesprek(session, casus, redact),
        notities=_notities(session, casus, subject.id),
        plannen=_plannen(session, casus, redact),
        contacten=_contacten(session, casus, subject, redact),
    )


def _fase(value: str) -> str:
    try:
        return FASE_LABELS[Fase(value)].lower()
    except ValueError:
        return value


def _rectificaties(session: Session, persoon_id: str) -> tuple[InzageRectificatie, ...]:
    rows = session.scalars(select(Rectificatie).where(Rectificatie.persoon_id == persoon_id).order_by(Rectificatie.op))
    return tuple(
        InzageRectificatie(
            op=r.op,
            veld=_VELDEN.get(r.veld, r.veld),
            oude_waarde=r.oude_waarde,
            nieuwe_waarde=r.nieuwe_waarde,
            reden=r.reden,
        )
        for r in rows
    )


def collect_inzage(
    session: Session, actor: Actor, persoon_id: str, formaat: Formaat = "pdf", met_kinderen: bool = False
) -> InzageExport:
    """Assemble the inzage of one person and log it (``inzage-exporteren-pdf`` / ``-json``, entity persoon).

    ``met_kinderen`` adds the person's own children (rol kind) with their notes and scores; only when the
    rules allow it (see the module docstring). The entry is logged before the access list is read, so the
    export lists itself.
    """
    if formaat not in ACTIONS:
        raise ValidationError("Kies PDF of JSON voor de inzage.")
    subject = session.get(Persoon, persoon_id)
    if subject is None:
        raise NotFound("Deze persoon bestaat niet (meer) op deze computer.")
    hh = session.get(Huishouden, subject.huishouden_id)
    assert hh is not None
    record_access(session, actor, ACTIONS[formaat], "persoon", persoon_id)
    session.flush()
    members = [p for p in hh.personen if p.id != subject.id]
    children = [p for p in members if p.rol == "kind"] if met_kinderen and subject.rol != "kind" else []
    redact = _Redactor(subject, [p for p in members if p not in children])
    casus_rows = list(
        session.scalars(select(Casus).where(Casus.huishouden_id == hh.id).order_by(Casus.aanmelddatum, Casus.id))
    )
    casussen = tuple(_casus(session, c, subject, redact) for c in casus_rows)
    kinderen = tuple(
        InzageKind(
            persoon=_persoon(child, hh),
            metingen=_metingen(session, child.id),
            notities=tuple((c.id, n) for c in casus_rows for n in _notities(session, c, child.id)),
        )
        for child in children
    )
    toegang = tuple(
        InzageToegang(op=e.at, wie=e.worker_naam, wat=e.wat, apparaat=e.apparaat)
        for e in entries_for(session, [hh.id], [c.id for c in casus_rows], [subject.id, *(c.id for c in children)])
    )
    worker = session.get(models.Worker, actor.worker_id)
    weggelaten = [
        f"Gegevens van andere leden van uw huishouden (hun naam staat in gedeelde teksten als '{ANDER}').",
        "Namen en contactgegevens van mensen in uw netwerk: dat zijn gegevens van anderen.",
        "Het deel veiligheid van het gesprek en signalen voor de meldcode: die gaan ook over de veiligheid "
        "van anderen. Uw sociaal werker bespreekt ze apart met u.",
    ]
    if children:
        weggelaten[0] = (
            "Gegevens van andere leden van uw huishouden, behalve uw kinderen (hun naam staat in gedeelde "
            f"teksten als '{ANDER}')."
        )
    return InzageExport(
        gemaakt_op=dt.datetime.now(dt.UTC),
        gemaakt_door=worker.naam if worker is not None else "",
        persoon=_persoon(subject, hh),
        rectificaties=_rectificaties(session, subject.id),
        metingen=_metingen(session, subject.id),
        casussen=casussen,
        kinderen=kinderen,
        toegang=toegang,
        weggelaten=tuple(weggelaten),
    )


def inzage_json(export: InzageExport) -> bytes:
    """The machine-readable inzage: UTF-8 JSON of the same value the PDF shows."""
    return export.model_dump_json(indent=2).encode("utf-8")


def export_inzage(
    session: Session, actor: Actor, persoon_id: str, formaat: Formaat, met_kinderen: bool = False
) -> bytes:
    """The finished file in memory (PDF or JSON); the caller writes it through the dialog seam (QSaveFile)."""
    export = collect_inzage(session, actor, persoon_id, formaat, met_kinderen)
    if formaat == "json":
        return inzage_json(export)
    from regie_desktop.app.documents import _bitmap_logo
    from regie_desktop.policy import organisation
    from regie_desktop.reports.inzage_pdf import inzage_pdf_bytes

    org = organisation()
    return inzage_pdf_bytes(export, gemeente=org.gemeente or "", logo_path=_bitmap_logo(org.logo_file))
