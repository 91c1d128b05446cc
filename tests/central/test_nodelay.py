"""Accepted connections get TCP_NODELAY, also when uvicorn bound the listening socket (``serve --workers N``)."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from regie_desktop.central.nodelay import NoDelayHTTPProtocol


class _Transport:
    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def get_extra_info(self, name: str) -> Any:
        return self._sock if name == "socket" else None


def test_an_accepted_connection_has_nagle_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AutoHTTPProtocol, "connection_made", lambda self, transport: None)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # no IPPROTO_TCP, as uvicorn makes it
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    client = socket.create_connection(listener.getsockname())
    accepted, _address = listener.accept()
    try:
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
        protocol = object.__new__(NoDelayHTTPProtocol)
        protocol.connection_made(_Transport(accepted))  # type: ignore[arg-type]
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        for sock in (accepted, client, listener):
            sock.close()
