"""The int8 graph: weights in 8-bit blocks, and vectors that do not depend on the batch."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.index.embedding import Embedder
from assistant.index.quantization import BLOCK, blocks

TEXTS = [
    "Is it normal for my face to feel tight two days later?",
    "sunscreen",
    "",
    "Can I book a session the week before a wedding, or is that cutting it fine?",
    " ".join(["The skin rebuilds its collagen over the following months."] * 30),
]


@pytest.mark.parametrize(
    "matrix",
    [
        pytest.param(np.random.default_rng(1).normal(size=(64, 5)), id="normal"),
        pytest.param(np.zeros((32, 3)), id="all-zero"),
        pytest.param(np.outer(np.arange(96) - 48.0, [1.0, -0.001]), id="wide-range"),
    ],
)
def test_blocks_restore_every_weight_within_half_a_step(matrix: np.ndarray) -> None:
    codes, scales = blocks(matrix.astype(np.float32))
    rows, columns = matrix.shape
    assert codes.shape == (columns, rows // BLOCK, BLOCK) and codes.dtype == np.uint8
    step = scales.reshape(columns, rows // BLOCK, 1)
    restored = ((codes.astype(np.float32) - 128) * step).reshape(columns, rows).T
    assert np.all(
        np.abs(restored - matrix) <= step.reshape(columns, -1).repeat(BLOCK, 1).T / 2 + 1e-6
    )


def test_int8_vector_of_a_text_is_the_same_alone_and_in_any_batch() -> None:
    int8 = Embedder(encoder="int8")
    assert int8.encoder == "int8"
    together = int8.embed(TEXTS)
    in_pairs = int8.embed(TEXTS, batch_size=2)
    alone = np.vstack([int8.embed([text]) for text in TEXTS])
    assert np.array_equal(together, alone) and np.array_equal(in_pairs, alone)
