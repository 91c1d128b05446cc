"""The team overview's figures against a small hand-built workspace whose every figure is computed by hand below.

The rows are written straight into the store (a read model needs exact dates: signatures, evaluations and
metingen on chosen days), for eleven casussen C1-C11, three of another worker (C3, C5, C8, C11: "other").
Today is Monday 15 June 2026, the period 1 January - 15 June 2026.

    casus  regisseur fase        aanmelding  closed      signed plans (inzet)                     notes
    C1     mine      traject     2026-02-02              v1 2026-03-09 (maatwerk + netwerk)      opdracht 2026-05-04
    C2     mine      evaluatie   2025-11-03              v1 2025-12-29 (maatwerk), v2 2026-04-01 (voorveld)
    C3     other     traject     2026-03-02              v1 2026-05-18 (eigen kracht)
    C4     mine      wachtlijst  2026-05-04
    C5     other     wachtlijst  2026-06-01
    C6     mine      afgesloten  2025-09-01  2026-02-16  v1 2025-09-20 (no inzet)               DOELEN_BEREIKT 02-16
    C7     mine      afgesloten  2025-05-05  2025-12-01                                          CLIENT_STOPT 2025-12
    C8     other     waakvlam    2026-01-05              (a concept only)                        STABIEL_MET_ZORG 04-20
    C9     mine      aanmelding  2026-06-08
    C10    mine      gesprek     2026-01-05
    C11    other     gesprek     2026-03-16
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regie_desktop.app import catalog
from regie_desktop.app.team_overview import Scope, TeamFigures, team_figures
from regie_desktop.app.team_overview_export import team_overview
from regie_desktop.app.team_overview_tables import overview_report
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.canonical import canonical_json
from regie_desktop.domain.casus import Fase
from regie_desktop.domain.plan import Doel, Inzet, InzetSoort, PlanContent, canonical_plan
from regie_desktop.domain.small_cells import (
    HIDDEN_TEXT,
    MIN_CELL,
    SMALL_TEXT,
    Shown,
    protect_figure,
    protect_group,
)
from regie_desktop.domain.team_figures import Period
from regie_desktop.store import models as m

TODAY = dt.date(2026, 6, 15)
PERIOD = Period(dt.date(2026, 1, 1), TODAY)
OTHER = "0190aaaa-0000-7000-8000-000000000099"
INSTRUMENT = catalog.instrument(catalog.DEFAULT_INSTRUMENT)
AT = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
_ids = itertools.count(1)


def _id() -> str:
    return f"00000000-0000-7000-8000-{next(_ids):012d}"


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)


class Fixture:
    def __init__(self, session, worker_id: str) -> None:
        self.s = session
        self.worker_id = worker_id
        self.persoon: dict[str, str] = {}

    def casus(self, name: str, mine: bool, fase: Fase, aanmelding: dt.date, closed: dt.date | None = None) -> str:
        hh = m.Huishouden(id=_id(), created_at=AT, updated_at=AT)
        p = m.Persoon(
            id=_id(), huishouden_id=hh.id, achternaam=f"Persoon {name}", rol="aanvrager", created_at=AT, updated_at=AT
        )
        c = m.Casus(
            id=_id(),
            huishouden_id=hh.id,
            regisseur_id=self.worker_id if mine else OTHER,
            fase=fase.value,
            aanmelddatum=aanmelding,
            kanaal="telefoon",
            instrument_id=INSTRUMENT.id,
            afgesloten_op=closed,
            created_at=AT,
            updated_at=AT,
        )
        self.s.add_all([hh, p])
        self.s.flush()
        self.s.add(c)
        self.s.flush()
        self.persoon[c.id] = p.id
        return c.id

    def plan(self, casus_id: str, version: int, signed: dt.date | None, *inzet: InzetSoort) -> str:
        content = PlanContent(
            casus_id=casus_id,
            version=version,
            instrument_id=INSTRUMENT.id,
            doelen=(
                Doel("d1", "financien", "Schulden op een rij", inzet=tuple(Inzet(s, "inzet", "") for s in inzet)),
                Doel("d2", "huisvesting", "Huis op orde"),
            ),
        )
        row = m.PlanVersion(
            id=_id(),
            casus_id=casus_id,
            version=version,
            status="ondertekend" if signed else "concept",
            content=canonical_json(canonical_plan(content)),
            created_at=AT,
            updated_at=AT,
            signed_at=_moment(signed) if signed else None,
        )
        self.s.add(row)
        if signed is not None and version == 1:
            self.s.add(m.RegiestapGedaan(id=_id(), casus_id=casus_id, step_number=1, done_on=signed, door="w"))
        self.s.flush()
        return row.id

    def evaluatie(self, casus_id: str, plan_id: str, day: dt.date, **uitkomsten: str) -> None:
        resultaten = [{"doel_id": d, "uitkomst": u, "toelichting": "t"} for d, u in uitkomsten.items()]
        self.s.add(
            m.EvaluatieRow(
                id=_id(),
                casus_id=casus_id,
                plan_version_id=plan_id,
                soort="tussenevaluatie",
                datum=day,
                resultaten=canonical_json(resultaten),
                created_at=_moment(day),
                updated_at=_moment(day),
            )
        )

    def meting(self, casus_id: str, day: dt.date, by: str = "werker", **scores: int | None) -> None:
        a = m.ZrmAssessment(
            id=_id(),
            casus_id=casus_id,
            persoon_id=self.persoon[casus_id],
            instrument_id=INSTRUMENT.id,
            instrument_version=INSTRUMENT.version,
            assessed_on=day,
            by=by,
            created_at=_moment(day),
        )
        self.s.add(a)
        self.s.flush()
        for key, value in scores.items():
            self.s.add(m.ZrmScore(id=_id(), assessment_id=a.id, leefgebied=key, value=value, nvt=value is None))

    def afsluiting(self, casus_id: str, uitkomst: str, code: str, day: dt.date) -> None:
        self.s.add(
            m.AfsluitingRow(
                id=_id(), casus_id=casus_id, uitkomst=uitkomst, redencode=code, datum=day, created_at=AT, updated_at=AT
            )
        )


@pytest.fixture
def workspace(service: WorkspaceService) -> WorkspaceService:
    d = dt.date
    with service.unit_of_work() as (session, actor):
        f = Fixture(session, actor.worker_id)
        c1 = f.casus("C1", True, Fase.TRAJECT, d(2026, 2, 2))
        c2 = f.casus("C2", True, Fase.EVALUATIE, d(2025, 11, 3))
        c3 = f.casus("C3", False, Fase.TRAJECT, d(2026, 3, 2))
        f.casus("C4", True, Fase.WACHTLIJST, d(2026, 5, 4))
        f.casus("C5", False, Fase.WACHTLIJST, d(2026, 6, 1))
        c6 = f.casus("C6", True, Fase.AFGESLOTEN, d(2025, 9, 1), closed=d(2026, 2, 16))
        c7 = f.casus("C7", True, Fase.AFGESLOTEN, d(2025, 5, 5), closed=d(2025, 12, 1))
        c8 = f.casus("C8", False, Fase.WAAKVLAM, d(2026, 1, 5))
        f.casus("C9", True, Fase.AANMELDING, d(2026, 6, 8))
        c10 = f.casus("C10", True, Fase.GESPREK, d(2026, 1, 5))
        f.casus("C11", False, Fase.GESPREK, d(2026, 3, 16))

        p1 = f.plan(c1, 1, d(2026, 3, 9), InzetSoort.MAATWERK, InzetSoort.NETWERK)
        p2 = f.plan(c2, 1, d(2025, 12, 29), InzetSoort.MAATWERK)
        f.plan(c2, 2, d(2026, 4, 1), InzetSoort.VOORVELD)
        f.plan(c3, 1, d(2026, 5, 18), InzetSoort.EIGEN_KRACHT)
        f.plan(c6, 1, d(2025, 9, 20))
        f.plan(c8, 1, None, InzetSoort.MAATWERK)
        session.add(m.RegiestapGebeurtenis(id=_id(), casus_id=c1, event="opdracht_verstuurd", on=d(2026, 5, 4)))

        f.evaluatie(c1, p1, d(2026, 5, 4), d1="bereikt", d2="deels")
        f.evaluatie(c1, p1, d(2026, 6, 1), d2="bereikt")
        f.evaluatie(c2, p2, d(2025, 12, 30), d1="deels", d2="bereikt")
        f.evaluatie(c2, p2, d(2026, 3, 2), d1="niet_bereikt")

        f.meting(c1, d(2026, 2, 10), financien=2, huisvesting=3)
        f.meting(c1, d(2026, 6, 1), financien=4, huisvesting=3)
        f.meting(c1, d(2026, 6, 2), by="client", financien=5)
        f.meting(c2, d(2025, 11, 10), financien=1, huisvesting=2)
        f.meting(c2, d(2026, 3, 2), financien=2)
        f.meting(c2, d(2026, 6, 10), financien=1, huisvesting=None)
        f.meting(c3, d(2026, 3, 5), financien=3)
        f.meting(c3, d(2026, 6, 5), financien=2)
        f.meting(c10, d(2026, 2, 1), financien=2)
        f.meting(c6, d(2025, 9, 10), financien=2)
        f.meting(c6, d(2025, 12, 1), financien=4)

        f.afsluiting(c6, "afgesloten", "DOELEN_BEREIKT", d(2026, 2, 16))
        f.afsluiting(c7, "afgesloten", "CLIENT_STOPT", d(2025, 12, 1))
        f.afsluiting(c8, "waakvlam", "STABIEL_MET_ZORG", d(2026, 4, 20))
    return service


def _figures(service: WorkspaceService, scope: Scope) -> TeamFigures:
    with service.unit_of_work() as (session, actor):
        return team_figures(session, actor, scope, PERIOD, TODAY)


def test_team_figures_match_the_hand_computation(workspace: WorkspaceService) -> None:
    f = _figures(workspace, Scope.TEAM)
    # Open on a day of the period: all but C7 (closed 2025-12-01). C6 closed 2026-02-16, after the start: counts.
    # aanmelding C9; wachtlijst C4 C5; gesprek C10 C11; traject C1 C3; evaluatie C2; waakvlam C8; afgesloten C6.
    assert f.casussen == 10
    assert dict(f.per_fase) == {
        Fase.AANMELDING: 1,
        Fase.WACHTLIJST: 2,
        Fase.GESPREK: 2,
        Fase.PLAN: 0,
        Fase.TRAJECT: 2,
        Fase.EVALUATIE: 1,
        Fase.WAAKVLAM: 1,
        Fase.AFGESLOTEN: 1,
    }
    # Today, casussen still running. Step 1 (plan, six weeks after the aanmelding) not done and due before today:
    # C10 (due 2026-02-16) and C11 (due 2026-04-27, Koningsdag, so 04-28). C4's is due today: not late yet.
    # Step 6 (aanbieder contact, 10 werkdagen after the opdracht of 2026-05-04, Hemelvaart 05-14 skipped):
    # C1, due 2026-05-19, not done. So 3 casussen, step 1 twice and step 6 once.
    assert f.te_laat_casussen == 3
    assert {s.step_number: s.casussen for s in f.te_laat_per_stap if s.casussen} == {1: 2, 6: 1}
    assert len(f.te_laat_per_stap) == 12
    # First signature in the period: C1 on 03-09 (35 days; due 2026-03-16: within) and C3 on 05-18 (77 days;
    # due 2026-04-13: late). C2's first plan was signed in 2025, C6's too. Median of 35 and 77 = 56.
    assert (f.doorlooptijd.plannen, f.doorlooptijd.binnen_termijn, f.doorlooptijd.mediaan_dagen) == (2, 1, 56.0)
    # Evaluated in the period: C1 (05-04 and 06-01) and C2 (03-02). Latest uitkomst per doel up to 06-15:
    # C1 d1 bereikt, d2 bereikt (06-01 overrides deels); C2 d1 niet bereikt (03-02 overrides deels),
    # d2 bereikt (its latest judgement, of 2025-12-30). So 3 bereikt, 0 deels, 1 niet bereikt.
    assert (f.doelen.casussen, f.doelen.bereikt, f.doelen.deels, f.doelen.niet_bereikt) == (2, 3, 0, 1)
    # ZRM, worker metingen only, first against latest when the latest is in the period:
    # C1 financien 2 -> 4 (+2), huisvesting 3 -> 3 (0); C2 financien 1 -> 1 (0; the 2 of 03-02 is in between),
    # huisvesting 2 -> n.v.t. (no change); C3 financien 3 -> 2 (-1). C10 has one meting, C6's latest is in 2025,
    # C1's client self-assessment does not count.
    zrm = {z.leefgebied: z for z in f.zrm}
    assert [z.leefgebied for z in f.zrm] == [lg.key for lg in INSTRUMENT.leefgebieden]
    fin, huis = zrm["financien"], zrm["huisvesting"]
    # buckets -2 or less, -1, 0, +1, +2, +3 or more
    assert (fin.casussen, fin.personen, fin.verdeling) == (3, 3, (0, 1, 1, 0, 1, 0))
    assert fin.gemiddelde == pytest.approx(1 / 3)  # (2 + 0 - 1) / 3
    assert (huis.casussen, huis.personen, huis.verdeling, huis.gemiddelde) == (1, 1, (0, 0, 1, 0, 0, 0), 0.0)
    rest = [z for k, z in zrm.items() if k not in {"financien", "huisvesting"}]
    assert all(z.personen == 0 and z.gemiddelde is None for z in rest)
    # Latest plan signed by 06-15 of the casussen open in the period: C1 v1 maatwerk (heaviest of maatwerk and
    # netwerk), C2 v2 voorveld (v1's maatwerk was replaced), C3 eigen kracht, C6 no inzet; C8 has a concept only.
    assert dict(f.inzet) == {
        InzetSoort.MAATWERK: 1,
        InzetSoort.VOORVELD: 1,
        InzetSoort.NETWERK: 0,
        InzetSoort.EIGEN_KRACHT: 1,
        None: 1,
    }
    # Closings dated in the period: C6 DOELEN_BEREIKT (02-16), C8 STABIEL_MET_ZORG (04-20); C7's is of 2025.
    assert {r.code: r.casussen for r in f.afschalen if r.casussen} == {"DOELEN_BEREIKT": 1, "STABIEL_MET_ZORG": 1}
    # Wachtlijst today: C4 since 05-04 (42 days), C5 since 06-01 (14 days): median and mean 28.
    assert (f.wachtlijst.casussen, f.wachtlijst.mediaan_dagen, f.wachtlijst.gemiddelde_dagen) == (2, 28.0, 28.0)
    assert f.synced_at is None


def test_my_casussen_leave_out_the_other_workers(workspace: WorkspaceService) -> None:
    f = _figures(workspace, Scope.MINE)
    # Mine and open in the period: C1 C2 C4 C6 C9 C10.
    assert f.casussen == 6
    assert {k: v for k, v in f.per_fase if v} == {
        Fase.AANMELDING: 1,
        Fase.WACHTLIJST: 1,
        Fase.GESPREK: 1,
        Fase.TRAJECT: 1,
        Fase.EVALUATIE: 1,
        Fase.AFGESLOTEN: 1,
    }
    # C10 step 1 and C1 step 6; C11 is the other worker's.
    assert f.te_laat_casussen == 2
    assert {s.step_number: s.casussen for s in f.te_laat_per_stap if s.casussen} == {1: 1, 6: 1}
    assert (f.doorlooptijd.plannen, f.doorlooptijd.binnen_termijn, f.doorlooptijd.mediaan_dagen) == (1, 1, 35.0)
    assert (f.doelen.casussen, f.doelen.bereikt, f.doelen.deels, f.doelen.niet_bereikt) == (2, 3, 0, 1)
    fin = next(z for z in f.zrm if z.leefgebied == "financien")
    assert (fin.personen, fin.verdeling, fin.gemiddelde) == (2, (0, 0, 1, 0, 1, 0), 1.0)  # +2 and 0
    assert {k: v for k, v in f.inzet if v} == {InzetSoort.MAATWERK: 1, InzetSoort.VOORVELD: 1, None: 1}
    assert {r.code: r.casussen for r in f.afschalen if r.casussen} == {"DOELEN_BEREIKT": 1}
    assert (f.wachtlijst.casussen, f.wachtlijst.mediaan_dagen) == (1, 42.0)


def test_the_shown_report_of_the_small_fixture_hides_every_small_cell(workspace: WorkspaceService) -> None:
    with workspace.unit_of_work() as (session, actor):
        report = team_overview(session, actor, Scope.TEAM, PERIOD, TODAY)
    fases = {r.label: r.cells[0] for r in report.table("fases").rows}
    # 1, 2, 2, 0, 2, 1, 1, 1: every non-zero cell is under 5; the total counts only what is shown (7 x "<5").
    assert fases == {
        "Aanmelding": SMALL_TEXT,
        "Wachtlijst": SMALL_TEXT,
        "Gesprek": SMALL_TEXT,
        "Plan": "0",
        "Traject": SMALL_TEXT,
        "Evaluatie": SMALL_TEXT,
        "Waakvlam": SMALL_TEXT,
        "Afgesloten": SMALL_TEXT,
        "Totaal": "≥7",
    }
    lead = {r.label: r.cells[0] for r in report.table("doorlooptijd").rows}
    assert lead["Mediaan doorlooptijd (dagen)"] == HIDDEN_TEXT  # two plans: fewer than 5 casussen
    zrm = {r.label: r.cells for r in report.table("zrm").rows}
    assert set(zrm["Financiën"]) == {HIDDEN_TEXT}  # a distribution over 3 casussen: hidden whole
    assert all(b.value is None for b in report.zrm_chart)
    assert _no_small_number(report)


def _no_small_number(report) -> bool:  # type: ignore[no-untyped-def]
    return all(cell not in {"1", "2", "3", "4"} for t in report.tables for r in t.rows for cell in r.cells)


def test_large_counts_are_shown_and_a_single_small_one_does_not_leak_through_the_total() -> None:
    figures = TeamFigures(
        scope=Scope.TEAM,
        period=PERIOD,
        today=TODAY,
        synced_at=dt.datetime(2026, 6, 14, 9, tzinfo=dt.UTC),
        casussen=0,
        per_fase=tuple(zip(Fase, (12, 3, 20, 0, 40, 9, 6, 30), strict=True)),
        te_laat_casussen=10,
        te_laat_per_stap=(),
        doorlooptijd=_lead(40, 30, 30.5),
        doelen=_doelen(20, 50, 10, 8),
        zrm=(),
        inzet=((InzetSoort.MAATWERK, 25), (InzetSoort.VOORVELD, 10), (InzetSoort.NETWERK, 5), (None, 0)),
        afschalen=(),
        wachtlijst=_wacht(3, 20.0, 21.0),
    )
    report = overview_report(figures)
    fases = {r.label: r.cells[0] for r in report.table("fases").rows}
    # Wachtlijst 3 is hidden; the total is 12+20+0+40+9+6+30 = 117 shown plus 1 for the hidden cell: "≥118",
    # not 120 (which would give the 3 back as 120 - 117).
    assert fases["Wachtlijst"] == SMALL_TEXT and fases["Totaal"] == "≥118" and fases["Traject"] == "40"
    lead = {r.label: r.cells[0] for r in report.table("doorlooptijd").rows}
    # 30 of 40 within the term: 75%; median 30.5 rounds half up to 31 whole days.
    assert lead == {
        "Plannen voor het eerst ondertekend": "40",
        "Binnen de termijn (zes weken)": "30",
        "Na de termijn": "10",
        "Binnen de termijn (%)": "75%",
        "Mediaan doorlooptijd (dagen)": "31",
    }
    doelen = {r.label: r.cells[0] for r in report.table("doelen").rows}
    # 50 + 10 + 8 = 68 doelen, 50/68 = 73.5% -> "74%".
    assert doelen == {
        "Casussen met een evaluatie": "20",
        "Bereikt": "50",
        "Deels bereikt": "10",
        "Niet bereikt": "8",
        "Doelen beoordeeld": "68",
        "Bereikt (%)": "74%",
    }
    inzet = {r.label: r.cells[0] for r in report.table("inzet").rows}
    assert inzet["Casussen met een plan"] == "40" and inzet["Met maatwerk (%)"] == "63%"  # 25/40 = 62.5%
    wacht = {r.label: r.cells[0] for r in report.table("wachtlijst").rows}
    assert wacht == {
        "Op de wachtlijst": SMALL_TEXT,
        "Mediaan wachttijd (dagen)": HIDDEN_TEXT,
        "Gemiddelde wachttijd (dagen)": HIDDEN_TEXT,
    }
    assert "gesynchroniseerd op 14-06-2026" in report.scope_label


def _lead(plannen: int, binnen: int, mediaan: float):  # type: ignore[no-untyped-def]
    from regie_desktop.app.team_overview import LeadTime

    return LeadTime(plannen, binnen, mediaan)


def _doelen(casussen: int, bereikt: int, deels: int, niet: int):  # type: ignore[no-untyped-def]
    from regie_desktop.app.team_overview import Doelen

    return Doelen(casussen, bereikt, deels, niet)


def _wacht(n: int, mediaan: float, gemiddelde: float):  # type: ignore[no-untyped-def]
    from regie_desktop.app.team_overview import Wachtlijst

    return Wachtlijst(n, mediaan, gemiddelde)


# --- the suppression rule, as properties ------------------------------------------------------------------------

counts = st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=8)


@given(counts)
def test_no_published_cell_is_a_count_of_one_to_four(values: list[int]) -> None:
    group = protect_group(values)
    for value, cell in zip(values, group.cells, strict=True):
        text = cell.text()
        assert text not in {"1", "2", "3", "4"}
        assert (text == SMALL_TEXT) == (0 < value < MIN_CELL)
        if not cell.suppressed:
            assert cell.value == value
    assert group.total.text() not in {"1", "2", "3", "4"}


@given(counts)
def test_the_total_never_gives_a_hidden_cell_back(values: list[int]) -> None:
    """Every vector of true counts that fits what is published leaves each hidden cell free to be 1, 2, 3 or 4."""
    group = protect_group(values)
    shown = [cell.value if not cell.suppressed else None for cell in group.cells]
    hidden = [i for i, v in enumerate(shown) if v is None]
    if not hidden:
        assert group.total.shown is Shown.EXACT and group.total.value == sum(values)
        return
    # The published total is a lower bound computed from the published cells alone (it adds nothing) ...
    assert group.total.shown is Shown.AT_LEAST
    assert group.total.value == sum(v for v in shown if v is not None) + len(hidden)
    # ... so for every hidden cell every value 1-4 is consistent with all that is published.
    for i in hidden:
        for candidate in range(1, MIN_CELL):
            others = [1] * (len(hidden) - 1)
            alternative = sum(v for v in shown if v is not None) + candidate + sum(others)
            assert alternative >= group.total.value  # a vector with this candidate meets the bound too
            again = protect_group(
                [candidate if j == i else (1 if j in hidden else values[j]) for j in range(len(values))]
            )
            assert [c.text() for c in again.cells] == [c.text() for c in group.cells]
            assert again.total.text() == group.total.text()


@given(counts, st.floats(min_value=-4, max_value=4, allow_nan=False), st.integers(min_value=0, max_value=40))
def test_a_derived_figure_shows_only_over_a_clean_group_of_five_casussen(
    values: list[int], figure: float, casussen: int
) -> None:
    group = protect_group(values)
    cell = protect_figure(figure, casussen, group)
    assert cell.suppressed == (casussen < MIN_CELL or not group.clean)


@given(counts, st.integers(min_value=0, max_value=MIN_CELL - 1))
def test_a_distribution_over_fewer_than_five_casussen_is_hidden_whole(values: list[int], casussen: int) -> None:
    group = protect_group(values, casussen=casussen)
    assert {c.text() for c in group.cells} == {HIDDEN_TEXT} and group.total.text() == HIDDEN_TEXT
