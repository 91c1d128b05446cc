"""The layering is a checked contract: `make test` fails when it is broken, not only CI's lint step."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("import-linter is not installed in this environment")
    result = subprocess.run([tool], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def test_core_modules_import_without_qt() -> None:
    code = (
        "import sys, regie_desktop.cli, regie_desktop.app.demo_data;"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules), 'Qt loaded by the core'"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
