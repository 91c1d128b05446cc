"""Data minimisation (AVG art. 5 lid 1c): which fields the team actually fills in, counted over the caseload.

Counts only, never a name or a text: per leefgebied how many notes have a zorg, a kracht and a wens, how many
were marked niet besproken, and how many scores (and n.v.t.) were given; and for the persons how often the
optional personal fields hold a value. A field that stays empty almost everywhere is a question for the team:
do we need it? Looking at the report is not logged per dossier (it opens none).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLCoreOperations

from regie_desktop.app import catalog
from regie_desktop.store.models import Casus, LeefgebiedNotitieRow, Persoon, ZrmAssessment, ZrmScore


@dataclass(frozen=True)
class LeefgebiedTelling:
    leefgebied: str
    label: str
    notities: int
    zorg: int
    kracht: int
    wens: int
    niet_besproken: int
    scores: int
    nvt: int


@dataclass(frozen=True)
class VeldTelling:
    veld: str
    ingevuld: int
    totaal: int


@dataclass(frozen=True)
class MinimalisatieRapport:
    casussen: int
    leefgebieden: tuple[LeefgebiedTelling, ...]
    persoonsvelden: tuple[VeldTelling, ...]


def _filled(column: SQLCoreOperations[str]) -> ColumnElement[int]:
    return func.sum(case((func.length(func.trim(column)) > 0, 1), else_=0))


def _labels() -> tuple[dict[str, str], dict[str, int]]:
    labels: dict[str, str] = {}
    order: dict[str, int] = {}
    instruments = catalog.instruments()
    ordered = [instruments[catalog.DEFAULT_INSTRUMENT]] if catalog.DEFAULT_INSTRUMENT in instruments else []
    ordered += [i for key, i in sorted(instruments.items()) if key != catalog.DEFAULT_INSTRUMENT]
    for instrument in ordered:
        for lg in instrument.leefgebieden:
            labels.setdefault(lg.key, lg.label)
            order.setdefault(lg.key, len(order))
    return labels, order


def minimisation_report(session: Session) -> MinimalisatieRapport:
    """The counts over every casus on this laptop."""
    labels, order = _labels()
    notes: dict[str, tuple[int, int, int, int, int]] = {}
    for key, total, zorg, kracht, wens, niet in session.execute(
        select(
            LeefgebiedNotitieRow.leefgebied,
            func.count(),
            _filled(LeefgebiedNotitieRow.zorg),
            _filled(LeefgebiedNotitieRow.kracht),
            _filled(LeefgebiedNotitieRow.wens),
            func.sum(case((LeefgebiedNotitieRow.niet_besproken.is_(True), 1), else_=0)),
        ).group_by(LeefgebiedNotitieRow.leefgebied)
    ):
        notes[str(key)] = (int(total), int(zorg or 0), int(kracht or 0), int(wens or 0), int(niet or 0))
    scores: dict[str, tuple[int, int]] = {}
    for key, given, nvt in session.execute(
        select(
            ZrmScore.leefgebied,
            func.sum(case((ZrmScore.value.is_not(None), 1), else_=0)),
            func.sum(case((ZrmScore.nvt.is_(True), 1), else_=0)),
        )
        .join(ZrmAssessment, ZrmAssessment.id == ZrmScore.assessment_id)
        .group_by(ZrmScore.leefgebied)
    ):
        scores[str(key)] = (int(given or 0), int(nvt or 0))
    keys = sorted(set(notes) | set(scores), key=lambda k: (order.get(k, len(order)), k))
    leefgebieden = tuple(
        LeefgebiedTelling(
            leefgebied=key,
            label=labels.get(key, key),
            notities=notes.get(key, (0,) * 5)[0],
            zorg=notes.get(key, (0,) * 5)[1],
            kracht=notes.get(key, (0,) * 5)[2],
            wens=notes.get(key, (0,) * 5)[3],
            niet_besproken=notes.get(key, (0,) * 5)[4],
            scores=scores.get(key, (0, 0))[0],
            nvt=scores.get(key, (0, 0))[1],
        )
        for key in keys
    )
    row = session.execute(
        select(
            func.count(),
            func.sum(case((Persoon.bsn.is_not(None), 1), else_=0)),
            func.sum(case((Persoon.geboortedatum.is_not(None), 1), else_=0)),
            _filled(Persoon.telefoon),
            _filled(Persoon.email),
            _filled(Persoon.tussenvoegsel),
        )
    ).one()
    total = int(row[0])
    velden = tuple(
        VeldTelling(name, int(value or 0), total)
        for name, value in zip(("BSN", "Geboortedatum", "Telefoon", "E-mail", "Tussenvoegsel"), row[1:], strict=True)
    )
    casussen = int(session.scalar(select(func.count()).select_from(Casus)) or 0)
    return MinimalisatieRapport(casussen=casussen, leefgebieden=leefgebieden, persoonsvelden=velden)


def minimisation_csv(report: MinimalisatieRapport) -> bytes:
    """The report as CSV (semicolons, UTF-8 with BOM: opens as columns in Dutch spreadsheet programs)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            "Leefgebied",
            "Notities",
            "Zorg ingevuld",
            "Kracht ingevuld",
            "Wens ingevuld",
            "Niet besproken",
            "Scores",
            "n.v.t.",
        ]
    )
    for t in report.leefgebieden:
        writer.writerow([t.label, t.notities, t.zorg, t.kracht, t.wens, t.niet_besproken, t.scores, t.nvt])
    writer.writerow([])
    writer.writerow(["Persoonsgegeven", "Ingevuld", "Personen"])
    for v in report.persoonsvelden:
        writer.writerow([v.veld, v.ingevuld, v.totaal])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
