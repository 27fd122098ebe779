"""Question vectors from the cheapest place that has them: a question asked before is
remembered, a common English word is looked up (the table built at ingest, see index/words.py),
and new questions asked at the same time are embedded together in one model call.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from assistant.index.batching import QueryBatcher
from assistant.index.embedding import Embedder
from assistant.index.words import load_words

QUERY_CACHE = 4096


class QueryVectors:
    """The model's vectors of questions and words; thread-safe."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        # Concurrent new questions are embedded together, in one model call.
        self._batcher = QueryBatcher(embedder.embed)
        # Common English words' vectors, looked up instead of embedded (built at ingest).
        self.words = load_words(embedder.identity)

    def embed_query(self, text: str) -> np.ndarray:
        """The vector of one question (or word)."""
        # Patients ask the same things again and again: reuse the vector of a known question.
        with self._lock:
            cached = self._queries.get(text)
            if cached is not None:
                self._queries.move_to_end(text)
                return cached
        known = self.words.get(text) if self.words is not None else None
        if known is not None:
            return known
        vector = self._batcher.embed(text)
        self._remember([text], [vector])
        return vector

    def embed_texts(self, texts: list[str]) -> np.ndarray:
        """Texts in one model call (the vocabulary bridge's words, with the question's own text
        when it asks), each vector remembered as a query vector too; common words are looked
        up, not embedded (the same vectors: see index/words.py)."""
        words = self.words
        known = [words.get(t) if words is not None else None for t in texts]
        rest = [t for t, vector in zip(texts, known, strict=True) if vector is None]
        if len(rest) == len(texts):
            vectors = self.embedder.embed(texts)
            self._remember(texts, list(vectors))
            return vectors
        fresh = self.embedder.embed(rest) if rest else np.zeros((0, self.embedder.dimension))
        self._remember(rest, list(fresh))
        rows = iter(fresh)
        return np.stack([v if v is not None else next(rows) for v in known]).astype(np.float32)

    def _remember(self, texts: list[str], vectors: list[np.ndarray]) -> None:
        with self._lock:
            for text, vector in zip(texts, vectors, strict=True):
                self._queries[text] = vector
                self._queries.move_to_end(text)
            while len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)


def unit(vectors: np.ndarray) -> np.ndarray:
    """Each row (or the one vector) scaled to unit length; a zero row stays zero."""
    return vectors / np.maximum(np.linalg.norm(vectors, axis=-1, keepdims=True), 1e-9)
