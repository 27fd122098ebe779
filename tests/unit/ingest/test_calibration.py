"""The re-check at ingest scores each probe as the engine would answer it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.engine import Engine
from assistant.answering.question import read
from assistant.index.embedding import Embedder
from assistant.ingest.calibration import ProbeVectors, _answer_score


@pytest.mark.parametrize(
    ("message", "answered"),
    [
        # Personal, and once the situation is set aside only "it" is left: the engine answers.
        pytest.param("would it do anything for my eczema", True, id="personal-points-back"),
        pytest.param("which team won the league last season", False, id="chit-chat"),
        pytest.param("what are the symptoms of a kidney stone", False, id="other-condition"),
    ],
)
def test_calibration_answer_score_follows_the_engine(
    engine: Engine, embedder: Embedder, tmp_path: Path, message: str, answered: bool
) -> None:
    retriever = engine.retriever()
    coverage = engine.coverage()
    vectors = ProbeVectors(tmp_path / "vectors.npz", embedder.embed)
    question = read(message, retriever.vocabulary)
    score = _answer_score(question, retriever, coverage, vectors)
    assert score is not None
    assert (score >= coverage.decision.threshold) is answered
    assert (engine.reply(message).kind == "answer") is answered
