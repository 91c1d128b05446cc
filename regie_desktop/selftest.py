"""``regie --self-test``: can Regie run on this machine? A report IT can paste into a ticket.

The checks here need no Qt (SQLCipher, the workspace folder, the organisation's policy, the central server if
one is configured, the bundled data files); ``ui.self_test`` adds the Qt checks for the GUI and the About dialog.
The report never holds personal data: no worker or client names, no dossier contents, and the user's home folder
is written as ``~`` because a Windows user name is often a person's name. Nothing is written to the workspace
except one empty probe file, removed at once, and the workspace is never created, opened or unlocked.
"""

from __future__ import annotations

import argparse
import os
import platform
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from importlib import metadata
from pathlib import Path
from typing import Any

from regie_desktop import __version__
from regie_desktop.paths import default_home

SERVER_TIMEOUT_S = 5.0
INFO_PATH = "/v1/info"
"""The central server's unauthenticated protocol endpoint: any answer there proves it is reachable."""

EXIT_OK = 0
EXIT_PROBLEMS = 1
MIN_SQLCIPHER_MAJOR = 4
RESOURCE_FOLDERS = ("instruments", "rules", "icons", "i18n")


class Status(StrEnum):
    OK = "OK"
    FOUT = "FOUT"
    OVERGESLAGEN = "OVERGESLAGEN"


@dataclass(frozen=True)
class Check:
    """One line of the report: what was checked, how it went, and a detail IT can act on (no personal data)."""

    name: str
    status: Status
    detail: str

    def line(self) -> str:
        return f"[{self.status.value}] {self.name}: {self.detail}"


@dataclass(frozen=True)
class SelfTestReport:
    checks: tuple[Check, ...]
    created: datetime

    @property
    def ok(self) -> bool:
        return all(check.status is not Status.FOUT for check in self.checks)

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ok else EXIT_PROBLEMS

    def text(self) -> str:
        """The whole report as plain text, ready to paste into a ticket."""
        problems = sum(check.status is Status.FOUT for check in self.checks)
        lines = [
            "Regie zelftest",
            f"Tijdstip:      {self.created.strftime('%Y-%m-%d %H:%M')} UTC",
            f"Regie-versie:  {__version__}",
            f"Uitvoering:    {'bundel (geïnstalleerd programma)' if is_frozen() else 'Python-omgeving'}",
            f"Python:        {platform.python_version()}",
            f"Systeem:       {platform.system()} {platform.release()} ({platform.machine()})",
            "",
            *(check.line() for check in self.checks),
            "",
            "Resultaat: alles in orde."
            if problems == 0
            else f"Resultaat: {problems} {'probleem' if problems == 1 else 'problemen'} gevonden.",
        ]
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Component:
    """A component Regie ships with; the licence comes from its package metadata when the package has it."""

    name: str
    distribution: str | None
    fallback_licence: str
    purpose: str


