"""Short conversation memory for follow-ups: in process memory only, bounded in count and age."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict


class Sessions:
    """The last answered question of each session, forgotten after ttl seconds or when full."""

    def __init__(self, *, max_sessions: int, ttl_s: float) -> None:
        self._max = max_sessions
        self._ttl = ttl_s
        self._turns: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()

    def previous(self, session_id: str) -> str | None:
        with self._lock:
            entry = self._turns.get(session_id)
            if entry is None or time.monotonic() - entry[0] > self._ttl:
                self._turns.pop(session_id, None)
                return None
            return entry[1]

    def remember(self, session_id: str, question: str) -> None:
        with self._lock:
            self._turns[session_id] = (time.monotonic(), question)
            self._turns.move_to_end(session_id)
            while len(self._turns) > self._max:
                self._turns.popitem(last=False)

    def __len__(self) -> int:
        return len(self._turns)
