"""The QApplication as Regie wants it: names, Dutch locale and Qt's own Dutch texts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

APP_NAME = "Regie"
ORGANISATION = "Regie"


def create_application(argv: Sequence[str]) -> QApplication:
    """The one QApplication of the process (reused when one exists, as under pytest-qt)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    # The controller decides when Regie ends: while locked no window may be visible for a moment.
    app.setQuitOnLastWindowClosed(False)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Dutch), "qtbase", "_", folder):
        app.installTranslator(translator)  # "Annuleren" instead of "Cancel" in Qt's own dialogs
    return app
