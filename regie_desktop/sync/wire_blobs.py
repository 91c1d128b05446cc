"""The wire schema of attachment content (blobs) between a laptop and the central store.

The metadata of an attachment (``traject_bijlage``, ``eindverslag``: size, SHA-256, casus) travels as an ordinary
change; its bytes travel here, in chunks, so a 50 MB PDF over a weak connection goes up and down in pieces that
each fit a request and each survive an interruption. A blob is named by the id of its attachment row and
belongs to the team whose change log holds that attachment: size and SHA-256 come from that metadata, so the
server knows how many chunks to expect and what the whole must hash to before anything is sent.

The server chooses the chunk size (at most ``CHUNK_SIZE``, and never above its body limit) and says so in
``BlobStatus``; every chunk but the last has exactly that size.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

BLOB_ENTITIES: dict[str, str] = {"traject_bijlage": "inhoud", "eindverslag": "data"}
"""Entities whose rows carry file content, and the local column that holds it (never sent as a field)."""

CHUNK_SIZE = 1024 * 1024  # well below the server's default 8 MiB body limit
MAX_BLOB_BYTES = 64 * 1024 * 1024  # attachments are at most 50 MB on the laptop (app.bijlagen.MAX_BYTES)
MAX_CHUNKS = 65_536  # an upper bound for the index in a URL, whatever the chunk size
CHUNK_HASH_HEADER = "Regie-Chunk-SHA256"
BLOB_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,35}$"  # the same as a change's entity_id
SHA256_PATTERN = r"^[0-9a-f]{64}$"

_SHA256 = re.compile(SHA256_PATTERN)


def is_sha256(value: str | None) -> bool:
    return value is not None and bool(_SHA256.fullmatch(value))


def chunk_count(size: int, chunk_size: int) -> int:
    return max(1, -(-size // chunk_size))


def chunk_length(size: int, chunk_size: int, index: int) -> int:
    """How many bytes chunk ``index`` of a blob of ``size`` bytes holds (the last one holds the rest)."""
    return min(chunk_size, size - index * chunk_size)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BlobStatus(_Wire):
    """What the server holds of one attachment's content: which chunks, and whether it is complete."""

    blob_id: str
    entity: str = Field(description="The attachment's entity: traject_bijlage or eindverslag.")
    size: int = Field(description="Bytes of the whole, from the attachment's metadata.")
    sha256: str = Field(description="SHA-256 (hex) of the whole, from the attachment's metadata.")
    chunk_size: int = Field(description="Bytes per chunk; every chunk but the last has exactly this size.")
    chunks: int = Field(description="How many chunks make the whole.")
    present: list[int] = Field(description="Indexes of the chunks the server holds.")
    complete: bool = Field(description="True once the whole was checked (size and SHA-256); only then it downloads.")


class ChunkReceipt(_Wire):
    blob_id: str
    index: int
    stored: bool = Field(description="False when the server already held this chunk with the same content.")


class BlobComplete(_Wire):
    """Sent when every chunk is up: the server checks the whole against these and the attachment's metadata."""

    size: int = Field(ge=1, le=MAX_BLOB_BYTES)
    sha256: str = Field(pattern=SHA256_PATTERN)
