"""Attachment content in chunks on the central store: up, status, complete, down; idempotent; refused when wrong.

Against the session's real server (PostgreSQL in CI), whose body limit makes the chunks 256 KiB, so a blob of
a few hundred kilobytes already travels in several.
"""

from __future__ import annotations

import hashlib

import httpx
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from regie_desktop.central.models import Blob, BlobChunk
from regie_desktop.sync import wire_blobs
from tests.central.blob_support import CHUNK, chunks, complete, pdf_bytes, push_attachment, put_chunk, upload
from tests.central.support import assert_problem, enrol_device


def _stored_chunks(engine: Engine, blob_id: str) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(BlobChunk).where(BlobChunk.blob_id == blob_id)))


def test_a_multi_chunk_blob_goes_up_and_comes_down_equal(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord", "Anna")
    bram = enrol_device(client, central_engine, "Team Noord", "Bram")
    data = pdf_bytes(2 * CHUNK + 1234)
    blob_id = push_attachment(client, anna, data)

    before = client.get(f"/v1/blobs/{blob_id}", headers=anna.headers).json()
    assert before == {
        "blob_id": blob_id,
        "entity": "traject_bijlage",
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "chunk_size": CHUNK,
        "chunks": 3,
        "present": [],
        "complete": False,
    }
    for index, chunk in enumerate(chunks(data)):
        receipt = put_chunk(client, anna.headers, blob_id, index, chunk)
        assert receipt.json() == {"blob_id": blob_id, "index": index, "stored": True}
    done = complete(client, anna.headers, blob_id, data)
    assert done.status_code == 200, done.text
    assert done.json()["complete"] is True and done.json()["present"] == [0, 1, 2]

    status = client.get(f"/v1/blobs/{blob_id}", headers=bram.headers).json()
    assert status["complete"] is True
    received = b""
    for index in range(status["chunks"]):
        response = client.get(f"/v1/blobs/{blob_id}/chunks/{index}", headers=bram.headers)
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/octet-stream"
        assert response.headers[wire_blobs.CHUNK_HASH_HEADER] == hashlib.sha256(response.content).hexdigest()
        received += response.content
    assert received == data


def test_a_chunk_sent_twice_is_stored_once(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord")
    data = pdf_bytes(CHUNK + 10)
    blob_id = push_attachment(client, anna, data)
    first = chunks(data)[0]
    assert put_chunk(client, anna.headers, blob_id, 0, first).json()["stored"] is True
    assert put_chunk(client, anna.headers, blob_id, 0, first).json()["stored"] is False
    assert _stored_chunks(central_engine, blob_id) == 1
    assert client.get(f"/v1/blobs/{blob_id}", headers=anna.headers).json()["present"] == [0]
    # Completing twice is harmless too.
    put_chunk(client, anna.headers, blob_id, 1, chunks(data)[1])
    assert complete(client, anna.headers, blob_id, data).status_code == 200
    assert complete(client, anna.headers, blob_id, data).status_code == 200
    assert put_chunk(client, anna.headers, blob_id, 1, chunks(data)[1]).json()["stored"] is False


def test_the_same_index_with_other_bytes_is_refused(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord")
    data = pdf_bytes(CHUNK + 10)
    blob_id = push_attachment(client, anna, data)
    put_chunk(client, anna.headers, blob_id, 0, chunks(data)[0])
    other = bytes(reversed(chunks(data)[0]))
    assert_problem(put_chunk(client, anna.headers, blob_id, 0, other), 409, "blok-verschilt")
    assert _stored_chunks(central_engine, blob_id) == 1


def test_a_chunk_whose_hash_does_not_match_is_refused(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord")
    data = pdf_bytes(CHUNK + 10)
    blob_id = push_attachment(client, anna, data)
    wrong = hashlib.sha256(b"iets anders").hexdigest()
    body = assert_problem(
        put_chunk(client, anna.headers, blob_id, 0, chunks(data)[0], sha=wrong), 422, "blok-beschadigd"
    )
    assert "opnieuw" in body["detail"]
    assert_problem(
        put_chunk(client, anna.headers, blob_id, 0, chunks(data)[0], sha="zomaar"), 422, "blok-hash-ontbreekt"
    )
    missing = client.put(f"/v1/blobs/{blob_id}/chunks/0", content=chunks(data)[0], headers=anna.headers)
    assert_problem(missing, 422, "blok-hash-ontbreekt")
    assert _stored_chunks(central_engine, blob_id) == 0


def test_wrong_lengths_and_indexes_are_refused(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord")
    data = pdf_bytes(CHUNK + 10)
    blob_id = push_attachment(client, anna, data)
    assert_problem(put_chunk(client, anna.headers, blob_id, 0, data[:100]), 422, "blok-ongeldig")
    assert_problem(put_chunk(client, anna.headers, blob_id, 1, data[CHUNK:] + b"x"), 422, "blok-ongeldig")
    assert_problem(put_chunk(client, anna.headers, blob_id, 2, b"x"), 422, "blok-ongeldig")
    assert_problem(put_chunk(client, anna.headers, blob_id, 0, b""), 422, "blok-ongeldig")
    assert_problem(client.get(f"/v1/blobs/{blob_id}/chunks/-1", headers=anna.headers), 422)
    assert_problem(client.get(f"/v1/blobs/{'x' * 40}", headers=anna.headers), 422)


def test_complete_checks_every_chunk_and_the_whole(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord")
    data = pdf_bytes(2 * CHUNK + 5)
    blob_id = push_attachment(client, anna, data)
    assert_problem(complete(client, anna.headers, blob_id, data), 409, "bijlage-onvolledig")
    put_chunk(client, anna.headers, blob_id, 1, chunks(data)[1])
    body = assert_problem(complete(client, anna.headers, blob_id, data), 409, "bijlage-onvolledig")
    assert body["missing"] == [0, 2]
    assert_problem(complete(client, anna.headers, blob_id, data[:-1]), 409, "bijlage-verschilt")
    assert_problem(client.get(f"/v1/blobs/{blob_id}/chunks/1", headers=anna.headers), 409, "bijlage-onvolledig")


def test_chunks_cut_from_other_content_are_dropped_at_completion(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord")
    data = pdf_bytes(CHUNK + 10)
    blob_id = push_attachment(client, anna, data)
    other = pdf_bytes(len(data))  # same length, each chunk with its own correct hash, but not the attachment
    for index, chunk in enumerate(chunks(other)):
        put_chunk(client, anna.headers, blob_id, index, chunk)
    assert_problem(complete(client, anna.headers, blob_id, data), 422, "bijlage-beschadigd")
    assert _stored_chunks(central_engine, blob_id) == 0
    for index, chunk in enumerate(chunks(data)):  # sent again, right this time
        put_chunk(client, anna.headers, blob_id, index, chunk)
    assert complete(client, anna.headers, blob_id, data).json()["complete"] is True


def test_content_needs_the_attachment_in_the_teams_log(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord")
    unknown = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    assert_problem(client.get(f"/v1/blobs/{unknown}", headers=anna.headers), 404, "bijlage-onbekend")
    assert_problem(put_chunk(client, anna.headers, unknown, 0, b"%PDF-"), 404, "bijlage-onbekend")
    # A casus is not an attachment: its id names no blob.
    casus = anna.change()
    client.post("/v1/changes", json={"changes": [casus]}, headers=anna.headers)
    assert_problem(client.get(f"/v1/blobs/{casus['entity_id']}", headers=anna.headers), 404, "bijlage-onbekend")


def test_an_attachment_above_the_limit_is_refused(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord")
    blob_id = push_attachment(client, anna, b"x")
    big = anna.change(entity_id=blob_id, grootte=wire_blobs.MAX_BLOB_BYTES + 1)
    client.post("/v1/changes", json={"changes": [{**big, "entity": "traject_bijlage"}]}, headers=anna.headers)
    assert_problem(client.get(f"/v1/blobs/{blob_id}", headers=anna.headers), 422, "te-groot")


def test_another_team_can_neither_read_nor_write_a_blob(client: httpx.Client, central_engine: Engine) -> None:
    noord = enrol_device(client, central_engine, "Team Noord", "Anna")
    zuid = enrol_device(client, central_engine, "Team Zuid", "Bram")
    data = pdf_bytes(CHUNK + 10)
    blob_id = upload(client, noord, data)
    h = zuid.headers
    assert_problem(client.get(f"/v1/blobs/{blob_id}", headers=h), 403, "niet-toegestaan")
    assert_problem(client.get(f"/v1/blobs/{blob_id}/chunks/0", headers=h), 403, "niet-toegestaan")
    assert_problem(put_chunk(client, h, blob_id, 0, chunks(data)[0]), 403, "niet-toegestaan")
    assert_problem(complete(client, h, blob_id, data), 403, "niet-toegestaan")
    # Zuid cannot claim the id either by pushing metadata of its own under it.
    push_attachment(client, zuid, b"%PDF-andere", blob_id=blob_id)
    assert_problem(client.get(f"/v1/blobs/{blob_id}", headers=h), 403, "niet-toegestaan")
    with Session(central_engine) as session:
        assert session.scalars(select(Blob.team_id)).all() == [noord.team_id]


def test_a_destroyed_attachment_loses_its_content(client: httpx.Client, central_engine: Engine) -> None:
    anna = enrol_device(client, central_engine, "Team Noord")
    data = pdf_bytes(CHUNK + 10)
    blob_id = upload(client, anna, data)
    tombstone = {**anna.change(entity_id=blob_id), "entity": "traject_bijlage", "operation": "delete"}
    tombstone["fields"] = {"vernietigd": True}
    assert client.post("/v1/changes", json={"changes": [tombstone]}, headers=anna.headers).status_code == 200
    with Session(central_engine) as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
    assert_problem(client.get(f"/v1/blobs/{blob_id}", headers=anna.headers), 404, "bijlage-onbekend")
