"""The vocabulary bridge: a patient's word the documents never use reaches the documents' nearest
words, computed from the corpus when an index version is loaded.

"Will it hurt loads?" finds no document saying "hurt"; the model places "hurt" near "pain" and
"discomfort", which they do say. Each of the corpus's words is embedded once; an unknown word is
embedded when first asked about and remembered. Only neighbours above a measured similarity floor
cross the bridge: below it the model says "a word of the same kind" ("botox" near "fillers"), not
"the same thing".
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from assistant.answering.vectors import unit

# Cosine similarity a corpus word needs to stand in for a patient's word (measured on the tuning
# sets: see docs/evaluation.md; lower floors bring words of the same field, not of the same
# meaning).
BRIDGE_FLOOR = 0.6
BRIDGE_WORDS = 3
# Only the corpus words about as near as the nearest: "hurt" is "discomfort" (0.66), and
# "wound" (0.62) is a different thing that happens to be near too.
BRIDGE_MARGIN = 0.03
REMEMBERED = 50_000
# Vectors kept of words met (384 floats each: 15 MB at most).
VECTORS_REMEMBERED = 10_000


class Bridge:
    """The corpus's words with their vectors, and the nearest of them for any word."""

    def __init__(
        self,
        words: Iterable[str],
        embed: Callable[[list[str]], np.ndarray],
        *,
        floor: float | None = None,
    ) -> None:
        self.words = sorted(set(words))
        self._embed = embed
        self.floor = BRIDGE_FLOOR if floor is None else floor
        vectors = embed(self.words) if self.words else np.zeros((0, 1), dtype=np.float32)
        self._vectors = unit(np.asarray(vectors, dtype=np.float32))
        self._row = {w: i for i, w in enumerate(self.words)}
        self._near: dict[str, tuple[str, ...]] = {}
        # The vectors of words met, for `vector` (the subject's kin, subject.py).
        self._met: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def prepare(self, words: Iterable[str], *, also: Sequence[str] = ()) -> None:
        """Work out, in one model call, the words not met yet (a question's unknown words).

        `also`: texts to embed in the same call when there is one (the question itself: the
        embedding function remembers its vector, so the question costs no second call).
        """
        with self._lock:
            missing = list(dict.fromkeys(w for w in words if w not in self._near))
        if not missing or not self.words:
            return
        vectors = unit(np.asarray(self._embed([*missing, *also]), dtype=np.float32))
        for word, vector in zip(missing, vectors, strict=False):
            self._remember(word, vector)

    def similarity(self, word: str, other: str) -> float:
        """The model's cosine similarity of two words."""
        first, second = unit(np.asarray(self._embed([word, other]), dtype=np.float32))
        return float(first @ second)

    def near(self, word: str) -> tuple[str, ...]:
        """The corpus words (at most BRIDGE_WORDS, best first) that stand in for the word."""
        with self._lock:
            known = self._near.get(word)
        if known is not None:
            return known
        if not self.words:
            return ()
        return self._remember(word, unit(np.asarray(self._embed([word]), dtype=np.float32))[0])

    def vector(self, word: str) -> np.ndarray:
        """The word's unit vector: a corpus word's from the table, another's as met (embedded
        now when it was not prepared)."""
        row = self._row.get(word)
        if row is not None:
            return self._vectors[row]
        with self._lock:
            met = self._met.get(word)
        if met is None:
            self.near(word)
            with self._lock:
                met = self._met.get(word)
        if met is None:  # not remembered (the memory is full): embed it again
            met = unit(np.asarray(self._embed([word]), dtype=np.float32))[0]
        return met

    def _remember(self, word: str, vector: np.ndarray) -> tuple[str, ...]:
        similarity = self._vectors @ vector
        best = np.argsort(-similarity)[:BRIDGE_WORDS]
        floor = max(self.floor, float(similarity[best[0]]) - BRIDGE_MARGIN)
        found = tuple(
            self.words[i] for i in best if similarity[i] >= floor and self.words[i] != word
        )
        with self._lock:
            if len(self._near) < REMEMBERED:
                self._near[word] = found
            if len(self._met) < VECTORS_REMEMBERED:
                self._met[word] = vector
        return found
