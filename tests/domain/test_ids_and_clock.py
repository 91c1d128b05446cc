import uuid

from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.hlc import HybridClock, Timestamp
from regie_desktop.domain.ids import new_id, uuid7


def test_uuid7_has_version_and_variant() -> None:
    value = uuid7()
    assert value.version == 7
    assert value.variant == uuid.RFC_4122


def test_uuid7_sorts_in_creation_order_within_a_millisecond() -> None:
    ids = [new_id() for _ in range(5000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_clock_never_goes_backwards_when_wall_clock_does() -> None:
    walls = iter([1000, 900, 900, 1100])
    clock = HybridClock("dev-a", wall_ms=lambda: next(walls))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 4


@given(
    local=st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=20),
    remote=st.tuples(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=100)),
)
def test_observe_moves_past_the_remote_stamp(local: list[int], remote: tuple[int, int]) -> None:
    walls = iter(local + [0] * 5)
    clock = HybridClock("dev-a", wall_ms=lambda: next(walls))
    for _ in local[:-1]:
        clock.now()
    seen = Timestamp(remote[0], remote[1], "dev-b")
    after = clock.observe(seen)
    assert (after.wall_ms, after.counter) > (seen.wall_ms, seen.counter)
    assert clock.now() > after


@given(st.integers(min_value=0, max_value=10**14), st.integers(min_value=0, max_value=99_998))
def test_encoded_stamps_sort_like_stamps(wall: int, counter: int) -> None:
    a = Timestamp(wall, counter, "n")
    b = Timestamp(wall, counter + 1, "n")
    assert Timestamp.decode(a.encode()) == a
    assert a.encode() < b.encode()
