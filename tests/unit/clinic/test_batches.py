"""The writer thread that stores patient text in batches (gap queue, urgent messages)."""

from __future__ import annotations

import threading

import pytest

from assistant.clinic.batches import BatchWriter


def test_items_offered_together_are_stored_together_in_order() -> None:
    batches: list[list[int]] = []
    writer: BatchWriter[int] = BatchWriter(batches.append, name="test-writer")
    for number in range(5):
        assert writer.offer(number)
    writer.flush()
    writer.close()
    assert [n for batch in batches for n in batch] == [0, 1, 2, 3, 4]
    assert len(batches) == 1  # one transaction for what arrived within the gathering time


def test_a_failed_write_is_logged_and_the_writer_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    stored: list[str] = []

    def store(items: list[str]) -> None:
        if "first" in items:
            raise OSError("disk full")
        stored.extend(items)

    writer: BatchWriter[str] = BatchWriter(store, name="test-writer")
    writer.offer("first")
    writer.flush()
    writer.offer("second")
    writer.flush()
    writer.close()
    assert stored == ["second"]
    assert "test-writer: write failed: OSError" in caplog.text and "first" not in caplog.text


def test_an_offer_is_dropped_not_waited_for_when_the_writer_is_far_behind() -> None:
    storing, release = threading.Event(), threading.Event()

    def store(items: list[int]) -> None:
        storing.set()
        release.wait(10)

    writer: BatchWriter[int] = BatchWriter(store, name="test-writer", max_pending=1)
    writer.offer(1)
    assert storing.wait(10)  # the writer is busy storing: nothing leaves the queue
    assert writer.offer(2)  # the queue holds one
    assert not writer.offer(3)  # full: dropped at once, the request never waits
    release.set()
    writer.close()
