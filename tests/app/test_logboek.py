"""The logboek of a dossier and its tamper evidence: a change or deletion made in the database is found."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from regie_desktop.app.dossier import open_household
from regie_desktop.app.logboek import LogboekFilter, action_text, filter_entries, open_logboek, verify_chain
from regie_desktop.app.workspace_service import WorkspaceService
from tests.app.factories import household, new_dossier


def _some_history(service: WorkspaceService) -> str:
    d = new_dossier(service)
    for _ in range(3):
        with service.unit_of_work() as (session, actor):
            open_household(session, actor, d.huishouden_id)
    return d.huishouden_id


def test_logboek_shows_who_what_when_and_device(service: WorkspaceService) -> None:
    hh = _some_history(service)
    other = new_dossier(service, household(achternaam="Bakker", voornamen="Ilse", bsn_=None))
    with service.unit_of_work() as (session, actor):
        logboek = open_logboek(session, actor, hh)
    actions = [e.action for e in logboek.entries]
    assert actions[0] == "logboek-inzien"  # newest first; looking at the logboek is logged too
    assert actions.count("inzien") == 3 and "registreren" in actions and "aanmelden" in actions
    assert all(e.entity_id != other.huishouden_id and e.entity_id != other.casus_id for e in logboek.entries)
    entry = logboek.entries[-1]
    assert entry.worker_naam == "Test Werker"
    assert entry.apparaat.startswith("deze laptop")
    assert entry.wat == "huishouden aangemeld"
    assert ("inzien", "dossier geopend") in logboek.actions()


def test_filters_by_action_worker_and_dates(service: WorkspaceService) -> None:
    hh = _some_history(service)
    with service.unit_of_work() as (session, actor):
        entries = list(open_logboek(session, actor, hh).entries)
    assert len(filter_entries(entries, LogboekFilter(action="inzien"))) == 3
    today = dt.datetime.now().date()
    assert len(filter_entries(entries, LogboekFilter(van=today, tot=today))) == len(entries)
    assert filter_entries(entries, LogboekFilter(tot=today - dt.timedelta(days=1))) == []
    assert filter_entries(entries, LogboekFilter(worker_id="iemand-anders")) == []


def test_action_texts_are_words() -> None:
    assert action_text("fase:gesprek") == "fase gewijzigd naar gesprek"
    assert action_text("regiestap:4") == "regiestap 4 afgerond"
    assert action_text("iets-nieuws") == "iets nieuws"


def test_untouched_log_checks_clean(service: WorkspaceService) -> None:
    _some_history(service)
    report = service.check()
    assert report.ok, report.problems
    assert any(c.startswith("logboek-hashketen:") for c in report.checks)


def _sql(service: WorkspaceService, statement: str) -> None:
    """Tampering as someone with the key and a SQL prompt would, around every use case."""
    with service.workspace.engine.begin() as conn:
        conn.execute(text(statement))


def test_changing_an_entry_in_the_database_is_detected(service: WorkspaceService) -> None:
    _some_history(service)
    _sql(
        service,
        "UPDATE access_log SET action = 'registreren' WHERE action = 'inzien' AND rowid = "
        "(SELECT min(rowid) FROM access_log WHERE action = 'inzien')",
    )
    report = service.check()
    assert not report.ok
    assert any("gewijzigd buiten Regie om" in p for p in report.problems)


def test_changing_an_entry_time_is_detected(service: WorkspaceService) -> None:
    _some_history(service)
    _sql(service, "UPDATE access_log SET at = '2020-01-01 00:00:00.000000' WHERE rowid = 2")
    assert any("gewijzigd" in p for p in service.check().problems)


def test_deleting_an_entry_in_the_database_is_detected(service: WorkspaceService) -> None:
    _some_history(service)
    _sql(service, "DELETE FROM access_log WHERE rowid = (SELECT min(rowid) FROM access_log WHERE action = 'inzien')")
    report = service.check()
    assert any("verwijderd buiten Regie om" in p for p in report.problems)


def test_deleting_an_entry_with_its_link_is_detected(service: WorkspaceService) -> None:
    _some_history(service)
    _sql(service, "DELETE FROM access_log WHERE id = (SELECT access_log_id FROM access_log_keten WHERE seq = 2)")
    _sql(service, "DELETE FROM access_log_keten WHERE seq = 2")
    problems = service.check().problems
    assert any("onderbroken" in p for p in problems) and any("gewijzigd" in p for p in problems)


def test_an_entry_inserted_around_the_application_is_detected(service: WorkspaceService) -> None:
    _some_history(service)
    _sql(
        service,
        "INSERT INTO access_log (id, at, worker_id, device_id, action, entity, entity_id) "
        "SELECT 'x', at, worker_id, device_id, 'inzien', entity, entity_id FROM access_log LIMIT 1",
    )
    assert any("niet in de hashketen" in p for p in service.check().problems)


def test_entries_of_other_devices_do_not_break_the_chain(service: WorkspaceService) -> None:
    """What sync brings from another laptop is not part of this device's chain."""
    _some_history(service)
    _sql(
        service,
        "INSERT INTO access_log (id, at, worker_id, device_id, action, entity, entity_id) "
        "SELECT 'y', at, 'ander', 'ander-apparaat', 'inzien', entity, entity_id FROM access_log LIMIT 1",
    )
    with service.unit_of_work() as (session, _):
        assert verify_chain(session).problems == ()


def test_the_application_offers_no_way_to_change_or_delete_an_entry() -> None:
    """No module of the core updates or deletes access-log rows or links: record_access only adds them."""
    import pathlib

    import regie_desktop

    for path in pathlib.Path(regie_desktop.__file__).parent.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for forbidden in ("update(AccessLog", "delete(AccessLog", "UPDATE access_log", "DELETE FROM access_log"):
            assert forbidden not in source, (path.name, forbidden)
