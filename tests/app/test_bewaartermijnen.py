"""Retention and destruction (#12): rules as data, what is due, and a destroyed dossier leaves no byte behind."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from regie_desktop.app.bewaartermijnen import (
    clear_synced,
    compact,
    destroy_casus,
    destruction_records,
    load_beleid,
    retention_overview,
    unsent_changes,
)
from regie_desktop.app.gesprek import add_netwerk_persoon, save_gesprek, save_leefgebied_notitie
from regie_desktop.app.plans import save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.bewaartermijnen import add_years, parse_beleid
from regie_desktop.domain.gesprek import GesprekVelden, LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.domain.plan import plan_hash
from regie_desktop.errors import ValidationError
from regie_desktop.store import models
from tests.app.factories import TODAY, aanmelding, consent, household, kind, new_dossier, plan

TEXTS = {
    "voornaam": "Wilhelmina",
    "achternaam": "Zwartkruis",
    "hulpvraag": "Lekkage in de badkamer en een verhuurder die niet reageert",
    "zorg": "Schimmel op de slaapkamermuur",
    "wederkerigheid": "Kookt graag voor de buurvrouw",
    "netwerk": "Gerbrandina Oosterwolde",
    "plan": "Woningcorporatie bellen over de lekkage",
}


def _dossier(
    service: WorkspaceService, closed_on: dt.date = dt.date(2004, 3, 1), with_child: bool = False
) -> tuple[str, str]:
    hh = household(
        voornamen=TEXTS["voornaam"],
        achternaam=TEXTS["achternaam"],
        bsn_=None,
        extra=(kind(voornamen="Tjitske", achternaam=TEXTS["achternaam"]),) if with_child else (),
    )
    d = new_dossier(service, hh)
    with service.unit_of_work() as (session, actor):
        casus = session.get(models.Casus, d.casus_id)
        assert casus is not None
        casus.hulpvraag = TEXTS["hulpvraag"]
        save_leefgebied_notitie(
            session, actor, d.casus_id, LeefgebiedNotitie(d.persoon_id, "huisvesting", zorg=TEXTS["zorg"])
        )
        save_gesprek(session, actor, d.casus_id, GesprekVelden(wederkerigheid=TEXTS["wederkerigheid"]), TODAY)
        add_netwerk_persoon(session, actor, d.casus_id, NetwerkPersoon(TEXTS["netwerk"], "buurvrouw"))
        content = plan(d.casus_id, omschrijving=TEXTS["plan"])
        save_plan_draft(session, actor, content, TODAY)
        sign_plan(session, actor, d.casus_id, consent(plan_hash(content)), TODAY)
    with service.unit_of_work() as (session, _):
        casus = session.get(models.Casus, d.casus_id)
        assert casus is not None
        casus.fase, casus.afgesloten_op = "afgesloten", closed_on  # test set-up: closed long ago
    return d.casus_id, d.huishouden_id


def test_rules_come_from_the_file_and_children_mean_jeugdwet(service: WorkspaceService) -> None:
    beleid = load_beleid()
    assert {r.id: r.jaren for r in beleid.regels} == {"jeugdwet": 20, "wmo": 15}
    adult, _ = _dossier(service, dt.date(2010, 6, 1))
    young, _ = _dossier_other(service)
    with service.unit_of_work() as (session, _):
        items = {i.casus_id: i for i in retention_overview(session, dt.date(2026, 6, 1))}
    assert items[adult].regel.id == "wmo" and items[adult].bewaren_tot == dt.date(2025, 6, 1)
    assert items[adult].te_vernietigen
    assert items[young].regel.id == "jeugdwet" and items[young].bewaren_tot == dt.date(2030, 6, 1)
    assert not items[young].te_vernietigen


def _dossier_other(service: WorkspaceService) -> tuple[str, str]:
    d = new_dossier(
        service, household(achternaam="Kramer", voornamen="Ans", bsn_=None, extra=(kind(achternaam="Kramer"),))
    )
    with service.unit_of_work() as (session, _):
        casus = session.get(models.Casus, d.casus_id)
        assert casus is not None
        casus.fase, casus.afgesloten_op = "afgesloten", dt.date(2010, 6, 1)
    return d.casus_id, d.huishouden_id


def test_bad_rules_are_refused_in_dutch() -> None:
    with pytest.raises(ValidationError, match="precies één regel"):
        parse_beleid({"regels": [{"id": "a", "naam": "A", "jaren": 5, "geldt_voor": "jeugd"}]})
    assert add_years(dt.date(2024, 2, 29), 15) == dt.date(2039, 2, 28)


def test_destruction_before_the_end_is_refused(service: WorkspaceService) -> None:
    casus_id, _ = _dossier(service, dt.date(2020, 1, 1))
    with pytest.raises(ValidationError, match="loopt nog tot en met 01-01-2035"), service.unit_of_work() as (s, a):
        destroy_casus(s, a, casus_id, TODAY)


def _all_rows(service: WorkspaceService) -> dict[str, list[tuple[object, ...]]]:
    with service.workspace.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))]
        return {name: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{name}"'))] for name in names}


def test_destroyed_dossier_leaves_no_byte_and_a_record(service: WorkspaceService, home: Path) -> None:
    keep_casus, keep_hh = _dossier_other(service)
    casus_id, hh_id = _dossier(service)
    with service.unit_of_work() as (session, _):
        ids = {casus_id, hh_id}
        ids |= set(session.scalars(select(models.Persoon.id).where(models.Persoon.huishouden_id == hh_id)))
        ids |= set(session.scalars(select(models.PlanVersion.id).where(models.PlanVersion.casus_id == casus_id)))
        ids |= set(
            session.scalars(
                select(models.LeefgebiedNotitieRow.id).where(models.LeefgebiedNotitieRow.casus_id == casus_id)
            )
        )
    with service.unit_of_work() as (session, actor):
        result = destroy_casus(session, actor, casus_id, TODAY)
    assert result.huishouden_verwijderd and result.tombstones >= 6
    compact(service)

    # Through the decrypted database: no text of the dossier and no row about it, apart from the log (ids only, and
    # the change records that carry its entries to the team), the destruction record (and its change record) and
    # the tombstones that ask the central store to delete it.
    for table, rows in _all_rows(service).items():
        for row in rows:
            flat = " ".join(str(v) for v in row)
            for value in TEXTS.values():
                assert value not in flat, (table, value)
            if table in ("access_log", "access_log_keten", "vernietiging"):
                continue
            if table == "change_record" and ("delete" in row or "vernietiging" in row or "access_log" in row):
                continue  # the tombstones, the destruction record and the log's entries travelling to the team
            assert not any(i in flat for i in ids), (table, row)
    # And the raw bytes of every file in the workspace.
    for path in home.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            for value in TEXTS.values():
                for encoded in (value.encode("utf-8"), value.encode("utf-16-le")):
                    assert encoded not in raw, (path.name, value)
    with service.unit_of_work() as (session, _):
        records = destruction_records(session)
        assert [(r.casus_id, r.soort, r.regel, r.huishouden_verwijderd) for r in records] == [
            (casus_id, "vernietiging", "wmo", True)
        ]
        tombstones = session.scalars(
            select(models.ChangeRecord).where(
                models.ChangeRecord.operation == "delete", models.ChangeRecord.sent_at.is_(None)
            )
        ).all()
        assert {t.entity_id for t in tombstones} >= {casus_id, hh_id}
        assert all(json.loads(t.fields) == {"vernietigd": True} for t in tombstones)
        assert session.get(models.Casus, keep_casus) is not None and session.get(models.Huishouden, keep_hh) is not None
    report = service.check()
    assert report.ok, report.problems  # the log's chain and the foreign keys still hold


def test_household_with_another_casus_stays(service: WorkspaceService) -> None:
    casus_id, hh_id = _dossier(service)
    with service.unit_of_work() as (session, actor):
        from regie_desktop.app.casussen import open_casus

        second = open_casus(session, actor, hh_id, aanmelding(hulpvraag="Nieuwe vraag"), TODAY)
    with service.unit_of_work() as (session, actor):
        result = destroy_casus(session, actor, casus_id, TODAY)
    assert not result.huishouden_verwijderd
    with service.unit_of_work() as (session, _):
        assert session.get(models.Casus, casus_id) is None
        assert session.get(models.Casus, second) is not None
        assert session.get(models.Huishouden, hh_id) is not None


def _enrol(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        session.add(
            models.SyncState(
                id=1,
                server_url="https://centraal.example",
                device_token="x.y",
                device_id=actor.device_id,
                team_id="team",
                enrolled_at=dt.datetime.now(dt.UTC),
            )
        )


def test_clearing_needs_sync_and_only_takes_sent_dossiers(service: WorkspaceService) -> None:
    casus_id, hh_id = _dossier(service, dt.date(2026, 1, 5))
    with pytest.raises(ValidationError, match="niet gekoppeld"), service.unit_of_work() as (s, a):
        clear_synced(s, a, TODAY)
    _enrol(service)
    with service.unit_of_work() as (session, actor):
        assert unsent_changes(session, casus_id) > 0
        result = clear_synced(session, actor, TODAY, na_dagen=30)
    assert result.opgeruimd == () and result.wacht_op_sync == 1
    with service.unit_of_work() as (session, _):
        session.execute(text("UPDATE change_record SET sent_at = '2026-06-01 10:00:00.000000'"))
    with service.unit_of_work() as (session, actor):
        assert clear_synced(session, actor, TODAY, na_dagen=200).opgeruimd == ()  # not closed long enough
        result = clear_synced(session, actor, TODAY, na_dagen=30)
    assert [r.casus_id for r in result.opgeruimd] == [casus_id]
    with service.unit_of_work() as (session, _):
        assert session.get(models.Huishouden, hh_id) is None
        assert session.scalars(select(models.ChangeRecord).where(models.ChangeRecord.operation == "delete")).all() == []
        assert [r.soort for r in destruction_records(session)] == ["opgeruimd"]
