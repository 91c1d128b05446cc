"""The one seam for native dialogs: printing and message boxes.

Production uses QPrintDialog and QMessageBox; tests hand the GUI a fake with the same methods, so a test
never has to click a native dialog or block on a modal one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


class DialogSeam:
    """Shows message boxes and prints plain text; replace it with a fake in tests."""

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def critical(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask a yes/no question; True when the worker answers "Ja" (the default button is "Nee")."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask for a printer and print ``text`` in a fixed-width font; False when the worker cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("DialogSeam", "Afdrukken"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_plain_text(printer, text)
        return True


def print_plain_text(printer: QPrinter, text: str) -> None:
    """Lay ``text`` out in a 12 pt fixed-width font and send it to ``printer`` (also a PDF printer)."""
    document = QTextDocument()
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(12)
    font.setStyleHint(QFont.StyleHint.Monospace)
    document.setDefaultFont(font)
    document.setPlainText(text)
    document.print_(printer)
