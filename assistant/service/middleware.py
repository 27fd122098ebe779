"""Middleware: the body size limit, and the access log with its request id and headers.

Patient text never reaches a log line: the access log records a request id, route, status,
latency, reply kind and message length, and uvicorn's own access log (which prints query
strings, and so /search terms) is turned off by server.py.
"""

from __future__ import annotations

import logging
import random
import time

from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("assistant.access")
MAX_BODY_BYTES = 16 * 1024


class BodyLimit:
    """413 for a body over the limit, decided before any parsing (header or streamed bytes)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _too_large(scope, receive, send, self.limit)
            return
        seen = 0
        refused = False

        async def counted() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                # No Content-Length (a chunked body): refuse once it passes the limit, and let
                # the app see a closed connection so it never parses what arrived.
                refused = True
                await _too_large(scope, receive, send, self.limit)
                return {"type": "http.disconnect"}
            return message

        async def guarded(message: Message) -> None:
            if not refused:
                await send(message)

        try:
            await self.app(scope, counted, guarded)
        except Exception:
            if not refused:
                raise


async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = JSONResponse({"detail": f"request body too large: the limit is {limit} bytes"}, 413)
    await response(scope, receive, send)


class AccessLog:
    """The request id and the access log line, as plain ASGI (no per-request task and body
    streaming of Starlette's BaseHTTPMiddleware: about a millisecond a request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        request_id = headers.get(b"x-request-id", b"").decode("latin-1")[:64]
        if not request_id or not request_id.replace("-", "").isalnum():
            # Not uuid4: it reads the system's random source, a call a request (0.1 ms here);
            # an id to find a log line by needs no secrecy.
            request_id = f"{random.getrandbits(64):016x}"
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(b"x-request-id", request_id.encode())]
                if b"x-content-type-options" not in names:
                    extra.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            state = scope.get("state", {})
            log.info(
                "rid=%s method=%s route=%s status=%d ms=%.1f kind=%s length=%s",
                request_id,
                scope["method"],
                # The matched route, never the raw path: an unknown path may hold anything a
                # patient typed.
                getattr(scope.get("route"), "path", "(no route)"),
                status,
                (time.perf_counter() - started) * 1000,
                state.get("kind", "-"),
                state.get("length", "-"),
            )
