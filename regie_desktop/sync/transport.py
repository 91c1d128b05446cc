"""The laptop's side of the wire: one HTTP call per protocol step, answers parsed into ``wire`` models.

Every failure becomes a ``SyncError`` with a Dutch message fit for the status bar, chosen by the problem
``type`` the server sends (RFC 9457), so the engine can branch on the kind (``DeviceRevoked`` means:
upload once, then wipe) without parsing text. No call here retries on its own except ``push_retrying``,
which is safe because a push is idempotent by change id.

Server certificates: pass ``ssl_context=pinned_context(ca_file)`` to trust only the organisation's CA
(from the machine configuration) instead of every public CA.
"""

from __future__ import annotations

import hashlib
import ssl
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from regie_desktop.domain.signing import DeviceKey
from regie_desktop.errors import RegieError
from regie_desktop.sync import wire, wire_blobs

ModelT = TypeVar("ModelT", bound=BaseModel)
PROBLEM_PREFIX = "urn:regie:probleem:"


class SyncError(RegieError):
    """Base of every sync failure; ``retry`` says whether trying again later can help.

    ``exit_code`` is what ``regie sync`` and ``regie enrol`` return (documented in the README, stable).
    """

    retry = False
    exit_code = 25

    def __init__(self, message: str, problem: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.problem = problem or {}


class ServerUnreachable(SyncError):
    retry = True
    exit_code = 20


class ServerBusy(SyncError):
    """A 5xx or a 409 clash: the server is there but could not do it now."""

    retry = True
    exit_code = 20


class UpdateRequired(SyncError):
    """This Regie is too old for the server (426)."""

    exit_code = 23


class ServerTooOld(SyncError):
    """The server is older than this Regie (409 server-te-oud)."""

    exit_code = 23


class NotEnrolled(SyncError):
    """No valid device token (401): enrol (again)."""

    exit_code = 21


class DeviceRevoked(SyncError):
    """The administrator revoked this device (403 apparaat-ingetrokken)."""

    exit_code = 24


class EnrolmentRefused(SyncError):
    """The code is unknown, used or expired, or the device is enrolled already."""

    exit_code = 22


class ProtocolError(SyncError):
    """The server refused the request as malformed, or answered something this client cannot read."""


def pinned_context(ca_file: Path) -> ssl.SSLContext:
    """Trust only the organisation's CA: a certificate from any other CA, public ones included, is refused."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cafile=str(ca_file))
    return context


class CentralClient:
    """A connection to one central store for one device; cheap to keep open between syncs."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        schema_version: int = wire.SCHEMA_VERSION,
    ) -> None:
        self._token = token
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            verify=ssl_context if ssl_context is not None else True,
            timeout=timeout,
            transport=transport,
            headers={wire.SCHEMA_HEADER: str(schema_version)},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def token(self) -> str | None:
        return self._token

    # --- the protocol ------------------------------------------------------------------------------------

    def info(self) -> wire.ServerInfo:
        return self._call("GET", "/v1/info", wire.ServerInfo, auth=False)

    def enrol(self, code: str, device_id: str, key: DeviceKey, device_name: str = "") -> wire.EnrolResponse:
        """Register this device's key with a one-time code; keeps the token for the calls that follow."""
        public = key.public_bytes().hex()
        body = wire.EnrolRequest(
            code=code,
            device_id=device_id,
            device_name=device_name,
            public_key=public,
            signature=key.sign(wire.enrolment_payload(code, device_id, public)).hex(),
        )
        answer = self._call("POST", "/v1/enrol", wire.EnrolResponse, json=body.model_dump(), auth=False)
        self._token = answer.device_token
        return answer

    def device(self) -> wire.DeviceInfo:
        return self._call("GET", "/v1/device", wire.DeviceInfo)

    def push(self, changes: Sequence[wire.Change]) -> wire.PushResponse:
        if len(changes) > wire.MAX_BATCH:
            raise ValueError(f"at most {wire.MAX_BATCH} changes per push")
        body = {"changes": [change.model_dump() for change in changes]}
        return self._call("POST", "/v1/changes", wire.PushResponse, json=body)

    def pull(self, after: int, limit: int = 500) -> wire.PullResponse:
        return self._call("GET", "/v1/changes", wire.PullResponse, params={"after": after, "limit": limit})

    def revoked_upload(self, changes: Sequence[wire.Change]) -> wire.RevokedUploadResponse:
        """A revoked device's last upload: the server keeps it for the administrator (see protocol.py)."""
        if len(changes) > wire.MAX_BATCH:
            raise ValueError(f"at most {wire.MAX_BATCH} changes per upload")
        body = {"changes": [change.model_dump() for change in changes]}
        return self._call("POST", "/v1/revoked-upload", wire.RevokedUploadResponse, json=body)

    def digest(self) -> wire.ScopeDigest:
        return self._call("GET", "/v1/digest", wire.ScopeDigest)

    def quarantine(self) -> wire.QuarantineList:
        return self._call("GET", "/v1/quarantine", wire.QuarantineList)

    def push_retrying(
        self,
        changes: Sequence[wire.Change],
        attempts: int = 5,
        pause_s: Callable[[int], float] = lambda attempt: min(0.2 * 2**attempt, 10.0),
        sleep: Callable[[float], None] = time.sleep,
    ) -> wire.PushResponse:
        """Push one batch, resending it after a broken connection or a busy server.

        Safe because the server stores a change once whatever happens: when an attempt was stored but its
        answer got lost, the resend reports those ids as duplicates. So every id in ``stored`` or
        ``duplicates`` of the answer is on the server and may be marked as sent.
        """
        for attempt in range(attempts):
            try:
                return self.push(changes)
            except SyncError as exc:
                if not exc.retry or attempt == attempts - 1:
                    raise
                sleep(pause_s(attempt))
        raise AssertionError("unreachable")

    # --- attachment content in chunks (sync.wire_blobs, used by sync.attachments) ---------------------------

    def blob_status(self, blob_id: str) -> wire_blobs.BlobStatus:
        return self._call("GET", f"/v1/blobs/{blob_id}", wire_blobs.BlobStatus)

    def put_chunk(self, blob_id: str, index: int, data: bytes) -> wire_blobs.ChunkReceipt:
        """Send one chunk with its SHA-256; sending it again is harmless (the server stores it once)."""
        headers = {
            wire_blobs.CHUNK_HASH_HEADER: hashlib.sha256(data).hexdigest(),
            "Content-Type": "application/octet-stream",
        }
        path = f"/v1/blobs/{blob_id}/chunks/{index}"
        return self._call("PUT", path, wire_blobs.ChunkReceipt, content=data, headers=headers)

    def complete_blob(self, blob_id: str, size: int, sha256: str) -> wire_blobs.BlobStatus:
        body = wire_blobs.BlobComplete(size=size, sha256=sha256).model_dump()
        return self._call("POST", f"/v1/blobs/{blob_id}/complete", wire_blobs.BlobStatus, json=body)

    def get_chunk(self, blob_id: str, index: int) -> bytes:
        """One chunk of a complete blob, checked against the SHA-256 the server sends with it."""
        response = self._send("GET", f"/v1/blobs/{blob_id}/chunks/{index}")
        data = response.content
        if hashlib.sha256(data).hexdigest() != response.headers.get(wire_blobs.CHUNK_HASH_HEADER):
            raise ServerUnreachable("Een deel van een bijlage kwam beschadigd aan. Regie probeert het later opnieuw.")
        return data

    # --- plumbing ----------------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        model: type[ModelT],
        *,
        auth: bool = True,
        json: Any = None,
        params: dict[str, Any] | None = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> ModelT:
        response = self._send(method, path, auth=auth, json=json, params=params, content=content, headers=headers)
        try:
            return model.model_validate(response.json())
        except (ValueError, ValidationError):
            raise ProtocolError("Het antwoord van de centrale opslag is onleesbaar.") from None

    def _send(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        json: Any = None,
        params: dict[str, Any] | None = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """One request; every failure becomes a ``SyncError`` (see the module docstring)."""
        headers = dict(headers or {})
        if auth:
            if not self._token:
                raise NotEnrolled("Dit apparaat is nog niet aangemeld bij de centrale opslag.")
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            response = self._http.request(method, path, json=json, params=params, headers=headers, content=content)
        except httpx.TimeoutException:
            raise ServerUnreachable(
                "De centrale opslag reageert niet op tijd. Regie probeert het later opnieuw."
            ) from None
        except httpx.TransportError as exc:
            if _is_certificate_error(exc):
                raise ServerUnreachable(
                    "Het certificaat van de centrale opslag wordt niet vertrouwd. Neem contact op met de beheerder."
                ) from None
            raise ServerUnreachable(
                "De centrale opslag is niet bereikbaar. Regie probeert het later opnieuw."
            ) from None
        if response.status_code >= 400:
            raise _problem_error(response)
        return response


def _is_certificate_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


_KINDS: dict[str, type[SyncError]] = {
    "werk-regie-bij": UpdateRequired,
    "server-te-oud": ServerTooOld,
    "niet-aangemeld": NotEnrolled,
    "apparaat-ingetrokken": DeviceRevoked,
    "code-onbekend": EnrolmentRefused,
    "code-gebruikt": EnrolmentRefused,
    "code-verlopen": EnrolmentRefused,
    "apparaat-bestaat": EnrolmentRefused,
    "ongeldige-handtekening": EnrolmentRefused,
    "conflict": ServerBusy,
    "niet-beschikbaar": ServerBusy,
}


def _problem_error(response: httpx.Response) -> SyncError:
    try:
        problem = response.json()
    except ValueError:
        problem = None
    if not isinstance(problem, dict):
        problem = {}
    slug = str(problem.get("type", "")).removeprefix(PROBLEM_PREFIX)
    detail = problem.get("detail")
    message = detail if isinstance(detail, str) and detail else ""
    kind = _KINDS.get(slug)
    if kind is None:
        if response.status_code >= 500 or response.status_code == 429:
            kind = ServerBusy
            message = message or "De centrale opslag heeft een storing. Regie probeert het later opnieuw."
        elif response.status_code == 401:
            kind = NotEnrolled
        else:
            kind = ProtocolError
    if not message:
        message = f"De centrale opslag weigerde het verzoek (HTTP {response.status_code})."
    return kind(message, problem)
