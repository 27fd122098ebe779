"""The int8 nearest rows: the float product's nearest, from a quarter of the bytes."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answering import retrieval as retrieval_module
from assistant.answering.engine import Engine
from assistant.answering.question import read
from assistant.config import Settings
from assistant.index.embedding import Embedder
from assistant.index.nearest import Int8Nearest


def _clustered(rows: int, dimension: int, rng: np.random.Generator) -> np.ndarray:
    """Unit vectors in tight groups, as sentences on a few topics embed: many rows nearly as near
    a query as each other, where the int8 order and the float order differ most."""
    centres = rng.standard_normal((rows // 50, dimension))
    vectors = centres.repeat(50, axis=0) + 0.35 * rng.standard_normal((rows, dimension))
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def test_int8_nearest_rows_are_the_float_products_nearest() -> None:
    rng = np.random.default_rng(7)
    vectors = _clustered(3000, 384, rng)
    queries = _clustered(100, 384, rng)
    nearest = Int8Nearest(vectors, 48)
    for query in queries:
        exact = np.argpartition(-(vectors @ query), 47)[:48]
        assert sorted(nearest.nearest(query)) == sorted(exact)


def test_int8_nearest_asks_for_no_more_rows_than_there_are() -> None:
    vectors = _clustered(100, 64, np.random.default_rng(3))
    assert sorted(Int8Nearest(vectors, 500).nearest(vectors[0])) == list(range(100))


def test_int8_nearest_refuses_a_dimension_of_partial_blocks() -> None:
    with pytest.raises(ValueError, match="blocks"):
        Int8Nearest(np.ones((10, 40), dtype=np.float32), 5)


def test_ranking_with_int8_candidates_is_the_floats(
    built: Settings, embedder: Embedder, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A corpus past `INT8_CANDIDATES_FROM` ranks every sentence as the float product would."""
    float_ = engine.retriever()
    monkeypatch.setattr(retrieval_module, "INT8_CANDIDATES_FROM", 0)
    int8 = Engine(built, embedder=embedder).retriever()
    assert int8._int8 is not None and float_._int8 is None
    asked_int8 = []
    nearest = int8._int8.nearest
    monkeypatch.setattr(int8._int8, "nearest", lambda q: asked_int8.append(q) or nearest(q))
    for asked in (
        "will my cheeks stay pink for long",
        "how many visits until my skin shows any change",
        "would concealer be fine that same night",
        "price",
    ):
        ranked = [(s.record.id, s.score) for s in int8.rank(read(asked, int8.vocabulary))]
        assert ranked == [
            (s.record.id, s.score) for s in float_.rank(read(asked, float_.vocabulary))
        ]
    assert len(asked_int8) == 4  # the candidates came from the int8 product, once a question
