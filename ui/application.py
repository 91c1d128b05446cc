"""The QApplication as Regie wants it: names, icon, Dutch locale and the interface language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui.icons import icon
from ui.translations import DEFAULT_LANGUAGE, install_language

APP_NAME = "Regie"
ORGANISATION = "Regie"


def create_application(argv: Sequence[str], language: str = DEFAULT_LANGUAGE) -> QApplication:
    """The one QApplication of the process (reused when one exists, as under pytest-qt)."""
    existing = QApplication.instance()
    if existing is None:
        # Fractional Windows scales (125 %, 150 %) render at their true size instead of rounding to 1x or 2x.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setWindowIcon(icon("regie"))
    # The controller decides when Regie ends: while locked no window may be visible for a moment.
    app.setQuitOnLastWindowClosed(False)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    install_language(app, language)
    return app
