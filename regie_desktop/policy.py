"""Machine-wide policy set by the organisation: read-only for Regie, and it overrides the worker's preferences.

Sources, later ones winning: the JSON file at ``REGIE_POLICY_FILE`` (else ``policy.json`` in the platform's
machine-wide config folder), then on Windows the values under ``HKLM\\SOFTWARE\\Policies\\Regie`` (Group Policy).
Unknown keys are ignored; a bad value is skipped with one Dutch warning the GUI can show. Loading never raises:
a broken policy must not keep a worker out of their dossiers.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from regie_desktop.paths import APP_NAME
from regie_desktop.preferences import Preferences

FILE_NAME = "policy.json"
REGISTRY_KEY = r"SOFTWARE\Policies\Regie"
KEYS = ("max_auto_lock_minutes", "central_url", "ca_file", "team")

RegistryReader = Callable[[], Mapping[str, object]]


@dataclass(frozen=True)
class Policy:
    """The organisation's settings; ``None`` means "not set by the organisation"."""

    max_auto_lock_minutes: int | None = None
    central_url: str | None = None
    ca_file: str | None = None
    team: str | None = None
    warnings: tuple[str, ...] = field(default=())
    """Dutch sentences about values that were skipped, one per problem, fit to show as-is."""


def policy_path() -> Path:
    env = os.environ.get("REGIE_POLICY_FILE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.site_config_dir(APP_NAME, APP_NAME)) / FILE_NAME


def load_policy(path: Path | None = None, registry: RegistryReader | None = None) -> Policy:
    """The policy from the file and (on Windows) the registry; registry values win over the file."""
    warnings: list[str] = []
    values: dict[str, object] = {}
    values.update(_read_file(path or policy_path(), warnings))
    try:
        values.update((registry or _read_registry)())
    except OSError:
        warnings.append("Het beleid van uw organisatie in het Windows-register kon niet worden gelezen.")
    settings: dict[str, Any] = {}
    for key in KEYS:
        if key in values:
            parsed = _PARSERS[key](values[key])
            if parsed is None:
                warnings.append(
                    f"De instelling '{key}' in het beleid van uw organisatie is ongeldig en wordt genegeerd. "
                    "Meld dit bij de applicatiebeheerder."
                )
            else:
                settings[key] = parsed
    return Policy(**settings, warnings=tuple(warnings))


def effective_auto_lock_minutes(preferences: Preferences, policy: Policy) -> int:
    """The worker's choice, but never longer than the organisation allows."""
    cap = policy.max_auto_lock_minutes
    return preferences.auto_lock_minutes if cap is None else min(preferences.auto_lock_minutes, cap)


def _read_file(path: Path, warnings: list[str]) -> Mapping[str, object]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}  # no policy: the usual case on a private laptop
    except (OSError, UnicodeDecodeError):
        warnings.append("Het beleidsbestand van uw organisatie kon niet worden gelezen en wordt genegeerd.")
        return {}
    try:
        raw = json.loads(text)
    except ValueError:
        raw = None
    if not isinstance(raw, dict):
        warnings.append(
            "Het beleidsbestand van uw organisatie is geen geldig JSON-object en wordt genegeerd. "
            "Meld dit bij de applicatiebeheerder."
        )
        return {}
    return raw


def _read_registry() -> Mapping[str, object]:
    """Values of the Group Policy key; empty when it does not exist or off Windows."""
    if sys.platform != "win32":
        return {}
    import winreg

    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except FileNotFoundError:
        return {}
    values: dict[str, object] = {}
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:  # no more values
                break
            values[name] = value
            index += 1
    return values


def _minutes(value: object) -> int | None:
    """A whole number of at least 1; the registry may hold it as text (REG_SZ) or as a number (REG_DWORD)."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return None


def _url(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("https", "http") and parts.hostname else None


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


_PARSERS: dict[str, Callable[[object], object | None]] = {
    "max_auto_lock_minutes": _minutes,
    "central_url": _url,
    "ca_file": _text,
    "team": _text,
}
