"""set_score: the gesprek completes today's assessment score by score, with a change record for each step."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from regie_desktop.app.assessments import history, record_assessment, set_score
from regie_desktop.app.gesprek import (
    client_texts,
    notitie_sleutel,
    open_gesprek,
    save_leefgebied_notitie,
    set_alleen_professional,
    set_markering,
    tekst_sleutel,
    update_gesprek,
)
from regie_desktop.domain.gesprek import LeefgebiedNotitie
from regie_desktop.domain.zrm import Assessment, Score
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store import models
from tests.app.factories import BSN_C, INSTRUMENT, TODAY, household, kind, new_dossier
from tests.app.journal_support import journaled


def _set(
    service, d, leefgebied: str, value: int | None, nvt: bool = False, today: dt.date = TODAY, by="werker"
) -> bool:
    with service.unit_of_work() as (session, actor):
        return set_score(session, actor, d.casus_id, d.persoon_id, leefgebied, Score(leefgebied, value, nvt), today, by)


def test_first_score_creates_todays_assessment_and_logs_an_insert(service) -> None:
    d = new_dossier(service)
    with journaled(service) as delta:
        assert _set(service, d, "financien", 2)
    change = delta.only("zrm_assessment")
    assert change.base_version == 0
    assert change.fields["scores"] == [{"leefgebied": "financien", "nvt": False, "value": 2}]
    assert change.fields["assessed_on"] == TODAY.isoformat() and change.fields["by"] == "werker"
    assert [a.action for a in delta.accesses] == ["zrm-scoren"]
    with service.unit_of_work() as (session, _):
        (assessment,) = history(session, d.persoon_id)
    assert assessment.assessed_on == TODAY and assessment.scores == (Score("financien", 2),)


def test_later_scores_of_the_day_update_the_same_assessment_with_a_new_revision(service) -> None:
    d = new_dossier(service)
    _set(service, d, "financien", 2)
    with journaled(service) as delta:
        assert _set(service, d, "huisvesting", 4)
    change = delta.only("zrm_assessment")
    assert change.base_version == 1
    assert change.fields == {
        "scores": [
            {"leefgebied": "financien", "nvt": False, "value": 2},
            {"leefgebied": "huisvesting", "nvt": False, "value": 4},
        ]
    }
    with journaled(service) as delta:
        assert _set(service, d, "financien", 3)
        assert _set(service, d, "justitie", None, nvt=True)
    assert [c.base_version for c in delta.changes] == [2, 3]
    with service.unit_of_work() as (session, _):
        (assessment,) = history(session, d.persoon_id)
        versions = session.execute(select(models.ZrmAssessment.version)).scalars().all()
    assert versions == [4]
    assert assessment.score("financien") == Score("financien", 3)
    assert assessment.score("justitie") == Score("justitie", None, nvt=True)


def test_the_same_score_again_changes_and_logs_nothing(service) -> None:
    d = new_dossier(service)
    _set(service, d, "financien", 2)
    with journaled(service) as delta:
        assert _set(service, d, "financien", 2) is False
    assert delta.empty


def test_niet_besproken_clears_a_score_and_without_an_assessment_does_nothing(service) -> None:
    d = new_dossier(service)
    with journaled(service) as delta:
        assert _set(service, d, "financien", None) is False
    assert delta.empty
    _set(service, d, "financien", 2)
    assert _set(service, d, "financien", None)
    with service.unit_of_work() as (session, _):
        (assessment,) = history(session, d.persoon_id)
    assert assessment.score("financien") == Score("financien", None)


def test_another_day_or_the_clients_own_score_makes_a_separate_assessment(service) -> None:
    d = new_dossier(service)
    _set(service, d, "financien", 2, today=TODAY - dt.timedelta(days=40))
    _set(service, d, "financien", 3)
    _set(service, d, "financien", 4, by="client")
    with service.unit_of_work() as (session, _):
        found = history(session, d.persoon_id)
    assert sorted((a.assessed_on, a.by, a.score("financien")) for a in found) == [
        (TODAY - dt.timedelta(days=40), "werker", Score("financien", 2)),
        (TODAY, "client", Score("financien", 4)),
        (TODAY, "werker", Score("financien", 3)),
    ]


@pytest.mark.parametrize(
    ("leefgebied", "value", "nvt"), [("financien", 6, False), ("financien", 0, False), ("onbekend", 3, False)]
)
def test_a_score_outside_the_scale_or_instrument_is_refused_and_nothing_is_written(
    service, leefgebied: str, value: int, nvt: bool
) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, pytest.raises(ValidationError):
        _set(service, d, leefgebied, value, nvt)
    assert delta.empty


def test_a_person_of_another_household_is_refused(service) -> None:
    d = new_dossier(service)
    other = new_dossier(service, household(achternaam="Visser", voornamen="Ali", bsn_=BSN_C))
    with service.unit_of_work() as (session, actor), pytest.raises(NotFound):
        set_score(session, actor, d.casus_id, other.persoon_id, "financien", Score("financien", 3), TODAY)


def test_a_recorded_assessment_of_today_is_completed_not_duplicated(service) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        record_assessment(
            session,
            actor,
            d.casus_id,
            Assessment(d.persoon_id, INSTRUMENT.id, INSTRUMENT.version, TODAY, (Score("financien", 2),)),
            TODAY,
        )
    _set(service, d, "huisvesting", 5)
    with service.unit_of_work() as (session, _):
        (assessment,) = history(session, d.persoon_id)
    assert {s.leefgebied: s.value for s in assessment.scores} == {"financien": 2, "huisvesting": 5}


def test_open_gesprek_reads_todays_scores_the_previous_ones_and_the_persons(service) -> None:
    d = new_dossier(service, household(extra=(kind(),)))
    _set(service, d, "financien", 2, today=TODAY - dt.timedelta(days=50))
    _set(service, d, "huisvesting", 3, today=TODAY - dt.timedelta(days=10))
    _set(service, d, "financien", 4)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        pagina = open_gesprek(session, actor, d.casus_id, TODAY)
    assert [p.naam for p in pagina.personen] == ["Fatima Jansen", "Noah Jansen"]
    assert pagina.scores == {(d.persoon_id, "financien"): Score("financien", 4)}
    assert pagina.vorige[(d.persoon_id, "financien")] == (Score("financien", 2), TODAY - dt.timedelta(days=50))
    assert pagina.vorige[(d.persoon_id, "huisvesting")][1] == TODAY - dt.timedelta(days=10)
    assert pagina.hulpvraag == "Schulden" and pagina.titel == "Fatima Jansen"
    assert [a.action for a in delta.accesses] == ["gesprek-inzien"] and delta.changes == []


def test_marks_are_set_by_hand_and_handed_back(service) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert set_markering(session, actor, d.casus_id, "deel:netwerk", "deels")
    assert delta.only("gesprek_vlag").fields["markering"] == "deels"
    with service.unit_of_work() as (session, actor):
        assert set_markering(session, actor, d.casus_id, "deel:netwerk", "deels") is False
        assert set_markering(session, actor, d.casus_id, "deel:netwerk", "")
        assert set_markering(session, actor, d.casus_id, "deel:hulpvraag", "") is False  # default: nothing stored
        with pytest.raises(ValidationError):
            set_markering(session, actor, d.casus_id, "deel:netwerk", "half")
    with service.unit_of_work() as (session, actor):
        assert open_gesprek(session, actor, d.casus_id, TODAY).vlag("deel:netwerk").markering == ""


def test_client_texts_leave_out_what_is_for_professionals_only(service) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        update_gesprek(
            session, actor, d.casus_id, TODAY, wederkerigheid="Past op de buurkinderen", verwachtingen="Intern"
        )
        update_gesprek(session, actor, d.casus_id, TODAY, veiligheid="Signaal", meldcode=True)
        for key, zorg in (("financien", "Post blijft liggen"), ("huisvesting", "Lekkage")):
            save_leefgebied_notitie(session, actor, d.casus_id, LeefgebiedNotitie(d.persoon_id, key, zorg=zorg))
        set_alleen_professional(session, actor, d.casus_id, tekst_sleutel("verwachtingen"), True)
        set_alleen_professional(session, actor, d.casus_id, notitie_sleutel(d.persoon_id, "huisvesting"), True)
    with service.unit_of_work() as (session, actor):
        texts = client_texts(open_gesprek(session, actor, d.casus_id, TODAY))
    assert texts.wederkerigheid == "Past op de buurkinderen"
    assert texts.verwachtingen == ""
    assert [(n.leefgebied, n.zorg) for n in texts.notities] == [("Financiën", "Post blijft liggen")]
    assert "Signaal" not in repr(texts)


def test_demo_data_fills_gesprekken_and_status_counts_them(service) -> None:
    from regie_desktop.app.demo_data import fill_demo_data

    fill_demo_data(service, 30, seed=5)
    counts = service.status().counts
    assert 0 < counts["gesprek"] < counts["casus"]  # a gesprek for part of the casussen
    assert counts["leefgebied_notitie"] >= 2 * counts["gesprek"]
    with service.unit_of_work() as (session, _):
        toelichtingen = session.execute(select(models.GesprekRow.hulpvraag_toelichting)).scalars().all()
        persons_with_notes = session.execute(select(models.LeefgebiedNotitieRow.persoon_id).distinct()).scalars().all()
    assert all(toelichtingen)
    assert len(persons_with_notes) > counts["gesprek"]  # also other members of the household
