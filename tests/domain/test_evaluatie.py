"""Rules of the evaluation per doel, the open doelen, the contactjournaal entry and the PDF check."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.domain.contactjournaal import Contact, ContactSoort, Deelnemer, DeelnemerSoort
from regie_desktop.domain.evaluatie import (
    MAX_PDF_BYTES,
    DoelResultaat,
    Evaluatie,
    EvaluatieSoort,
    Uitkomst,
    check_pdf,
    latest_uitkomsten,
    open_doelen,
)
from regie_desktop.errors import ValidationError
from tests.app.nazorg_support import minimal_pdf

TODAY = dt.date(2026, 6, 15)
IDS = ("d1", "d2")


def _eval(*resultaten: DoelResultaat, datum: dt.date = TODAY) -> Evaluatie:
    return Evaluatie(EvaluatieSoort.TUSSENEVALUATIE, datum, resultaten)


def test_every_doel_needs_an_uitkomst_in_plan_order() -> None:
    with pytest.raises(ValidationError, match="Doel 2"):
        _eval(DoelResultaat("d1", Uitkomst.BEREIKT)).validated(IDS, TODAY)
    valid = _eval(DoelResultaat("d2", Uitkomst.BEREIKT), DoelResultaat("d1", Uitkomst.BEREIKT, " ok ")).validated(
        IDS, TODAY
    )
    assert [r.doel_id for r in valid.resultaten] == ["d1", "d2"]
    assert valid.resultaten[0].toelichting == "ok"


def test_open_uitkomst_needs_an_explanation_and_foreign_or_double_doelen_are_refused() -> None:
    with pytest.raises(ValidationError, match="Doel 1: schrijf kort"):
        _eval(DoelResultaat("d1", Uitkomst.DEELS), DoelResultaat("d2", Uitkomst.BEREIKT)).validated(IDS, TODAY)
    with pytest.raises(ValidationError, match="hoort niet"):
        _eval(DoelResultaat("dx", Uitkomst.BEREIKT)).validated(IDS, TODAY)
    with pytest.raises(ValidationError, match="twee keer"):
        _eval(DoelResultaat("d1", Uitkomst.BEREIKT), DoelResultaat("d1", Uitkomst.BEREIKT)).validated(IDS, TODAY)
    with pytest.raises(ValidationError, match="toekomst"):
        _eval(datum=TODAY + dt.timedelta(days=1)).validated(IDS, TODAY)
    with pytest.raises(ValidationError, match="geen doelen"):
        _eval().validated((), TODAY)


@given(st.lists(st.tuples(st.integers(0, 30), st.sampled_from(IDS), st.sampled_from(list(Uitkomst))), max_size=12))
def test_latest_uitkomst_wins_and_open_doelen_are_the_rest(entries: list[tuple[int, str, Uitkomst]]) -> None:
    evaluaties = [
        (TODAY + dt.timedelta(days=day), n, _eval(DoelResultaat(doel, uitkomst)))
        for n, (day, doel, uitkomst) in enumerate(entries)
    ]
    latest = latest_uitkomsten(evaluaties)
    for doel in IDS:
        judged = sorted(((day, n, u) for n, (day, d, u) in enumerate(entries) if d == doel))
        assert latest.get(doel) == (judged[-1][2] if judged else None)
    assert set(open_doelen(IDS, latest)) == {d for d in IDS if latest.get(d) is not Uitkomst.BEREIKT}


def test_a_valid_pdf_passes() -> None:
    data = minimal_pdf()
    assert check_pdf(data).size == len(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "leeg"),
        (b"PK\x03\x04 not a pdf", "geen PDF"),
        (b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "onvolledig"),
        (b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\nstartxref\n9999\n%%EOF\n", "inhoudsopgave"),
    ],
)
def test_non_pdf_and_damaged_files_are_refused_in_dutch(data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_pdf(data)


def test_truncated_pdf_is_refused() -> None:
    data = minimal_pdf(pages=3)
    with pytest.raises(ValidationError, match="beschadigd"):
        check_pdf(data[: len(data) // 2])


def test_too_large_pdf_is_refused_before_anything_else() -> None:
    data = b"%PDF-1.4\n" + b"0" * (MAX_PDF_BYTES)
    with pytest.raises(ValidationError, match="groter dan 50 MB"):
        check_pdf(data)


def test_contact_rules() -> None:
    me = Deelnemer("Fatima Jansen", DeelnemerSoort.HUISHOUDEN)
    contact = Contact(
        TODAY, ContactSoort.TELEFOON, (me, Deelnemer(" fatima  jansen ", DeelnemerSoort.HUISHOUDEN)), " Gebeld "
    )
    valid = contact.validated(TODAY)
    assert valid.deelnemers == (me,)
    assert valid.notitie == "Gebeld"
    with pytest.raises(ValidationError, match="toekomst"):
        Contact(TODAY + dt.timedelta(days=1), ContactSoort.TELEFOON, (me,), "x").validated(TODAY)
    with pytest.raises(ValidationError, match="besproken"):
        Contact(TODAY, ContactSoort.TELEFOON, (me,), "  ").validated(TODAY)
    with pytest.raises(ValidationError, match="deelnemer"):
        Contact(TODAY, ContactSoort.TELEFOON, (Deelnemer(" ", DeelnemerSoort.ANDERS),), "x").validated(TODAY)
    with pytest.raises(ValidationError, match="te lang"):
        Contact(TODAY, ContactSoort.TELEFOON, (me,), "x" * 5000).validated(TODAY)
