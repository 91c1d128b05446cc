"""Traject figures (issue #9): opening the timeline of a casus, and a 5 MB attachment from the encrypted store to
its first page rendered by QtPdf.

``timeline_open_ms``: the median of opening the Tijdlijn tab's view on a casus (a logged read of the twelve steps,
their events and deadlines, then the table filled) in a workspace of 200 demo households. ``attachment_open_ms``:
the median of reading the provider's 5 MB PDF out of the SQLCipher database, loading it into QtPdf from a QBuffer
and rendering page 1 at screen size.
"""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument

from regie_desktop.app.bijlagen import attach_pdf, read_bijlage
from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.workspace_service import WorkspaceService
from tests.app.factories import TODAY
from tests.app.traject_support import pdf_with_text, signed_dossier
from tests.ui.gui_support import FakeDialogs
from ui.traject.timeline_view import TimelineView

RUNS = 15
TIMELINE_BUDGET_MS = 100
ATTACHMENT_BUDGET_MS = 500


@pytest.fixture
def traject_workspace(service: WorkspaceService) -> tuple[WorkspaceService, str]:
    fill_demo_data(service, 200, seed=11)
    d = signed_dossier(service)
    return service, d.casus_id


def test_timeline_open_ms(qtbot, traject_workspace, bench_results) -> None:
    service, casus_id = traject_workspace
    view = TimelineView(service, FakeDialogs())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    timings = []
    for _ in range(RUNS):
        view.clear()
        started = time.perf_counter()
        view.show_casus(casus_id)
        timings.append((time.perf_counter() - started) * 1000)
    assert view.table.rowCount() == 12
    median = statistics.median(timings)
    bench_results["timeline_open_ms"] = median
    assert median <= TIMELINE_BUDGET_MS


def test_attachment_open_ms(qtbot, service: WorkspaceService, bench_results) -> None:
    d = signed_dossier(service)
    data = pdf_with_text("Ondersteuningsplan van de aanbieder", pages=4, padding=2_500_000)
    assert 4_900_000 < len(data) < 5_300_000
    with service.unit_of_work() as (session, actor):
        bijlage_id = attach_pdf(session, actor, d.casus_id, data, TODAY)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        with service.unit_of_work() as (session, actor):
            stored = read_bijlage(session, actor, bijlage_id)
        buffer = QBuffer()
        buffer.setData(QByteArray(stored))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        image = document.render(0, QSize(794, 1123))
        timings.append((time.perf_counter() - started) * 1000)
        assert document.status() == QPdfDocument.Status.Ready and not image.isNull()
        document.close()
        buffer.close()
    median = statistics.median(timings)
    bench_results["attachment_open_ms"] = median
    assert median <= ATTACHMENT_BUDGET_MS
