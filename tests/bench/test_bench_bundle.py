"""Installer figures (issue: installers for municipal machines): the bundle's size and its start-up time.

``bundle_startup_to_unlock_s`` is the wall time from starting the bundled ``regie-gui`` (unpacked from the .deb,
clean environment, offscreen) to the first paint of its unlock screen, reported by the bundle's own startup
probe (``REGIE_STARTUP_PROBE=1``, see packaging/entry_regie_gui.py). The bundle is the cached one of the
packaging tests (tests/packaging/bundle_support.py).
"""

from __future__ import annotations

import statistics
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.packaging.bundle_support import (
    PASSPHRASE,
    SIZE_BUDGET_MB,
    build_or_reuse,
    bundle_mb,
    clean_env,
    run_bundled,
)

STARTUP_RUNS = 5
STARTUP_BUDGET_S = 2.0


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(bundle folder, unpacked root of the .deb)."""
    built = build_or_reuse()
    root = tmp_path_factory.mktemp("debroot")
    subprocess.run(["dpkg-deb", "-x", str(built.deb), str(root)], check=True)
    return built.bundle, root


def test_bundle_mb(installed: tuple[Path, Path], bench_results: dict[str, float]) -> None:
    size = bundle_mb(installed[0])
    bench_results["bundle_mb"] = size
    assert size <= SIZE_BUDGET_MB


def _startup_s(gui: Path, env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([str(gui)], env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(60, proc.kill)
    watchdog.start()
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        _, err = proc.communicate()
    finally:
        watchdog.cancel()
    assert line.strip() == "painted unlock_dialog", f"no unlock screen (exit {proc.returncode}): {err}"
    return elapsed


def test_bundle_startup_to_unlock_s(
    installed: tuple[Path, Path], tmp_path: Path, bench_results: dict[str, float]
) -> None:
    _bundle, root = installed
    home = tmp_path / "gebruiker"
    home.mkdir()
    cli_env = clean_env(home, REGIE_HOME=str(home / "ws"), REGIE_PASSPHRASE=PASSPHRASE)
    made = run_bundled(root / "opt" / "regie" / "regie", ["init", "--naam", "Bench Werker"], cli_env, cwd=home)
    assert made.returncode == 0, made.stderr
    env = clean_env(home, REGIE_HOME=str(home / "ws"), REGIE_STARTUP_PROBE="1")
    gui = root / "opt" / "regie" / "regie-gui"
    _startup_s(gui, env, home)  # warm the file cache, untimed
    startup = statistics.median(_startup_s(gui, env, home) for _ in range(STARTUP_RUNS))
    bench_results["bundle_startup_to_unlock_s"] = startup
    assert startup <= STARTUP_BUDGET_S