COMPONENTS: tuple[Component, ...] = (
    Component("Python", None, "PSF-2.0", "programmeertaal en standaardbibliotheek"),
    Component("Qt (PySide6 Essentials)", "PySide6_Essentials", "LGPL-3.0-only", "vensters, knoppen, afdrukken"),
    Component("Qt (PySide6 Addons)", "PySide6_Addons", "LGPL-3.0-only", "PDF-weergave"),
    Component("Shiboken6", "shiboken6", "LGPL-3.0-only", "koppeling tussen Python en Qt"),
    Component("SQLCipher", None, "BSD-3-Clause (Zetetic)", "versleutelde database"),
    Component("OpenSSL (in SQLCipher)", None, "Apache-2.0", "versleuteling van de database"),
    Component("sqlcipher3", "sqlcipher3", "Zlib", "Python-koppeling met SQLCipher"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "databasetoegang"),
    Component("Alembic", "alembic", "MIT", "database-migraties"),
    Component("Mako", "Mako", "MIT", "sjablonen voor migraties"),
    Component("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", "sleutels en handtekeningen"),
    Component("cffi", "cffi", "MIT", "koppeling met C-bibliotheken"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "PDF-documenten"),
    Component("Pillow", "pillow", "MIT-CMU", "afbeeldingen in documenten"),
    Component("pydantic", "pydantic", "MIT", "gegevenscontrole"),
    Component("pydantic-core", "pydantic_core", "MIT", "gegevenscontrole"),
    Component("platformdirs", "platformdirs", "MIT", "standaardmappen"),
    Component("filelock", "filelock", "MIT", "één Regie tegelijk per werkruimte"),
    Component("python-stdnum", "python-stdnum", "LGPL-2.1-or-later", "controle van BSN en postcode"),
    Component("zxcvbn", "zxcvbn", "MIT", "sterkte van wachtwoorden"),
    Component("holidays", "holidays", "MIT", "feestdagen voor termijnen"),
    Component("python-dateutil", "python-dateutil", "Apache-2.0 OR BSD-3-Clause", "datumrekenen"),
    Component("Faker", "Faker", "MIT", "fictieve gegevens voor oefenwerkruimtes"),
    Component("HTTPX", "httpx", "BSD-3-Clause", "verbinding met de centrale opslag"),
    Component("certifi", "certifi", "MPL-2.0", "basiscertificaten"),
)


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    version: str
    licence: str
    purpose: str


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def regie_licence() -> str:
    """Regie's own licence, from its package metadata (pyproject.toml)."""
    return _metadata_version_licence("regie")[1] or "EUPL-1.2"


def components() -> list[ComponentInfo]:
    """Name, version and licence of each bundled component, for the About dialog (versions only, no paths)."""
    result: list[ComponentInfo] = []
    try:
        cipher = _sqlcipher_pragmas()
    except Exception:  # the About dialog must open even when the self-test would fail here
        cipher = {}
    for component in COMPONENTS:
        version, licence = _metadata_version_licence(component.distribution)
        if component.name == "Python":
            version = platform.python_version()
        elif component.name == "SQLCipher":
            version = cipher.get("cipher_version", "")
        elif component.name.startswith("OpenSSL"):
            version = cipher.get("cipher_provider_version", "").removeprefix("OpenSSL ").split(" ")[0]
        result.append(
            ComponentInfo(component.name, version or "?", licence or component.fallback_licence, component.purpose)
        )
    return result


def _metadata_version_licence(distribution: str | None) -> tuple[str, str]:
    """(version, licence) from the installed package's metadata; empty strings where it says nothing useful."""
    if distribution is None:
        return "", ""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return "", ""
    fields: dict[str, Any] = dict(meta.json)
    version = str(fields.get("version") or "")
    expression = fields.get("license_expression")
    if expression:
        return version, str(expression)
    classifiers = [str(c).rsplit(" :: ", 1)[-1] for c in fields.get("classifier") or [] if "License :: " in str(c)]
    if classifiers:
        return version, " OR ".join(classifiers)
    text = str(fields.get("license") or "").strip()
    if text and "\n" not in text and len(text) <= 60 and "(" not in text:
        return version, text
    return version, ""


def _sqlcipher_pragmas() -> dict[str, str]:
    """SQLCipher's own description of itself, from a throwaway keyed database in memory."""
    import sqlcipher3  # only here: the unlock screen must not load the database stack

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        values: dict[str, str] = {}
        for pragma in ("cipher_version", "cipher_provider", "cipher_provider_version"):
            row = conn.execute(f"PRAGMA {pragma}").fetchone()
            values[pragma] = str(row[0]) if row and row[0] is not None else ""
        conn.execute("CREATE TABLE zelftest (waarde INTEGER)")
        conn.execute("INSERT INTO zelftest VALUES (42)")
        values["roundtrip"] = str(conn.execute("SELECT waarde FROM zelftest").fetchone()[0])
        return values
    finally:
        conn.close()


