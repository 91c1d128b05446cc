"""The PyInstaller bundle and its .deb: installed into a throwaway root, run from there without the venv.

The bundle is built once and cached under build/bundle-test/ (tests/packaging/bundle_support.py): a fresh
build takes about two to three minutes on two cores, a cached run seconds. Skipped, with the reason, when
PyInstaller (the ``[package]`` extra) or dpkg-deb is missing.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from regie_desktop import __version__
from tests.packaging.bundle_support import (
    PASSPHRASE,
    ROOT,
    SIZE_BUDGET_MB,
    Built,
    build_or_reuse,
    bundle_mb,
    clean_env,
    run_bundled,
)

pytestmark = pytest.mark.slow

UNUSED_QT = re.compile(r"Qt6?(WebEngine|3D|Quick|Qml|Multimedia|DataVisualization|Designer|Bluetooth|Location)")


@pytest.fixture(scope="session")
def built() -> Built:
    return build_or_reuse()


@pytest.fixture(scope="session")
def root(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb unpacked into an empty root, as dpkg would install it."""
    target = tmp_path_factory.mktemp("debroot")
    subprocess.run(["dpkg-deb", "-x", str(built.deb), str(target)], check=True)
    return target


@pytest.fixture
def login(tmp_path: Path) -> Path:
    """A home folder for a user who has never run Regie; programs run from here, outside the checkout."""
    home = tmp_path / "gebruiker"
    home.mkdir()
    return home


def _program(root: Path, name: str) -> Path:
    link = root / "usr" / "bin" / name
    assert link.is_symlink()
    target = os.readlink(link)
    assert target == f"/opt/regie/{name}"
    return root / target.lstrip("/")


def test_the_deb_installs_under_opt_with_commands_desktop_entry_and_icon(built: Built, root: Path) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(built.deb), "Package", "Version", "Architecture", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: regie\n" in fields and f"Version: {__version__}\n" in fields
    assert "libc6" in fields
    for name in ("regie", "regie-gui"):
        program = _program(root, name)
        assert program.is_file() and os.access(program, os.X_OK)
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(root / "usr" / "share" / "applications" / "regie.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Regie"
    assert entry["Exec"] == "/opt/regie/regie-gui" and entry["Terminal"] == "false"
    assert entry["Icon"] == "regie"
    icon = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "regie.svg"
    assert icon.read_bytes().lstrip().startswith((b"<svg", b"<?xml"))
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(root / "usr/share/applications/regie.desktop")],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout + check.stderr
    listing = subprocess.run(["dpkg-deb", "-c", str(built.deb)], capture_output=True, text=True, check=True).stdout
    assert "root/root" in listing and "./home/" not in listing  # nothing per user: the workspace is not in the package


def test_the_bundled_self_test_passes_without_python_from_the_venv(root: Path, login: Path) -> None:
    env = clean_env(login, REGIE_HOME=str(login / ".local" / "share" / "Regie"))
    result = run_bundled(_program(root, "regie"), ["--self-test"], env, cwd=login)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "Uitvoering:    bundel (geïnstalleerd programma)" in out
    assert "[OK] SQLCipher: versie 4." in out
    assert "[OK] Bestanden van Regie: instrumenten: positieve-gezondheid, zrm-2017, zrm-regio-10" in out
    assert "[OK] Werkmap: ~/.local/share/Regie: nog geen werkruimte" in out
    assert str(login) not in out
    assert not (login / ".local" / "share" / "Regie").exists()
    version = run_bundled(_program(root, "regie"), ["--version"], env, cwd=login)
    assert version.stdout.strip() == f"Regie {__version__}"


