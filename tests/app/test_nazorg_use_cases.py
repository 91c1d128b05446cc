"""Use cases after the signature: contactjournaal, evaluatie, eindverslag, verlenging, afsluiten, waakvlam.

Each use case leaves one access-log entry and one change record per changed entity (the journal contract);
all against a real encrypted workspace, with synthetic people.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
from pypdf import PdfReader

from regie_desktop.app.afsluiten import afsluit_werkblad, close_casus, evaluatie_pdf, waakvlam_reminders
from regie_desktop.app.caseload import TodayKind, today_items
from regie_desktop.app.contactjournaal import add_contact, journaal_werkblad, update_contact
from regie_desktop.app.evaluatie import (
    attach_eindverslag,
    eindverslag_bytes,
    evaluatie_werkblad,
    save_evaluatie,
    verleng,
)
from regie_desktop.app.plans import draft
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.afsluiten import Afsluiting, AfsluitUitkomst, ChecklistItem, DoorgaanNodig
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.contactjournaal import Contact, ContactSoort, Deelnemer, DeelnemerSoort
from regie_desktop.domain.evaluatie import DoelResultaat, Evaluatie, EvaluatieSoort, Uitkomst
from regie_desktop.errors import ValidationError
from regie_desktop.store import models
from tests.app.factories import TODAY, snapshot
from tests.app.journal_support import journaled
from tests.app.nazorg_support import minimal_pdf, signed_dossier

ALL = frozenset(ChecklistItem)


def _contact(notitie: str = "Gesprek over de post", soort: ContactSoort = ContactSoort.HUISBEZOEK) -> Contact:
    return Contact(TODAY, soort, (Deelnemer("Fatima Jansen", DeelnemerSoort.HUISHOUDEN),), notitie)


def _evaluatie(soort: EvaluatieSoort, d1: Uitkomst, d2: Uitkomst, datum: dt.date = TODAY) -> Evaluatie:
    return Evaluatie(
        soort,
        datum,
        (DoelResultaat("d1", d1, "" if d1 is Uitkomst.BEREIKT else "Nog niet alles"), DoelResultaat("d2", d2, "Ja")),
    )


def test_journal_add_and_edit_follow_the_contract_and_defaults_save_typing(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    with service.unit_of_work() as (session, actor):
        empty = journaal_werkblad(session, actor, d.casus_id)
    assert empty.standaard_soort is ContactSoort.HUISBEZOEK
    assert [x.naam for x in empty.standaard_deelnemers] == ["Fatima Jansen", "Test Werker"]
    assert {x.soort for x in empty.opties} >= {DeelnemerSoort.HUISHOUDEN, DeelnemerSoort.WERKER}

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        contact_id = add_contact(session, actor, d.casus_id, _contact(soort=ContactSoort.TELEFOON), TODAY)
    assert delta.entities == Counter({"journaal_contact": 1})
    change = delta.only("journaal_contact")
    assert change.fields["deelnemers"] == [{"naam": "Fatima Jansen", "soort": "huishouden"}]
    assert change.fields["soort"] == "telefoon"
    assert delta.accesses == [("journaal-toevoegen", "casus", d.casus_id)]

    edited = Contact(TODAY, ContactSoort.TELEFOON, _contact().deelnemers, "Gesprek over de post", True)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert update_contact(session, actor, contact_id, edited, TODAY) is True
    assert delta.only("journaal_contact").fields == {"alleen_professional": True}
    assert delta.only("journaal_contact").base_version == 1
    assert delta.accesses == [("journaal-bijwerken", "casus", d.casus_id)]
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert update_contact(session, actor, contact_id, edited, TODAY) is False
    assert delta.empty

    with service.unit_of_work() as (session, actor):
        add_contact(
            session,
            actor,
            d.casus_id,
            _contact("Eerder", ContactSoort.OVERLEG).__class__(
                TODAY - dt.timedelta(days=3), ContactSoort.OVERLEG, _contact().deelnemers, "Eerder"
            ),
            TODAY,
        )
        werkblad = journaal_werkblad(session, actor, d.casus_id)
    assert [r.contact.notitie for r in werkblad.regels] == ["Gesprek over de post", "Eerder"]  # newest first
    assert werkblad.standaard_soort is ContactSoort.OVERLEG  # the kind used last


def test_bad_contact_writes_nothing(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    before = snapshot(service)
    future = Contact(TODAY + dt.timedelta(days=1), ContactSoort.TELEFOON, _contact().deelnemers, "x")
    with pytest.raises(ValidationError, match="toekomst"), service.unit_of_work() as (session, actor):
        add_contact(session, actor, d.casus_id, future, TODAY)
    assert snapshot(service) == before


def test_evaluations_eindevaluatie_moves_to_evaluatie_and_verlenging_takes_open_doelen(
    service: WorkspaceService,
) -> None:
    d = signed_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        first = save_evaluatie(
            session,
            actor,
            d.casus_id,
            _evaluatie(EvaluatieSoort.TUSSENEVALUATIE, Uitkomst.DEELS, Uitkomst.DEELS),
            TODAY,
        )
    assert delta.entities == Counter({"evaluatie": 1})
    assert delta.only("evaluatie").fields["resultaten"][0] == {
        "doel_id": "d1",
        "uitkomst": "deels",
        "toelichting": "Nog niet alles",
    }
    assert delta.accesses == [("evaluatie-vastleggen", "casus", d.casus_id)]

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        eind = save_evaluatie(
            session,
            actor,
            d.casus_id,
            _evaluatie(EvaluatieSoort.EINDEVALUATIE, Uitkomst.DEELS, Uitkomst.BEREIKT),
            TODAY,
        )
    assert eind != first
    assert delta.entities == Counter({"evaluatie": 1, "casus": 1, "fase_overgang": 1})
    assert delta.accesses == [("evaluatie-vastleggen", "casus", d.casus_id)]

    with service.unit_of_work() as (session, actor):
        werkblad = evaluatie_werkblad(session, actor, d.casus_id)
    assert werkblad.fase is Fase.EVALUATIE
    assert [x.zes for x in werkblad.doelen] == ["Vaste lasten op tijd betaald", "Geen huurachterstand"]
    assert werkblad.uitkomsten == {"d1": Uitkomst.DEELS, "d2": Uitkomst.BEREIKT}
    assert werkblad.open_doelen == ("d1",)
    assert werkblad.kan_verlengen

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        verleng(session, actor, d.casus_id, TODAY)
    assert delta.entities == Counter({"plan_version": 1})
    assert delta.accesses == [("plan-opstellen", "casus", d.casus_id)]
    with service.unit_of_work() as (session, actor):
        nieuw = draft(session, d.casus_id)
        assert nieuw is not None and [x.id for x in nieuw.doelen] == ["d1"]
        assert nieuw.version == 2 and nieuw.tussenevaluatie is None
        with pytest.raises(ValidationError, match="al een conceptversie"):
            verleng(session, actor, d.casus_id, TODAY)


def test_editing_an_evaluation_logs_only_what_changed(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    ev = _evaluatie(EvaluatieSoort.TUSSENEVALUATIE, Uitkomst.BEREIKT, Uitkomst.BEREIKT)
    with service.unit_of_work() as (session, actor):
        ev_id = save_evaluatie(session, actor, d.casus_id, ev, TODAY)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        save_evaluatie(
            session, actor, d.casus_id, Evaluatie(ev.soort, ev.datum, ev.resultaten, "Goed gesprek"), TODAY, ev_id
        )
    assert delta.only("evaluatie").fields == {"toelichting": "Goed gesprek"}
    assert delta.accesses == [("evaluatie-bijwerken", "casus", d.casus_id)]


def test_evaluation_without_signed_plan_is_refused(service: WorkspaceService) -> None:
    from tests.app.factories import new_dossier

    d = new_dossier(service)
    with pytest.raises(ValidationError, match="ondertekend plan"), service.unit_of_work() as (session, actor):
        save_evaluatie(
            session,
            actor,
            d.casus_id,
            _evaluatie(EvaluatieSoort.TUSSENEVALUATIE, Uitkomst.BEREIKT, Uitkomst.BEREIKT),
            TODAY,
        )


def test_eindverslag_is_stored_inside_the_database_and_bad_files_write_nothing(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    data = minimal_pdf()
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        verslag_id = attach_eindverslag(session, actor, d.casus_id, data, TODAY)
    change = delta.only("eindverslag")
    assert set(change.fields) == {"casus_id", "ontvangen_op", "sha256", "grootte"}  # the bytes stay local
    assert delta.accesses == [("eindverslag-toevoegen", "casus", d.casus_id)]
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert eindverslag_bytes(session, actor, verslag_id) == data
    assert delta.accesses == [("eindverslag-bekijken", "casus", d.casus_id)]
    before = snapshot(service)
    for bad in (b"GIF89a", data[: len(data) // 2]):
        with pytest.raises(ValidationError), service.unit_of_work() as (session, actor):
            attach_eindverslag(session, actor, d.casus_id, bad, TODAY)
    assert snapshot(service) == before


def _close(**kw: object) -> Afsluiting:
    base: dict[str, object] = {
        "uitkomst": AfsluitUitkomst.WAAKVLAM,
        "redencode": "STABIEL_MET_ZORG",
        "checklist": ALL,
        "datum": TODAY,
        "waakvlam_weken": 6,
    }
    base.update(kw)
    return Afsluiting(**base)  # type: ignore[arg-type]


def test_closing_with_open_acties_needs_a_reason_then_stores_it(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    before = snapshot(service)
    with pytest.raises(DoorgaanNodig) as info, service.unit_of_work() as (session, actor):
        close_casus(session, actor, d.casus_id, _close(checklist=ALL - {ChecklistItem.NETWERK_STEUNEND}), TODAY)
    assert info.value.punten == (
        "Niet afgevinkt: het netwerk is steunend.",
        "Doel 1, actie 1 staat nog open (doel niet bereikt).",
    )
    assert snapshot(service) == before

    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        close_casus(
            session,
            actor,
            d.casus_id,
            _close(checklist=ALL - {ChecklistItem.NETWERK_STEUNEND}, doorgaan_reden="Verhuist"),
            TODAY,
        )
    # traject → evaluatie → waakvlam: two moves of the casus, one closing, one access entry
    assert delta.entities == Counter({"fase_overgang": 2, "casus": 2, "afsluiting": 1})
    assert delta.accesses == [("casus-afsluiten", "casus", d.casus_id)]
    stored = delta.only("afsluiting").fields
    assert stored["doorgaan_reden"] == "Verhuist"
    assert len(stored["open_punten"]) == 2
    with service.unit_of_work() as (session, actor):
        werkblad = afsluit_werkblad(session, actor, d.casus_id, TODAY)
    assert werkblad.fase is Fase.WAAKVLAM
    assert werkblad.stand is not None and werkblad.stand.volgende_contact == TODAY + dt.timedelta(weeks=6)


def test_waakvlam_reminder_appears_on_vandaag_on_the_right_day_and_a_contact_moves_it(
    service: WorkspaceService,
) -> None:
    d = signed_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_evaluatie(
            session,
            actor,
            d.casus_id,
            _evaluatie(EvaluatieSoort.EINDEVALUATIE, Uitkomst.BEREIKT, Uitkomst.BEREIKT),
            TODAY,
        )
        close_casus(session, actor, d.casus_id, _close(waakvlam_weken=4, doorgaan_reden="Loopt zelf door"), TODAY)
    due = TODAY + dt.timedelta(weeks=4)

    def kinds(day: dt.date) -> list[tuple[TodayKind, dt.date | None]]:
        with service.unit_of_work() as (session, _):
            return [(i.kind, i.op) for i in today_items(session, day) if i.casus_id == d.casus_id]

    assert kinds(due - dt.timedelta(days=8)) == []
    assert kinds(due - dt.timedelta(days=7)) == [(TodayKind.WAAKVLAM_CONTACT, due)]
    assert kinds(due + dt.timedelta(days=3)) == [(TodayKind.WAAKVLAM_CONTACT, due)]
    later = due + dt.timedelta(days=2)
    with service.unit_of_work() as (session, actor):
        add_contact(
            session,
            actor,
            d.casus_id,
            Contact(later, ContactSoort.TELEFOON, _contact().deelnemers, "Even gebeld"),
            later,
        )
        assert [h.op for h in waakvlam_reminders(session, later + dt.timedelta(weeks=4))] == [
            later + dt.timedelta(weeks=4)
        ]
    assert kinds(later) == []


def test_closing_afgesloten_from_waakvlam_updates_the_same_closing(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_evaluatie(
            session,
            actor,
            d.casus_id,
            _evaluatie(EvaluatieSoort.EINDEVALUATIE, Uitkomst.BEREIKT, Uitkomst.BEREIKT),
            TODAY,
        )
        first = close_casus(session, actor, d.casus_id, _close(doorgaan_reden="Loopt zelf door"), TODAY)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        second = close_casus(
            session,
            actor,
            d.casus_id,
            _close(uitkomst=AfsluitUitkomst.AFGESLOTEN, redencode="DOELEN_BEREIKT", doorgaan_reden="Loopt zelf door"),
            TODAY,
        )
    assert first == second
    assert delta.only("afsluiting").fields == {
        "uitkomst": "afgesloten",
        "redencode": "DOELEN_BEREIKT",
        "waakvlam_weken": None,
    }
    with service.unit_of_work() as (session, _):
        casus = session.get(models.Casus, d.casus_id)
        assert casus is not None and casus.fase == "afgesloten"
        with pytest.raises(ValidationError, match="afgesloten"):
            close_casus(session, _, d.casus_id, _close(), TODAY)


def test_evaluation_pdf_is_plain_language_without_professional_notes_and_logged(service: WorkspaceService) -> None:
    d = signed_dossier(service)
    with service.unit_of_work() as (session, actor):
        secret = Contact(TODAY, ContactSoort.OVERLEG, _contact().deelnemers, "Vertrouwelijk overleg huisarts", True)
        add_contact(session, actor, d.casus_id, secret, TODAY)
        save_evaluatie(
            session,
            actor,
            d.casus_id,
            _evaluatie(EvaluatieSoort.EINDEVALUATIE, Uitkomst.DEELS, Uitkomst.BEREIKT),
            TODAY,
        )
        close_casus(session, actor, d.casus_id, _close(doorgaan_reden="Rust nodig"), TODAY)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        data = evaluatie_pdf(session, actor, d.casus_id, TODAY)
    assert delta.accesses == [("evaluatie-exporteren", "casus", d.casus_id)]
    text = " ".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(data)).pages)
    flat = " ".join(text.split())
    assert "Wat we samen hebben bereikt" in flat
    assert "Voor een deel gelukt" in flat and "Gelukt" in flat
    assert "elke 6 weken" in flat
    assert "Vertrouwelijk" not in flat
    assert "pagina 1 van" in flat
    assert json.dumps(flat)  # plain text extracted


def test_closing_refuses_a_casus_before_the_plan(service: WorkspaceService) -> None:
    from tests.app.factories import new_dossier

    d = new_dossier(service)
    with pytest.raises(ValidationError, match="pas worden afgesloten"), service.unit_of_work() as (session, actor):
        close_casus(session, actor, d.casus_id, _close(), TODAY)


def test_a_waakvlam_straight_from_the_gesprek_gets_a_rhythm(service: WorkspaceService) -> None:
    from regie_desktop.app.afsluiten import set_waakvlam_ritme
    from regie_desktop.app.casussen import change_phase
    from tests.app.factories import new_dossier

    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        with pytest.raises(ValidationError, match="waakvlam"):
            set_waakvlam_ritme(session, actor, d.casus_id, 6, TODAY, TODAY)
        change_phase(session, actor, d.casus_id, Fase.GESPREK, "")
        change_phase(session, actor, d.casus_id, Fase.WAAKVLAM, "Stabiel")
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        set_waakvlam_ritme(session, actor, d.casus_id, 4, TODAY, TODAY)
    assert delta.entities == Counter({"afsluiting": 1})
    assert delta.accesses == [("waakvlam-ritme", "casus", d.casus_id)]
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        set_waakvlam_ritme(session, actor, d.casus_id, 8, TODAY, TODAY)
    assert delta.only("afsluiting").fields == {"waakvlam_weken": 8}
    with service.unit_of_work() as (session, _):
        assert [h.op for h in waakvlam_reminders(session, TODAY + dt.timedelta(weeks=8))] == [
            TODAY + dt.timedelta(weeks=8)
        ]


def test_demo_data_has_journal_evaluations_closings_and_waakvlam_rhythms(service: WorkspaceService) -> None:
    from sqlalchemy import func, select

    from regie_desktop.app.demo_data import fill_demo_data

    fill_demo_data(service, 40, seed=7)
    with service.unit_of_work() as (session, _):
        counts = {
            m.__tablename__: session.scalar(select(func.count()).select_from(m))
            for m in (models.JournaalContact, models.EvaluatieRow, models.AfsluitingRow)
        }
        waakvlam = set(session.execute(select(models.Casus.id).where(models.Casus.fase == "waakvlam")).scalars())
        rhythms = set(
            session.execute(
                select(models.AfsluitingRow.casus_id).where(models.AfsluitingRow.waakvlam_weken.is_not(None))
            ).scalars()
        )
        soorten = set(session.execute(select(models.EvaluatieRow.soort)).scalars())
    assert all(counts.values()), counts
    assert waakvlam and waakvlam <= rhythms  # every waakvlam casus has a contact rhythm, so Vandaag reminds
    assert soorten == {"tussenevaluatie", "eindevaluatie"}


class Boom(Exception):
    """Raised on purpose inside a unit of work."""


ROLLBACK_CASES = {
    "add_contact": lambda s, a, d: add_contact(s, a, d.casus_id, _contact(), TODAY),
    "save_evaluatie": lambda s, a, d: save_evaluatie(
        s, a, d.casus_id, _evaluatie(EvaluatieSoort.EINDEVALUATIE, Uitkomst.BEREIKT, Uitkomst.BEREIKT), TODAY
    ),
    "attach_eindverslag": lambda s, a, d: attach_eindverslag(s, a, d.casus_id, minimal_pdf(), TODAY),
    "verleng": lambda s, a, d: verleng(s, a, d.casus_id, TODAY),
    "close_casus": lambda s, a, d: close_casus(s, a, d.casus_id, _close(doorgaan_reden="Verhuist"), TODAY),
    "evaluatie_pdf": lambda s, a, d: evaluatie_pdf(s, a, d.casus_id, TODAY),
}


@pytest.mark.parametrize("name", sorted(ROLLBACK_CASES))
def test_a_failure_after_the_use_case_leaves_neither_state_nor_log(service: WorkspaceService, name: str) -> None:
    d = signed_dossier(service)
    before = snapshot(service)
    with pytest.raises(Boom), service.unit_of_work() as (session, actor):
        ROLLBACK_CASES[name](session, actor, d)
        session.flush()
        raise Boom
    assert snapshot(service) == before
