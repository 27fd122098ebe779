"""Common English words with their vectors: looked up instead of embedded on a question's path.

A patient's word the documents never use is embedded to find the documents' nearest words (the
vocabulary bridge); most such words are ordinary English ("tummy", "parking"), and each cost the
question that brought it a model call. The WORDS most frequent English words (wordfreq's list)
are embedded once per model and encoder, at the first ingest, and kept per user (like the
exported graph); the engine looks a text up here before it embeds it. A word's vector here is
the one the model gives it alone, and both encoders give a text that same vector, bit for bit,
in any batch: the look-up changes no answer (checked on a sample when the table is built).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

# Down to words a few times in ten million (Zipf ~2.8: "jawline", "oozing"); 61 MB of vectors.
WORDS = 40_000
# Texts the question reading hands to the model are words like these.
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
SAMPLE = 64


def cache_dir() -> Path:
    return Path.home() / ".cache" / "clinic-assistant" / "words"


class WordVectors:
    """Words and their unit vectors; `get` is a dictionary look-up."""

    def __init__(self, words: Sequence[str], vectors: np.ndarray) -> None:
        if len(words) != len(vectors):
            raise ValueError("one vector per word")
        self._row = {word: row for row, word in enumerate(words)}
        self._vectors = vectors

    def __len__(self) -> int:
        return len(self._row)

    def get(self, text: str) -> np.ndarray | None:
        row = self._row.get(text)
        return None if row is None else self._vectors[row]


_loaded: dict[Path, WordVectors] = {}
_lock = threading.Lock()


def load_words(identity: str | None) -> WordVectors | None:
    """The table of this model and encoder (Embedder.identity), or None if none was built; read
    once per process (every engine of a process shares it)."""
    if identity is None:
        return None
    path = cache_dir() / f"{identity}.npz"
    with _lock:
        if path in _loaded:
            return _loaded[path]
        if not path.is_file():
            return None
        try:
            with np.load(path) as data:
                table = WordVectors([str(w) for w in data["words"]], data["vectors"])
        except (OSError, ValueError, KeyError) as error:  # a damaged file: embed as before
            log.warning("word vectors in %s not used: %s", path, error)
            return None
        _loaded[path] = table
        return table


def build_words(identity: str | None, embed: Callable[[list[str]], np.ndarray]) -> None:
    """Embed the common words and keep them for this model and encoder, once per user."""
    if identity is None:
        return
    path = cache_dir() / f"{identity}.npz"
    if path.is_file():
        return
    from wordfreq import top_n_list

    words = [w for w in top_n_list("en", WORDS) if _WORD.fullmatch(w)]
    log.warning("embedding %d common English words once, into %s", len(words), path)
    vectors = np.asarray(embed(words), dtype=np.float32)
    sample = np.linspace(0, len(words) - 1, SAMPLE).astype(int)
    alone = np.vstack([embed([words[i]]) for i in sample])
    if not np.array_equal(alone, vectors[sample]):
        # An encoder whose vectors depend on the batch: a look-up would change answers.
        log.warning("word vectors differ alone and in a batch; no table kept")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.stem}.{os.getpid()}.npz")
    try:
        np.savez(partial, words=np.array(words), vectors=vectors)
        os.replace(partial, path)  # a reader sees the whole table or none
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