def redact_home(path: Path | str) -> str:
    """The path with the user's home folder written as ``~``: a user name can be a person's name."""
    text = str(path)
    home = str(Path.home())
    if home and home not in (os.sep, "") and (text == home or text.startswith(home + os.sep)):
        return "~" + text[len(home) :]
    return text


# --- the checks ------------------------------------------------------------------------------------------


def check_sqlcipher() -> Check:
    name = "SQLCipher"
    values = _sqlcipher_pragmas()
    version = values.get("cipher_version", "")
    if not version:
        return Check(name, Status.FOUT, "de databasebibliotheek is SQLite zonder versleuteling (geen cipher_version)")
    if values.get("roundtrip") != "42":
        return Check(name, Status.FOUT, f"versie {version}, maar een versleutelde testdatabase werkt niet")
    major = version.split(".", 1)[0]
    if not major.isdigit() or int(major) < MIN_SQLCIPHER_MAJOR:
        return Check(
            name, Status.FOUT, f"versie {version}; Regie heeft SQLCipher {MIN_SQLCIPHER_MAJOR} of nieuwer nodig"
        )
    provider = values.get("cipher_provider_version") or values.get("cipher_provider") or "onbekend"
    return Check(
        name, Status.OK, f"versie {version}, versleuteling door {provider}; testdatabase in het geheugen werkt"
    )


def check_workspace_folder(home: Path) -> Check:
    """Write access where the workspace is (or will be), with one empty probe file that is removed at once."""
    from regie_desktop.store.workspace import KEYFILE_NAME

    name = "Werkmap"
    shown = redact_home(home)
    if home.exists() and not home.is_dir():
        return Check(name, Status.FOUT, f"{shown} is een bestand, geen map")
    target = home
    while not target.exists():  # the workspace is made at the first start; its nearest folder must be writable
        if target.parent == target:
            return Check(name, Status.FOUT, f"{shown}: geen bestaande bovenliggende map")
        target = target.parent
    try:
        handle, probe = tempfile.mkstemp(prefix=".regie-zelftest-", dir=target)
        try:
            os.write(handle, b"")
            os.fsync(handle)
        finally:
            os.close(handle)
            os.unlink(probe)
    except OSError as exc:
        return Check(name, Status.FOUT, f"{redact_home(target)} is niet schrijfbaar ({type(exc).__name__})")
    if target != home:
        state = f"nog geen werkruimte; wordt bij de eerste start gemaakt ({redact_home(target)} is schrijfbaar)"
    elif (home / KEYFILE_NAME).exists():
        state = "werkruimte aanwezig, map schrijfbaar"
    else:
        state = "map schrijfbaar, nog geen werkruimte"
    return Check(name, Status.OK, f"{shown}: {state}")


def check_policy() -> tuple[Check, str | None, str | None]:
    """The organisation's policy parses; also returns (central_url, ca_file) for the server check."""
    from regie_desktop.policy import KEYS, load_policy, policy_path

    name = "Beleid van de organisatie"
    path = policy_path()
    policy = load_policy()
    settings = [key for key in KEYS if getattr(policy, key, None) is not None]
    source = redact_home(path) if path.exists() else f"geen beleidsbestand ({redact_home(path)})"
    if policy.warnings:
        return Check(name, Status.FOUT, f"{source}: {' '.join(policy.warnings)}"), None, None
    if not settings:
        return Check(name, Status.OK, f"{source}; niets ingesteld, de werker kiest zelf"), None, None
    detail = f"{source}; ingesteld: {', '.join(settings)}"
    if policy.team:
        detail += f" (team: {policy.team})"
    if policy.instrument is not None:
        from regie_desktop.app.catalog import instruments

        if policy.instrument not in instruments():
            problem = f"het instrument '{policy.instrument}' uit het beleid is niet geïnstalleerd"
            return Check(name, Status.FOUT, f"{detail}; {problem}"), policy.central_url, policy.ca_file
    return Check(name, Status.OK, detail), policy.central_url, policy.ca_file


HttpGet = Callable[[str, float, Any], int]
"""``(url, timeout_s, verify) -> HTTP status``; raises on a network or certificate failure."""


