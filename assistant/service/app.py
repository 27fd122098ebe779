"""The FastAPI app: an app factory with a lifespan that loads the model and index once.

Patient text never reaches a log line: the access log records a request id, route, status,
latency, reply kind and message length, and uvicorn's own access log (which prints query
strings, and so /search terms) is turned off by server.py.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import re
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import asdict
from importlib import resources
from typing import Annotated, Any

import anyio
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from limits import parse as parse_limit
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.answering.engine import Engine
from assistant.config import Settings, get_settings
from assistant.errors import AssistantError, IndexNotReady, StoreUnavailable
from assistant.service.convert import reply_to_dict
from assistant.service.schemas import (
    ChatRequest,
    ChatResponse,
    ErrorBody,
    Health,
    Ready,
    SearchResponse,
)

log = logging.getLogger("assistant.access")
MAX_BODY_BYTES = 16 * 1024


class Busy(AssistantError):
    """No worker slot became free before the deadline."""


class RateLimited(AssistantError):
    """Too many requests from one client."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("too many requests")
        self.retry_after = retry_after


# -- middleware ------------------------------------------------------------------------------


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


# -- dependencies ----------------------------------------------------------------------------


def get_engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


EngineDep = Annotated[Engine, Depends(get_engine)]


def rate_limit(request: Request) -> None:
    """Per client address; each worker process counts on its own (see the README)."""
    limiter: MovingWindowRateLimiter | None = request.app.state.limiter
    if limiter is None:
        return
    item = request.app.state.limit_item
    key = request.client.host if request.client else "unknown"
    if not limiter.hit(item, key):
        reset, _ = limiter.get_window_stats(item, key)
        raise RateLimited(max(1, int(reset - time.time()) + 1))


async def run_limited(request: Request, work: Callable[[], Any]) -> Any:
    """CPU work off the event loop, a bounded number at a time, within the deadline.

    A thread cannot be interrupted: past the deadline the request answers 503 and its thread is
    left to finish (e.g. a call to a hung Chroma server), keeping its slot until it does, so no
    more than max_concurrency threads ever work at once.
    """
    settings: Settings = request.app.state.settings
    slots: threading.BoundedSemaphore = request.app.state.slots
    deadline = time.monotonic() + settings.request_timeout_s

    def limited() -> Any:
        if not slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise Busy("the assistant is busy; please try again in a moment")
        try:
            return work()
        finally:
            slots.release()

    try:
        with anyio.fail_after(settings.request_timeout_s):
            return await anyio.to_thread.run_sync(limited, abandon_on_cancel=True)
    except TimeoutError:
        raise Busy("the assistant is busy; please try again in a moment") from None


