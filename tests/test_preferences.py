"""The worker's preferences file: defaults, round trip, and never a crash on a damaged or foreign file."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from regie_desktop.errors import RegieError
from regie_desktop.preferences import (
    FILE_NAME,
    PREFERENCES_VERSION,
    Preferences,
    Theme,
    load_preferences,
    preferences_path,
    save_preferences,
)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("REGIE_CONFIG_HOME", str(folder))
    return folder


def test_defaults() -> None:
    prefs = Preferences()
    assert (prefs.version, prefs.auto_lock_minutes, prefs.theme, prefs.font_size_pt) == (1, 5, Theme.LICHT, 10)


def test_missing_file_gives_defaults_and_writes_nothing(config_home: Path) -> None:
    assert load_preferences() == Preferences()
    assert not config_home.exists()


def test_env_chooses_the_folder(config_home: Path) -> None:
    assert preferences_path() == config_home.resolve() / FILE_NAME


def test_round_trip_creates_the_folder_and_writes_versioned_json(config_home: Path) -> None:
    prefs = Preferences(auto_lock_minutes=15, theme=Theme.HOOG_CONTRAST, font_size_pt=14, language="en")
    save_preferences(prefs)
    assert load_preferences() == prefs
    stored = json.loads((config_home / FILE_NAME).read_text(encoding="utf-8"))
    assert stored == {
        "version": PREFERENCES_VERSION,
        "auto_lock_minutes": 15,
        "theme": "hoog_contrast",
        "font_size_pt": 14,
        "language": "en",
    }
    assert [p.name for p in config_home.iterdir()] == [FILE_NAME], "no temporary file left behind"


@pytest.mark.parametrize(
    "field, value",
    [
        ("auto_lock_minutes", 0),
        ("auto_lock_minutes", 61),
        ("font_size_pt", 7),
        ("font_size_pt", 21),
        ("theme", "donker"),
        ("language", "fr"),
        ("auto_lock_minutes", "5"),
        ("auto_lock_minutes", True),
    ],
)
def test_out_of_range_values_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValueError):
        Preferences.from_mapping({field: value})


def test_the_object_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Preferences().auto_lock_minutes = 30  # type: ignore[misc]


@pytest.mark.parametrize(
    "content",
    [b"{ dit is geen json", b"", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'"licht"', b"null"],
    ids=["broken-json", "empty", "not-utf8", "list", "string", "null"],
)
def test_a_damaged_file_gives_defaults_and_is_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    assert load_preferences(path) == Preferences()
    assert path.read_bytes() == content, "not overwritten until the worker saves"


@pytest.mark.parametrize("version", [2, 0, "1", None])
def test_an_unknown_version_gives_defaults_and_is_left_alone(tmp_path: Path, version: object) -> None:
    path = tmp_path / FILE_NAME
    text = json.dumps({"version": version, "auto_lock_minutes": 30, "theme": "hoog_contrast", "font_size_pt": 16})
    path.write_text(text, encoding="utf-8")
    assert load_preferences(path) == Preferences()
    assert path.read_text(encoding="utf-8") == text


def test_a_file_without_version_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_text(json.dumps({"auto_lock_minutes": 30}), encoding="utf-8")
    assert load_preferences(path) == Preferences()


def test_one_bad_value_falls_back_alone_and_unknown_keys_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_text(
        json.dumps({"version": 1, "auto_lock_minutes": 30, "theme": "paars", "font_size_pt": 99, "later": "x"}),
        encoding="utf-8",
    )
    assert load_preferences(path) == Preferences(auto_lock_minutes=30)


def test_saving_into_an_unwritable_place_is_a_dutch_error(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map", encoding="utf-8")
    with pytest.raises(RegieError) as refused:
        save_preferences(Preferences(), blocker / "sub" / FILE_NAME)
    assert "niet worden opgeslagen" in refused.value.message
    assert blocker.read_text(encoding="utf-8") == "geen map"
