"""The production print path, minus the native dialog: the recovery key text reaches a (PDF) printer."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter

from ui.dialogs import print_plain_text


def test_plain_text_prints_to_a_pdf(qapp, tmp_path):
    target = tmp_path / "herstelsleutel.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    print_plain_text(printer, "Herstelsleutel Regie\n\nABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567\n")
    assert target.read_bytes().startswith(b"%PDF")
