"""The bespreekformulier's proposal, its pseudonymised lines, the worker's draft and what printing logs.

A small fixture with one casus per rule, on the real encrypted store. All names are synthetic.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from regie_desktop.app import bespreekformulier
from regie_desktop.app.bespreekformulier import (
    DRAFT_KIND,
    EXPORT_ACTION,
    MAX_VRAAG_LENGTE,
    PRINT_ACTION,
    Criteria,
    Keuze,
    KeuzeRegel,
    Reden,
    bespreek_document,
    bespreeklijst,
    discard_keuze,
    export_pdf,
    preview_pdf,
    record_print,
    save_keuze,
    voorstellen,
)
from regie_desktop.app.casussen import change_phase
from regie_desktop.app.drafts import load_draft
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.casus import Fase
from regie_desktop.errors import ValidationError
from regie_desktop.store import models
from tests.app.bespreek_support import Agenda, make_agenda
from tests.app.factories import BSN_A, BSN_B, BSN_C, TODAY, household, new_dossier
from tests.app.journal_support import Access, journaled


@pytest.fixture
def agenda(service: WorkspaceService) -> Agenda:
    return make_agenda(service)


def _reasons(service: WorkspaceService, criteria: Criteria | None = None) -> dict[str, list[Reden]]:
    with service.unit_of_work() as (session, _):
        return {v.casus_id: [a.reden for a in v.aanleidingen] for v in voorstellen(session, TODAY, criteria)}


def test_each_rule_proposes_its_casus_and_a_calm_one_is_only_offered(service: WorkspaceService, agenda: Agenda) -> None:
    reasons = _reasons(service)
    assert reasons[agenda.spoed.casus_id] == [Reden.SPOED, Reden.WACHTLIJST]
    assert reasons[agenda.rustig.casus_id] == []
    assert reasons[agenda.laat.casus_id] == [Reden.REGIESTAP_TE_LAAT]
    assert reasons[agenda.evaluatie.casus_id] == [Reden.EVALUATIE]
    assert reasons[agenda.concept.casus_id] == [Reden.HANDTEKENING]
    assert reasons[agenda.waakvlam.casus_id] == [Reden.WAAKVLAM, Reden.WAAKVLAM]  # contact due, and 27 weeks long
    assert reasons[agenda.meldcode.casus_id] == [Reden.MELDCODE]


def test_the_reasons_say_what_and_when_in_words(service: WorkspaceService, agenda: Agenda) -> None:
    with service.unit_of_work() as (session, _):
        by_id = {v.casus_id: v for v in voorstellen(session, TODAY)}
    assert by_id[agenda.spoed.casus_id].reden_tekst == (
        "Spoed bij de aanmelding, nog geen gesprek; 35 dagen op de wachtlijst (sinds 11-05-2026)"
    )
    assert by_id[agenda.laat.casus_id].reden_tekst == (
        "Regiestap 1 te laat: Plan met doelen klaar (uiterlijk 13-04-2026)"
    )
    assert by_id[agenda.evaluatie.casus_id].reden_tekst == "Tussenevaluatie op 25-06-2026"
    assert by_id[agenda.concept.casus_id].reden_tekst == (
        "Plan wacht 20 dagen op ondertekening (concept sinds 26-05-2026)"
    )
    waakvlam = by_id[agenda.waakvlam.casus_id].reden_tekst
    assert "Waakvlamcontact uiterlijk" in waakvlam and "Al 27 weken waakvlam" in waakvlam


def test_proposed_casussen_come_first_spoed_on_top(service: WorkspaceService, agenda: Agenda) -> None:
    with service.unit_of_work() as (session, _):
        order = [v.casus_id for v in voorstellen(session, TODAY)]
    assert order[0] == agenda.spoed.casus_id
    assert order[1] == agenda.meldcode.casus_id
    assert order[-1] == agenda.rustig.casus_id  # the only one without a reason


def test_thresholds_are_criteria(service: WorkspaceService, agenda: Agenda) -> None:
    strict = Criteria(horizon_dagen=5, concept_dagen=30, wachtlijst_dagen=40, waakvlam_weken=52)
    reasons = _reasons(service, strict)
    assert reasons[agenda.spoed.casus_id] == [Reden.SPOED]
    assert reasons[agenda.evaluatie.casus_id] == []  # in 10 days, beyond a 5-day horizon
    assert reasons[agenda.concept.casus_id] == []
    assert reasons[agenda.waakvlam.casus_id] == [Reden.WAAKVLAM]  # the overdue contact stays


def test_spoed_is_a_reason_until_the_gesprek_then_a_mark(service: WorkspaceService, agenda: Agenda) -> None:
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, agenda.spoed.casus_id, Fase.GESPREK, "")
    assert _reasons(service)[agenda.spoed.casus_id] == []
    with service.unit_of_work() as (session, _):
        (sem,) = [v for v in voorstellen(session, TODAY) if v.casus_id == agenda.spoed.casus_id]
    assert sem.spoed and not sem.voorgesteld


def test_a_closed_casus_is_not_on_the_list(service: WorkspaceService, agenda: Agenda) -> None:
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, agenda.laat.casus_id, Fase.AFGESLOTEN, "Verhuisd")
    assert agenda.laat.casus_id not in _reasons(service)


PERSONAL = (
    "Sem",
    "Visser",
    "Fatima",
    "Jansen",
    "Anna",
    "Bakker",
    "Henk",
    "Groot",
    "Joke",
    "Smit",
    "Kees",
    "Mulder",
    "Lotte",
    "Dekker",
    BSN_A,
    BSN_B,
    BSN_C,
    "Lindelaan",
    "1012 JS",
    "3511 AB",
    "Utrecht",
    "06-12345678",
    "f.jansen@example.org",
    "1970-02-02",
    "02-02-1970",
)


def test_lines_are_pseudonymised(service: WorkspaceService, agenda: Agenda) -> None:
    with service.unit_of_work() as (session, _):
        by_id = {v.casus_id: v for v in voorstellen(session, TODAY)}
    sem = by_id[agenda.spoed.casus_id]
    assert (sem.initialen, sem.leeftijd, sem.fase, sem.spoed) == ("S.V.", 56, Fase.WACHTLIJST, True)
    assert sem.label.startswith("C-") and len(sem.label) == 7
    assert sem.regel == f"{sem.label} · S.V. · 56 jaar · Wachtlijst"
    assert by_id[agenda.evaluatie.casus_id].initialen == "H.d.G."
    assert by_id[agenda.concept.casus_id].regel.endswith("· J.S. · leeftijd onbekend · Plan")
    labels = [v.label for v in by_id.values()]
    assert len(set(labels)) == len(labels)
    shown = " ".join(f"{v.regel} {v.reden_tekst}" for v in by_id.values())  # all a line shows; the id stays inside
    for value in PERSONAL:
        assert value not in shown, value


def test_the_draft_keeps_order_ticks_and_questions(service: WorkspaceService, agenda: Agenda) -> None:
    with service.unit_of_work() as (session, actor):
        fresh = bespreeklijst(session, actor, TODAY)
    assert not fresh.uit_concept
    assert fresh.team == "Team Noord"
    assert [r.gekozen for r in fresh.regels] == [r.voorstel.voorgesteld for r in fresh.regels]
    ids = [r.voorstel.casus_id for r in fresh.regels]
    chosen = Keuze(
        TODAY + dt.timedelta(days=2),
        (
            KeuzeRegel(agenda.rustig.casus_id, True, "Mag de hulpvraag naar het voorveld?"),
            KeuzeRegel(agenda.spoed.casus_id, False),
            *(KeuzeRegel(i, True) for i in ids if i not in (agenda.rustig.casus_id, agenda.spoed.casus_id)),
        ),
    )
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        save_keuze(session, actor, chosen)
    assert delta.empty, "a draft is neither synced nor logged"
    with service.unit_of_work() as (session, actor):
        again = bespreeklijst(session, actor, TODAY)
        assert load_draft(session, actor, DRAFT_KIND) is not None
    assert again.uit_concept
    assert again.keuze() == chosen
    assert again.regels[0].vraag == "Mag de hulpvraag naar het voorveld?"

    newcomer = new_dossier(service, household("Kok", "Ria", dt.date(1980, 1, 1), None), dt.date(2026, 3, 3))
    with service.unit_of_work() as (session, actor):
        change_phase(session, actor, agenda.laat.casus_id, Fase.AFGESLOTEN, "Verhuisd")
        merged = bespreeklijst(session, actor, TODAY)
    merged_ids = [r.voorstel.casus_id for r in merged.regels]
    assert agenda.laat.casus_id not in merged_ids
    assert merged_ids[-1] == newcomer.casus_id and merged.regels[-1].gekozen  # proposed: overdue step 1
    assert merged_ids[:2] == [agenda.rustig.casus_id, agenda.spoed.casus_id]

    with service.unit_of_work() as (session, actor):
        assert discard_keuze(session, actor)
        assert not bespreeklijst(session, actor, TODAY).uit_concept


def test_a_draft_of_another_shape_gives_a_fresh_proposal(service: WorkspaceService, agenda: Agenda) -> None:
    from regie_desktop.app.drafts import save_draft

    with service.unit_of_work() as (session, actor):
        save_draft(session, actor, DRAFT_KIND, {"versie": 99, "regels": "?"})
    with service.unit_of_work() as (session, actor):
        lijst = bespreeklijst(session, actor, TODAY)
    assert not lijst.uit_concept
    assert agenda.spoed.casus_id in {r.voorstel.casus_id for r in lijst.regels}


def _keuze(agenda: Agenda, vraag: str = "") -> Keuze:
    return Keuze(
        dt.date(2026, 6, 17),
        (
            KeuzeRegel(agenda.spoed.casus_id, True, vraag),
            KeuzeRegel(agenda.laat.casus_id, True),
            KeuzeRegel(agenda.rustig.casus_id, False, "Niet op papier"),
        ),
    )


def test_the_question_loses_names_and_contact_details_on_paper(service: WorkspaceService, agenda: Agenda) -> None:
    vraag = "Kan Sem Visser naar de schuldhulp? Bel 06-12345678 of mail sem@example.org; 1012 JS. Visser wil het."
    with service.unit_of_work() as (session, _):
        doc = bespreek_document(session, _keuze(agenda, vraag), TODAY)
    assert [p.initialen for p in doc.punten] == ["S.V.", "A.B."]
    assert doc.punten[0].vraag == "Kan S.V. naar de schuldhulp? Bel […] of mail […]; […]. S.V. wil het."
    assert doc.punten[1].vraag == ""
    assert (doc.team, doc.datum) == ("Team Noord", dt.date(2026, 6, 17))


def test_preview_logs_nothing_print_and_save_log_each_casus_on_the_form(
    service: WorkspaceService, agenda: Agenda
) -> None:
    keuze = _keuze(agenda)
    with journaled(service) as delta, service.unit_of_work() as (session, _):
        assert preview_pdf(session, keuze, TODAY).startswith(b"%PDF")
    assert delta.empty
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert export_pdf(session, actor, keuze, TODAY).startswith(b"%PDF")
    assert delta.accesses == [
        Access(EXPORT_ACTION, "casus", agenda.spoed.casus_id),
        Access(EXPORT_ACTION, "casus", agenda.laat.casus_id),
    ]
    assert not delta.changes
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        record_print(session, actor, keuze, TODAY)
    assert [a.action for a in delta.accesses] == [PRINT_ACTION, PRINT_ACTION]
    with service.unit_of_work() as (session, _):
        entries = session.execute(select(models.AccessLog.action, models.AccessLog.entity_id)).all()
    logged = " ".join(f"{a} {e}" for a, e in entries)
    for value in ("Sem", "Visser", "S.V.", BSN_B):
        assert value not in logged


def test_only_the_worker_s_own_casussen_are_on_their_list(service: WorkspaceService, agenda: Agenda) -> None:
    with service.unit_of_work() as (session, actor):
        session.execute(
            update(models.Casus).where(models.Casus.id == agenda.laat.casus_id).values(regisseur_id="collega")
        )
        ids = {r.voorstel.casus_id for r in bespreeklijst(session, actor, TODAY).regels}
    assert agenda.laat.casus_id not in ids
    assert agenda.spoed.casus_id in ids


def test_the_most_pressing_are_ticked_up_to_a_limit(
    service: WorkspaceService, agenda: Agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bespreekformulier, "DEFAULT_GEKOZEN", 2)
    with service.unit_of_work() as (session, actor):
        regels = bespreeklijst(session, actor, TODAY).regels
    assert [r.gekozen for r in regels] == [True, True] + [False] * (len(regels) - 2)
    assert sum(r.voorstel.voorgesteld for r in regels) > 2


def test_a_form_with_too_many_casussen_is_refused_but_the_draft_is_kept(
    service: WorkspaceService, agenda: Agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bespreekformulier, "MAX_CASUSSEN", 1)
    keuze = _keuze(agenda)  # two ticked
    with service.unit_of_work() as (session, actor):
        save_keuze(session, actor, keuze)
        with pytest.raises(ValidationError, match="hoogstens 1"):
            preview_pdf(session, keuze, TODAY)
    with service.unit_of_work() as (session, actor):
        assert bespreeklijst(session, actor, TODAY).keuze().regels[:2] == keuze.regels[:2]


def test_a_long_question_is_refused(service: WorkspaceService, agenda: Agenda) -> None:
    with pytest.raises(ValidationError, match="kort"), service.unit_of_work() as (session, actor):
        save_keuze(session, actor, _keuze(agenda, "x" * (MAX_VRAAG_LENGTE + 1)))


@given(st.lists(st.tuples(st.uuids(), st.booleans(), st.text(max_size=40)), max_size=8), st.dates())
def test_a_choice_survives_its_draft_form(rows: list[tuple[object, bool, str]], day: dt.date) -> None:
    keuze = Keuze(day, tuple(KeuzeRegel(str(i), g, v) for i, g, v in rows))
    assert Keuze.from_payload(keuze.to_payload()) == keuze


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_form_follows_the_worker_s_order_and_ticks(service: WorkspaceService, agenda: Agenda, data) -> None:
    with service.unit_of_work() as (session, _):
        ids = [v.casus_id for v in voorstellen(session, TODAY)]
    order = data.draw(st.permutations(ids))
    ticks = data.draw(st.lists(st.booleans(), min_size=len(ids), max_size=len(ids)))
    keuze = Keuze(TODAY, tuple(KeuzeRegel(i, t) for i, t in zip(order, ticks, strict=True)))
    with service.unit_of_work() as (session, _):
        labels = {v.casus_id: v.label for v in voorstellen(session, TODAY)}
        doc = bespreek_document(session, keuze, TODAY)
    assert [p.label for p in doc.punten] == [labels[i] for i, t in zip(order, ticks, strict=True) if t]
