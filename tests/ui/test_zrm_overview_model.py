"""The ZRM overview table model: checked with qtmodeltester, and on the texts it shows (change, stale, n.v.t.)."""

from __future__ import annotations

import datetime as dt

import pytest
from faker import Faker
from PySide6.QtCore import QModelIndex, Qt

from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.plans import save_plan_draft
from regie_desktop.app.zrm_overview import ZrmOverview, zrm_overview
from regie_desktop.domain.zrm import AssessedBy, Assessment, Score
from tests.app.factories import INSTRUMENT, TODAY, household, new_dossier, plan
from ui.models.zrm_overview_model import (
    CLIENT_BACKGROUND,
    SCORE_ROLE,
    STALE_BACKGROUND,
    STALE_ROLE,
    ColumnKind,
    ZrmOverviewModel,
    change_text,
)

ROWS = {lg.key: n for n, lg in enumerate(INSTRUMENT.leefgebieden)}


def _zrm(persoon_id: str, on: dt.date, *scores: Score, by: AssessedBy = "werker") -> Assessment:
    return Assessment(persoon_id, INSTRUMENT.id, INSTRUMENT.version, on, tuple(scores), by=by)


@pytest.fixture
def overview(service) -> ZrmOverview:
    fake = Faker("nl_NL")
    fake.seed_instance(11)
    d = new_dossier(service, household(achternaam=fake.last_name(), voornamen=fake.first_name()))
    with service.unit_of_work() as (session, actor):
        for meting in (
            _zrm(d.persoon_id, dt.date(2026, 4, 1), Score("financien", 1), Score("basale-adl", 2)),
            _zrm(
                d.persoon_id,
                dt.date(2026, 5, 20),
                Score("financien", 2),
                Score("huisvesting", 4),
                Score("tijdsbesteding", 3),
                Score("justitie", None, nvt=True),
            ),
            _zrm(
                d.persoon_id,
                dt.date(2026, 6, 1),
                Score("financien", 3),
                Score("huisvesting", 2),
                Score("tijdsbesteding", 3),
                Score("justitie", None, nvt=True),
            ),
            _zrm(
                d.persoon_id,
                dt.date(2026, 6, 10),
                Score("financien", 5),
                Score("huisvesting", None, nvt=True),
                by="client",
            ),
        ):
            record_assessment(session, actor, d.casus_id, meting, TODAY)
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    with service.unit_of_work() as (session, actor):
        return zrm_overview(session, actor, d.casus_id, TODAY)


def _model(qtmodeltester, overview: ZrmOverview) -> ZrmOverviewModel:
    model = ZrmOverviewModel()
    model.set_person(overview, overview.personen[0])
    qtmodeltester.check(model)
    return model


def _text(model: ZrmOverviewModel, key: str, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return model.index(ROWS[key], column).data(role)


def test_columns_are_leefgebied_worker_metingen_change_client_and_the_agreed_six(qtmodeltester, overview):
    model = _model(qtmodeltester, overview)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Leefgebied",
        "Werker\n01-04-2026",
        "Werker\n20-05-2026",
        "Werker\n01-06-2026",
        "Verandering",
        "Cliënt zelf\n10-06-2026",
        "Afgesproken '6'",
    ]
    assert [model.column_kind(c) for c in range(model.columnCount())] == [
        ColumnKind.LEEFGEBIED,
        ColumnKind.WERKER,
        ColumnKind.WERKER,
        ColumnKind.WERKER,
        ColumnKind.VERANDERING,
        ColumnKind.CLIENT,
        ColumnKind.ZES,
    ]
    assert model.rowCount() == len(INSTRUMENT.leefgebieden)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [lg.label for lg in INSTRUMENT.leefgebieden]
    assert "zelfscore" in model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_scores_change_nvt_and_niet_besproken_read_as_text(qtmodeltester, overview):
    model = _model(qtmodeltester, overview)
    assert [_text(model, "financien", c) for c in range(1, 7)] == [
        "1",
        "2",
        "3",
        "+1",
        "5",
        "Vaste lasten op tijd betaald",
    ]
    assert [_text(model, "huisvesting", c) for c in (2, 3, 4, 5)] == ["4", "2", "\u22122", "n.v.t."]
    assert _text(model, "tijdsbesteding", 4) == "="
    assert [_text(model, "justitie", c) for c in (2, 3, 4)] == ["n.v.t.", "n.v.t.", "—"]
    assert (
        _text(model, "werk-opleiding", 3) == "niet besproken" and _text(model, "werk-opleiding", 5) == "niet besproken"
    )
    assert _text(model, "financien", 3, SCORE_ROLE) == 3
    assert _text(model, "justitie", 3, SCORE_ROLE) is None and _text(model, "werk-opleiding", 3, SCORE_ROLE) is None
    tip = _text(model, "financien", 3, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Financiën: 3 – Beperkt zelfredzaam (werker, 01-06-2026)"
    assert "niet te vergelijken" in _text(model, "justitie", 4, Qt.ItemDataRole.ToolTipRole).lower()
    # The client's columns look different too, but the header already says so in words.
    assert _text(model, "financien", 5, Qt.ItemDataRole.BackgroundRole).color() == CLIENT_BACKGROUND


def test_the_last_known_score_older_than_thirty_days_is_marked_verouderd(qtmodeltester, overview):
    model = _model(qtmodeltester, overview)
    # Basale ADL was only scored on 1 April (75 days before TODAY): that cell, and only that one, is verouderd.
    assert _text(model, "basale-adl", 1) == "2 (verouderd)"
    assert _text(model, "basale-adl", 1, STALE_ROLE) is True
    assert _text(model, "basale-adl", 1, Qt.ItemDataRole.BackgroundRole).color() == STALE_BACKGROUND
    assert "Verouderd: ouder dan 30 dagen." in _text(model, "basale-adl", 1, Qt.ItemDataRole.ToolTipRole)
    assert _text(model, "basale-adl", 3) == "niet besproken" and not _text(model, "basale-adl", 3, STALE_ROLE)
    # Financiën was scored 14 days ago: its old cells are history, not verouderd.
    assert _text(model, "financien", 1) == "1" and not _text(model, "financien", 1, STALE_ROLE)
    assert not _text(model, "financien", 3, STALE_ROLE)
    stale_cells = [
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(STALE_ROLE)
    ]
    assert stale_cells == [(ROWS["basale-adl"], 1)]


def test_one_meting_has_nothing_to_compare_and_clear_empties_the_model(qtmodeltester, service):
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        record_assessment(session, actor, d.casus_id, _zrm(d.persoon_id, TODAY, Score("financien", 2)), TODAY)
        overview = zrm_overview(session, actor, d.casus_id, TODAY)
    model = _model(qtmodeltester, overview)
    assert model.columnCount() == 3  # leefgebied, the one meting, verandering (no client, no plan)
    assert _text(model, "financien", 2) == ""
    assert "één meting" in _text(model, "financien", 2, Qt.ItemDataRole.ToolTipRole)
    model.clear()
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (0, 0)
    assert model.index(0, 0).data() is None
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 0


def test_a_person_without_metingen_shows_only_the_leefgebieden(qtmodeltester, service):
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        overview = zrm_overview(session, actor, d.casus_id, TODAY)
    model = _model(qtmodeltester, overview)
    assert model.columnCount() == 1 and model.rowCount() == len(INSTRUMENT.leefgebieden)


@pytest.mark.parametrize(("value", "text"), [(1, "+1"), (-2, "\u22122"), (0, "="), (None, "")])
def test_change_text(value, text):
    assert change_text(value) == text
