import dataclasses
import datetime as dt
import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.canonical import canonical_json
from regie_desktop.domain.consent import (
    Consent,
    Point,
    Signature,
    SignerRole,
    Stroke,
    canonical_consent,
    canonical_strokes,
    is_trivial,
    strokes_from_canonical,
    strokes_hash,
)
from regie_desktop.domain.plan import Actie, Doel, Inzet, InzetSoort, PlanContent, WieSoort, plan_hash
from regie_desktop.domain.signing import (
    PURPOSE,
    DeviceKey,
    SignedRecord,
    Verification,
    sign_record,
    signing_payload,
    verify,
)
from regie_desktop.errors import ValidationError

LEEFGEBIEDEN = {"inkomen", "huisvesting", "sociaal_netwerk", "dagbesteding"}
SIGNED_AT = dt.datetime(2026, 11, 25, 14, 30, tzinfo=dt.UTC)
KEY = DeviceKey.from_private_bytes(bytes(range(32)))


def curvy(phase: float = 0.0, n: int = 160) -> tuple[Stroke, ...]:
    """A handwriting-like signature: loops along a baseline (about 50 x 15 mm), rounded to ints."""
    main = []
    for i in range(n):
        s = i / 8
        x = 100 + 3 * i + 40 * math.sin(2.1 * s + phase)
        y = 200 + 60 * math.sin(1.3 * s + phase) + 25 * math.cos(3.7 * s)
        main.append(Point(round(x), round(y), 8 * i, 450 + round(150 * math.sin(s))))
    flourish = tuple(Point(120 + 4 * i, 300 + round(10 * math.sin(i / 3)), 2000 + 8 * i, 300) for i in range(30))
    return (tuple(main), flourish)


def line(n: int = 50, dx: int = 10, dy: int = 3) -> tuple[Stroke, ...]:
    return (tuple(Point(100 + dx * i, 100 + dy * i, 10 * i, 500) for i in range(n)),)


def _signature(role: SignerRole = SignerRole.CLIENT, name: str = "Fatima Bakker", phase: float = 0.0) -> Signature:
    return Signature(name, role, curvy(phase), SIGNED_AT)


def _plan() -> PlanContent:
    return PlanContent(
        casus_id="c-1",
        version=1,
        instrument_id="zrm-2017",
        doelen=(
            Doel(
                "d1",
                "inkomen",
                "Schulden op een rij",
                "Vaste lasten op tijd betaald",
                (Actie("Fatima", WieSoort.CLIENT, "Post sorteren", dt.date(2026, 12, 1)),),
                (Inzet(InzetSoort.MAATWERK, "Begeleiding individueel", "BGI"),),
            ),
            Doel("d2", "huisvesting", "Woning behouden", "Geen huurachterstand"),
            Doel("d3", "sociaal_netwerk", "Meer contact met de buren", ""),
        ),
        tussenevaluatie=dt.date(2027, 2, 1),
    )


def _consent(plan: PlanContent | None = None, **changes: Any) -> Consent:
    base = Consent(
        plan_hash=plan_hash(plan or _plan()),
        share_with_provider=True,
        withheld_leefgebieden=("huisvesting",),
        data_processing_consent=True,
        client_signature=_signature(),
        worker_signature=_signature(SignerRole.WERKER, "Jan de Werker", phase=1.3),
    )
    return dataclasses.replace(base, **changes)


def _record() -> SignedRecord:
    plan = _plan()
    return sign_record(KEY, plan, _consent(plan).validated(LEEFGEBIEDEN))


RECORD = _record()


# --- strokes and triviality ----------------------------------------------------------------------------


def test_point_accepts_ints_only() -> None:
    with pytest.raises(ValueError, match="int"):
        Point(1.5, 2, 0, 500)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="int"):
        Point(1, 2, 0, True)
    with pytest.raises(ValueError, match="pressure"):
        Point(1, 2, 0, 1001)
    with pytest.raises(ValueError, match="t_ms"):
        Point(1, 2, -1, 10)


def test_signed_at_must_be_utc() -> None:
    with pytest.raises(ValueError, match="UTC"):
        Signature("A", SignerRole.CLIENT, curvy(), dt.datetime(2026, 1, 1, 12, 0))
    with pytest.raises(ValueError, match="UTC"):
        Signature(
            "A", SignerRole.CLIENT, curvy(), dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
        )


def test_curvy_signature_is_not_trivial() -> None:
    assert not is_trivial(curvy())
    assert not is_trivial(curvy(phase=1.3))
    assert not is_trivial(curvy()[:1])


