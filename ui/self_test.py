"""The Qt half of the self-test: platform plugin, fonts with Dutch diacritics, SVG and PDF support.

``regie_desktop.selftest`` checks what needs no Qt; ``gui_self_test`` puts both in one report for
``regie-gui --self-test`` and the "Zelftest" button of the About dialog. Every check runs on the GUI thread
and needs a ``QApplication``; none of them shows a window or touches the workspace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImageReader, QRawFont

from regie_desktop.resources import bundled_resource
from regie_desktop.selftest import Check, SelfTestReport, Status, build_report, core_checks

DUTCH_CHARACTERS = "éëèêïöüóáàçĳ€"
"""Letters a Dutch name or address can hold (Ruïne, Ĳsselstein, Hélène), and the euro sign."""


def check_platform_plugin() -> Check:
    name = "Qt-platform"
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return Check(name, Status.FOUT, "geen Qt-toepassing gestart")
    platform = QGuiApplication.platformName()
    if not platform:
        return Check(name, Status.FOUT, "geen platform-plugin geladen")
    return Check(name, Status.OK, f"Qt {qVersion()}, platform-plugin '{platform}'")


def check_fonts() -> Check:
    """The interface font can draw every Dutch letter; a missing glyph shows as a box in a client's name."""
    name = "Lettertypen"
    families = QFontDatabase.families()
    if not families:
        return Check(name, Status.FOUT, "geen lettertypen gevonden; installeer een lettertype (bijv. DejaVu Sans)")
    font = QGuiApplication.font()
    raw = QRawFont.fromFont(font)
    missing = [ch for ch in DUTCH_CHARACTERS if not raw.isValid() or not raw.supportsCharacter(ord(ch))]
    shown = raw.familyName() if raw.isValid() else font.family()
    if missing:
        # Qt may still borrow the glyph from another font; only when none has it is it a real problem.
        unsupported = [ch for ch in missing if not _any_family_supports(families, ch)]
        if unsupported:
            return Check(name, Status.FOUT, f"'{shown}' en geen ander lettertype kan {''.join(unsupported)} tonen")
    return Check(name, Status.OK, f"'{shown}', {len(families)} families; {DUTCH_CHARACTERS} zijn te tonen")


def _any_family_supports(families: list[str], character: str) -> bool:
    for family in families:
        raw = QRawFont.fromFont(QFontDatabase.font(family, "", 10))
        if raw.isValid() and raw.supportsCharacter(ord(character)):
            return True
    return False


def check_svg() -> Check:
    name = "SVG (pictogrammen)"
    from PySide6.QtSvg import QSvgRenderer

    icon = bundled_resource("icons", "regie.svg")
    if b"svg" not in [bytes(fmt.data()) for fmt in QImageReader.supportedImageFormats()]:
        return Check(name, Status.FOUT, "de SVG-plugin van Qt ontbreekt; pictogrammen blijven leeg")
    renderer = QSvgRenderer(str(icon))
    if not renderer.isValid():
        return Check(name, Status.FOUT, f"{Path(icon).name} kan niet worden getekend")
    return Check(name, Status.OK, "QtSvg geladen, pictogrammen zijn te tekenen")


def minimal_pdf() -> bytes:
    """A valid one-page PDF, built here with correct offsets, to prove QtPdf can open documents."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def check_pdf() -> Check:
    name = "PDF-weergave"
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(minimal_pdf()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        document.load(buffer)
        pages = document.pageCount()
        status = document.status()
    finally:
        document.close()
        buffer.close()
    if status != QPdfDocument.Status.Ready or pages != 1:
        return Check(name, Status.FOUT, f"QtPdf kan geen PDF openen (status {status.name})")
    return Check(name, Status.OK, "QtPdf geladen, een PDF-testdocument opent")


def check_charts() -> Check:
    """The ZRM chart is drawn with QtCharts; a bundle without it would fail when the overview opens."""
    name = "Grafieken (ZRM)"
    from PySide6.QtCharts import QChart, QHorizontalBarSeries

    chart = QChart()
    chart.addSeries(QHorizontalBarSeries())
    if len(chart.series()) != 1:
        return Check(name, Status.FOUT, "QtCharts kan geen grafiek opbouwen")
    return Check(name, Status.OK, "QtCharts geladen, de ZRM-grafiek is te tekenen")


def _guarded(name: str, check: object) -> Check:
    try:
        result = check()  # type: ignore[operator]
        assert isinstance(result, Check)
        return result
    except Exception as exc:  # an import that fails in the bundle is the finding itself
        return Check(name, Status.FOUT, f"onverwachte fout ({type(exc).__name__})")


def qt_checks() -> list[Check]:
    """The Qt checks in report order; needs a running ``QApplication`` (offscreen is fine)."""
    return [
        _guarded("Qt-platform", check_platform_plugin),
        _guarded("Lettertypen", check_fonts),
        _guarded("SVG (pictogrammen)", check_svg),
        _guarded("PDF-weergave", check_pdf),
        _guarded("Grafieken (ZRM)", check_charts),
    ]


def qt_check_lines() -> list[str]:
    """The Qt checks as report lines (``[OK] Lettertypen: …``)."""
    return [check.line() for check in qt_checks()]


def gui_self_test(home: Path | None = None) -> SelfTestReport:
    """The whole report (core and Qt) for ``regie-gui --self-test``: print ``.text()``, exit with ``.exit_code``."""
    return build_report([*core_checks(home), *qt_checks()])
