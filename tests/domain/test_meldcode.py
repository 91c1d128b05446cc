"""The guidance files of the gesprek: the shipped ones load, a broken copy is refused with a Dutch reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from regie_desktop.domain.gesprek import Informatie
from regie_desktop.domain.meldcode import (
    MELDCODE_FILE,
    RELATIESOORTEN_FILE,
    GesprekFileError,
    RelatieSoort,
    load_informatie,
    load_meldcode,
    load_relatiesoorten,
    load_veiligheidscheck,
)
from regie_desktop.resources import bundled_resource


def _shipped(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(bundled_resource("gesprek", name).read_text(encoding="utf-8"))
    return data


def _write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def test_the_shipped_files_load() -> None:
    meldcode = load_meldcode()
    assert [s.nummer for s in meldcode.stappen] == [1, 2, 3, 4, 5]
    assert all(s.titel and s.uitleg for s in meldcode.stappen)
    assert len(load_veiligheidscheck().vragen) >= 3
    informatie = load_informatie()
    assert [o.soort for o in informatie.onderwerpen] == list(Informatie)
    assert informatie.onderwerp(Informatie.KLACHTENPROCEDURE).label == "Klachtenprocedure"


@pytest.mark.parametrize(
    ("relatie", "soort"),
    [
        ("zus", RelatieSoort.FAMILIE),
        ("Schoonmoeder", RelatieSoort.FAMILIE),
        ("buurvrouw", RelatieSoort.VRIENDEN_BUREN),
        ("vriendin van school", RelatieSoort.VRIENDEN_BUREN),
        ("Oud-collega", RelatieSoort.VRIENDEN_BUREN),
        ("huisarts", RelatieSoort.PROFESSIONEEL),
        ("buurtcoach", RelatieSoort.PROFESSIONEEL),  # "buur" is in it, but the professional words come first
        ("kinderarts", RelatieSoort.PROFESSIONEEL),
        ("iemand van de bakker", RelatieSoort.OVERIG),
        ("", RelatieSoort.OVERIG),
    ],
)
def test_a_relation_is_sorted_by_the_first_kind_with_a_matching_word(relatie: str, soort: RelatieSoort) -> None:
    assert load_relatiesoorten().soort_van(relatie) is soort


def test_labels_of_the_kinds_include_overig() -> None:
    soorten = load_relatiesoorten()
    assert soorten.label(RelatieSoort.FAMILIE) == "Familie"
    assert soorten.label(RelatieSoort.OVERIG) == "Overig"
    assert {"zus", "buurvrouw", "huisarts"} <= set(soorten.voorbeelden())


def test_a_team_copy_in_the_resources_folder_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _shipped(MELDCODE_FILE)
    data["stappen"][0]["titel"] = "Eigen formulering van stap één"
    _write(tmp_path / "gesprek", MELDCODE_FILE, data)
    monkeypatch.setenv("REGIE_RESOURCES", str(tmp_path))
    assert load_meldcode().stappen[0].titel == "Eigen formulering van stap één"
    assert len(load_veiligheidscheck().vragen) >= 3  # no team copy of this one: the shipped file


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["stappen"].pop(), "precies 5 stappen"),
        (lambda d: d["stappen"].reverse(), "genummerd 1 tot en met 5"),
        (lambda d: d["stappen"][2].update(titel="  "), "stappen.2.titel: mag niet leeg zijn"),
        (lambda d: d["stappen"][1].pop("uitleg"), "stappen.1.uitleg: ontbreekt"),
        (lambda d: d.update(extra="x"), "extra: is geen bekend veld"),
    ],
)
def test_a_broken_meldcode_file_is_refused_with_a_dutch_reason(tmp_path: Path, change: Any, reason: str) -> None:
    data = _shipped(MELDCODE_FILE)
    change(data)
    folder = _write(tmp_path, MELDCODE_FILE, data)
    with pytest.raises(GesprekFileError) as caught:
        load_meldcode(folder)
    assert caught.value.message.startswith(f"Het bestand {MELDCODE_FILE} klopt niet: ")
    assert reason in caught.value.message


def test_unreadable_and_invalid_json_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(GesprekFileError, match=r"meldcode\.json voor het gesprek kan niet worden gelezen"):
        load_meldcode(tmp_path)
    (tmp_path / MELDCODE_FILE).write_text('{"naam": ', encoding="utf-8")
    with pytest.raises(GesprekFileError, match=r"geen geldige JSON \(regel 1"):
        load_meldcode(tmp_path)


def test_informatie_needs_every_kind_exactly_once(tmp_path: Path) -> None:
    data = _shipped("informatie.json")
    data["onderwerpen"].pop()
    with pytest.raises(GesprekFileError, match="het onderwerp 'clientondersteuning' ontbreekt"):
        load_informatie(_write(tmp_path, "informatie.json", data))
    data["onderwerpen"].append(dict(data["onderwerpen"][0]))
    with pytest.raises(GesprekFileError, match="onderwerp 'privacy' komt meer dan één keer voor"):
        load_informatie(_write(tmp_path, "informatie.json", data))


def test_veiligheidscheck_questions_need_unique_keys(tmp_path: Path) -> None:
    data = _shipped("veiligheidscheck.json")
    data["vragen"].append(dict(data["vragen"][0]))
    with pytest.raises(GesprekFileError, match="vraag 'thuis' komt meer dan één keer voor"):
        load_veiligheidscheck(_write(tmp_path, "veiligheidscheck.json", data))


def test_relatiesoorten_need_each_kind_and_no_overig(tmp_path: Path) -> None:
    data = _shipped(RELATIESOORTEN_FILE)
    data["soorten"] = [s for s in data["soorten"] if s["soort"] != "familie"]
    with pytest.raises(GesprekFileError, match="de soort 'familie' ontbreekt"):
        load_relatiesoorten(_write(tmp_path, RELATIESOORTEN_FILE, data))
    data = _shipped(RELATIESOORTEN_FILE)
    data["soorten"].append({"soort": "overig", "label": "Rest", "woorden": ["x-y"]})
    with pytest.raises(GesprekFileError, match="'overig' krijgt geen woorden"):
        load_relatiesoorten(_write(tmp_path, RELATIESOORTEN_FILE, data))


def test_an_example_relation_must_land_in_its_own_kind(tmp_path: Path) -> None:
    data = _shipped(RELATIESOORTEN_FILE)
    familie = next(s for s in data["soorten"] if s["soort"] == "familie")
    familie["voorbeelden"].append("buurvrouw")
    with pytest.raises(GesprekFileError, match="het voorbeeld 'buurvrouw' bij 'familie' valt onder 'vrienden_buren'"):
        load_relatiesoorten(_write(tmp_path, RELATIESOORTEN_FILE, data))
