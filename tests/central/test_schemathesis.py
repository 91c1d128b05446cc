"""Property tests generated from the checked-in OpenAPI schema: whatever schemathesis sends, no 5xx.

Requests go to the real server of the session (uvicorn, PostgreSQL in CI). One run sends them as an
enrolled device with the right schema version, so generated bodies and queries reach the protocol code;
the other with generated (mostly wrong) headers, so they meet the version check and authentication.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import Engine

from tests.central.support import Device, enrol_device

SCHEMA = schemathesis.openapi.from_path(str(Path(__file__).resolve().parents[2] / "docs" / "openapi.json"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@pytest.fixture
def device(client: httpx.Client, central_engine: Engine) -> Device:
    """Enrolled once per operation; the generated examples all run as this device."""
    return enrol_device(client, central_engine, "Team Noord")


@SCHEMA.parametrize()
@FAST
def test_an_enrolled_device_never_gets_a_5xx(case: schemathesis.Case, device: Device, central_url: str) -> None:
    response = case.call(base_url=central_url, headers=device.headers)
    case.validate_response(response, checks=CHECKS)


@SCHEMA.parametrize()
@FAST
def test_any_headers_never_get_a_5xx(case: schemathesis.Case, central_engine: Engine, central_url: str) -> None:
    response = case.call(base_url=central_url)
    case.validate_response(response, checks=CHECKS)
