"""The strength meter shows the core's verdict: score, reasons and whether the passphrase may be used."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar

from tests.ui.gui_support import STRONG_PASSPHRASE, child
from ui.widgets.strength_meter import StrengthMeter


def test_meter_follows_the_core_rule(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    bar = child(meter, QProgressBar, "strength_bar")
    reasons = child(meter, QLabel, "strength_reasons")
    assert (bar.minimum(), bar.maximum()) == (0, 4)
    assert not meter.acceptable

    verdict = meter.assess("welkom123")
    assert not verdict.acceptable
    assert bar.value() <= 2
    assert "te kort" in reasons.text()
    assert bar.text() == "Niet sterk genoeg"

    with qtbot.waitSignal(meter.sig_acceptable_changed) as changed:
        meter.assess(STRONG_PASSPHRASE)
    assert changed.args == [True]
    assert meter.acceptable
    assert bar.value() == meter.verdict.score >= 3
    assert bar.text() == "Sterk genoeg"

    with qtbot.waitSignal(meter.sig_acceptable_changed) as changed:
        meter.clear()
    assert changed.args == [False]
    assert bar.value() == 0


def test_own_name_counts_as_guessable(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.assess("jansenjansen2", ["Piet", "Jansen"])
    assert "uw eigen naam" in child(meter, QLabel, "strength_reasons").text()
