"""Where a workspace lives: ``REGIE_HOME`` or the platform's per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Regie"


def default_home() -> Path:
    env = os.environ.get("REGIE_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
