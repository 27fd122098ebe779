"""The common-word table: built once, looked up, and the same vectors the model gives."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.index import words
from assistant.index.embedding import Embedder
from assistant.index.words import WordVectors, build_words, load_words


class Counting:
    """A fake model whose vector of a text depends on the text alone (or on the batch)."""

    def __init__(self, *, by_batch: bool = False) -> None:
        self.by_batch = by_batch
        self.texts = 0

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        self.texts += len(texts)
        extra = float(len(texts)) if self.by_batch else 0.0
        return np.array([[len(t), sum(map(ord, t)) % 101, extra] for t in texts], np.float32)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(words, "cache_dir", lambda: tmp_path)
    monkeypatch.setattr(words, "WORDS", 300)
    return tmp_path


def test_words_built_once_then_loaded(cache: Path) -> None:
    model = Counting()
    build_words("model-a", model)
    built = model.texts
    build_words("model-a", model)
    table = load_words("model-a")
    assert built > 250 and model.texts == built  # the second ingest embeds nothing
    assert table is not None and len(table) > 250
    vector = table.get("the")
    assert vector is not None and np.array_equal(vector, model(["the"])[0])
    assert table.get("a word no list has") is None


@pytest.mark.parametrize(
    ("identity", "model"),
    [
        pytest.param(None, Counting(), id="torch-backend"),
        pytest.param("model-b", Counting(by_batch=True), id="batch-dependent"),
    ],
)
def test_words_no_table_when_lookups_could_change_vectors(
    cache: Path, identity: str | None, model: Counting
) -> None:
    build_words(identity, model)
    assert load_words(identity) is None


def test_words_damaged_file_is_ignored(cache: Path) -> None:
    (cache / "model-c.npz").write_bytes(b"not a table")
    assert load_words("model-c") is None


def test_word_vectors_refuse_a_count_mismatch() -> None:
    with pytest.raises(ValueError, match="one vector per word"):
        WordVectors(["a", "b"], np.zeros((1, 3)))


def test_words_real_model_vectors_equal_embedding_alone(embedder: Embedder) -> None:
    table = load_words(embedder.identity)
    if table is None:
        pytest.skip("no word table built for this model yet (the first ingest builds it)")
    for word in ("parking", "tummy", "yesterday"):
        vector = table.get(word)
        assert vector is not None and np.array_equal(vector, embedder.embed([word])[0])
