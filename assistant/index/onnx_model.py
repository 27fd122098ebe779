"""The transformer as an ONNX Runtime session with the model's own fast tokenizer; the only
tokenizers user (ONNX Runtime's other is `nearest.py`, a product over a corpus's vectors).

The graph is exported once per model (by content hash) into a cache folder, in a child process
(embedding.py's export: torch stays out of a serving process), and every load checks this
session's vectors of a few probe texts against torch's, stored with the export. Tokenizing,
batching by length, mean pooling and normalizing are done here, as sentence-transformers does them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from assistant.index.quantization import NAME as INT8_NAME

log = logging.getLogger(__name__)

# Each encoder's graph in the cache folder: the export as is, or its int8 form (quantization.py).
GRAPHS = {"float": "model.onnx", "int8": f"model.{INT8_NAME}.onnx"}
# An int8 vector is not torch's within TOLERANCE; each probe's must still point the same way
# (measured: 0.998 and above).
INT8_MIN_COSINE = 0.995
# Largest difference allowed between an ONNX and a torch component of the same unit vector;
# float32 noise is about 1e-6, and a real mismatch (tokenizer, pooling) is above 1e-2.
TOLERANCE = 1e-4
# Bump to export every cached graph again (a change of the export itself).
EXPORT_FORMAT = "1"
# A batch of ONNX Runtime holds at most this many padded tokens (16 passages of 256 tokens:
# more makes tensors of tens of MB per layer and is no faster) and at most ONNX_BATCH texts.
TOKENS_PER_BATCH = 4096
ONNX_BATCH = 128
PROBES = (
    "For what period does it stay after the visit?",
    "  may i put on concealer on day two?? ",
    "Appointment",
    "",
    "Naïve café façade — déjà vu, 24–48 hours",
    " ".join(["A long sentence repeated until the model must cut it short."] * 40),  # > 256 tokens
)


def onnx_cache_dir() -> Path:
    """Where exported graphs are kept, one folder per model (by content hash)."""
    return Path.home() / ".cache" / "clinic-assistant" / "onnx"


class OnnxMismatch(Exception):
    """The ONNX graph's vectors differ from torch's beyond the tolerance."""


class OnnxModel:
    """The transformer as an ONNX Runtime session; tokenizing, mean pooling and normalizing here."""

    def __init__(
        self,
        session: Any,
        tokenizer: Any,
        dimension: int,
        pad: int,
        key: str = "",
        *,
        crowded_session: Any = None,
    ) -> None:
        self.key = key  # the model's content hash (its cache folder's name)
        self._session = session
        # The same graph whose threads sleep between a run's parallel parts: for a run made while
        # other questions are answered beside it (`crowded`), whose Python wants the core that
        # spinning would take. Same threads, same kernels: the same vectors to the bit.
        self._crowded_session = crowded_session if crowded_session is not None else session
        self._pad = pad  # batches are padded here, each to its own longest text
        self._tokenizer = tokenizer
        self._inputs = {i.name for i in session.get_inputs()}
        self.dimension = dimension

    @classmethod
    def load(cls, folder: Path, cache: Path, encoder: str = "float", *, name: str) -> OnnxModel:
        """The cached graph of the model called name (exported first if missing), checked
        against torch."""
        import onnxruntime
        from tokenizers import Tokenizer

        max_length = _mean_pooled_length(folder)
        target = cache / _model_key(folder, name)
        if not (target / "model.onnx").is_file():
            _export_once(folder, target, name)
        if not (target / GRAPHS[encoder]).is_file():
            from assistant.index.quantization import quantize_once

            quantize_once(target / GRAPHS["float"], target / GRAPHS[encoder])
        reference = np.load(target / "probes.npy")

        def session(*, spinning: bool) -> Any:
            options = onnxruntime.SessionOptions()
            options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
            # A lone question's run: the intra-op thread spins between the run's parallel parts
            # (sleeping there, a reply took 1.4 ms more in process) and stops spinning when the
            # run ends: spinning on after it burnt the other core while the request's Python
            # ran, 16-18 ms of CPU per new question with one client against 11.4-11.6
            # (fifty-ninth round). A crowded run sleeps there too: with 8 clients asking new
            # questions, 137-147 req/s spinning against 156 sleeping, while one client's p50
            # went 8.5-9.9 -> 9.9-10.4 ms sleeping (sixtieth round, docs/benchmark.md).
            options.add_session_config_entry("session.intra_op.allow_spinning", str(int(spinning)))
            options.add_session_config_entry("session.force_spinning_stop", "1")
            options.inter_op_num_threads = 1
            return onnxruntime.InferenceSession(
                str(target / GRAPHS[encoder]), options, providers=["CPUExecutionProvider"]
            )

        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=max_length)
        tokenizer.no_padding()  # the file may ask for padding; batches are padded in _batch
        pad = tokenizer.token_to_id("[PAD]")
        model = cls(
            session(spinning=True),
            tokenizer,
            int(reference.shape[1]),
            0 if pad is None else pad,
            target.name,
            crowded_session=session(spinning=False),
        )
        probes = model.embed(list(PROBES))
        if not np.array_equal(probes, model.embed(list(PROBES), crowded=True)):
            raise OnnxMismatch("the crowded session's vectors differ from the lone one's")
        if encoder == "int8":
            cosine = float((probes * reference).sum(axis=1).min())
            if cosine < INT8_MIN_COSINE:
                raise OnnxMismatch(f"int8 vectors point away from torch's (cosine {cosine:.3f})")
            log.info("int8 embeddings within cosine %.4f of torch's", cosine)
            return model
        difference = float(np.abs(probes - reference).max())
        if difference > TOLERANCE:
            raise OnnxMismatch(f"ONNX and torch vectors differ by up to {difference:.1e}")
        log.info(
            "ONNX embeddings match torch's within %.1e (tolerance %.0e)", difference, TOLERANCE
        )
        return model

    def embed(
        self,
        texts: list[str],
        *,
        batch_size: int = 64,
        progress: bool = False,
        crowded: bool = False,
    ) -> np.ndarray:
        """Unit vectors; texts are tokenized once, sorted by length and run in length buckets.

        A batch holds at most batch_size texts and TOKENS_PER_BATCH padded tokens: questions
        and sentences go many to a call (the fixed cost of a call is most of theirs), long
        passages few (their tensors grow with the square of the length in attention).
        `crowded`: other questions are being answered beside this call (the sleeping session).
        """
        session = self._crowded_session if crowded else self._session
        # Like sentence-transformers: stripped texts.
        encoded = self._tokenizer.encode_batch([t.strip() for t in texts], add_special_tokens=True)
        lengths = np.array([len(e.ids) for e in encoded])
        order = np.argsort(-lengths, kind="stable")
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        batches = list(_buckets(lengths[order], batch_size))
        steps: Iterator[tuple[int, int]] = iter(batches)
        if progress:
            from tqdm import tqdm

            steps = iter(tqdm(batches, desc="embedding", unit="batch"))
        for start, stop in steps:
            rows = order[start:stop]
            out[rows] = self._batch(session, [encoded[i] for i in rows])
        return out

    def _batch(self, session: Any, encoded: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in encoded)
        ids = np.full((len(encoded), width), self._pad, dtype=np.int64)
        mask = np.zeros((len(encoded), width), dtype=np.int64)
        types = np.zeros((len(encoded), width), dtype=np.int64)
        for row, e in enumerate(encoded):
            n = len(e.ids)
            ids[row, :n] = e.ids
            mask[row, :n] = 1
            types[row, :n] = e.type_ids
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = types
        hidden = session.run(None, feed)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)


def _buckets(lengths: np.ndarray, batch_size: int) -> Iterator[tuple[int, int]]:
    """(start, stop) of consecutive batches over lengths sorted longest first.

    A text at most half as long as the batch's longest starts the next batch: padded, it would
    cost twice its own length or more, and a model call costs less than that (a question's
    unknown words, embedded with it, are not padded to the question's length).
    """
    start = 0
    while start < len(lengths):
        width = max(int(lengths[start]), 1)  # the longest of the batch sets its padding
        size = max(1, min(batch_size, TOKENS_PER_BATCH // width))
        stop = min(start + size, len(lengths))
        short = np.flatnonzero(lengths[start + 1 : stop] * 2 <= width)
        if short.size:
            stop = start + 1 + int(short[0])
        yield start, stop
        start = stop


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


def _model_key(folder: Path, name: str) -> str:
    """A hash of every file of the model folder, of the export format and of the probes (torch's
    vectors of them are stored with the export: new probes need new reference vectors)."""
    digest = hashlib.sha256(f"export-{EXPORT_FORMAT}\0{PROBES!r}".encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        with path.open("rb") as handle:
            digest.update(hashlib.file_digest(handle, "sha256").digest())
    return f"{name}-{digest.hexdigest()[:16]}"


def _export_once(folder: Path, target: Path, name: str) -> None:
    """Export in a child process (torch stays out of this one), one process at a time."""
    import fcntl

    target.parent.mkdir(parents=True, exist_ok=True)
    with (target.parent / f"{target.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another worker may be exporting the same model
        if (target / "model.onnx").is_file():
            return
        log.warning("exporting %s to ONNX in %s (once)", name, target)
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
