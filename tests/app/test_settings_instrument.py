"""The team's instrument for new casussen, and the organisation's policy that can fix it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regie_desktop.app import catalog
from regie_desktop.app.settings import (
    choose_instrument,
    instrument_policy_warning,
    locked_instrument,
    team_instrument,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.policy import Policy, reset_policy_cache
from regie_desktop.store import models
from tests.app.factories import new_dossier, snapshot
from tests.app.journal_support import journaled


def set_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **values: object) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    monkeypatch.setenv("REGIE_POLICY_FILE", str(path))
    reset_policy_cache()  # as after a restart of Regie


def casus_instrument(service: WorkspaceService, casus_id: str) -> str:
    with service.unit_of_work() as (session, _actor):
        casus = session.get(models.Casus, casus_id)
        assert casus is not None
        return casus.instrument_id


def test_without_policy_the_team_chooses(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, _actor):
        assert team_instrument(session) == catalog.DEFAULT_INSTRUMENT
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        choose_instrument(session, actor, "zrm-regio-10")
    assert [(a.action, a.entity) for a in delta.accesses] == [("instelling:instrument", "werkruimte")]
    with service.unit_of_work() as (session, _actor):
        assert team_instrument(session) == "zrm-regio-10"
    assert locked_instrument() is None and instrument_policy_warning() is None
    with pytest.raises(NotFound), service.unit_of_work() as (session, actor):
        choose_instrument(session, actor, "bestaat-niet")


def test_the_policy_instrument_wins_and_new_casussen_use_it(
    service: WorkspaceService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with service.unit_of_work() as (session, actor):
        choose_instrument(session, actor, "positieve-gezondheid")  # the team's own, before IT fixed one
    set_policy(tmp_path, monkeypatch, instrument="zrm-regio-10")
    with service.unit_of_work() as (session, _actor):
        assert team_instrument(session) == "zrm-regio-10"
    assert locked_instrument() == "zrm-regio-10"
    assert casus_instrument(service, new_dossier(service).casus_id) == "zrm-regio-10"


def test_the_team_cannot_choose_another_instrument_under_policy(
    service: WorkspaceService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_policy(tmp_path, monkeypatch, instrument="zrm-regio-10")
    before = snapshot(service)
    with pytest.raises(ValidationError) as caught, service.unit_of_work() as (session, actor):
        choose_instrument(session, actor, "zrm-2017")
    assert "Het instrument is vastgelegd door uw organisatie" in caught.value.message
    # Confirming the fixed instrument (the first-start wizard does) is no error and stores nothing.
    with service.unit_of_work() as (session, actor):
        choose_instrument(session, actor, "zrm-regio-10")
    assert snapshot(service) == before


def test_a_policy_instrument_that_is_not_installed_is_ignored_with_a_warning(
    service: WorkspaceService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typo by IT must not stop new casussen: the team's choice stays in force, and Regie says why."""
    set_policy(tmp_path, monkeypatch, instrument="zrm-bestaat-niet")
    assert locked_instrument() is None
    warning = instrument_policy_warning()
    assert warning is not None and "'zrm-bestaat-niet'" in warning and "niet geïnstalleerd" in warning
    with service.unit_of_work() as (session, actor):
        choose_instrument(session, actor, "positieve-gezondheid")
        assert team_instrument(session) == "positieve-gezondheid"


def test_an_explicit_policy_argument_is_used_instead_of_the_process_policy(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        assert team_instrument(session, Policy(instrument="positieve-gezondheid")) == "positieve-gezondheid"
        with pytest.raises(ValidationError):
            choose_instrument(session, actor, "zrm-2017", Policy(instrument="positieve-gezondheid"))
        choose_instrument(session, actor, "zrm-regio-10", Policy())
        assert team_instrument(session) == "zrm-regio-10"
