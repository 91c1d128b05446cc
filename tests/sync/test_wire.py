"""The wire schema: what a change must look like to travel, and the enrolment bytes both sides sign."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from regie_desktop.app.journal import WIRE_SCHEMA_VERSION
from regie_desktop.domain.hlc import HybridClock
from regie_desktop.domain.ids import new_id
from regie_desktop.sync import wire


def change(**overrides: Any) -> dict[str, Any]:
    device = new_id()
    base: dict[str, Any] = {
        "id": new_id(),
        "entity": "casus",
        "entity_id": new_id(),
        "operation": "upsert",
        "fields": {"fase": "plan"},
        "base_version": 3,
        "base_seq": 0,
        "hlc": HybridClock(device).now().encode(),
        "author_id": new_id(),
        "device_id": device,
        "schema_version": wire.SCHEMA_VERSION,
    }
    return {**base, **overrides}


def nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


def test_the_client_writes_the_schema_version_the_wire_speaks() -> None:
    assert WIRE_SCHEMA_VERSION == wire.SCHEMA_VERSION
    assert wire.MIN_SCHEMA_VERSION <= wire.SCHEMA_VERSION


def test_a_valid_change_round_trips_through_json() -> None:
    data = change(fields={"naam": "Zoë", "lijst": [1, "twee", None, True], "genest": {"b": 1, "a": 2}})
    parsed = wire.Change.model_validate(json.loads(json.dumps(data)))
    assert parsed.model_dump() == data
    assert parsed.canonical_fields() == '{"genest":{"a":2,"b":1},"lijst":[1,"twee",null,true],"naam":"Zoë"}'


@pytest.mark.parametrize(
    "overrides",
    [
        {"id": "niet-een-uuid"},
        {"id": "0193A2B4-0000-7000-8000-000000000000"},  # upper case is not the canonical form
        {"entity": "Casus"},
        {"entity": "casus\n"},
        {"entity_id": "abc\n"},
        {"entity": "x" * 41},
        {"entity_id": ""},
        {"entity_id": "../../etc"},
        {"operation": "drop"},
        {"fields": {"bedrag": 1.5}},
        {"fields": {"diep": nested(5000)}},
        {"fields": {"a\x00": 1}},
        {"fields": {"tekst": "\ud800"}},
        {"fields": {"tekst": "x" * (wire.MAX_FIELDS_BYTES + 1)}},
        {"base_version": -1},
        {"base_version": 2**31},
        {"base_seq": -1},
        {"base_seq": 2**63},
        {"hlc": "gisteren"},
        {"hlc": "000000000000001-00000-node\n"},
        {"hlc": "\u0661" * 15 + "-00000-node"},  # digits, but not ASCII ones
        {"schema_version": -1},
        {"onbekend": 1},
    ],
)
def test_malformed_changes_are_refused(overrides: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        wire.Change.model_validate(change(**overrides))


def test_a_tombstone_is_a_delete_with_no_fields() -> None:
    assert wire.Change.model_validate(change(operation="delete", fields={})).operation == "delete"


@given(st.text(alphabet="abcdefghjkmnpqrtuvwxy34679- ", min_size=1, max_size=30))
def test_code_normalisation_ignores_case_spaces_and_dashes(code: str) -> None:
    assert wire.normalise_code(code) == wire.normalise_code(code.upper().replace("-", " "))
    assert "-" not in wire.normalise_code(code) and " " not in wire.normalise_code(code)


def test_enrolment_payload_binds_code_device_and_key() -> None:
    key = "ab" * 32
    payload = wire.enrolment_payload("abcde-fghij", "d", key)
    assert payload == wire.enrolment_payload("ABCDEFGHIJ", "d", key)
    assert json.loads(payload) == {
        "purpose": wire.ENROL_PURPOSE,
        "code": "ABCDEFGHIJ",
        "device_id": "d",
        "public_key": key,
    }
    assert payload != wire.enrolment_payload("ABCDEFGHIJ", "e", key)


def test_check_text_walks_keys_and_nesting() -> None:
    wire.check_text({"a": [{"b": "ok"}]})
    with pytest.raises(ValueError, match="NUL"):
        wire.check_text({"a": [{"b\x00": "ok"}]})
    with pytest.raises(ValueError, match="Unicode"):
        wire.check_text([["\udfff"]])


@given(st.lists(st.uuids().map(str), unique=True, max_size=30), st.randoms())
def test_scope_digest_ignores_order_and_continues_incrementally(ids: list[str], rnd: Any) -> None:
    shuffled = list(ids)
    rnd.shuffle(shuffled)
    assert wire.scope_digest(ids) == wire.scope_digest(shuffled)
    half = len(ids) // 2
    assert wire.scope_digest(ids[half:], start=wire.scope_digest(ids[:half])) == wire.scope_digest(ids)
    if ids:
        assert wire.scope_digest(ids[1:]) != wire.scope_digest(ids)
    else:
        assert wire.scope_digest(ids) == wire.EMPTY_DIGEST
