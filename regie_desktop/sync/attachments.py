"""Attachment content travels in chunks: up after the outbox, down after the pull (``sync.wire_blobs``).

An attachment's metadata (size, SHA-256, casus) is an ordinary change; its bytes are not, because a 50 MB PDF
does not fit a push and must survive a weak connection. So after the push, each attachment made here whose
metadata has been sent and whose content the server does not hold complete yet goes up chunk by chunk: the
server is asked which chunks it has and only the rest is sent, so an upload cut off anywhere goes on where it
stopped. After the pull, each attachment whose metadata arrived but whose content is not here comes down chunk
by chunk; each chunk is kept (inside the encrypted database, ``SyncBlobChunk``) as it arrives, so a cut
download resumes too. Only when the whole matches the SHA-256 of the metadata (which the laptop that made the
attachment computed) is it written into the attachment row and the chunks dropped. Nothing goes to a file, not
even a temporary one.

``SyncBlob`` remembers which attachments the server holds complete, so a sync with nothing new asks nothing.
A problem with one attachment (its metadata was refused, its laptop has not sent it yet) is counted and the
others go on; a lost connection stops the sync like any other failure, and the next one resumes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy import delete, select, union_all
from sqlalchemy.orm import Session

from regie_desktop.store.models import Base, ChangeRecord, Eindverslag, SyncBlob, SyncBlobChunk, TrajectBijlage
from regie_desktop.sync import wire_blobs
from regie_desktop.sync.transport import ProtocolError, SyncError
from regie_desktop.sync.wire_blobs import BlobStatus

log = logging.getLogger(__name__)
Transaction = Callable[[], AbstractContextManager[Session]]
Progress = Callable[[str, int, int], None]
PHASE = "bijlagen"
T = TypeVar("T")

MODELS: dict[str, type[Base]] = {"traject_bijlage": TrajectBijlage, "eindverslag": Eindverslag}
"""The tables with file content, by entity; the content column of each is ``wire_blobs.BLOB_ENTITIES``."""


class BlobClient(Protocol):
    def blob_status(self, blob_id: str) -> BlobStatus: ...
    def put_chunk(self, blob_id: str, index: int, data: bytes) -> wire_blobs.ChunkReceipt: ...
    def complete_blob(self, blob_id: str, size: int, sha256: str) -> BlobStatus: ...
    def get_chunk(self, blob_id: str, index: int) -> bytes: ...


@dataclass
class AttachmentReport:
    """What one sync did with attachment content; counts only."""

    uploaded: int = 0  # attachments whose content the server now holds complete, sent from here
    downloaded: int = 0  # attachments whose content arrived, matched its SHA-256 and is stored here
    chunks_sent: int = 0
    chunks_fetched: int = 0
    waiting: int = 0  # not possible now (not on the server yet, or refused there); tried again next sync
    damaged: int = 0  # a fetched whole that did not match its SHA-256: dropped, fetched again next sync


@dataclass(frozen=True)
class _Item:
    entity: str
    blob_id: str
    size: int
    sha256: str


def _column(entity: str) -> str:
    return wire_blobs.BLOB_ENTITIES[entity]


def to_upload(session: Session) -> list[_Item]:
    """Attachments with content here, metadata sent, and not known to be complete on the server."""
    known = select(SyncBlob.blob_id)
    unsent = select(ChangeRecord.entity_id).where(ChangeRecord.sent_at.is_(None))
    items: list[_Item] = []
    for entity, model in MODELS.items():
        table = model.__table__
        rows = session.execute(
            select(table.c.id, table.c.grootte, table.c.sha256)
            .where(table.c[_column(entity)].is_not(None), table.c.id.not_in(known), table.c.id.not_in(unsent))
            .order_by(table.c.id)
        )
        items += [_Item(entity, str(r.id), int(r.grootte), str(r.sha256)) for r in rows]
    return items


def to_download(session: Session) -> list[_Item]:
    """Attachments whose metadata arrived with a pull but whose content is not here yet."""
    items: list[_Item] = []
    for entity, model in MODELS.items():
        table = model.__table__
        rows = session.execute(
            select(table.c.id, table.c.grootte, table.c.sha256)
            .where(table.c[_column(entity)].is_(None))
            .order_by(table.c.id)
        )
        items += [_Item(entity, str(r.id), int(r.grootte), str(r.sha256)) for r in rows]
    return items


def forget(session: Session, blob_ids: list[str]) -> None:
    """Drop the bookkeeping (and any half-fetched chunks) of attachments taken off this laptop."""
    for start in range(0, len(blob_ids), 500):
        part = blob_ids[start : start + 500]
        session.execute(delete(SyncBlobChunk).where(SyncBlobChunk.blob_id.in_(part)))
        session.execute(delete(SyncBlob).where(SyncBlob.blob_id.in_(part)))


def drop_orphans(session: Session) -> None:
    """Forget attachments that are no longer here (deleted, or destroyed by a pulled tombstone), and drop kept
    chunks of any attachment whose content is not awaited any more: half-fetched content must not outlive it."""
    awaited = [
        select(model.__table__.c.id).where(model.__table__.c[_column(entity)].is_(None))
        for entity, model in MODELS.items()
    ]
    present = [select(model.__table__.c.id) for model in MODELS.values()]
    if session.scalar(select(SyncBlobChunk.blob_id).limit(1)) is not None:
        session.execute(delete(SyncBlobChunk).where(SyncBlobChunk.blob_id.not_in(union_all(*awaited))))
    if session.scalar(select(SyncBlob.blob_id).limit(1)) is not None:
        session.execute(delete(SyncBlob).where(SyncBlob.blob_id.not_in(union_all(*present))))


class AttachmentSync:
    """One round of attachment content: the uploads, then the downloads, with progress in chunks."""

    def __init__(
        self,
        transaction: Transaction,
        client: BlobClient,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        sleep: Callable[[float], None] = time.sleep,
        attempts: int = 4,
    ) -> None:
        self._transaction = transaction
        self._client = client
        self._now = now
        self._sleep = sleep
        self._attempts = attempts

    def run(self, progress: Progress | None = None) -> AttachmentReport:
        report = AttachmentReport()
        with self._transaction() as session:
            drop_orphans(session)
            uploads, downloads = to_upload(session), to_download(session)
        if not uploads and not downloads:
            return report
        try:
            plans = self._plan(uploads, downloads, report)
        except ProtocolError as exc:
            if exc.problem.get("type") == "urn:regie:probleem:http-404":
                log.info("the central store keeps no attachment content (older regie-central)")
                return report
            raise
        total = sum(len(missing) for *_rest, missing in plans)
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(PHASE, done, total)

        for direction, item, status, missing in plans:
            if direction == "up":
                self._upload(item, status, missing, report, step)
            else:
                self._download(item, status, missing, report, step)
        return report

    def _plan(
        self, uploads: list[_Item], downloads: list[_Item], report: AttachmentReport
    ) -> list[tuple[str, _Item, BlobStatus, list[int]]]:
        """Ask the server about each attachment first, so the progress knows the total number of chunks."""
        plans: list[tuple[str, _Item, BlobStatus, list[int]]] = []
        for item in uploads:
            status = self._status(item, report)
            if status is None:
                continue
            if status.complete:
                self._mark_complete(item)
                continue
            present = set(status.present)
            plans.append(("up", item, status, [i for i in range(status.chunks) if i not in present]))
        for item in downloads:
            status = self._status(item, report)
            if status is None:
                continue
            if not status.complete:
                report.waiting += 1  # its laptop has not sent it (completely) yet
                continue
            with self._transaction() as session:
                have = set(session.scalars(select(SyncBlobChunk.idx).where(SyncBlobChunk.blob_id == item.blob_id)))
            plans.append(("down", item, status, [i for i in range(status.chunks) if i not in have]))
        return plans

    # --- one attachment --------------------------------------------------------------------------------

    def _status(self, item: _Item, report: AttachmentReport) -> BlobStatus | None:
        """The server's view of the attachment, or None (counted as waiting) when it cannot be had now."""
        try:
            status = self._retrying(self._client.blob_status, item.blob_id)
        except ProtocolError as exc:
            if exc.problem.get("type") == "urn:regie:probleem:http-404":
                raise  # a central store without attachment content: not this attachment's problem
            report.waiting += 1  # refused for this attachment (its metadata was quarantined, say)
            return None
        if status.size != item.size or status.sha256 != item.sha256:
            report.waiting += 1  # the log has other metadata than this laptop: the next pull settles it
            return None
        return status

    def _upload(
        self, item: _Item, status: BlobStatus, missing: list[int], report: AttachmentReport, step: Callable[[], None]
    ) -> None:
        with self._transaction() as session:
            data = _content(session, item)
        if data is None:
            return  # removed meanwhile
        if len(data) != item.size or hashlib.sha256(data).hexdigest() != item.sha256:
            log.warning("attachment content does not match its own metadata; not sent")  # no id or name in logs
            report.damaged += 1
            return
        for index in missing:
            start = index * status.chunk_size
            chunk = data[start : start + status.chunk_size]
            self._retrying(self._client.put_chunk, item.blob_id, index, chunk)
            report.chunks_sent += 1
            step()
        try:
            final = self._retrying(self._client.complete_blob, item.blob_id, item.size, item.sha256)
        except ProtocolError:
            report.waiting += 1  # refused (the server dropped damaged chunks): sent again next sync
            return
        if final.complete:
            self._mark_complete(item)
            report.uploaded += 1

    def _download(
        self, item: _Item, status: BlobStatus, missing: list[int], report: AttachmentReport, step: Callable[[], None]
    ) -> None:
        for index in missing:
            data = self._retrying(self._client.get_chunk, item.blob_id, index)
            if len(data) != wire_blobs.chunk_length(status.size, status.chunk_size, index):
                report.damaged += 1
                return
            with self._transaction() as session:
                session.merge(SyncBlobChunk(blob_id=item.blob_id, idx=index, data=data))
            report.chunks_fetched += 1
            step()
        with self._transaction() as session:
            parts = session.scalars(
                select(SyncBlobChunk.data).where(SyncBlobChunk.blob_id == item.blob_id).order_by(SyncBlobChunk.idx)
            ).all()
            whole = b"".join(parts)
            session.execute(delete(SyncBlobChunk).where(SyncBlobChunk.blob_id == item.blob_id))
            if len(whole) != item.size or hashlib.sha256(whole).hexdigest() != item.sha256:
                log.warning("fetched attachment content does not match its SHA-256; dropped")
                report.damaged += 1
                return
            row = session.get(MODELS[item.entity], item.blob_id)
            if row is None:
                return  # taken off this laptop meanwhile
            setattr(row, _column(item.entity), whole)
            session.merge(SyncBlob(blob_id=item.blob_id, entity=item.entity, complete_at=self._now()))
        report.downloaded += 1

    def _mark_complete(self, item: _Item) -> None:
        with self._transaction() as session:
            session.merge(SyncBlob(blob_id=item.blob_id, entity=item.entity, complete_at=self._now()))

    def _retrying(self, call: Callable[..., T], *args: object) -> T:
        """A request again after a broken connection or a busy server: every blob request is idempotent."""
        for attempt in range(self._attempts):
            try:
                return call(*args)
            except SyncError as exc:
                if not exc.retry or attempt == self._attempts - 1:
                    raise
                self._sleep(min(0.2 * 2**attempt, 5.0))
        raise AssertionError("unreachable")


def _content(session: Session, item: _Item) -> bytes | None:
    value = session.scalar(
        select(MODELS[item.entity].__table__.c[_column(item.entity)]).where(
            MODELS[item.entity].__table__.c.id == item.blob_id
        )
    )
    return bytes(value) if value is not None else None
