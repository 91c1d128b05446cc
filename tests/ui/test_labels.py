"""Domain labels reach the translation file only through ``ui.labels``: its literal list must match the core."""

from __future__ import annotations

from regie_desktop.domain.casus import FASE_LABELS, SPOED_LABELS, Fase, Spoed
from ui.labels import DOMAIN_TEXTS, fase_label, spoed_label


def test_every_fase_and_spoed_label_is_listed_for_translation() -> None:
    assert set(DOMAIN_TEXTS) == set(FASE_LABELS.values()) | set(SPOED_LABELS.values())
    assert len(DOMAIN_TEXTS) == len(set(DOMAIN_TEXTS))


def test_labels_are_the_core_labels_without_a_translation(qapp) -> None:
    assert fase_label(Fase.WAAKVLAM) == "Waakvlam"
    assert fase_label("traject") == "Traject"
    assert spoed_label(Spoed.GEEN_INKOMEN) == "Geen inkomen"
