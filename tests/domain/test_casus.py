import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.casus import (
    REASON_REQUIRED,
    TRANSITIONS,
    Aanmelding,
    Fase,
    Kanaal,
    Spoed,
    transition,
)
from regie_desktop.errors import ValidationError

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


@given(st.lists(st.tuples(st.sampled_from(list(Fase)), st.booleans()), max_size=40))
def test_no_sequence_of_requests_reaches_an_illegal_state(requests: list[tuple[Fase, bool]]) -> None:
    current = Fase.AANMELDING
    history = [current]
    for target, with_reason in requests:
        try:
            step = transition(current, target, "reden" if with_reason else "", "werker-1", NOW)
        except ValidationError:
            continue
        assert step.naar in TRANSITIONS[current]
        assert step.van is current
        if (current, target) in REASON_REQUIRED:
            assert step.reden
        current = step.naar
        history.append(current)
    # Afgesloten is final: once there, nothing else follows.
    if Fase.AFGESLOTEN in history:
        assert history[-1] is Fase.AFGESLOTEN
        assert history.count(Fase.AFGESLOTEN) == 1


def test_every_phase_is_reachable_from_aanmelding() -> None:
    reached, frontier = {Fase.AANMELDING}, [Fase.AANMELDING]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in reached:
                reached.add(nxt)
                frontier.append(nxt)
    assert reached == set(Fase)


def test_refusal_names_the_allowed_moves() -> None:
    with pytest.raises(ValidationError, match=r"kan niet naar traject.*Toegestaan: .*gesprek"):
        transition(Fase.AANMELDING, Fase.TRAJECT, "", "w", NOW)


def test_closing_needs_a_reason() -> None:
    with pytest.raises(ValidationError, match="reden"):
        transition(Fase.GESPREK, Fase.AFGESLOTEN, "  ", "w", NOW)
    assert transition(Fase.GESPREK, Fase.AFGESLOTEN, "Doel bereikt", "w", NOW).reden == "Doel bereikt"


def test_aanmelding_rules() -> None:
    base = Aanmelding(
        datum=TODAY, kanaal=Kanaal.TELEFOON, hulpvraag=" Schulden ", spoed=frozenset({Spoed.GEEN_INKOMEN})
    )
    valid = base.validated(TODAY)
    assert valid.hulpvraag == "Schulden"
    assert valid.is_spoed
    with pytest.raises(ValidationError, match="toekomst"):
        Aanmelding(datum=TODAY + dt.timedelta(days=1), kanaal=Kanaal.TELEFOON, hulpvraag="x").validated(TODAY)
    with pytest.raises(ValidationError, match="hulpvraag"):
        Aanmelding(datum=TODAY, kanaal=Kanaal.TELEFOON, hulpvraag=" ").validated(TODAY)
    with pytest.raises(ValidationError, match="verwijzer"):
        Aanmelding(datum=TODAY, kanaal=Kanaal.VERWIJZING, hulpvraag="x").validated(TODAY)
