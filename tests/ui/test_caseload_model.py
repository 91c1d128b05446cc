"""The caseload model and its filter proxy, checked with qtmodeltester and on what they show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from regie_desktop.app.caseload import CaseloadRow
from regie_desktop.domain.casus import Fase
from ui.models.caseload_filter_proxy import CaseloadFilterProxy
from ui.models.caseload_model import CASUS_ROLE, COL_DATUM, COL_FASE, COL_NAAM, SORT_ROLE, CaseloadModel


def _row(n: int, naam: str, adres: str, postcode: str, fase: Fase, spoed: bool = False) -> CaseloadRow:
    return CaseloadRow(
        casus_id=f"c{n}",
        huishouden_id=f"h{n}",
        naam=naam,
        adres=adres,
        postcode=postcode,
        fase=fase,
        spoed=spoed,
        volgende_stap="Gesprek" if n % 2 else "",
        volgende_stap_op=dt.date(2025, 3, n) if n % 2 else None,
        regisseur="Sanne de Vries",
        laatste_activiteit=dt.date(2025, 2, n),
    )


ROWS = [
    _row(1, "Jan van Dijk", "Dorpsstraat 4", "1234 AB", Fase.GESPREK, spoed=True),
    _row(2, "Fatima El Amrani", "Kerkweg 12", "5678 CD", Fase.PLAN),
    _row(3, "Piet de Jong", "Dijkweg 1", "1234 XY", Fase.WACHTLIJST),
    _row(4, "Anna Jansen", "Markt 7", "9999 ZZ", Fase.TRAJECT),
]


def _model(qtmodeltester, rows=ROWS) -> CaseloadModel:
    model = CaseloadModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    return model


def test_model_passes_the_model_tester_and_shows_the_columns(qtmodeltester):
    model = _model(qtmodeltester)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Naam",
        "Adres",
        "Postcode",
        "Fase",
        "Volgende stap",
        "Datum",
        "Regisseur",
        "Laatste activiteit",
    ]
    assert model.rowCount() == 4
    assert model.index(1, COL_NAAM).data() == "Fatima El Amrani"
    assert "spoed" in model.index(0, COL_NAAM).data()
    assert model.index(1, COL_FASE).data() == "Plan"
    assert model.index(0, COL_DATUM).data() == "01-03-2025"
    assert model.index(1, COL_DATUM).data() == ""
    assert model.index(2, COL_NAAM).data(CASUS_ROLE) == "c3"
    assert model.index(1, COL_DATUM).data(SORT_ROLE) > model.index(0, COL_DATUM).data(SORT_ROLE)


def test_empty_model_passes_the_model_tester(qtmodeltester):
    assert _model(qtmodeltester, []).rowCount() == 0


def _names(proxy: CaseloadFilterProxy) -> list[str]:
    return [proxy.index(r, COL_NAAM).data(CASUS_ROLE) for r in range(proxy.rowCount())]


def test_proxy_filters_on_name_address_and_postcode_ignoring_case(qtmodeltester):
    model = _model(qtmodeltester)
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("DIJK")
    assert _names(proxy) == ["c1", "c3"]  # van Dijk, and Dijkweg
    proxy.set_text("1234ab")
    assert _names(proxy) == ["c1"]
    proxy.set_text("jan dijk")
    assert _names(proxy) == ["c1"]
    proxy.set_text("")
    assert len(_names(proxy)) == 4
    qtmodeltester.check(proxy)


def test_proxy_filters_on_phase_and_sorts_by_the_sort_role(qtmodeltester):
    model = _model(qtmodeltester)
    proxy = CaseloadFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_phase(Fase.PLAN)
    assert _names(proxy) == ["c2"]
    proxy.set_phase(None)
    proxy.sort(COL_FASE, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["c3", "c1", "c2", "c4"]  # wachtlijst, gesprek, plan, traject
    proxy.sort(COL_NAAM, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["c4", "c2", "c1", "c3"]
    qtmodeltester.check(proxy)
