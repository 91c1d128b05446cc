"""Attachment content on the central store: chunks in, the checked whole out (``sync.wire_blobs``).

A blob is the content of one attachment row and carries that row's id. It belongs to the team whose change log
holds the attachment's metadata, and that metadata (``grootte`` and ``sha256``, sent by the laptop that made the
attachment) decides what the server accepts: how many chunks, how long each is, and what the whole must hash
to. So a device can store content only for an attachment of its own team, and a team's blobs are read only by
its own devices, like its changes. Nothing is inferred from what the request claims about itself.

Idempotent throughout: a chunk sent twice is stored once (the second answer says ``stored: false``), a chunk
index sent again with other bytes is refused, and completing twice is harmless. An upload cut off anywhere
resumes from ``status``: the chunks already there are not sent again.

Like ``protocol``, these functions run in the caller's session and the API commits.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from regie_desktop.central import admin
from regie_desktop.central.models import Blob, BlobChunk, Change
from regie_desktop.central.problems import ProblemError
from regie_desktop.central.protocol import Caller
from regie_desktop.sync import wire_blobs
from regie_desktop.sync.wire_blobs import BlobComplete, BlobStatus, ChunkReceipt

MAX_LISTED_MISSING = 1000


@dataclass(frozen=True)
class _Meta:
    entity: str
    size: int
    sha256: str


def _unknown() -> ProblemError:
    return ProblemError(
        404,
        "bijlage-onbekend",
        "Bijlage onbekend",
        "De centrale opslag kent deze bijlage niet (nog): verstuur eerst de wijzigingen van dit apparaat.",
    )


def _foreign() -> ProblemError:
    return ProblemError(403, "niet-toegestaan", "Geen toegang", "Deze bijlage hoort niet bij uw team.")


def _incomplete(missing: list[int]) -> ProblemError:
    return ProblemError(
        409,
        "bijlage-onvolledig",
        "Bijlage onvolledig",
        "Nog niet alle delen van deze bijlage zijn bij de centrale opslag; verstuur eerst de ontbrekende delen.",
        missing=missing[:MAX_LISTED_MISSING],
    )


def _metadata(session: Session, caller: Caller, blob_id: str) -> _Meta:
    """Size and SHA-256 of the attachment ``blob_id`` as the team's change log has them (refused otherwise)."""
    rows = session.execute(
        select(Change.entity, Change.operation, Change.fields)
        .where(
            Change.entity_id == blob_id,
            Change.team_id == caller.team.id,
            Change.entity.in_(sorted(wire_blobs.BLOB_ENTITIES)),
        )
        .order_by(Change.seq)
    ).all()
    entity, size, sha = "", None, None
    for row_entity, operation, fields_text in rows:
        if operation == "delete":
            entity, size, sha = "", None, None  # deleted (or destroyed): its content is not wanted any more
            continue
        fields = json.loads(fields_text)
        entity = row_entity
        size = fields.get("grootte", size)
        sha = fields.get("sha256", sha)
    valid = isinstance(size, int) and not isinstance(size, bool) and 0 < size <= wire_blobs.MAX_BLOB_BYTES
    if entity and valid and isinstance(sha, str) and wire_blobs.is_sha256(sha):
        assert isinstance(size, int)
        return _Meta(entity, size, sha)
    if entity and not valid and isinstance(size, int):
        raise ProblemError(
            422,
            "te-groot",
            "Bijlage te groot",
            f"Deze bijlage is groter dan de centrale opslag aanneemt ({wire_blobs.MAX_BLOB_BYTES} bytes).",
            max_bytes=wire_blobs.MAX_BLOB_BYTES,
        )
    elsewhere = session.scalar(
        select(Change.team_id).where(Change.entity_id == blob_id, Change.team_id != caller.team.id).limit(1)
    ) or session.scalar(select(Blob.team_id).where(Blob.id == blob_id, Blob.team_id != caller.team.id))
    if elsewhere is not None:
        raise _foreign()
    raise _unknown()


def _blob(session: Session, caller: Caller, blob_id: str) -> Blob | None:
    blob = session.get(Blob, blob_id)
    if blob is not None and blob.team_id != caller.team.id:
        raise _foreign()
    return blob


def _present(session: Session, blob_id: str) -> list[int]:
    return list(session.scalars(select(BlobChunk.idx).where(BlobChunk.blob_id == blob_id).order_by(BlobChunk.idx)))


def status(session: Session, caller: Caller, blob_id: str, chunk_size: int) -> BlobStatus:
    """Which chunks of the attachment's content the server holds; ``chunk_size`` applies to a new blob."""
    meta = _metadata(session, caller, blob_id)
    blob = _blob(session, caller, blob_id)
    size = blob.chunk_size if blob is not None else chunk_size
    return BlobStatus(
        blob_id=blob_id,
        entity=meta.entity,
        size=meta.size,
        sha256=meta.sha256,
        chunk_size=size,
        chunks=wire_blobs.chunk_count(meta.size, size),
        present=_present(session, blob_id) if blob is not None else [],
        complete=blob is not None and blob.completed_at is not None,
    )


