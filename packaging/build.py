"""Build Regie's installers on Linux: the PyInstaller bundle, the .deb, and an MSI with msitools' wixl.

    python packaging/build.py bundle   # dist/regie/ (one folder: regie-gui, regie, _internal/)
    python packaging/build.py deb      # dist/regie_<version>_<arch>.deb from dist/regie/
    python packaging/build.py msi      # dist/regie-<version>.msi from dist/regie/ (table checks; see below)
    python packaging/build.py all      # bundle and deb (what ``make package`` runs)

The MSI built here wraps the *Linux* bundle, so it is not for installing: it proves the WiX definition
(packaging/windows/regie.wxs) builds and yields the intended tables. Windows builds use build.ps1 with WiX 3.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "regie.spec"
WXS = PACKAGING / "windows" / "regie.wxs"
DESKTOP_FILE = PACKAGING / "linux" / "regie.desktop"
ICON = ROOT / "resources" / "icons" / "regie.svg"
POLICY_EXAMPLE = PACKAGING / "policy.example.json"
INSTALL_DIR = "opt/regie"
PROGRAMS = ("regie", "regie-gui")

# Libraries the bundle takes from the system rather than carrying them (glibc, the graphics driver stack,
# fontconfig with the system's fonts, X11/Wayland): measured with ldd over a bundle built on Debian 12.
DEB_DEPENDS = (
    "libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libfreetype6, libx11-6, libx11-xcb1, libxkbcommon0, "
    "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libwayland-cursor0, "
    "libdbus-1-3, "
    "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core"
)

# Qt's GTK theme plugin (native file dialogs on GNOME) loads only when GTK is there.
DEB_RECOMMENDS = "libgtk-3-0"

# The wixl-built MSI gets what wixl cannot express from the same .wxs (see the comments there): the
# component conditions and the secure public properties. WiX 3 on Windows writes these itself.
MSI_FIXUPS = (
    "UPDATE Component SET Condition = 'REGIE_CENTRAL_URL' WHERE Component = 'PolicyCentralUrl'",
    "UPDATE Component SET Condition = 'REGIE_TEAM' WHERE Component = 'PolicyTeam'",
    "UPDATE Component SET Condition = 'REGIE_GEMEENTE' WHERE Component = 'PolicyGemeente'",
    "UPDATE Component SET Condition = 'REGIE_WERKGEBIED' WHERE Component = 'PolicyWerkgebied'",
    "UPDATE Component SET Condition = 'REGIE_INSTRUMENT' WHERE Component = 'PolicyInstrument'",
    "UPDATE Property SET Value = 'WIX_DOWNGRADE_DETECTED;WIX_UPGRADE_DETECTED;REGIE_CENTRAL_URL;REGIE_TEAM;"
    "REGIE_GEMEENTE;REGIE_WERKGEBIED;REGIE_INSTRUMENT' WHERE Property = 'SecureCustomProperties'",
)


def tool(name: str) -> str:
    """The full path of a system program, or a clear stop naming the package that brings it."""
    path = shutil.which(name)
    if path is None:
        package = {"wixl-heat": "wixl", "msibuild": "msitools", "dpkg": "dpkg", "dpkg-deb": "dpkg"}.get(name, name)
        raise SystemExit(f"{name} is missing: apt-get install {package}")
    return path


def version() -> str:
    """Regie's version from the installed package metadata (pyproject.toml is the one source)."""
    from importlib.metadata import version as dist_version

    return dist_version("regie")


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder ``dist/regie``."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return dist / "regie"


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)


