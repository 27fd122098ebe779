"""The store over a real embedded Chroma: versions, records, the pointer, nearest neighbours."""

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


def test_store_records_round_trip_with_typed_metadata(store: Store) -> None:
    version = store.create("v1", {"documents": {}})
    version.write("passages", [_record(1, [1, 0, 0]), _record(2, [0, 1, 0])])
    store.publish("v1", {"documents": {}})
    read = {r.id: r for r in store.open(store.current() or "").all("passages", embeddings=True)}
    assert set(read) == {"id-1", "id-2"}
    assert read["id-2"].start == 20 and read["id-2"].end == 29
    assert read["id-2"].source == "corpus/a.md" and read["id-2"].heading == "H"
    assert read["id-2"].passage_id == "id-2"  # a passage is its own passage
    np.testing.assert_allclose(read["id-1"].embedding, [1, 0, 0])


def test_store_nearest_ids_orders_by_cosine(store: Store) -> None:
    version = store.create("v1", {})
    version.write(
        "sentences", [_record(1, [1, 0, 0]), _record(2, [0.7, 0.7, 0]), _record(3, [0, 0, 1])]
    )
    nearest = version.nearest_ids("sentences", np.asarray([1, 0.1, 0], dtype=np.float32), k=2)
    assert [i for i, _ in nearest] == ["id-1", "id-2"]


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
