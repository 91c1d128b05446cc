"""Helpers shared by the GUI tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTextEdit,
    QWidget,
)

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.keyfile import KdfParams
from ui.dialogs import DialogSeam

STRONG_PASSPHRASE = "boterham-fiets-regen-42"
OTHER_STRONG_PASSPHRASE = "wolk-tractor-pindakaas-77"
FAST_KDF = KdfParams(memory_kib=65536, iterations=3, lanes=4)
RECOVERY_KEY_PATTERN = r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$"

W = TypeVar("W", bound=QObject)


@dataclass
class FakeDialogs(DialogSeam):
    """Stands in for ``ui.dialogs.DialogSeam``: records what would have been shown or printed."""

    informations: list[tuple[str, str]] = field(default_factory=list)
    criticals: list[tuple[str, str]] = field(default_factory=list)
    printed: list[tuple[str, str]] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)
    answer: bool = True
    """What ``question`` answers (set it to False to answer "Nee")."""
    save_requests: list[tuple[str, str, str]] = field(default_factory=list)
    """(title, suggested name, filter) of every save dialog asked for."""
    save_answer: Path | None = None
    """What ``save_file_name`` answers: a path (under tmp_path) or None for "Annuleren"."""
    printed_pdfs: list[tuple[str, bytes]] = field(default_factory=list)
    print_answer: bool = True
    """What ``print_pdf`` answers (False: the worker cancelled the print dialog)."""
    open_requests: list[tuple[str, str]] = field(default_factory=list)
    """(title, filter) of every open-file dialog asked for."""
    open_answer: Path | None = None
    """What ``open_file_name`` answers: a path (under tmp_path) or None for "Annuleren"."""

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        self.informations.append((title, text))

    def critical(self, parent: QWidget | None, title: str, text: str) -> None:
        self.criticals.append((title, text))

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.questions.append((title, text))
        return self.answer

    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.printed.append((title, text))
        return True

    def save_file_name(self, parent: QWidget | None, title: str, suggested_name: str, name_filter: str) -> Path | None:
        self.save_requests.append((title, suggested_name, name_filter))
        return self.save_answer

    def open_file_name(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        self.open_requests.append((title, name_filter))
        return self.open_answer

    def print_pdf(self, parent: QWidget | None, title: str, data: bytes) -> bool:
        if self.print_answer:
            self.printed_pdfs.append((title, data))
        return self.print_answer


def make_service(home: Path) -> WorkspaceService:
    return WorkspaceService(home=home, kdf=FAST_KDF)


def child(parent: QObject, kind: type[W], object_name: str) -> W:
    """The one descendant of ``parent`` with this type and object name; fails loudly otherwise."""
    found = parent.findChildren(kind, object_name)
    assert len(found) == 1, f"expected one {kind.__name__} named {object_name!r}, found {len(found)}"
    return found[0]


def flush_deletes() -> None:
    """Run pending ``deleteLater`` calls now, as the event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every piece of text a widget shows or tells a screen reader."""
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QProgressBar):
        yield widget.text()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    if isinstance(widget, QMainWindow):
        yield widget.statusBar().currentMessage()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())


def model_texts(model: QAbstractItemModel) -> Iterator[str]:
    """The display text and tooltip of every cell of a (flat) model."""
    for row in range(model.rowCount(QModelIndex())):
        column = 0
        while (index := model.index(row, column)).isValid():
            column += 1
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value


def widgets_showing(text: str, visible_only: bool) -> list[QWidget]:
    """Widgets of the whole application whose texts contain ``text``."""
    return [
        w
        for w in QApplication.allWidgets()
        if (w.isVisible() or not visible_only) and any(text in t for t in widget_texts(w) if t)
    ]


def unlock(qtbot, controller) -> None:
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(child(dialog, QLineEdit, "passphrase_field"), STRONG_PASSPHRASE)
    qtbot.mouseClick(child(dialog, QPushButton, "unlock_button"), Qt.MouseButton.LeftButton)
    wait_for_attempt(qtbot, controller, dialog)


def wait_for_attempt(qtbot, controller, dialog) -> None:
    """The key derivation runs in the background: wait until the dialog opened Regie or has its answer."""
    qtbot.waitUntil(lambda: controller.unlock_dialog is not dialog or not dialog.busy, timeout=10_000)


def open_page(qtbot, window, title: str) -> None:
    navigation = child(window, QListWidget, "navigation")
    (item,) = navigation.findItems(title, Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=navigation.visualItemRect(item).center())


def column_texts(table: QTableView, header: str) -> list[str]:
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount(QModelIndex()))]
    column = headers.index(header)
    return [model.index(r, column).data() or "" for r in range(model.rowCount(QModelIndex()))]
