"""The API routes: /chat, /search, /health, /ready (the contract in docs/CONTRACT.md)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.exceptions import RequestValidationError

from assistant.answering.engine import Reply
from assistant.answering.search import find_passages
from assistant.service.auth import signed_in_user
from assistant.service.convert import reply_to_dict
from assistant.service.deps import EngineDep
from assistant.service.limits import rate_limit, run_limited
from assistant.service.schemas import (
    ChatRequest,
    ChatResponse,
    ErrorBody,
    Health,
    Ready,
    SearchResponse,
)
from assistant.service.sources import reviewed_dates

router = APIRouter()
errors: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (413, 422, 429, 503)
}


@router.post(
    "/chat", response_model=ChatResponse, responses=errors, dependencies=[Depends(rate_limit)]
)
async def chat(
    body: ChatRequest, request: Request, response: Response, engine: EngineDep
) -> dict[str, Any]:
    """A cited answer, a plain "not covered", or an urgent referral."""
    request.state.length = len(body.message)
    reply = await run_limited(request, lambda: engine.reply(body.message, body.session_id))
    request.state.kind = reply.kind
    _keep_gap(request, body.message, reply)
    urgent = request.app.state.urgent
    if reply.kind == "urgent" and urgent is not None and signed_in_user(request) is None:
        # For the staff page at once, written on the list's own thread (the patient never
        # waits). Staff asking on their own page are the person it would tell: not kept.
        urgent.offer(body.message)
    result = reply_to_dict(reply)
    dates = reviewed_dates(request.app.state.settings, {c["source"] for c in result["citations"]})
    for citation in result["citations"]:
        citation["reviewed"] = dates.get(citation["source"])
    if engine.version:
        # Feedback names the index version its citations' offsets belong to.
        response.headers["X-Index-Version"] = engine.version
    return result


def _keep_gap(request: Request, message: str, reply: Reply) -> None:
    """Offer a not-covered or weakly supported question to the staff queue (off the hot path:
    one put on an in-memory queue; redaction and the write happen on the queue's thread). A
    message part of which the documents do not cover is a gap too; a greeting or a thanks,
    which asks nothing, is none."""
    gap_queue = getattr(request.app.state, "gap_queue", None)
    if gap_queue is None or reply.asked_nothing:
        return
    scores = [c.score for c in reply.citations]
    if reply.kind == "not_found" or (reply.kind == "answer" and reply.not_covered):
        gap_queue.offer(message, "not_found")
    elif (
        reply.kind == "answer"
        and scores
        and max(scores) < request.app.state.settings.queue_low_score
    ):
        gap_queue.offer(message, "low_score")


@router.get(
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
    results = await run_limited(request, lambda: find_passages(engine.retriever(), query, k))
    return {"results": [asdict(r) for r in results]}


@router.get("/health", response_model=Health)
async def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/ready", response_model=Ready, responses={503: errors[503]})
async def ready(request: Request, engine: EngineDep) -> dict[str, Any]:
    status = await run_limited(request, engine.status)
    return {"status": "ready", **status}
