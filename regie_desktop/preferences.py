"""The worker's own preferences (auto-lock, theme, font size): one typed, versioned JSON file per user.

The file holds no personal data and nothing about clients, so it lives outside the encrypted workspace, in the
per-user config folder (``REGIE_CONFIG_HOME`` points elsewhere, as tests do). Reading never fails: a damaged file
or one written by a newer Regie gives the defaults and is left alone until the worker saves.
"""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from regie_desktop.errors import RegieError
from regie_desktop.paths import APP_NAME
from regie_desktop.store.atomic import write_atomic

PREFERENCES_VERSION: Literal[1] = 1
FILE_NAME = "preferences.json"
AUTO_LOCK_MINUTES = (1, 60)
FONT_SIZES_PT = (8, 20)


class Theme(StrEnum):
    LICHT = "licht"
    HOOG_CONTRAST = "hoog_contrast"


class Preferences(BaseModel):
    """What a worker can set for themselves; the machine-wide policy may cap some of it."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    version: Literal[1] = PREFERENCES_VERSION
    auto_lock_minutes: int = Field(default=5, ge=AUTO_LOCK_MINUTES[0], le=AUTO_LOCK_MINUTES[1], strict=True)
    theme: Theme = Theme.LICHT
    font_size_pt: int = Field(default=10, ge=FONT_SIZES_PT[0], le=FONT_SIZES_PT[1], strict=True)


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
    for name in Preferences.model_fields:
        if name in raw:
            try:
                Preferences.model_validate({name: raw[name]})
            except ValidationError:
                continue
            kept[name] = raw[name]
    return Preferences.model_validate(kept)


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Write the preferences in one step (write-then-rename); raises ``RegieError`` with a Dutch message."""
    target = path or preferences_path()
    data = json.dumps(preferences.model_dump(mode="json"), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
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