def test_the_bundled_gui_self_test_finds_every_qt_part_the_screens_use(root: Path, login: Path) -> None:
    env = clean_env(login, REGIE_HOME=str(login / "ws"), QT_QPA_PLATFORM="offscreen")
    result = run_bundled(_program(root, "regie-gui"), ["--self-test"], env, cwd=login, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    for line in ("[OK] Qt-platform:", "[OK] SVG (pictogrammen):", "[OK] PDF-weergave:", "[OK] Grafieken (ZRM):"):
        assert line in result.stdout


def test_the_bundled_self_test_exits_one_on_a_broken_policy(root: Path, login: Path) -> None:
    policy = login / "policy.json"
    policy.write_text("{kapot", encoding="utf-8")
    env = clean_env(login, REGIE_HOME=str(login / "ws"), REGIE_POLICY_FILE=str(policy))
    result = run_bundled(_program(root, "regie"), ["--self-test"], env, cwd=login)
    assert result.returncode == 1
    assert "[FOUT] Beleid van de organisatie" in result.stdout


def test_the_bundled_gui_starts_offscreen_to_first_start_and_to_unlock(root: Path, login: Path) -> None:
    """A short GUI smoke from the bundle: the first-start wizard on a new machine, the unlock screen after set-up."""
    env = clean_env(login, REGIE_HOME=str(login / "ws"), REGIE_STARTUP_PROBE="1")
    first = run_bundled(_program(root, "regie-gui"), [], env, cwd=login, timeout=60)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "painted first_start_wizard"

    cli_env = clean_env(login, REGIE_HOME=str(login / "ws"), REGIE_PASSPHRASE=PASSPHRASE)
    made = run_bundled(_program(root, "regie"), ["init", "--naam", "Bundel Werker"], cli_env, cwd=login)
    assert made.returncode == 0, made.stderr
    # Faker's Dutch locale and the migrations must be in the bundle too.
    demo = run_bundled(_program(root, "regie"), ["demo-data", "--households", "3"], cli_env, cwd=login)
    assert demo.returncode == 0, demo.stderr
    status = run_bundled(_program(root, "regie"), ["status", "--json"], cli_env, cwd=login)
    assert status.returncode == 0 and '"huishouden": 3' in status.stdout

    again = run_bundled(_program(root, "regie-gui"), [], env, cwd=login, timeout=60)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "painted unlock_dialog"


def test_the_bundle_fits_the_size_budget_and_leaves_unused_qt_out(built: Built) -> None:
    size = bundle_mb(built.bundle)
    assert size <= SIZE_BUDGET_MB, f"bundle is {size:.0f} MB"
    names = [p.name for p in built.bundle.rglob("*")]
    assert not [n for n in names if UNUSED_QT.search(n)]
    internal = built.bundle / "_internal"
    assert list((internal / "sqlcipher3").glob("_sqlite3*.so")), "SQLCipher (inside sqlcipher3) is missing"
    shipped = sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir())
    assert {"instruments", "rules", "gesprek", "icons", "style", "i18n"} <= set(shipped)
    for folder in shipped:
        assert any((internal / "resources" / folder).iterdir()), folder
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "imageformats/libqsvg.so",
        "printsupport/libcupsprintersupport.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    assert (internal / "regie_desktop" / "store" / "migrations" / "versions" / "0001_initial.py").is_file()


# Libraries a desktop has but this build machine may lack, with the Debian package that brings each.
SYSTEM_LIBRARIES = {
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
}


def test_every_bundled_library_finds_its_dependencies(built: Built) -> None:
    """What the bundle leaves out is either on this machine or named in the .deb's Depends/Recommends."""
    internal = built.bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    missing: dict[str, list[str]] = {}
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        gone = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if gone:
            missing[str(path.relative_to(internal))] = gone
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(built.deb), "Depends", "Recommends"], capture_output=True, text=True, check=True
    ).stdout
    declared = set(re.findall(r"[a-z0-9][a-z0-9.+-]+", fields))
    unknown = {so for libs in missing.values() for so in libs if SYSTEM_LIBRARIES.get(so) not in declared}
    assert unknown == set(), {k: v for k, v in missing.items() if set(v) & unknown}


def test_the_msi_builds_over_the_real_bundle(built: Built, tmp_path: Path) -> None:
    from tests.packaging.test_msi import _require_msitools, build_msi, table

    _require_msitools()
    dist = tmp_path / "dist"
    shutil.copytree(built.bundle, dist / "regie", symlinks=True)
    msi = build_msi(dist / "regie", dist)
    files = [p for p in (dist / "regie").rglob("*") if p.is_file() and not p.is_symlink()]
    assert len(table(msi, "File")) == len(files)
    assert msi.stat().st_size < 0.6 * sum(p.stat().st_size for p in files)  # compressed into the embedded cabinet
