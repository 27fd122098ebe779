"""Keys at question time: a question the documents (or the clinic's also-asked variants) ask
leads to its passage, and lifts it when the patient's question is a near paraphrase of it.

The keys themselves are made at ingest (`ingest/keys.py`) and stored with the index version;
this module reads them once per version and scores a question's vector against them.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from assistant.errors import IndexNotReady
from assistant.index.chroma import Version
from assistant.index.records import Record

# Below the floor the model only says "same subject" (every key of a corpus shares one):
# measured on the tuning sets, the best key's passage held the answer for 38% of questions at
# >= 0.8 and 15-19% below; statement headings ("Conclusion") never helped. See the README for
# the passage-first variants measured and dropped.
KEY_FLOOR = 0.8
# A question this near (cosine) to one the clinic attached to a passage ("also asked as"), or to
# one a document asks in a heading or at a passage's start, is that question: the clinic has said
# its documents answer it.
CLINIC_KEY = 0.9
# A question moves with the clinic's answered questions (`answered.py`) as far as it is like
# them: not at all below this cosine to the nearest, fully from `ANSWERED_FULL`. Measured
# (README): price questions over a price list added since sit at a median of 0.5, patients'
# questions a new writer asked of the documents the variants quote at 0.84; lower gates
# (0.4-0.5) gained 2-4 questions in 100 on those and lost as many on the price list.
ANSWERED_FLOOR = 0.6
ANSWERED_FULL = 0.8
# `Keys.nearest_answered` when the clinic has answered no question (and `Keys.nearest_declined`
# when it has declined none): below any cosine.
NONE_ANSWERED = -1.0


class Keys:
    """The question keys of one index version, with their vectors and the passages they lead
    to."""

    def __init__(self, version: Version, passage_row: dict[str, int], *, dimension: int) -> None:
        self.records = _keys_of(version)
        # The clinic's variants, with the quote each is anchored to (`answered.py` learns from them).
        self.variants = [k for k in self.records if k.role == "also-asked"]
        self._passages = len(passage_row)
        # A document's heading leads only when it asks ("Conclusion" says nothing of a
        # question); a clinic's variant is a question however it was typed. A question asked
        # again of the same passage (one line per quote) is one row.
        rows = {
            (k.text, passage_row[k.passage_id]): k
            for k in self.records
            if k.passage_id in passage_row
            and (k.role == "also-asked" or k.text.rstrip().endswith("?"))
        }
        self._passage = np.array([row for _, row in rows], dtype=np.int64)
        # Each row's question as written (`tools/neighbours.py` leaves a set's rows out by it).
        self.texts = [text for text, _ in rows]
        self._vectors = (
            np.stack([k.embedding for k in rows.values()]).astype(np.float32)
            if rows
            else np.zeros((0, dimension), dtype=np.float32)
        )
        self._clinic = np.array([k.role == "also-asked" for k in rows.values()], dtype=bool)
        self._clinic_vectors = self._vectors[self._clinic]
        # Whether the clinic attached any question to a passage ("also asked as").
        self.from_clinic = bool(self._clinic.any())
        declined = [k.embedding for k in self.records if k.role == "declined"]
        self.declined_vectors = (
            np.stack(declined).astype(np.float32)
            if declined
            else np.zeros((0, dimension), dtype=np.float32)
        )

    def read(self, raw: np.ndarray) -> tuple[np.ndarray, float]:
        """From one product with the keys: per passage, how near the question is to the best
        key leading to it (0 below `KEY_FLOOR`, rising to 1 for the same question); and how
        much it is like the clinic's answered questions (0 up to `ANSWERED_FLOOR` cosine to the
        nearest, rising to 1 at `ANSWERED_FULL`)."""
        unit = raw / max(float(np.linalg.norm(raw)), 1e-9)
        similarity = _products(self._vectors, unit)
        keyed = np.zeros(self._passages, dtype=np.float32)
        if len(similarity):
            lift = np.maximum(similarity - KEY_FLOOR, 0.0) / (1.0 - KEY_FLOOR)
            np.maximum.at(keyed, self._passage, lift)
        if not self.from_clinic:
            return keyed, 0.0
        return keyed, _likeness(float(similarity[self._clinic].max()))

    def nearest_answered(self, raw: np.ndarray) -> float:
        """Cosine to the nearest question the clinic answered (`NONE_ANSWERED` without any): a
        signal of the not-covered decision. A new writer's questions about what the documents
        say sit at a median of 0.78, questions they do not answer at 0.24-0.48 (README)."""
        if not self.from_clinic:
            return NONE_ANSWERED
        unit = raw / max(float(np.linalg.norm(raw)), 1e-9)
        return float(_products(self._clinic_vectors, unit).max())

    def keep_declined(self, live: np.ndarray) -> None:
        """Keep only these declined questions (a mask over `declined_vectors`)."""
        self.declined_vectors = self.declined_vectors[live]

    def nearest_declined(self, raw: np.ndarray) -> float:
        """Cosine to the nearest question the clinic declined (`NONE_ANSWERED` without any): the
        other side of `nearest_answered`. Another treatment asked in the shape of this one's
        questions ("how long does swelling last after filler") is near both."""
        if not len(self.declined_vectors):
            return NONE_ANSWERED
        unit = raw / max(float(np.linalg.norm(raw)), 1e-9)
        return float(_products(self.declined_vectors, unit).max())

    def answers_as_asked(self, vectors: Iterable[np.ndarray]) -> bool:
        """Whether one of the question's raw vectors (taken one at a time, so a question
        matched by its first is embedded once) is nearly a question the clinic attached, or
        one its documents ask and answer below (a heading "Do you deliver?")."""
        if not len(self._vectors):
            return False
        for raw in vectors:
            unit = raw / max(float(np.linalg.norm(raw)), 1e-9)
            if _products(self._vectors, unit).max() >= CLINIC_KEY:
                return True
        return False


def _likeness(nearest: float) -> float:
    return min(1.0, max(0.0, (nearest - ANSWERED_FLOOR) / (ANSWERED_FULL - ANSWERED_FLOOR)))


def _products(vectors: np.ndarray, unit: np.ndarray) -> np.ndarray:
    """Each row's product with one question's vector: numpy's own loop, not BLAS, which splits
    a product this size over its threads so that questions answered side by side wait on each
    other (as the triage's neighbour vote found)."""
    return np.einsum("ij,j->i", vectors, unit.astype(np.float32, copy=False))


def _keys_of(version: Version) -> list[Record]:
    """The version's keys; none in a version built before keys existed."""
    try:
        return version.all("keys", embeddings=True)
    except IndexNotReady:
        return []
