"""The store over a real embedded Chroma: versions, their manifests, the pointer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.errors import IndexNotReady
from assistant.index.records import Meta, Record
from assistant.index.store import Store


def _record(n: int, vector: list[float]) -> Record:
    meta = Meta(source="corpus/a.md", title="A", heading="H", start=10 * n, end=10 * n + 9)
    return Record(f"id-{n}", f"text {n}", np.asarray(vector, dtype=np.float32), meta)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "index")


def test_store_current_none_before_any_publish(store: Store) -> None:
    assert store.current() is None


def test_store_publish_switches_pointer_and_keeps_previous(store: Store) -> None:
    for name in ("v1", "v2"):
        store.create(name, {"name": name}).write("passages", [_record(1, [1, 0, 0])])
        store.publish(name, {"name": name})
    assert store.current() == "v2"
    assert store.pointer()["previous"] == "v1"
    assert store.manifest("v2") == {"name": "v2"}


def test_store_open_unknown_version_refuses(store: Store) -> None:
    with pytest.raises(IndexNotReady):
        store.open("v-missing").all("passages")