@pytest.mark.parametrize(
    ("name", "strokes"),
    [
        ("nothing", ()),
        ("empty strokes", ((), ())),
        ("too few points", (curvy()[0][:9],)),
        ("a dot", (tuple(Point(500 + i % 7, 500 + (i * 3) % 11, i, 500) for i in range(60)),)),
        (
            "a small scribble",
            (tuple(Point(500 + round(40 * math.cos(i)), 500 + round(40 * math.sin(i)), i, 500) for i in range(60)),),
        ),
        ("a straight line", line()),
        ("a vertical line", line(dx=0, dy=12)),
        ("a wobbly line", (tuple(Point(100 + 10 * i, 100 + (i % 3) * 10, i, 500) for i in range(60)),)),
        ("back and forth", (tuple(Point(100 + 10 * (i if i < 30 else 60 - i), 200, i, 500) for i in range(60)),)),
        ("two strokes on one line", (line()[0][:20], line()[0][25:])),
        (
            "a long gentle arc",
            (
                tuple(
                    Point(100 + 20 * i, 300 + round(35 * (1 - ((20 * i - 500) / 500) ** 2)), i, 500) for i in range(51)
                ),
            ),
        ),
        ("an X", (line(30, 10, 10)[0], tuple(Point(100 + 10 * i, 390 - 10 * i, i, 500) for i in range(30)))),
    ],
)
def test_trivial_marks(name: str, strokes: tuple[Stroke, ...]) -> None:
    assert is_trivial(strokes), name


@given(st.integers(-5000, 5000), st.integers(-5000, 5000))
def test_triviality_does_not_depend_on_position(dx: int, dy: int) -> None:
    moved = tuple(tuple(Point(p.x + dx, p.y + dy, p.t_ms, p.pressure) for p in s) for s in curvy())
    assert not is_trivial(moved)
    assert is_trivial(tuple(tuple(Point(p.x + dx, p.y + dy, p.t_ms, p.pressure) for p in s) for s in line()))


points = st.builds(
    Point,
    x=st.integers(-10_000, 10_000),
    y=st.integers(-10_000, 10_000),
    t_ms=st.integers(0, 600_000),
    pressure=st.integers(0, 1000),
)


@given(st.lists(st.lists(points, max_size=5).map(tuple), max_size=4).map(tuple))
def test_strokes_canonical_round_trip(strokes: tuple[Stroke, ...]) -> None:
    data = canonical_strokes(strokes)
    assert strokes_from_canonical(json.loads(canonical_json(data))) == strokes


def test_strokes_hash_covers_every_value() -> None:
    signature = _signature()
    first = signature.strokes[0]
    nudged = (
        (*first[:5], dataclasses.replace(first[5], pressure=first[5].pressure + 1), *first[6:]),
        *signature.strokes[1:],
    )
    assert strokes_hash(dataclasses.replace(signature, strokes=nudged)) != strokes_hash(signature)
    assert strokes_hash(dataclasses.replace(signature, signer_name="Ander")) == strokes_hash(signature)


# --- consent -------------------------------------------------------------------------------------------


def test_valid_consent_is_normalised() -> None:
    consent = _consent(
        withheld_leefgebieden=(" sociaal_netwerk", "huisvesting", "huisvesting"),
        client_signature=_signature(name="  Fatima Bakker "),
    ).validated(LEEFGEBIEDEN)
    assert consent.withheld_leefgebieden == ("huisvesting", "sociaal_netwerk")
    assert consent.client_signature.signer_name == "Fatima Bakker"


def test_withheld_leefgebieden_are_dropped_when_nothing_is_shared() -> None:
    consent = _consent(share_with_provider=False).validated(LEEFGEBIEDEN)
    assert consent.withheld_leefgebieden == ()
    with pytest.raises(ValidationError, match="Onbekend leefgebied"):
        _consent(share_with_provider=False, withheld_leefgebieden=("geluk",)).validated(LEEFGEBIEDEN)


def test_representative_may_sign_for_the_client() -> None:
    signature = _signature(SignerRole.WETTELIJK_VERTEGENWOORDIGER, "Mr. P. Curator")
    assert _consent(client_signature=signature).validated(LEEFGEBIEDEN).client_signature.role is (
        SignerRole.WETTELIJK_VERTEGENWOORDIGER
    )


