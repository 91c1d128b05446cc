"""``make screenshots`` also pictures the plan documents: page 1 of each, rendered from memory with QtPdf."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from regie_desktop.app.workspace_service import WorkspaceService
from ui.screenshots import PLAN_PDF_DPI, render_plan_pdfs


def _ink(image: QImage) -> int:
    """How many sampled pixels are not white: a blank page has none."""
    return sum(
        1
        for y in range(0, image.height(), 7)
        for x in range(0, image.width(), 7)
        if QColor(image.pixel(x, y)).lightness() < 200
    )


def test_plan_pdf_pictures_show_a_page_of_each_document(qapp, service: WorkspaceService, tmp_path: Path) -> None:
    written = render_plan_pdfs(service, tmp_path)
    assert [p.name for p in written] == [
        "plan_pdf_volledig.png",
        "plan_pdf_aanbieder.png",
        "plan_pdf_ontvangstbewijs.png",
    ]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix) == sorted(p.name for p in written)  # no PDF on disk
    for path in written:
        image = QImage(str(path))
        assert image.width() == round(595.28 * PLAN_PDF_DPI / 72), path.name  # A4 at the chosen resolution
        assert _ink(image) > 200, path.name
