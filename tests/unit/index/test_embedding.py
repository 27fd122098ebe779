"""The ONNX backend against torch's reference, and the fallback when they disagree."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.index.embedding import MODEL_NAME, Embedder, bundled_model_dir
from assistant.index.onnx_model import TOLERANCE, _model_key, onnx_cache_dir

TEXTS = [
    "How many days does the redness last after microneedling?",
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
    cached = onnx_cache_dir() / _model_key(folder, MODEL_NAME)  # exported by the float embedder
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


def test_the_tests_remembering_embedder_gives_the_models_vectors(embedder: Embedder) -> None:
    # The session's embedder (tests/conftest.py) remembers vectors across tests: each must be
    # the one the model gives, in any batch and in any order.
    first = embedder.embed([TEXTS[0], TEXTS[1]])
    again = embedder.embed([TEXTS[1], TEXTS[3], TEXTS[0]])
    model = Embedder().embed([TEXTS[1], TEXTS[3], TEXTS[0]])
    np.testing.assert_array_equal(again, model)
    np.testing.assert_array_equal(first[[1, 0]], again[[0, 2]])
    assert embedder.embed([]).shape == (0, model.shape[1])


def _crowding_seen(embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records whether each model call of the embedder ran crowded (the real call still runs)."""
    onnx = embedder._onnx
    assert onnx is not None
    seen: list[bool] = []
    real = onnx.embed

    def recorded(texts: list[str], **options: Any) -> np.ndarray:
        seen.append(options["crowded"])
        return real(texts, **options)

    monkeypatch.setattr(onnx, "embed", recorded)
    return seen


def test_embedder_runs_crowded_only_while_a_question_is_answered_on_another_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    embedder = Embedder()
    seen = _crowding_seen(embedder, monkeypatch)
    started, finish = threading.Event(), threading.Event()

    def another_patient() -> None:
        with embedder.answering():
            started.set()
            finish.wait(timeout=30)

    with embedder.answering():
        embedder.embed(["a lone question"])
    beside = threading.Thread(target=another_patient)
    beside.start()
    started.wait(timeout=30)
    with embedder.answering():
        embedder.embed(["one answered beside it"])
    embedder.embed(["the gap queue's, beside it"])
    finish.set()
    beside.join()
    with pytest.raises(RuntimeError), embedder.answering():
        raise RuntimeError("a failed reply leaves the count as it was")
    embedder.embed(["no question at all (ingest)"])
    assert seen == [False, True, True, False]


def test_onnx_crowded_session_sleeps_and_gives_the_same_vectors(embedder: Embedder) -> None:
    onnx = embedder._onnx
    assert onnx is not None
    spinning = "session.intra_op.allow_spinning"
    assert onnx._session.get_session_options().get_session_config_entry(spinning) == "1"
    assert onnx._crowded_session.get_session_options().get_session_config_entry(spinning) == "0"
    assert np.array_equal(onnx.embed(TEXTS, crowded=True), onnx.embed(TEXTS))
