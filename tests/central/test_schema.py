"""The checked-in OpenAPI schema and the central store's migrations stay in step with the code."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from regie_desktop.central import db
from regie_desktop.central.api import openapi_text
from regie_desktop.central.models import Base

ROOT = Path(__file__).resolve().parents[2]


def test_checked_in_openapi_matches_the_server() -> None:
    checked_in = (ROOT / "docs" / "openapi.json").read_text(encoding="utf-8")
    assert checked_in == openapi_text(), "regenerate: .venv/bin/regie-central openapi > docs/openapi.json"


def test_openapi_documents_every_endpoint_and_its_problems() -> None:
    schema = json.loads(openapi_text())
    paths = schema["paths"]
    assert set(paths) == {
        "/healthz",
        "/v1/info",
        "/v1/enrol",
        "/v1/device",
        "/v1/changes",
        "/v1/digest",
        "/v1/quarantine",
        "/v1/revoked-upload",
        "/v1/blobs/{blob_id}",
        "/v1/blobs/{blob_id}/chunks/{index}",
        "/v1/blobs/{blob_id}/complete",
    }
    push = paths["/v1/changes"]["post"]
    assert push["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/PushRequest"}
    assert schema["components"]["schemas"]["PushRequest"]["properties"]["changes"]["items"] == {
        "$ref": "#/components/schemas/Change"
    }
    assert "426" in push["responses"] and "application/problem+json" in push["responses"]["426"]["content"]
    assert "HTTPBearer" in schema["components"]["securitySchemes"]


def test_served_openapi_is_the_checked_in_one(client: httpx.Client) -> None:
    assert client.get("/openapi.json").json() == json.loads(openapi_text())


def test_head_constant_matches_the_migration_scripts() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(db.MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == db.HEAD


def test_migrations_build_exactly_the_models(central_engine: Engine) -> None:
    with central_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
