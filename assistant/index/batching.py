"""Dynamic batching of query embeddings: concurrent questions share one model call.

One embedding of a short question costs a few milliseconds of both cores, most of it fixed per
call; eight questions in one call cost little more than one. The caller that finds the model
idle embeds its own text at once, in its own thread (a lone question waits for nothing and
crosses no thread); questions that arrive while a call runs wait, and when it ends the first of
them leads the next call, taking everything that queued meanwhile, up to max_batch texts (the
way text-embeddings-inference batches). A leader handed the model lingers up to max_wait_s for
stragglers, since it was busy a moment ago; one that found it idle does not.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

import numpy as np

log = logging.getLogger(__name__)

MAX_BATCH = 32
MAX_WAIT_S = 0.002


class BatcherClosed(Exception):
    """The batcher was closed; it embeds nothing more."""


class _Slot:
    """One caller's text and, once its batch ran, its vector or the error; or the lead."""

    __slots__ = ("done", "error", "lead", "text", "vector")

    def __init__(self, text: str) -> None:
        self.text = text
        self.done = threading.Event()
        self.vector: np.ndarray | None = None
        self.error: BaseException | None = None
        self.lead = False


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
        self._arrived = threading.Condition()
        self._waiting: list[_Slot] = []
        self._busy = False  # a leader holds the model
        self._closed = False
        self.calls = 0  # model calls made, for tests and the benchmark
        self.texts = 0  # texts embedded in them

    def embed(self, text: str) -> np.ndarray:
        """The unit vector of one text, computed in a batch with any concurrent ones."""
        if self._closed:
            raise BatcherClosed("the query batcher is closed")
        slot = _Slot(text)
        with self._arrived:
            self._waiting.append(slot)
            idle = not self._busy
            self._busy = True
            self._arrived.notify()
        if not idle:
            slot.done.wait()
            if not slot.lead:
                return _result(slot)
        self._lead(linger=not idle)
        return _result(slot)

    def close(self) -> None:
        """Embed nothing more (the texts already waiting are still embedded)."""
        self._closed = True

    def _lead(self, *, linger: bool) -> None:
        """Run one batch (the leader's text is the first waiting), then hand the model on."""
        with self._arrived:
            if linger:
                self._arrived.wait_for(
                    lambda: len(self._waiting) >= self.max_batch, timeout=self.max_wait_s
                )
            batch = self._waiting[: self.max_batch]
            del self._waiting[: self.max_batch]
        self._call(batch)
        with self._arrived:
            if self._waiting:
                following = self._waiting[0]
                following.lead = True  # it runs the next batch in its own thread
                following.done.set()
            else:
                self._busy = False

    def _call(self, batch: list[_Slot]) -> None:
        distinct = list(dict.fromkeys(slot.text for slot in batch))
        try:
            vectors = self._embed(distinct)
        except BaseException as error:  # every waiting caller gets the error, batching goes on
            log.warning("embedding a batch of %d questions failed: %s", len(distinct), error)
            for slot in batch:
                slot.error = error
                slot.done.set()
            return
        self.calls += 1
        self.texts += len(distinct)
        row = {text: i for i, text in enumerate(distinct)}
        for slot in batch:
            slot.vector = vectors[row[slot.text]]
            slot.lead = False
            slot.done.set()


def _result(slot: _Slot) -> np.ndarray:
    if slot.error is not None:
        raise slot.error
    assert slot.vector is not None  # set with done, when there is no error
    return slot.vector
