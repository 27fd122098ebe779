"""Dynamic batching of query embeddings: concurrent questions share one model call.

One embedding of a short question costs about 5 ms of both cores, most of it fixed per call;
eight questions in one call cost little more than one. Callers (request threads) put their
text on a queue and wait; one batcher thread takes everything queued, up to max_batch texts,
and embeds it in one call. An idle batcher starts at once, so a lone question waits for
nothing; a question that arrives while a call runs waits for that call and goes in the next
one, with the others that arrived meanwhile (the way text-embeddings-inference batches).
max_wait_s lets the batcher linger for stragglers only when it was already busy.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future

import numpy as np

log = logging.getLogger(__name__)

MAX_BATCH = 32
MAX_WAIT_S = 0.002


class BatcherClosed(Exception):
    """The batcher was closed; it embeds nothing more."""


_STOP = object()


class QueryBatcher:
    """Embeds single texts, batching those that arrive together; thread-safe."""

    def __init__(
        self,
        embed: Callable[[Sequence[str]], np.ndarray],
        *,
        max_batch: int = MAX_BATCH,
        max_wait_s: float = MAX_WAIT_S,
    ) -> None:
        if max_batch < 1 or max_wait_s < 0:
            raise ValueError("max_batch must be >= 1 and max_wait_s >= 0")
        self._embed = embed
        self.max_batch = max_batch
        self.max_wait_s = max_wait_s
        self._queue: queue.SimpleQueue[tuple[str, Future[np.ndarray]] | object] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._closed = False
        self.calls = 0  # model calls made, for tests and the benchmark
        self.texts = 0  # texts embedded in them

    def embed(self, text: str) -> np.ndarray:
        """The unit vector of one text, computed in a batch with any concurrent ones."""
        if self._closed:
            raise BatcherClosed("the query batcher is closed")
        self._ensure_started()
        future: Future[np.ndarray] = Future()
        self._queue.put((text, future))
        return future.result()

    def close(self) -> None:
        """Stop the batcher thread after the texts already queued."""
        self._closed = True
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join()

    def _ensure_started(self) -> None:
        if self._thread is not None:
            return
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="query-batcher", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        busy = False
        while True:
            try:
                first = self._queue.get(block=not busy)
            except queue.Empty:
                busy = False
                continue
            if first is _STOP:
                return
            batch = [first]
            stop = self._gather(batch, linger=busy)
            self._call(batch)  # type: ignore[arg-type]
            busy = True  # whatever queued meanwhile goes next, with stragglers
            if stop:
                return

    def _gather(self, batch: list[object], *, linger: bool) -> bool:
        """Take what is queued, up to max_batch; wait for more only when busy. True: stop."""
        deadline = time.perf_counter() + (self.max_wait_s if linger else 0.0)
        while len(batch) < self.max_batch:
            remaining = deadline - time.perf_counter()
            try:
                item = (
                    self._queue.get(timeout=remaining)
                    if remaining > 0
                    else self._queue.get_nowait()
                )
            except queue.Empty:
                return False
            if item is _STOP:
                return True
            batch.append(item)
        return False

    def _call(self, batch: list[tuple[str, Future[np.ndarray]]]) -> None:
        distinct = list(dict.fromkeys(text for text, _ in batch))
        try:
            vectors = self._embed(distinct)
        except BaseException as error:  # every waiting caller gets the error, the thread lives
            log.warning("embedding a batch of %d questions failed: %s", len(distinct), error)
            for _, future in batch:
                future.set_exception(error)
            return
        self.calls += 1
        self.texts += len(distinct)
        row = {text: i for i, text in enumerate(distinct)}
        for text, future in batch:
            future.set_result(vectors[row[text]])
