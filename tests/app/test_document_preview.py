"""The document screen's use cases: a preview is logged as looking at the plan, an export as an export."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from regie_desktop.app.documents import export_document, preview_document
from regie_desktop.app.plan_werkblad import PREVIEW_ACTION
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import plan_hash
from regie_desktop.errors import ValidationError
from regie_desktop.store.models import AccessLog
from tests.app.factories import TODAY, Dossier, consent, new_dossier, plan


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _actions(service: WorkspaceService) -> list[str]:
    with service.unit_of_work() as (session, _):
        return list(session.execute(select(AccessLog.action).order_by(AccessLog.at, AccessLog.id)).scalars())


@pytest.fixture
def concept(service: WorkspaceService) -> Dossier:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    return d


@pytest.fixture
def signed(service: WorkspaceService, concept: Dossier) -> Dossier:
    with service.unit_of_work() as (session, actor):
        current = draft(session, concept.casus_id)
        assert current is not None
        sign_plan(session, actor, concept.casus_id, consent(plan_hash(current), withheld=("huisvesting",)), TODAY)
    return concept


@pytest.mark.parametrize(
    ("kind", "expected", "absent"),
    [
        ("volledig", "Woning behouden", None),
        ("aanbieder", "Versie voor de aanbieder", "Woning behouden"),
        ("ontvangstbewijs", "Bewijs van toestemming", None),
    ],
)
def test_preview_renders_the_kind_and_logs_a_view_not_an_export(
    service: WorkspaceService, signed: Dossier, kind: str, expected: str, absent: str | None
) -> None:
    before = _actions(service)
    with service.unit_of_work() as (session, actor):
        data = preview_document(session, actor, signed.casus_id, kind, today=TODAY)  # type: ignore[arg-type]
    text = _text(data)
    assert expected in text
    if absent is not None:
        assert absent not in text
    assert _actions(service)[len(before) :] == [PREVIEW_ACTION]
    assert PREVIEW_ACTION == "plan-bekijken"


def test_export_document_logs_the_export_of_each_kind(service: WorkspaceService, signed: Dossier) -> None:
    before = _actions(service)
    for kind in ("volledig", "aanbieder", "ontvangstbewijs"):
        with service.unit_of_work() as (session, actor):
            assert export_document(session, actor, signed.casus_id, kind).startswith(b"%PDF")  # type: ignore[arg-type]
    assert _actions(service)[len(before) :] == [
        "plan-exporteren-volledig",
        "plan-exporteren-aanbieder",
        "ontvangstbewijs-exporteren",
    ]


def test_a_refused_preview_logs_nothing(service: WorkspaceService, concept: Dossier) -> None:
    before = _actions(service)
    for kind, message in (("aanbieder", "nog een concept"), ("ontvangstbewijs", "onderteken het plan eerst")):
        with pytest.raises(ValidationError, match=message), service.unit_of_work() as (session, actor):
            preview_document(session, actor, concept.casus_id, kind)  # type: ignore[arg-type]
    assert _actions(service) == before


def test_concept_preview_shows_the_concept(service: WorkspaceService, concept: Dossier) -> None:
    with service.unit_of_work() as (session, actor):
        text = _text(preview_document(session, actor, concept.casus_id, "volledig", today=TODAY))
    assert "Concept" in text and "Schulden op een rij" in text