def test_no_data_processing_consent_is_recorded_not_refused() -> None:
    assert _consent(data_processing_consent=False).validated(LEEFGEBIEDEN).data_processing_consent is False


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"client_signature": Signature("Fatima", SignerRole.CLIENT, (), SIGNED_AT)},
            "Er is geen geldige handtekening gezet door de cliënt; laat de handtekening opnieuw zetten.",
        ),
        (
            {"client_signature": Signature("Fatima", SignerRole.CLIENT, line(), SIGNED_AT)},
            "Er is geen geldige handtekening gezet door de cliënt; laat de handtekening opnieuw zetten.",
        ),
        (
            {"worker_signature": Signature("Jan", SignerRole.WERKER, line(), SIGNED_AT)},
            "Er is geen geldige handtekening gezet door de sociaal werker; zet de handtekening opnieuw.",
        ),
        (
            {"client_signature": _signature(SignerRole.WERKER)},
            "De eerste handtekening moet van de cliënt of een wettelijk vertegenwoordiger zijn.",
        ),
        ({"client_signature": _signature(name="  ")}, "Vul de naam in van wie namens de cliënt tekent."),
        (
            {"worker_signature": _signature(SignerRole.CLIENT, "Jan", 1.3)},
            "De tweede handtekening moet van de sociaal werker zijn.",
        ),
        ({"worker_signature": _signature(SignerRole.WERKER, "", 1.3)}, "De naam van de sociaal werker ontbreekt."),
        (
            {"worker_signature": _signature(SignerRole.WERKER, "Jan")},
            "De handtekeningen van cliënt en werker zijn precies gelijk; laat beiden zelf tekenen.",
        ),
        ({"withheld_leefgebieden": ("inkomen", "geluk")}, "Onbekend leefgebied bij 'niet delen': geluk."),
        ({"plan_hash": "abc"}, "De toestemming verwijst niet naar een geldige planversie."),
    ],
)
def test_consent_validation_messages(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _consent(**changes).validated(LEEFGEBIEDEN)
    assert caught.value.message == message


def test_canonical_consent_hashes_strokes_instead_of_carrying_them() -> None:
    consent = RECORD.consent
    data = canonical_consent(consent)
    assert json.loads(json.dumps(data)) == data
    assert data["client"] == {
        "name": "Fatima Bakker",
        "role": "client",
        "signed_at": "2026-11-25T14:30:00Z",
        "strokes_hash": strokes_hash(consent.client_signature),
    }
    assert data["werker"]["role"] == "werker"
    assert data["withheld_leefgebieden"] == ["huisvesting"]
    assert data["plan_hash"] == plan_hash(RECORD.plan)
    assert "strokes" not in json.dumps(data).replace("strokes_hash", "")


# --- device key and signing ----------------------------------------------------------------------------


def test_device_key_round_trips_and_does_not_print_its_secret() -> None:
    key = DeviceKey.generate()
    again = DeviceKey.from_private_bytes(key.private_bytes())
    assert len(key.private_bytes()) == 32 and len(key.public_bytes()) == 32
    assert again.public_bytes() == key.public_bytes()
    assert again.sign(b"x") == key.sign(b"x")  # Ed25519 is deterministic
    assert key.private_bytes().hex() not in repr(key)
    with pytest.raises(ValueError, match="32 bytes"):
        DeviceKey.from_private_bytes(b"short")


def test_payload_is_canonical_and_names_its_purpose() -> None:
    payload = signing_payload(RECORD.plan, RECORD.consent)
    data = json.loads(payload.decode("utf-8"))
    assert canonical_json(data).encode("utf-8") == payload
    assert data["purpose"] == PURPOSE == "regie-plan-ondertekening/1"
    assert data["plan_hash"] == plan_hash(RECORD.plan)
    assert data["consent"] == canonical_consent(RECORD.consent)
    assert data["strokes"] == {
        "client": strokes_hash(RECORD.consent.client_signature),
        "werker": strokes_hash(RECORD.consent.worker_signature),
    }


def test_payload_refuses_consent_for_another_plan() -> None:
    other = dataclasses.replace(_plan(), version=2)
    with pytest.raises(ValueError, match="another plan version"):
        signing_payload(other, RECORD.consent)


def test_untouched_record_is_valid() -> None:
    assert verify(RECORD) is Verification.GELDIG
    assert verify(_record()) is Verification.GELDIG
    assert Verification.PLAN_GEWIJZIGD.message == "Het plan is gewijzigd na ondertekening."


@given(st.integers(0, 63), st.integers(1, 255))
def test_flipping_any_signature_byte_is_detected(index: int, mask: int) -> None:
    signature = bytearray(RECORD.signature)
    signature[index] ^= mask
    assert verify(dataclasses.replace(RECORD, signature=bytes(signature))) is Verification.HANDTEKENING_ONGELDIG


def test_truncated_or_missing_signature_is_invalid() -> None:
    assert verify(dataclasses.replace(RECORD, signature=RECORD.signature[:-1])) is Verification.HANDTEKENING_ONGELDIG
    assert verify(dataclasses.replace(RECORD, signature=b"")) is Verification.HANDTEKENING_ONGELDIG


@given(st.data())
def test_changing_any_stroke_value_is_detected(data: st.DataObject) -> None:
    which = data.draw(st.sampled_from(["client_signature", "worker_signature"]))
    signature: Signature = getattr(RECORD.consent, which)
    s = data.draw(st.integers(0, len(signature.strokes) - 1))
    i = data.draw(st.integers(0, len(signature.strokes[s]) - 1))
    field = data.draw(st.sampled_from(["x", "y", "t_ms", "pressure"]))
    point = signature.strokes[s][i]
    old = getattr(point, field)
    low, high = {"x": (-10_000, 10_000), "y": (-10_000, 10_000), "t_ms": (0, 600_000), "pressure": (0, 1000)}[field]
    new = data.draw(st.integers(low, high).filter(lambda v: v != old))
    stroke = (*signature.strokes[s][:i], dataclasses.replace(point, **{field: new}), *signature.strokes[s][i + 1 :])
    strokes = (*signature.strokes[:s], stroke, *signature.strokes[s + 1 :])
    changed = dataclasses.replace(signature, strokes=strokes)
    if which == "client_signature":
        consent = dataclasses.replace(RECORD.consent, client_signature=changed)
    else:
        consent = dataclasses.replace(RECORD.consent, worker_signature=changed)
    assert verify(dataclasses.replace(RECORD, consent=consent)) is Verification.HANDTEKENING_ONGELDIG


def test_dropping_or_adding_a_point_is_detected() -> None:
    signature = RECORD.consent.client_signature
    fewer = dataclasses.replace(signature, strokes=(signature.strokes[0][:-1], *signature.strokes[1:]))
    more = dataclasses.replace(signature, strokes=(*signature.strokes, (Point(1, 2, 3, 4),)))
    for changed in (fewer, more):
        consent = dataclasses.replace(RECORD.consent, client_signature=changed)
        assert verify(dataclasses.replace(RECORD, consent=consent)) is Verification.HANDTEKENING_ONGELDIG


@pytest.mark.parametrize(
    "changes",
    [
        {"share_with_provider": False},
        {"withheld_leefgebieden": ()},
        {"withheld_leefgebieden": ("huisvesting", "inkomen")},
        {"data_processing_consent": False},
        {"client_signature": dataclasses.replace(_signature(), signer_name="Iemand Anders")},
        {"client_signature": dataclasses.replace(_signature(), role=SignerRole.WETTELIJK_VERTEGENWOORDIGER)},
        {
            "worker_signature": dataclasses.replace(
                RECORD.consent.worker_signature, signed_at=SIGNED_AT + dt.timedelta(seconds=1)
            )
        },
    ],
)
def test_changing_any_consent_choice_is_detected(changes: dict[str, Any]) -> None:
    consent = dataclasses.replace(RECORD.consent, **changes)
    assert verify(dataclasses.replace(RECORD, consent=consent)) is Verification.HANDTEKENING_ONGELDIG


@given(st.data())
def test_changing_any_doel_omschrijving_is_a_changed_plan(data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(RECORD.plan.doelen) - 1))
    doel = RECORD.plan.doelen[index]
    text = data.draw(st.text(max_size=40).filter(lambda t: t != doel.omschrijving))
    doelen = list(RECORD.plan.doelen)
    doelen[index] = dataclasses.replace(doel, omschrijving=text)
    plan = dataclasses.replace(RECORD.plan, doelen=tuple(doelen))
    assert verify(dataclasses.replace(RECORD, plan=plan)) is Verification.PLAN_GEWIJZIGD


