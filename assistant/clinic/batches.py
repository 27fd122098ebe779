"""A writer thread that stores what requests hand it in batches.

`offer()` costs the request one put on an in-memory queue. The writer gathers what is offered for
up to GATHER_S and stores it together (one transaction, one model call): its work then
interrupts the requests that follow only once in a while, not each time something is offered.
The gap queue and the urgent-message list both keep patient text this way.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
GATHER_S = 0.5
GATHER_MAX = 64
_STOP = object()

Item = TypeVar("Item")


class BatchWriter(Generic[Item]):
    """Hands offered items to `store` in batches, in order, on its own thread."""

    def __init__(
        self,
        store: Callable[[list[Item]], None],
        *,
        name: str,
        max_pending: int = 1000,
    ) -> None:
        self.store = store
        self.name = name
        self._pending: queue.Queue[object] = queue.Queue(max_pending)
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    def offer(self, item: Item) -> bool:
        """Store the item later; never blocks. False when the writer is far behind and the item
        is dropped (the caller says what was lost, never the text)."""
        try:
            self._pending.put_nowait(_Offered(item))
        except queue.Full:
            return False
        return True

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every item offered before is stored (tests, shutdown)."""
        done = threading.Event()
        self._pending.put(done)
        done.wait(timeout)

    def close(self) -> None:
        self._pending.put(_STOP)
        self._thread.join(timeout=10)

    def _work(self) -> None:
        while True:
            batch = [self._pending.get()]
            deadline = time.monotonic() + GATHER_S
            # A flush or a stop is served at once, after the items offered before it.
            while isinstance(batch[-1], _Offered) and len(batch) < GATHER_MAX:
                try:
                    batch.append(self._pending.get(timeout=max(0.0, deadline - time.monotonic())))
                except queue.Empty:
                    break
            items = [entry.item for entry in batch if isinstance(entry, _Offered)]
            if items:
                try:
                    self.store(items)
                except Exception as error:  # a failed write must never stop the writer
                    log.error("%s: write failed: %s", self.name, type(error).__name__)
            for entry in batch:
                if isinstance(entry, threading.Event):
                    entry.set()
            if batch[-1] is _STOP:
                return


class _Offered(Generic[Item]):
    """An item on the queue (told apart from a flush or a stop)."""

    __slots__ = ("item",)

    def __init__(self, item: Item) -> None:
        self.item = item
