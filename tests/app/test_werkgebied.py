"""The team's werkgebied as a workspace setting: set, read back, refuse bad text, tell whether a postcode is outside;
a werkgebied in the organisation's policy wins and cannot be changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regie_desktop.app.werkgebied import (
    outside_werkgebied,
    set_werkgebied,
    werkgebied,
    werkgebied_locked,
    werkgebied_text,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.werkgebied import PostcodeRange
from regie_desktop.errors import ValidationError
from regie_desktop.policy import Policy, reset_policy_cache
from tests.app.factories import snapshot
from tests.app.journal_support import journaled
from tests.conftest import PASSPHRASE


def test_no_werkgebied_means_nothing_is_outside(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, _actor):
        assert werkgebied(session) == ()
        assert werkgebied_text(session) == ""
        assert outside_werkgebied(session, "9999 ZZ") is False


def test_set_read_back_and_membership(service: WorkspaceService) -> None:
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        set_werkgebied(session, actor, "3611; 3550-3599, 3500-3560")
    assert [(a.action, a.entity) for a in delta.accesses] == [("instelling:werkgebied", "werkruimte")]
    assert delta.changes == [], "a setting is no dossier change"
    service.lock()
    service.unlock(PASSPHRASE)
    with service.unit_of_work() as (session, _actor):
        assert werkgebied(session) == (PostcodeRange(3500, 3599), PostcodeRange(3611, 3611))
        assert werkgebied_text(session) == "3500-3599, 3611"
        assert outside_werkgebied(session, "3511 AB") is False
        assert outside_werkgebied(session, "3599ZZ") is False
        assert outside_werkgebied(session, "3611 ak") is False
        assert outside_werkgebied(session, "3600 AA") is True
        assert outside_werkgebied(session, "1012 JS") is True
        assert outside_werkgebied(session, "") is False, "no postcode: nothing to warn about"
        assert outside_werkgebied(session, "12345") is False, "a bad postcode has its own message"


def test_setting_again_replaces_and_empty_text_removes(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        set_werkgebied(session, actor, "3500-3599")
    with service.unit_of_work() as (session, actor):
        set_werkgebied(session, actor, "1000-1099")
        assert werkgebied_text(session) == "1000-1099"
    with service.unit_of_work() as (session, actor):
        set_werkgebied(session, actor, "  ")
        assert werkgebied(session) == ()
        assert outside_werkgebied(session, "3511 AB") is False


def test_bad_text_is_refused_and_changes_nothing(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        set_werkgebied(session, actor, "3500-3599")
    before = snapshot(service)
    with pytest.raises(ValidationError) as caught, service.unit_of_work() as (session, actor):
        set_werkgebied(session, actor, "3500-3599, 36xx")
    assert "„36xx” is geen postcodegebied" in caught.value.message
    assert snapshot(service) == before
    with service.unit_of_work() as (session, _actor):
        assert werkgebied_text(session) == "3500-3599"


@pytest.fixture
def policy_werkgebied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An organisation policy that fixes the werkgebied (read fresh: conftest resets the policy cache)."""
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"werkgebied": "1000-1099, 1200"}), encoding="utf-8")
    monkeypatch.setenv("REGIE_POLICY_FILE", str(path))
    return path


def test_the_policy_werkgebied_wins_over_the_team_setting(
    service: WorkspaceService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with service.unit_of_work() as (session, actor):
        set_werkgebied(session, actor, "3500-3599")  # the team's own, before IT fixed one
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"werkgebied": "1000-1099, 1200"}), encoding="utf-8")
    monkeypatch.setenv("REGIE_POLICY_FILE", str(path))
    reset_policy_cache()  # IT's policy arrives; Regie restarts
    with service.unit_of_work() as (session, _actor):
        assert werkgebied_locked() is True
        assert werkgebied(session) == (PostcodeRange(1000, 1099), PostcodeRange(1200, 1200))
        assert werkgebied_text(session) == "1000-1099, 1200"
        assert outside_werkgebied(session, "3511 AB") is True, "the team's own area no longer counts"
        assert outside_werkgebied(session, "1012 JS") is False
        assert outside_werkgebied(session, "1200 AA") is False


def test_the_team_cannot_change_a_policy_werkgebied(service: WorkspaceService, policy_werkgebied: Path) -> None:
    before = snapshot(service)
    for text in ("3500-3599", "", "1000-1099, 1200"):
        with pytest.raises(ValidationError) as caught, service.unit_of_work() as (session, actor):
            set_werkgebied(session, actor, text)
        assert "vastgelegd door uw organisatie" in caught.value.message
    assert snapshot(service) == before, "nothing stored, nothing journaled"


def test_an_explicit_policy_without_werkgebied_leaves_the_team_setting(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        set_werkgebied(session, actor, "3500-3599")
        assert werkgebied(session, Policy(team="Noord")) == (PostcodeRange(3500, 3599),)
        fixed = Policy(werkgebied=(PostcodeRange(9000, 9099),))
        assert werkgebied_text(session, fixed) == "9000-9099"
        assert outside_werkgebied(session, "3511 AB", fixed) is True
    assert werkgebied_locked(Policy()) is False
