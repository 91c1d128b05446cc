"""The aanmelding draft as plain JSON: what is typed comes back unchanged; a damaged draft never breaks the form."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from ui.pages.aanmelding_state import FORMAT_VERSION, AanmeldingState, PersonState

texts = st.text(max_size=30)
persons = st.builds(
    PersonState,
    voornamen=texts,
    tussenvoegsel=texts,
    achternaam=texts,
    geboortedatum=texts,
    bsn=texts,
    telefoon=texts,
    email=texts,
    rol=st.sampled_from(["", "aanvrager", "partner", "kind"]),
)
states = st.builds(
    AanmeldingState,
    persons=st.lists(persons, min_size=1, max_size=4),
    straat=texts,
    huisnummer=texts,
    postcode=texts,
    woonplaats=texts,
    kanaal=st.sampled_from(["", "telefoon", "verwijzing"]),
    verwijzer=texts,
    hulpvraag=st.text(max_size=200),
    professionals=texts,
    spoed=st.lists(st.sampled_from(["huiselijk_geweld", "geen_inkomen"]), unique=True),
    toestemming=st.booleans(),
    uitleg=st.booleans(),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)


@given(states)
def test_a_state_survives_the_trip_through_json(state: AanmeldingState) -> None:
    payload = state.to_payload()
    assert payload["format"] == FORMAT_VERSION
    assert AanmeldingState.from_payload(json.loads(json.dumps(payload))) == state


@given(st.dictionaries(st.sampled_from(["persons", "spoed", "postcode", "toestemming", "x"]), json_values))
def test_any_json_object_gives_a_usable_state(data: dict) -> None:
    state = AanmeldingState.from_payload(data)
    assert len(state.persons) >= 1
    assert isinstance(state.postcode, str) and isinstance(state.toestemming, bool)
    assert all(isinstance(s, str) for s in state.spoed)


def test_empty_means_nothing_typed_or_ticked() -> None:
    assert AanmeldingState().is_empty()
    assert AanmeldingState(kanaal="verwijzing", persons=[PersonState(rol="aanvrager")]).is_empty()
    assert not AanmeldingState(persons=[PersonState(achternaam="Smit")]).is_empty()
    assert not AanmeldingState(persons=[PersonState(), PersonState()]).is_empty()
    assert not AanmeldingState(hulpvraag="Schulden").is_empty()
    assert not AanmeldingState(spoed=["geen_inkomen"]).is_empty()
    assert not AanmeldingState(uitleg=True).is_empty()
    assert AanmeldingState(straat="   ").is_empty()
