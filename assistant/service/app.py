"""The FastAPI app factory: a lifespan that loads the model and index once, then the
middleware, the error handlers, the API routes and the pages."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from limits import parse as parse_limit
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.middleware.sessions import SessionMiddleware

from assistant.answering.engine import Engine
from assistant.clinic.database import open_database
from assistant.clinic.queue import GapQueue
from assistant.clinic.redaction import Redactor
from assistant.clinic.signing import secret_key
from assistant.clinic.urgent import UrgentMessages
from assistant.config import Settings, get_settings
from assistant.errors import AssistantError
from assistant.ingest.corpus import load_corpus
from assistant.service import feedback_routes, sources, staff_routes, welcome
from assistant.service.auth import KeyCheck
from assistant.service.handlers import add_handlers
from assistant.service.middleware import AccessLog, BodyLimit
from assistant.service.pages import add_pages
from assistant.service.routes import router


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """The app; the engine (model + index) is loaded by the lifespan unless one is given."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = engine or await anyio.to_thread.run_sync(Engine, settings)
        try:  # the first patient does not wait for the model, the index or a table
            await anyio.to_thread.run_sync(app.state.engine.warm)
        except AssistantError as error:
            logging.getLogger(__name__).warning("not ready yet: %s", error)
        app.state.database = await anyio.to_thread.run_sync(open_database, settings.database)
        if settings.queue_enabled:
            redactor = Redactor(await anyio.to_thread.run_sync(_lower_case_words, settings))
            app.state.gap_queue = GapQueue(
                app.state.database,
                embed=app.state.engine.embedder.embed,
                redactor=redactor,
                retention_days=settings.queue_retention_days,
                similarity=settings.queue_group_similarity,
            )
            app.state.urgent = UrgentMessages(
                app.state.database,
                redactor=redactor,
                retention_days=settings.queue_retention_days,
            )
        yield
        if app.state.gap_queue is not None:
            app.state.gap_queue.close()
        if app.state.urgent is not None:
            app.state.urgent.close()
        app.state.database.dispose()

    app = FastAPI(
        title="Clinic assistant",
        version="1.0",
        description="Answers patients' questions from the clinic's documents, with citations.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.slots = threading.BoundedSemaphore(settings.max_concurrency)
    app.state.database = None
    app.state.gap_queue = None
    app.state.urgent = None
    app.state.keys = KeyCheck()
    app.state.ingest_run = staff_routes.IngestRun()
    app.state.login_limiter = MovingWindowRateLimiter(MemoryStorage())
    app.state.login_limit = parse_limit(settings.login_rate_limit)
    if settings.rate_limit.lower() == "off":
        app.state.limiter = None
    else:
        app.state.limiter = MovingWindowRateLimiter(MemoryStorage())
        app.state.limit_item = parse_limit(settings.rate_limit)

    add_handlers(app)
    app.include_router(router)
    app.include_router(feedback_routes.router)
    app.include_router(sources.router)
    app.include_router(welcome.router)
    app.include_router(staff_routes.router)
    add_pages(app)
    app.add_middleware(AccessLog)
    if settings.cors_origin_list:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
        )
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key(settings.secret_key, settings.data_path),
        session_cookie="clinic_staff",
        max_age=int(settings.staff_session_hours * 3600),
        same_site="strict",
        https_only=settings.secure_cookies,
    )
    app.add_middleware(BodyLimit)
    return app


def _lower_case_words(settings: Settings) -> set[str]:
    """Words the documents write in lower case: ordinary words, never taken for names."""
    try:
        documents = load_corpus(settings.corpus_path, max_bytes=settings.max_file_bytes)
    except AssistantError:
        return set()
    return {w for d in documents for w in re.findall(r"\b[a-z][a-z'-]+\b", d.text)}
