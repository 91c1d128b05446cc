"""Shared fixtures. Benchmarks (tests/bench) run only under `make bench` (REGIE_BENCH=1)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.policy import reset_policy_cache
from regie_desktop.store.keyfile import MINIMUM_KDF

collect_ignore_glob = [] if os.environ.get("REGIE_BENCH") else ["bench/*"]

PASSPHRASE = "boterham-fiets-regen-42"
NEW_PASSPHRASE = "koffie-molen-zeilboot-77"


@pytest.fixture(autouse=True)
def _no_secrets_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A developer's own REGIE_* variables, preferences and machine policy must never leak into a test."""
    for name in ("REGIE_HOME", "REGIE_PASSPHRASE", "REGIE_NEW_PASSPHRASE", "REGIE_RECOVERY_KEY", "REGIE_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    isolated = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("REGIE_CONFIG_HOME", str(isolated / "user"))
    monkeypatch.setenv("REGIE_POLICY_FILE", str(isolated / "geen-policy.json"))


@pytest.fixture(autouse=True)
def _fresh_policy(_no_secrets_from_env: None) -> Iterator[None]:
    """Each test reads the policy its own REGIE_POLICY_FILE holds, never one cached by an earlier test."""
    reset_policy_cache()
    yield
    reset_policy_cache()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "werkruimte"


@pytest.fixture
def service(home: Path) -> Iterator[WorkspaceService]:
    """A created, unlocked workspace with the minimum (fast) Argon2id cost."""
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.recovery_key = svc.create("Test Werker", PASSPHRASE, team="Team Noord")  # type: ignore[attr-defined]
    yield svc
    svc.close()
