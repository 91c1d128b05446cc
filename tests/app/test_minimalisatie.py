"""Data minimisation report (#12): counts per leefgebied over the caseload, and no personal data in it."""

from __future__ import annotations

from regie_desktop.app.assessments import record_assessment
from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.gesprek import save_leefgebied_notitie
from regie_desktop.app.minimalisatie import minimisation_csv, minimisation_report
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.gesprek import LeefgebiedNotitie
from regie_desktop.domain.zrm import Assessment, Score
from regie_desktop.store import models
from tests.app.factories import INSTRUMENT, TODAY, new_dossier


def test_counts_per_leefgebied(service: WorkspaceService) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_leefgebied_notitie(
            session, actor, d.casus_id, LeefgebiedNotitie(d.persoon_id, "financien", zorg="Schuld", wens="Rust")
        )
        save_leefgebied_notitie(
            session, actor, d.casus_id, LeefgebiedNotitie(d.persoon_id, "huisvesting", niet_besproken=True)
        )
        scores = (Score("financien", 2), Score("huisvesting", None, nvt=True))
        record_assessment(
            session,
            actor,
            d.casus_id,
            Assessment(d.persoon_id, INSTRUMENT.id, INSTRUMENT.version, TODAY, scores),
            TODAY,
        )
    with service.unit_of_work() as (session, _):
        report = minimisation_report(session)
    by_key = {t.leefgebied: t for t in report.leefgebieden}
    fin, huis = by_key["financien"], by_key["huisvesting"]
    assert (fin.notities, fin.zorg, fin.kracht, fin.wens, fin.scores, fin.nvt) == (1, 1, 0, 1, 1, 0)
    assert (huis.niet_besproken, huis.scores, huis.nvt) == (1, 0, 1)
    assert fin.label == INSTRUMENT.leefgebied("financien").label
    assert report.casussen == 1
    assert {v.veld: v.ingevuld for v in report.persoonsvelden}["BSN"] == 1


def test_csv_has_counts_and_no_names(service: WorkspaceService) -> None:
    fill_demo_data(service, households=6, seed=3)
    with service.unit_of_work() as (session, _):
        report = minimisation_report(session)
        names = [p.achternaam for p in session.query(models.Persoon)]
    data = minimisation_csv(report).decode("utf-8-sig")
    assert data.splitlines()[0].startswith("Leefgebied;Notities;Zorg ingevuld")
    assert sum(t.notities for t in report.leefgebieden) > 0
    for name in names:
        assert name not in data
