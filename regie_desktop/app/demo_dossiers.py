"""Synthetic casussen for the demo households: phases spread, gesprekken, ZRM histories, plans, deadlines.

Everything goes through the same use cases the GUI uses, so demo data obeys every rule and leaves the
same change records and access log as real work would.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import random
import zlib

from faker import Faker
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.casussen import change_phase, get_casus, open_casus
from regie_desktop.app.gesprek import (
    add_netwerk_persoon,
    notitie_sleutel,
    save_gesprek,
    save_leefgebied_notitie,
    set_alleen_professional,
)
from regie_desktop.app.journal import Actor
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.regiestappen import mark_step_done, record_event
from regie_desktop.domain.casus import Aanmelding, Fase, Kanaal, Spoed
from regie_desktop.domain.consent import Consent, Point, Signature, SignerRole
from regie_desktop.domain.deadlines import Event
from regie_desktop.domain.gesprek import GesprekVelden, Informatie, LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.domain.ids import new_id
from regie_desktop.domain.instruments import Instrument
from regie_desktop.domain.plan import Actie, Doel, Inzet, InzetSoort, PlanContent, WieSoort, plan_hash
from regie_desktop.domain.zrm import Assessment, Score
from regie_desktop.store.models import RegiestapGebeurtenis, RegiestapGedaan

PHASES = (
    (Fase.AANMELDING, 10),
    (Fase.WACHTLIJST, 10),
    (Fase.GESPREK, 15),
    (Fase.PLAN, 15),
    (Fase.TRAJECT, 25),
    (Fase.EVALUATIE, 10),
    (Fase.WAAKVLAM, 5),
    (Fase.AFGESLOTEN, 10),
)
ROUTES: dict[Fase, tuple[Fase, ...]] = {
    Fase.AANMELDING: (),
    Fase.WACHTLIJST: (Fase.WACHTLIJST,),
    Fase.GESPREK: (Fase.GESPREK,),
    Fase.PLAN: (Fase.GESPREK, Fase.PLAN),
    Fase.TRAJECT: (Fase.GESPREK, Fase.PLAN, Fase.TRAJECT),
    Fase.EVALUATIE: (Fase.GESPREK, Fase.PLAN, Fase.TRAJECT, Fase.EVALUATIE),
    Fase.WAAKVLAM: (Fase.GESPREK, Fase.WAAKVLAM),
    Fase.AFGESLOTEN: (Fase.GESPREK, Fase.PLAN, Fase.TRAJECT, Fase.EVALUATIE, Fase.AFGESLOTEN),
}
HULPVRAGEN = (
    "Huurachterstand en post die niet meer wordt geopend.",
    "Zorgen over de opvoeding van de kinderen na een scheiding.",
    "Eenzaam sinds het overlijden van de partner; komt de deur niet meer uit.",
    "Werk verloren, geen inkomen sinds twee maanden.",
    "Mantelzorger raakt overbelast door de zorg voor een ouder.",
    "Schulden bij meerdere schuldeisers; incassobureau belt dagelijks.",
    "Wil weer meedoen, zoekt vrijwilligerswerk of dagbesteding.",
)
ZORG = (
    "Rekeningen blijven liggen.",
    "Slaapt slecht door zorgen.",
    "Weinig contact met anderen.",
    "Huis is niet op orde.",
    "Spanningen thuis.",
)
KRACHT = (
    "Wil graag zelf de regie houden.",
    "Zus helpt met de administratie.",
    "Kookt elke dag zelf.",
    "Loopt dagelijks een rondje met de hond.",
    "Heeft goed contact met de huisarts.",
)
WENS = (
    "Weer overzicht over de financiën.",
    "Eén keer per week iets buiten de deur doen.",
    "Rust in huis.",
    "Een vaste dagbesteding.",
    "Zelfstandig blijven wonen.",
)
TOELICHTINGEN = (
    "Heeft eerst zelf gebeld met de schuldeisers; dat liep vast. De vraag komt nu omdat er een brief van de "
    "deurwaarder kwam.",
    "Merkt al een jaar dat het zwaarder wordt; de huisarts raadde aan om nu hulp te vragen.",
    "Wil vooral weer overzicht; schaamt zich om het aan familie te vragen.",
)
REDENEN = {
    Fase.WAAKVLAM: "Situatie stabiel; laagfrequent contact houden.",
    Fase.AFGESLOTEN: "Doelen bereikt; inwoner weet waar hij terecht kan.",
}


def _pick_phase(rng: random.Random) -> Fase:
    return rng.choices([p for p, _ in PHASES], weights=[w for _, w in PHASES])[0]


def _signature(rng: random.Random, name: str, role: SignerRole, at: dt.datetime) -> Signature:
    """A looping pen trace in tenths of a millimetre, different for every seed."""
    loops, phase = rng.uniform(2.0, 4.0), rng.uniform(0, math.pi)
    points = []
    for i in range(90):
        t = i / 89 * loops * math.pi
        x = int(150 + 70 * t + 60 * math.cos(t * 2 + phase))
        y = int(200 + 90 * math.sin(t * 3 + phase) * (1 - i / 180))
        points.append(Point(x, y, i * 12, 400 + rng.randint(0, 300)))
    return Signature(signer_name=name, role=role, strokes=(tuple(points),), signed_at=at)


def fill_casus(
    session: Session,
    actor: Actor,
    huishouden_id: str,
    personen: list[tuple[str, str]],
    worker_name: str,
    fake: Faker,
    rng: random.Random,
    today: dt.date,
) -> str:
    """One casus for the household, taken to a random phase with what that phase implies."""
    target = _pick_phase(rng)
    aanmeld = today - dt.timedelta(days=rng.randint(3, 320) if target is not Fase.AANMELDING else rng.randint(0, 20))
    spoed = frozenset({rng.choice(list(Spoed))}) if rng.random() < 0.08 else frozenset()
    kanaal = rng.choice(list(Kanaal))
    aanmelding = Aanmelding(
        datum=aanmeld,
        kanaal=kanaal,
        hulpvraag=rng.choice(HULPVRAGEN),
        verwijzer="Huisartsenpraktijk" if kanaal is Kanaal.VERWIJZING else "",
        spoed=spoed,
        toestemming_gegevensverwerking=rng.random() < 0.9,
        uitleg_procedure_gegeven=rng.random() < 0.8,
    )
    casus_id = open_casus(session, actor, huishouden_id, aanmelding, today)
    # Holding the row keeps it in the session's identity map, so each use case below finds it there
    # instead of flushing and reading it back (the map only keeps clean rows while someone holds them).
    casus = get_casus(session, casus_id)
    instrument = catalog.instrument(casus.instrument_id)
    route = ROUTES[target]
    span = max((today - aanmeld).days, 1)
    step_dates = sorted(aanmeld + dt.timedelta(days=rng.randint(0, span)) for _ in route)
    moments = dict(zip(route, step_dates, strict=True))
    for fase in route:
        if fase is Fase.AFGESLOTEN and Fase.TRAJECT in route:
            continue  # closed in fill_nazorg, with the checklist and a reason code, as the worker does
        at = min(dt.datetime.combine(moments[fase], dt.time(10), tzinfo=dt.UTC), dt.datetime.now(dt.UTC))
        change_phase(session, actor, casus_id, fase, REDENEN.get(fase, "Volgende fase"), at=at)
    if Fase.GESPREK in moments:
        _gesprek(instrument, session, actor, casus_id, personen, moments[Fase.GESPREK], fake, rng, today)
        second = moments.get(Fase.EVALUATIE) or (today if target is Fase.TRAJECT and rng.random() < 0.5 else None)
        _assessments(instrument, session, actor, casus_id, personen[0][0], moments[Fase.GESPREK], second, rng, today)
    if Fase.PLAN in moments:
        _plan(
            instrument,
            session,
            actor,
            casus_id,
            personen[0][1],
            worker_name,
            signed=Fase.TRAJECT in moments,
            rng=rng,
            today=today,
        )
    if Fase.TRAJECT in moments:
        _traject(session, actor, casus_id, moments[Fase.TRAJECT], rng, today)
        _traject_werk(session, actor, casus_id, moments[Fase.TRAJECT], target, today)
    if Fase.GESPREK in moments:
        from regie_desktop.app.demo_nazorg import fill_nazorg

        fill_nazorg(session, actor, casus_id, moments, target, personen, worker_name, today)
    return casus.id


def _gesprek(
    instrument: Instrument,
    session: Session,
    actor: Actor,
    casus_id: str,
    personen: list[tuple[str, str]],
    on: dt.date,
    fake: Faker,
    rng: random.Random,
    today: dt.date,
) -> None:
    keys = [lg.key for lg in instrument.leefgebieden]
    for key in rng.sample(keys, rng.randint(2, 4)):
        save_leefgebied_notitie(
            session,
            actor,
            casus_id,
            LeefgebiedNotitie(personen[0][0], key, rng.choice(ZORG), rng.choice(KRACHT), rng.choice(WENS)),
        )
    # The rest of the household and the toelichting come from a generator of their own, seeded by the (already
    # reproducible) name: the main generator's sequence, and so every other demo dossier, stays as it was.
    extra = random.Random(zlib.crc32(personen[0][1].encode()))  # noqa: S311 - reproducible fake data
    for persoon_id, _ in personen[1:2]:
        for key in extra.sample(keys, extra.randint(1, 2)):
            notitie = LeefgebiedNotitie(persoon_id, key, extra.choice(ZORG), extra.choice(KRACHT), extra.choice(WENS))
            save_leefgebied_notitie(session, actor, casus_id, notitie)
            if extra.random() < 0.3:
                set_alleen_professional(session, actor, casus_id, notitie_sleutel(persoon_id, key), True)
    info = tuple((kind, on) for kind in Informatie if rng.random() < 0.8)
    save_gesprek(
        session,
        actor,
        casus_id,
        GesprekVelden(
            hulpvraag_toelichting=extra.choice(TOELICHTINGEN),
            wederkerigheid="Past graag op de kleinkinderen van de buren." if rng.random() < 0.4 else "",
            verwachtingen="Verwacht hulp bij het op orde brengen van de administratie.",
            informatie_gegeven=info,
        ),
        today,
    )
    for _ in range(rng.randint(0, 2)):
        add_netwerk_persoon(
            session,
            actor,
            casus_id,
            NetwerkPersoon(
                fake.first_name(),
                rng.choice(("zus", "buurvrouw", "vriend", "zoon")),
                "Helpt met boodschappen",
                fake.phone_number(),
            ),
        )


def _assessments(
    instrument: Instrument,
    session: Session,
    actor: Actor,
    casus_id: str,
    persoon_id: str,
    first: dt.date,
    second: dt.date | None,
    rng: random.Random,
    today: dt.date,
) -> None:
    values = {lg.key: rng.randint(1, 4) for lg in instrument.leefgebieden}
    for on in (first, second):
        if on is None:
            continue
        scores = tuple(Score(key, None) if rng.random() < 0.15 else Score(key, value) for key, value in values.items())
        record_assessment(
            session,
            actor,
            casus_id,
            Assessment(persoon_id, instrument.id, instrument.version, on, scores),
            today,
        )
        values = {k: min(5, v + rng.choice((0, 0, 1, 1, 2))) for k, v in values.items()}


def _plan(
    instrument: Instrument,
    session: Session,
    actor: Actor,
    casus_id: str,
    client_name: str,
    worker_name: str,
    signed: bool,
    rng: random.Random,
    today: dt.date,
) -> None:
    keys = [lg.key for lg in instrument.leefgebieden]
    doelen = []
    for key in rng.sample(keys, rng.randint(1, 3)):
        maatwerk = rng.random() < 0.4
        doelen.append(
            Doel(
                id=new_id(),
                leefgebied=key,
                omschrijving=rng.choice(WENS),
                zes="Kan het grootste deel zelf; vraagt hulp als het vastloopt.",
                acties=(
                    Actie("Inwoner", WieSoort.CLIENT, "Houdt een weekoverzicht bij.", today + dt.timedelta(days=14)),
                    Actie("Buurthuis", WieSoort.VOORVELD, "Koffieochtend op dinsdag."),
                ),
                inzet=(Inzet(InzetSoort.MAATWERK, "Begeleiding individueel", "BGI"),)
                if maatwerk
                else (Inzet(InzetSoort.NETWERK, "Zus helpt met post"),),
            )
        )
    plan = PlanContent(casus_id, 1, instrument.id, tuple(doelen), today + dt.timedelta(days=60))
    save_plan_draft(session, actor, plan, today)
    if not signed:
        return
    current = draft(session, casus_id)
    if current is None:
        raise LookupError("the draft just saved is missing")
    now = dt.datetime.now(dt.UTC)
    share = rng.random() < 0.85
    consent = Consent(
        plan_hash=plan_hash(current),
        share_with_provider=share,
        withheld_leefgebieden=(doelen[0].leefgebied,) if share and rng.random() < 0.2 else (),
        data_processing_consent=True,
        client_signature=_signature(rng, client_name, SignerRole.CLIENT, now),
        worker_signature=_signature(rng, worker_name, SignerRole.WERKER, now),
    )
    sign_plan(session, actor, casus_id, consent, today)


def _traject(session: Session, actor: Actor, casus_id: str, start: dt.date, rng: random.Random, today: dt.date) -> None:
    ordered = min(start + dt.timedelta(days=rng.randint(0, 10)), today)
    record_event(session, actor, casus_id, Event.OPDRACHT_VERSTUURD, ordered, today)
    indicatie_start = min(ordered + dt.timedelta(days=rng.randint(5, 20)), today)
    record_event(session, actor, casus_id, Event.INDICATIE_START, indicatie_start, today)
    record_event(session, actor, casus_id, Event.INDICATIE_EINDE, indicatie_start + dt.timedelta(days=182), today)
    if rng.random() < 0.7:
        contact = min(ordered + dt.timedelta(days=rng.randint(3, 16)), today)
        record_event(session, actor, casus_id, Event.EERSTE_CONTACT, contact, today)
    for step in (4, 5, 6, 7, 8, 9):
        if rng.random() < 0.6:  # the rest stays open: some of it overdue, as in real caseloads
            done_on = min(ordered + dt.timedelta(days=rng.randint(0, 25)), today)
            mark_step_done(session, actor, casus_id, step, done_on, "", today)


# --- the traject after signing (#9): opdracht, ondersteuningsplan, later steps, appointments -------------------

DEMO_WERKER_TELEFOON = "030-2345678"
DEMO_WERKER_EMAIL = "werker@wijkteam.example"
DEMO_PLAATSEN = ("Bij de cliënt thuis", "Wijkcentrum", "Telefonisch", "Kantoor wijkteam")


def _aanbieders(session: Session, actor: Actor) -> list[str]:
    """The aanbieders of the sociale kaart, loading the example kaart the first time (once per workspace)."""
    from regie_desktop.app.sociale_kaart import KaartSoort, import_kaart, list_kaart

    cached = session.info.get("demo_aanbieders")
    if cached is not None:
        return list(cached)
    items = list_kaart(session)
    if not items:
        import_kaart(session, actor)
        session.flush()
        items = list_kaart(session)
    ids = [i.id for i in items if i.soort is KaartSoort.AANBIEDER]
    session.info["demo_aanbieders"] = ids
    return ids


def _demo_pdf(title: str, pages: int) -> bytes:
    """A small ondersteuningsplan as the provider might send it (fictitious text, made with reportlab)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle("Ondersteuningsplan")
    for number in range(pages):
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(72, 770, title)
        canvas.setFont("Helvetica", 11)
        for line, text in enumerate(
            (
                "Ondersteuningsplan (voorbeeld, verzonnen)",
                "Doelen overgenomen uit het plan van de sociaal werker.",
                "Aanpak: wekelijks een bezoek van de begeleider; samen de post en de planning doornemen.",
                "Netwerk: de zus helpt mee; voorveld: koffieochtend in het buurthuis.",
                f"Pagina {number + 1} van {pages}",
            )
        ):
            canvas.drawString(72, 730 - 20 * line, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _traject_werk(session: Session, actor: Actor, casus_id: str, start: dt.date, target: Fase, today: dt.date) -> None:
    """What happens after the order: the opdracht on record, the provider's plan, later steps, appointments.

    Draws from its own generator (seeded from the casus's dates), so the households and phases of a seed stay
    what they were before this part existed.
    """
    from regie_desktop.app.agenda import AfspraakInvoer, AfspraakSoort, add_afspraak
    from regie_desktop.app.bijlagen import attach_pdf
    from regie_desktop.app.opdracht import OpdrachtInvoer, opdracht_voorstel, record_opdracht
    from regie_desktop.errors import ValidationError

    rng = random.Random(zlib.crc32(f"{start.isoformat()}|{today.isoformat()}|{casus_id[-6:]}".encode()))  # noqa: S311
    aanbieders = _aanbieders(session, actor)
    events = {e.event: e.on for e in session.query(RegiestapGebeurtenis).filter_by(casus_id=casus_id)}
    ordered = events.get(Event.OPDRACHT_VERSTUURD.value, start)
    begin = events.get(Event.INDICATIE_START.value, ordered)
    end = events.get(Event.INDICATIE_EINDE.value, begin + dt.timedelta(days=182))
    voorstel = opdracht_voorstel(session, actor, casus_id, today)
    if aanbieders and voorstel.share_with_provider and voorstel.productcodes:
        invoer = OpdrachtInvoer(
            aanbieder_id=rng.choice(aanbieders),
            productcode=voorstel.productcodes[0][0],
            periode_start=begin,
            periode_einde=end,
            werker_telefoon=DEMO_WERKER_TELEFOON,
            werker_email=DEMO_WERKER_EMAIL,
            verstuurd_op=ordered,
        )
        # A period the rules refuse (the demo dates are random): this casus goes without an opdracht.
        with contextlib.suppress(ValidationError):
            record_opdracht(session, actor, casus_id, invoer, today)
        done = {n for (n,) in session.query(RegiestapGedaan.step_number).filter_by(casus_id=casus_id)}
        if 9 not in done and rng.random() < 0.5 and begin <= today:
            received = min(begin + dt.timedelta(days=12), today)
            attach_pdf(session, actor, casus_id, _demo_pdf("Ondersteuningsplan", rng.randint(1, 3)), received)
    later = {Fase.EVALUATIE: (10, 11), Fase.AFGESLOTEN: (10, 11, 12)}.get(target, ())
    done = {n for (n,) in session.query(RegiestapGedaan.step_number).filter_by(casus_id=casus_id)}
    contact = events.get(Event.EERSTE_CONTACT.value)
    if contact is not None and 6 not in done:  # the provider called: that is step 6
        mark_step_done(session, actor, casus_id, 6, contact, "Aanbieder belde", today)
    for step in later:
        if step not in done:
            mark_step_done(session, actor, casus_id, step, today - dt.timedelta(days=rng.randint(0, 20)), "", today)
    if target in (Fase.TRAJECT, Fase.EVALUATIE):
        for _ in range(rng.choice((0, 1, 1, 2))):
            day = today + dt.timedelta(days=rng.randint(-3, 13))
            if day.weekday() >= 5:
                day -= dt.timedelta(days=day.weekday() - 4)
            add_afspraak(
                session,
                actor,
                AfspraakInvoer(
                    casus_id=casus_id,
                    datum=day,
                    tijd=rng.choice(("09:00", "09:30", "10:30", "13:30", "14:00", "15:30")),
                    soort=rng.choice(list(AfspraakSoort)),
                    plaats=rng.choice(DEMO_PLAATSEN),
                ),
            )
