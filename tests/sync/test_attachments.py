"""Attachment content travels in chunks between two real workspaces through the real central server.

The session's server has a 256 KiB body limit, so it cuts content into 256 KiB chunks: a PDF of ~700 kB goes
in three. Covers #8 point 5 on the laptop side: up from Anna after her outbox, down to Bram after his pull,
bytes equal and checked; an upload or download cut off part-way resumes without sending or fetching again
what already arrived; a damaged chunk never lands; the content stays inside the encrypted database.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from regie_desktop.app.bijlagen import attach_pdf, list_bijlagen, read_bijlage
from regie_desktop.app.evaluatie import attach_eindverslag, eindverslag_bytes
from regie_desktop.app.sync import sync_now
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.central.models import Blob, BlobChunk
from regie_desktop.errors import NotFound
from regie_desktop.store.models import Eindverslag, SyncBlob, SyncBlobChunk, TrajectBijlage
from regie_desktop.sync.transport import CentralClient, ServerUnreachable
from tests.app.factories import TODAY, new_dossier
from tests.app.traject_support import pdf_with_text
from tests.conftest import PASSPHRASE
from tests.sync.support import dump, enrol_workspace, laptop_workspace

NO_SLEEP = {"sleep": lambda _s: None}


class Recording(httpx.HTTPTransport):
    """Passes requests on and notes the blob chunk requests; ``dies_after`` chunk requests the network goes."""

    def __init__(self, dies_after: int | None = None, corrupt: bool = False) -> None:
        super().__init__()
        self.chunks: list[tuple[str, int]] = []
        self.dies_after = dies_after
        self.corrupt = corrupt

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "/chunks/" in request.url.path:
            if self.dies_after is not None and len(self.chunks) >= self.dies_after:
                raise httpx.ConnectError("netwerk weg", request=request)
            self.chunks.append((request.method, int(request.url.path.rsplit("/", 1)[1])))
        response = super().handle_request(request)
        if self.corrupt and request.method == "GET" and "/chunks/" in request.url.path:
            body = bytearray(response.read())
            body[len(body) // 2] ^= 0xFF
            return httpx.Response(response.status_code, headers=response.headers, content=bytes(body))
        return response


def factory(transport: httpx.BaseTransport) -> object:
    return lambda url, token: CentralClient(url, token, transport=transport)


def _pdf(marker: str = "Ondersteuningsplan van de aanbieder") -> bytes:
    data = pdf_with_text(marker, padding=350_000)  # ~700 kB: three chunks of 256 KiB
    assert 2 * 256 * 1024 < len(data) <= 3 * 256 * 1024
    return data


def _attach(service: WorkspaceService, data: bytes) -> tuple[str, str]:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        return d.casus_id, attach_pdf(session, actor, d.casus_id, data, TODAY)


def _content(service: WorkspaceService, bijlage_id: str) -> bytes | None:
    with service.workspace.transaction() as session:
        row = session.get(TrajectBijlage, bijlage_id)
        assert row is not None
        return row.inhoud


def _server_chunks(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(BlobChunk)) or 0)


def test_a_multi_chunk_attachment_goes_up_from_one_laptop_and_down_to_the_other(
    laptops: tuple[WorkspaceService, WorkspaceService], central_engine: Engine
) -> None:
    anna, bram = laptops
    data = _pdf()
    casus_id, bijlage_id = _attach(anna, data)
    verslag = pdf_with_text("Eindverslag van de aanbieder")
    with anna.unit_of_work() as (session, actor):
        verslag_id = attach_eindverslag(session, actor, casus_id, verslag, TODAY)

    seen: list[tuple[str, int, int]] = []
    up = sync_now(anna, progress=lambda phase, done, total: seen.append((phase, done, total)))
    assert (up.attachments.uploaded, up.attachments.chunks_sent) == (2, 4)
    assert [s for s in seen if s[0] == "bijlagen"] == [("bijlagen", n, 4) for n in range(1, 5)]
    with Session(central_engine) as session:
        blobs = {b.id: b for b in session.scalars(select(Blob))}
    assert set(blobs) == {bijlage_id, verslag_id} and all(b.completed_at is not None for b in blobs.values())
    assert blobs[bijlage_id].sha256 == hashlib.sha256(data).hexdigest()
    assert sync_now(anna).attachments.chunks_sent == 0  # known complete: not even asked again

    down = sync_now(bram)
    assert (down.attachments.downloaded, down.attachments.chunks_fetched) == (2, 4)
    assert _content(bram, bijlage_id) == data
    with bram.unit_of_work() as (session, actor):
        assert read_bijlage(session, actor, bijlage_id) == data
        assert eindverslag_bytes(session, actor, verslag_id) == verslag
        assert session.scalar(select(func.count()).select_from(SyncBlobChunk)) == 0  # assembled, chunks gone
        assert set(session.scalars(select(SyncBlob.blob_id))) == {bijlage_id, verslag_id}
    with anna.unit_of_work() as (session, _actor):
        mine = dump(session, ("traject_bijlage", "eindverslag"))
    with bram.unit_of_work() as (session, _actor):
        assert dump(session, ("traject_bijlage", "eindverslag")) == mine
    again = sync_now(bram)
    assert again.attachments.chunks_fetched == again.attachments.chunks_sent == 0  # and not sent back up


def test_before_its_content_arrives_an_attachment_is_listed_but_not_opened(
    laptops: tuple[WorkspaceService, WorkspaceService], central_url: str
) -> None:
    anna, bram = laptops
    data = _pdf()
    casus_id, bijlage_id = _attach(anna, data)
    with pytest.raises(ServerUnreachable):  # Anna's metadata goes up, her content does not
        sync_now(anna, client_factory=factory(Recording(dies_after=0)), **NO_SLEEP)  # type: ignore[arg-type]
    report = sync_now(bram)
    assert report.attachments.waiting == 1 and report.parked == 0
    with bram.unit_of_work() as (session, actor):
        [info] = list_bijlagen(session, casus_id)
        assert (info.id, info.grootte, info.aanwezig) == (bijlage_id, len(data), False)
        with pytest.raises(NotFound, match="nog niet opgehaald"):
            read_bijlage(session, actor, bijlage_id)
    sync_now(anna)
    assert sync_now(bram).attachments.downloaded == 1
    assert _content(bram, bijlage_id) == data


def test_an_interrupted_upload_resumes_without_resending_the_chunks_that_arrived(
    laptops: tuple[WorkspaceService, WorkspaceService], central_engine: Engine
) -> None:
    anna, bram = laptops
    data = _pdf()
    _casus_id, bijlage_id = _attach(anna, data)
    cut = Recording(dies_after=2)
    with pytest.raises(ServerUnreachable):
        sync_now(anna, client_factory=factory(cut), **NO_SLEEP)  # type: ignore[arg-type]
    assert cut.chunks == [("PUT", 0), ("PUT", 1)]
    assert _server_chunks(central_engine) == 2

    rest = Recording()
    report = sync_now(anna, client_factory=factory(rest))  # type: ignore[arg-type]
    assert rest.chunks == [("PUT", 2)]  # only what was missing
    assert report.attachments.uploaded == 1 and _server_chunks(central_engine) == 3
    sync_now(bram)
    assert _content(bram, bijlage_id) == data


def test_an_interrupted_download_resumes_from_the_chunks_kept_in_the_database(
    laptops: tuple[WorkspaceService, WorkspaceService],
) -> None:
    anna, bram = laptops
    data = _pdf()
    _casus_id, bijlage_id = _attach(anna, data)
    sync_now(anna)
    cut = Recording(dies_after=1)
    with pytest.raises(ServerUnreachable):
        sync_now(bram, client_factory=factory(cut), **NO_SLEEP)  # type: ignore[arg-type]
    assert cut.chunks == [("GET", 0)] and _content(bram, bijlage_id) is None
    with bram.workspace.transaction() as session:
        assert list(session.scalars(select(SyncBlobChunk.idx))) == [0]

    rest = Recording()
    sync_now(bram, client_factory=factory(rest))  # type: ignore[arg-type]
    assert rest.chunks == [("GET", 1), ("GET", 2)]
    assert _content(bram, bijlage_id) == data


def test_a_damaged_chunk_never_lands(laptops: tuple[WorkspaceService, WorkspaceService]) -> None:
    anna, bram = laptops
    data = _pdf()
    _casus_id, bijlage_id = _attach(anna, data)
    sync_now(anna)
    with pytest.raises(ServerUnreachable, match="beschadigd"):
        sync_now(bram, client_factory=factory(Recording(corrupt=True)), **NO_SLEEP)  # type: ignore[arg-type]
    assert _content(bram, bijlage_id) is None
    with bram.workspace.transaction() as session:
        assert session.scalar(select(func.count()).select_from(SyncBlobChunk)) == 0
    sync_now(bram)
    assert _content(bram, bijlage_id) == data


def test_fetched_content_that_does_not_match_the_metadata_is_dropped(
    laptops: tuple[WorkspaceService, WorkspaceService],
) -> None:
    """Chunks kept from an earlier attempt that do not belong to the attachment: checked as a whole, dropped."""
    anna, bram = laptops
    data = _pdf()
    _casus_id, bijlage_id = _attach(anna, data)
    sync_now(anna)
    with pytest.raises(ServerUnreachable):
        sync_now(bram, client_factory=factory(Recording(dies_after=1)), **NO_SLEEP)  # type: ignore[arg-type]
    with bram.workspace.transaction() as session:
        chunk = session.get(SyncBlobChunk, (bijlage_id, 0))
        assert chunk is not None
        chunk.data = bytes(reversed(chunk.data))
    report = sync_now(bram)
    assert report.attachments.damaged == 1 and _content(bram, bijlage_id) is None
    assert sync_now(bram).attachments.downloaded == 1
    assert _content(bram, bijlage_id) == data


def test_eindverslag_rows_pulled_before_their_content_keep_an_empty_column(
    laptops: tuple[WorkspaceService, WorkspaceService],
) -> None:
    anna, bram = laptops
    d = new_dossier(anna)
    verslag = pdf_with_text("Eindverslag")
    with anna.unit_of_work() as (session, actor):
        verslag_id = attach_eindverslag(session, actor, d.casus_id, verslag, TODAY)
    with pytest.raises(ServerUnreachable):
        sync_now(anna, client_factory=factory(Recording(dies_after=0)), **NO_SLEEP)  # type: ignore[arg-type]
    sync_now(bram)
    with bram.unit_of_work() as (session, actor):
        row = session.get(Eindverslag, verslag_id)
        assert row is not None and row.data is None and row.grootte == len(verslag)
        with pytest.raises(NotFound, match="nog niet opgehaald"):
            eindverslag_bytes(session, actor, verslag_id)


def test_opruimen_takes_the_content_and_its_half_fetched_chunks_off_the_laptop(
    laptops: tuple[WorkspaceService, WorkspaceService],
) -> None:
    from regie_desktop.app.bewaartermijnen import clear_synced
    from regie_desktop.store.models import Casus

    anna, bram = laptops
    casus_id, first = _attach(anna, _pdf("Eerste plan"))
    with anna.unit_of_work() as (session, actor):
        second = attach_pdf(session, actor, casus_id, _pdf("Tweede plan"), TODAY)
    sync_now(anna)
    with pytest.raises(ServerUnreachable):  # three chunks of one, one of the other
        sync_now(bram, client_factory=factory(Recording(dies_after=4)), **NO_SLEEP)  # type: ignore[arg-type]
    with bram.workspace.transaction() as session:
        assert session.scalar(select(func.count()).select_from(SyncBlobChunk)) == 1
        assert session.scalar(select(func.count()).select_from(SyncBlob)) == 1
        casus = session.get(Casus, casus_id)
        assert casus is not None
        casus.fase, casus.afgesloten_op = "afgesloten", TODAY  # test set-up: closed
    with bram.unit_of_work() as (session, actor):
        result = clear_synced(session, actor, TODAY, na_dagen=0)
    assert [r.casus_id for r in result.opgeruimd] == [casus_id]
    with bram.workspace.transaction() as session:
        assert session.get(TrajectBijlage, first) is None and session.get(TrajectBijlage, second) is None
        assert session.scalar(select(func.count()).select_from(SyncBlobChunk)) == 0
        assert session.scalar(select(func.count()).select_from(SyncBlob)) == 0


def test_a_destroyed_dossier_takes_its_attachment_content_off_the_server_and_the_other_laptop(
    laptops: tuple[WorkspaceService, WorkspaceService], central_engine: Engine
) -> None:
    import datetime as dt

    from regie_desktop.app.bewaartermijnen import destroy_casus
    from regie_desktop.store.models import Casus

    anna, bram = laptops
    casus_id, bijlage_id = _attach(anna, _pdf())
    sync_now(anna)
    with pytest.raises(ServerUnreachable):  # Bram keeps one chunk of three
        sync_now(bram, client_factory=factory(Recording(dies_after=1)), **NO_SLEEP)  # type: ignore[arg-type]
    with anna.unit_of_work() as (session, actor):
        casus = session.get(Casus, casus_id)
        assert casus is not None
        casus.fase, casus.afgesloten_op = "afgesloten", dt.date(2004, 3, 1)  # test set-up: closed long ago
    with anna.unit_of_work() as (session, actor):
        destroy_casus(session, actor, casus_id, TODAY)
    sync_now(anna)
    with Session(central_engine) as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
    sync_now(bram)
    with bram.workspace.transaction() as session:
        assert session.get(TrajectBijlage, bijlage_id) is None
        assert session.scalar(select(func.count()).select_from(SyncBlobChunk)) == 0


class WithoutBlobs(httpx.HTTPTransport):
    """A central store from before attachment content: its router knows no /v1/blobs."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/v1/blobs"):
            problem = {"type": "urn:regie:probleem:http-404", "title": "Niet gevonden", "status": 404, "detail": "."}
            return httpx.Response(404, json=problem, headers={"Content-Type": "application/problem+json"})
        return super().handle_request(request)


