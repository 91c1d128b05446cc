"""Migration 0009 (attachment content in chunks) keeps the attachments a workspace already has."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from regie_desktop.app.bijlagen import attach_pdf, read_bijlage
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store import migrate
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.app.factories import TODAY, new_dossier
from tests.app.traject_support import pdf_with_text
from tests.conftest import PASSPHRASE


def test_upgrading_from_0008_keeps_the_content_and_lets_it_be_empty(service: WorkspaceService, home: Path) -> None:
    data = pdf_with_text("Ondersteuningsplan")
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        bijlage_id = attach_pdf(session, actor, d.casus_id, data, TODAY)
    with service.workspace.engine.begin() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
        assert not {c["name"]: c for c in inspect(conn).get_columns("traject_bijlage")}["inhoud"]["nullable"]
    service.close()

    again = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    again.unlock(PASSPHRASE)
    try:
        assert again.status().schema_version == migrate.HEAD
        with again.workspace.engine.connect() as conn:
            columns = {c["name"]: c for c in inspect(conn).get_columns("traject_bijlage")}
            assert columns["inhoud"]["nullable"]
            assert {c["name"]: c for c in inspect(conn).get_columns("eindverslag")}["data"]["nullable"]
            assert {"sync_blob", "sync_blob_chunk"} <= set(inspect(conn).get_table_names())
        with again.unit_of_work() as (session, actor):
            assert read_bijlage(session, actor, bijlage_id) == data
    finally:
        again.close()
