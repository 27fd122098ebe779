"""One version's collections over a real embedded Chroma: records, nearest neighbours, failures."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.errors import IndexNotReady, StoreUnavailable
from assistant.index.chroma import store_error
from assistant.index.store import Store
from tests.unit.index.conftest import record


def test_version_records_round_trip_with_typed_metadata(store: Store) -> None:
    version = store.create("v1", {"documents": {}})
    version.write("passages", [record(1, [1, 0, 0]), record(2, [0, 1, 0])])
    store.publish("v1", {"documents": {}})
    read = {r.id: r for r in store.open(store.current() or "").all("passages", embeddings=True)}
    assert set(read) == {"id-1", "id-2"}
    assert read["id-2"].start == 20 and read["id-2"].end == 29
    assert read["id-2"].source == "corpus/a.md" and read["id-2"].heading == "H"
    assert read["id-2"].passage_id == "id-2"  # a passage is its own passage
    np.testing.assert_allclose(read["id-1"].embedding, [1, 0, 0])


def test_version_nearest_ids_orders_by_cosine(store: Store) -> None:
    version = store.create("v1", {})
    version.write(
        "sentences", [record(1, [1, 0, 0]), record(2, [0.7, 0.7, 0]), record(3, [0, 0, 1])]
    )
    nearest = version.nearest_ids("sentences", np.asarray([1, 0.1, 0], dtype=np.float32), k=2)
    assert [i for i, _ in nearest] == ["id-1", "id-2"]


class NotFoundError(Exception):
    """Stands for chromadb's error of a missing collection."""


@pytest.mark.parametrize(
    ("error", "embedded", "expected"),
    [
        pytest.param(
            ValueError("Collection v1-keys does not exist"), False, IndexNotReady, id="missing"
        ),
        pytest.param(NotFoundError("gone"), False, IndexNotReady, id="not-found-type"),
        pytest.param(OSError("disk I/O error"), True, IndexNotReady, id="embedded-damaged"),
        pytest.param(ConnectionError("refused"), False, StoreUnavailable, id="server-down"),
    ],
)
def test_store_error_names_what_the_operator_does(
    error: Exception, embedded: bool, expected: type[Exception]
) -> None:
    mapped = store_error(error, "query", embedded=embedded)
    assert type(mapped) is expected
    assert ("run the ingest" in str(mapped)) == (expected is IndexNotReady)