def build_deb(bundle: Path, out: Path) -> Path:
    """The .deb: the bundle under /opt/regie, regie and regie-gui on the PATH, a desktop entry and the icon."""
    if not (bundle / "regie-gui").is_file():
        raise SystemExit(f"no bundle in {bundle}: run 'python packaging/build.py bundle' first")
    deb_version = version().replace("+", "~")
    arch = subprocess.run(
        [tool("dpkg"), "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"regie_{deb_version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="regie-deb-", dir=out) as tmp:
        root = Path(tmp)
        _copy_tree(bundle, root / INSTALL_DIR)
        bin_dir = root / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        for program in PROGRAMS:
            (bin_dir / program).symlink_to(f"/{INSTALL_DIR}/{program}")
        applications = root / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        shutil.copyfile(DESKTOP_FILE, applications / "regie.desktop")
        icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
        icons.mkdir(parents=True)
        shutil.copyfile(ICON, icons / "regie.svg")
        doc = root / "usr" / "share" / "doc" / "regie"
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(
            "Regie is licensed under the EUPL-1.2. The licences of the bundled components are listed in\n"
            "Regie under Help > Over Regie, and their packages' metadata is in /opt/regie/_internal.\n",
            encoding="utf-8",
        )
        if POLICY_EXAMPLE.exists():
            shutil.copyfile(POLICY_EXAMPLE, doc / "policy.example.json")
        for path in [*root.joinpath("usr").rglob("*")]:
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() else 0o644)
        size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: regie\n"
            f"Version: {deb_version}\n"
            f"Architecture: {arch}\n"
            f"Maintainer: Regie <beheer@regie.example>\n"
            f"Installed-Size: {size_kib}\n"
            f"Depends: {DEB_DEPENDS}\n"
            f"Recommends: {DEB_RECOMMENDS}\n"
            f"Section: misc\n"
            f"Priority: optional\n"
            f"Description: Regie: versleuteld dossier voor het sociaal wijkteam\n"
            f" Keukentafelgesprek, ZRM, plan en toestemming, offline op de laptop in een versleutelde\n"
            f" database (SQLCipher). Het programma staat in /opt/regie; de werkruimte van elke gebruiker\n"
            f" staat in diens eigen map en blijft staan als het pakket wordt verwijderd.\n",
            encoding="utf-8",
        )
        subprocess.run(
            [tool("dpkg-deb"), "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def heat_fragment(bundle: Path, fragment: Path) -> None:
    """A WiX fragment with every file of the bundle in component group BundleFiles (wixl-heat)."""
    files = sorted(
        str(p.relative_to(bundle.parent)).replace(os.sep, "/")
        for p in bundle.rglob("*")
        if p.is_file() and not p.is_symlink()
    )
    result = subprocess.run(
        [
            tool("wixl-heat"),
            "--prefix",
            f"{bundle.name}/",
            "--directory-ref",
            "INSTALLDIR",
            "--component-group",
            "BundleFiles",
            "--var",
            "var.BundleDir",
            "--win64",
        ],
        input="\n".join(files) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    fragment.write_text(result.stdout, encoding="utf-8")


def build_msi(bundle: Path, out: Path) -> Path:
    """wixl over regie.wxs and a heat fragment of ``bundle``; then the fix-ups wixl cannot express."""
    for name in ("wixl", "wixl-heat", "msibuild"):
        tool(name)
    out.mkdir(parents=True, exist_ok=True)
    target = (out / f"regie-{version()}.msi").resolve()
    icon = bundle.parent / "regie.ico"  # beside the bundle: wixl takes source paths relative to its folder
    subprocess.run([sys.executable, str(PACKAGING / "make_icon.py"), str(icon)], check=True)
    with tempfile.TemporaryDirectory(prefix="regie-msi-") as tmp:
        fragment = Path(tmp) / "bundle.wxs"
        heat_fragment(bundle, fragment)
        subprocess.run(
            [
                tool("wixl"),
                "--arch",
                "x64",
                "-D",
                "Wixl=1",
                "-D",
                f"Version={version()}",
                "-D",
                "Win64=yes",
                "-D",
                f"BundleDir={bundle.name}",
                "-D",
                f"IconFile={icon.name}",
                "-o",
                str(target),
                str(WXS),
                str(fragment),
            ],
            cwd=bundle.parent,  # wixl wants relative source paths
            check=True,
        )
    fixups = [arg for query in MSI_FIXUPS for arg in ("-q", query)]
    subprocess.run([tool("msibuild"), str(target), *fixups], check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("bundle", "deb", "msi", "all"))
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    bundle = dist / "regie"
    if args.what in ("bundle", "all"):
        build_bundle(dist, args.work.resolve())
        print(f"bundle: {bundle}")
    if args.what in ("deb", "all"):
        print(f"deb:    {build_deb(bundle, dist)}")
    if args.what == "msi":
        print(f"msi:    {build_msi(bundle, dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
