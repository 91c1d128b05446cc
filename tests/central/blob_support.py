"""Helpers for the attachment-content tests: an attachment's metadata pushed as a change, its bytes in chunks."""

from __future__ import annotations

import hashlib
import os

import httpx

from regie_desktop.domain.ids import new_id
from regie_desktop.sync import wire_blobs
from tests.central.conftest import MAX_BODY
from tests.central.support import Device

CHUNK = min(wire_blobs.CHUNK_SIZE, MAX_BODY)  # what the test server chooses


def pdf_bytes(size: int) -> bytes:
    """Synthetic content (random, so every chunk differs); the central store does not look inside."""
    return b"%PDF-1.4\n" + os.urandom(size - 9)


def push_attachment(
    client: httpx.Client, device: Device, data: bytes, entity: str = "traject_bijlage", blob_id: str | None = None
) -> str:
    """Push the metadata of an attachment (as the laptop's outbox does); returns its id, the blob id."""
    blob_id = blob_id or new_id()
    fields = {
        "casus_id": new_id(),
        "grootte": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        **(
            {"soort": "ondersteuningsplan", "paginas": 1, "toegevoegd_op": "2026-12-01"}
            if entity == "traject_bijlage"
            else {"ontvangen_op": "2026-12-01"}
        ),
    }
    change = {**device.change(entity_id=blob_id, **fields), "entity": entity}
    client.post("/v1/changes", json={"changes": [change]}, headers=device.headers)
    return blob_id


def chunks(data: bytes, size: int = CHUNK) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def put_chunk(
    client: httpx.Client, headers: dict[str, str], blob_id: str, index: int, chunk: bytes, sha: str | None = None
) -> httpx.Response:
    digest = hashlib.sha256(chunk).hexdigest() if sha is None else sha
    return client.put(
        f"/v1/blobs/{blob_id}/chunks/{index}",
        content=chunk,
        headers={**headers, wire_blobs.CHUNK_HASH_HEADER: digest, "Content-Type": "application/octet-stream"},
    )


def complete(client: httpx.Client, headers: dict[str, str], blob_id: str, data: bytes) -> httpx.Response:
    claim = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return client.post(f"/v1/blobs/{blob_id}/complete", json=claim, headers=headers)


def upload(client: httpx.Client, device: Device, data: bytes, blob_id: str | None = None) -> str:
    """Metadata, every chunk and the completion; returns the blob id."""
    blob_id = push_attachment(client, device, data, blob_id=blob_id)
    for index, chunk in enumerate(chunks(data)):
        put_chunk(client, device.headers, blob_id, index, chunk)
    complete(client, device.headers, blob_id, data)
    return blob_id
