"""The Windows installer definition, built with msitools' wixl from packaging/windows/regie.wxs, table by table.

The MSI here wraps a small stand-in bundle (the file names of a Windows bundle); test_bundle builds one over
the real Linux bundle too. Needs wixl and msitools (``apt-get install wixl msitools``; .ci/run installs them).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from regie_desktop import __version__
from regie_desktop.policy import KEYS, REGISTRY_KEY

ROOT = Path(__file__).resolve().parents[2]
WXS = ROOT / "packaging" / "windows" / "regie.wxs"
HKLM = "2"  # msidbRegistryRootLocalMachine
# msiexec property -> (policy value it writes, suffix of its Save/RestoreCommandLine actions)
POLICY_PROPERTIES = {
    "REGIE_CENTRAL_URL": ("central_url", "CentralUrl"),
    "REGIE_TEAM": ("team", "Team"),
    "REGIE_GEMEENTE": ("gemeente", "Gemeente"),
    "REGIE_WERKGEBIED": ("werkgebied", "Werkgebied"),
    "REGIE_INSTRUMENT": ("instrument", "Instrument"),
}
BUNDLE_FILES = ("regie-gui.exe", "regie.exe", "_internal/python311.dll", "_internal/resources/icons/regie.svg")


def _require_msitools() -> None:
    missing = [tool for tool in ("wixl", "wixl-heat", "msiinfo", "msibuild") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed: apt-get install wixl msitools (.ci/run does this as root)")


def build_msi(bundle: Path, dist: Path) -> Path:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "msi", "--dist", str(dist)],
        check=True,
        capture_output=True,
        text=True,
    )
    (msi,) = dist.glob("regie-*.msi")
    return msi


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """Rows of one MSI table via ``msiinfo export`` (names, types and key lines first, then tab-separated rows)."""
    # msiinfo writes the streams of binary columns (the Icon table) into the working folder: keep it beside the MSI.
    out = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True, cwd=msi.parent
    ).stdout
    lines = out.rstrip("\r\n").split("\r\n") if "\r\n" in out else out.rstrip("\n").split("\n")
    columns = lines[0].split("\t")
    return [dict(zip(columns, line.split("\t"), strict=False)) for line in lines[3:]]


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require_msitools()
    dist = tmp_path_factory.mktemp("msi")
    for name in BUNDLE_FILES:
        path = dist / "regie" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"stand-in for " + name.encode())
    return build_msi(dist / "regie", dist)


def _properties(msi: Path) -> dict[str, str]:
    return {row["Property"]: row["Value"] for row in table(msi, "Property")}


def test_per_machine_install(msi: Path) -> None:
    assert _properties(msi)["ALLUSERS"] == "1"
    (install_dir,) = [r for r in table(msi, "Directory") if r["Directory"] == "INSTALLDIR"]
    assert install_dir["Directory_Parent"] == "ProgramFiles64Folder" and install_dir["DefaultDir"] == "Regie"
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True, check=True).stdout
    assert "Template: x64;" in summary


def test_upgrade_code_is_fixed_and_major_upgrades_replace_older_versions(
    msi: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    code = re.search(r'UpgradeCode = "([0-9A-F-]{36})"', WXS.read_text(encoding="utf-8"))
    assert code is not None
    props = _properties(msi)
    assert props["UpgradeCode"] == "{" + code.group(1) + "}"
    assert props["ProductVersion"] == __version__
    upgrades = table(msi, "Upgrade")
    assert {r["UpgradeCode"] for r in upgrades} == {props["UpgradeCode"]}
    assert {r["ActionProperty"] for r in upgrades} == {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}
    actions = {r["Action"] for r in table(msi, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= actions
    # A second build is a new product (new ProductCode) in the same upgrade family.
    dist = tmp_path_factory.mktemp("msi-again")
    shutil.copytree(msi.parent / "regie", dist / "regie")
    again = _properties(build_msi(dist / "regie", dist))
    assert again["UpgradeCode"] == props["UpgradeCode"]
    assert again["ProductCode"] != props["ProductCode"]


def test_the_command_line_properties_become_machine_policy_values(msi: Path) -> None:
    secure = _properties(msi)["SecureCustomProperties"].split(";")
    assert set(POLICY_PROPERTIES) <= set(secure)
    policy_rows = {r["Name"]: r for r in table(msi, "Registry") if r["Key"] == REGISTRY_KEY}
    assert set(policy_rows) == {name for name, _suffix in POLICY_PROPERTIES.values()}
    assert set(policy_rows) <= set(KEYS), "policy.py must read every value the installer writes"
    assert {r["Root"] for r in policy_rows.values()} == {HKLM}
    components = {r["Component"]: r for r in table(msi, "Component")}
    for prop, (name, _suffix) in POLICY_PROPERTIES.items():
        assert policy_rows[name]["Value"] == f"[{prop}]"
        # Written only when given on the command line: an empty value would be an invalid policy setting.
        assert components[policy_rows[name]["Component_"]]["Condition"] == prop
    features = {r["Component_"] for r in table(msi, "FeatureComponents")}
    assert {r["Component_"] for r in policy_rows.values()} <= features


def test_start_menu_shortcut_starts_the_gui(msi: Path) -> None:
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Name"] == "Regie"
    assert shortcut["Target"] == "[INSTALLDIR]regie-gui.exe"
    assert shortcut["Icon_"] == "regie.ico"
    (icon,) = table(msi, "Icon")
    assert icon["Name"] == "regie.ico"
    assert _properties(msi)["ARPPRODUCTICON"] == "regie.ico"  # the icon in "Apps & features"
    files = {r["FileName"] for r in table(msi, "File")}
    assert {"regie-gui.exe", "regie.exe", "python311.dll", "regie.svg"} <= files


def test_uninstall_leaves_the_workspace_alone(msi: Path) -> None:
    """The workspace is in %LOCALAPPDATA%\\Regie: the MSI knows no per-user folder and removes no extra files."""
    directories = {r["Directory"] for r in table(msi, "Directory")}
    assert not directories & {"LocalAppDataFolder", "AppDataFolder", "PersonalFolder", "CommonAppDataFolder"}
    assert table(msi, "RemoveFile") == []
    # The only custom actions set properties (type 51): no script or program runs during (un)install.
    assert {int(r["Type"]) & 0x3F for r in table(msi, "CustomAction")} == {51}


def test_an_upgrade_keeps_the_policy_unless_the_command_line_gives_new_values(msi: Path) -> None:
    """AppSearch reads the values the previous version wrote; a value on the msiexec command line still wins."""
    searches = {r["Property"]: r["Signature_"] for r in table(msi, "AppSearch")}
    locators = {r["Signature_"]: r for r in table(msi, "RegLocator")}
    for prop, (name, _suffix) in POLICY_PROPERTIES.items():
        locator = locators[searches[prop]]
        assert (locator["Root"], locator["Key"], locator["Name"]) == (HKLM, REGISTRY_KEY, name)
        assert int(locator["Type"]) == 2 | 16  # raw value, 64-bit registry view
    actions = {r["Action"]: r for r in table(msi, "CustomAction")}
    for sequence in ("InstallExecuteSequence", "InstallUISequence"):
        steps = {r["Action"]: r for r in table(msi, sequence)}
        for prop, (_name, suffix) in POLICY_PROPERTIES.items():
            saved = "CMDLINE_" + prop.removeprefix("REGIE_")
            save, restore = f"SaveCommandLine{suffix}", f"RestoreCommandLine{suffix}"
            assert (actions[save]["Source"], actions[save]["Target"]) == (saved, f"[{prop}]")
            assert (actions[restore]["Source"], actions[restore]["Target"]) == (prop, f"[{saved}]")
            order = [int(steps[a]["Sequence"]) for a in (save, "AppSearch", restore)]
            assert order == sorted(order), (sequence, order)
            assert steps[restore]["Condition"] == saved
