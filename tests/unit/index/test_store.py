"""The store over a real embedded Chroma: versions, their manifests, the pointer."""

from __future__ import annotations

import pytest

from assistant.errors import IndexNotReady
from assistant.index.store import Store
from tests.unit.index.conftest import held, record


def test_store_current_none_before_any_publish(store: Store) -> None:
    assert store.current() is None


def test_store_publish_switches_pointer_and_keeps_previous(store: Store) -> None:
    for name in ("v1", "v2"):
        store.create(name, {"name": name}).write("passages", [record(1, [1, 0, 0])])
        store.publish(name, {"name": name})
    assert store.current() == "v2"
    assert store.pointer()["previous"] == "v1"
    assert store.manifest("v2") == {"name": "v2"}


def test_store_open_unknown_version_refuses(store: Store) -> None:
    with pytest.raises(IndexNotReady):
        store.open("v-missing").all("passages")


def test_a_closed_version_lets_go_of_its_chroma_when_no_other_client_holds_it(
    store: Store,
) -> None:
    writer = store.create("v1", {"name": "v1"})
    writer.write("passages", [record(1, [1, 0, 0])])
    writer.close()
    store.publish("v1", {"name": "v1"})
    assert not held(store, "v1")
    first, second = store.open("v1"), store.open("v1")
    assert first.count("passages") == 1
    first.close()
    first.close()  # twice is once
    assert held(store, "v1")  # the second still reads it
    assert second.count("passages") == 1
    second.close()
    assert not held(store, "v1")
