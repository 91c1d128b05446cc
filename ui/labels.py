"""Display names of domain values (fase, spoed) through Qt's translation, so the English file covers them too.

The core keeps its Dutch labels (the CLI and the documents use them). lupdate only extracts literals, so the
labels are repeated here as ``QT_TRANSLATE_NOOP`` entries; a test checks this list against the core's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from regie_desktop.domain.casus import FASE_LABELS, SPOED_LABELS, Fase, Spoed
from regie_desktop.domain.plan import InzetSoort, WieSoort

CONTEXT = "domein"

DOMAIN_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("domein", "Aanmelding"),
    QT_TRANSLATE_NOOP("domein", "Wachtlijst"),
    QT_TRANSLATE_NOOP("domein", "Gesprek"),
    QT_TRANSLATE_NOOP("domein", "Plan"),
    QT_TRANSLATE_NOOP("domein", "Traject"),
    QT_TRANSLATE_NOOP("domein", "Evaluatie"),
    QT_TRANSLATE_NOOP("domein", "Waakvlam"),
    QT_TRANSLATE_NOOP("domein", "Afgesloten"),
    QT_TRANSLATE_NOOP("domein", "Huiselijk geweld"),
    QT_TRANSLATE_NOOP("domein", "Dreigende ontruiming"),
    QT_TRANSLATE_NOOP("domein", "Afsluiting gas, water of licht"),
    QT_TRANSLATE_NOOP("domein", "Suïcidedreiging"),
    QT_TRANSLATE_NOOP("domein", "Geen inkomen"),
)


def domain_text(dutch: str) -> str:
    """The current language's text for a Dutch label from the core (unchanged when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, dutch)


def fase_label(fase: Fase | str) -> str:
    return domain_text(FASE_LABELS[Fase(fase)])


def spoed_label(spoed: Spoed | str) -> str:
    return domain_text(SPOED_LABELS[Spoed(spoed)])


# Plan vocabulary: the core has no labels of its own for these (the PDF keeps its own sentence-case words).
WIE_SOORT_LABELS: dict[WieSoort, str] = {
    WieSoort.CLIENT: QT_TRANSLATE_NOOP("domein", "Cliënt"),
    WieSoort.HUISHOUDEN: QT_TRANSLATE_NOOP("domein", "Huishouden"),
    WieSoort.NETWERK: QT_TRANSLATE_NOOP("domein", "Netwerk"),
    WieSoort.WERKER: QT_TRANSLATE_NOOP("domein", "Sociaal werker"),
    WieSoort.VOORVELD: QT_TRANSLATE_NOOP("domein", "Voorveld"),
    WieSoort.AANBIEDER: QT_TRANSLATE_NOOP("domein", "Aanbieder"),
}

INZET_SOORT_LABELS: dict[InzetSoort, str] = {
    InzetSoort.EIGEN_KRACHT: QT_TRANSLATE_NOOP("domein", "Eigen kracht"),
    InzetSoort.NETWERK: QT_TRANSLATE_NOOP("domein", "Netwerk"),
    InzetSoort.VOORVELD: QT_TRANSLATE_NOOP("domein", "Voorveld"),
    InzetSoort.MAATWERK: QT_TRANSLATE_NOOP("domein", "Maatwerk"),
}


def wie_soort_label(soort: WieSoort | str) -> str:
    return domain_text(WIE_SOORT_LABELS[WieSoort(soort)])


def inzet_soort_label(soort: InzetSoort | str) -> str:
    return domain_text(INZET_SOORT_LABELS[InzetSoort(soort)])
