"""The client's sync engine: push the outbox, pull after the cursor, apply, compare the scope digest.

One ``run`` is one sync: it never holds a transaction open over the network (the worker keeps working), and
each pulled page is applied in one transaction together with the cursor and digest it moves, so a sync cut
off anywhere goes on where it stopped and never applies a change twice.

After the pull the laptop compares its digest (XOR of the ids of every change it applied) with the server's.
Equal counts with different digests mean it diverged (a restored backup, a bug): it pulls its whole scope
again from cursor 0. That touches neither the unsent outbox (``apply`` keeps fields with unsent changes) nor
the conflicts (their ids are stable), and folding the full log again ends in the server's state.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from regie_desktop.domain.hlc import HybridClock, Timestamp
from regie_desktop.store.models import ChangeRecord, SyncParked, SyncState
from regie_desktop.sync import wire
from regie_desktop.sync.apply import Applier, reset_for_refetch
from regie_desktop.sync.attachments import AttachmentReport, AttachmentSync
from regie_desktop.sync.outbox import UploadReport, upload_outbox
from regie_desktop.sync.transport import CentralClient, ProtocolError

Transaction = Callable[[], AbstractContextManager[Session]]
Progress = Callable[[str, int, int], None]  # (phase "versturen" | "ophalen" | "bijlagen", done, total)


@dataclass
class SyncReport:
    """What one sync did; counts only, fit for the status bar and ``regie sync``."""

    upload: UploadReport = field(default_factory=UploadReport)
    pulled: int = 0
    applied: int = 0
    parked: int = 0  # how many pulled changes wait for what they refer to, after this sync
    skipped: int = 0
    new_conflicts: int = 0
    refetched: bool = False
    resent: int = 0  # own changes marked sent that the server turned out not to hold (a restored backup)
    cursor: int = 0
    attachments: AttachmentReport = field(default_factory=AttachmentReport)


def load_state(session: Session) -> SyncState | None:
    return session.get(SyncState, 1)


class SyncEngine:
    def __init__(
        self,
        transaction: Transaction,
        client: CentralClient,
        clock: HybridClock | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        page_size: int = wire.MAX_PULL,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._transaction = transaction
        self._client = client
        self._clock = clock
        self._now = now
        self._page_size = page_size
        self._sleep = sleep

    def run(self, progress: Progress | None = None) -> SyncReport:
        """Push, pull, check the digest (refetching once on divergence); raises ``SyncError`` on failure."""
        report = SyncReport()
        push_progress = (lambda done, total: progress("versturen", done, total)) if progress else None
        report.upload = upload_outbox(self._transaction, self._client, progress=push_progress, sleep=self._sleep)
        self._pull(report, progress)
        server = self._client.digest()
        with self._transaction() as session:
            state = _state(session)
            diverged = server.changes == state.pull_cursor and server.digest != state.digest
            behind_server = server.changes < state.pull_cursor  # the server lost changes (restored backup)
            if diverged or behind_server:
                reset_for_refetch(session, state)
        if diverged or behind_server:
            report.refetched = True
            seen: set[str] = set()
            self._pull(report, progress, seen)
            with self._transaction() as session:
                report.resent = _send_again_what_the_server_lacks(session, seen)
            if report.resent:
                again = upload_outbox(self._transaction, self._client, progress=push_progress, sleep=self._sleep)
                report.upload.stored += again.stored
                report.upload.duplicates += again.duplicates
                report.upload.refused.extend(again.refused)
                report.upload.batches += again.batches
        # Attachment content after the changes: its metadata is then on the server (up) and here (down).
        report.attachments = AttachmentSync(self._transaction, self._client, self._now, self._sleep).run(progress)
        with self._transaction() as session:
            state = _state(session)
            state.last_sync_at = self._now()
            state.last_error = ""
            report.cursor = state.pull_cursor
        return report

    def _pull(self, report: SyncReport, progress: Progress | None, seen: set[str] | None = None) -> None:
        """Pull to the end of the log; ``seen`` collects the ids of this device's own changes in it."""
        device = _state_device(self._transaction) if seen is not None else ""
        while True:
            with self._transaction() as session:
                cursor = _state(session).pull_cursor
            page = self._client.pull(after=cursor, limit=self._page_size)
            fresh = [p for p in page.changes if p.seq > cursor]
            if page.has_more and not fresh:
                raise ProtocolError("De centrale opslag gaf een lege pagina; synchroniseren is gestopt.")
            with self._transaction() as session:
                state = _state(session)
                if state.pull_cursor != cursor:
                    continue  # another sync moved on meanwhile; read the page again from there
                result = Applier(session, self._now()).apply_page(fresh)
                state.pull_cursor = max(cursor, page.cursor)
                state.digest = wire.scope_digest(result.ids, start=state.digest)
            if self._clock is not None and fresh:
                # Changes made here after this sync must sort after what was just seen (hybrid clock).
                self._clock.observe(Timestamp.decode(max(p.change.hlc for p in fresh)))
            if seen is not None:
                seen.update(p.change.id for p in fresh if p.change.device_id == device)
            report.pulled += len(fresh)
            report.applied += result.applied
            report.parked += result.parked
            report.skipped += result.skipped
            report.new_conflicts += result.new_conflicts
            if progress is not None:
                progress("ophalen", report.pulled, report.pulled + (1 if page.has_more else 0))
            if not page.has_more:
                break
        with self._transaction() as session:
            retried = Applier(session, self._now()).retry_parked()
            report.parked = int(session.scalar(select(func.count()).select_from(SyncParked)) or 0)
        report.applied += retried.applied
        report.new_conflicts += retried.new_conflicts


def _state_device(transaction: Transaction) -> str:
    with transaction() as session:
        return _state(session).device_id


def _send_again_what_the_server_lacks(session: Session, seen: set[str]) -> int:
    """After a full refetch: this device's changes marked sent but absent from the server's log go back into
    the outbox. That happens when the server was restored from a backup older than the last upload; without
    this they would be lost although the laptop still has them. (A change the server quarantined is absent
    too; sending it again only finds it in quarantine again.)"""
    sent = set(session.scalars(select(ChangeRecord.id).where(ChangeRecord.sent_at.is_not(None))))
    missing = sorted(sent - seen)
    for start in range(0, len(missing), 500):
        session.execute(
            update(ChangeRecord)
            .where(ChangeRecord.id.in_(missing[start : start + 500]))
            .values(sent_at=None, echo_seq=None)  # out again until it comes back (``apply.Pending``)
        )
    return len(missing)


def _state(session: Session) -> SyncState:
    state = load_state(session)
    if state is None:
        from regie_desktop.sync.transport import NotEnrolled

        raise NotEnrolled("Dit apparaat is nog niet aangemeld bij de centrale opslag. Gebruik 'regie enrol'.")
    return state
