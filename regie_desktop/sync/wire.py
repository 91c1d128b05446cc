"""The wire schema between a Regie laptop and the central store (``regie-central``), version 1.

Both sides import these models, so the client and the server cannot drift apart silently; the server's
OpenAPI schema is generated from them and checked in (docs/openapi.json).

Two version numbers travel:

* the URL prefix (``/v1``) versions the protocol: endpoints and their envelopes;
* ``SCHEMA_VERSION`` versions the data inside a change (entities and their fields). Every request says
  which one the client writes in the ``Regie-Schema-Version`` header, and every change carries its own.
  The server accepts ``MIN_SCHEMA_VERSION``..``SCHEMA_VERSION``; an older client is told to update Regie
  (HTTP 426), a newer one that the server must be updated first (HTTP 409).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from regie_desktop.domain.canonical import canonical_json

PROTOCOL_PREFIX = "/v1"
SCHEMA_VERSION = 1  # must equal regie_desktop.app.journal.WIRE_SCHEMA_VERSION (tests/sync checks it)
MIN_SCHEMA_VERSION = 1
SCHEMA_HEADER = "Regie-Schema-Version"

MAX_BATCH = 500  # changes per push request
MAX_PULL = 1000  # changes per pull response
MAX_FIELDS_BYTES = 256 * 1024  # canonical JSON of one change's fields
MAX_CURSOR = 2**62  # fits a signed 64-bit column with room to spare

ENROL_PURPOSE = "regie-apparaat-aanmelding/1"
_HLC = re.compile(r"[0-9]{15}-[0-9]{5}-[A-Za-z0-9-]{1,40}")

Entity = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
EntityId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,35}$")]
Uuid = Annotated[str, StringConstraints(min_length=36, max_length=36)]
PublicKeyHex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
SignatureHex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{128}$")]


def _canonical_uuid(value: str) -> str:
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise ValueError("not a UUID") from None
    if str(parsed) != value:
        raise ValueError("a UUID in lower-case hyphenated form is required")
    return value


def check_text(value: Any) -> None:
    """Refuse strings a database cannot store: NUL characters and lone surrogates (from JSON ``\\ud800``).

    PostgreSQL rejects both at insert time; refusing them here keeps such input a 4xx or a quarantined
    change instead of a server error. Walks nested lists and dicts, keys included, without recursion.
    """
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise ValueError("text contains a NUL character")
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("text is not valid Unicode") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Change(_Wire):
    """One change record as it travels; ``id`` is made on the laptop (UUIDv7) and makes a push idempotent."""

    id: Uuid
    entity: Entity
    entity_id: EntityId
    operation: Literal["upsert", "delete"]
    fields: dict[str, Any] = Field(description="The changed fields; for a delete (tombstone) usually empty.")
    base_version: int = Field(ge=0, le=2**31 - 1, description="The row revision this change was made on.")
    base_seq: int = Field(
        default=0,
        ge=0,
        le=MAX_CURSOR,
        description=(
            "The team cursor (last pulled server sequence) of the laptop when it made this change. The server "
            "compares it field by field with the changes of the same entity numbered after it: those the laptop "
            "had not seen. Replaces base_version for conflict detection, because row revisions are local counters."
        ),
    )
    hlc: str = Field(max_length=64, description="Hybrid logical clock timestamp (sortable text).")
    author_id: Uuid
    device_id: Uuid
    schema_version: int = Field(ge=0, le=10_000)

    @field_validator("id", "author_id", "device_id")
    @classmethod
    def _uuid(cls, value: str) -> str:
        return _canonical_uuid(value)

    @field_validator("hlc")
    @classmethod
    def _hlc(cls, value: str) -> str:
        if not _HLC.fullmatch(value):
            raise ValueError("not a hybrid logical clock timestamp")
        return value

    @field_validator("fields")
    @classmethod
    def _fields(cls, value: dict[str, Any]) -> dict[str, Any]:
        check_text(value)
        try:
            text = canonical_json(value)
        except (TypeError, RecursionError) as exc:  # a float, or nesting deeper than JSON tools handle
            raise ValueError(f"fields have no canonical form ({type(exc).__name__})") from None
        if len(text.encode("utf-8")) > MAX_FIELDS_BYTES:
            raise ValueError(f"fields exceed {MAX_FIELDS_BYTES} bytes")
        return value

    def canonical_fields(self) -> str:
        return canonical_json(self.fields)

    def content_hash(self) -> str:
        """What identifies the content, so a resent change can be told from an id reused for other data."""
        return hashlib.sha256(canonical_json(self.model_dump()).encode("utf-8")).hexdigest()


class PushRequest(_Wire):
    """A batch from the outbox. Items are checked one by one: a refused one is quarantined, the rest go on.

    Each item should be a ``Change``; the envelope accepts any JSON object so that one malformed record
    cannot block the batch it travels in.
    """

    changes: list[dict[str, Any]] = Field(max_length=MAX_BATCH)


class Refusal(_Wire):
    """A change the server did not store: it is kept in quarantine and reported to the worker."""

    change_id: str | None = Field(description="The change's id when it had a usable one.")
    reason: str = Field(description="Stable code, e.g. 'ongeldig', 'schemaversie', 'ander-team'.")
    detail: str = Field(description="Dutch explanation fit to show the worker.")


class PushResponse(_Wire):
    stored: list[str] = Field(description="Ids stored by this request.")
    duplicates: list[str] = Field(description="Ids the server already had with the same content (resent).")
    refused: list[Refusal]


class ConflictNote(_Wire):
    """What the server found when it stored a change made without knowing an earlier one of the same entity.

    ``hard``: both changed ``field`` to different values. The later change (this one) is applied, the other
    value is kept here so the worker can choose; nothing is dropped silently. ``soft``: the other change set
    a field this one did not touch; both are merged and this note only records that it happened.
    """

    kind: Literal["hard", "soft"]
    field: str
    other_change_id: str
    other_seq: int
    other_value: Any = Field(default=None, description="The other change's value of the field (hard only).")
    other_author_id: str
    other_author_name: str
    other_hlc: str


class PulledChange(_Wire):
    seq: int = Field(description="The team's server sequence number; the next pull's cursor.")
    change: Change
    received_at: str = Field(description="When the server stored it (UTC, ISO 8601).")
    author_name: str = Field(default="", description="The name of the worker who pushed it, as the server knows it.")
    conflicts: list[ConflictNote] = Field(
        default_factory=list, description="Concurrent changes of the same entity found when it was stored."
    )


class PullResponse(_Wire):
    changes: list[PulledChange]
    cursor: int = Field(description="Pass as 'after' in the next pull.")
    has_more: bool


class EnrolRequest(_Wire):
    """A device registers its Ed25519 public key with a one-time code from the team's administrator.

    ``signature`` is the device's signature over ``enrolment_payload(...)``: it proves the device holds the
    private half of the key it registers.
    """

    code: str = Field(min_length=1, max_length=64)
    device_id: Uuid
    device_name: str = Field(default="", max_length=100)
    public_key: PublicKeyHex
    signature: SignatureHex

    @field_validator("device_id")
    @classmethod
    def _uuid(cls, value: str) -> str:
        return _canonical_uuid(value)

    @field_validator("code", "device_name")
    @classmethod
    def _text(cls, value: str) -> str:
        check_text(value)
        return value


class EnrolResponse(_Wire):
    device_id: str
    device_token: str = Field(description="Send as 'Authorization: Bearer <token>'; shown only this once.")
    team_id: str
    team_name: str
    worker_id: str
    worker_name: str
    schema_version: int


class RevokedUploadResponse(_Wire):
    """What a revoked device's last upload left on the server: kept for the administrator, not merged."""

    kept: list[str] = Field(description="Ids of the changes kept in quarantine for the administrator.")


