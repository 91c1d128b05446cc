"""The werkgebied as postcode ranges: parsing the team's text, one written form, membership of a postcode."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.werkgebied import (
    HIGHEST,
    LOWEST,
    PostcodeRange,
    contains,
    format_werkgebied,
    merged,
    parse_werkgebied,
    postcode_area,
)
from regie_desktop.errors import ValidationError

areas = st.integers(min_value=LOWEST, max_value=HIGHEST)


@st.composite
def postcode_ranges(draw: st.DrawFn) -> PostcodeRange:
    low = draw(areas)
    high = draw(st.integers(min_value=low, max_value=min(HIGHEST, low + draw(st.sampled_from([0, 9, 99, 999])))))
    return PostcodeRange(low, high)


range_lists = st.lists(postcode_ranges(), max_size=12)
letters = st.text(alphabet="ABCEGHJKLNPRTVXZ", min_size=2, max_size=2)  # no S: SA, SD and SS are not issued


def _written(r: PostcodeRange, dash: str) -> str:
    return str(r.low) if r.low == r.high else f"{r.low}{dash}{r.high}"


@given(range_lists, st.sampled_from([", ", ",", "; ", "\n", " ", " ,\n "]), st.sampled_from(["-", " - ", "–", " – "]))
def test_parse_reads_any_written_list_as_the_same_area(ranges: list[PostcodeRange], separator: str, dash: str) -> None:
    parsed = parse_werkgebied(separator.join(_written(r, dash) for r in ranges))
    assert parsed == merged(ranges)
    for area in {r.low - 1 for r in ranges} | {r.high + 1 for r in ranges} | {r.low for r in ranges}:
        assert any(area in p for p in parsed) == any(r.low <= area <= r.high for r in ranges)


@given(range_lists)
def test_merged_ranges_are_sorted_disjoint_and_not_touching(ranges: list[PostcodeRange]) -> None:
    result = merged(ranges)
    for first, second in pairwise(result):
        assert first.high + 1 < second.low
    covered = {a for r in ranges for a in range(r.low, r.high + 1)}
    assert {a for r in result for a in range(r.low, r.high + 1)} == covered


@given(range_lists)
def test_the_written_form_reads_back_to_the_same_ranges(ranges: list[PostcodeRange]) -> None:
    text = format_werkgebied(ranges)
    assert parse_werkgebied(text) == merged(ranges)
    assert format_werkgebied(parse_werkgebied(text)) == text  # one written form per area


@given(range_lists, areas, letters)
def test_a_postcode_is_inside_when_its_four_digits_are_in_a_range(
    ranges: list[PostcodeRange], area: int, suffix: str
) -> None:
    inside = any(r.low <= area <= r.high for r in ranges)
    assert contains(parse_werkgebied(format_werkgebied(ranges)), f"{area} {suffix}") is inside
    assert contains(ranges, f"{area}{suffix.lower()}") is inside


@given(st.text(max_size=40))
def test_any_text_is_parsed_or_refused_with_a_dutch_message(text: str) -> None:
    try:
        ranges = parse_werkgebied(text)
    except ValidationError as exc:
        assert "postcode" in exc.message or "reeks" in exc.message
    else:
        assert all(LOWEST <= r.low <= r.high <= HIGHEST for r in ranges)


def test_examples() -> None:
    assert parse_werkgebied("3500-3599, 3611") == (PostcodeRange(3500, 3599), PostcodeRange(3611, 3611))
    assert parse_werkgebied("  3611;3500 – 3599\n") == parse_werkgebied("3500-3599, 3611")
    assert format_werkgebied(parse_werkgebied("3550-3599, 3500-3560, 3600")) == "3500-3600"
    assert parse_werkgebied("") == () and parse_werkgebied(" , ") == ()
    assert postcode_area("3511 ab") == 3511


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("351", "„351” is geen postcodegebied"),
        ("35111", "„35111” is geen postcodegebied"),
        ("0999", "1000 tot en met 9999"),
        ("3599-3500", "loopt achteruit"),
        ("3511 AB", "„AB” is geen postcodegebied"),
        ("3500-", "„3500-” is geen postcodegebied"),
        ("Utrecht", "„Utrecht”"),
    ],
)
def test_bad_text_is_refused_naming_the_wrong_part(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_werkgebied(text)
    assert fragment in caught.value.message


def test_a_range_refuses_impossible_bounds() -> None:
    with pytest.raises(ValueError):
        PostcodeRange(3599, 3500)
    with pytest.raises(ValueError):
        PostcodeRange(999, 1200)
    assert "3500" not in PostcodeRange(3500, 3599)  # only four-digit numbers are areas
    assert str(PostcodeRange(3511, 3511)) == "3511"


def test_contains_refuses_something_that_is_no_postcode() -> None:
    with pytest.raises(ValidationError, match="postcode"):
        contains((PostcodeRange(3500, 3599),), "35AB 11")


def test_only_ascii_digits_count() -> None:
    with pytest.raises(ValidationError):
        parse_werkgebied("\u0663\u0665\u0661\u0661")  # 3511 in Arabic-Indic digits
