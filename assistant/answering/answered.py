"""The clinic's answered questions teach the ranking its patients' wording.

Each "also asked as" variant (`corpus/also-asked.jsonl`: a question a patient asked and the
quote of the documents that answers it, attached by the staff from the queue of questions the
assistant could not answer) is a pair: the question's vector, and the vector of the sentences
that quote covers. A linear map from question vectors towards answer vectors is fitted on the
pairs (ridge regression towards the identity, closed form: 0.13 s for 1,720 lines when an index
version is loaded), and the dense side of the ranking reads a question through it, as far as
the question is like an answered one (`Keys.read`). A patient's question then
lands near the sentences that answered questions like it, even when no word of theirs is the
documents'. With no variant there is no map, and a clinic's new variants change it at the next
ingest.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.index.records import Record

# The ridge's pull towards the identity (on unit vectors). Chosen on the tuning halves, each
# set's map fitted without it (README): 0.03 to 0.3 within a few questions of each other.
RIDGE = 0.1


def fitted_map(
    variants: Sequence[Record], sentences: Sequence[Record], sentence_vectors: np.ndarray
) -> np.ndarray | None:
    """The question-to-answer map fitted on the variants (None without any): each variant's
    target is the mean of the unit vectors of the sentences its quote overlaps."""
    units = sentence_vectors / np.maximum(
        np.linalg.norm(sentence_vectors, axis=1, keepdims=True), 1e-9
    )
    questions: list[np.ndarray] = []
    answers: list[np.ndarray] = []
    for variant, quoted in zip(variants, quoted_rows(variants, sentences), strict=True):
        if not quoted or variant.embedding is None:
            continue
        questions.append(_unit(np.asarray(variant.embedding, dtype=np.float64)))
        answers.append(_unit(units[quoted].mean(axis=0)))
    if not questions:
        return None
    q = np.stack(questions)
    a = np.stack(answers)
    identity = np.eye(q.shape[1])
    # argmin_W |qW - a|^2 + RIDGE |W - I|^2
    solved = np.linalg.solve(q.T @ q + RIDGE * identity, q.T @ a + RIDGE * identity)
    return solved.astype(np.float32)


def quoted_rows(variants: Sequence[Record], sentences: Sequence[Record]) -> list[list[int]]:
    """For each variant, the rows of the sentences its quote overlaps."""
    rows_of: dict[str, list[int]] = {}
    for row, sentence in enumerate(sentences):
        rows_of.setdefault(sentence.passage_id, []).append(row)
    return [
        [
            row
            for row in rows_of.get(variant.passage_id, [])
            if sentences[row].start < variant.end and variant.start < sentences[row].end
        ]
        for variant in variants
    ]


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-9)
