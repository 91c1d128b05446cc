"""Small look-and-feel helpers shared by dialogs and pages (no widgets of its own)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from regie_desktop.preferences import Theme
from regie_desktop.resources import bundled_resource

ERROR_STYLE = "color: #a4000f;"  # dark red: readable on white and on the usual light grey window colour


def error_label(object_name: str, accessible_name: str) -> QLabel:
    """A red, word-wrapped label for a Dutch error message; hidden while it has no text."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setAccessibleName(accessible_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str) -> None:
    """Set ``text`` on ``label`` and show the label only when there is something to say."""
    label.setText(text)
    label.setVisible(bool(text))


def heading_font(base: QFont, step: float = 1.4) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * step)
    font.setBold(True)
    return font


def monospace_font(point_size: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    return font


Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# Calm and light, yet dark text on light ground everywhere (about 15:1), so it survives a washed-out projector.
LICHT_COLOURS = {
    Role.Window: "#eef0f3",
    Role.WindowText: "#14181f",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f3f5f8",
    Role.Text: "#14181f",
    Role.PlaceholderText: "#545b66",
    Role.Button: "#e3e7ec",
    Role.ButtonText: "#14181f",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#1d4f91",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#0b4ea2",
    Role.LinkVisited: "#5b2a91",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#14181f",
}
LICHT_DISABLED = "#5c636e"

HOOG_CONTRAST_COLOURS = {
    Role.Window: "#ffffff",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#ffffff",
    Role.Text: "#000000",
    Role.PlaceholderText: "#333333",
    Role.Button: "#ffffff",
    Role.ButtonText: "#000000",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#000000",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#0000c0",
    Role.LinkVisited: "#0000c0",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#000000",
}
HOOG_CONTRAST_DISABLED = "#4d4d4d"


def theme_palette(theme: Theme) -> QPalette:
    """The palette of a theme: the same colours active and inactive, greyer (still readable) when disabled."""
    colours, disabled = (
        (HOOG_CONTRAST_COLOURS, HOOG_CONTRAST_DISABLED)
        if theme is Theme.HOOG_CONTRAST
        else (LICHT_COLOURS, LICHT_DISABLED)
    )
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


@cache
def high_contrast_style_sheet() -> str:
    """Black frames and thick focus outlines, which Fusion cannot draw from a palette alone.

    A bundle without ``resources/style`` still starts: the black-on-white palette alone, with thin outlines.
    """
    folder = bundled_resource("style")
    try:
        sheet = (folder / "hoog_contrast.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    return sheet.replace("@STYLE@", folder.as_posix())


def apply_theme(app: QApplication, theme: Theme, font_size_pt: int) -> None:
    """Give the whole application the theme's colours and the font size; also switches at run time."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # the native Windows styles ignore much of the palette; Fusion follows it everywhere
    app.setPalette(theme_palette(theme))
    font = QFont(app.font())
    font.setPointSize(font_size_pt)
    app.setFont(font)
    app.setStyleSheet(high_contrast_style_sheet() if theme is Theme.HOOG_CONTRAST else "")
