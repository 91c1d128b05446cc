import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.canonical import canonical_json
from regie_desktop.domain.plan import (
    Actie,
    ActieChange,
    ChangeKind,
    Doel,
    Inzet,
    InzetSoort,
    PlanContent,
    PlanStatus,
    WieSoort,
    canonical_plan,
    changed_plan_fields,
    diff_plans,
    ensure_editable,
    plan_from_canonical,
    plan_hash,
)
from regie_desktop.errors import ValidationError

TODAY = dt.date(2026, 11, 25)
LEEFGEBIEDEN = {"inkomen", "huisvesting", "sociaal_netwerk", "dagbesteding"}

# --- strategies ----------------------------------------------------------------------------------------

texts = st.text(max_size=30)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))
acties = st.builds(Actie, wie=texts, wie_soort=st.sampled_from(WieSoort), wat=texts, wanneer=st.none() | dates)
inzetten = st.builds(Inzet, soort=st.sampled_from(InzetSoort), omschrijving=texts, productcode=texts)
doelen = st.builds(
    Doel,
    id=texts,
    leefgebied=texts,
    omschrijving=texts,
    zes=texts,
    acties=st.lists(acties, max_size=3).map(tuple),
    inzet=st.lists(inzetten, max_size=2).map(tuple),
)
plans = st.builds(
    PlanContent,
    casus_id=texts,
    version=st.integers(min_value=1, max_value=10_000),
    instrument_id=texts,
    doelen=st.lists(doelen, max_size=4).map(tuple),
    tussenevaluatie=st.none() | dates,
    toelichting=texts,
)


def _plan(**changes: Any) -> PlanContent:
    base = PlanContent(
        casus_id="c-1",
        version=1,
        instrument_id="zrm-2017",
        doelen=(
            Doel(
                id="d1",
                leefgebied="inkomen",
                omschrijving="Schulden op een rij en een betalingsregeling",
                zes="Vaste lasten worden elke maand op tijd betaald",
                acties=(
                    Actie("Fatima", WieSoort.CLIENT, "Post sorteren met de map", dt.date(2026, 12, 1)),
                    Actie("Buurman Kees", WieSoort.NETWERK, "Helpt bij het sorteren", None),
                ),
                inzet=(
                    Inzet(InzetSoort.VOORVELD, "Thuisadministratie vrijwilliger"),
                    Inzet(InzetSoort.MAATWERK, "Begeleiding individueel", "BGI"),
                ),
            ),
            Doel(id="d2", leefgebied="huisvesting", omschrijving="Woning blijft behouden", zes="Geen huurachterstand"),
        ),
        tussenevaluatie=dt.date(2027, 2, 1),
        toelichting="Besproken aan de keukentafel",
    )
    return dataclasses.replace(base, **changes)


def _with_doel(plan: PlanContent, index: int, **changes: Any) -> PlanContent:
    doelen = list(plan.doelen)
    doelen[index] = dataclasses.replace(doelen[index], **changes)
    return dataclasses.replace(plan, doelen=tuple(doelen))


# --- canonical form and hash ---------------------------------------------------------------------------


@given(plans)
def test_canonical_round_trip(plan: PlanContent) -> None:
    data = canonical_plan(plan)
    assert json.loads(json.dumps(data)) == data  # only plain JSON types
    assert plan_from_canonical(json.loads(canonical_json(data))) == plan


@given(plans)
def test_hash_ignores_dict_key_order(plan: PlanContent) -> None:
    def reverse_keys(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: reverse_keys(v) for k, v in reversed(list(value.items()))}
        if isinstance(value, list):
            return [reverse_keys(v) for v in value]
        return value

    shuffled = reverse_keys(canonical_plan(plan))
    assert canonical_json(shuffled) == canonical_json(canonical_plan(plan))
    assert plan_hash(plan_from_canonical(shuffled)) == plan_hash(plan)


@given(plans)
def test_equal_plans_hash_equal(plan: PlanContent) -> None:
    copy = plan_from_canonical(json.loads(json.dumps(canonical_plan(plan))))
    assert copy is not plan
    assert plan_hash(copy) == plan_hash(plan)
    assert len(plan_hash(plan)) == 64


