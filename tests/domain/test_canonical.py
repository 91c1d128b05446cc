import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.canonical import canonical_json

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=8), values, max_size=6))
def test_key_order_does_not_matter_and_round_trips(data: dict[str, object]) -> None:
    reversed_order = dict(reversed(list(data.items())))
    assert canonical_json(data) == canonical_json(reversed_order)
    assert json.loads(canonical_json(data)) == data


def test_dates_and_utc_datetimes_have_one_form() -> None:
    moment = dt.datetime(2026, 1, 2, 13, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert canonical_json({"d": dt.date(2026, 1, 2), "t": moment}) == '{"d":"2026-01-02","t":"2026-01-02T12:00:00Z"}'


def test_floats_and_naive_datetimes_are_refused() -> None:
    with pytest.raises(TypeError):
        canonical_json({"x": 1.5})
    with pytest.raises(TypeError):
        canonical_json({"t": dt.datetime(2026, 1, 1)})


def test_text_stays_utf8_not_escaped() -> None:
    assert canonical_json({"naam": "Zoë"}) == '{"naam":"Zoë"}'
