import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.instruments import (
    Instrument,
    InstrumentFileError,
    instrument_schema_text,
    load_descriptions,
    load_instrument,
    load_instruments,
)
from regie_desktop.errors import ValidationError
from regie_desktop.resources import resource

SHIPPED = load_instruments()
ZRM = SHIPPED["zrm-2017"]
PG = SHIPPED["positieve-gezondheid"]


def _valid() -> dict[str, Any]:
    return {
        "id": "test-instrument",
        "version": "1",
        "name": "Testinstrument",
        "leefgebieden": [{"key": "wonen", "label": "Wonen"}, {"key": "werk", "label": "Werk"}],
        "scale": [{"value": 1, "label": "Laag"}, {"value": 2, "label": "Midden"}, {"value": 3, "label": "Hoog"}],
        "nvt_allowed": True,
    }


def _write(directory: Path, name: str, data: Any) -> Path:
    path = directory / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


# --- shipped files ---------------------------------------------------------------------------------------------


def test_all_shipped_instruments_load_with_their_counts() -> None:
    assert {key: len(i.leefgebieden) for key, i in SHIPPED.items()} == {
        "zrm-2017": 13,
        "zrm-regio-10": 10,
        "positieve-gezondheid": 6,
    }


def test_zrm_scales_and_nvt() -> None:
    for key in ("zrm-2017", "zrm-regio-10"):
        instrument = SHIPPED[key]
        assert instrument.scale_values == (1, 2, 3, 4, 5)
        assert instrument.scale[0].label == "Acute problematiek"
        assert instrument.scale[-1].label == "Volledig zelfredzaam"
        assert instrument.nvt_allowed
    assert ZRM.leefgebied("werk-opleiding").label == "Werk & opleiding"
    assert SHIPPED["zrm-regio-10"].leefgebied("adl-vaardigheden").label == "ADL-vaardigheden"


def test_positieve_gezondheid_is_zero_to_ten_without_nvt() -> None:
    assert PG.scale_values == tuple(range(11))
    assert PG.scale_text == "0–10"
    assert not PG.nvt_allowed


def test_committed_schema_is_up_to_date() -> None:
    committed = resource("instruments", "instrument.schema.json").read_text(encoding="utf-8")
    assert committed == instrument_schema_text(), (
        "resources/instruments/instrument.schema.json is out of date; regenerate it with: .venv/bin/python -c "
        '"from regie_desktop.domain.instruments import instrument_schema_text as t; '
        "open('resources/instruments/instrument.schema.json', 'w', encoding='utf-8').write(t())\""
    )


def test_schema_and_descriptions_files_are_not_taken_for_instruments(tmp_path: Path) -> None:
    _write(tmp_path, "test.json", _valid())
    _write(tmp_path, "instrument.schema.json", json.loads(instrument_schema_text()))
    _write(tmp_path, "test-instrument.descriptions.json", {"instrument_id": "test-instrument"})
    assert list(load_instruments(tmp_path)) == ["test-instrument"]


def test_shipped_files_never_carry_descriptions() -> None:
    # Official ZRM descriptions are licensed text; teams add their own, Regie ships none.
    assert not list(resource("instruments").glob("*.descriptions.json"))


# --- bad files -------------------------------------------------------------------------------------------------


def _broken(change: str) -> Any:
    data = _valid()
    if change == "duplicate key":
        data["leefgebieden"].append({"key": "wonen", "label": "Nog eens wonen"})
    elif change == "duplicate value":
        data["scale"][1]["value"] = 1
    elif change == "unsorted scale":
        data["scale"].reverse()
    elif change == "missing field":
        del data["nvt_allowed"]
    elif change == "extra field":
        data["kleur"] = "rood"
    elif change == "bad slug":
        data["leefgebieden"][0]["key"] = "Wonen en zo"
    elif change == "bad id":
        data["id"] = "ZRM_2017"
    elif change == "empty leefgebieden":
        data["leefgebieden"] = []
    elif change == "blank label":
        data["scale"][0]["label"] = "   "
    elif change == "string score":
        data["scale"][0]["value"] = "1"
    elif change == "bool nvt":
        data["nvt_allowed"] = "ja"
    elif change == "invalid json":
        return '{"id": "x", '
    elif change == "not an object":
        return "[1, 2]"
    return data


@pytest.mark.parametrize(
    ("change", "hint"),
    [
        ("duplicate key", "wonen"),
        ("duplicate value", "schaalwaarde 1"),
        ("unsorted scale", "oplopend"),
        ("missing field", "nvt_allowed: ontbreekt"),
        ("extra field", "kleur"),
        ("bad slug", "leefgebieden.0.key"),
        ("bad id", "id:"),
        ("empty leefgebieden", "leefgebieden: mag niet leeg zijn"),
        ("blank label", "scale.0.label"),
        ("string score", "scale.0.value: moet een geheel getal zijn"),
        ("bool nvt", "nvt_allowed: moet true of false zijn"),
        ("invalid json", "geen geldige JSON (regel 1"),
        ("not an object", "moet een object zijn"),
    ],
)
def test_bad_file_is_refused_with_its_name(tmp_path: Path, change: str, hint: str) -> None:
    path = _write(tmp_path, "team-noord.json", _broken(change))
    with pytest.raises(InstrumentFileError, match=r"team-noord\.json") as caught:
        load_instrument(path)
    assert hint in caught.value.message
    with pytest.raises(InstrumentFileError, match=r"team-noord\.json"):
        load_instruments(tmp_path)


