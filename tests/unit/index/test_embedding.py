"""The ONNX backend against torch's reference, and the fallback when they disagree."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.index.embedding import (
    TOLERANCE,
    Embedder,
    OnnxMismatch,
    _mean_pooled_length,
    _model_key,
    bundled_model_dir,
    onnx_cache_dir,
)

TEXTS = [
    "How long does redness last after microneedling?",
    "  can i wear make-up the next day?? ",
    "",
    "Naïve café — 24–48 hours",
    " ".join(["Collagen induction therapy stimulates the skin's own repair."] * 40),
]


@pytest.fixture(scope="module")
def torch_embedder() -> Embedder:
    return Embedder(backend="torch", encoder="float")


@pytest.fixture(scope="module")
def float_embedder() -> Embedder:
    return Embedder(encoder="float")


def test_embedder_onnx_is_the_default_and_matches_torch(
    float_embedder: Embedder, torch_embedder: Embedder
) -> None:
    assert float_embedder.backend == "onnx" and torch_embedder.backend == "torch"
    onnx, torch = float_embedder.embed(TEXTS), torch_embedder.embed(TEXTS)
    assert onnx.shape == torch.shape == (len(TEXTS), 384) and onnx.dtype == np.float32
    assert float(np.abs(onnx - torch).max()) < TOLERANCE
    assert np.allclose(np.linalg.norm(onnx, axis=1), 1.0, atol=1e-5)


def test_embedder_onnx_batches_give_the_rows_of_single_texts(embedder: Embedder) -> None:
    together = embedder.embed(TEXTS, batch_size=2)
    alone = np.vstack([embedder.embed([t]) for t in TEXTS])
    assert float(np.abs(together - alone).max()) < 1e-5


def test_embedder_falls_back_to_torch_when_onnx_disagrees(
    float_embedder: Embedder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = bundled_model_dir()
    cached = onnx_cache_dir() / _model_key(folder)  # exported by the float embedder
    copy = tmp_path / cached.name
    copy.mkdir()
    (copy / "model.onnx").symlink_to(cached / "model.onnx")
    np.save(copy / "probes.npy", np.load(cached / "probes.npy") + 10 * TOLERANCE)
    with caplog.at_level(logging.WARNING, logger="assistant.index.embedding"):
        fallen = Embedder(cache_dir=tmp_path, encoder="float")
    assert fallen.backend == "torch"
    assert "ONNX backend not used" in caplog.text and "differ by up to" in caplog.text
    assert fallen.encoder == "float"  # torch has no int8 graph
    assert (
        float(np.abs(fallen.embed(TEXTS[:1]) - float_embedder.embed(TEXTS[:1])).max()) < TOLERANCE
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"pooling_mode_cls_token": True}, "unsupported pooling", id="cls-pooling"),
        pytest.param({"pooling_mode_mean_tokens": False}, "unsupported pooling", id="no-mean"),
    ],
)
def test_onnx_refuses_a_pipeline_it_does_not_reproduce(
    tmp_path: Path, change: dict[str, bool], message: str
) -> None:
    folder = tmp_path / "model"
    shutil.copytree(bundled_model_dir(), folder, ignore=shutil.ignore_patterns("*.safetensors"))
    config = folder / "1_Pooling" / "config.json"
    config.write_text(json.dumps({**json.loads(config.read_text()), **change}))
    with pytest.raises(OnnxMismatch, match=message):
        _mean_pooled_length(folder)


def test_embedder_refuses_an_unknown_backend() -> None:
    with pytest.raises(ValueError, match="backend must be one of"):
        Embedder(backend="tensorflow")


def test_embedder_int8_points_where_float_does(float_embedder: Embedder) -> None:
    int8 = Embedder(encoder="int8")
    assert int8.backend == "onnx" and int8.encoder == "int8"
    cosine = (int8.embed(TEXTS) * float_embedder.embed(TEXTS)).sum(axis=1)
    assert float(cosine.min()) > 0.95 and float(cosine.max()) < 1.0 - 1e-6  # close, not the same


def test_embedder_refuses_an_unknown_encoder() -> None:
    with pytest.raises(ValueError, match="encoder must be one of"):
        Embedder(encoder="int4")


@pytest.mark.parametrize(
    ("lengths", "batch_size"),
    [
        pytest.param([256] * 40, 128, id="long"),
        pytest.param([30] * 300, 128, id="short"),
        pytest.param([256, 200, 120, 60, 30, 12, 3, 2, 2, 1], 4, id="mixed"),
        pytest.param([9000, 5], 8, id="over-budget"),
    ],
)
def test_buckets_cover_every_text_within_the_limits(lengths: list[int], batch_size: int) -> None:
    from assistant.index.embedding import TOKENS_PER_BATCH, _buckets

    ordered = np.array(sorted(lengths, reverse=True))
    spans = list(_buckets(ordered, batch_size))
    assert [i for start, stop in spans for i in range(start, stop)] == list(range(len(lengths)))
    for start, stop in spans:
        assert stop - start <= batch_size
        assert stop - start == 1 or (stop - start) * ordered[start] <= TOKENS_PER_BATCH
        assert all(2 * length > ordered[start] for length in ordered[start + 1 : stop])


def test_buckets_keep_short_texts_out_of_a_long_texts_batch() -> None:
    from assistant.index.embedding import _buckets

    # A question of 17 tokens with three of its words (3 to 5 tokens): two calls, not one.
    assert list(_buckets(np.array([17, 5, 4, 3]), 128)) == [(0, 1), (1, 4)]
