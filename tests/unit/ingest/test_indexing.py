from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.answering.engine import Engine
from assistant.config import PROJECT_ROOT
from assistant.errors import CorpusError
from assistant.index.embedding import Embedder
from assistant.index.store import Store
from assistant.ingest.indexing import ingest
from tests.helpers import make_settings


class CountingEmbed:
    """The real model, counting the texts it is asked to embed."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.texts = 0

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.texts += len(texts)
        return self.embedder.embed(texts)


def _never(texts: list[str]) -> np.ndarray:
    raise AssertionError("the model must not be used")


def _store_state(settings) -> dict[str, str]:  # type: ignore[no-untyped-def]
    store = Store(settings.index_path)
    version = store.open(store.current() or "")
    return {r.id: r.text for kind in ("passages", "sentences") for r in version.all(kind)}


def test_ingest_builds_then_unchanged_corpus_changes_nothing(
    workspace: Path, embedder: Embedder
) -> None:
    settings = make_settings(workspace)
    counting = CountingEmbed(embedder)
    first = ingest(settings, embed=counting)
    # Every distinct text is embedded once (a heading leading to two passages is one text).
    assert first.changed and first.added == 4 and 200 < first.embedded <= first.chunks
    before = _store_state(settings)

    again = ingest(settings, embed=_never)
    assert not again.changed and again.unchanged == 4 and again.embedded == 0
    assert again.version == first.version
    assert _store_state(settings) == before


def test_ingest_edit_reembeds_only_that_document(workspace: Path, embedder: Embedder) -> None:
    settings = make_settings(workspace)
    ingest(settings, embed=embedder.embed)
    faq = workspace / "corpus" / "microneedling-faq.md"
    faq.write_text(
        faq.read_text(encoding="utf-8") + "\nA new closing sentence about aftercare.\n",
        encoding="utf-8",
    )
    counting = CountingEmbed(embedder)
    summary = ingest(settings, embed=counting)
    assert summary.updated == 1 and summary.unchanged == 3
    # Only the new sentence, the passage holding it, and the words the vocabulary bridge has
    # not met before (at most the sentence's six words; the rest are cached) need vectors.
    assert 1 <= counting.texts <= 3 + 6
    state = _store_state(settings)
    assert "A new closing sentence about aftercare." in state.values()


def test_ingest_removes_vanished_document_and_keeps_one_previous_version(
    workspace: Path, embedder: Embedder
) -> None:
    settings = make_settings(workspace)
    ingest(settings, embed=embedder.embed)
    (workspace / "corpus" / "collagen-induction-therapy.md").unlink()
    counting = CountingEmbed(embedder)
    summary = ingest(settings, embed=counting)
    # Removal needs no record vectors; the vocabulary bridge may meet a few words again that
    # the removed document used to know (cached from then on).
    assert summary.removed == 1 and summary.embedded == 0 and counting.texts <= 10
    store = Store(settings.index_path)
    sources = {r.metadata["source"] for r in store.open(store.current() or "").all("sentences")}
    assert sources == {
        "corpus/medical-grade-microneedling.md",
        "corpus/microneedling-and-its-benefits.md",
        "corpus/microneedling-faq.md",
    }
    pointer = store.pointer()
    assert pointer["previous"] and sorted(store.versions()) == sorted(
        [pointer["current"], pointer["previous"]]
    )


def test_ingest_refuses_garbage_file_and_old_index_keeps_serving(
    workspace: Path, embedder: Embedder
) -> None:
    settings = make_settings(workspace)
    ingest(settings, embed=embedder.embed)
    engine = Engine(settings, embedder=embedder)
    before = engine.reply("how many sessions")
    (workspace / "corpus" / "garbage.md").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(CorpusError, match=r"garbage\.md: binary"):
        ingest(settings, embed=_never)
    after = Engine(settings, embedder=embedder).reply("how many sessions")
    assert after == before and after.kind == "answer"


def test_ingest_script_exits_nonzero_naming_the_file(workspace: Path) -> None:
    (workspace / "corpus" / "empty.md").write_text("", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "ingest.py")],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "ASSISTANT_CORPUS_DIR": str(workspace / "corpus"),
            "ASSISTANT_INDEX_DIR": str(workspace / "index"),
            "PATH": "/usr/bin:/bin",
        },
    )
    assert result.returncode == 2
    assert "refused: corpus/empty.md: empty" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (workspace / "index" / "CURRENT").exists()


def test_collections_never_get_chromas_default_embedding_function(built) -> None:  # type: ignore[no-untyped-def]
    store = Store(built.index_path)
    version = store.open(store.current() or "")
    collection = version._collection("passages")
    assert collection._embedding_function is None
    assert collection.configuration["hnsw"]["space"] == "cosine"
