"""Property: any sequence of document adds, edits and deletes, each ingested twice, leaves the
store holding exactly the records the corpus implies, at exact offsets.

A small generated corpus in a temporary folder, the real model and real embedded Chroma. Few
examples: every ingest embeds what it has not seen before.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.config import Settings
from assistant.index.embedding import Embedder
from assistant.index.store import Store
from assistant.ingest.corpus import load_corpus
from assistant.ingest.indexing import IngestCheckFailed, ingest
from assistant.ingest.pending import records_of
from tests.helpers import make_settings

VOCABULARY = [
    "skin",
    "needle",
    "session",
    "redness",
    "swelling",
    "calm",
    "gentle",
    "serum",
    "sunscreen",
    "collagen",
    "texture",
    "scar",
    "pore",
    "tone",
    "clinic",
    "rest",
    "water",
    "makeup",
    "retinol",
    "peel",
    "days",
    "hours",
    "week",
    "mild",
    "heal",
    "glow",
]

WORD = st.sampled_from(VOCABULARY)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORD, min_size=2, max_size=12))
    return " ".join(words).capitalize() + draw(st.sampled_from([".", "?", "!"]))


@st.composite
def document(draw: st.DrawFn) -> str:
    blocks = [f"# {draw(sentence()).rstrip('.?!')}"]
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["heading", "paragraph", "list"]))
        if kind == "heading":
            blocks.append(f"## {draw(sentence()).rstrip('.?!')}")
        elif kind == "paragraph":
            blocks.append(" ".join(draw(st.lists(sentence(), min_size=1, max_size=4))))
        else:
            items = draw(st.lists(sentence(), min_size=1, max_size=4))
            blocks.append("\n".join(f"- {item}" for item in items))
    return "\n\n".join(blocks) + "\n"


@dataclass(frozen=True)
class Step:
    action: str  # "add", "edit" or "delete"
    slot: int  # which document (modulo what exists)
    text: str


STEP = st.builds(Step, st.sampled_from(["add", "edit", "delete"]), st.integers(0, 9), document())


def _expected(config: Settings) -> dict[str, dict[str, str]]:
    documents = load_corpus(config.corpus_path, max_bytes=config.max_file_bytes)
    expected: dict[str, dict[str, str]] = {"passages": {}, "sentences": {}, "keys": {}}
    for doc in documents:
        for pending in records_of(doc):
            expected[pending.kind][pending.id] = pending.text
    return expected


def _check_store(config: Settings, root: Path) -> int:
    """The stored ids and texts are exactly the expected ones, at exact offsets; the count."""
    store = Store(config.index_path)
    version = store.open(store.current() or "")
    expected = _expected(config)
    for kind in ("passages", "sentences"):
        records = version.all(kind)
        assert {r.id: r.text for r in records} == expected[kind], kind
        for record in records:
            source = (root / str(record.metadata["source"])).read_text(encoding="utf-8")
            start, end = int(record.metadata["start"]), int(record.metadata["end"])
            assert source[start:end] == record.text
    versions = set(store.versions())
    pointer = store.pointer()
    assert versions == {v for v in (pointer["current"], pointer["previous"]) if v}
    return sum(len(texts) for texts in expected.values())


def _stored(config: Settings) -> dict[str, str]:
    store = Store(config.index_path)
    version = store.open(store.current() or "")
    return {r.id: r.text for kind in ("passages", "sentences") for r in version.all(kind)}


PROPERTY_STATS = {"sequences": 0, "steps": 0, "ingests": 0, "records": 0, "refused": 0}


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
@given(first=document(), steps=st.lists(STEP, min_size=1, max_size=4))
@pytest.mark.slow
def test_ingest_any_edit_sequence_stores_exactly_the_corpus(
    embedder: Embedder, first: str, steps: list[Step]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        corpus = root / "corpus"
        corpus.mkdir()
        (corpus / "doc-0.md").write_text(first + "\nSome text to quote.\n", encoding="utf-8")
        config = make_settings(root)
        ingest(config, embed=embedder.embed)
        _check_store(config, root)
        PROPERTY_STATS["ingests"] += 1
        made = 1
        for step in steps:
            existing = sorted(corpus.glob("*.md"))
            target = existing[step.slot % len(existing)]
            if step.action == "add":
                (corpus / f"doc-{made}.md").write_text(step.text, encoding="utf-8")
                made += 1
            elif step.action == "edit":
                target.write_text(step.text, encoding="utf-8")
            elif len(existing) > 1:  # an empty corpus is refused, by design
                target.unlink()
            if not _expected(config)["passages"]:
                # Headings only, everywhere: refused, and the store is left as it was.
                before = _stored(config)
                with pytest.raises(IngestCheckFailed, match="no text below their headings"):
                    ingest(config, embed=embedder.embed)
                assert _stored(config) == before
                PROPERTY_STATS["ingests"] += 1
                PROPERTY_STATS["refused"] += 1
                continue
            first_run = ingest(config, embed=embedder.embed)
            records = _check_store(config, root)

            def never(texts: list[str]) -> np.ndarray:
                raise AssertionError("an unchanged corpus must not be embedded again")

            second_run = ingest(config, embed=never)
            assert not second_run.changed and second_run.version == first_run.version
            assert _check_store(config, root) == records
            PROPERTY_STATS["steps"] += 1
            PROPERTY_STATS["ingests"] += 2
            PROPERTY_STATS["records"] += records
        PROPERTY_STATS["sequences"] += 1
        print(f"ingest property so far: {PROPERTY_STATS}")


def test_ingest_headings_only_is_refused_without_a_traceback(tmp_path: Path) -> None:
    # Found by the property above: every document headings only crashed with StopIteration.
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.md").write_text("# A title\n\n## A heading\n", encoding="utf-8")
    with pytest.raises(IngestCheckFailed, match="no text below their headings"):
        ingest(make_settings(tmp_path), embed=lambda texts: np.zeros((len(texts), 384)))
    assert not (tmp_path / "index" / "CURRENT").exists()
