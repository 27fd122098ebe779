"""Middleware: the body size limit, and the access log with its request id and headers.

Patient text never reaches a log line: the access log records a request id, route, status,
latency, reply kind and message length, and uvicorn's own access log (which prints query
strings, and so /search terms) is turned off by server.py.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Awaitable, Callable

from fastapi import Request
from fastapi.responses import JSONResponse, Response
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


async def access_log(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    request_id = request.headers.get("x-request-id", "")[:64] or uuid.uuid4().hex[:16]
    if not request_id.replace("-", "").isalnum():
        request_id = uuid.uuid4().hex[:16]
    started = time.perf_counter()
    response = await call_next(request)
    response.headers["X-Request-ID"] = request_id
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    log.info(
        "rid=%s method=%s route=%s status=%d ms=%.1f kind=%s length=%s",
        request_id,
        request.method,
        # The matched route, never the raw path: an unknown path may hold anything a patient typed.
        getattr(request.scope.get("route"), "path", "(no route)"),
        response.status_code,
        (time.perf_counter() - started) * 1000,
        getattr(request.state, "kind", "-"),
        getattr(request.state, "length", "-"),
    )
    return response
