"""Rectification (#12): a corrected fact keeps its old value in history with the reason; the inzage lists it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from regie_desktop.app.inzage import collect_inzage
from regie_desktop.app.rectificatie import current_values, rectifications, rectify
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import ValidationError
from regie_desktop.store import models
from tests.app.factories import BSN_B, TODAY, new_dossier
from tests.app.journal_support import journaled


def test_correcting_a_name_keeps_the_old_value_and_reason(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        rid = rectify(session, actor, d.persoon_id, "achternaam", " Jansen-de Wit ", "Naam verkeerd gespeld", TODAY)
    assert rid is not None
    assert delta.accesses == [("corrigeren", "persoon", d.persoon_id)]
    assert {c.entity for c in delta.changes} >= {"persoon", "rectificatie"}
    with service.unit_of_work() as (session, actor):
        assert current_values(session, d.persoon_id)["achternaam"] == "Jansen-de Wit"
        history = rectifications(session, d.persoon_id)
        export = collect_inzage(session, actor, d.persoon_id, "json")
    assert [(h.veld, h.oude_waarde, h.nieuwe_waarde, h.reden) for h in history] == [
        ("achternaam", "Jansen", "Jansen-de Wit", "Naam verkeerd gespeld")
    ]
    assert [(r.veld, r.oude_waarde, r.nieuwe_waarde) for r in export.rectificaties] == [
        ("achternaam", "Jansen", "Jansen-de Wit")
    ]


def test_birth_date_bsn_and_address_follow_the_aanmelding_rules(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        rectify(session, actor, d.persoon_id, "geboortedatum", "1984-03-19", "Geboorteakte", TODAY)
        rectify(session, actor, d.persoon_id, "bsn", BSN_B, "Cijfers omgedraaid", TODAY)
        rectify(session, actor, d.persoon_id, "postcode", "3512ab", "Verhuisd", TODAY)
    with service.unit_of_work() as (session, _):
        p = session.get(models.Persoon, d.persoon_id)
        hh = session.get(models.Huishouden, d.huishouden_id)
        assert p is not None and hh is not None
        assert p.geboortedatum == dt.date(1984, 3, 19) and p.bsn == BSN_B and hh.postcode == "3512 AB"
        assert len(rectifications(session, d.persoon_id)) == 3
    for veld, value, message in (
        ("geboortedatum", "2999-01-01", "toekomst"),
        ("bsn", "123456789", "elfproef"),
        ("postcode", "12", "postcode"),
        ("email", "geen-adres", "e-mailadres"),
        ("achternaam", "  ", "achternaam"),
    ):
        with pytest.raises(ValidationError, match=message), service.unit_of_work() as (session, actor):
            rectify(session, actor, d.persoon_id, veld, value, "Reden", TODAY)


def test_reason_is_required_and_nothing_changes_without_one(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with pytest.raises(ValidationError, match="waarom"), service.unit_of_work() as (session, actor):
        rectify(session, actor, d.persoon_id, "telefoon", "06-87654321", " ", TODAY)
    with service.unit_of_work() as (session, actor):
        assert session.scalars(select(models.Rectificatie)).all() == []
        assert rectify(session, actor, d.persoon_id, "telefoon", "06-12345678", "Zelfde", TODAY) is None
