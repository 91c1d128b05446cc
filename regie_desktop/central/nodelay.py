"""TCP_NODELAY on every connection the server accepts, whatever way uvicorn made the listening socket.

``serve --workers N`` (N > 1) lets uvicorn bind the socket itself, as ``socket.socket(AF_INET)`` without
``IPPROTO_TCP``; asyncio then does not switch Nagle's algorithm off for accepted connections, and every
response waited for the client's delayed ACK: about 40 ms per request, measured as 51 ms for a digest that
takes 5 ms with one worker. Setting the option per connection makes both modes equal.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol


class NoDelayHTTPProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's own HTTP protocol (httptools or h11), with Nagle off for its connection."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        sock: Any = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
