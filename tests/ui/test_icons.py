"""Icons: every file loads, and a selected row gets a light version so the icon stays visible on the highlight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ui.icons import ICON_NAMES, icon


def _inked_colours(pixmap) -> set[tuple[int, int, int]]:
    image = pixmap.toImage()
    colours = set()
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                colours.add((colour.red(), colour.green(), colour.blue()))
    return colours


@pytest.mark.parametrize("name", sorted(ICON_NAMES))
def test_every_icon_renders_sharp_at_double_scale(qapp, name) -> None:
    pixmap = icon(name).pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.width() == 48, "rendered for the screen's scale, not blown up from 24 px"
    assert _inked_colours(pixmap), "the drawing is not empty"


def test_a_selected_line_icon_is_drawn_in_white(qapp) -> None:
    normal = _inked_colours(icon("caseload").pixmap(QSize(32, 32)))
    selected = _inked_colours(icon("caseload").pixmap(QSize(32, 32), QIcon.Mode.Selected))
    assert (29, 79, 115) in normal
    assert selected == {(255, 255, 255)}


def test_an_unknown_icon_name_is_an_error(qapp) -> None:
    with pytest.raises(KeyError):
        icon("bestaat-niet")
