"""The query batcher: the same vectors as one by one, fewer calls under concurrency, errors
reach every caller, and a lone question does not wait."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from assistant.index.batching import BatcherClosed, QueryBatcher
from assistant.index.embedding import Embedder

QUESTIONS = [
    "How many days does the redness last after microneedling?",
    "can i wear make-up the next day",
    "is it painful",
    "How many visits does a course take, and what gap between them?",
    "what aftercare would you recommend",
    "",
    "Naïve café — 24–48 hours",
]


class Recording:
    """A fake model: each text's vector is a function of the text alone; calls are recorded."""

    def __init__(self, delay_s: float = 0.0, fail: bool = False) -> None:
        self.delay_s = delay_s
        self.fail = fail
        self.batches: list[list[str]] = []
        self._lock = threading.Lock()

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            self.batches.append(list(texts))
        time.sleep(self.delay_s)
        if self.fail:
            raise RuntimeError("the model broke")
        return np.array([[len(t), sum(map(ord, t)) % 997, 1.0] for t in texts], dtype=np.float32)


def test_batcher_with_the_real_model_gives_the_vectors_of_single_texts(
    embedder: Embedder,
) -> None:
    batcher = QueryBatcher(embedder.embed)
    alone = np.vstack([embedder.embed([q]) for q in QUESTIONS])
    with ThreadPoolExecutor(len(QUESTIONS)) as pool:
        together = np.vstack(list(pool.map(batcher.embed, QUESTIONS * 3)))
    batcher.close()
    assert together.shape == (3 * len(QUESTIONS), embedder.dimension)
    assert float(np.abs(together - np.vstack([alone] * 3)).max()) < 1e-5


def test_batcher_concurrent_callers_share_calls_and_get_their_own_rows() -> None:
    model = Recording(delay_s=0.02)
    batcher = QueryBatcher(model, max_batch=8)
    texts = [f"question number {i}" for i in range(40)]
    with ThreadPoolExecutor(40) as pool:
        got = list(pool.map(batcher.embed, texts))
    batcher.close()
    assert all(np.array_equal(v, model([t])[0]) for v, t in zip(got, texts, strict=True))
    sizes = [len(b) for b in model.batches[:-40]]  # the checks above were single calls
    assert sum(sizes) == 40 and max(sizes) <= 8 and len(sizes) < 40
    assert batcher.calls == len(sizes) and batcher.texts == 40


def test_batcher_embeds_a_repeated_text_once_per_call() -> None:
    model = Recording(delay_s=0.3)
    batcher = QueryBatcher(model)
    with ThreadPoolExecutor(9) as pool:
        first = pool.submit(batcher.embed, "warm")  # occupies the model while the rest queue
        time.sleep(0.05)
        rest = list(pool.map(batcher.embed, ["same"] * 8))
    batcher.close()
    assert first.result()[0] == 4 and all(np.array_equal(v, rest[0]) for v in rest)
    assert model.batches == [["warm"], ["same"]]


def test_batcher_lone_question_does_not_wait_for_company() -> None:
    batcher = QueryBatcher(Recording(), max_wait_s=0.5)
    for text in QUESTIONS:
        started = time.perf_counter()
        batcher.embed(text)
        assert time.perf_counter() - started < 0.25
        time.sleep(0.6)  # let the batcher fall idle again, past its linger time
    batcher.close()


def test_batcher_lone_question_is_embedded_in_the_callers_thread() -> None:
    threads: list[threading.Thread] = []
    model = Recording()

    def embed(texts: Sequence[str]) -> np.ndarray:
        threads.append(threading.current_thread())
        return model(texts)

    batcher = QueryBatcher(embed)
    batcher.embed("alone")
    with ThreadPoolExecutor(1) as pool:
        pool.submit(batcher.embed, "in another thread").result()
    assert threads[0] is threading.current_thread()
    assert threads[1] is not threading.current_thread() and len(threads) == 2


@pytest.mark.parametrize("callers", [pytest.param(1, id="alone"), pytest.param(6, id="together")])
def test_batcher_error_reaches_every_caller_and_the_batcher_lives_on(callers: int) -> None:
    model = Recording(delay_s=0.01, fail=True)
    batcher = QueryBatcher(model)

    def ask(text: str) -> str:
        try:
            batcher.embed(text)
        except RuntimeError as error:
            return str(error)
        return "no error"

    with ThreadPoolExecutor(callers) as pool:
        outcomes = list(pool.map(ask, QUESTIONS[:callers]))
    assert outcomes == ["the model broke"] * callers
    model.fail = False
    assert batcher.embed("again")[0] == 5
    batcher.close()


def test_batcher_refuses_after_close() -> None:
    batcher = QueryBatcher(Recording())
    batcher.embed("once")
    batcher.close()
    with pytest.raises(BatcherClosed):
        batcher.embed("twice")


@pytest.mark.parametrize(
    "options",
    [pytest.param({"max_batch": 0}, id="no-batch"), pytest.param({"max_wait_s": -1}, id="wait")],
)
def test_batcher_refuses_bad_limits(options: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="max_batch"):
        QueryBatcher(Recording(), **options)  # type: ignore[arg-type]
