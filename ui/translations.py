"""The interface language: Dutch is the source language, English comes from ``resources/i18n/regie_en.qm``.

Texts the core produces (error messages, deadline descriptions) stay Dutch: they are the terms of the
domain, shown the same in the CLI and on paper. Fase and spoed names do follow the language (``ui.labels``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from regie_desktop.resources import bundled_resource

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


def translation_file(language: str) -> str:
    return str(bundled_resource("i18n", f"regie_{language}.qm"))


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (an unknown code means Dutch); returns them, installed."""
    installed: list[QTranslator] = []
    if language == "en":
        own = QTranslator(app)
        if own.load(translation_file("en")):
            installed.append(own)
    else:
        qt_texts = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_texts.load(QLocale(QLocale.Language.Dutch), "qtbase", "_", folder):
            installed.append(qt_texts)  # "Annuleren" instead of "Cancel" in Qt's own dialogs
    for translator in installed:
        app.installTranslator(translator)
    return installed
