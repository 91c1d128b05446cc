"""``regie --self-test``: what the report says, that it holds no personal data, and its exit codes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from regie_desktop import __version__
from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.cli import main as cli_main
from regie_desktop.selftest import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Status,
    check_server,
    check_workspace_folder,
    components,
    core_checks,
    redact_home,
    regie_licence,
    run_self_test,
)

ROOT = Path(__file__).resolve().parents[2]


def _write_policy(path: Path, **values: object) -> Path:
    path.write_text(json.dumps(values), encoding="utf-8")
    return path


def _by_name(report_checks, name: str):
    (check,) = [c for c in report_checks if c.name == name]
    return check


class _InfoHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status = 200 if self.path.endswith("/v1/info") else 404
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"server": "regie-central"}')

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def central_url() -> Iterator[str]:
    """A real HTTP server on localhost that answers /v1/info like the central store."""
    server = HTTPServer(("127.0.0.1", 0), _InfoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api"
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api"  # nothing listens there once the socket is closed


def test_a_healthy_machine_reports_every_check_and_exits_zero(home: Path) -> None:
    report = run_self_test(home=home)
    text = report.text()
    assert report.ok and report.exit_code == EXIT_OK
    assert [c.name for c in report.checks] == [
        "SQLCipher",
        "Werkmap",
        "Bestanden van Regie",
        "Beleid van de organisatie",
        "Centrale opslag",
    ]
    sqlcipher = _by_name(report.checks, "SQLCipher")
    assert sqlcipher.status is Status.OK and "versie 4." in sqlcipher.detail and "community" in sqlcipher.detail
    assert _by_name(report.checks, "Centrale opslag").status is Status.OVERGESLAGEN
    assert "zrm-2017" in _by_name(report.checks, "Bestanden van Regie").detail
    assert f"Regie-versie:  {__version__}" in text
    assert "Uitvoering:    Python-omgeving" in text
    assert text.rstrip().endswith("Resultaat: alles in orde.")
    assert "[OK] SQLCipher: versie 4." in text
    assert not home.exists(), "the self-test must not create the workspace"


def test_the_report_holds_no_personal_data_and_leaves_no_files(
    service: WorkspaceService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fill_demo_data(service, 5, seed=3)
    monkeypatch.setenv("HOME", str(tmp_path))  # the workspace is under the home folder, as on a laptop
    names = [service.worker().naam, "Team Noord", str(tmp_path)]
    with service.unit_of_work() as (session, _actor):
        from sqlalchemy import select

        from regie_desktop.store.models import Persoon

        names += list(session.scalars(select(Persoon.achternaam)))
    before = sorted(p.name for p in service.home.iterdir())
    text = run_self_test(home=service.home).text()
    assert sorted(p.name for p in service.home.iterdir()) == before, "the write probe must be removed again"
    assert len(names) > 5
    for name in names:
        assert name not in text
    assert "~/werkruimte: werkruimte aanwezig, map schrijfbaar" in text


def test_redact_home_writes_the_home_folder_as_a_tilde(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "jansen"))
    assert redact_home(tmp_path / "jansen" / ".local" / "share" / "Regie") == "~/.local/share/Regie"
    assert redact_home(tmp_path / "jansen") == "~"
    assert redact_home(tmp_path / "jansenvandijk") == str(tmp_path / "jansenvandijk")
    assert redact_home("/opt/regie") == "/opt/regie"


def test_a_workspace_folder_that_cannot_be_written_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    check = check_workspace_folder(blocker / "werkruimte")
    assert check.status is Status.FOUT and "niet schrijfbaar" in check.detail
    assert check_workspace_folder(blocker).status is Status.FOUT  # a file where the folder should be


def test_a_corrupt_policy_file_fails_with_the_dutch_reason(_no_machine_policy: Path, home: Path) -> None:
    _no_machine_policy.write_text("{ dit is geen json", encoding="utf-8")
    report = run_self_test(home=home)
    policy = _by_name(report.checks, "Beleid van de organisatie")
    assert policy.status is Status.FOUT
    assert "geen geldig JSON-object" in policy.detail
    assert report.exit_code == EXIT_PROBLEMS
    assert "Resultaat: 1 probleem gevonden." in report.text()


def test_a_policy_with_a_reachable_server_is_reported(_no_machine_policy: Path, home: Path, central_url: str) -> None:
    _write_policy(_no_machine_policy, central_url=central_url, team="Wijkteam Zuid", max_auto_lock_minutes=3)
    checks = core_checks(home)
    policy = _by_name(checks, "Beleid van de organisatie")
    assert policy.status is Status.OK
    assert "ingesteld: max_auto_lock_minutes, central_url, team" in policy.detail
    assert "Wijkteam Zuid" in policy.detail
    server = _by_name(checks, "Centrale opslag")
    assert server.status is Status.OK
    assert server.detail == f"{central_url}/v1/info bereikbaar (HTTP 200)"


def test_a_policy_instrument_that_is_not_installed_fails(_no_machine_policy: Path, home: Path) -> None:
    _write_policy(_no_machine_policy, instrument="zrm-bestaat-niet", werkgebied="3500-3599")
    policy = _by_name(core_checks(home), "Beleid van de organisatie")
    assert policy.status is Status.FOUT
    assert "ingesteld: werkgebied, instrument" in policy.detail
    assert "'zrm-bestaat-niet' uit het beleid is niet geïnstalleerd" in policy.detail
    _write_policy(_no_machine_policy, instrument="zrm-regio-10")
    assert _by_name(core_checks(home), "Beleid van de organisatie").status is Status.OK


def test_an_unreachable_server_fails_the_self_test(_no_machine_policy: Path, home: Path, closed_port_url: str) -> None:
    _write_policy(_no_machine_policy, central_url=closed_port_url)
    report = run_self_test(home=home)
    server = _by_name(report.checks, "Centrale opslag")
    assert server.status is Status.FOUT
    assert "niet bereikbaar (ConnectError" in server.detail
    assert report.exit_code == EXIT_PROBLEMS


def test_a_missing_ca_file_and_a_server_error_fail() -> None:
    missing = check_server("https://regie.example/api", "/bestaat/niet/ca.pem")
    assert missing.status is Status.FOUT and "CA-certificaat" in missing.detail
    broken = check_server("https://regie.example/api", None, http_get=lambda url, timeout, verify: 503)
    assert broken.status is Status.FOUT and "HTTP 503" in broken.detail


def test_cli_flag_exits_zero_when_all_is_well(home: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("REGIE_HOME", str(home))
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["--self-test"])
    assert exit_info.value.code == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Regie zelftest\n") and "Resultaat: alles in orde." in out


def test_cli_flag_exits_one_on_a_problem(home: Path, monkeypatch, capsys, _no_machine_policy: Path) -> None:
    monkeypatch.setenv("REGIE_HOME", str(home))
    _write_policy(_no_machine_policy, max_auto_lock_minutes="nooit")
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["--self-test"])
    assert exit_info.value.code == EXIT_PROBLEMS
    assert "[FOUT] Beleid van de organisatie" in capsys.readouterr().out


def test_the_installed_regie_command_runs_the_self_test(tmp_path: Path, _no_machine_policy: Path) -> None:
    """The real console script, in a separate process: exit code and output as IT sees them."""
    env = {**os.environ, "REGIE_HOME": str(tmp_path / "ws"), "REGIE_POLICY_FILE": str(_no_machine_policy)}
    regie = Path(sys.executable).with_name("regie")
    ok = subprocess.run([str(regie), "--self-test"], env=env, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "[OK] SQLCipher" in ok.stdout
    _no_machine_policy.write_text("[]", encoding="utf-8")
    bad = subprocess.run([str(regie), "--self-test"], env=env, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "[FOUT] Beleid van de organisatie" in bad.stdout
    version = subprocess.run([str(regie), "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.strip() == f"Regie {__version__}"


def test_the_version_comes_from_the_package_metadata() -> None:
    """One version source: pyproject.toml, read back through importlib.metadata."""
    import tomllib
    from importlib.metadata import version

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert __version__ == version("regie") == pyproject["project"]["version"]
    assert f"## [{__version__}]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_components_carry_versions_and_licences_from_their_metadata() -> None:
    found = {c.name: c for c in components()}
    assert "LGPL-3.0" in found["Qt (PySide6 Essentials)"].licence
    assert found["Qt (PySide6 Essentials)"].version.startswith("6.")
    assert found["SQLCipher"].version.startswith("4.") and "BSD" in found["SQLCipher"].licence
    assert found["Python"].licence == "PSF-2.0" and found["Python"].version == ".".join(map(str, sys.version_info[:3]))
    assert found["cryptography"].licence == "Apache-2.0 OR BSD-3-Clause"
    assert "BSD" in found["ReportLab"].licence
    assert all(c.version != "?" for c in found.values()), [c.name for c in found.values() if c.version == "?"]
    assert regie_licence() == "EUPL-1.2"


def test_a_console_without_utf8_gets_the_report_instead_of_a_crash(tmp_path: Path, _no_machine_policy: Path) -> None:
    """Redirected to a file on Windows, stdout is cp1252: letters it lacks become '?', the report still comes."""
    env = {
        **os.environ,
        "REGIE_HOME": str(tmp_path / "Zoë Ĳsselmonde"),
        "REGIE_POLICY_FILE": str(_no_machine_policy),
        "PYTHONIOENCODING": "ascii",
    }
    regie = Path(sys.executable).with_name("regie")
    result = subprocess.run([str(regie), "--self-test"], env=env, capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    assert b"Zo? ?sselmonde" in result.stdout
    assert result.stdout.rstrip().endswith(b"Resultaat: alles in orde.")
