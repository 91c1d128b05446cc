"""The central store's HTTP face (FastAPI). Routes are thin: they check the schema version, authenticate,
open one transaction and call ``protocol``.

Everything that goes wrong leaves as RFC 9457 problem details (``application/problem+json``): bad input is
always a 4xx with a Dutch explanation, never a 5xx and never a traceback. Database work runs in the
thread pool (plain ``def`` endpoints; the push reads its body first, then hands over), so one slow
database call does not stall the others.
"""

# No ``from __future__ import annotations``: FastAPI reads the routes' annotations at run time, and they
# name dependencies defined inside create_app.
import json
import logging
import os
from collections.abc import Awaitable, Callable, Iterator
from typing import Annotated, Any, TypeVar

from fastapi import Body, Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from regie_desktop import __version__
from regie_desktop.central import blobs, protocol
from regie_desktop.central.problems import (
    PROBLEM_MEDIA_TYPE,
    ProblemError,
    bad_json,
    body_too_large,
    problem_body,
)
from regie_desktop.central.vernietiging import purge_destroyed
from regie_desktop.sync import wire, wire_blobs

log = logging.getLogger(__name__)
DEFAULT_MAX_BODY = 8 * 1024 * 1024  # a full push batch of large changes fits well below this
ENV_MAX_BODY = "REGIE_CENTRAL_MAX_BODY"
T = TypeVar("T")

PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": wire.Problem, "content": {PROBLEM_MEDIA_TYPE: {}}, "description": text}
    for status, text in {
        400: "Ongeldig verzoek",
        401: "Niet aangemeld",
        403: "Geen toegang (code of apparaat)",
        409: "Conflict of server te oud",
        413: "Verzoek te groot",
        422: "Ongeldige invoer",
        426: "Werk Regie bij",
        503: "Tijdelijk niet beschikbaar (database)",
    }.items()
}


BLOB_RESPONSES: dict[int | str, dict[str, Any]] = {
    **PROBLEM_RESPONSES,
    404: {"model": wire.Problem, "content": {PROBLEM_MEDIA_TYPE: {}}, "description": "Bijlage onbekend"},
}
BlobId = Annotated[
    str, Path(pattern=wire_blobs.BLOB_ID_PATTERN, description="Het id van de bijlage (traject_bijlage, eindverslag).")
]
ChunkIndex = Annotated[int, Path(ge=0, lt=wire_blobs.MAX_CHUNKS, description="Het volgnummer van het deel, vanaf 0.")]


