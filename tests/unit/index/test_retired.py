"""Versions left behind: closed after the grace, not before."""

from __future__ import annotations

import gc
import threading

from assistant.index.retired import Retired, hand_back_memory
from assistant.index.store import Store
from tests.unit.index.conftest import held, record


def test_retired_versions_are_closed_after_the_grace_and_not_before(store: Store) -> None:
    for name in ("v1", "v2"):
        writer = store.create(name, {"name": name})
        writer.write("passages", [record(1, [1, 0, 0])])
        writer.close()
        store.publish(name, {"name": name})
    retired = Retired(grace_s=20.0)
    first, second = store.open("v1"), store.open("v2")
    first.count("passages")
    second.count("passages")
    retired.add(first, now=100.0)
    retired.add(second, now=110.0)
    assert retired.close_due(now=120.0) == 0  # a request may still be reading v1
    assert held(store, "v1")
    assert retired.close_due(now=125.0) == 1
    assert not held(store, "v1") and held(store, "v2")
    assert retired.close_due(now=125.0) == 0
    assert retired.close_due(now=131.0) == 1
    assert not held(store, "v2")


def test_hand_back_memory_runs_a_full_collection() -> None:
    # A retriever sits in reference cycles: only a full collection frees it before the trim.
    generations: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            generations.append(info["generation"])

    # A collection already running (a closed version's hand-back) makes another return at once.
    for thread in threading.enumerate():
        if thread.name == "hand-back-memory":
            thread.join(timeout=30)
    gc.callbacks.append(seen)
    try:
        hand_back_memory()
    finally:
        gc.callbacks.remove(seen)
    assert 2 in generations
