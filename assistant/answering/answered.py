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

from assistant.answering.keys import Keys, asked_otherwise, readings
from assistant.index.records import Record

# The ridge's pull towards the identity (on unit vectors). Chosen on the tuning halves, each
# set's map fitted without it (docs/evaluation.md): 0.03 to 0.3 within a few questions of each
# other.
RIDGE = 0.1
# The nearest answered questions that vote, the cosine below which one says nothing, and the
# vote's share of the fused score (whose candidates span about 0 to 1.5). Cosines are taken
# after removing the answered questions' mean vector, as the sentence side removes the corpus's:
# every question here names the treatment, and plain cosines put "what conditions can
# microneedling help with" at 0.86 to "has microneedling been proven in studies?".
# Chosen leave one set out (`tools/neighbours.py`: eleven seeded tuning halves, 884 questions,
# each set's questions answered with its own lines out of the keys, the map and the vote):
# hit 0.829 with plain cosines (floor 0.5) -> 0.834 centred (floor 0.3), better on five sets,
# worse by one question on three; no vote 0.809. Share 0.4 gave 0.845 but cost the dev set its
# goal (hit 0.889) and price questions their price (prices7 paragraph tuning 0.867 -> 0.767):
# the vote outweighs the price lift, and no answered question quotes a price list.
NEIGHBOURS = 3
NEIGHBOUR_FLOOR = 0.3
NEIGHBOUR_SHARE = 0.2


def fitted_map(
    variants: Sequence[Record], quoted: Sequence[list[int]], sentence_vectors: np.ndarray
) -> np.ndarray | None:
    """The question-to-answer map fitted on the variants (None without any): each variant's
    target is the mean of the unit vectors of the sentences its quote overlaps (`quoted`, from
    `quoted_rows`)."""
    units = sentence_vectors / np.maximum(
        np.linalg.norm(sentence_vectors, axis=1, keepdims=True), 1e-9
    )
    questions: list[np.ndarray] = []
    answers: list[np.ndarray] = []
    for variant, rows in zip(variants, quoted, strict=True):
        if not rows or variant.embedding is None:
            continue
        questions.append(_unit(np.asarray(variant.embedding, dtype=np.float64)))
        answers.append(_unit(units[rows].mean(axis=0)))
    if not questions:
        return None
    q = np.stack(questions)
    a = np.stack(answers)
    identity = np.eye(q.shape[1])
    # argmin_W |qW - a|^2 + RIDGE |W - I|^2
    solved = np.linalg.solve(q.T @ q + RIDGE * identity, q.T @ a + RIDGE * identity)
    return solved.astype(np.float32)


class Neighbours:
    """The clinic's answered questions, each with the sentence rows its quotes cover."""

    def __init__(
        self,
        variants: Sequence[Record],
        quoted: Sequence[list[int]],
        size: int,
        keys: Keys | None = None,
    ) -> None:
        rows_of: dict[str, set[int]] = {}
        vector_of: dict[str, np.ndarray] = {}
        for variant, rows in zip(variants, quoted, strict=True):
            if rows and variant.embedding is not None:
                rows_of.setdefault(variant.text, set()).update(rows)
                vector_of.setdefault(variant.text, _unit(np.asarray(variant.embedding)))
        self._rows = [np.array(sorted(rows), dtype=np.int64) for rows in rows_of.values()]
        # The questions as written, in the order of the rows above.
        self.texts = list(rows_of)
        # How each question is asked: one asked otherwise than the patient's does not vote.
        self._timing, self._asks_gap = readings(self.texts)
        self._vectors = (
            np.stack(list(vector_of.values())).astype(np.float32)
            if vector_of
            else np.zeros((0, 1), dtype=np.float32)
        )
        # What all the clinic's questions share (the treatment's name) says nothing of which
        # one a question is like; with one question there is nothing to tell apart. The centred
        # cosine comes from the plain one (the product the keys take anyway, `Keys.cosines`):
        # (v - m).(u - m) = v.u - v.m - u.m + m.m, over |v - m| |u - m|.
        vectors = self._vectors.astype(np.float64)
        self._mean = vectors.mean(axis=0) if len(vectors) > 1 else np.zeros(vectors.shape[1])
        self._towards = vectors @ self._mean
        self._length = np.maximum(np.linalg.norm(vectors - self._mean, axis=1), 1e-9)
        self._size = size
        # With the version's keys (which hold these questions), a question's plain cosines come
        # from the product the keys take anyway (`Keys.cosines`); without, from their own.
        self._keys = keys
        self._at = keys.positions(self.texts) if keys is not None else None

    def votes(self, raw: np.ndarray, when: int = 0, duration: bool = False) -> np.ndarray:
        """Per sentence row: the summed nearness (over `NEIGHBOUR_FLOOR`) of the question's
        `NEIGHBOURS` nearest answered questions whose quotes cover it; `when`, the question's
        timing: those set at the other time do not vote; `duration`, it asks how long one thing
        takes: those asking the time between things do not vote (`Keys.read`)."""
        votes = np.zeros(self._size, dtype=np.float32)
        if not self._rows:
            return votes
        unit = _unit(np.asarray(raw, dtype=np.float64))
        if self._keys is not None and self._at is not None:
            plain = self._keys.cosines(raw)[self._at]
        else:
            # numpy's own loop, not BLAS (see `keys._products`).
            plain = np.einsum("ij,j->i", self._vectors, unit.astype(np.float32))
        towards = float(unit @ self._mean)
        length = np.sqrt(max(1.0 - 2.0 * towards + float(self._mean @ self._mean), 1e-18))
        similarity = (plain - self._towards - towards + self._mean @ self._mean) / (
            self._length * length
        )
        similarity = np.where(
            asked_otherwise(self._timing, self._asks_gap, when, duration), -1.0, similarity
        )
        count = min(NEIGHBOURS, len(similarity))
        for nearest in np.argpartition(-similarity, count - 1)[:count]:
            gain = float(similarity[nearest]) - NEIGHBOUR_FLOOR
            if gain > 0:
                votes[self._rows[nearest]] += gain
        return votes


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
