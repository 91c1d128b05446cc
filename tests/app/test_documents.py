"""Assembling plan documents from the workspace and exporting them: contents, variants, and the access log."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from sqlalchemy import select

from regie_desktop.app.documents import consent_receipt, export_plan, plan_document
from regie_desktop.app.gesprek import update_gesprek
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import Informatie
from regie_desktop.domain.plan import plan_hash
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store.models import AccessLog, PlanVersion
from tests.app.factories import TODAY, Dossier, consent, household, kind, new_dossier, plan


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _draft(service: WorkspaceService, d: Dossier) -> None:
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)


def _sign(service: WorkspaceService, d: Dossier, withheld: tuple[str, ...] = (), share: bool = True) -> None:
    with service.unit_of_work() as (session, actor):
        current = draft(session, d.casus_id)
        assert current is not None
        sign_plan(session, actor, d.casus_id, consent(plan_hash(current), share=share, withheld=withheld), TODAY)


def _actions(service: WorkspaceService) -> list[str]:
    with service.unit_of_work() as (session, _):
        return list(session.execute(select(AccessLog.action).order_by(AccessLog.at, AccessLog.id)).scalars())


def _export(service: WorkspaceService, d: Dossier, variant: str) -> bytes:
    with service.unit_of_work() as (session, actor):
        return export_plan(session, actor, d.casus_id, variant)  # type: ignore[arg-type]


@pytest.fixture
def signed(service: WorkspaceService) -> Dossier:
    d = new_dossier(service, household(extra=(kind(),)))
    with service.unit_of_work() as (session, actor):
        update_gesprek(
            session, actor, d.casus_id, TODAY, informatie_gegeven=((Informatie.PRIVACY, dt.date(2026, 6, 1)),)
        )
    _draft(service, d)
    _sign(service, d, withheld=("huisvesting",))
    return d


def test_document_holds_household_worker_labels_and_consent(service: WorkspaceService, signed: Dossier) -> None:
    with service.unit_of_work() as (session, actor):
        doc = plan_document(session, actor, signed.casus_id)
    assert [(p.naam, p.rol) for p in doc.personen] == [("Fatima Jansen", "Aanvrager"), ("Noah Jansen", "Kind")]
    assert doc.adres == "Lindelaan 12a, 3511 AB Utrecht"
    assert doc.werker_naam == service.worker().naam
    assert doc.label("financien") != "financien"  # the instrument's readable label, not the key
    assert doc.consent is not None and doc.withheld == frozenset({"huisvesting"})
    assert doc.plan_hash == plan_hash(doc.plan)
    assert [(i.onderwerp, i.datum) for i in doc.informatie_gegeven] == [
        ("Privacy en gegevensverwerking", dt.date(2026, 6, 1))
    ]
    assert doc.gemeente == "" and doc.logo_path is None  # the tests' policy file does not exist


def test_full_pdf_shows_household_and_every_goal(service: WorkspaceService, signed: Dossier) -> None:
    text = _text(_export(service, signed, "volledig"))
    assert "Fatima Jansen" in text
    assert "Schulden op een rij" in text
    assert "Woning behouden" in text
    assert "ondertekend op" in text


def test_provider_pdf_omits_the_withheld_leefgebieds_goal(service: WorkspaceService, signed: Dossier) -> None:
    text = _text(_export(service, signed, "aanbieder"))
    assert "Schulden op een rij" in text
    assert "Woning behouden" not in text


def test_each_export_writes_exactly_one_access_entry(service: WorkspaceService, signed: Dossier) -> None:
    before = _actions(service)
    _export(service, signed, "volledig")
    _export(service, signed, "aanbieder")
    with service.unit_of_work() as (session, actor):
        receipt = consent_receipt(session, actor, signed.casus_id)
    assert "Bewijs van toestemming" in _text(receipt)
    assert _actions(service)[len(before) :] == [
        "plan-exporteren-volledig",
        "plan-exporteren-aanbieder",
        "ontvangstbewijs-exporteren",
    ]


def test_concept_renders_as_concept_and_cannot_go_to_the_provider(service: WorkspaceService) -> None:
    d = new_dossier(service)
    _draft(service, d)
    text = _text(_export(service, d, "volledig"))
    assert "Concept" in text and "Schulden op een rij" in text
    before = _actions(service)
    with pytest.raises(ValidationError, match="nog een concept"):
        _export(service, d, "aanbieder")
    with pytest.raises(ValidationError, match="onderteken het plan eerst"), service.unit_of_work() as (session, actor):
        consent_receipt(session, actor, d.casus_id)
    assert _actions(service) == before  # a refused export leaves no log entry


def test_default_is_the_latest_signed_version_even_with_a_newer_concept(
    service: WorkspaceService, signed: Dossier
) -> None:
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(signed.casus_id, omschrijving="Nieuw concept"), TODAY)
    with service.unit_of_work() as (session, actor):
        doc = plan_document(session, actor, signed.casus_id)
    assert doc.version == 1 and doc.consent is not None
    assert doc.plan.doelen[0].omschrijving == "Schulden op een rij"


def test_no_plan_or_another_casus_version_is_not_found(service: WorkspaceService, signed: Dossier) -> None:
    other = new_dossier(service, household(achternaam="Bakker", bsn_=None))
    with pytest.raises(NotFound), service.unit_of_work() as (session, actor):
        plan_document(session, actor, other.casus_id)
    with service.unit_of_work() as (session, _):
        version_id = session.execute(select(PlanVersion.id).where(PlanVersion.casus_id == signed.casus_id)).scalar_one()
    with pytest.raises(NotFound), service.unit_of_work() as (session, actor):
        plan_document(session, actor, other.casus_id, version_id)


def test_policy_logo_is_used_only_when_it_is_a_bitmap(
    service: WorkspaceService, signed: Dossier, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from regie_desktop.policy import reset_policy_cache

    png = tmp_path / "logo.png"
    PILImage.new("RGB", (60, 20), "navy").save(png)
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', encoding="utf-8")
    policy = tmp_path / "policy.json"
    for logo, expected in ((png, png), (svg, None)):
        policy.write_text(json.dumps({"gemeente": "Gemeente Voorbeeld", "logo_file": str(logo)}), encoding="utf-8")
        monkeypatch.setenv("REGIE_POLICY_FILE", str(policy))
        reset_policy_cache()
        with service.unit_of_work() as (session, actor):
            doc = plan_document(session, actor, signed.casus_id)
        assert doc.gemeente == "Gemeente Voorbeeld"
        assert doc.logo_path == expected
    assert "Gemeente Voorbeeld" in _text(_export(service, signed, "volledig"))
