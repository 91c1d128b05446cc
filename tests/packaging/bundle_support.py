"""Build the bundle and the .deb once, cached under build/bundle-test/, for the packaging tests and benchmarks.

The cache key is a digest of everything that goes into the bundle (sources, resources, packaging files,
pyproject.toml and the PyInstaller version), so a second run with nothing changed costs a few seconds
(a fresh build takes about two minutes on two cores).
Programs from the bundle run with a clean environment (no virtualenv, no PYTHONPATH), in a folder outside
the checkout, so they prove the bundle works without Python on the machine.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "bundle-test"
SOURCES = ("regie_desktop", "ui", "resources", "packaging")
SIZE_BUDGET_MB = 250
PASSPHRASE = "boterham-fiets-regen-42"
STALE_S = 30 * 60


@dataclass(frozen=True)
class Built:
    bundle: Path
    deb: Path


def source_digest() -> str:
    import PyInstaller

    digest = hashlib.sha256(f"pyinstaller {PyInstaller.__version__}\n".encode())
    files = [ROOT / "pyproject.toml"]
    for folder in SOURCES:
        files += [p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_or_reuse() -> Built:
    """The cached bundle and .deb, built first when the sources changed; skips when the tools are missing.

    Each source digest has its own folder, filled under a lock and renamed into place when complete, so test
    runs in parallel (on different sources) never see a half-built or replaced bundle. Folders unused for
    half an hour are removed.
    """
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("PyInstaller is not installed: pip install -e '.[package]' (or run 'make package-test')")
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed: the .deb cannot be built on this machine")
    digest = source_digest()[:16]
    target = CACHE / digest
    CACHE.mkdir(parents=True, exist_ok=True)
    with FileLock(str(CACHE / f"{digest}.lock")):
        if not target.is_dir():
            building = CACHE / f"{digest}.building"
            shutil.rmtree(building, ignore_errors=True)
            result = subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "packaging" / "build.py"),
                    "all",
                    "--dist",
                    str(building / "dist"),
                    "--work",
                    str(building / "work"),
                ],
                cwd=ROOT,
                check=False,
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                pytest.fail(f"building the bundle failed (exit {result.returncode}):\n{result.stderr[-4000:]}")
            shutil.rmtree(building / "work")
            building.rename(target)
        os.utime(target)  # in use: not stale
    _remove_stale(keep=target)
    debs = sorted((target / "dist").glob("regie_*.deb"))
    assert len(debs) == 1, debs
    return Built(target / "dist" / "regie", debs[0])


def _remove_stale(keep: Path) -> None:
    now = time.time()
    for path in CACHE.iterdir():
        if path != keep and path.is_dir() and now - path.stat().st_mtime > STALE_S:
            shutil.rmtree(path, ignore_errors=True)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment like a fresh login: system PATH only, own HOME, no Python variables, no REGIE_* leaking."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "REGIE_POLICY_FILE": str(home / "geen-beleid.json"),
        "REGIE_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(extra)
    return env


def bundle_mb(bundle: Path) -> float:
    total = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def run_bundled(program: Path, args: list[str], env: dict[str, str], cwd: Path, timeout: float = 120):
    assert os.access(program, os.X_OK), program
    return subprocess.run([str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
