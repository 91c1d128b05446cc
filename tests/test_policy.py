"""Machine-wide policy: file and registry, the env override, the auto-lock cap and bad values as warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regie_desktop.policy import Policy, effective_auto_lock_minutes, load_policy, policy_path
from regie_desktop.preferences import Preferences

ROOT = Path(__file__).resolve().parents[1]


def no_registry() -> dict[str, object]:
    return {}


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_no_file_means_no_policy_and_no_warning(tmp_path: Path) -> None:
    assert load_policy(tmp_path / "policy.json", no_registry) == Policy()


def test_env_points_at_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "elders.json", {"max_auto_lock_minutes": 3, "team": "Wijkteam Zuid"})
    monkeypatch.setenv("REGIE_POLICY_FILE", str(path))
    assert policy_path() == path
    policy = load_policy(registry=no_registry)
    assert (policy.max_auto_lock_minutes, policy.team, policy.warnings) == (3, "Wijkteam Zuid", ())


def test_without_env_the_file_is_in_the_machine_wide_config_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REGIE_POLICY_FILE", raising=False)
    assert policy_path().name == "policy.json"
    assert "Regie" in policy_path().parts


def test_all_keys_are_read_and_unknown_keys_ignored(tmp_path: Path) -> None:
    path = write(
        tmp_path / "policy.json",
        {
            "_uitleg": "commentaar",
            "max_auto_lock_minutes": 10,
            "central_url": " https://regie.gemeente.example/api ",
            "ca_file": "C:\\Regie\\ca.pem",
            "team": "Wijkteam Noord",
            "toekomstige_sleutel": True,
        },
    )
    assert load_policy(path, no_registry) == Policy(
        max_auto_lock_minutes=10,
        central_url="https://regie.gemeente.example/api",
        ca_file="C:\\Regie\\ca.pem",
        team="Wijkteam Noord",
    )


def test_registry_values_win_over_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.json", {"max_auto_lock_minutes": 10, "team": "Uit bestand"})
    policy = load_policy(path, lambda: {"max_auto_lock_minutes": "4", "central_url": "https://centraal.example"})
    assert policy.max_auto_lock_minutes == 4  # REG_SZ text is accepted as a number
    assert policy.central_url == "https://centraal.example"
    assert policy.team == "Uit bestand"
    assert policy.warnings == ()


def test_an_unreadable_registry_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    def broken() -> dict[str, object]:
        raise PermissionError("toegang geweigerd")

    path = write(tmp_path / "policy.json", {"team": "Wijkteam Noord"})
    policy = load_policy(path, broken)
    assert policy.team == "Wijkteam Noord"
    assert len(policy.warnings) == 1 and "register" in policy.warnings[0]


@pytest.mark.parametrize(
    "key, value",
    [
        ("max_auto_lock_minutes", 0),
        ("max_auto_lock_minutes", -5),
        ("max_auto_lock_minutes", "vijf"),
        ("max_auto_lock_minutes", 2.5),
        ("max_auto_lock_minutes", True),
        ("central_url", "ftp://centraal.example"),
        ("central_url", "centraal.example"),
        ("central_url", 42),
        ("ca_file", ""),
        ("team", "   "),
        ("team", ["Noord"]),
    ],
)
def test_a_bad_value_is_skipped_with_one_dutch_warning(tmp_path: Path, key: str, value: object) -> None:
    path = write(tmp_path / "policy.json", {key: value, "team" if key != "team" else "ca_file": "geldig"})
    policy = load_policy(path, no_registry)
    assert getattr(policy, key) is None
    assert len(policy.warnings) == 1
    assert f"'{key}'" in policy.warnings[0] and "ongeldig" in policy.warnings[0]


@pytest.mark.parametrize("content", [b"{kapot", b"[1, 2]", b"\xff\xfe"], ids=["broken", "list", "not-utf8"])
def test_a_damaged_file_is_one_warning_and_an_empty_policy(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "policy.json"
    path.write_bytes(content)
    policy = load_policy(path, no_registry)
    assert policy == Policy(warnings=policy.warnings)
    assert len(policy.warnings) == 1 and "beleidsbestand" in policy.warnings[0]


def test_a_folder_where_the_file_should_be_is_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "policy.json"
    folder.mkdir()
    assert len(load_policy(folder, no_registry).warnings) == 1


@pytest.mark.parametrize(("chosen", "cap", "effective"), [(5, None, 5), (30, 10, 10), (5, 10, 5), (10, 10, 10)])
def test_the_cap_limits_the_auto_lock(chosen: int, cap: int | None, effective: int) -> None:
    prefs = Preferences(auto_lock_minutes=chosen)
    assert effective_auto_lock_minutes(prefs, Policy(max_auto_lock_minutes=cap)) == effective


def test_the_example_template_is_a_valid_policy(tmp_path: Path) -> None:
    template = ROOT / "packaging" / "policy.example.json"
    data = json.loads(template.read_text(encoding="utf-8"))
    assert "_uitleg" in data
    policy = load_policy(template, no_registry)
    assert policy.warnings == ()
    assert policy.max_auto_lock_minutes is not None and policy.central_url and policy.team and policy.ca_file
