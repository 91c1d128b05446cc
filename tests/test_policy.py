"""Machine-wide policy: file and registry, where the file lives per platform, the env override, the auto-lock cap,
the organisation's own keys, bad values as warnings, and the process-wide cache."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path, PureWindowsPath

import pytest

from regie_desktop.domain.werkgebied import PostcodeRange
from regie_desktop.policy import (
    KEYS,
    Organisation,
    Policy,
    current_policy,
    effective_auto_lock_minutes,
    load_policy,
    organisation,
    policy_path,
    reset_policy_cache,
)
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


def test_without_env_linux_reads_etc_regie(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REGIE_POLICY_FILE", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert policy_path() == Path("/etc/regie/policy.json")


def test_without_env_macos_reads_library_application_support(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REGIE_POLICY_FILE", raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert policy_path() == Path("/Library/Application Support/Regie/policy.json")


@pytest.mark.parametrize(
    ("program_data", "expected"),
    [("D:\\Data", "D:\\Data\\Regie\\policy.json"), (None, "C:\\ProgramData\\Regie\\policy.json")],
    ids=["from-env", "default"],
)
def test_without_env_windows_reads_programdata_regie(
    monkeypatch: pytest.MonkeyPatch, program_data: str | None, expected: str
) -> None:
    """One Regie folder under ProgramData (not Regie\\Regie, as platformdirs would make it)."""
    monkeypatch.delenv("REGIE_POLICY_FILE", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    if program_data is None:
        monkeypatch.delenv("PROGRAMDATA", raising=False)
    else:
        monkeypatch.setenv("PROGRAMDATA", program_data)
    # Built on Linux, the path mixes separators; read as a Windows path it must be the expected one.
    assert PureWindowsPath(str(policy_path())) == PureWindowsPath(expected)


def test_the_env_wins_over_the_platform_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("REGIE_POLICY_FILE", str(tmp_path / "p.json"))
    assert policy_path() == tmp_path / "p.json"


def test_all_keys_are_read_and_unknown_keys_ignored(tmp_path: Path) -> None:
    path = write(
        tmp_path / "policy.json",
        {
            "_uitleg": "commentaar",
            "max_auto_lock_minutes": 10,
            "central_url": " https://regie.gemeente.example/api ",
            "ca_file": "C:\\Regie\\ca.pem",
            "team": "Wijkteam Noord",
            "gemeente": " Gemeente Utrecht ",
            "logo_file": str(write(tmp_path / "logo.svg", "<svg/>")),
            "werkgebied": "3611; 3550-3599, 3500-3560",
            "instrument": "zrm-regio-10",
            "toekomstige_sleutel": True,
        },
    )
    assert load_policy(path, no_registry) == Policy(
        max_auto_lock_minutes=10,
        central_url="https://regie.gemeente.example/api",
        ca_file="C:\\Regie\\ca.pem",
        team="Wijkteam Noord",
        gemeente="Gemeente Utrecht",
        logo_file=tmp_path / "logo.svg",
        werkgebied=(PostcodeRange(3500, 3599), PostcodeRange(3611, 3611)),
        instrument="zrm-regio-10",
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
        ("gemeente", ""),
        ("gemeente", 7),
        ("werkgebied", "3500-35"),
        ("werkgebied", "3599-3500"),
        ("werkgebied", " , "),
        ("werkgebied", 3500),
        ("instrument", "  "),
        ("instrument", {"id": "zrm-2017"}),
        ("logo_file", ""),
        ("logo_file", 12),
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


def test_a_missing_logo_is_a_dutch_warning_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.json", {"gemeente": "Gemeente Utrecht", "logo_file": str(tmp_path / "weg.png")})
    policy = load_policy(path, no_registry)
    assert policy.logo_file is None
    assert policy.gemeente == "Gemeente Utrecht", "the rest of the policy still holds"
    (warning,) = policy.warnings
    assert "logo" in warning and "bestaat niet of kan niet worden gelezen" in warning and "weg.png" in warning


def test_a_folder_or_unreadable_file_as_logo_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "map.png").mkdir()
    assert load_policy(write(tmp_path / "p.json", {"logo_file": str(tmp_path / "map.png")}), no_registry).warnings
    if os.name == "posix" and os.geteuid() != 0:  # root reads everything
        locked = tmp_path / "geheim.png"
        locked.write_bytes(b"\x89PNG")
        locked.chmod(0)
        policy = load_policy(write(tmp_path / "p.json", {"logo_file": str(locked)}), no_registry)
        assert policy.logo_file is None and len(policy.warnings) == 1


def test_a_relative_logo_path_counts_from_the_policy_folder(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    policy = load_policy(write(tmp_path / "policy.json", {"logo_file": "logo.png"}), no_registry)
    assert (policy.logo_file, policy.warnings) == (tmp_path / "logo.png", ())


def test_the_registry_can_set_the_new_keys(tmp_path: Path) -> None:
    path = write(tmp_path / "policy.json", {"werkgebied": "1000-1099", "instrument": "zrm-2017"})
    policy = load_policy(
        path, lambda: {"werkgebied": "3500-3599", "gemeente": "Gemeente Zeist", "instrument": "zrm-regio-10"}
    )
    assert policy.werkgebied == (PostcodeRange(3500, 3599),)
    assert (policy.gemeente, policy.instrument, policy.warnings) == ("Gemeente Zeist", "zrm-regio-10", ())


def test_the_instrument_is_not_checked_against_the_catalog_here(tmp_path: Path) -> None:
    """policy.py is read before the unlock screen: an unknown id is kept; the app layer decides (lazily)."""
    policy = load_policy(write(tmp_path / "policy.json", {"instrument": "bestaat-niet"}), no_registry)
    assert (policy.instrument, policy.warnings) == ("bestaat-niet", ())


def test_organisation_gives_name_and_logo(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    policy = Policy(gemeente="Gemeente Utrecht", logo_file=logo, team="Noord")
    assert organisation(policy) == Organisation(gemeente="Gemeente Utrecht", logo_file=logo)
    assert organisation(Policy()) == Organisation(gemeente=None, logo_file=None)


def test_current_policy_is_read_once_until_reset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "policy.json", {"team": "Eerst"})
    monkeypatch.setenv("REGIE_POLICY_FILE", str(path))
    reset_policy_cache()
    assert current_policy().team == "Eerst"
    write(path, {"team": "Daarna"})
    assert current_policy().team == "Eerst", "one policy per process: every part enforces the same values"
    assert current_policy() is current_policy()
    reset_policy_cache()
    assert current_policy().team == "Daarna"
    assert organisation().gemeente is None


def test_every_key_is_documented_in_the_template_and_the_readme() -> None:
    template = json.loads((ROOT / "packaging" / "policy.example.json").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    explained = " ".join(template["_uitleg"])
    for key in KEYS:
        assert f"{key}:" in explained, key
        assert f"| `{key}` |" in readme, key
