"""The HTTP contract's request and response models (see CONTRACT.md); kept apart from the domain."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

Message = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
SessionId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]


class ChatRequest(BaseModel):
    message: Message = Field(description="1 to 1,000 characters after trimming white space")
    session_id: SessionId | None = Field(
        default=None,
        description="up to 64 of A-Z a-z 0-9 _ -; lets a follow-up use the previous turn",
    )


class CitationOut(BaseModel):
    n: int
    source: str
    title: str
    start: int
    end: int
    quote: str
    score: float = Field(ge=0, le=1)
    reviewed: str | None = Field(
        default=None, description="the document's front-matter review date (YYYY-MM-DD), if any"
    )


class ChatResponse(BaseModel):
    kind: Literal["answer", "not_found", "urgent"]
    answer: str
    citations: list[CitationOut]
    referral: str
    text: str
    not_covered: str = Field(
        default="",
        description="said when a message asks several things and the documents cover only some",
    )


class SearchResult(BaseModel):
    source: str
    title: str
    start: int
    end: int
    text: str
    score: float = Field(ge=0, le=1)


class SearchResponse(BaseModel):
    results: list[SearchResult]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    status: Literal["ready"] = "ready"
    documents: int
    chunks: int
    model: str
    index_version: str


class ErrorBody(BaseModel):
    detail: str
    errors: list[dict[str, str]] | None = None
