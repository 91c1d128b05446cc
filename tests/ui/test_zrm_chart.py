"""The ZRM chart: what it draws (bars, numbers, target line, legend), that it names nobody, and that it renders."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QHorizontalBarSeries, QLineSeries
from PySide6.QtGui import QColor, QImage

from regie_desktop.app import catalog
from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.casussen import open_casus
from regie_desktop.app.households import register_household
from regie_desktop.app.zrm_overview import ZrmOverview, zrm_overview
from regie_desktop.domain.zrm import AssessedBy, Assessment, Score
from tests.app.factories import INSTRUMENT, TODAY, aanmelding, household, new_dossier
from tests.ui.gui_support import widgets_showing
from ui.screenshots import render_zrm_chart
from ui.widgets.zrm_chart import BAR_COLOURS, TARGET_COLOUR, ZrmChart, chart_data


def _zrm(persoon_id: str, on: dt.date, *scores: Score, by: AssessedBy = "werker") -> Assessment:
    return Assessment(persoon_id, INSTRUMENT.id, INSTRUMENT.version, on, tuple(scores), by=by)


def _overview(service, *metingen_of) -> tuple[ZrmOverview, str]:
    d = new_dossier(service, household(voornamen="Yara", achternaam="Koetsier"))
    with service.unit_of_work() as (session, actor):
        for meting in metingen_of:
            record_assessment(session, actor, d.casus_id, meting(d.persoon_id), TODAY)
        return zrm_overview(session, actor, d.casus_id, TODAY), d.persoon_id


def _chart(qtbot, overview: ZrmOverview) -> ZrmChart:
    chart = ZrmChart()
    qtbot.addWidget(chart)
    chart.resize(1280, 800)
    chart.set_data(chart_data(overview, overview.personen[0]))
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_previous_current_and_zelfscore_bars_with_the_target_line_and_no_name(qtbot, service):
    overview, _ = _overview(
        service,
        lambda p: _zrm(p, dt.date(2026, 5, 1), Score("financien", 1), Score("huisvesting", 3)),
        lambda p: _zrm(p, dt.date(2026, 6, 1), Score("financien", 3), Score("justitie", None, nvt=True)),
        lambda p: _zrm(p, dt.date(2026, 6, 10), Score("financien", 4), by="client"),
    )
    chart = _chart(qtbot, overview)
    data = chart.data
    assert data is not None
    assert data.title == "ZRM: huidige meting 01-06-2026 en vorige meting 01-05-2026"
    assert data.leefgebieden == ("Financiën", "Huisvesting")  # Justitie (n.v.t.) and the undiscussed are left out
    assert [s.name for s in data.series] == [
        "Vorige meting 01-05-2026",
        "Huidige meting 01-06-2026",
        "Zelfscore cliënt 10-06-2026",
    ]
    # Numbers on the bars, series after series; a score not in a meting says so in words.
    assert chart.value_texts() == ["1", "3", "3", "niet besproken", "4", "niet besproken"]
    assert chart.legend_texts() == [
        "Vorige meting 01-05-2026",
        "Huidige meting 01-06-2026",
        "Zelfscore cliënt 10-06-2026",
        "Afgesproken niveau (de '6'): 4 voldoende zelfredzaam",
    ]
    assert "Justitie" in chart.note_text() and "Basale ADL" in chart.note_text()
    (bars,) = [s for s in chart.chart.series() if isinstance(s, QHorizontalBarSeries)]
    assert bars.count() == 3
    (line,) = [s for s in chart.chart.series() if isinstance(s, QLineSeries)]
    assert {p.x() for p in line.points()} == {4.0}
    # Nothing on the chart names the client.
    assert not widgets_showing("Koetsier", visible_only=False)
    assert "Koetsier" not in chart.chart.title() and "Yara" not in chart.accessibleDescription()
    assert chart.accessibleDescription().startswith("Vorige meting 01-05-2026: Financiën 1, Huisvesting 3.")


def test_an_instrument_without_voldoende_zelfredzaam_says_so_in_the_legend(qtbot, service):
    pg = catalog.instrument("positieve-gezondheid")
    with service.unit_of_work() as (session, actor):
        hh_id = register_household(session, actor, household(), TODAY)
        casus_id = open_casus(session, actor, hh_id, aanmelding(), TODAY, instrument_id=pg.id)
        persoon_id = zrm_overview(session, actor, casus_id, TODAY).personen[0].persoon_id
        first = pg.leefgebieden[0].key
        record_assessment(
            session, actor, casus_id, Assessment(persoon_id, pg.id, pg.version, TODAY, (Score(first, 0),)), TODAY
        )
        overview = zrm_overview(session, actor, casus_id, TODAY)
    chart = _chart(qtbot, overview)
    assert chart.legend_texts()[-1] == "Geen afgesproken niveau: dit instrument kent geen 'voldoende zelfredzaam'"
    (line,) = [s for s in chart.chart.series() if isinstance(s, QLineSeries)]
    assert line.points() == []
    assert chart.value_texts() == ["0"]  # a real 0 on this scale is shown, not mistaken for "no bar"


def test_a_person_without_metingen_gets_an_explanation_and_clear_empties_the_chart(qtbot, service):
    overview, _ = _overview(service)
    chart = _chart(qtbot, overview)
    assert chart.data is not None and chart.data.title == "ZRM: nog geen meting"
    assert chart.note_text() == "Er is nog geen meting voor deze persoon."
    chart.clear()
    assert chart.data is None and chart.chart.series() == [] and chart.value_texts() == []
    assert chart.chart.title() == "" and chart.legend_texts() == []


def _has_colour(image: QImage, colour: str) -> bool:
    wanted = QColor(colour).rgb()
    return any(image.pixel(x, y) == wanted for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


def test_the_screenshot_function_renders_the_chart_to_a_png(qapp, service, tmp_path):
    path = render_zrm_chart(service, tmp_path)
    assert path == tmp_path / "zrm_chart.png"
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 1280 and image.height() >= 800
    # The bars of all three series and the dashed target line are really drawn.
    for colour in (*BAR_COLOURS, TARGET_COLOUR):
        assert _has_colour(image, colour), colour
