"""The layering is a checked contract: `make test` fails when it is broken, not only CI's lint step."""

import os
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


def test_unlock_screen_path_leaves_the_database_stack_unloaded(tmp_path: Path) -> None:
    """Start-up to the unlock screen is a measured figure; loading SQLAlchemy or the main window there costs it."""
    code = (
        "import sys\n"
        "from ui.controller import build_app_flow\n"
        "from ui.main import prepare\n"
        "started = prepare(sys.argv)\n"
        "flow = build_app_flow(started.service, started.dialogs)\n"
        "heavy = ('sqlalchemy', 'sqlcipher3', 'alembic', 'ui.main_window', 'regie_desktop.store.models',\n"
        "         'pydantic', 'zxcvbn', 'cryptography', 'ui.first_start_wizard', 'ui.recover_dialog')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "started.service.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REGIE_HOME": str(tmp_path / "werkruimte")}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"
