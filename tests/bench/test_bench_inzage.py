"""Inzage figure (issue "The client's rights and the law"): ``inzage_export_s`` for a person with three years of
history, PDF and JSON together, on a real encrypted workspace. Budget: 2 s.

The history: 300 gesprek edits over 13 leefgebieden, 12 ZRM assessments (one a quarter, 13 scores each), 6 signed
plan versions with consent, 3000 access-log entries, inside a workspace of 200 other households.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import replace

from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.dossier import open_household
from regie_desktop.app.gesprek import save_gesprek, save_leefgebied_notitie
from regie_desktop.app.inzage import export_inzage
from regie_desktop.app.plans import save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import GesprekVelden, LeefgebiedNotitie
from regie_desktop.domain.plan import plan_hash
from regie_desktop.domain.zrm import Assessment, Score
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.app.factories import INSTRUMENT, TODAY, consent, household, kind, new_dossier, plan

BUDGET_S = 2.0


def _history(service: WorkspaceService) -> str:
    d = new_dossier(service, household(extra=(kind(),)), aanmelddatum=TODAY - dt.timedelta(days=3 * 365))
    keys = [lg.key for lg in INSTRUMENT.leefgebieden]
    with service.unit_of_work() as (session, actor):
        for n in range(300):
            key = keys[n % len(keys)]
            note = LeefgebiedNotitie(
                d.persoon_id,
                key,
                zorg=f"Zorg versie {n}: " + "rekeningen en post " * 8,
                kracht=f"Kracht {n}",
                wens=f"Wens {n}: rust en overzicht",
            )
            save_leefgebied_notitie(session, actor, d.casus_id, note)
            if n % 10 == 0:
                save_gesprek(session, actor, d.casus_id, GesprekVelden(verwachtingen=f"Verwachting {n}"), TODAY)
        for q in range(12):
            day = TODAY - dt.timedelta(days=91 * (11 - q))
            scores = tuple(Score(k, 1 + (q + i) % 5) for i, k in enumerate(keys))
            record_assessment(
                session,
                actor,
                d.casus_id,
                Assessment(d.persoon_id, INSTRUMENT.id, INSTRUMENT.version, day, scores),
                TODAY,
            )
        for v in range(1, 7):
            content = replace(plan(d.casus_id, omschrijving=f"Schulden op een rij, versie {v}"), version=v)
            save_plan_draft(session, actor, content, TODAY)
            sign_plan(session, actor, d.casus_id, consent(plan_hash(content)), TODAY)
        for _ in range(3000):
            open_household(session, actor, d.huishouden_id)
    return d.persoon_id


def test_inzage_export_s(tmp_path, bench_results) -> None:
    service = WorkspaceService(home=tmp_path / "ws", kdf=MINIMUM_KDF)
    service.create("Bench Werker", "boterham-fiets-regen-42")
    try:
        fill_demo_data(service, 200, seed=5)
        persoon_id = _history(service)
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            with service.unit_of_work() as (session, actor):
                pdf = export_inzage(session, actor, persoon_id, "pdf")
            with service.unit_of_work() as (session, actor):
                data = json.loads(export_inzage(session, actor, persoon_id, "json"))
            timings.append(time.perf_counter() - start)
        assert pdf.startswith(b"%PDF")
        assert len(data["metingen"]) == 12 and len(data["casussen"][0]["plannen"]) == 6
        assert len(data["toegang"]) > 3000
        elapsed = sorted(timings)[1]  # the median of three
        bench_results["inzage_export_s"] = elapsed
        assert elapsed <= BUDGET_S, f"inzage took {elapsed:.2f} s"
    finally:
        service.close()
