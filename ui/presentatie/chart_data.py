"""The ZRM chart of the presentation: first against latest worker meting, the change a team discusses.

The main window's chart compares the last two metingen (what changed lately); in the meeting the question is
what changed since the start, so this builds the same ``ChartData`` from the first and the latest meting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from regie_desktop.app.presentatie import PresentatieZrm, ZrmMeting
from ui.formatting import dutch_date
from ui.widgets.zrm_chart import ChartData, ChartSeries


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresentatieGrafiek", text)


def presentation_chart_data(zrm: PresentatieZrm) -> ChartData:
    """Bars for the first and (when there is one) the latest meting; the title names no one."""
    metingen: list[tuple[ZrmMeting, str]] = []
    if zrm.eerste is not None:
        metingen.append((zrm.eerste, _tr("Eerste meting {date}").format(date=dutch_date(zrm.eerste.on))))
    if zrm.laatste is not None:
        metingen.append((zrm.laatste, _tr("Laatste meting {date}").format(date=dutch_date(zrm.laatste.on))))
    shown = [
        n
        for n in range(len(zrm.leefgebieden))
        if any((s := m.scores[n]) is not None and s.numeric is not None for m, _ in metingen)
    ]
    if zrm.eerste is not None and zrm.laatste is not None:
        title = _tr("ZRM: eerste meting {first} en laatste meting {last}").format(
            first=dutch_date(zrm.eerste.on), last=dutch_date(zrm.laatste.on)
        )
    elif zrm.eerste is not None:
        title = _tr("ZRM: meting {date}").format(date=dutch_date(zrm.eerste.on))
    else:
        title = _tr("ZRM: nog geen meting")
    return ChartData(
        title=title,
        leefgebieden=tuple(zrm.leefgebieden[n] for n in shown),
        series=tuple(ChartSeries(name, tuple(m.scores[n] for n in shown)) for m, name in metingen),
        scale=zrm.scale,
        scale_labels=zrm.scale_labels,
        target=zrm.target,
        left_out=tuple(label for n, label in enumerate(zrm.leefgebieden) if n not in shown) if metingen else (),
    )
