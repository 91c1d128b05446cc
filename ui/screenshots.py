"""Render the main screens into PNG files: ``python -m ui.screenshots OUTDIR``.

Uses a throw-away workspace in a temporary folder with synthetic demo data (never real people). Runs on
the offscreen platform unless QT_QPA_PLATFORM says otherwise, so it works without a display (CI).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit, QTableView, QWidget

from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.workspace_service import WorkspaceService
from ui.application import create_application
from ui.dialogs import DialogSeam
from ui.first_start_wizard import FirstStartWizard
from ui.main_window import MainWindow
from ui.models.caseload_model import CASUS_ROLE, HUISHOUDEN_ROLE
from ui.recover_dialog import RecoverDialog
from ui.unlock_dialog import UnlockDialog

DEMO_WORKER = "Sanne de Vries"  # fictitious
DEMO_TEAM = "Wijkteam Noord"
DEMO_PASSPHRASE = "boterham-fiets-regen-42"  # noqa: S105 - a throw-away demo workspace
DEMO_HOUSEHOLDS = 30


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, outdir: Path, name: str) -> Path:
    widget.show()
    _settle()
    path = outdir / name
    if not widget.grab().save(str(path)):
        raise OSError(f"Kon {path} niet schrijven.")
    return path


def _field(parent: QWidget, name: str) -> QLineEdit:
    found = parent.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def _fill_aanmelding(window: QWidget) -> None:
    """Synthetic input that shows the inline BSN message and the spoed banner (never a real person)."""
    for name, text in (
        ("voornamen_field_0", "Fatima"),
        ("achternaam_field_0", "Zwartkruis"),
        ("geboortedatum_field_0", "14-02-1988"),
        ("bsn_field_0", "123456789"),
        ("telefoon_field_0", "06-12345678"),
        ("straat_field", "Lindelaan"),
        ("huisnummer_field", "12"),
        ("postcode_field", "1234 AB"),
        ("woonplaats_field", "Zwolle"),
    ):
        field = _field(window, name)
        field.setText(text)
        field.editingFinished.emit()
    hulpvraag = window.findChild(QPlainTextEdit, "hulpvraag_field")
    assert hulpvraag is not None
    hulpvraag.setPlainText("Achterstand met de huur; de verhuurder dreigt met ontruiming.")
    spoed = window.findChild(QCheckBox, "spoed_dreigende_ontruiming")
    assert spoed is not None
    spoed.setChecked(True)


def _wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _render_first_start(service: WorkspaceService, dialogs: DialogSeam, outdir: Path) -> list[Path]:
    """Every page of the first-start wizard; pressing Volgende on the passphrase page creates the workspace."""
    wizard = FirstStartWizard(service, dialogs)
    written = [_save(wizard, outdir, "first_start.png")]
    wizard.next()
    _field(wizard, "name_field").setText(DEMO_WORKER)
    _field(wizard, "team_field").setText(DEMO_TEAM)
    written.append(_save(wizard, outdir, "first_start_name.png"))
    wizard.next()
    _field(wizard, "passphrase_field").setText("zomer2024")  # shows the meter explaining a refusal
    written.append(_save(wizard, outdir, "first_start_passphrase.png"))
    _field(wizard, "passphrase_field").setText(DEMO_PASSPHRASE)
    _field(wizard, "passphrase_repeat_field").setText(DEMO_PASSPHRASE)
    written.append(_save(wizard, outdir, "first_start_ready.png"))
    wizard.next()
    _wait_until(lambda: wizard.workspace_created)  # made on the background worker
    assert wizard.workspace_created, "Volgende on the passphrase page creates the workspace"
    written.append(_save(wizard, outdir, "recovery_key.png"))
    saved = wizard.findChild(QCheckBox, "saved_checkbox")
    assert saved is not None
    saved.setChecked(True)
    wizard.next()
    written.append(_save(wizard, outdir, "first_start_instrument.png"))
    wizard.next()
    written.append(_save(wizard, outdir, "first_start_done.png"))
    wizard.accept()
    wizard.deleteLater()
    return written


def render(outdir: Path) -> list[Path]:
    """Create a temporary workspace, walk through the screens and save one PNG per screen."""
    outdir.mkdir(parents=True, exist_ok=True)
    dialogs = DialogSeam()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="regie-screenshots-") as tmp:
        service = WorkspaceService(home=Path(tmp) / "werkruimte")
        service.acquire()
        try:
            written.extend(_render_first_start(service, dialogs, outdir))

            fill_demo_data(service, DEMO_HOUSEHOLDS, seed=1)
            service.lock()

            unlock = UnlockDialog(service, dialogs)
            written.append(_save(unlock, outdir, "unlock.png"))
            recover = RecoverDialog(service, unlock)
            written.append(_save(recover, outdir, "recover.png"))
            recover.reject()
            unlock.reject()
            unlock.deleteLater()

            service.unlock(DEMO_PASSPHRASE)
            window = MainWindow(service)
            window.refresh()
            window.resize(1280, 760)
            written.append(_save(window, outdir, "main_window.png"))
            written.append(_save(window, outdir, "vandaag.png"))
            window.set_current_row(1)
            written.append(_save(window, outdir, "caseload.png"))
            window.set_current_row(2)
            written.append(_save(window, outdir, "wachtlijst.png"))
            window.set_current_row(1)
            table = window.findChild(QTableView, "caseload_table")
            assert table is not None
            first = table.model().index(0, 0)
            window.open_casus(str(first.data(CASUS_ROLE)), str(first.data(HUISHOUDEN_ROLE)))
            written.append(_save(window, outdir, "household.png"))
            window.show_aanmelding()
            _fill_aanmelding(window)
            written.append(_save(window, outdir, "aanmelding.png"))
            window.clear_views()
            window.hide()
            window.deleteLater()
        finally:
            service.close()
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__)
    parser.add_argument("outdir", type=Path, help="map voor de PNG-bestanden")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application([sys.argv[0]])
    for path in render(args.outdir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