def test_hash_is_sha256_of_the_canonical_json() -> None:
    import hashlib

    plan = _plan()
    assert plan_hash(plan) == hashlib.sha256(canonical_json(canonical_plan(plan)).encode("utf-8")).hexdigest()


MUTATIONS: dict[str, Callable[[PlanContent], PlanContent]] = {
    "casus_id": lambda p: dataclasses.replace(p, casus_id="c-2"),
    "version": lambda p: dataclasses.replace(p, version=2),
    "instrument_id": lambda p: dataclasses.replace(p, instrument_id="zrm-regio"),
    "tussenevaluatie": lambda p: dataclasses.replace(p, tussenevaluatie=dt.date(2027, 2, 2)),
    "tussenevaluatie_none": lambda p: dataclasses.replace(p, tussenevaluatie=None),
    "toelichting": lambda p: dataclasses.replace(p, toelichting="Anders"),
    "doel_order": lambda p: dataclasses.replace(p, doelen=tuple(reversed(p.doelen))),
    "doel_removed": lambda p: dataclasses.replace(p, doelen=p.doelen[:1]),
    "doel_id": lambda p: _with_doel(p, 0, id="d9"),
    "leefgebied": lambda p: _with_doel(p, 0, leefgebied="dagbesteding"),
    "omschrijving": lambda p: _with_doel(p, 1, omschrijving="Woning blijft behouden."),
    "zes": lambda p: _with_doel(p, 0, zes=""),
    "actie_wie": lambda p: _with_doel(
        p, 0, acties=(dataclasses.replace(p.doelen[0].acties[0], wie="Fatima B."), *p.doelen[0].acties[1:])
    ),
    "actie_wie_soort": lambda p: _with_doel(
        p,
        0,
        acties=(dataclasses.replace(p.doelen[0].acties[0], wie_soort=WieSoort.HUISHOUDEN), *p.doelen[0].acties[1:]),
    ),
    "actie_wanneer": lambda p: _with_doel(
        p, 0, acties=(dataclasses.replace(p.doelen[0].acties[0], wanneer=None), *p.doelen[0].acties[1:])
    ),
    "actie_order": lambda p: _with_doel(p, 0, acties=tuple(reversed(p.doelen[0].acties))),
    "inzet_soort": lambda p: _with_doel(
        p, 0, inzet=(dataclasses.replace(p.doelen[0].inzet[0], soort=InzetSoort.NETWERK), p.doelen[0].inzet[1])
    ),
    "productcode": lambda p: _with_doel(
        p, 0, inzet=(p.doelen[0].inzet[0], dataclasses.replace(p.doelen[0].inzet[1], productcode="BGG"))
    ),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_hash_changes_when_any_field_changes(name: str) -> None:
    plan = _plan()
    assert plan_hash(MUTATIONS[name](plan)) != plan_hash(plan)


def test_canonical_form_is_plain_and_versioned() -> None:
    data = canonical_plan(_plan())
    assert data["format"] == 1
    assert data["tussenevaluatie"] == "2027-02-01"
    assert data["doelen"][0]["acties"][0] == {
        "wie": "Fatima",
        "wie_soort": "client",
        "wat": "Post sorteren met de map",
        "wanneer": "2026-12-01",
    }
    assert data["doelen"][0]["inzet"][1] == {
        "soort": "maatwerk",
        "omschrijving": "Begeleiding individueel",
        "productcode": "BGI",
    }


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d.update(format=2),
        lambda d: d.update(version="1"),
        lambda d: d.update(version=True),
        lambda d: d.update(tussenevaluatie="20270201"),
        lambda d: d.update(casus_id=None),
        lambda d: d.pop("toelichting"),
        lambda d: d["doelen"][0]["acties"][0].update(wie_soort="iemand"),
        lambda d: d["doelen"][0].update(acties="geen"),
    ],
)
def test_from_canonical_refuses_what_is_not_canonical(mangle: Callable[[dict[str, Any]], object]) -> None:
    data = canonical_plan(_plan())
    mangle(data)
    with pytest.raises((ValueError, KeyError)):
        plan_from_canonical(data)


