"""Drafts of unfinished input: kept per worker and kind inside the encrypted database, never synced or logged.

All names are synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from regie_desktop.app.drafts import discard_draft, load_draft, save_draft
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import ValidationError
from regie_desktop.store import models
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.app.factories import snapshot
from tests.app.journal_support import journaled
from tests.conftest import PASSPHRASE

PAYLOAD = {
    "format": 1,
    "persons": [{"voornamen": "Ilse", "achternaam": "Zwanenburg-Oosterhuis", "bsn": "111222333"}],
    "hulpvraag": "Schuldhulp na ontslag bij de kaasmakerij",
    "spoed": ["geen_inkomen"],
    "toestemming": True,
    "straat": "Kerkstraat ‘t Zand",  # not ASCII: stored as UTF-8 text
}


def test_save_load_replace_and_discard(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        assert load_draft(session, actor, "aanmelding") is None
        save_draft(session, actor, "aanmelding", PAYLOAD)
    with service.unit_of_work() as (session, actor):
        assert load_draft(session, actor, "aanmelding") == PAYLOAD
        assert load_draft(session, actor, "gesprek") is None, "each kind has its own draft"
        save_draft(session, actor, "aanmelding", {**PAYLOAD, "hulpvraag": "Anders"})
    with service.unit_of_work() as (session, actor):
        assert load_draft(session, actor, "aanmelding") == {**PAYLOAD, "hulpvraag": "Anders"}
        assert len(session.execute(select(models.Draft)).all()) == 1, "one draft per worker and kind"
        assert discard_draft(session, actor, "aanmelding") is True
    with service.unit_of_work() as (session, actor):
        assert load_draft(session, actor, "aanmelding") is None
        assert discard_draft(session, actor, "aanmelding") is False
        assert session.execute(select(models.Draft)).all() == []


def test_a_draft_survives_lock_and_unlock(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        save_draft(session, actor, "aanmelding", PAYLOAD)
    service.lock()
    service.unlock(PASSPHRASE)
    with service.unit_of_work() as (session, actor):
        assert load_draft(session, actor, "aanmelding") == PAYLOAD


def test_drafts_write_no_change_record_and_no_access_log(service: WorkspaceService) -> None:
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        save_draft(session, actor, "aanmelding", PAYLOAD)
    with journaled(service) as delta_more, service.unit_of_work() as (session, actor):
        load_draft(session, actor, "aanmelding")
        discard_draft(session, actor, "aanmelding")
    assert delta.empty and delta_more.empty


def test_a_rolled_back_unit_of_work_keeps_the_old_draft(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        save_draft(session, actor, "aanmelding", PAYLOAD)
    before = snapshot(service)
    with pytest.raises(RuntimeError), service.unit_of_work() as (session, actor):
        discard_draft(session, actor, "aanmelding")
        session.flush()
        raise RuntimeError("afgebroken")
    assert snapshot(service) == before


def test_bad_payloads_and_kinds_are_refused(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        with pytest.raises(ValueError, match="plain JSON"):
            save_draft(session, actor, "aanmelding", {"when": object()})
        with pytest.raises(ValueError, match="plain JSON"):
            save_draft(session, actor, "aanmelding", {"score": float("nan")})
        with pytest.raises(ValueError, match="kind"):
            save_draft(session, actor, "", PAYLOAD)
        with pytest.raises(ValidationError, match="te groot"):
            save_draft(session, actor, "aanmelding", {"hulpvraag": "x" * 1_000_001})
        assert load_draft(session, actor, "aanmelding") is None


def test_a_damaged_draft_reads_as_none(service: WorkspaceService) -> None:
    with service.unit_of_work() as (session, actor):
        save_draft(session, actor, "aanmelding", PAYLOAD)
        row = session.get(models.Draft, (actor.worker_id, "aanmelding"))
        assert row is not None
        row.payload = "[1, 2"
    with service.unit_of_work() as (session, actor):
        assert load_draft(session, actor, "aanmelding") is None
        session.get(models.Draft, (actor.worker_id, "aanmelding")).payload = "[1, 2]"  # type: ignore[union-attr]
    with service.unit_of_work() as (session, actor):
        assert load_draft(session, actor, "aanmelding") is None, "a draft is a JSON object"


def _files_containing(home: Path, needles: set[str]) -> list[str]:
    found = []
    for path in home.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            found += [
                f"{path.name}: {needle!r}"
                for needle in needles
                for encoding in ("utf-8", "utf-16-le")
                if needle.encode(encoding) in blob
            ]
    return found


def test_draft_text_is_not_readable_in_any_file(home: Path) -> None:
    """The draft lives in the encrypted database: neither the file, nor its WAL, nor anything beside it shows it."""
    needles = {"Zwanenburg-Oosterhuis", "Schuldhulp na ontslag bij de kaasmakerij", "111222333"}
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Test Werker", PASSPHRASE)
    try:
        with svc.unit_of_work() as (session, actor):
            save_draft(session, actor, "aanmelding", PAYLOAD)
        assert (home / "regie.db-wal").stat().st_size > 0, "the draft was written (to the WAL first)"
        assert _files_containing(home, needles) == []
        with svc.unit_of_work() as (session, actor):
            assert load_draft(session, actor, "aanmelding") == PAYLOAD, "and it reads back through the key"
    finally:
        svc.close()
    assert _files_containing(home, needles) == [], "nor after the database was closed and checkpointed"