# -- the app ---------------------------------------------------------------------------------


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """The app; the engine (model + index) is loaded by the lifespan unless one is given."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = engine or await anyio.to_thread.run_sync(Engine, settings)
        try:  # warm the model and the index so the first patient does not wait
            await anyio.to_thread.run_sync(app.state.engine.reply, "warm up")
        except AssistantError as error:
            logging.getLogger(__name__).warning("not ready yet: %s", error)
        yield

    app = FastAPI(
        title="Clinic assistant",
        version="1.0",
        description="Answers patients' questions from the clinic's documents, with citations.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.slots = threading.BoundedSemaphore(settings.max_concurrency)
    if settings.rate_limit.lower() == "off":
        app.state.limiter = None
    else:
        app.state.limiter = MovingWindowRateLimiter(MemoryStorage())
        app.state.limit_item = parse_limit(settings.rate_limit)

    _add_handlers(app)
    _add_routes(app)
    app.middleware("http")(_access_log)
    if settings.cors_origin_list:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
        )
    app.add_middleware(BodyLimit)
    return app


async def _access_log(
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


def _field(location: tuple[Any, ...]) -> str:
    parts = [str(p) for p in location if p not in ("body", "query")]
    return ".".join(parts) or "body"


_RULES = {
    "string_too_short": "must not be empty or only white space",
    "string_too_long": "must be at most {max_length} characters",
    "string_pattern_mismatch": "must be 1 to 64 of A-Z a-z 0-9 _ -",
    "missing": "is required",
    "string_type": "must be a string",
    "json_invalid": "must be valid JSON",
    "model_attributes_type": "must be a JSON object",
    "dict_type": "must be a JSON object",
    "int_parsing": "must be a whole number",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
}


def _add_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        # FastAPI's default body repeats the input; a patient's message must never come back.
        problems = []
        for item in error.errors():
            rule = _RULES.get(item.get("type", ""), "is not valid")
            with contextlib.suppress(KeyError, IndexError):
                rule = rule.format(**(item.get("ctx") or {}))
            problems.append({"field": _field(tuple(item.get("loc", ()))), "rule": rule})
        detail = "; ".join(f"{p['field']}: {p['rule']}" for p in problems) or "invalid request"
        return JSONResponse({"detail": detail, "errors": problems}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 400 and error.detail == "There was an error parsing the body":
            # FastAPI's answer to a JSON body that is not UTF-8: the contract says 422.
            problem = {"field": "body", "rule": "must be valid JSON in UTF-8"}
            return JSONResponse(
                {"detail": "body: must be valid JSON in UTF-8", "errors": [problem]}, 422
            )
        detail = error.detail if isinstance(error.detail, str) else "request refused"
        return JSONResponse({"detail": detail}, error.status_code, headers=error.headers)

    @app.exception_handler(AssistantError)
    async def domain_error(request: Request, error: AssistantError) -> JSONResponse:
        if isinstance(error, RateLimited):
            return JSONResponse(
                {"detail": "too many requests; please wait a moment"},
                429,
                headers={"Retry-After": str(error.retry_after)},
            )
        if isinstance(error, IndexNotReady):
            return JSONResponse(
                {"detail": f"no index is loaded: {error}. Run `python ingest.py`, then try again."},
                503,
            )
        if isinstance(error, StoreUnavailable | Busy):
            return JSONResponse({"detail": str(error)}, 503, headers={"Retry-After": "5"})
        logging.getLogger(__name__).error("unexpected %s", type(error).__name__)
        return JSONResponse({"detail": "the assistant could not answer; please try again"}, 500)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        # Never a stack trace to the client, and never the message in the log.
        logging.getLogger(__name__).error(
            "unexpected %s on %s",
            type(error).__name__,
            getattr(request.scope.get("route"), "path", "(no route)"),
        )
        return JSONResponse({"detail": "the assistant could not answer; please try again"}, 500)


_PAGES = {
    "/widget.js": ("widget.js", "text/javascript; charset=utf-8", "*"),
    "/chat-ui": ("chat.html", "text/html; charset=utf-8", "*"),
    "/staff": ("staff.html", "text/html; charset=utf-8", "'none'"),
    "/demo": ("demo.html", "text/html; charset=utf-8", "'none'"),
}


def _add_routes(app: FastAPI) -> None:
    errors: dict[int | str, dict[str, Any]] = {
        code: {"model": ErrorBody} for code in (413, 422, 429, 503)
    }

    @app.post(
        "/chat", response_model=ChatResponse, responses=errors, dependencies=[Depends(rate_limit)]
    )
    async def chat(body: ChatRequest, request: Request, engine: EngineDep) -> dict[str, Any]:
        """A cited answer, a plain "not covered", or an urgent referral."""
        request.state.length = len(body.message)
        reply = await run_limited(request, lambda: engine.reply(body.message, body.session_id))
        request.state.kind = reply.kind
        return reply_to_dict(reply)

    @app.get(
        "/search",
        response_model=SearchResponse,
        responses=errors,
        dependencies=[Depends(rate_limit)],
    )
    async def search(
        request: Request,
        engine: EngineDep,
        q: Annotated[str, Query(min_length=1, max_length=1000)],
        k: Annotated[int, Query(ge=1, le=20)] = 5,
    ) -> dict[str, Any]:
        """Ranked passages for front-desk staff."""
        query = q.strip()
        if not query:
            raise RequestValidationError([{"type": "string_too_short", "loc": ("query", "q")}])
        request.state.length = len(query)
        results = await run_limited(request, lambda: engine.search(query, k))
        return {"results": [asdict(r) for r in results]}

    @app.get("/health", response_model=Health)
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready", response_model=Ready, responses={503: errors[503]})
    async def ready(request: Request, engine: EngineDep) -> dict[str, Any]:
        status = await run_limited(request, engine.status)
        return {"status": "ready", **status}

    for path, (name, media_type, ancestors) in _PAGES.items():
        app.add_api_route(
            path, _static(name, media_type, ancestors), methods=["GET"], include_in_schema=False
        )


def _static(name: str, media_type: str, ancestors: str) -> Callable[[], Awaitable[Response]]:
    body = resources.files("assistant.service").joinpath("static", name).read_bytes()
    headers = {"Cache-Control": "public, max-age=300", "Referrer-Policy": "no-referrer"}
    if name.endswith(".js"):
        # Loaded by clinic pages on any origin, including cross-origin-isolated ones.
        headers |= {
            "Access-Control-Allow-Origin": "*",
            "Cross-Origin-Resource-Policy": "cross-origin",
        }
    else:
        headers["Content-Security-Policy"] = _page_policy(body.decode("utf-8"), ancestors)

    async def page() -> Response:
        return Response(body, media_type=media_type, headers=headers)

    return page


def _page_policy(html: str, ancestors: str) -> str:
    """A strict policy: only this page's own inline script and style run (by their hashes)."""

    def hashes(tag: str) -> str:
        bodies = re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.DOTALL)
        return " ".join(
            f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'"
            for b in bodies
        )

    return (
        f"default-src 'none'; script-src 'self' {hashes('script')}; style-src {hashes('style')}; "
        "connect-src 'self'; img-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; "
        f"frame-ancestors {ancestors}"
    )
