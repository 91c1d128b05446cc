"""The traject core (#9): timeline, steps in order, events, sociale kaart, opdracht, attachments, agenda."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from regie_desktop.app.agenda import (
    AfspraakInvoer,
    AfspraakSoort,
    add_afspraak,
    agenda_week,
    cancel_afspraak,
    export_ics,
)
from regie_desktop.app.bijlagen import (
    MAX_BYTES,
    Bespreking,
    attach_pdf,
    list_bijlagen,
    load_bespreking,
    read_bijlage,
    save_bespreking,
)
from regie_desktop.app.opdracht import (
    OpdrachtBestand,
    OpdrachtInvoer,
    export_opdracht,
    opdracht_voorstel,
    record_opdracht,
)
from regie_desktop.app.sociale_kaart import KaartInvoer, KaartSoort, add_item, list_kaart, update_item
from regie_desktop.app.traject import StepOutOfOrder, mark_done, set_event, timeline
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.deadlines import Actor as StepActor
from regie_desktop.domain.deadlines import Event, StepState
from regie_desktop.errors import ValidationError
from regie_desktop.store import models
from tests.app.factories import TODAY, new_dossier
from tests.app.journal_support import journaled
from tests.app.traject_support import load_kaart, pdf_with_text, signed_dossier


def test_timeline_lists_every_step_with_actor_deadline_and_state(service: WorkspaceService) -> None:
    d = new_dossier(service, aanmelddatum=dt.date(2026, 5, 4))
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        t = timeline(session, actor, d.casus_id, TODAY)
    assert [a.action for a in delta.accesses] == ["traject-openen"] and not delta.changes
    assert [s.number for s in t.steps] == list(range(1, 13))
    first = t.step(1)
    # aanmelding 4 May + 6 weeks = 15 June (a Monday): due today, not yet overdue
    assert first.due == dt.date(2026, 6, 15) and first.state is StepState.DEZE_WEEK
    assert first.actor is StepActor.WERKER
    assert t.step(6).actor is StepActor.AANBIEDER and t.step(6).due is None
    assert t.step(5).actor is StepActor.BACKOFFICE and t.step(2).actor is StepActor.CLIENT
    assert next(e for e in t.events if e.event is Event.AANMELDING).on == dt.date(2026, 5, 4)


def test_a_step_ahead_of_an_open_one_is_refused_unless_a_reason_is_given(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    with pytest.raises(StepOutOfOrder, match="Regiestap 4"), service.unit_of_work() as (session, actor):
        mark_done(session, actor, d.casus_id, 5, TODAY, "", TODAY)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        mark_done(session, actor, d.casus_id, 5, TODAY, "verstuurd", TODAY, reden="uitleg volgt bij huisbezoek")
    assert [a.action for a in delta.accesses] == ["regiestap:5"]
    # the step and its event (opdracht verstuurd) in one unit of work
    assert delta.entities == {"regiestap_gedaan": 1, "regiestap_gebeurtenis": 1}
    with service.unit_of_work() as (session, actor):
        t = timeline(session, actor, d.casus_id, TODAY)
    assert t.step(5).note == "Eerder dan stap 4: uitleg volgt bij huisbezoek. verstuurd"
    assert next(e for e in t.events if e.event is Event.OPDRACHT_VERSTUURD).on == TODAY
    # 10 werkdagen after Monday 15 June: Monday 29 June
    assert t.step(6).due == dt.date(2026, 6, 29)


def test_step_in_order_needs_no_reason_and_plan_b_does_not_hold_up(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    with service.unit_of_work() as (session, actor):
        mark_done(session, actor, d.casus_id, 4, TODAY, "uitgelegd", TODAY)
        mark_done(session, actor, d.casus_id, 5, TODAY, "", TODAY)
    with pytest.raises(ValidationError, match="al als gedaan"), service.unit_of_work() as (session, actor):
        mark_done(session, actor, d.casus_id, 5, TODAY, "", TODAY)
    with pytest.raises(ValidationError, match="toekomst"), service.unit_of_work() as (session, actor):
        mark_done(session, actor, d.casus_id, 6, TODAY + dt.timedelta(days=1), "", TODAY)


def test_indicatie_dates_are_checked(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    with service.unit_of_work() as (session, actor):
        set_event(session, actor, d.casus_id, Event.INDICATIE_START, dt.date(2026, 6, 1), TODAY)
        set_event(session, actor, d.casus_id, Event.INDICATIE_EINDE, dt.date(2026, 12, 1), TODAY)
    with pytest.raises(ValidationError, match="na de start"), service.unit_of_work() as (session, actor):
        set_event(session, actor, d.casus_id, Event.INDICATIE_EINDE, dt.date(2026, 5, 1), TODAY)
    with service.unit_of_work() as (session, actor):
        t = timeline(session, actor, d.casus_id, TODAY)
    assert t.step(10).due is not None and t.step(12).due == dt.date(2026, 12, 1)


def test_sociale_kaart_is_team_data_in_the_outbox(service: WorkspaceService) -> None:
    load_kaart(service)
    with service.unit_of_work() as (session, _):
        items = list_kaart(session)
        outbox = (
            session.execute(select(models.ChangeRecord).where(models.ChangeRecord.entity == "sociale_kaart"))
            .scalars()
            .all()
        )
    assert len(items) == 10 and len(outbox) == 10
    assert {i.soort for i in items} == {KaartSoort.AANBIEDER, KaartSoort.VOORVELD}
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        new_id = add_item(session, actor, KaartInvoer("Oost", "Buurtkamer Oost", KaartSoort.VOORVELD, "Inloop"))
    assert delta.entities == {"sociale_kaart": 1}
    with pytest.raises(ValidationError, match="al op de sociale kaart"), service.unit_of_work() as (session, actor):
        add_item(session, actor, KaartInvoer("oost", "buurtkamer oost", KaartSoort.VOORVELD))
    with pytest.raises(ValidationError, match="e-mailadres"), service.unit_of_work() as (session, actor):
        add_item(session, actor, KaartInvoer("Oost", "X", KaartSoort.VOORVELD, email="geen-adres"))
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert update_item(
            session, actor, new_id, KaartInvoer("Oost", "Buurtkamer Oost", KaartSoort.VOORVELD, "Inloop", actief=False)
        )
    assert delta.only("sociale_kaart").fields == {"actief": False}


def _opdracht(service: WorkspaceService, casus_id: str, aanbieder: str) -> str:
    with service.unit_of_work() as (session, actor):
        voorstel = opdracht_voorstel(session, actor, casus_id, TODAY)
        assert voorstel.productcodes == (("BGI", "Begeleiding individueel"),)
        invoer = OpdrachtInvoer(
            aanbieder,
            "BGI",
            dt.date(2026, 7, 1),
            dt.date(2026, 12, 31),
            "030-7654321",
            "werker@wijkteam.example",
            TODAY,
        )
        return record_opdracht(session, actor, casus_id, invoer, TODAY)


def test_opdracht_sets_the_events_and_step_5_and_exports_pdf_and_json(service: WorkspaceService) -> None:
    d = signed_dossier(service, withheld=("huisvesting",))
    aanbieder = load_kaart(service)
    with journaled(service) as delta:
        opdracht_id = _opdracht(service, d.casus_id, aanbieder)
    assert [a.action for a in delta.accesses] == ["opdracht-vastleggen"]
    assert delta.entities == {"traject_opdracht": 1, "regiestap_gebeurtenis": 3, "regiestap_gedaan": 1}
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        files = export_opdracht(session, actor, opdracht_id)
        t = timeline(session, actor, d.casus_id, TODAY)
    assert [a.action for a in delta.accesses] == ["opdracht-exporteren", "traject-openen"]
    assert t.step(5).state is StepState.GEDAAN
    assert {e.event: e.on for e in t.events}[Event.INDICATIE_START] == dt.date(2026, 7, 1)
    bestand = OpdrachtBestand.model_validate_json(files.json)
    assert bestand.productcode == "BGI" and bestand.werker.telefoon == "030-7654321"
    assert [doel.leefgebied for doel in bestand.doelen] == ["financien"]  # huisvesting withheld: absent
    assert bestand.plan.niet_gedeeld == ["huisvesting"]
    assert "Woning behouden" not in files.json.decode()
    assert json.loads(files.json)["schema"] == "urn:regie:opdracht:1"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(files.pdf)).pages)
    assert "Opdracht aan de aanbieder" in text and "Schulden op een rij" in text
    assert "Woning behouden" not in text and "030-7654321" in text and "pagina 1 van" in text
    assert "binnen 10 werkdagen" in text  # the term from the rules file, not typed into the document
    assert files.referentie in text
    assert service.status().counts["opdracht"] == 1


def test_opdracht_is_refused_without_consent_to_share(service: WorkspaceService) -> None:
    d = signed_dossier(service, share=False)
    aanbieder = load_kaart(service)
    with pytest.raises(ValidationError, match="geen toestemming"):
        _opdracht(service, d.casus_id, aanbieder)


def test_attachment_is_stored_inside_and_bad_files_are_refused(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    data = pdf_with_text("Ondersteuningsplan Zorggroep")
    for bad, message in (
        (b"PK\x03\x04 not a pdf", "geen PDF"),
        (b"%PDF-1.7\n garbage without objects", "beschadigd"),
        (b"%PDF-" + b"0" * (MAX_BYTES + 1), "te groot"),
    ):
        with pytest.raises(ValidationError, match=message), service.unit_of_work() as (session, actor):
            attach_pdf(session, actor, d.casus_id, bad, TODAY)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        bijlage_id = attach_pdf(session, actor, d.casus_id, data, TODAY)
    assert delta.entities == {"traject_bijlage": 1, "regiestap_gedaan": 1}
    assert "inhoud" not in delta.only("traject_bijlage").fields  # the bytes never go into the outbox
    with service.unit_of_work() as (session, actor):
        (info,) = list_bijlagen(session, d.casus_id)
        assert info.paginas == 1 and info.grootte == len(data)
        assert read_bijlage(session, actor, bijlage_id) == data
        assert timeline(session, actor, d.casus_id, TODAY).step(9).state is StepState.GEDAAN
    with service.unit_of_work() as (session, actor):
        attach_pdf(session, actor, d.casus_id, pdf_with_text("Eindverslag"), TODAY, soort="eindverslag")
        assert [b.soort for b in list_bijlagen(session, d.casus_id, "ondersteuningsplan")] == ["ondersteuningsplan"]
        assert len(list_bijlagen(session, d.casus_id)) == 2
    assert service.status().counts["bijlage"] == 2


def test_bespreking_is_saved_once_per_casus(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    b = Bespreking(TODAY, True, True, aandacht_netwerk=True, wie_informeert="Werker belt de huisarts")
    with service.unit_of_work() as (session, actor):
        assert save_bespreking(session, actor, d.casus_id, b, TODAY)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert not save_bespreking(session, actor, d.casus_id, b, TODAY)
    assert delta.empty
    with service.unit_of_work() as (session, _):
        assert load_bespreking(session, d.casus_id) == b


def test_agenda_week_and_ics_without_names_by_default(service: WorkspaceService) -> None:
    d = new_dossier(service, aanmelddatum=dt.date(2026, 5, 4))
    with service.unit_of_work() as (session, actor):
        a_id = add_afspraak(
            session, actor, AfspraakInvoer(d.casus_id, TODAY, "9:30", AfspraakSoort.HUISBEZOEK, "Lindelaan 12a")
        )
        add_afspraak(
            session, actor, AfspraakInvoer(d.casus_id, TODAY + dt.timedelta(days=2), "14:00", AfspraakSoort.TELEFOON)
        )
    with pytest.raises(ValidationError, match="uu:mm"), service.unit_of_work() as (session, actor):
        add_afspraak(session, actor, AfspraakInvoer(d.casus_id, TODAY, "25:00", AfspraakSoort.OVERLEG))
    with service.unit_of_work() as (session, actor):
        week = agenda_week(session, actor, TODAY + dt.timedelta(days=3))
        ics = export_ics(session, actor, week.monday, week.monday + dt.timedelta(days=7)).decode()
        named = export_ics(session, actor, week.monday, week.monday + dt.timedelta(days=7), include_names=True).decode()
    assert week.monday == TODAY and len(week.afspraken) == 2 and week.afspraken[0].tijd == "09:30"
    assert [(x.step_number, x.due) for x in week.deadlines] == [(1, TODAY)]  # plan due 15 June
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert "SUMMARY:Huisbezoek — casus " in ics and "Jansen" not in ics and "Lindelaan" not in ics
    assert "DTSTART:20260615T073000Z" in ics  # 09:30 in Amsterdam summer time
    assert "Fatima Jansen" in named and "LOCATION:Lindelaan 12a" in named
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    with service.unit_of_work() as (session, actor):
        cancel_afspraak(session, actor, a_id)
        assert len(agenda_week(session, actor, TODAY).afspraken) == 1
    assert service.status().counts["afspraak"] == 1  # the cancelled one is a tombstone
