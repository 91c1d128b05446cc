"""The consent screen: Plan B, signer, signatures drawn by mouse and by touch, refusals, the signed read-only view."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QWidget,
)
from sqlalchemy import func, select

from regie_desktop.app.consent_view_model import signed_consent
from regie_desktop.app.plans import verify_version
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.consent import SignerRole
from regie_desktop.domain.plan import plan_hash
from regie_desktop.store import models
from tests.app.factories import new_dossier
from tests.ui.gui_support import FakeDialogs, child, flush_deletes, widget_texts
from tests.ui.plan_review_support import (
    mouse_stroke,
    review_plan,
    save,
    scribble,
    straight_line,
    touch_stroke,
    werkblad,
)
from ui.plan.consent_view import FORM_PAGE, SIGNED_PAGE, ConsentView
from ui.widgets.signature_pad import SignatureField, SignaturePad

CLIENT = "Fatima Jansen"  # the factories' household
NO_DATA_CONSENT = "De cliënt heeft (nog) geen toestemming gegeven voor het verwerken van de gegevens"
CHANGED = "Het plan is gewijzigd nadat het ter ondertekening werd getoond."


@pytest.fixture
def casus_id(service: WorkspaceService) -> str:
    d = new_dossier(service)
    save(service, review_plan(d.casus_id, service.today()))
    return d.casus_id


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def view(qtbot, service: WorkspaceService, casus_id: str, dialogs: FakeDialogs) -> Iterator[ConsentView]:
    widget = ConsentView(service, dialogs)
    qtbot.addWidget(widget)
    widget.resize(1400, 1000)  # everything on screen: touch goes to the widget under the finger
    widget.show_werkblad(werkblad(service, casus_id))
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()
    flush_deletes()


def _field(view: ConsentView, name: str) -> SignatureField:
    return child(view, SignatureField, name)


def _pad(view: ConsentView, name: str) -> SignaturePad:
    return child(_field(view, name), SignaturePad, "signature_pad")


def _click(qtbot, widget: QAbstractButton) -> None:
    """A click on the indicator (left side): a check box only takes clicks on its box and its text."""
    at = widget.rect().center() if isinstance(widget, QPushButton) else QPoint(8, widget.height() // 2)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)


def _message(view: ConsentView) -> str:
    return child(view, QLabel, "consent_message").text()


def _consent_rows(service: WorkspaceService) -> int:
    with service.unit_of_work() as (session, _):
        return int(session.scalar(select(func.count()).select_from(models.ConsentRow)) or 0)


def _sign_good(qtbot, view: ConsentView) -> None:
    """Share with the provider, both sign acceptably (client by mouse, worker by touch), click Ondertekenen."""
    _click(qtbot, child(view, QRadioButton, "share_yes"))
    mouse_stroke(_pad(view, "client_signature"), scribble())
    touch_stroke(_pad(view, "worker_signature"), scribble(x0=80, y0=90, loops=4))
    _click(qtbot, child(view, QPushButton, "sign_button"))


def test_plan_b_with_mouse_and_touch_signatures_is_signed_and_verified(qtbot, view, service, casus_id, dialogs):
    shown = werkblad(service, casus_id)
    assert child(view, QLabel, "consent_what").text() == "Versie 1 van het plan, met 4 doelen"
    assert child(view, QLabel, "consent_hash").text() == f"Controlecode: {plan_hash(shown.plan)[:12]}"
    assert child(view, QCheckBox, "data_processing_consent").isChecked()  # as agreed at the aanmelding
    assert child(view, QComboBox, "signer_name").currentText() == CLIENT
    withheld = {key: child(view, QCheckBox, f"withheld_{key}") for key in ("financien", "huisvesting")}
    assert not any(box.isEnabled() for box in withheld.values())  # Plan B waits for "Ja"
    assert {box.objectName() for box in view.findChildren(QCheckBox) if box.objectName().startswith("withheld_")} == {
        "withheld_financien",
        "withheld_huisvesting",
        "withheld_sociaal-netwerk",
        "withheld_tijdsbesteding",
    }  # only leefgebieden with a doel

    _click(qtbot, child(view, QRadioButton, "share_yes"))
    for box in withheld.values():
        assert box.isEnabled()
        _click(qtbot, box)
    mouse_stroke(_pad(view, "client_signature"), scribble())
    touch_stroke(_pad(view, "worker_signature"), scribble(x0=80, y0=90, loops=4))
    assert _pad(view, "client_signature").is_acceptable() and _pad(view, "worker_signature").is_acceptable()
    with qtbot.waitSignal(view.sig_changed, timeout=2000):
        _click(qtbot, child(view, QPushButton, "sign_button"))

    assert _message(view) == ""
    assert child(view, QLabel, "consent_confirmation").text() == "Het plan is ondertekend."
    assert dialogs.informations and dialogs.informations[-1][0] == "Ondertekend"
    assert _pad(view, "client_signature").is_empty() and _pad(view, "worker_signature").is_empty()
    assert not child(view, QPushButton, "sign_button").isEnabled()
    with service.unit_of_work() as (session, _):
        row = session.execute(select(models.ConsentRow)).scalar_one()
        stored = signed_consent(session, row.plan_version_id)
        assert verify_version(session, row.plan_version_id) == "geldig"
    assert view.consent_id == row.id
    assert stored.share_with_provider and stored.withheld_leefgebieden == ("financien", "huisvesting")
    assert stored.data_processing_consent
    assert stored.plan_hash == plan_hash(shown.plan)
    assert stored.client_signature.signer_name == CLIENT and stored.client_signature.role is SignerRole.CLIENT
    assert stored.worker_signature.signer_name == shown.werker_naam
    assert stored.client_signature.signed_at.utcoffset() is not None

    # The page shows the new worksheet: the signed version's consent, read-only.
    signed = werkblad(service, casus_id)
    assert not signed.editable
    view.show_werkblad(signed)
    assert child(view, QStackedWidget, "consent_stack").currentIndex() == SIGNED_PAGE
    assert "Financiën" in child(view, QLabel, "signed_withheld").text()
    assert "Huisvesting" in child(view, QLabel, "signed_withheld").text()
    assert child(view, QLabel, "signed_share").text() == "Delen met de zorgaanbieder: ja"
    assert child(view, QLabel, "signed_client_name").text() == f"Getekend door {CLIENT} (cliënt)"
    assert shown.werker_naam in child(view, QLabel, "signed_worker_name").text()
    client_pad = child(view, SignaturePad, "signed_client_pad")
    worker_pad = child(view, SignaturePad, "signed_worker_pad")
    assert client_pad.is_read_only() and worker_pad.is_read_only()
    assert client_pad.strokes() == stored.client_signature.strokes
    assert worker_pad.strokes() == stored.worker_signature.strokes


@pytest.mark.parametrize("mark", ["dot", "line"])
def test_a_dot_or_a_straight_line_is_refused_and_nothing_is_stored(qtbot, view, service, mark):
    _click(qtbot, child(view, QRadioButton, "share_yes"))
    points = [QPointF(100, 100), QPointF(101, 100), QPointF(101, 101)] if mark == "dot" else straight_line()
    mouse_stroke(_pad(view, "client_signature"), points)
    mouse_stroke(_pad(view, "worker_signature"), scribble())
    _click(qtbot, child(view, QPushButton, "sign_button"))
    assert _field(view, "client_signature").message_visible()
    assert "te eenvoudig" in _field(view, "client_signature").message_text()
    assert not _field(view, "worker_signature").message_visible()
    assert "geen geldige handtekening gezet door de cliënt" in _message(view)
    assert child(view, QLabel, "consent_message").isVisibleTo(view)
    assert _consent_rows(service) == 0
    assert not _pad(view, "client_signature").is_empty()  # nothing lost: the worker can undo or clear


def test_without_data_processing_consent_the_core_refuses(qtbot, view, service):
    _click(qtbot, child(view, QCheckBox, "data_processing_consent"))
    assert not child(view, QCheckBox, "data_processing_consent").isChecked()
    _sign_good(qtbot, view)
    assert NO_DATA_CONSENT in _message(view)
    assert _consent_rows(service) == 0
    assert view.consent_id is None


def test_a_plan_changed_after_it_was_shown_is_refused(qtbot, view, service, casus_id):
    before = child(view, QLabel, "consent_hash").text()
    edited = review_plan(casus_id, service.today())
    save(service, replace(edited, doelen=(replace(edited.doelen[0], zes="Iets anders"), *edited.doelen[1:])))
    _sign_good(qtbot, view)
    assert CHANGED in _message(view)
    assert _consent_rows(service) == 0
    view.show_werkblad(werkblad(service, casus_id))  # the page shows the new text: it must be signed anew
    assert child(view, QLabel, "consent_hash").text() != before
    assert _pad(view, "client_signature").is_empty()
    assert child(view, QRadioButton, "share_yes").isChecked()  # the choices stay, the signatures start over


def test_a_plan_without_doel_is_refused(qtbot, service, dialogs):
    d = new_dossier(service)
    save(service, replace(review_plan(d.casus_id, service.today()), doelen=()))
    view = ConsentView(service, dialogs)
    qtbot.addWidget(view)
    view.resize(1400, 1000)
    view.show_werkblad(werkblad(service, d.casus_id))
    view.show()
    qtbot.waitExposed(view)
    _sign_good(qtbot, view)
    assert "nog geen doel" in _message(view)
    assert _consent_rows(service) == 0


def test_a_share_choice_and_a_name_are_asked_for_first(qtbot, view, service):
    mouse_stroke(_pad(view, "client_signature"), scribble())
    mouse_stroke(_pad(view, "worker_signature"), scribble(x0=80, y0=90, loops=4))
    _click(qtbot, child(view, QPushButton, "sign_button"))
    assert _message(view) == "Kies eerst of het plan naar de zorgaanbieder mag."
    _click(qtbot, child(view, QRadioButton, "share_no"))
    assert not child(view, QCheckBox, "withheld_financien").isEnabled()
    role = child(view, QComboBox, "signer_role")
    role.setCurrentIndex(role.findData(SignerRole.WETTELIJK_VERTEGENWOORDIGER.value))
    name = child(view, QComboBox, "signer_name")
    assert name.currentText() == ""  # a representative's name is typed in
    _click(qtbot, child(view, QPushButton, "sign_button"))
    assert _message(view) == "Vul de naam in van wie tekent."
    assert _consent_rows(service) == 0
    name.lineEdit().setFocus()
    qtbot.keyClicks(name.lineEdit(), "Mr. De Vries")
    with qtbot.waitSignal(view.sig_changed, timeout=2000):
        _click(qtbot, child(view, QPushButton, "sign_button"))
    with service.unit_of_work() as (session, _):
        row = session.execute(select(models.ConsentRow)).scalar_one()
        stored = signed_consent(session, row.plan_version_id)
    assert stored.client_signature.signer_name == "Mr. De Vries"
    assert stored.client_signature.role is SignerRole.WETTELIJK_VERTEGENWOORDIGER
    assert not stored.share_with_provider and stored.withheld_leefgebieden == ()


def test_the_pads_are_big_enough_for_a_finger_and_every_input_has_a_name(view):
    for name in ("client_signature", "worker_signature"):
        pad = _pad(view, name)
        dpi = pad.dots_per_inch()
        assert pad.width() / dpi * 25.4 >= 120
        assert pad.height() / dpi * 25.4 >= 40
    inputs = [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | SignaturePad) and w.isVisibleTo(view)
    ]
    assert len(inputs) > 10
    assert all(w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()) for w in inputs)
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in inputs)


def test_clear_leaves_no_client_name_in_any_widget(qtbot, view, service, casus_id):
    child(view, QComboBox, "signer_name").setEditText(CLIENT)
    mouse_stroke(_pad(view, "client_signature"), scribble())
    view.clear()
    texts = [t for w in [view, *view.findChildren(QWidget)] for t in widget_texts(w) if t]
    assert not any("Jansen" in t or "Fatima" in t for t in texts)
    assert _pad(view, "client_signature").is_empty()
    assert child(view, QStackedWidget, "consent_stack").currentIndex() == FORM_PAGE

    view.show_werkblad(werkblad(service, casus_id))
    _sign_good(qtbot, view)
    view.show_werkblad(werkblad(service, casus_id))  # the signed, read-only consent
    assert CLIENT in child(view, QLabel, "signed_client_name").text()
    view.clear()
    flush_deletes()
    texts = [t for w in [view, *view.findChildren(QWidget)] for t in widget_texts(w) if t]
    assert not any("Jansen" in t or "Fatima" in t for t in texts)
    assert child(view, SignaturePad, "signed_client_pad").is_empty()
    assert view.consent_id is None


def test_before_any_plan_is_saved_there_is_nothing_to_sign(qtbot, service, dialogs):
    d = new_dossier(service)
    view = ConsentView(service, dialogs)
    qtbot.addWidget(view)
    view.show_werkblad(werkblad(service, d.casus_id))
    assert (
        child(view, QLabel, "consent_what").text() == "Er is nog geen plan om te ondertekenen. Stel eerst het plan op."
    )
    assert not child(view, QPushButton, "sign_button").isEnabled()
    assert view.shown_hash is None
    assert view.sign() is False and _consent_rows(service) == 0
