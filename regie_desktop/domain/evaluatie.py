"""Voortgang and eindevaluatie: per doel of the signed plan, is the agreed '6' reached, partly, or not?

"Goed is goed genoeg": worker and client agreed per doel what good enough looks like (``Doel.zes``); an
evaluation holds that against reality. A tussenevaluatie looks along the way, the eindevaluatie at the end of
the indication. The doelen that are not (fully) reached are the open doelen a verlenging takes over.

The provider's eindverslag arrives as a PDF; ``check_pdf`` refuses what is not one, what is too large and a
file that is cut off or damaged, before anything is stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from regie_desktop.errors import ValidationError

MAX_TOELICHTING_LENGTH = 2000
MAX_PDF_BYTES = 50 * 1024 * 1024
"""Larger files are scans at a resolution nobody needs; they would also slow every backup."""


class Uitkomst(StrEnum):
    BEREIKT = "bereikt"
    DEELS = "deels"
    NIET_BEREIKT = "niet_bereikt"


UITKOMST_LABELS: dict[Uitkomst, str] = {
    Uitkomst.BEREIKT: "Bereikt",
    Uitkomst.DEELS: "Deels bereikt",
    Uitkomst.NIET_BEREIKT: "Niet bereikt",
}

OPEN_UITKOMSTEN = frozenset({Uitkomst.DEELS, Uitkomst.NIET_BEREIKT})


class EvaluatieSoort(StrEnum):
    TUSSENEVALUATIE = "tussenevaluatie"
    EINDEVALUATIE = "eindevaluatie"


EVALUATIE_SOORT_LABELS: dict[EvaluatieSoort, str] = {
    EvaluatieSoort.TUSSENEVALUATIE: "Tussenevaluatie",
    EvaluatieSoort.EINDEVALUATIE: "Eindevaluatie",
}


@dataclass(frozen=True)
class DoelResultaat:
    doel_id: str
    uitkomst: Uitkomst
    toelichting: str = ""


@dataclass(frozen=True)
class Evaluatie:
    """One evaluation of the doelen of one signed plan version."""

    soort: EvaluatieSoort
    datum: dt.date
    resultaten: tuple[DoelResultaat, ...]
    toelichting: str = ""

    def validated(self, doel_ids: Sequence[str], today: dt.date) -> Evaluatie:
        """A trimmed copy in the plan's doel order, or a ValidationError naming the doel by its number.

        Every doel of the plan needs an uitkomst: an evaluation that skips a doel would later read as if that
        doel was forgotten. An evaluation is a conversation that took place, so not in the future.
        """
        if self.datum > today:
            raise ValidationError(
                "De evaluatie ligt in de toekomst; leg haar vast als het gesprek heeft plaatsgevonden."
            )
        if not doel_ids:
            raise ValidationError("Het ondertekende plan heeft geen doelen om te evalueren.")
        by_id: dict[str, DoelResultaat] = {}
        for given in self.resultaten:
            if given.doel_id not in doel_ids:
                raise ValidationError("Een beoordeeld doel hoort niet bij het ondertekende plan.")
            if given.doel_id in by_id:
                raise ValidationError("Een doel is twee keer beoordeeld in dezelfde evaluatie.")
            by_id[given.doel_id] = given
        resultaten = []
        for n, doel_id in enumerate(doel_ids, start=1):
            r = by_id.get(doel_id)
            if r is None:
                raise ValidationError(f"Doel {n}: kies of het doel bereikt, deels bereikt of niet bereikt is.")
            text = r.toelichting.strip()
            if len(text) > MAX_TOELICHTING_LENGTH:
                raise ValidationError(
                    f"Doel {n}: de toelichting is te lang (meer dan {MAX_TOELICHTING_LENGTH} tekens)."
                )
            if Uitkomst(r.uitkomst) in OPEN_UITKOMSTEN and not text:
                raise ValidationError(f"Doel {n}: schrijf kort waarom het doel (nog) niet helemaal bereikt is.")
            resultaten.append(DoelResultaat(doel_id, Uitkomst(r.uitkomst), text))
        if len(self.toelichting.strip()) > MAX_TOELICHTING_LENGTH:
            raise ValidationError(f"De toelichting is te lang (meer dan {MAX_TOELICHTING_LENGTH} tekens).")
        return Evaluatie(EvaluatieSoort(self.soort), self.datum, tuple(resultaten), self.toelichting.strip())


def resultaten_to_wire(resultaten: Iterable[DoelResultaat]) -> list[dict[str, str]]:
    return [{"doel_id": r.doel_id, "uitkomst": r.uitkomst.value, "toelichting": r.toelichting} for r in resultaten]


def resultaten_from_wire(data: object) -> tuple[DoelResultaat, ...]:
    if not isinstance(data, list):
        return ()
    known = {u.value for u in Uitkomst}
    out = []
    for item in data:
        if isinstance(item, dict) and isinstance(item.get("doel_id"), str) and item.get("uitkomst") in known:
            out.append(DoelResultaat(item["doel_id"], Uitkomst(item["uitkomst"]), str(item.get("toelichting", ""))))
    return tuple(out)


def latest_uitkomsten(evaluaties: Iterable[tuple[dt.date, int, Evaluatie]]) -> dict[str, Uitkomst]:
    """Per doel the uitkomst of the most recent evaluation that judged it.

    ``evaluaties`` are (datum, order, evaluatie); ``order`` breaks a tie on the same day (the later stored wins).
    """
    result: dict[str, Uitkomst] = {}
    for _datum, _order, evaluatie in sorted(evaluaties, key=lambda t: (t[0], t[1])):
        for r in evaluatie.resultaten:
            result[r.doel_id] = r.uitkomst
    return result


def open_doelen(doel_ids: Sequence[str], uitkomsten: Mapping[str, Uitkomst]) -> tuple[str, ...]:
    """Doelen not (fully) reached, in plan order; a doel never evaluated counts as open (nobody said it was reached)."""
    return tuple(d for d in doel_ids if uitkomsten.get(d) is not Uitkomst.BEREIKT)


# --- the provider's PDF --------------------------------------------------------------------------------------

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF", re.DOTALL)
_TAIL = 4096


@dataclass(frozen=True)
class PdfCheck:
    size: int
    version: str


def check_pdf(data: bytes) -> PdfCheck:
    """Refuse a file that is not a PDF, is larger than 50 MB, or is cut off or damaged (Dutch messages).

    A structural check without a PDF library: the header, the ``startxref`` pointer at the end, and that the
    pointer lands on a cross-reference table or stream inside the file. A download that broke off, or another
    file renamed to .pdf, fails here; the screen that shows the PDF checks that it renders.
    """
    if len(data) > MAX_PDF_BYTES:
        raise ValidationError(
            f"Het bestand is groter dan {MAX_PDF_BYTES // (1024 * 1024)} MB. Vraag de aanbieder om een kleinere "
            "PDF (bijvoorbeeld zonder scans in hoge resolutie)."
        )
    if not data:
        raise ValidationError("Het bestand is leeg. Kies het eindverslag als PDF.")
    if not data.startswith(b"%PDF-"):
        raise ValidationError("Dit bestand is geen PDF. Kies het eindverslag als PDF-bestand.")
    version = data[5:8].decode("ascii", "replace")
    tail = data[-_TAIL:]
    matches = list(_STARTXREF.finditer(tail))
    if not matches:
        raise ValidationError(
            "Deze PDF is beschadigd of onvolledig (het einde van het bestand ontbreekt). Vraag de aanbieder het "
            "eindverslag opnieuw te sturen."
        )
    offset = int(matches[-1].group(1))
    target = data[offset : offset + 64] if 0 < offset < len(data) else b""
    if not (target.startswith(b"xref") or re.match(rb"\s*\d+\s+\d+\s+obj", target)):
        raise ValidationError(
            "Deze PDF is beschadigd: de inhoudsopgave van het bestand klopt niet. Vraag de aanbieder het "
            "eindverslag opnieuw te sturen."
        )
    return PdfCheck(size=len(data), version=version)
