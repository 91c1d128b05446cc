import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.household import NewHousehold, NewPerson, normalise_bsn, normalise_postcode
from regie_desktop.errors import ValidationError

TODAY = dt.date(2026, 11, 25)


def _bsn_checksum_ok(digits: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_bsn_accepts_exactly_the_elfproef(digits: str) -> None:
    if _bsn_checksum_ok(digits) and digits != "000000000":
        assert normalise_bsn(digits) == digits
    else:
        with pytest.raises(ValidationError):
            normalise_bsn(digits)


def test_bsn_with_spaces_and_dots_is_normalised() -> None:
    assert normalise_bsn("1112.22.333") == "111222333"


def test_postcode_is_normalised_and_checked() -> None:
    assert normalise_postcode("1234ab") == "1234 AB"
    with pytest.raises(ValidationError, match="postcode"):
        normalise_postcode("0123 AB")
    with pytest.raises(ValidationError):
        normalise_postcode("12345")


def test_person_needs_a_surname_and_a_past_birth_date() -> None:
    with pytest.raises(ValidationError, match="achternaam"):
        NewPerson(voornamen="Sanne", achternaam=" ").validated(TODAY)
    with pytest.raises(ValidationError, match="toekomst"):
        NewPerson(voornamen="Sanne", achternaam="Visser", geboortedatum=TODAY + dt.timedelta(days=1)).validated(TODAY)


def test_bsn_is_optional() -> None:
    person = NewPerson(voornamen=" Sanne ", achternaam="Visser").validated(TODAY)
    assert person.bsn is None
    assert person.voornamen == "Sanne"


def test_household_needs_a_person() -> None:
    with pytest.raises(ValidationError, match="minstens één persoon"):
        NewHousehold(personen=()).validated(TODAY)
