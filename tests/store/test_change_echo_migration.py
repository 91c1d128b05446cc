"""Migration 0010 (own changes coming back): what a laptop sent before it counts as back, what it did not send
stays out, so the first pull after the update folds the log as the laptop did until then."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, select

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store import migrate
from regie_desktop.store.keyfile import MINIMUM_KDF
from regie_desktop.store.models import ChangeRecord
from regie_desktop.sync.outbox import mark_sent
from tests.app.factories import new_dossier
from tests.conftest import PASSPHRASE


def test_upgrading_from_0009_counts_sent_changes_as_back(service: WorkspaceService, home: Path) -> None:
    new_dossier(service)
    with service.unit_of_work() as (session, _actor):
        ids = list(session.scalars(select(ChangeRecord.id).order_by(ChangeRecord.id)))
        assert len(ids) >= 2
        sent, unsent = ids[: len(ids) // 2], ids[len(ids) // 2 :]
        mark_sent(session, sent, dt.datetime.now(dt.UTC))
    with service.workspace.engine.begin() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
        assert "echo_seq" not in {c["name"] for c in inspect(conn).get_columns("change_record")}
    service.close()

    again = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    again.unlock(PASSPHRASE)
    try:
        assert again.status().schema_version == migrate.HEAD
        with again.unit_of_work() as (session, _actor):
            echo = dict(session.execute(select(ChangeRecord.id, ChangeRecord.echo_seq)).all())
        assert {echo[i] for i in sent} == {0}
        assert {echo[i] for i in unsent} == {None}
    finally:
        again.close()
