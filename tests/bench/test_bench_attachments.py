"""Attachment content (#8): one 48 MB PDF up from one laptop and down to another in 1 MiB chunks, through
``regie-central serve`` (a process of its own) on the test database (PostgreSQL; SQLite only as the fallback)."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import Engine

from regie_desktop.app.bijlagen import attach_pdf, read_bijlage
from regie_desktop.app.sync import sync_now
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.keyfile import MINIMUM_KDF
from tests.app.factories import TODAY, new_dossier
from tests.app.traject_support import pdf_with_text
from tests.bench.central_server import start_server
from tests.conftest import PASSPHRASE
from tests.sync.support import enrol_workspace


def _laptop(path: Path, name: str, url: str, engine: Engine) -> WorkspaceService:
    service = WorkspaceService(home=path, kdf=MINIMUM_KDF)
    service.create(name, PASSPHRASE)
    enrol_workspace(service, url, engine, "Team Bijlagen", name)
    return service


def test_sync_attachment_48mb_s(tmp_path: Path, central_engine: Engine, bench_results: dict[str, float]) -> None:
    server, url = start_server(central_engine.url.render_as_string(hide_password=False), workers=1)
    sender = _laptop(tmp_path / "a", "Anna Jansen", url, central_engine)
    receiver = _laptop(tmp_path / "b", "Bram de Vries", url, central_engine)
    try:
        data = pdf_with_text("Ondersteuningsplan", padding=24_000_000)
        d = new_dossier(sender)
        with sender.unit_of_work() as (session, actor):
            bijlage_id = attach_pdf(session, actor, d.casus_id, data, TODAY)
        start = time.perf_counter()
        up = sync_now(sender)
        uploaded = time.perf_counter()
        down = sync_now(receiver)
        elapsed = time.perf_counter() - start
        print(f"{len(data) / 1e6:.0f} MB: up {uploaded - start:.2f} s, down {elapsed - (uploaded - start):.2f} s")
        assert up.attachments.uploaded == 1 and up.attachments.chunks_sent == -(-len(data) // (1024 * 1024))
        assert down.attachments.downloaded == 1
        with receiver.unit_of_work() as (session, actor):
            assert read_bijlage(session, actor, bijlage_id) == data
        bench_results["sync_attachment_48mb_s"] = elapsed
    finally:
        sender.close()
        receiver.close()
        server.terminate()
        server.wait(timeout=15)
    assert elapsed <= 60, elapsed
