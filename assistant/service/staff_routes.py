"""Staff routes: sign-in, urgent messages, the content-gap queue, attaching variants, the
clinic's glossary, the ingest, feedback counts and review dates. Every route needs a signed-in
staff user; every write the CSRF token."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import Response
from limits.strategies import MovingWindowRateLimiter
from pydantic import BaseModel, Field

from assistant.answering.engine import Engine
from assistant.answering.question import asked_words
from assistant.answering.vocabulary import Vocabulary
from assistant.clinic import feedback
from assistant.clinic.glossary import glossary_lines, put_word, remove_word
from assistant.clinic.queue import STATUSES, GapQueue
from assistant.clinic.staff import authenticate
from assistant.clinic.urgent import UrgentMessages
from assistant.clinic.variants import Variant, answering_quote, attach, decline
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.ingest.chunking import units_of
from assistant.ingest.corpus import load_corpus
from assistant.ingest.indexing import ingest
from assistant.service.auth import (
    DatabaseDep,
    StaffDep,
    StaffWriteDep,
    check_csrf,
    csrf_token,
    sign_in,
    signed_in_user,
)
from assistant.service.deps import EngineDep
from assistant.service.pages import static_page
from assistant.service.sources import document_text

# The staff API is for the staff page, not a public contract: kept out of the OpenAPI schema.
router = APIRouter(prefix="/staff", tags=["staff"], include_in_schema=False)
_staff_page = static_page("staff.html", "text/html; charset=utf-8", "'none'")
_login_page = static_page("staff-login.html", "text/html; charset=utf-8", "'none'")
QuestionId = Annotated[int, Path(ge=1)]
MessageId = Annotated[int, Path(ge=1)]


class Login(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1000)


class Attach(BaseModel):
    source: str = Field(min_length=1, max_length=255)
    # Offsets into one document (documents are at most a few MB): bounded for any database.
    start: int = Field(ge=0, le=100_000_000)
    end: int = Field(ge=0, le=100_000_000)


class GlossaryLine(BaseModel):
    patient: str = Field(min_length=1, max_length=200)
    documents: str = Field(min_length=1, max_length=500)


# The statuses staff set by hand: "attached" is the attach route's.
_STAFF_STATUSES = [s for s in STATUSES if s != "attached"]


class StatusChange(BaseModel):
    status: str = Field(pattern=f"^({'|'.join(_STAFF_STATUSES)})$")
    note: str = Field(default="", max_length=500)


def _queue(request: Request) -> GapQueue:
    gap_queue: GapQueue | None = getattr(request.app.state, "gap_queue", None)
    if gap_queue is None:
        raise HTTPException(404, "the question queue is turned off (ASSISTANT_QUEUE_ENABLED)")
    return gap_queue


@router.get("", include_in_schema=False)
async def staff_page(request: Request) -> Response:
    """The staff page when signed in; the sign-in page (401) when not. One address, two pages:
    neither may be kept by a cache (a kept sign-in page shown again after signing in, a kept
    staff page after signing out), as the static pages' five minutes would."""
    if signed_in_user(request) is None:
        page = await _login_page()
        page.status_code = 401
    else:
        page = await _staff_page()
    page.headers["Cache-Control"] = "no-store"
    return page


@router.get("/session")
async def session(request: Request) -> dict[str, Any]:
    """Who is signed in, and the CSRF token every write must send as X-CSRF-Token."""
    return {"user": signed_in_user(request), "csrf": csrf_token(request)}


@router.post("/login")
async def login(body: Login, request: Request, database: DatabaseDep) -> dict[str, Any]:
    check_csrf(request)
    limiter: MovingWindowRateLimiter = request.app.state.login_limiter
    address = request.client.host if request.client else "unknown"
    # Failed attempts count (per address): colleagues signing in behind one address are fine.
    if not limiter.test(request.app.state.login_limit, address):
        raise HTTPException(429, "too many sign-in attempts; wait a minute", {"Retry-After": "60"})
    if not await anyio.to_thread.run_sync(authenticate, database, body.name, body.password):
        limiter.hit(request.app.state.login_limit, address)
        raise HTTPException(401, "wrong name or password")
    return {"user": body.name.strip(), "csrf": sign_in(request, body.name.strip())}


@router.post("/logout", status_code=204)
async def logout(request: Request, user: StaffWriteDep) -> Response:
    request.session.clear()
    return Response(status_code=204)


def _urgent(request: Request) -> UrgentMessages:
    urgent: UrgentMessages | None = getattr(request.app.state, "urgent", None)
    if urgent is None:
        raise HTTPException(404, "urgent messages are not kept (ASSISTANT_QUEUE_ENABLED)")
    return urgent


@router.get("/urgent")
async def urgent_messages(request: Request, user: StaffDep) -> dict[str, Any]:
    """Messages that got the urgent reply: those not yet seen, newest first, then the last few
    seen, with who saw them."""
    listed = await anyio.to_thread.run_sync(_urgent(request).listed)
    return {
        "messages": [
            {
                "id": m.id,
                "text": m.text,
                "asked": _utc(m.asked),
                "seen_at": _utc(m.seen_at) if m.seen_at else None,
                "seen_by": m.seen_by,
            }
            for m in listed
        ]
    }