def test_other_plan_changes_are_changed_plan() -> None:
    for plan in (
        dataclasses.replace(RECORD.plan, tussenevaluatie=dt.date(2027, 3, 1)),
        dataclasses.replace(RECORD.plan, doelen=RECORD.plan.doelen[:2]),
        dataclasses.replace(RECORD.plan, version=2),
    ):
        assert verify(dataclasses.replace(RECORD, plan=plan)) is Verification.PLAN_GEWIJZIGD


def test_changing_plan_and_its_hash_in_the_consent_is_a_bad_signature_not_a_changed_plan() -> None:
    plan = dataclasses.replace(RECORD.plan, toelichting="Achteraf toegevoegd")
    consent = dataclasses.replace(RECORD.consent, plan_hash=plan_hash(plan))
    assert verify(SignedRecord(plan, consent, RECORD.device_public_key, RECORD.signature)) is (
        Verification.HANDTEKENING_ONGELDIG
    )


def test_another_or_malformed_public_key_is_invalid() -> None:
    other = DeviceKey.generate().public_bytes()
    assert verify(dataclasses.replace(RECORD, device_public_key=other)) is Verification.HANDTEKENING_ONGELDIG
    assert verify(dataclasses.replace(RECORD, device_public_key=b"\x00" * 5)) is Verification.HANDTEKENING_ONGELDIG


def test_resigning_with_another_key_verifies_so_callers_must_check_the_key() -> None:
    """verify proves integrity against the key in the record; trusting that key is the caller's job."""
    forged = sign_record(DeviceKey.generate(), RECORD.plan, RECORD.consent)
    assert verify(forged) is Verification.GELDIG
    assert forged.device_public_key != RECORD.device_public_key
