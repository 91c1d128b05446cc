"""The one seam for native dialogs: printing, saving and message boxes.

Production uses QPrintDialog, QFileDialog and QMessageBox; tests hand the GUI a fake with the same methods, so
a test never has to click a native dialog or block on a modal one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

PRINT_DPI_LIMIT = 300
"""PDF pages are rasterised for the printer at most at this resolution: sharp on paper, a few MB per page."""


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

    def save_file_name(self, parent: QWidget | None, title: str, suggested_name: str, name_filter: str) -> Path | None:
        """Ask where to save, starting in the worker's documents folder; None when cancelled.

        A typed name without extension gets the suggested name's; the dialog itself asks before an existing
        file is replaced.
        """
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(parent, title, folder, name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(Path(suggested_name).suffix.lstrip("."))
        dialog.selectFile(suggested_name)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def open_file_name(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        """Ask which file to open, starting in the worker's documents folder; None when cancelled."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(parent, title, folder, name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def print_pdf(self, parent: QWidget | None, title: str, data: bytes) -> bool:
        """Ask for a printer and print the PDF ``data`` page by page; False when the worker cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("DialogSeam", "Afdrukken"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return print_pdf_pages(printer, data)


def print_plain_text(printer: QPrinter, text: str) -> None:
    """Lay ``text`` out in a 12 pt fixed-width font and send it to ``printer`` (also a PDF printer)."""
    document = QTextDocument()
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(12)
    font.setStyleHint(QFont.StyleHint.Monospace)
    document.setDefaultFont(font)
    document.setPlainText(text)
    document.print_(printer)


def print_pdf_pages(printer: QPrinter, data: bytes) -> bool:
    """Draw every page of the PDF ``data`` (or the range chosen in the dialog) onto ``printer``.

    The PDF is read from memory (a QBuffer), never from a temporary file: it holds personal data. False when
    the bytes are not a readable PDF or the printer cannot be opened.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            return False
        first, last = 0, document.pageCount() - 1
        if printer.fromPage() > 0:
            first = min(printer.fromPage() - 1, last)
            last = min(max(printer.toPage() - 1, first), last)
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            for page in range(first, last + 1):
                if page > first:
                    printer.newPage()
                points = document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(page, size)
                scaled = size.scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(target.topLeft(), scaled.toSizeF()), image)
        finally:
            painter.end()
        return True
    finally:
        document.close()
        buffer.close()