def _utc(moment: datetime) -> str:
    """A stored time (UTC, kept without a zone) with its zone, for the page's local clock."""
    return moment.replace(tzinfo=UTC).isoformat(timespec="seconds")


@router.post("/urgent/{message_id}/seen")
async def urgent_seen(
    message_id: QuestionId, request: Request, user: StaffWriteDep
) -> dict[str, int]:
    """Mark an urgent message seen by the signed-in user (it leaves the unseen list)."""
    urgent = _urgent(request)
    if not await anyio.to_thread.run_sync(urgent.mark_seen, message_id, user):
        raise HTTPException(404, "no unseen urgent message with that id")
    return {"seen": 1}


@router.get("/queue")
async def queue_groups(request: Request, engine: EngineDep, user: StaffDep) -> dict[str, Any]:
    """Open questions, near-duplicates grouped, most asked first; with each, the words the
    documents do not use (and the documents' words the assistant reaches for them today), which
    a glossary line could teach it, and whether the served documents answer it now."""
    groups = await anyio.to_thread.run_sync(_queue(request).groups)
    unfamiliar = await anyio.to_thread.run_sync(
        lambda: _unfamiliar_words(engine, [g.variant_text for g in groups])
    )
    answered = await anyio.to_thread.run_sync(
        lambda: [_answered_now(engine, g.variant_text, g.reasons) for g in groups]
    )
    return {
        "groups": [
            {
                "id": g.id,
                "text": g.text,
                "count": g.count,
                "reasons": list(g.reasons),
                "last_asked": g.last_asked.isoformat(timespec="seconds"),
                "unfamiliar": words,
                "answered_now": now,
            }
            for g, words, now in zip(groups, unfamiliar, answered, strict=True)
        ]
    }


def _answered_now(engine: Engine, text: str, reasons: Sequence[str]) -> bool:
    """Whether a question queued as not covered is answered by the served documents now (one
    was added or changed since it was asked): asked again, from the answer cache when it can."""
    if "not_found" not in reasons:
        return False
    try:
        return engine.reply(text).kind == "answer"
    except AssistantError:
        return False


def _served_vocabulary(engine: Engine) -> Vocabulary | None:
    """The vocabulary of the index being served; None before there is one."""
    try:
        return engine.retriever().vocabulary
    except AssistantError:
        return None


def _unfamiliar_words(engine: Engine, texts: list[str]) -> list[list[dict[str, Any]]]:
    """For each question, its words the served documents do not use, with the documents' words
    the assistant reaches for each; none before there is an index to compare with."""
    vocabulary = _served_vocabulary(engine)
    if vocabulary is None:
        return [[] for _ in texts]
    return [
        [
            {"word": w, "near": list(vocabulary.near(w, basic=True))}
            for w in vocabulary.unfamiliar(asked_words(text, vocabulary))
        ]
        for text in texts
    ]


@router.post("/queue/{question_id}/attach")
async def attach_variant(
    question_id: QuestionId, body: Attach, request: Request, engine: EngineDep, user: StaffWriteDep
) -> dict[str, Any]:
    """Make the question an "also asked as" variant of the passage at source[start:end],
    anchored to the passage's sentence nearest the question (`answering_quote`)."""
    gap_queue = _queue(request)
    settings: Settings = request.app.state.settings
    group = await anyio.to_thread.run_sync(gap_queue.group_of, question_id)
    if group is None:
        raise HTTPException(404, "no open question with that id")
    text = document_text(settings, body.source)
    if text is None or not 0 <= body.start < body.end <= len(text):
        raise HTTPException(422, "source: not a passage of a document in the corpus")
    sentences = [
        text[u.start : u.end]
        for u in units_of(text)
        if body.start <= u.start and u.end <= body.end and u.role != "heading"
    ]
    if not sentences:
        raise HTTPException(422, "source: that span holds no sentence to attach to")
    quote = await anyio.to_thread.run_sync(
        answering_quote, group.variant_text, sentences, engine.embedder.embed
    )
    try:
        attach(
            settings.corpus_path,
            Variant(group.variant_text, body.source, quote),
            document_text=text,
        )
    except AssistantError as error:
        raise HTTPException(422, str(error)) from None
    changed = await anyio.to_thread.run_sync(gap_queue.set_status, question_id, "attached")
    return {
        "attached": changed,
        "question": group.variant_text,
        "source": body.source,
        "quote": quote,
    }