def _httpx_get(url: str, timeout_s: float, verify: Any) -> int:
    import httpx

    return httpx.get(url, timeout=timeout_s, verify=verify, follow_redirects=False).status_code


def check_server(central_url: str | None, ca_file: str | None, http_get: HttpGet | None = None) -> Check:
    name = "Centrale opslag"
    if not central_url:
        return Check(name, Status.OVERGESLAGEN, "geen server ingesteld in het beleid")
    url = central_url.rstrip("/") + INFO_PATH
    verify: Any = True
    if ca_file:
        if not Path(ca_file).is_file():
            return Check(name, Status.FOUT, f"het CA-certificaat {redact_home(ca_file)} ontbreekt")
        import ssl

        verify = ssl.create_default_context(cafile=ca_file)
    try:
        status = (http_get or _httpx_get)(url, SERVER_TIMEOUT_S, verify)
    except Exception as exc:  # any failure to connect is the finding itself
        reason = str(exc).splitlines()[0][:160] if str(exc) else ""
        return Check(
            name, Status.FOUT, f"{url} niet bereikbaar ({type(exc).__name__}{': ' + reason if reason else ''})"
        )
    if status >= 500:
        return Check(name, Status.FOUT, f"{url} antwoordt met een serverfout (HTTP {status})")
    return Check(name, Status.OK, f"{url} bereikbaar (HTTP {status})")


def check_resources() -> Check:
    from regie_desktop.resources import bundled_resource

    name = "Bestanden van Regie"
    missing = [folder for folder in RESOURCE_FOLDERS if not bundled_resource(folder).is_dir()]
    if missing:
        return Check(name, Status.FOUT, f"ontbrekende mappen: {', '.join(missing)}; installeer Regie opnieuw")
    instruments = sorted(
        p.stem for p in bundled_resource("instruments").glob("*.json") if p.stem != "instrument.schema"
    )
    return Check(name, Status.OK, f"instrumenten: {', '.join(instruments) or 'geen'}")


def _guarded(name: str, run: Callable[[], Check]) -> Check:
    """A check that crashes is a failed check, never a traceback in the report (the type is enough to file a bug)."""
    try:
        return run()
    except Exception as exc:
        return Check(name, Status.FOUT, f"onverwachte fout ({type(exc).__name__})")


def core_checks(home: Path | None = None, http_get: HttpGet | None = None) -> list[Check]:
    """Every check that needs no Qt, in report order."""
    checks = [
        _guarded("SQLCipher", check_sqlcipher),
        _guarded("Werkmap", lambda: check_workspace_folder(home or default_home())),
        _guarded("Bestanden van Regie", check_resources),
    ]
    central_url: str | None = None
    ca_file: str | None = None
    try:
        policy_check, central_url, ca_file = check_policy()
    except Exception as exc:
        policy_check = Check("Beleid van de organisatie", Status.FOUT, f"onverwachte fout ({type(exc).__name__})")
    checks.append(policy_check)
    checks.append(_guarded("Centrale opslag", lambda: check_server(central_url, ca_file, http_get=http_get)))
    return checks


def build_report(checks: Iterable[Check]) -> SelfTestReport:
    return SelfTestReport(tuple(checks), datetime.now(UTC))


def run_self_test(extra: Sequence[Check] = (), home: Path | None = None) -> SelfTestReport:
    """The core checks plus any the caller adds (the GUI adds its Qt checks)."""
    return build_report([*core_checks(home), *extra])


class SelfTestAction(argparse.Action):
    """``--self-test``: print the report and exit 0 (all in order) or 1, before any sub-command is needed."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "controleer of Regie op deze computer kan werken (rapport voor de helpdesk)")
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        report = run_self_test()
        text = report.text()
        encoding = sys.stdout.encoding or "utf-8"  # a report redirected to a file on Windows is cp1252
        sys.stdout.write(text.encode(encoding, errors="replace").decode(encoding))
        sys.stdout.flush()
        parser.exit(report.exit_code)
