"""Dossier-core figures on a workspace of 1,000 demo households (issue: the dossier core)."""

from __future__ import annotations

import datetime as dt
import statistics
import time

from sqlalchemy import select

from regie_desktop.app.dossier import open_household, search_households
from regie_desktop.app.regiestappen import due_overview
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.models import Casus, Huishouden, Persoon


def _median_ms(fn, rounds: int = 30) -> float:  # type: ignore[no-untyped-def]
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def test_demo_data_1000_s(big: WorkspaceService, bench_results: dict[str, float]) -> None:
    assert bench_results["demo_data_1000_s"] <= 60


def test_open_household_ms(big: WorkspaceService, bench_results: dict[str, float]) -> None:
    with big.unit_of_work() as (session, _):
        ids = list(session.execute(select(Casus.huishouden_id).limit(30)).scalars())
    it = iter(ids * 2)

    def one() -> None:
        with big.unit_of_work() as (session, actor):
            view = open_household(session, actor, next(it))
            assert view.personen and view.casussen

    ms = _median_ms(one)
    bench_results["open_household_ms"] = ms
    assert ms <= 50


def test_caseload_search_ms(big: WorkspaceService, bench_results: dict[str, float]) -> None:
    with big.unit_of_work() as (session, _):
        person = session.execute(select(Persoon).where(Persoon.bsn.is_not(None)).limit(1)).scalar_one()
        postcode = session.execute(select(Huishouden.postcode).limit(1)).scalar_one()
    queries = [person.achternaam[:4], person.bsn[2:7], postcode.replace(" ", "")[:5], "zzqx"]
    it = iter(queries * 10)

    def one() -> None:
        with big.unit_of_work() as (session, _):
            search_households(session, next(it))

    ms = _median_ms(one, rounds=40)
    bench_results["caseload_search_ms"] = ms
    assert ms <= 30


def test_due_steps_ms(big: WorkspaceService, bench_results: dict[str, float]) -> None:
    today = dt.date.today()

    def one() -> None:
        with big.unit_of_work() as (session, _):
            assert due_overview(session, today)

    ms = _median_ms(one, rounds=10)
    bench_results["due_steps_ms"] = ms
    assert ms <= 100
