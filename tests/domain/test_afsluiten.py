"""Rules of afsluiten: the checklist, open acties, the three outcomes, reason codes and the waakvlam rhythm."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.afsluiten import (
    CHECKLIST_LABELS,
    WAAKVLAM_WEKEN,
    Afsluiting,
    AfsluitUitkomst,
    ChecklistItem,
    DoorgaanNodig,
    RedenenFileError,
    closing_problems,
    ensure_closable,
    load_redenen,
    next_waakvlam_contact,
    open_acties,
    open_items,
)
from regie_desktop.domain.evaluatie import Uitkomst
from regie_desktop.domain.plan import Actie, Doel, PlanContent, WieSoort
from regie_desktop.errors import ValidationError

TODAY = dt.date(2026, 6, 15)
REDENEN = load_redenen()
ALL = frozenset(ChecklistItem)


def _afsluiting(**kw: object) -> Afsluiting:
    base: dict[str, object] = {
        "uitkomst": AfsluitUitkomst.AFGESLOTEN,
        "redencode": "DOELEN_BEREIKT",
        "checklist": ALL,
        "datum": TODAY,
    }
    base.update(kw)
    return Afsluiting(**base)  # type: ignore[arg-type]


def _plan(*wanneer: dt.date | None) -> PlanContent:
    acties = tuple(Actie("Fatima", WieSoort.CLIENT, f"Stap {n}", w) for n, w in enumerate(wanneer))
    return PlanContent(
        "c1", 1, "zrm-2017", (Doel("d1", "financien", "Rust", acties=acties), Doel("d2", "huisvesting", "Woning"))
    )


def test_the_checklist_has_the_nine_criteria_of_seed_001_with_labels() -> None:
    assert len(ChecklistItem) == 9
    assert set(CHECKLIST_LABELS) == set(ChecklistItem)
    assert "meldcode" in CHECKLIST_LABELS[ChecklistItem.MELDCODE_OVERWOGEN]


def test_shipped_reason_codes_cover_every_outcome() -> None:
    for uitkomst in AfsluitUitkomst:
        assert REDENEN.voor(uitkomst), uitkomst


def test_waakvlam_needs_a_rhythm_from_the_list_and_keeps_it() -> None:
    with pytest.raises(ValidationError, match="waakvlamcontact"):
        _afsluiting(uitkomst=AfsluitUitkomst.WAAKVLAM, redencode="STABIEL_MET_ZORG").validated(REDENEN, TODAY)
    with pytest.raises(ValidationError, match="waakvlamcontact"):
        _afsluiting(uitkomst=AfsluitUitkomst.WAAKVLAM, redencode="STABIEL_MET_ZORG", waakvlam_weken=5).validated(
            REDENEN, TODAY
        )
    ok = _afsluiting(uitkomst=AfsluitUitkomst.WAAKVLAM, redencode="STABIEL_MET_ZORG", waakvlam_weken=6)
    assert ok.validated(REDENEN, TODAY).waakvlam_weken == 6


def test_rhythm_and_overdracht_only_stay_with_their_outcome() -> None:
    valid = _afsluiting(waakvlam_weken=6, overdracht_aan="GGZ").validated(REDENEN, TODAY)
    assert (valid.waakvlam_weken, valid.overdracht_aan) == (None, "")


def test_overdracht_needs_to_whom() -> None:
    with pytest.raises(ValidationError, match="aan wie"):
        _afsluiting(uitkomst=AfsluitUitkomst.OVERDRACHT, redencode="SPECIALISTISCH").validated(REDENEN, TODAY)
    valid = _afsluiting(
        uitkomst=AfsluitUitkomst.OVERDRACHT, redencode="SPECIALISTISCH", overdracht_aan="  GGZ   Centraal "
    ).validated(REDENEN, TODAY)
    assert valid.overdracht_aan == "GGZ Centraal"


def test_reason_must_exist_and_fit_the_outcome_and_date_not_ahead() -> None:
    with pytest.raises(ValidationError, match="Kies een reden"):
        _afsluiting(redencode="BESTAAT_NIET").validated(REDENEN, TODAY)
    with pytest.raises(ValidationError, match="past niet bij afgesloten"):
        _afsluiting(redencode="SPECIALISTISCH").validated(REDENEN, TODAY)
    with pytest.raises(ValidationError, match="toekomst"):
        _afsluiting(datum=TODAY + dt.timedelta(days=1)).validated(REDENEN, TODAY)


def test_open_acties_follow_the_doel_and_the_date() -> None:
    later, earlier = TODAY + dt.timedelta(days=10), TODAY - dt.timedelta(days=10)
    plan = _plan(earlier, later, None)
    assert [(a.doel_nummer, a.actie_nummer) for a in open_acties(plan, {}, TODAY)] == [(1, 1), (1, 2), (1, 3)]
    reached = open_acties(plan, {"d1": Uitkomst.BEREIKT}, TODAY)
    assert [(a.actie_nummer, a.reden) for a in reached] == [(2, "gepland na vandaag")]
    assert open_acties(plan, {"d1": Uitkomst.DEELS}, TODAY)[0].reden == "doel niet bereikt"


@given(st.sets(st.sampled_from(list(ChecklistItem))), st.booleans(), st.text(max_size=20))
def test_closing_is_refused_exactly_when_something_is_open_without_a_reason(
    ticked: set[ChecklistItem], with_actie: bool, reden: str
) -> None:
    afsluiting = _afsluiting(checklist=frozenset(ticked), doorgaan_reden=reden)
    acties = open_acties(_plan(TODAY + dt.timedelta(days=3)), {"d1": Uitkomst.BEREIKT}, TODAY) if with_actie else ()
    problems = closing_problems(afsluiting, acties)
    assert len(problems) == len(open_items(ticked)) + len(acties)
    if problems and not reden.strip():
        with pytest.raises(DoorgaanNodig) as info:
            ensure_closable(afsluiting, acties)
        assert info.value.punten == problems
        assert "reden" in info.value.message
    else:
        ensure_closable(afsluiting, acties)


@given(
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from(WAAKVLAM_WEKEN),
    st.one_of(st.none(), st.dates(dt.date(2019, 1, 1), dt.date(2031, 12, 31))),
)
def test_next_waakvlam_contact_counts_from_the_later_of_start_and_last_contact(
    start: dt.date, weken: int, last: dt.date | None
) -> None:
    due = next_waakvlam_contact(start, weken, last)
    anchor = max(start, last) if last is not None else start
    assert due - anchor == dt.timedelta(weeks=weken)
    assert due > start


def test_reason_file_errors_are_dutch(tmp_path: Path) -> None:
    broken = tmp_path / "afsluitredenen.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(RedenenFileError, match="geen geldige JSON"):
        load_redenen(broken)
    broken.write_text(json.dumps({"version": 1, "redenen": [{"code": "x", "label": "", "uitkomsten": []}]}))
    with pytest.raises(RedenenFileError, match="klopt niet"):
        load_redenen(broken)
    double = {"code": "A", "label": "A", "uitkomsten": ["afgesloten"]}
    broken.write_text(json.dumps({"version": 1, "redenen": [double, double]}))
    with pytest.raises(RedenenFileError):
        load_redenen(broken)
    with pytest.raises(RedenenFileError, match="niet worden gelezen"):
        load_redenen(tmp_path / "ontbreekt.json")
