"""Every input of the journaal, evaluatie and afsluiten tabs has an accessible name (screen readers, and the
tests' way of finding them), also the per-doel inputs made for the casus shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from regie_desktop.app.workspace_service import WorkspaceService
from tests.app.factories import TODAY
from tests.app.nazorg_support import signed_dossier
from tests.ui.gui_support import FakeDialogs
from ui.traject.afsluiten_view import AfsluitenView
from ui.traject.evaluatie_view import EvaluatieView
from ui.traject.journaal_view import JournaalView

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QListWidget, QAbstractButton)


@pytest.mark.parametrize("view_type", [JournaalView, EvaluatieView, AfsluitenView])
def test_every_input_has_an_accessible_name(qtbot, service: WorkspaceService, monkeypatch, view_type) -> None:
    monkeypatch.setattr(WorkspaceService, "today", staticmethod(lambda: TODAY))
    d = signed_dossier(service)
    view: QWidget = view_type(service, FakeDialogs())
    qtbot.addWidget(view)
    view.show_casus(d.casus_id)  # type: ignore[attr-defined]
    inputs = [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and not w.objectName().startswith("qt_")  # Qt's own parts (the line edit inside a date edit)
        and not isinstance(w.parent(), QComboBox | QDateEdit)
    ]
    assert len(inputs) >= 8
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in inputs
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())  # a button's text names it
    ]
    assert unnamed == []
    assert view.objectName() in {"traject_journaal", "traject_evaluatie", "traject_afsluiten"}