def problem_response(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


class BodyLimit:
    """Refuses a request body above ``limit`` bytes with 413, whether it declares its length or streams it.

    Sits outside FastAPI: the body is read (up to the limit) before any route sees it, then replayed. An
    oversized body is still read and dropped up to ``drain`` bytes before the 413 goes out: a server that
    closes a connection with unread data makes the kernel send a reset, and the client would see a broken
    connection instead of the explanation. A body declared even larger is refused without reading it.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit
        self.drain = 4 * limit + 1024 * 1024

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.drain):
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            more = bool(message.get("more_body", False))
            if size > self.limit:
                chunks.clear()
                if size > self.drain:
                    break
            else:
                chunks.append(chunk)
        if size > self.limit:
            await self._refuse(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(413, body_too_large(self.limit).body(), headers={"Connection": "close"})
        await response(scope, receive, send)


def create_app(engine: Engine | None, *, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The ASGI application; ``engine=None`` builds it only to generate the OpenAPI schema.

    Attachment chunks are ``wire_blobs.CHUNK_SIZE`` bytes, or the body limit when that is smaller.
    """
    chunk_size = min(wire_blobs.CHUNK_SIZE, max_body)
    app = FastAPI(
        title="Regie centrale opslag",
        version=__version__,
        description=(
            "Centrale opslag voor Regie: apparaten melden zich aan met een eenmalige code en synchroniseren "
            "daarna wijzigingen (push) en halen die van hun team op (pull). Elke aanvraag (behalve /v1/info) "
            f"noemt haar schemaversie in de kop '{wire.SCHEMA_HEADER}'. Fouten zijn RFC 9457 problem details."
        ),
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    sessions = sessionmaker(engine, expire_on_commit=False) if engine is not None else None
    bearer = HTTPBearer(auto_error=False, description="Het apparaattoken uit de aanmelding.")

    def session() -> Iterator[Session]:
        assert sessions is not None, "this app was built for its schema only"
        with sessions() as db:
            yield db

    def schema_version(
        version: Annotated[
            str | None,
            Header(alias=wire.SCHEMA_HEADER, description="De schemaversie waarin deze client schrijft."),
        ] = None,
    ) -> int:
        plain = version is not None and version.isascii() and version.isdigit() and len(version) < 6
        number = int(version) if plain and version is not None else None
        if number is None or number < wire.MIN_SCHEMA_VERSION:
            raise ProblemError(
                426,
                "werk-regie-bij",
                "Werk Regie bij",
                "Deze versie van Regie is te oud voor de centrale opslag. Werk Regie bij en synchroniseer daarna "
                "opnieuw; uw wijzigingen blijven op dit apparaat bewaard.",
                min_schema_version=wire.MIN_SCHEMA_VERSION,
                max_schema_version=wire.SCHEMA_VERSION,
            )
        if number > wire.SCHEMA_VERSION:
            raise ProblemError(
                409,
                "server-te-oud",
                "Centrale opslag te oud",
                "De centrale opslag is ouder dan deze versie van Regie. Vraag de beheerder de server bij te werken; "
                "uw wijzigingen blijven op dit apparaat bewaard.",
                min_schema_version=wire.MIN_SCHEMA_VERSION,
                max_schema_version=wire.SCHEMA_VERSION,
            )
        return number

    def caller(
        db: Annotated[Session, Depends(session)],
        _version: Annotated[int, Depends(schema_version)],
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> protocol.Caller:
        who = protocol.authenticate(db, credentials.credentials if credentials is not None else None)
        # Always end this transaction: it keeps last_seen_at, and it gives the connection back to the pool while
        # the request waits for its body or a worker thread. Keeping it (to save the COMMIT) let requests
        # waiting for a thread hold every pooled connection while the threads waited for one: 30 s stalls
        # under load (tests/bench/test_bench_load.py).
        db.commit()
        return who

    def revoked_caller(
        db: Annotated[Session, Depends(session)],
        _version: Annotated[int, Depends(schema_version)],
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> protocol.Caller:
        return protocol.authenticate(
            db, credentials.credentials if credentials is not None else None, allow_revoked=True
        )

    def in_transaction(db: Session, work: Callable[[], T], retries: int = 2) -> T:
        """Run ``work`` and commit; a clash on a unique key (two teams racing on one id) is retried."""
        for attempt in range(retries + 1):
            try:
                result = work()
                db.commit()
                return result
            except IntegrityError:
                db.rollback()
                if attempt == retries:
                    raise ProblemError(
                        409, "conflict", "Conflict", "Een gelijktijdige wijziging botste. Probeer het opnieuw."
                    ) from None
        raise AssertionError("unreachable")

    @app.get("/v1/info", response_model=wire.ServerInfo, tags=["protocol"])
    def info() -> wire.ServerInfo:
        """Which schema versions this server accepts; needs no token, so a client can check before enrolling."""
        return wire.ServerInfo(min_schema_version=wire.MIN_SCHEMA_VERSION, max_schema_version=wire.SCHEMA_VERSION)

    @app.get("/healthz", response_model=wire.Health, responses={503: PROBLEM_RESPONSES[503]}, tags=["beheer"])
    def health(db: Annotated[Session, Depends(session)]) -> wire.Health:
        """For a load balancer or monitoring: answers 200 only when the database answers too."""
        db.execute(text("SELECT 1"))
        return wire.Health(status="ok")

    @app.post("/v1/enrol", response_model=wire.EnrolResponse, responses=PROBLEM_RESPONSES, tags=["protocol"])
    def enrol(
        request: wire.EnrolRequest,
        db: Annotated[Session, Depends(session)],
        _version: Annotated[int, Depends(schema_version)],
    ) -> wire.EnrolResponse:
        """Register this device's Ed25519 public key with a one-time code; returns the device token once."""
        return in_transaction(db, lambda: protocol.enrol(db, request), retries=0)

    @app.get("/v1/device", response_model=wire.DeviceInfo, responses=PROBLEM_RESPONSES, tags=["protocol"])
    def device(who: Annotated[protocol.Caller, Depends(caller)]) -> wire.DeviceInfo:
        """Who the server takes this device for; a revoked device learns it here (403 apparaat-ingetrokken)."""
        return protocol.device_info(who)

    @app.post(
        "/v1/changes",
        response_model=wire.PushResponse,
        responses=PROBLEM_RESPONSES,
        tags=["protocol"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
            }
        },
    )
    async def push_changes(
        request: Request,
        who: Annotated[protocol.Caller, Depends(caller)],
        db: Annotated[Session, Depends(session)],
    ) -> wire.PushResponse:
        """Store a batch of changes. Idempotent by change id; a refused change is quarantined, the rest stored."""
        items = _push_items(await request.body())
        return await run_in_threadpool(in_transaction, db, lambda: _push_and_purge(db, who, items))

    @app.post(
        "/v1/revoked-upload",
        response_model=wire.RevokedUploadResponse,
        responses=PROBLEM_RESPONSES,
        tags=["protocol"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
            }
        },
    )
    async def revoked_upload(
        request: Request,
        who: Annotated[protocol.Caller, Depends(revoked_caller)],
        db: Annotated[Session, Depends(session)],
    ) -> wire.RevokedUploadResponse:
        """A revoked device's last upload before it wipes itself: kept in quarantine for the administrator."""
        items = _push_items(await request.body())
        return await run_in_threadpool(in_transaction, db, lambda: protocol.revoked_upload(db, who, items))

    @app.get("/v1/changes", response_model=wire.PullResponse, responses=PROBLEM_RESPONSES, tags=["protocol"])
    def pull_changes(
        who: Annotated[protocol.Caller, Depends(caller)],
        db: Annotated[Session, Depends(session)],
        after: Annotated[int, Query(ge=0, le=wire.MAX_CURSOR, description="Cursor van de vorige pull.")] = 0,
        limit: Annotated[int, Query(ge=1, le=wire.MAX_PULL)] = 500,
    ) -> Response:
        """The team's changes after the cursor, in server order; no row is ever skipped."""
        # Serialised by pydantic-core in one step (the documented model stays PullResponse): going through
        # FastAPI's generic encoder cost more than building the page.
        page = protocol.pull(db, who, after, limit)
        return Response(content=page.model_dump_json(), media_type="application/json")

    @app.get("/v1/digest", response_model=wire.ScopeDigest, responses=PROBLEM_RESPONSES, tags=["protocol"])
    def scope_digest(
        who: Annotated[protocol.Caller, Depends(caller)], db: Annotated[Session, Depends(session)]
    ) -> wire.ScopeDigest:
        """Count and fingerprint of every change the device may see, to detect divergence cheaply."""
        return protocol.digest(db, who)

    @app.get("/v1/quarantine", response_model=wire.QuarantineList, responses=PROBLEM_RESPONSES, tags=["protocol"])
    def quarantined(
        who: Annotated[protocol.Caller, Depends(caller)], db: Annotated[Session, Depends(session)]
    ) -> wire.QuarantineList:
        """Changes from this device that the server refused, with the reason, for the worker's sync report."""
        return protocol.quarantine(db, who)

    _blob_routes(app, caller, session, in_transaction, chunk_size)
    _install_problem_handlers(app)
    _document_push_body(app)
    app.add_middleware(BodyLimit, limit=max_body)
    return app


def _blob_routes(
    app: FastAPI,
    caller: Callable[..., protocol.Caller],
    session: Callable[..., Iterator[Session]],
    in_transaction: Callable[..., Any],
    chunk_size: int,
) -> None:
    """Attachment content in chunks (``central.blobs``): status, upload a chunk, complete, download a chunk."""

    @app.get("/v1/blobs/{blob_id}", response_model=wire_blobs.BlobStatus, responses=BLOB_RESPONSES, tags=["bijlagen"])
    def blob_status(
        blob_id: BlobId, who: Annotated[protocol.Caller, Depends(caller)], db: Annotated[Session, Depends(session)]
    ) -> wire_blobs.BlobStatus:
        """Which chunks of an attachment's content the server holds, and whether the whole is complete."""
        return blobs.status(db, who, blob_id, chunk_size)

    @app.put(
        "/v1/blobs/{blob_id}/chunks/{index}",
        response_model=wire_blobs.ChunkReceipt,
        responses=BLOB_RESPONSES,
        tags=["bijlagen"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def put_chunk(
        blob_id: BlobId,
        index: ChunkIndex,
        request: Request,
        who: Annotated[protocol.Caller, Depends(caller)],
        db: Annotated[Session, Depends(session)],
        sha256: Annotated[
            str | None,
            Header(alias=wire_blobs.CHUNK_HASH_HEADER, description="SHA-256 (hex) van de bytes van dit deel."),
        ] = None,
    ) -> wire_blobs.ChunkReceipt:
        """Store one chunk (the raw bytes as the body). Sent twice, it is stored once; other bytes are refused."""
        data = await request.body()
        return await run_in_threadpool(
            in_transaction, db, lambda: blobs.put_chunk(db, who, blob_id, index, data, sha256, chunk_size)
        )

    @app.post(
        "/v1/blobs/{blob_id}/complete",
        response_model=wire_blobs.BlobStatus,
        responses=BLOB_RESPONSES,
        tags=["bijlagen"],
    )
    def complete_blob(
        blob_id: BlobId,
        claim: Annotated[wire_blobs.BlobComplete, Body()],
        who: Annotated[protocol.Caller, Depends(caller)],
        db: Annotated[Session, Depends(session)],
    ) -> wire_blobs.BlobStatus:
        """Check that every chunk is there and the whole has the attachment's size and SHA-256."""
        result: wire_blobs.BlobStatus = in_transaction(db, lambda: blobs.complete(db, who, blob_id, claim, chunk_size))
        return result

    @app.get(
        "/v1/blobs/{blob_id}/chunks/{index}",
        response_class=Response,
        responses={
            **BLOB_RESPONSES,
            200: {
                "description": f"De bytes van het deel; de SHA-256 staat in de kop '{wire_blobs.CHUNK_HASH_HEADER}'.",
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            },
        },
        tags=["bijlagen"],
    )
    def get_chunk(
        blob_id: BlobId,
        index: ChunkIndex,
        who: Annotated[protocol.Caller, Depends(caller)],
        db: Annotated[Session, Depends(session)],
    ) -> Response:
        """One chunk of a complete attachment's content."""
        data, digest = blobs.get_chunk(db, who, blob_id, index)
        return Response(
            content=data, media_type="application/octet-stream", headers={wire_blobs.CHUNK_HASH_HEADER: digest}
        )


def _push_and_purge(db: Session, who: protocol.Caller, items: list[Any]) -> wire.PushResponse:
    """Store the batch; a destruction tombstone among it empties the dossier's earlier changes (#12)."""
    response = protocol.push(db, who, items)
    purge_destroyed(db, who.team.id, response.stored)
    return response


def _push_items(raw: bytes) -> list[Any]:
    """Parse the push body by hand: the envelope must be right, each item is judged on its own later."""

    def no_constants(name: str) -> Any:
        raise ValueError(name)

    try:
        data = json.loads(raw, parse_constant=no_constants)
    except (ValueError, RecursionError):
        raise bad_json() from None
    if not isinstance(data, dict) or set(data) != {"changes"} or not isinstance(data["changes"], list):
        raise ProblemError(
            422, "ongeldige-invoer", "Ongeldige invoer", "Verwacht een object met alleen de lijst 'changes'."
        )
    if len(data["changes"]) > wire.MAX_BATCH:
        raise ProblemError(
            422,
            "te-veel-wijzigingen",
            "Te veel wijzigingen",
            f"Verstuur hoogstens {wire.MAX_BATCH} wijzigingen per keer.",
            max_changes=wire.MAX_BATCH,
        )
    return list(data["changes"])


def _document_push_body(app: FastAPI) -> None:
    """The push body is parsed by hand (see _push_items) but documented as PushRequest and Change."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        push = wire.PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        push["properties"]["changes"]["items"] = {"$ref": "#/components/schemas/Change"}
        push["properties"]["changes"]["description"] = "Wijzigingen in de vorm van Change."
        components["PushRequest"] = push
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _install_problem_handlers(app: FastAPI) -> None:
    async def on_problem(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ProblemError)
        return problem_response(exc.status, exc.body(), headers=exc.headers)

    async def on_validation(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = exc.errors()
        if any(error.get("type") == "json_invalid" for error in errors):
            return problem_response(400, bad_json().body())
        fields = [".".join(str(part) for part in error.get("loc", ())) for error in errors][:20]
        return problem_response(
            422,
            problem_body(
                422,
                "ongeldige-invoer",
                "Ongeldige invoer",
                "Het verzoek is niet volledig of niet juist.",
                fields=fields,
            ),
        )

    async def on_http(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        titles = {404: "Niet gevonden", 405: "Methode niet toegestaan"}
        title = titles.get(exc.status_code, "Verzoek niet verwerkt")
        return problem_response(
            exc.status_code,
            problem_body(exc.status_code, f"http-{exc.status_code}", title, title + "."),
            headers=dict(exc.headers or {}),
        )

    async def on_database_down(_request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable: %s", type(exc).__name__)
        return problem_response(
            503,
            problem_body(
                503, "niet-beschikbaar", "Tijdelijk niet beschikbaar", "De centrale opslag is even niet bereikbaar."
            ),
            headers={"Retry-After": "30"},
        )

    async def on_error(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error: %s", type(exc).__name__)  # no message: it might hold request data
        return problem_response(
            500, problem_body(500, "serverfout", "Serverfout", "Er ging iets mis op de server. Probeer het later.")
        )

    handlers: dict[type[Exception], Callable[[Request, Exception], Awaitable[JSONResponse]]] = {
        ProblemError: on_problem,
        RequestValidationError: on_validation,
        StarletteHTTPException: on_http,
        OperationalError: on_database_down,
        PoolTimeout: on_database_down,  # every connection busy for 30 s: overloaded, try again later
        Exception: on_error,
    }
    for exc_type, handler in handlers.items():
        app.add_exception_handler(exc_type, handler)


def app_from_environment() -> FastAPI:
    """The app for each process of ``serve --workers N``: database and body limit from the environment."""
    from regie_desktop.central.db import default_url, make_engine, require_current

    engine = make_engine(default_url())
    require_current(engine)
    return create_app(engine, max_body=int(os.environ.get(ENV_MAX_BODY, DEFAULT_MAX_BODY)))


def openapi_text() -> str:
    """The schema as checked in at docs/openapi.json (sorted keys, so diffs stay readable)."""
    return json.dumps(create_app(None).openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
