"""``team_overview_ms``: the median of reading the Teamoverzicht (every figure, small cells suppressed) for the whole
team over the last twelve months, in a workspace of 1,000 demo casussen. Budget 300 ms (issue #10)."""

from __future__ import annotations

import datetime as dt
import statistics
import time

from regie_desktop.app.team_overview import Scope
from regie_desktop.app.team_overview_export import team_overview
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.team_figures import Period
from tests.bench.conftest import HOUSEHOLDS

RUNS = 15
BUDGET_MS = 300


def test_team_overview_ms(big: WorkspaceService, bench_results: dict[str, float]) -> None:
    today = big.today()
    period = Period(today - dt.timedelta(days=365), today)

    def one() -> None:
        with big.unit_of_work() as (session, actor):
            report = team_overview(session, actor, Scope.TEAM, period, today)
        assert report.table("fases").rows[-1].cells == (str(HOUSEHOLDS),)  # every demo casus is in the period

    one()  # rules, instrument and reason files loaded once, as after the first screen of a session
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        one()
        timings.append((time.perf_counter() - started) * 1000)
    ms = statistics.median(timings)
    bench_results["team_overview_ms"] = ms
    assert ms <= BUDGET_MS
