"""Dossier-core figures on a workspace of 1,000 demo households (issue: the dossier core)."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.demo_dossiers import _signature
from regie_desktop.app.dossier import open_household, search_households
from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.regiestappen import due_overview
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.consent import Consent, SignerRole
from regie_desktop.domain.plan import Actie, Doel, PlanContent, WieSoort, plan_hash
from regie_desktop.store.keyfile import MINIMUM_KDF
from regie_desktop.store.models import Casus, Huishouden, Persoon

HOUSEHOLDS = 1000
PASSPHRASE = "boterham-fiets-regen-42"


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory, bench_results: dict[str, float]) -> Iterator[WorkspaceService]:
    svc = WorkspaceService(home=tmp_path_factory.mktemp("dossier") / "ws", kdf=MINIMUM_KDF)
    svc.create("Bench Werker", PASSPHRASE)
    start = time.perf_counter()
    assert fill_demo_data(svc, HOUSEHOLDS, seed=11) == HOUSEHOLDS
    bench_results["demo_data_1000_s"] = time.perf_counter() - start
    yield svc
    svc.close()


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


def test_sign_plan_ms(big: WorkspaceService, bench_results: dict[str, float]) -> None:
    today = dt.date.today()
    with big.unit_of_work() as (session, _):
        casus_ids = list(session.execute(select(Casus.id).where(Casus.fase == "gesprek").limit(15)).scalars())
    timings = []
    for casus_id in casus_ids:
        with big.unit_of_work() as (session, actor):
            doel = Doel(
                "d1",
                "financien",
                "Overzicht over de post",
                "Opent post zelf",
                (Actie("Inwoner", WieSoort.CLIENT, "Post wekelijks openen"),),
            )
            save_plan_draft(session, actor, PlanContent(casus_id, 1, "zrm-2017", (doel,)), today)
        now = dt.datetime.now(dt.UTC)
        start = time.perf_counter()
        with big.unit_of_work() as (session, actor):
            current = draft(session, casus_id)
            assert current is not None
            consent = Consent(
                plan_hash(current),
                True,
                (),
                True,
                _signature(random.Random(1), "Client", SignerRole.CLIENT, now),
                _signature(random.Random(2), "Werker", SignerRole.WERKER, now),
            )
            sign_plan(session, actor, casus_id, consent, today)
        timings.append((time.perf_counter() - start) * 1000)
    ms = statistics.median(timings)
    bench_results["sign_plan_ms"] = ms
    assert ms <= 200
