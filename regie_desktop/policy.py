"""Machine-wide policy set by the organisation: read-only for Regie, and it overrides the worker's preferences.

Sources, later ones winning: the JSON file at ``REGIE_POLICY_FILE`` (else ``policy.json`` in the machine-wide
folder: ``%ProgramData%\\Regie`` on Windows, ``/etc/regie`` on Linux, ``/Library/Application Support/Regie`` on
macOS), then on Windows the values under ``HKLM\\SOFTWARE\\Policies\\Regie`` (Group Policy).
Unknown keys are ignored; a bad value is skipped with one Dutch warning the GUI can show. Loading never raises:
a broken policy must not keep a worker out of their dossiers.

This module is read before the unlock screen, so it stays light: no pydantic, no catalog, no database. The
werkgebied parser is imported only when the policy has a werkgebied; whether the instrument is installed is
checked where it is used (``regie_desktop.app.settings``).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from regie_desktop.preferences import Preferences

if TYPE_CHECKING:
    from regie_desktop.domain.werkgebied import PostcodeRange

FILE_NAME = "policy.json"
REGISTRY_KEY = r"SOFTWARE\Policies\Regie"
KEYS = (
    "max_auto_lock_minutes",
    "central_url",
    "ca_file",
    "team",
    "gemeente",
    "logo_file",
    "werkgebied",
    "instrument",
)

RegistryReader = Callable[[], Mapping[str, object]]


@dataclass(frozen=True)
class Policy:
    """The organisation's settings; ``None`` means "not set by the organisation"."""

    max_auto_lock_minutes: int | None = None
    central_url: str | None = None
    ca_file: str | None = None
    team: str | None = None
    gemeente: str | None = None
    """The municipality's name, for the documents."""
    logo_file: Path | None = None
    """The municipality's logo (PNG or SVG) for the documents; only kept when it is a readable file."""
    werkgebied: tuple[PostcodeRange, ...] | None = None
    """The postcode areas the team serves, merged and sorted; stronger than the team's own setting."""
    instrument: str | None = None
    """The instrument id for new casussen; not checked against the installed instruments here."""
    warnings: tuple[str, ...] = field(default=())
    """Dutch sentences about values that were skipped, one per problem, fit to show as-is."""


@dataclass(frozen=True)
class Organisation:
    """Who the organisation is, for documents and the settings dialog: both parts optional."""

    gemeente: str | None
    logo_file: Path | None


def machine_policy_path() -> Path:
    """Where IT puts ``policy.json`` on this kind of machine (the same on every machine of that kind)."""
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"  # case-insensitive on Windows
        return Path(program_data, "Regie", FILE_NAME)
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Regie", FILE_NAME)
    return Path("/etc/regie", FILE_NAME)


def policy_path() -> Path:
    """``REGIE_POLICY_FILE`` when set (tests, trials), else the machine-wide file."""
    env = os.environ.get("REGIE_POLICY_FILE")
    if env:
        return Path(env).expanduser()
    return machine_policy_path()


def load_policy(path: Path | None = None, registry: RegistryReader | None = None) -> Policy:
    """The policy from the file and (on Windows) the registry; registry values win over the file."""
    warnings: list[str] = []
    values: dict[str, object] = {}
    file = path or policy_path()
    values.update(_read_file(file, warnings))
    try:
        values.update((registry or _read_registry)())
    except OSError:
        warnings.append("Het beleid van uw organisatie in het Windows-register kon niet worden gelezen.")
    settings: dict[str, Any] = {}
    for key in KEYS:
        if key not in values:
            continue
        if key == "logo_file":
            logo = _logo(values[key], file.parent, warnings)
            if logo is not None:
                settings[key] = logo
            continue
        parsed = _PARSERS[key](values[key])
        if parsed is None:
            warnings.append(
                f"De instelling '{key}' in het beleid van uw organisatie is ongeldig en wordt genegeerd. "
                "Meld dit bij de applicatiebeheerder."
            )
        else:
            settings[key] = parsed
    return Policy(**settings, warnings=tuple(warnings))


_cache_lock = threading.Lock()
_cached: Policy | None = None


def current_policy() -> Policy:
    """The policy of this process, read once: every part of Regie then enforces the same values.

    IT changes policy between sessions; a restart of Regie reads it again.
    """
    global _cached
    with _cache_lock:
        if _cached is None:
            _cached = load_policy()
        return _cached


def reset_policy_cache() -> None:
    """Forget the policy read by ``current_policy`` (tests; the next call reads the file again)."""
    global _cached
    with _cache_lock:
        _cached = None


def organisation(policy: Policy | None = None) -> Organisation:
    """The municipality's name and logo as the organisation set them (``current_policy`` when none given)."""
    policy = current_policy() if policy is None else policy
    return Organisation(gemeente=policy.gemeente, logo_file=policy.logo_file)


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


def _werkgebied(value: object) -> tuple[PostcodeRange, ...] | None:
    """Postcode areas as the worker writes them ("3500-3599, 3611"); empty text is no werkgebied, so invalid."""
    text = _text(value)
    if text is None:
        return None
    from regie_desktop.domain.werkgebied import parse_werkgebied  # only when set: keeps start-up light
    from regie_desktop.errors import ValidationError

    try:
        return parse_werkgebied(text) or None
    except ValidationError:
        return None


def _logo(value: object, folder: Path, warnings: list[str]) -> Path | None:
    """A readable file; a relative path counts from the policy file's folder. A problem is a warning."""
    text = _text(value)
    if text is None:
        warnings.append(
            "De instelling 'logo_file' in het beleid van uw organisatie is ongeldig en wordt genegeerd. "
            "Meld dit bij de applicatiebeheerder."
        )
        return None
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = folder / path
    if not (path.is_file() and os.access(path, os.R_OK)):
        warnings.append(
            f"Het logo uit het beleid van uw organisatie ({path}) bestaat niet of kan niet worden gelezen; "
            "Regie gebruikt geen logo. Meld dit bij de applicatiebeheerder."
        )
        return None
    return path


_PARSERS: dict[str, Callable[[object], object | None]] = {
    "max_auto_lock_minutes": _minutes,
    "central_url": _url,
    "ca_file": _text,
    "team": _text,
    "gemeente": _text,
    "werkgebied": _werkgebied,
    "instrument": _text,
}
