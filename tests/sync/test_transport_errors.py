"""How the transport reads answers it did not hope for (no server needed: httpx's MockTransport)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from regie_desktop.sync import transport, wire


def client_answering(handler: Callable[[httpx.Request], httpx.Response]) -> transport.CentralClient:
    return transport.CentralClient("https://central.test", token="d.s", transport=httpx.MockTransport(handler))


@pytest.mark.parametrize(
    "response,kind,message",
    [
        (httpx.Response(502, text="<html>Bad Gateway</html>"), transport.ServerBusy, "storing"),
        (httpx.Response(429), transport.ServerBusy, "storing"),
        (httpx.Response(401, text="nee"), transport.NotEnrolled, "HTTP 401"),
        (httpx.Response(404, json={"type": "about:blank"}), transport.ProtocolError, "HTTP 404"),
        (httpx.Response(200, text="geen json"), transport.ProtocolError, "onleesbaar"),
        (httpx.Response(200, json={"changes": "fout"}), transport.ProtocolError, "onleesbaar"),
        (
            httpx.Response(403, json={"type": "urn:regie:probleem:apparaat-ingetrokken", "detail": "Ingetrokken."}),
            transport.DeviceRevoked,
            "Ingetrokken.",
        ),
        (
            httpx.Response(503, json={"type": "urn:regie:probleem:niet-beschikbaar", "detail": "Even niet."}),
            transport.ServerBusy,
            "Even niet.",
        ),
    ],
)
def test_unexpected_answers_become_the_right_dutch_error(
    response: httpx.Response, kind: type[transport.SyncError], message: str
) -> None:
    with client_answering(lambda _request: response) as client, pytest.raises(kind, match=message):
        client.pull(0)


def test_every_request_names_the_schema_version_and_the_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"changes": [], "cursor": 7, "has_more": False})

    with client_answering(handler) as client:
        assert client.pull(7, limit=10).cursor == 7
    assert seen[0].headers[wire.SCHEMA_HEADER] == str(wire.SCHEMA_VERSION)
    assert seen[0].headers["Authorization"] == "Bearer d.s"
    assert seen[0].url.params["after"] == "7" and seen[0].url.params["limit"] == "10"


def test_push_retrying_resends_only_what_can_help() -> None:
    calls: list[int] = []
    pauses: list[float] = []

    def flaky(_request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) < 3:
            return httpx.Response(503, json={"type": "urn:regie:probleem:niet-beschikbaar", "detail": "Even niet."})
        return httpx.Response(200, json={"stored": [], "duplicates": [], "refused": []})

    with client_answering(flaky) as client:
        assert client.push_retrying([], sleep=pauses.append).refused == []
    assert len(calls) == 3 and pauses == [0.2, 0.4]

    def revoked(_request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(403, json={"type": "urn:regie:probleem:apparaat-ingetrokken", "detail": "Weg."})

    calls.clear()
    with client_answering(revoked) as client, pytest.raises(transport.DeviceRevoked):
        client.push_retrying([], sleep=pauses.append)
    assert len(calls) == 1  # no point in asking again


def test_a_batch_above_the_limit_is_refused_before_sending() -> None:
    with client_answering(lambda _r: httpx.Response(200)) as client, pytest.raises(ValueError, match="at most"):
        client.push([None] * (wire.MAX_BATCH + 1))  # type: ignore[list-item]
