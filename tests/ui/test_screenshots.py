"""``python -m ui.screenshots`` renders every screen of the first issue into PNG files."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from ui.screenshots import render


@pytest.mark.slow
def test_render_writes_one_png_per_screen(qapp, tmp_path):
    written = render(tmp_path)
    assert {p.name for p in written} >= {
        "first_start.png",
        "unlock.png",
        "main_window.png",
        "recovery_key.png",
        "vandaag.png",
        "caseload.png",
        "household.png",
        "wachtlijst.png",
        "aanmelding.png",
    }
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 400 and image.height() >= 200, path.name
