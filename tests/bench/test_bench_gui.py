"""Desktop-application figures (issue: the desktop application): startup, caseload filter, opening a casus.

Startup runs in child processes (``tests.bench.gui_startup_probe``) under the offscreen platform; the other
figures drive the real widgets on the shared workspace of 1,000 demo households (``conftest.big``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.bench.conftest import HOUSEHOLDS, PASSPHRASE
from tests.bench.gui_startup_probe import PAINTED
from ui.main_window import MainWindow
from ui.models.caseload_model import COL_NAAM, HUISHOUDEN_ROLE

REPO = Path(__file__).resolve().parents[2]
STARTUP_RUNS = 5


@pytest.fixture(scope="module")
def window(qapp: QApplication, big: WorkspaceService) -> Iterator[MainWindow]:
    """The main window on the big workspace, shown, on the caseload page."""
    win = MainWindow(big)
    win.refresh()
    win.show()
    win.set_current_row(1)
    QApplication.processEvents()
    assert win.current_page is not None and win.current_page.objectName() == "caseload_page"
    yield win
    win.clear_views()
    win.hide()
    win.deleteLater()
    QApplication.processEvents()


def _startup_s(mode: str, home: Path) -> float:
    """Wall time from starting ``python -m tests.bench.gui_startup_probe mode`` to its first-paint line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REGIE_HOME": str(home)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.gui_startup_probe", mode],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(60, proc.kill)  # a child stuck in a modal error dialog must not hang the run
    watchdog.start()
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        _, err = proc.communicate()
    finally:
        watchdog.cancel()
    assert line.strip() == PAINTED, f"{mode} probe did not report a paint (exit {proc.returncode}): {err}"
    assert proc.returncode == 0, err
    return elapsed


def test_startup_to_unlock_s(tmp_path: Path, bench_results: dict[str, float]) -> None:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Bench Werker", PASSPHRASE)
    svc.close()  # the child takes the single-instance lock
    _startup_s("bare", home)  # warm the file cache for both, untimed
    _startup_s("regie", home)
    regie, bare = [], []
    for _ in range(STARTUP_RUNS):  # alternating, so drift hits both alike
        bare.append(_startup_s("bare", home))
        regie.append(_startup_s("regie", home))
    startup = statistics.median(regie)
    baseline = statistics.median(bare)
    bench_results["startup_to_unlock_s"] = startup
    bench_results["startup_bare_qt_s"] = baseline
    bench_results["startup_ratio"] = startup / baseline
    assert startup <= 1.5
    assert startup / baseline <= 2.5


def test_caseload_filter_ms(qtbot, window: MainWindow, bench_results: dict[str, float]) -> None:
    search = window.findChild(QLineEdit, "caseload_filter")
    table = window.findChild(QTableView, "caseload_table")
    assert search is not None and table is not None
    model = table.model()
    total = model.rowCount(QModelIndex())
    assert total >= HOUSEHOLDS * 0.9, f"only {total} casussen in the caseload"
    names = [str(model.index(r, COL_NAAM).data()) for r in range(0, total, total // 4)][:4]
    words = [n.replace(" (spoed)", "").split()[-1].lower()[:5] for n in names]
    timings = []
    for word in words:
        search.clear()
        QApplication.processEvents()
        for char in word:
            start = time.perf_counter()
            qtbot.keyClick(search, char)  # textChanged → the proxy re-filters synchronously
            QApplication.processEvents()  # and the table lays out and repaints
            timings.append((time.perf_counter() - start) * 1000)
        assert search.text() == word
        assert 0 < model.rowCount(QModelIndex()) < total
    search.clear()
    QApplication.processEvents()
    ms = statistics.median(timings)
    bench_results["caseload_filter_ms"] = ms
    assert len(timings) >= 15
    assert ms <= 50


def test_open_casus_ms(qtbot, window: MainWindow, bench_results: dict[str, float]) -> None:
    table = window.findChild(QTableView, "caseload_table")
    assert table is not None
    model = table.model()
    total = model.rowCount(QModelIndex())
    timings = []
    for row in range(0, total, total // 15)[:15]:
        index = model.index(row, COL_NAAM)
        expected = str(index.data(HUISHOUDEN_ROLE))
        table.setFocus()
        table.setCurrentIndex(index)
        QApplication.processEvents()
        start = time.perf_counter()
        qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on a row: sig_open_casus → the household page
        QApplication.processEvents()  # laid out and painted
        timings.append((time.perf_counter() - start) * 1000)
        assert window.current_page is not None and window.current_page.objectName() == "household_page"
        assert window.open_household_id() is not None and window.open_household_id()[1] == expected
        title = window.findChild(QLabel, "household_title")
        assert title is not None and title.text()
        window.set_current_row(1)  # back to the caseload, untimed
        QApplication.processEvents()
    ms = statistics.median(timings)
    bench_results["open_casus_ms"] = ms
    assert len(timings) == 15
    assert ms <= 150
