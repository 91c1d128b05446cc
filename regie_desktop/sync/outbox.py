"""Uploading the laptop's outbox (``change_record`` rows not yet sent) to the central store.

The push half of the sync engine. Each batch is read in one short transaction, sent with no transaction
open (the network may take seconds; the worker keeps typing meanwhile), and the ids the server
acknowledged are marked sent in a second transaction. An interruption anywhere loses nothing: a batch
whose marking did not happen is simply sent again, and the server reports its ids as duplicates.

A change the server refuses is kept there in quarantine and reported; it is marked sent here too, so
it cannot block the outbox behind it forever.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from regie_desktop.store.models import ChangeRecord
from regie_desktop.sync import wire
from regie_desktop.sync.transport import CentralClient, ProtocolError

Transaction = Callable[[], AbstractContextManager[Session]]
Progress = Callable[[int, int], None]  # (sent so far, total at the start)


def to_wire(record: ChangeRecord) -> wire.Change:
    """The travelling form of an outbox row. Not validated here on purpose: the server is the judge, and a
    row it refuses is quarantined there (with its reason) instead of stopping the upload on this laptop."""
    values: dict[str, Any] = {
        "id": record.id,
        "entity": record.entity,
        "entity_id": record.entity_id,
        "operation": record.operation,
        "fields": json.loads(record.fields),
        "base_version": record.base_version,
        "base_seq": record.base_seq,
        "hlc": record.hlc,
        "author_id": record.author_id,
        "device_id": record.device_id,
        "schema_version": record.schema_version,
    }
    return wire.Change.model_construct(**values)


def count_unsent(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.sent_at.is_(None))) or 0


def unsent(session: Session, limit: int) -> list[wire.Change]:
    """The oldest unsent changes first (ids are UUIDv7, so id order is creation order on this device)."""
    rows = session.scalars(
        select(ChangeRecord).where(ChangeRecord.sent_at.is_(None)).order_by(ChangeRecord.id).limit(limit)
    )
    return [to_wire(row) for row in rows]


def mark_sent(session: Session, ids: list[str], when: dt.datetime) -> None:
    for start in range(0, len(ids), 500):  # stay well below SQLite's limit on bound parameters
        session.execute(
            update(ChangeRecord)
            .where(ChangeRecord.id.in_(ids[start : start + 500]), ChangeRecord.sent_at.is_(None))
            .values(sent_at=when)
        )


def mark_never_back(session: Session, ids: list[str]) -> None:
    """Changes the server refused stay out of the log: they will not come back in a pull, so they stop keeping
    their fields' local value against the team's changes (``sync.apply.Pending``; ``echo_seq`` 0)."""
    for start in range(0, len(ids), 500):
        session.execute(
            update(ChangeRecord)
            .where(ChangeRecord.id.in_(ids[start : start + 500]), ChangeRecord.echo_seq.is_(None))
            .values(echo_seq=0)
        )


@dataclass
class UploadReport:
    stored: int = 0
    duplicates: int = 0
    refused: list[wire.Refusal] = field(default_factory=list)
    batches: int = 0


def upload_outbox(
    transaction: Transaction,
    client: CentralClient,
    batch_size: int = wire.MAX_BATCH,
    progress: Progress | None = None,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    attempts: int = 5,
    sleep: Callable[[float], None] = time.sleep,
) -> UploadReport:
    """Send every unsent change, batch by batch, until the outbox is empty; raises ``SyncError`` on failure.

    What was acknowledged before a failure stays marked sent, so the next call goes on from there.
    """
    report = UploadReport()
    with transaction() as session:
        total = count_unsent(session)
    done = 0
    while True:
        with transaction() as session:
            batch = unsent(session, batch_size)
        if not batch:
            return report
        answer = client.push_retrying(batch, attempts=attempts, sleep=sleep)
        acknowledged = answer.stored + answer.duplicates + [r.change_id for r in answer.refused if r.change_id]
        sent_ids = {change.id for change in batch}
        acknowledged = [change_id for change_id in acknowledged if change_id in sent_ids]
        if not acknowledged:
            # Nothing of the batch was taken in or refused by id: going on would send it again forever.
            raise ProtocolError("De centrale opslag nam geen enkele wijziging aan. Neem contact op met de beheerder.")
        with transaction() as session:
            mark_sent(session, acknowledged, now())
            mark_never_back(session, [r.change_id for r in answer.refused if r.change_id in sent_ids])
        report.stored += len(answer.stored)
        report.duplicates += len(answer.duplicates)
        report.refused.extend(answer.refused)
        report.batches += 1
        done += len(acknowledged)
        if progress is not None:
            progress(done, max(total, done))  # changes made during the upload can raise the total
