"""The FastAPI app factory: a lifespan that loads the model and index once, then the
middleware, the error handlers, the API routes and the pages."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from limits import parse as parse_limit
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from assistant.answering.engine import Engine
from assistant.config import Settings, get_settings
from assistant.errors import AssistantError
from assistant.service.handlers import add_handlers
from assistant.service.middleware import BodyLimit, access_log
from assistant.service.pages import add_pages
from assistant.service.routes import router


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

    add_handlers(app)
    app.include_router(router)
    add_pages(app)
    app.middleware("http")(access_log)
    if settings.cors_origin_list:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origin_list,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
        )
    app.add_middleware(BodyLimit)
    return app
