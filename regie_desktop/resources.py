"""Where the data files in ``resources/`` are: beside the package in a checkout, inside the bundle when frozen.

``REGIE_RESOURCES`` points elsewhere (a team's own instrument or rules files, or tests).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    env = os.environ.get("REGIE_RESOURCES")
    if env:
        return Path(env)
    return bundled_resource()


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def bundled_resource(*parts: str) -> Path:
    """A file that ships with Regie itself (icons, translations): not redirected by ``REGIE_RESOURCES``,
    which is meant for a team's own instrument and rules files."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) / "resources" if frozen_root else Path(__file__).resolve().parent.parent / "resources"
    return root.joinpath(*parts)
