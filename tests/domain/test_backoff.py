from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.backoff import MAX_DELAY_S, unlock_delay_s


def test_first_mistake_is_free() -> None:
    assert unlock_delay_s(0) == 0
    assert unlock_delay_s(1) == 0


def test_delay_grows_then_caps() -> None:
    assert [unlock_delay_s(n) for n in range(2, 8)] == [1, 2, 4, 8, 16, 30]
    assert unlock_delay_s(1000) == MAX_DELAY_S


@given(st.integers(min_value=0, max_value=10_000))
def test_delay_is_monotonic_and_bounded(n: int) -> None:
    assert 0 <= unlock_delay_s(n) <= unlock_delay_s(n + 1) <= MAX_DELAY_S
