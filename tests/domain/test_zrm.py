import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.instruments import load_instruments
from regie_desktop.domain.zrm import (
    STALE_AFTER_DAYS,
    Assessment,
    Score,
    change,
    is_stale,
    latest_per_leefgebied,
    stale_leefgebieden,
)
from regie_desktop.errors import ValidationError

ZRM = load_instruments()["zrm-2017"]
KEYS = [lg.key for lg in ZRM.leefgebieden]
TODAY = dt.date(2026, 11, 25)


def _assessment(on: dt.date, *scores: Score, person: str = "p1", instrument_id: str = "zrm-2017") -> Assessment:
    return Assessment(person, instrument_id, "2017.1", on, tuple(scores))


# --- validated -------------------------------------------------------------------------------------------------


def test_valid_assessment_passes_including_nvt_and_niet_besproken() -> None:
    a = _assessment(TODAY, Score("huisvesting", 3), Score("justitie", None, nvt=True), Score("financien", None))
    assert a.validated(ZRM, TODAY) is a
    client = Assessment("p1", "zrm-2017", "2017.1", TODAY, (Score("huisvesting", 2),), by="client")
    assert client.validated(ZRM, TODAY) is client


def test_validated_refuses_other_instrument_or_version() -> None:
    with pytest.raises(ValidationError, match="zrm-regio-10"):
        _assessment(TODAY, instrument_id="zrm-regio-10").validated(ZRM, TODAY)
    with pytest.raises(ValidationError, match=r"versie 2016\.1"):
        Assessment("p1", "zrm-2017", "2016.1", TODAY, ()).validated(ZRM, TODAY)


def test_validated_refuses_future_date_duplicates_and_bad_scores() -> None:
    with pytest.raises(ValidationError, match="toekomst"):
        _assessment(TODAY + dt.timedelta(days=1)).validated(ZRM, TODAY)
    with pytest.raises(ValidationError, match="Huisvesting heeft meer dan één score"):
        _assessment(TODAY, Score("huisvesting", 3), Score("huisvesting", 4)).validated(ZRM, TODAY)
    with pytest.raises(ValidationError, match="Score 0 past niet"):
        _assessment(TODAY, Score("huisvesting", 0)).validated(ZRM, TODAY)
    with pytest.raises(ValidationError, match="hoort niet bij"):
        _assessment(TODAY, Score("wonen", 3)).validated(ZRM, TODAY)
    with pytest.raises(ValidationError, match=r"óf n\.v\.t\."):
        _assessment(TODAY, Score("huisvesting", 3, nvt=True)).validated(ZRM, TODAY)
    with pytest.raises(ValidationError, match="cliënt"):
        Assessment("p1", "zrm-2017", "2017.1", TODAY, (), by="buurman").validated(ZRM, TODAY)  # type: ignore[arg-type]


# --- change ----------------------------------------------------------------------------------------------------

score_values = st.one_of(st.none(), st.just("nvt"), st.integers(min_value=1, max_value=5))


@st.composite
def assessments(draw: st.DrawFn) -> Assessment:
    chosen = draw(st.lists(st.sampled_from(KEYS), unique=True))
    scores = []
    for key in chosen:
        value = draw(score_values)
        scores.append(Score(key, None, nvt=True) if value == "nvt" else Score(key, value))  # type: ignore[arg-type]
    return _assessment(draw(st.dates(max_value=TODAY)), *scores)


def test_change_per_leefgebied() -> None:
    before = _assessment(
        TODAY - dt.timedelta(days=90),
        Score("huisvesting", 1),
        Score("financien", 2),
        Score("justitie", None, nvt=True),
        Score("middelengebruik", 4),
    )
    after = _assessment(
        TODAY, Score("huisvesting", 4), Score("financien", 2), Score("justitie", 3), Score("basale-adl", 5)
    )
    assert change(before, after) == {
        "huisvesting": 3,
        "financien": 0,
        "justitie": None,
        "middelengebruik": None,
        "basale-adl": None,
    }


def test_change_refuses_different_instruments() -> None:
    with pytest.raises(ValidationError, match="verschillende instrumenten"):
        change(_assessment(TODAY), _assessment(TODAY, instrument_id="zrm-regio-10"))


@given(assessments())
def test_change_with_itself_is_zero_or_none(a: Assessment) -> None:
    result = change(a, a)
    assert set(result) == {s.leefgebied for s in a.scores}
    for s in a.scores:
        assert result[s.leefgebied] == (None if s.numeric is None else 0)


@given(assessments(), assessments())
def test_change_is_antisymmetric(a: Assessment, b: Assessment) -> None:
    forward, backward = change(a, b), change(b, a)
    assert forward.keys() == backward.keys()
    for key, delta in forward.items():
        back = backward[key]
        assert (delta is None) == (back is None)
        if delta is not None and back is not None:
            assert delta == -back


# --- staleness and latest --------------------------------------------------------------------------------------


def test_staleness_boundary_is_thirty_days() -> None:
    assert STALE_AFTER_DAYS == 30
    assert not is_stale(TODAY, TODAY)
    assert not is_stale(TODAY - dt.timedelta(days=30), TODAY)
    assert is_stale(TODAY - dt.timedelta(days=31), TODAY)


def test_latest_ignores_niet_besproken_but_keeps_nvt() -> None:
    old = TODAY - dt.timedelta(days=60)
    recent = TODAY - dt.timedelta(days=5)
    history = [
        _assessment(recent, Score("huisvesting", None), Score("financien", 4), Score("justitie", None, nvt=True)),
        _assessment(old, Score("huisvesting", 2), Score("financien", 1), Score("justitie", 1)),
    ]
    latest = latest_per_leefgebied(history)
    assert latest == {
        "huisvesting": (Score("huisvesting", 2), old),
        "financien": (Score("financien", 4), recent),
        "justitie": (Score("justitie", None, nvt=True), recent),
    }


def test_latest_on_one_date_takes_the_later_given() -> None:
    first = _assessment(TODAY, Score("huisvesting", 2))
    second = _assessment(TODAY, Score("huisvesting", 3))
    assert latest_per_leefgebied([first, second])["huisvesting"][0].value == 3
    assert latest_per_leefgebied([]) == {}


def test_latest_refuses_mixed_people_or_instruments() -> None:
    with pytest.raises(ValueError, match="one person"):
        latest_per_leefgebied([_assessment(TODAY), _assessment(TODAY, person="p2")])
    with pytest.raises(ValueError, match="one instrument"):
        latest_per_leefgebied([_assessment(TODAY), _assessment(TODAY, instrument_id="zrm-regio-10")])


def test_stale_leefgebieden_oldest_first() -> None:
    history = [
        _assessment(TODAY - dt.timedelta(days=40), Score("financien", 2), Score("justitie", 1)),
        _assessment(TODAY - dt.timedelta(days=31), Score("huisvesting", 3)),
        _assessment(TODAY - dt.timedelta(days=30), Score("middelengebruik", 3), Score("sociaal-netwerk", None)),
        _assessment(TODAY - dt.timedelta(days=2), Score("justitie", 4)),
        _assessment(TODAY - dt.timedelta(days=45), Score("sociaal-netwerk", 2)),
    ]
    assert stale_leefgebieden(history, TODAY) == ["sociaal-netwerk", "financien", "huisvesting"]
