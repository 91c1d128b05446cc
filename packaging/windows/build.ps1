<#
.SYNOPSIS
  Build Regie's Windows bundle and MSI on a Windows build machine.

.DESCRIPTION
  Steps (run from any folder; the script works in the repository root):
    1. A clean virtual environment with Python 3.11 (x64) and Regie with the [package] extra (PyInstaller).
    2. regie.ico from resources\icons\regie.svg (packaging\make_icon.py into build\; the spec and the MSI use it).
    3. PyInstaller: packaging\regie.spec -> dist\regie\ (regie-gui.exe, regie.exe, _internal\).
    4. A smoke test of the bundle: regie.exe --self-test must exit 0.
    5. WiX 3: heat harvests dist\regie into component group BundleFiles, candle compiles it with
       packaging\windows\regie.wxs (Wixl=0: WiX 3 writes the component conditions and secure properties
       itself), light links dist\regie-<version>.msi.

  Needs: Python 3.11 x64 (py launcher), WiX Toolset 3.14 (heat, candle, light on PATH or in WIX env var).
  Sign the executables and the MSI afterwards with the organisation's code-signing certificate (signtool).

  Silent install by IT, with the organisation's settings as machine policy (HKLM\SOFTWARE\Policies\Regie):
    msiexec /i dist\regie-0.1.0.msi /qn REGIE_CENTRAL_URL=https://regie.gemeente.example/api REGIE_TEAM="Wijkteam Noord"
  Upgrade: install the newer MSI the same way (MajorUpgrade replaces the old version).
  Uninstall: msiexec /x dist\regie-0.1.0.msi /qn  (the workers' workspaces in %LOCALAPPDATA%\Regie stay).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#>
[CmdletBinding()]
param(
    [string]$Python = "py -3.11",
    [string]$Venv = ".venv-win"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    Write-Host "== $What"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

# 1. Environment
Invoke-Checked "virtual environment" { Invoke-Expression "$Python -m venv $Venv" }
$Py = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked "upgrade pip" { & $Py -m pip install --quiet --upgrade pip }
Invoke-Checked "install Regie with the [package] extra" { & $Py -m pip install --quiet -e ".[package]" }
$Version = (& $Py -c "from importlib.metadata import version; print(version('regie'))").Trim()
Write-Host "Regie $Version"

# 2. Icon for the executables, the Start menu and "Apps & features"
Invoke-Checked "regie.ico" { & $Py packaging\make_icon.py build\regie.ico }

# 3. Bundle
Invoke-Checked "PyInstaller bundle" {
    & $Py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\regie.spec
}

# 4. Smoke test of the bundle
Invoke-Checked "self-test of the bundle" { & dist\regie\regie.exe --self-test }

# 5. MSI with WiX 3
$Wix = if ($env:WIX) { Join-Path $env:WIX "bin" } else { "" }
function Wix([string]$Tool) { if ($Wix) { Join-Path $Wix "$Tool.exe" } else { "$Tool.exe" } }
New-Item -ItemType Directory -Force build\wix | Out-Null
Invoke-Checked "heat (harvest dist\regie)" {
    & (Wix heat) dir dist\regie -nologo -cg BundleFiles -dr INSTALLDIR -srd -sreg -ag -scom -var var.BundleDir `
        -out build\wix\bundle.wxs
}
Invoke-Checked "candle" {
    & (Wix candle) -nologo -arch x64 -dWixl=0 "-dVersion=$Version" -dBundleDir=dist\regie -dWin64=yes `
        -dIconFile=build\regie.ico `
        -out build\wix\ packaging\windows\regie.wxs build\wix\bundle.wxs
}
Invoke-Checked "light" {
    & (Wix light) -nologo -spdb -out "dist\regie-$Version.msi" build\wix\regie.wixobj build\wix\bundle.wixobj
}
Write-Host "MSI: dist\regie-$Version.msi"
