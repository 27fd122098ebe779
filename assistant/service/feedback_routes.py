"""POST /feedback: a patient's thumbs up or down on one answer (open, rate-limited).

Stored with the answer's cited spans and the index version, never with the session or address;
a thumbs-down's question (when sent) joins the content-gap queue after redaction.
"""

from __future__ import annotations

from typing import Literal

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field, field_validator

from assistant.clinic import feedback
from assistant.service.auth import DatabaseDep
from assistant.service.limits import rate_limit
from assistant.service.schemas import ErrorBody, Message

router = APIRouter()


class CitedSpan(BaseModel):
    source: str = Field(min_length=1, max_length=255)
    # Offsets into one document (documents are at most a few MB): bounded for any database.
    start: int = Field(ge=0, le=100_000_000)
    end: int = Field(ge=0, le=100_000_000)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _not_a_truth_value(cls, value: object) -> object:
        # pydantic reads a JSON true as 1; an offset is a number.
        if isinstance(value, bool):
            raise ValueError("must be a whole number")
        return value


class FeedbackIn(BaseModel):
    vote: Literal["up", "down"]
    reason: Literal["", "not_my_question", "unclear", "wrong", "out_of_date", "other"] = ""
    index_version: str = Field(default="", max_length=64)
    citations: list[CitedSpan] = Field(default_factory=list, max_length=10)
    question: Message | None = Field(
        default=None, description="sent with a thumbs-down: kept, redacted, for staff"
    )


@router.post(
    "/feedback",
    status_code=204,
    responses={code: {"model": ErrorBody} for code in (413, 422, 429, 503)},
    dependencies=[Depends(rate_limit)],
)
async def give_feedback(body: FeedbackIn, request: Request, database: DatabaseDep) -> Response:
    """Count a vote on the cited passages; 204."""
    spans = [feedback.Span(c.source, c.start, c.end) for c in body.citations]
    await anyio.to_thread.run_sync(
        lambda: feedback.record(
            database,
            vote=body.vote,
            reason=body.reason,
            index_version=body.index_version,
            spans=spans,
        )
    )
    gap_queue = getattr(request.app.state, "gap_queue", None)
    if body.vote == "down" and body.question and gap_queue is not None:
        gap_queue.offer(body.question, "thumbs_down")
    return Response(status_code=204)