# --- validation ----------------------------------------------------------------------------------------


def test_valid_plan_is_trimmed() -> None:
    plan = _with_doel(
        _plan(toelichting="  x  "), 1, omschrijving="  Woning blijft behouden ", leefgebied=" huisvesting"
    )
    plan = _with_doel(plan, 0, inzet=(Inzet(InzetSoort.MAATWERK, " Begeleiding ", " bgi "),))
    checked = plan.validated(LEEFGEBIEDEN, TODAY)
    assert checked.toelichting == "x"
    assert checked.doelen[1].omschrijving == "Woning blijft behouden"
    assert checked.doelen[1].leefgebied == "huisvesting"
    assert checked.doelen[0].inzet == (Inzet(InzetSoort.MAATWERK, "Begeleiding", "BGI"),)
    assert _plan().validated(LEEFGEBIEDEN, TODAY) == _plan()


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (_with_doel(_plan(), 1, omschrijving="   "), "Doel 2: vul de omschrijving van het doel in."),
        (
            _with_doel(_plan(), 0, leefgebied="geluk"),
            "Doel 1: het leefgebied 'geluk' hoort niet bij het gekozen instrument.",
        ),
        (
            _with_doel(_plan(), 1, id="d1"),
            "Doel 2 heeft hetzelfde id als een eerder doel; elk doel heeft een eigen id.",
        ),
        (
            _with_doel(_plan(), 0, inzet=(Inzet(InzetSoort.MAATWERK, "Begeleiding", "  "),)),
            "Doel 1, inzet 1: maatwerk heeft een productcode nodig, zoals BGI (begeleiding individueel).",
        ),
        (
            _with_doel(_plan(), 0, inzet=(Inzet(InzetSoort.NETWERK, "Zus", "BGI"),)),
            "Doel 1, inzet 1: alleen maatwerk heeft een productcode.",
        ),
        (
            _with_doel(_plan(), 0, inzet=(Inzet(InzetSoort.EIGEN_KRACHT, " "),)),
            "Doel 1, inzet 1: vul de omschrijving van de inzet in.",
        ),
        (
            _with_doel(_plan(), 0, acties=(Actie("", WieSoort.CLIENT, "Bellen"),)),
            "Doel 1, actie 1: vul in wie de actie uitvoert.",
        ),
        (
            _with_doel(
                _plan(), 0, acties=(Actie("Fatima", WieSoort.CLIENT, "Bellen"), Actie("Jan", WieSoort.WERKER, ""))
            ),
            "Doel 1, actie 2: vul in wat er gebeurt.",
        ),
        (_plan(tussenevaluatie=TODAY - dt.timedelta(days=1)), "De datum van de tussenevaluatie ligt in het verleden."),
        (_plan(version=0), "Het versienummer van het plan moet 1 of hoger zijn."),
        (_plan(casus_id=" "), "Het plan hoort niet bij een casus."),
    ],
)
def test_validation_messages(plan: PlanContent, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        plan.validated(LEEFGEBIEDEN, TODAY)
    assert caught.value.message == message


def test_tussenevaluatie_today_or_open_is_allowed() -> None:
    assert _plan(tussenevaluatie=TODAY).validated(LEEFGEBIEDEN, TODAY).tussenevaluatie == TODAY
    assert _plan(tussenevaluatie=None).validated(LEEFGEBIEDEN, TODAY).tussenevaluatie is None


def test_messages_do_not_quote_what_the_worker_typed() -> None:
    with pytest.raises(ValidationError) as caught:
        _with_doel(_plan(), 0, acties=(Actie("Fatima", WieSoort.CLIENT, " "),)).validated(LEEFGEBIEDEN, TODAY)
    assert "Fatima" not in caught.value.message


def test_signed_plan_is_not_editable() -> None:
    ensure_editable(PlanStatus.CONCEPT)
    with pytest.raises(ValidationError) as caught:
        ensure_editable(PlanStatus.ONDERTEKEND)
    assert caught.value.message == "Een ondertekend plan kan niet meer worden gewijzigd; maak een nieuwe versie."


# --- diff ----------------------------------------------------------------------------------------------


def test_diff_of_equal_plans_is_empty() -> None:
    assert diff_plans(_plan(), _plan()) == []
    assert changed_plan_fields(_plan(), _plan()) == ()


def test_diff_added_removed_and_changed_doelen() -> None:
    old = _plan()
    new_doel = Doel(id="d3", leefgebied="dagbesteding", omschrijving="Twee dagen vrijwilligerswerk")
    new = dataclasses.replace(old, doelen=(_with_doel(old, 0, zes="Geen nieuwe schulden").doelen[0], new_doel))
    changes = diff_plans(old, new)
    assert [(c.kind, c.doel_id) for c in changes] == [
        (ChangeKind.CHANGED, "d1"),
        (ChangeKind.ADDED, "d3"),
        (ChangeKind.REMOVED, "d2"),
    ]
    changed, added, removed = changes
    assert changed.fields == ("zes",)
    assert changed.acties == ()
    assert added.old is None and added.new == new_doel
    assert removed.old == old.doelen[1] and removed.new is None


def test_diff_doel_fields_and_inzet() -> None:
    old = _plan()
    new = _with_doel(old, 0, leefgebied="dagbesteding", omschrijving="Anders", inzet=())
    (change,) = diff_plans(old, new)
    assert change.fields == ("leefgebied", "omschrijving", "inzet")


def test_reordering_doelen_is_not_a_change_per_doel() -> None:
    old = _plan()
    assert diff_plans(old, dataclasses.replace(old, doelen=tuple(reversed(old.doelen)))) == []


def test_diff_acties_inserted_removed_changed() -> None:
    a = Actie("Fatima", WieSoort.CLIENT, "Post sorteren", dt.date(2026, 12, 1))
    b = Actie("Kees", WieSoort.NETWERK, "Helpt sorteren")
    c = Actie("Werker", WieSoort.WERKER, "Belt schuldhulp", dt.date(2026, 12, 3))
    new_first = Actie("Fatima", WieSoort.CLIENT, "Map kopen")
    old = _with_doel(_plan(), 0, acties=(a, b, c))

    inserted = _with_doel(old, 0, acties=(new_first, a, b, c))
    (change,) = diff_plans(old, inserted)
    assert change.fields == ()
    assert change.acties == (ActieChange(ChangeKind.ADDED, None, new_first),)

    removed = _with_doel(old, 0, acties=(a, c))
    assert diff_plans(old, removed)[0].acties == (ActieChange(ChangeKind.REMOVED, b, None),)

    b2 = dataclasses.replace(b, wat="Helpt sorteren en opbergen", wanneer=dt.date(2026, 12, 8))
    edited = _with_doel(old, 0, acties=(a, b2, c))
    assert diff_plans(old, edited)[0].acties == (ActieChange(ChangeKind.CHANGED, b, b2, ("wat", "wanneer")),)


def test_plan_level_fields() -> None:
    old = _plan()
    new = dataclasses.replace(old, tussenevaluatie=dt.date(2027, 3, 1), toelichting="Nieuw")
    assert diff_plans(old, new) == []
    assert changed_plan_fields(old, new) == ("tussenevaluatie", "toelichting")


@given(plans, plans)
def test_diff_is_empty_only_when_doelen_match(old: PlanContent, new: PlanContent) -> None:
    unique_old = dataclasses.replace(old, doelen=tuple({d.id: d for d in old.doelen}.values()))
    unique_new = dataclasses.replace(new, doelen=tuple({d.id: d for d in new.doelen}.values()))
    changes = diff_plans(unique_old, unique_new)
    same = {d.id: d for d in unique_old.doelen} == {d.id: d for d in unique_new.doelen}
    assert (changes == []) == same
    assert diff_plans(unique_new, unique_new) == []