def test_an_older_central_store_without_attachment_content_does_not_fail_the_sync(
    laptops: tuple[WorkspaceService, WorkspaceService],
) -> None:
    anna, _bram = laptops
    _casus_id, bijlage_id = _attach(anna, _pdf())
    report = sync_now(anna, client_factory=factory(WithoutBlobs()))  # type: ignore[arg-type]
    assert report.upload.stored > 0 and report.attachments.uploaded == 0
    with anna.workspace.transaction() as session:
        assert session.get(SyncBlob, bijlage_id) is None  # tried again against a newer server
    assert sync_now(anna).attachments.uploaded == 1


def test_regie_sync_says_what_happened_to_attachments(
    tmp_path: Path,
    central_url: str,
    central_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from regie_desktop import cli

    home = tmp_path / "werkruimte"
    service = laptop_workspace(home, "Anna Jansen")
    enrol_workspace(service, central_url, central_engine, "Team Noord", "Anna Jansen")
    _attach(service, _pdf())
    service.close()
    monkeypatch.setenv("REGIE_HOME", str(home))
    monkeypatch.setenv("REGIE_PASSPHRASE", PASSPHRASE)
    assert cli.main(["sync"]) == 0
    assert "Bijlagen: 1 verstuurd, 0 opgehaald." in capsys.readouterr().out