def put_chunk(
    session: Session, caller: Caller, blob_id: str, index: int, data: bytes, sha256: str | None, chunk_size: int
) -> ChunkReceipt:
    """Store chunk ``index`` once; the same bytes again are acknowledged, other bytes refused."""
    if not wire_blobs.is_sha256(sha256):
        raise ProblemError(
            422,
            "blok-hash-ontbreekt",
            "Controlegetal ontbreekt",
            f"Stuur de SHA-256 van het deel mee in de kop '{wire_blobs.CHUNK_HASH_HEADER}' (64 hexadecimale tekens).",
        )
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise ProblemError(
            422,
            "blok-beschadigd",
            "Deel beschadigd",
            "Dit deel van de bijlage kwam anders aan dan het verstuurd is (controlegetal klopt niet). Verstuur het "
            "opnieuw.",
        )
    meta = _metadata(session, caller, blob_id)
    blob = _blob(session, caller, blob_id)
    size = blob.chunk_size if blob is not None else chunk_size
    count = wire_blobs.chunk_count(meta.size, size)
    if index >= count:
        raise ProblemError(
            422, "blok-ongeldig", "Deel ongeldig", f"Deze bijlage heeft {count} delen; deel {index} bestaat niet."
        )
    expected = wire_blobs.chunk_length(meta.size, size, index)
    if len(data) != expected:
        raise ProblemError(
            422,
            "blok-ongeldig",
            "Deel ongeldig",
            f"Deel {index} van deze bijlage hoort {expected} bytes te zijn, niet {len(data)}.",
            expected_bytes=expected,
        )
    if blob is None:
        blob = Blob(
            id=blob_id,
            team_id=caller.team.id,
            entity=meta.entity,
            size=meta.size,
            sha256=meta.sha256,
            chunk_size=size,
            device_id=caller.device.id,
            created_at=admin.now(),
            completed_at=None,
        )
        session.add(blob)
        session.flush()
    existing = session.get(BlobChunk, (blob_id, index))
    if existing is not None:
        if existing.sha256 != digest:
            raise ProblemError(
                409,
                "blok-verschilt",
                "Ander deel met hetzelfde nummer",
                f"Deel {index} van deze bijlage is al opgeslagen met een andere inhoud.",
            )
        return ChunkReceipt(blob_id=blob_id, index=index, stored=False)
    if blob.completed_at is not None:  # complete without this index cannot be; be safe all the same
        raise _incomplete([])
    session.add(BlobChunk(blob_id=blob_id, idx=index, sha256=digest, data=data))
    session.flush()
    return ChunkReceipt(blob_id=blob_id, index=index, stored=True)


def complete(session: Session, caller: Caller, blob_id: str, claim: BlobComplete, chunk_size: int) -> BlobStatus:
    """Check the whole (every chunk there, total size, SHA-256) against the claim and the metadata.

    A whole that does not hash to the metadata's SHA-256 although every chunk matched its own hash means the
    chunks were cut from other content: they are removed (committed) so the laptop can send them again.
    """
    meta = _metadata(session, caller, blob_id)
    if claim.size != meta.size or claim.sha256 != meta.sha256:
        raise ProblemError(
            409,
            "bijlage-verschilt",
            "Bijlage verschilt",
            "De inhoud die dit apparaat meldt past niet bij de gegevens van deze bijlage (grootte of controlegetal).",
        )
    blob = _blob(session, caller, blob_id)
    if blob is None:
        raise _incomplete(list(range(wire_blobs.chunk_count(meta.size, chunk_size))))
    if blob.completed_at is not None:
        return status(session, caller, blob_id, chunk_size)
    count = wire_blobs.chunk_count(blob.size, blob.chunk_size)
    present = set(_present(session, blob_id))
    missing = [i for i in range(count) if i not in present]
    if missing:
        raise _incomplete(missing)
    whole = hashlib.sha256()
    total = 0
    for index in range(count):
        data = session.scalar(select(BlobChunk.data).where(BlobChunk.blob_id == blob_id, BlobChunk.idx == index))
        assert data is not None
        whole.update(data)
        total += len(data)
    if total != blob.size or whole.hexdigest() != blob.sha256:
        session.execute(delete(BlobChunk).where(BlobChunk.blob_id == blob_id))
        session.commit()
        raise ProblemError(
            422,
            "bijlage-beschadigd",
            "Bijlage beschadigd",
            "De delen samen vormen niet de bijlage (controlegetal klopt niet); ze zijn verwijderd. Verstuur de "
            "bijlage opnieuw.",
        )
    blob.completed_at = admin.now()
    session.flush()
    return status(session, caller, blob_id, chunk_size)


def get_chunk(session: Session, caller: Caller, blob_id: str, index: int) -> tuple[bytes, str]:
    """Chunk ``index`` of a complete blob of the caller's team, with its SHA-256."""
    _metadata(session, caller, blob_id)
    blob = _blob(session, caller, blob_id)
    if blob is None or blob.completed_at is None:
        raise _incomplete([])
    count = wire_blobs.chunk_count(blob.size, blob.chunk_size)
    if index >= count:
        raise ProblemError(
            422, "blok-ongeldig", "Deel ongeldig", f"Deze bijlage heeft {count} delen; deel {index} bestaat niet."
        )
    chunk = session.get(BlobChunk, (blob_id, index))
    if chunk is None:  # complete means every chunk is there; a damaged database is not the client's fault
        raise _incomplete([index])
    return bytes(chunk.data), chunk.sha256


def purge(session: Session, team_id: str, entity_ids: list[str]) -> int:
    """Remove the content of destroyed attachments (``vernietiging``); returns how many blobs went."""
    ids = list(session.scalars(select(Blob.id).where(Blob.team_id == team_id, Blob.id.in_(entity_ids))))
    if ids:
        session.execute(delete(BlobChunk).where(BlobChunk.blob_id.in_(ids)))
        session.execute(delete(Blob).where(Blob.id.in_(ids)))
    return len(ids)
