"""The traject page on a second laptop shows the ondersteuningsplan another laptop attached, once it has synced."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import Engine

from regie_desktop.app.bijlagen import attach_pdf
from regie_desktop.app.sync import sync_now
from regie_desktop.app.workspace_service import WorkspaceService
from tests.app.factories import TODAY
from tests.app.traject_support import pdf_with_text, signed_dossier
from tests.sync.test_attachments import NO_SLEEP, Recording, factory
from tests.ui.gui_support import FakeDialogs, child
from ui.traject.traject_page import TrajectPage


@pytest.fixture
def page_on_bram(
    qtbot,
    laptops: tuple[WorkspaceService, WorkspaceService],
) -> Iterator[tuple[WorkspaceService, WorkspaceService, TrajectPage, list[str]]]:
    anna, bram = laptops
    traject = TrajectPage(bram, FakeDialogs())
    errors: list[str] = []
    traject.sig_error.connect(errors.append)
    qtbot.addWidget(traject)
    traject.resize(1100, 800)
    traject.show()
    yield anna, bram, traject, errors


def test_the_traject_page_on_the_other_laptop_opens_the_synced_attachment(
    page_on_bram: tuple[WorkspaceService, WorkspaceService, TrajectPage, list[str]], central_engine: Engine
) -> None:
    anna, bram, traject, errors = page_on_bram
    d = signed_dossier(anna)
    data = pdf_with_text("Ondersteuningsplan van de aanbieder", pages=3, padding=350_000)
    with anna.unit_of_work() as (session, actor):
        attach_pdf(session, actor, d.casus_id, data, TODAY)
    with pytest.raises(Exception, match="niet bereikbaar"):  # the metadata goes up, the content not yet
        sync_now(anna, client_factory=factory(Recording(dies_after=0)), **NO_SLEEP)  # type: ignore[arg-type]
    sync_now(bram)

    traject.open(d.casus_id)
    assert not errors, errors
    status = child(traject, QLabel, "bijlage_status")
    assert "volgende synchronisatie opgehaald" in status.text()
    assert traject.aanbieder.pdf_document.pageCount() == 0

    sync_now(anna)
    sync_now(bram)
    traject.clear()
    traject.open(d.casus_id)
    assert not errors, errors
    assert traject.aanbieder.pdf_document.pageCount() == 3  # shown by QtPdf, from the bytes that came down
    assert "3 pagina's" in status.text()
