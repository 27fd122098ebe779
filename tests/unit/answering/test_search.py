"""The front desk's passage search: exact passages, the words typed first, at most k."""

from __future__ import annotations

import pytest

from assistant.answering.engine import Engine
from assistant.answering.search import find_passages
from assistant.config import PROJECT_ROOT


@pytest.mark.parametrize(
    ("query", "word", "k"),
    [
        pytest.param("sunscreen", "sunscreen", 3, id="one-word"),
        pytest.param("numbing cream beforehand", "numb", 5, id="phrase"),
    ],
)
def test_find_passages_ranks_passages_using_the_words_first(
    engine: Engine, query: str, word: str, k: int
) -> None:
    results = find_passages(engine.retriever(), query, k)
    assert 1 <= len(results) <= k
    assert len({(r.source, r.start) for r in results}) == len(results)
    assert word in results[0].text.lower()
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    for result in results:
        text = (PROJECT_ROOT / result.source).read_text(encoding="utf-8")
        assert text[result.start : result.end] == result.text and 0.0 <= result.score <= 1.0
