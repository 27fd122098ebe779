"""Question vectors: the model's own vectors, remembered, looked up or embedded in one call."""

from __future__ import annotations

import numpy as np

from assistant.answering.vectors import QueryVectors
from assistant.index.embedding import Embedder


def test_query_vectors_embed_query_remembers_a_question(embedder: Embedder) -> None:
    vectors = QueryVectors(embedder)
    first = vectors.embed_query("can i go running the day after")
    assert vectors.embed_query("can i go running the day after") is first
    assert np.allclose(first, embedder.embed(["can i go running the day after"])[0], atol=1e-6)


def test_query_vectors_embed_texts_with_or_without_the_word_table(embedder: Embedder) -> None:
    texts = ["parking", "a whole question about parking", "zzqx"]
    looked_up = QueryVectors(embedder)
    embedded = QueryVectors(embedder)
    embedded.words = None  # every text embedded
    assert np.array_equal(looked_up.embed_texts(texts), embedder.embed(texts))
    assert np.array_equal(embedded.embed_texts(texts), embedder.embed(texts))
    # Each vector is remembered as a question's vector too.
    assert np.array_equal(embedded.embed_query("zzqx"), embedder.embed(["zzqx"])[0])
