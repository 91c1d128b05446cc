"""Inzage (#12): a person's own data in PDF and JSON, and nothing of another household or household member."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.dossier import display_name
from regie_desktop.app.gesprek import save_leefgebied_notitie
from regie_desktop.app.inzage import ANDER, collect_inzage, export_inzage
from regie_desktop.app.logboek import open_logboek
from regie_desktop.app.plans import save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import LeefgebiedNotitie
from regie_desktop.domain.household import NewPerson, Rol
from regie_desktop.domain.plan import plan_hash
from regie_desktop.domain.zrm import Assessment, Score
from regie_desktop.errors import NotFound
from regie_desktop.store import models
from tests.app.factories import INSTRUMENT, TODAY, consent, household, kind, new_dossier, plan


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _contains(text: str, name: str) -> bool:
    flat = " ".join(text.split())
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", flat, re.IGNORECASE) is not None


@pytest.fixture
def demo(service: WorkspaceService) -> WorkspaceService:
    fill_demo_data(service, households=12, seed=7)
    return service


def _people(service: WorkspaceService) -> dict[str, list[models.Persoon]]:
    with service.unit_of_work() as (session, _):
        by_household: dict[str, list[models.Persoon]] = {}
        for p in session.scalars(select(models.Persoon).order_by(models.Persoon.created_at)):
            session.expunge(p)
            by_household.setdefault(p.huishouden_id, []).append(p)
    return by_household


def _other_names(subject: models.Persoon, people: dict[str, list[models.Persoon]]) -> set[str]:
    """Full names of everyone else, and the first names of the subject's own household members."""
    own_words = {w.lower() for w in (subject.voornamen + " " + subject.achternaam).split()}
    names: set[str] = set()
    for persons in people.values():
        for p in persons:
            if p.id == subject.id:
                continue
            names.add(display_name(p))
            if p.huishouden_id == subject.huishouden_id:
                names.update(w for w in p.voornamen.split() if w.lower() not in own_words)
    return names


@pytest.mark.parametrize("index", [0, 1])
def test_demo_inzage_holds_own_data_and_no_one_elses(demo: WorkspaceService, index: int) -> None:
    people = _people(demo)
    members = next(ps for ps in people.values() if len(ps) >= 2)
    subject = members[index]
    with demo.unit_of_work() as (session, actor):
        pdf = export_inzage(session, actor, subject.id, "pdf")
    with demo.unit_of_work() as (session, actor):
        raw = export_inzage(session, actor, subject.id, "json")
    text = _pdf_text(pdf)
    data = json.loads(raw)
    assert data["persoon"]["naam"] == display_name(subject)
    assert _contains(text, display_name(subject))
    assert subject.achternaam in raw.decode()
    if subject.bsn:
        assert subject.bsn in text and subject.bsn in raw.decode()
    for name in _other_names(subject, people):
        assert not _contains(text, name), name
        assert not _contains(raw.decode("utf-8"), name), name
    assert data["casussen"], "the household's casus is in it"
    assert "Wie uw dossier heeft bekeken of gewijzigd" in text
    assert any(t["wat"] == "inzage gemaakt (JSON)" for t in data["toegang"])  # the export lists itself
    assert data["weggelaten"]


def test_demo_inzage_has_scores_with_their_meaning_and_signed_plans(demo: WorkspaceService) -> None:
    people = _people(demo)
    with demo.unit_of_work() as (session, _):
        signed = session.scalars(select(models.PlanVersion).where(models.PlanVersion.status == "ondertekend")).first()
        assert signed is not None
        casus = session.get(models.Casus, signed.casus_id)
        assert casus is not None
        hh_id = casus.huishouden_id
    subject = people[hh_id][0]
    with demo.unit_of_work() as (session, actor):
        export = collect_inzage(session, actor, subject.id, "json")
    plans = [p for c in export.casussen for p in c.plannen]
    assert plans and plans[0].toestemming is not None and plans[0].doelen
    levels = {level.label for level in INSTRUMENT.scale}
    meanings = {s.betekenis for m in export.metingen for s in m.scores if s.waarde is not None}
    assert meanings and meanings <= levels


def test_children_only_when_asked(service: WorkspaceService) -> None:
    partner = NewPerson(voornamen="Karim", achternaam="Bouzid", rol=Rol.PARTNER)
    d = new_dossier(service, household(extra=(partner, kind(voornamen="Noah"))))
    with service.unit_of_work() as (session, _):
        ids = {p.voornamen: p.id for p in session.scalars(select(models.Persoon))}
    with service.unit_of_work() as (session, actor):
        for voornaam, zorg in (("Fatima", "Slaapt slecht"), ("Noah", "Gepest op school"), ("Karim", "Werkloos")):
            notitie = LeefgebiedNotitie(ids[voornaam], "financien", zorg=zorg)
            save_leefgebied_notitie(session, actor, d.casus_id, notitie)
        scores = (Score("financien", 2),)
        record_assessment(
            session,
            actor,
            d.casus_id,
            Assessment(ids["Noah"], INSTRUMENT.id, INSTRUMENT.version, TODAY, scores),
            TODAY,
        )
        content = plan(d.casus_id, omschrijving="Karim en Fatima maken samen een budget")
        save_plan_draft(session, actor, content, TODAY)
        sign_plan(session, actor, d.casus_id, consent(plan_hash(content)), TODAY)
    with service.unit_of_work() as (session, actor):
        without = export_inzage(session, actor, ids["Fatima"], "json").decode()
    with service.unit_of_work() as (session, actor):
        with_children = export_inzage(session, actor, ids["Fatima"], "json", met_kinderen=True).decode()
    assert "Noah" not in without and "Gepest op school" not in without
    assert "Noah" in with_children and "Gepest op school" in with_children
    for text in (without, with_children):
        assert "Karim" not in text and "Bouzid" not in text and "Werkloos" not in text
        assert "Slaapt slecht" in text
        assert f"{ANDER} en Fatima maken samen een budget" in text  # the partner's name redacted in the plan
    with service.unit_of_work() as (session, actor):
        child_view = export_inzage(session, actor, ids["Noah"], "json", met_kinderen=True).decode()
    assert "Slaapt slecht" not in child_view and "Gepest op school" in child_view  # a child gets no parents' data


def test_inzage_is_logged_per_format(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        export_inzage(session, actor, d.persoon_id, "pdf")
        logboek = open_logboek(session, actor, d.huishouden_id)
    assert [e.action for e in logboek.entries if e.entity == "persoon"] == ["inzage-exporteren-pdf"]


def test_unknown_person_is_refused(service: WorkspaceService) -> None:
    with pytest.raises(NotFound), service.unit_of_work() as (session, actor):
        export_inzage(session, actor, "bestaat-niet", "pdf")