@router.post("/queue/{question_id}/status")
async def change_status(
    question_id: QuestionId, body: StatusChange, request: Request, user: StaffWriteDep
) -> dict[str, int]:
    """Out of scope (the question joins the clinic's declined questions, stamped with the
    documents as they are: from the next ingest it is refused as asked until a document changes,
    and the not-covered decision reads how near a new question is to them), a missing document,
    or back to open."""
    gap_queue = _queue(request)
    if body.status == "out_of_scope":
        group = await anyio.to_thread.run_sync(gap_queue.group_of, question_id)
        if group is None:
            raise HTTPException(404, "no open question with that id")
        settings: Settings = request.app.state.settings
        try:
            decline(settings.corpus_path, group.variant_text, max_bytes=settings.max_file_bytes)
        except AssistantError as error:
            raise HTTPException(422, str(error)) from None
    changed = await anyio.to_thread.run_sync(
        gap_queue.set_status, question_id, body.status, body.note
    )
    if not changed:
        raise HTTPException(404, "no open question with that id")
    return {"changed": changed}


@router.get("/glossary")
async def glossary(request: Request, engine: EngineDep, user: StaffDep) -> dict[str, Any]:
    """The clinic's glossary: its patients' words and the documents' words for them, each line
    with those of its documents' words no document of the served index uses (a line typed by
    hand, or a document changed since: they find nothing)."""
    settings: Settings = request.app.state.settings
    lines = await anyio.to_thread.run_sync(glossary_lines, settings.corpus_path)
    vocabulary = _served_vocabulary(engine)  # None: no index yet, nothing to compare with
    return {
        "lines": [
            {
                **line,
                "unused": [
                    w for w in line["documents"].split() if vocabulary and not vocabulary.uses(w)
                ],
            }
            for line in lines
        ]
    }


@router.put("/glossary")
async def save_glossary_word(
    body: GlossaryLine, request: Request, engine: EngineDep, user: StaffWriteDep
) -> dict[str, str]:
    """Save a line (replacing the patient word's own); it counts from the next ingest. Every
    documents' word must be one the served index's documents use."""
    settings: Settings = request.app.state.settings
    vocabulary = engine.retriever().vocabulary
    try:
        return await anyio.to_thread.run_sync(
            lambda: put_word(
                settings.corpus_path, body.patient, body.documents, uses=vocabulary.uses
            )
        )
    except AssistantError as error:
        raise HTTPException(422, str(error)) from None


@router.delete("/glossary")
async def remove_glossary_word(
    request: Request,
    user: StaffWriteDep,
    patient: Annotated[str, Query(min_length=1, max_length=200)],
) -> dict[str, int]:
    """Take a patient word's line out; it counts from the next ingest."""
    settings: Settings = request.app.state.settings
    if not await anyio.to_thread.run_sync(remove_word, settings.corpus_path, patient):
        raise HTTPException(404, "the glossary has no line for that word")
    return {"removed": 1}


class IngestRun:
    """One ingest at a time, on its own thread; the serving engine follows the new version."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.state = "idle"
        self.line = ""
        self.finished_at = 0.0

    def start(self, settings: Settings, engine: Any) -> bool:
        if not self.lock.acquire(blocking=False):
            return False
        self.state, self.line = "running", ""

        def run() -> None:
            try:
                summary = ingest(settings, embed=engine.embedder.embed)
                self.state, self.line = "done", summary.line()
            except AssistantError as error:
                self.state, self.line = "failed", str(error)
            finally:
                self.finished_at = time.time()
                self.lock.release()

        threading.Thread(target=run, name="staff-ingest", daemon=True).start()
        return True


@router.post("/ingest", status_code=202)
async def start_ingest(request: Request, engine: EngineDep, user: StaffWriteDep) -> dict[str, str]:
    """Rebuild the index from corpus/ (documents and variants) in the background."""
    run: IngestRun = request.app.state.ingest_run
    started = run.start(request.app.state.settings, engine)
    return {"state": run.state if started else "running"}


@router.get("/ingest")
async def ingest_state(request: Request, user: StaffDep) -> dict[str, Any]:
    run: IngestRun = request.app.state.ingest_run
    return {"state": run.state, "line": run.line, "finished_at": run.finished_at}


@router.get("/feedback")
async def feedback_counts(
    request: Request, user: StaffDep, database: DatabaseDep
) -> dict[str, Any]:
    """Thumbs up and down per cited passage, with the quoted text."""
    settings: Settings = request.app.state.settings
    rows = await anyio.to_thread.run_sync(feedback.counts, database)
    out = []
    for row in rows:
        text = document_text(settings, row.source)
        quote = text[row.start : row.end] if text and row.end <= len(text) else ""
        out.append({**asdict(row), "quote": quote})
    return {"passages": out}


@router.get("/reviews")
async def reviews(request: Request, user: StaffDep) -> dict[str, Any]:
    """Each document's review date; overdue past ASSISTANT_REVIEW_INTERVAL_DAYS."""
    settings: Settings = request.app.state.settings
    documents = await anyio.to_thread.run_sync(
        lambda: load_corpus(settings.corpus_path, max_bytes=settings.max_file_bytes)
    )
    oldest = date.today() - timedelta(days=settings.review_interval_days)
    return {
        "interval_days": settings.review_interval_days,
        "documents": [
            {
                "source": d.source,
                "title": d.title,
                "reviewed": d.reviewed,
                "reviewer": d.reviewer,
                "overdue": d.reviewed is None or date.fromisoformat(d.reviewed) < oldest,
            }
            for d in documents
        ],
    }
