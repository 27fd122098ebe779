"""One place where errors become HTTP responses: validation, HTTP and domain errors.

No response ever carries a stack trace or repeats the patient's input.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.errors import AssistantError, IndexNotReady, StoreUnavailable
from assistant.service.limits import Busy, RateLimited

# A rule pydantic reports that `_RULES` does not word, and a request with no field named.
OTHER_RULE = "is not valid"
NO_DETAIL = "invalid request"


def _field(location: tuple[Any, ...]) -> str:
    # A JSON parse error's location is the body and a character position: name the body.
    parts = [str(p) for p in location if p not in ("body", "query") and not isinstance(p, int)]
    return ".".join(parts) or "body"


_RULES = {
    "string_too_short": "must not be empty or only white space",
    "string_too_long": "must be at most {max_length} characters",
    "string_pattern_mismatch": "must be 1 to 64 of A-Z a-z 0-9 _ -",
    "missing": "is required",
    "string_type": "must be a string",
    "json_invalid": 'must be valid JSON, e.g. {"message": "your question"}',
    "model_attributes_type": "must be a JSON object",
    "dict_type": "must be a JSON object",
    "int_parsing": "must be a whole number",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
}


def add_handlers(app: FastAPI) -> None:
    """Register the error handlers on the app."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        # FastAPI's default body repeats the input; a patient's message must never come back.
        problems = []
        for item in error.errors():
            rule = _RULES.get(item.get("type", ""), OTHER_RULE)
            with contextlib.suppress(KeyError, IndexError):
                rule = rule.format(**(item.get("ctx") or {}))
            problems.append({"field": _field(tuple(item.get("loc", ()))), "rule": rule})
        detail = "; ".join(f"{p['field']}: {p['rule']}" for p in problems) or NO_DETAIL
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
