"""Guards against the PySide6 6.12.0 bug that aborts Python after a few hundred signal emits."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_text = Signal(str)
    """Emitted by the test."""


def test_many_emits_from_python_keep_refcounts_balanced(qapp: object) -> None:
    emitter = _Emitter()
    received: list[str] = []
    emitter.sig_text.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(3000):  # 6.12.0 aborted the interpreter well before this
        emitter.sig_text.emit("x")
    assert len(received) == 3000
    assert abs(sys.getrefcount(True) - before) < 50


def test_qtpdf_and_qtcharts_are_installed() -> None:
    from PySide6 import QtCharts, QtPdf, QtPdfWidgets  # noqa: F401
