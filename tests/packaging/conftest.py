"""Packaging tests: the self-test, the About dialog, the MSI tables and the bundle with its .deb."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _no_machine_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The build machine's own /etc policy or preferences must not change what a test sees."""
    monkeypatch.setenv("REGIE_POLICY_FILE", str(tmp_path / "geen-beleid.json"))
    monkeypatch.setenv("REGIE_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "geen-beleid.json"
