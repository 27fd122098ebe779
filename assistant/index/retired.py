"""Index versions a serving process has moved on from: each is closed once no request can still
be reading it, and the memory it held is handed back to the system.

Each version a process served kept its embedded Chroma (about 40 MB, measured), and the heap its
retriever's arrays had freed stayed with the process: a server that followed four new versions
grew from 719 to 1,124 MB. Closed and handed back, it stayed at 644-677 MB (sixtieth round,
docs/benchmark.md).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import threading

from assistant.index.chroma import Version

log = logging.getLogger(__name__)


class Retired:
    """The versions served before, closed `grace_s` after they were left; thread-safe when the
    caller holds its own lock (the engine's)."""

    def __init__(self, grace_s: float) -> None:
        self.grace_s = grace_s
        self._left: list[tuple[float, Version]] = []

    def add(self, version: Version, now: float) -> None:
        self._left.append((now, version))

    def close_due(self, now: float) -> int:
        """Close the versions left more than `grace_s` ago; then, off the caller's thread, hand
        their memory back. How many were closed."""
        due = [version for left, version in self._left if now - left > self.grace_s]
        if not due:
            return 0
        self._left = self._left[len(due) :]
        for version in due:
            version.close()
            log.info("closed index version %s", version.name)
        threading.Thread(target=hand_back_memory, name="hand-back-memory", daemon=True).start()
        return len(due)


def hand_back_memory() -> None:
    """Collect what a closed version left (its retriever sits in reference cycles), then return
    the heap's free pages to the system (glibc keeps them otherwise; 0.1 s, once a version)."""
    gc.collect()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: its allocator returns memory its own way
        pass
