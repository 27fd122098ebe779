"""Per-client rate limits and the bounded pool that runs questions off the event loop."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import anyio
from fastapi import Request
from limits.strategies import MovingWindowRateLimiter

from assistant.config import Settings
from assistant.errors import AssistantError


class Busy(AssistantError):
    """No worker slot became free before the deadline."""


class RateLimited(AssistantError):
    """Too many requests from one client."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("too many requests")
        self.retry_after = retry_after


async def rate_limit(request: Request) -> None:
    """Per client address; each worker process counts on its own (see the README). A valid API
    key (a trusted client such as an evaluation script) is not limited.

    async, on the event loop (the limiter counts in memory): only a key not checked lately is
    looked up in the database, in a worker thread.
    """
    limiter: MovingWindowRateLimiter | None = request.app.state.limiter
    if limiter is None:
        return
    keys = request.app.state.keys
    trusted = keys.remembered(request)
    if trusted is None:
        trusted = await anyio.to_thread.run_sync(keys.trusted, request)
    if trusted:
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