def test_unreadable_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "kapot.json"
    path.write_bytes(b"\xff\xfe\x00niet-utf8")
    with pytest.raises(InstrumentFileError, match=r"kapot\.json"):
        load_instrument(path)


def test_two_files_with_one_id_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", _valid())
    _write(tmp_path, "b.json", _valid())
    with pytest.raises(InstrumentFileError, match=r"a\.json en b\.json"):
        load_instruments(tmp_path)


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InstrumentFileError, match="ontbreekt"):
        load_instruments(tmp_path / "nergens")


def test_instrument_is_frozen() -> None:
    with pytest.raises(Exception, match="frozen"):
        ZRM.name = "Iets anders"  # type: ignore[misc]


# --- validate_score --------------------------------------------------------------------------------------------


def test_validate_score_accepts_scale_nvt_and_niet_besproken() -> None:
    ZRM.validate_score("huisvesting", 1)
    ZRM.validate_score("huisvesting", 5)
    ZRM.validate_score("huisvesting", "nvt")
    ZRM.validate_score("huisvesting", None)
    PG.validate_score("zingeving", 0)
    PG.validate_score("zingeving", None)


def test_validate_score_refusals_are_dutch_and_specific() -> None:
    with pytest.raises(ValidationError, match="Score 7 past niet in de schaal 1–5 van Huisvesting"):
        ZRM.validate_score("huisvesting", 7)
    with pytest.raises(ValidationError, match="'wonen' hoort niet bij Zelfredzaamheid-Matrix 2017"):
        ZRM.validate_score("wonen", 3)
    with pytest.raises(ValidationError, match=r"N\.v\.t\. is geen geldige score bij Positieve Gezondheid"):
        PG.validate_score("zingeving", "nvt")
    with pytest.raises(ValidationError, match="getal"):
        ZRM.validate_score("huisvesting", "drie")
    with pytest.raises(ValidationError):
        ZRM.validate_score("huisvesting", True)


def test_gapped_scale_lists_its_values() -> None:
    data = _valid()
    data["scale"][2]["value"] = 5
    instrument = Instrument.model_validate(data)
    instrument.validate_score("werk", 5)
    with pytest.raises(ValidationError, match="schaal 1, 2, 5 van Werk"):
        instrument.validate_score("werk", 3)


@given(st.sampled_from(sorted(SHIPPED)), st.integers(min_value=-1000, max_value=1000), st.data())
def test_any_int_inside_the_scale_is_accepted_and_any_outside_refused(
    instrument_id: str, value: int, data: st.DataObject
) -> None:
    instrument = SHIPPED[instrument_id]
    key = data.draw(st.sampled_from([lg.key for lg in instrument.leefgebieden]))
    low, high = instrument.scale_values[0], instrument.scale_values[-1]
    if low <= value <= high:
        instrument.validate_score(key, value)
    else:
        with pytest.raises(ValidationError, match=f"Score {value} past niet"):
            instrument.validate_score(key, value)


# --- descriptions ----------------------------------------------------------------------------------------------


def _descriptions(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "instrument_id": "zrm-2017",
        "instrument_version": "2017.1",
        "descriptions": {"huisvesting": {"1": "Eigen tekst van het team", "5": "Nog een eigen tekst"}},
    }
    data.update(changes)
    return data


def test_descriptions_are_empty_when_the_team_has_none(tmp_path: Path) -> None:
    assert load_descriptions(ZRM, tmp_path) == {}
    assert load_descriptions(ZRM) == {}


def test_descriptions_load_with_int_scores(tmp_path: Path) -> None:
    _write(tmp_path, "zrm-2017.descriptions.json", _descriptions())
    assert load_descriptions(ZRM, tmp_path) == {
        "huisvesting": {1: "Eigen tekst van het team", 5: "Nog een eigen tekst"}
    }


@pytest.mark.parametrize(
    ("changes", "hint"),
    [
        ({"descriptions": {"wonen": {"1": "x"}}}, "'wonen' hoort niet bij"),
        ({"descriptions": {"huisvesting": {"6": "x"}}}, "'6' bij huisvesting"),
        ({"descriptions": {"huisvesting": {"03": "x"}}}, "'03' bij huisvesting"),
        ({"descriptions": {"huisvesting": {"nvt": "x"}}}, "'nvt' bij huisvesting"),
        ({"descriptions": {"huisvesting": {"1": ""}}}, "mag niet leeg zijn"),
        ({"instrument_id": "zrm-regio-10"}, "instrument 'zrm-regio-10'"),
        ({"instrument_version": "2016.1"}, "versie 2016.1"),
        ({"extra": 1}, "extra: is geen bekend veld"),
    ],
)
def test_bad_descriptions_are_refused_with_the_file_name(tmp_path: Path, changes: dict[str, Any], hint: str) -> None:
    _write(tmp_path, "zrm-2017.descriptions.json", _descriptions(**changes))
    with pytest.raises(InstrumentFileError, match=r"zrm-2017\.descriptions\.json") as caught:
        load_descriptions(ZRM, tmp_path)
    assert hint in caught.value.message


def test_invalid_json_descriptions_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, "zrm-2017.descriptions.json", "{")
    with pytest.raises(InstrumentFileError, match=r"zrm-2017\.descriptions\.json"):
        load_descriptions(ZRM, tmp_path)
