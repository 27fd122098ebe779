"""The re-check at ingest scores each probe as the engine would answer it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.answering.engine import Engine
from assistant.answering.question import read
from assistant.answering.triage.safety import Triage
from assistant.index.embedding import Embedder
from assistant.ingest.calibration import ProbeVectors, _answer_score, _key


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


def test_probe_vectors_are_kept_and_read_back_without_embedding_again(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.arange(len(texts) * 3, dtype=np.float32).reshape(len(texts), 3) + len(calls)

    path = tmp_path / "cache" / "vectors.npz"
    first = ProbeVectors(path, embed)
    made = first.many(["a probe", "another probe"])
    first.save()
    again = ProbeVectors(path, embed)
    np.testing.assert_array_equal(again.many(["another probe", "a probe"]), made[[1, 0]])
    assert calls == [["a probe", "another probe"]]
    # The first layout (an array a text) is still read, and rewritten in the new one.
    old = tmp_path / "old.npz"
    np.savez(old, **{_key("a probe"): made[0]})
    np.testing.assert_array_equal(ProbeVectors(old, embed)("a probe"), made[0])
    assert len(calls) == 1


def test_probe_triage_is_remembered_by_what_it_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Triage reads the text, its situations and the vector of what it means: a probe read the
    # same way is triaged once per process, one spelled otherwise (another corpus) again.
    from assistant.ingest import calibration

    seen: list[str] = []

    def counted(question: object, vector: object) -> Triage:
        seen.append(question.meant)  # type: ignore[attr-defined]
        return Triage.ROUTINE

    monkeypatch.setattr(calibration, "triage", counted)
    monkeypatch.setattr(calibration, "_TRIAGED", {})
    vectors = ProbeVectors(tmp_path / "v.npz", lambda texts: np.ones((len(texts), 3), np.float32))
    question = read("What causes a frozen shoulder ?")
    assert calibration._triaged(question, vectors) is Triage.ROUTINE
    assert calibration._triaged(read("What causes a frozen shoulder ?"), vectors) is Triage.ROUTINE
    respelled = replace(question, spelled="what causes a frozen shoulder blade")
    calibration._triaged(respelled, vectors)
    assert seen == [question.meant, "what causes a frozen shoulder blade"]
