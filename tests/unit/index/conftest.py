"""What the store and Chroma adapter tests share: a store in a temporary folder, records, and
whether Chroma holds a version."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.index.records import Meta, Record
from assistant.index.store import Store


def record(n: int, vector: list[float]) -> Record:
    """The n-th record of a document, with the vector given."""
    meta = Meta(source="corpus/a.md", title="A", heading="H", start=10 * n, end=10 * n + 9)
    return Record(f"id-{n}", f"text {n}", np.asarray(vector, dtype=np.float32), meta)


def held(store: Store, version: str) -> bool:
    """Whether this process holds Chroma's system (its loaded collections) for the version."""
    from chromadb.api.shared_system_client import SharedSystemClient

    folder = store.index_dir / "versions" / version / "chroma"
    return str(folder) in SharedSystemClient._identifier_to_system


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "index")
