"""The ONNX Runtime session's own parts: the pipelines it refuses, its batches by length."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.index.embedding import bundled_model_dir
from assistant.index.onnx_model import TOKENS_PER_BATCH, OnnxMismatch, _buckets, _mean_pooled_length


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"pooling_mode_cls_token": True}, "unsupported pooling", id="cls-pooling"),
        pytest.param({"pooling_mode_mean_tokens": False}, "unsupported pooling", id="no-mean"),
    ],
)
def test_onnx_model_refuses_a_pipeline_it_does_not_reproduce(
    tmp_path: Path, change: dict[str, bool], message: str
) -> None:
    folder = tmp_path / "model"
    shutil.copytree(bundled_model_dir(), folder, ignore=shutil.ignore_patterns("*.safetensors"))
    config = folder / "1_Pooling" / "config.json"
    config.write_text(json.dumps({**json.loads(config.read_text()), **change}))
    with pytest.raises(OnnxMismatch, match=message):
        _mean_pooled_length(folder)


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
    ordered = np.array(sorted(lengths, reverse=True))
    spans = list(_buckets(ordered, batch_size))
    assert [i for start, stop in spans for i in range(start, stop)] == list(range(len(lengths)))
    for start, stop in spans:
        assert stop - start <= batch_size
        assert stop - start == 1 or (stop - start) * ordered[start] <= TOKENS_PER_BATCH
        assert all(2 * length > ordered[start] for length in ordered[start + 1 : stop])


def test_buckets_keep_short_texts_out_of_a_long_texts_batch() -> None:
    # A question of 17 tokens with three of its words (3 to 5 tokens): two calls, not one.
    assert list(_buckets(np.array([17, 5, 4, 3]), 128)) == [(0, 1), (1, 4)]
