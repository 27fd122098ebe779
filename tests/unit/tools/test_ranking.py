"""The learned-ranking measurement: its top-1 rule and its signals on the built index."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answering.engine import Engine
from assistant.answering.question import read
from tools.ranking import FEATURES, Group, Signals, top_right


def _group(right: list[bool], eligible: list[bool]) -> Group:
    n = len(right)
    return Group("set", "id", np.zeros((n, 1)), np.array(right), np.array(eligible), np.zeros(n))


@pytest.mark.parametrize(
    ("scores", "eligible", "expected"),
    [
        pytest.param([0.9, 0.5, 0.1], [True, True, True], False, id="best-is-wrong"),
        pytest.param([0.9, 0.5, 0.1], [False, True, True], True, id="intro-skipped"),
        pytest.param([0.1, 0.5, 0.9], [True, True, True], False, id="last-is-wrong"),
    ],
)
def test_ranking_top_right_reads_the_best_eligible(
    scores: list[float], eligible: list[bool], expected: bool
) -> None:
    group = _group([False, True, False], eligible)
    assert top_right(group, np.array(scores)) is expected


def test_ranking_signals_one_row_per_candidate(engine: Engine) -> None:
    retriever = engine.retriever()
    signals = Signals(retriever, engine.embedder.embed)
    question = read("how many days does the redness last", retriever.vocabulary)
    found = retriever.candidates(question)
    assert found is not None
    matrix = signals.of(question, found)
    assert matrix.shape == (len(found.rows), len(FEATURES))
    assert np.isfinite(matrix).all()
    ranks = matrix[:, FEATURES.index("sentence_rank")]
    assert ranks.max() == 1.0  # the most similar candidate ranks first
