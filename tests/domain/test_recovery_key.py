import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain import recovery_key
from regie_desktop.errors import WrongRecoveryKey

SHAPE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


@given(st.binary(min_size=20, max_size=20))
def test_round_trip(raw: bytes) -> None:
    text = recovery_key.format_key(raw)
    assert SHAPE.match(text)
    assert recovery_key.parse_key(text) == raw


def test_parsing_forgives_case_spacing_and_lookalikes() -> None:
    raw = recovery_key.generate()
    text = recovery_key.format_key(raw)
    sloppy = " ".join(text.lower().split("-")).replace("o", "0").replace("i", "1").replace("b", "8")
    assert recovery_key.parse_key(sloppy) == raw


@pytest.mark.parametrize("bad", ["", "ABCD-EFGH", "A" * 33, "!" * 32])
def test_wrong_shape_is_refused_in_dutch(bad: str) -> None:
    with pytest.raises(WrongRecoveryKey, match="herstelsleutel"):
        recovery_key.parse_key(bad)
