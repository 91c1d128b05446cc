"""The worker's own preferences (auto-lock, theme, font size, language): one typed, versioned JSON file per user.

The file holds no personal data and nothing about clients, so it lives outside the encrypted workspace, in the
per-user config folder (``REGIE_CONFIG_HOME`` points elsewhere, as tests do). Reading never fails: a damaged file
or one written by a newer Regie gives the defaults and is left alone until the worker saves.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import platformdirs

from regie_desktop.errors import RegieError
from regie_desktop.paths import APP_NAME
from regie_desktop.store.atomic import write_atomic

# A plain dataclass, not pydantic: this module is read before the unlock screen shows, and importing
# pydantic there costs about a tenth of a second of Regie's measured start-up.

PREFERENCES_VERSION: Literal[1] = 1
FILE_NAME = "preferences.json"
AUTO_LOCK_MINUTES = (1, 60)
FONT_SIZES_PT = (8, 20)
LANGUAGES = ("nl", "en")


class Theme(StrEnum):
    LICHT = "licht"
    HOOG_CONTRAST = "hoog_contrast"


def _whole_number_in(value: object, bounds: tuple[int, int], name: str) -> int:
    if type(value) is not int or not bounds[0] <= value <= bounds[1]:
        raise ValueError(f"{name} must be a whole number from {bounds[0]} to {bounds[1]}")
    return value


@dataclass(frozen=True)
class Preferences:
    """What a worker can set for themselves; the machine-wide policy may cap some of it."""

    version: Literal[1] = PREFERENCES_VERSION
    auto_lock_minutes: int = 5
    theme: Theme = Theme.LICHT
    font_size_pt: int = 10
    language: str = "nl"
    """The interface language (``nl`` or ``en``); takes effect at the next start."""

    def __post_init__(self) -> None:
        if self.version != PREFERENCES_VERSION:
            raise ValueError("unknown preferences version")
        _whole_number_in(self.auto_lock_minutes, AUTO_LOCK_MINUTES, "auto_lock_minutes")
        _whole_number_in(self.font_size_pt, FONT_SIZES_PT, "font_size_pt")
        object.__setattr__(self, "theme", Theme(self.theme))  # ValueError for an unknown theme
        if self.language not in LANGUAGES:
            raise ValueError("unknown language")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Preferences:
        """Preferences from a JSON object; unknown keys are ignored, a bad value raises ``ValueError``."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_json(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "theme": self.theme.value}


def config_dir() -> Path:
    env = os.environ.get("REGIE_CONFIG_HOME")
    if env:
        return Path(env).expanduser().resolve()
    # Roaming on Windows: %APPDATA%, away from the workspace in %LOCALAPPDATA%, and preferences may follow the user.
    return Path(platformdirs.user_config_dir(APP_NAME, APP_NAME, roaming=True))


def preferences_path() -> Path:
    return config_dir() / FILE_NAME


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences; the defaults when the file is missing, damaged or from another version.

    A single bad value (a font size of 99 typed by hand) falls back on its own; the other values are kept.
    """
    try:
        raw = json.loads((path or preferences_path()).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return Preferences()
    if not isinstance(raw, dict) or raw.get("version") != PREFERENCES_VERSION:
        return Preferences()
    kept: dict[str, Any] = {}
    for name in (f.name for f in dataclasses.fields(Preferences)):
        if name in raw:
            try:
                Preferences.from_mapping({name: raw[name]})
            except ValueError:
                continue
            kept[name] = raw[name]
    return Preferences.from_mapping(kept)


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Write the preferences in one step (write-then-rename); raises ``RegieError`` with a Dutch message."""
    target = path or preferences_path()
    data = json.dumps(preferences.to_json(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data.encode("utf-8"))
    except RegieError:
        raise
    except OSError:
        raise RegieError(
            "Uw instellingen konden niet worden opgeslagen: de map met instellingen is niet beschrijfbaar. "
            "De vorige instellingen blijven gelden."
        ) from None