class DeviceInfo(_Wire):
    """Who the server thinks the calling device is; a client checks this to learn it was revoked."""

    device_id: str
    device_name: str
    team_id: str
    team_name: str
    worker_id: str
    worker_name: str


class QuarantineItem(_Wire):
    change_id: str | None
    reason: str
    detail: str
    received_at: str


class QuarantineList(_Wire):
    items: list[QuarantineItem]


class ScopeDigest(_Wire):
    """A fingerprint of every change in the device's scope, to detect a laptop that silently diverged.

    ``digest`` is ``scope_digest`` over the ids of the stored changes. Once a laptop has pulled up to
    ``changes`` (its cursor equals it), the set of change ids it holds must give the same digest; if not,
    it pulls its scope again from cursor 0 (its unsent outbox stays as it is). While its cursor is lower,
    it is simply behind and pulls first.
    """

    changes: int = Field(description="How many changes the scope holds (also its last sequence number).")
    digest: str = Field(description="XOR of the SHA-256 of every change id, hex.")


class Health(_Wire):
    status: Literal["ok"]


class ServerInfo(_Wire):
    """What a client needs before it can talk to this server; needs no token."""

    service: Literal["regie-central"] = "regie-central"
    protocol: str = PROTOCOL_PREFIX
    min_schema_version: int
    max_schema_version: int


class Problem(BaseModel):
    """RFC 9457 problem details; ``title`` and ``detail`` are Dutch and fit to show a worker."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str


EMPTY_DIGEST = "0" * 64


def scope_digest(change_ids: Iterable[str], start: str = EMPTY_DIGEST) -> str:
    """XOR of SHA-256(id) over a set of change ids, continuing from ``start``.

    XOR makes it independent of order and incremental: the server adds each stored change under its
    team lock, the laptop over whatever it holds, without either sorting or rereading everything. Ids
    are unique within a scope, so no id cancels another. It detects divergence; it is no security check.
    """
    value = int(start, 16)
    for change_id in change_ids:
        value ^= int.from_bytes(hashlib.sha256(change_id.encode("utf-8")).digest(), "big")
    return f"{value:064x}"


def normalise_code(code: str) -> str:
    """Codes are typed by people: case, spaces and dashes do not matter."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def enrolment_payload(code: str, device_id: str, public_key_hex: str) -> bytes:
    """The bytes a device signs when it enrols (canonical JSON with a purpose, so they mean nothing else)."""
    return canonical_json(
        {
            "purpose": ENROL_PURPOSE,
            "code": normalise_code(code),
            "device_id": device_id,
            "public_key": public_key_hex,
        }
    ).encode("utf-8")
