from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.index.embedding import Embedder
from assistant.index.store import Store
from assistant.ingest.chunking import chunk
from assistant.ingest.corpus import ALSO_ASKED, DECLINED, Document, load_corpus
from assistant.ingest.indexing import ingest
from assistant.ingest.keys import (
    Variant,
    document_keys,
    implied,
    read_variants,
    subject_word,
    variant_keys,
)
from tests.helpers import make_settings

LEAFLET = """# Garden care

## When should roses be pruned?

Prune roses in late winter, before new growth starts. Cut just above an outward bud.

## Watering

Water deeply once a week rather than a little every day.
"""


def _document() -> Document:
    return Document("corpus/garden.md", "Garden care", LEAFLET)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param("When should roses be pruned?", "heading", id="question-heading"),
        pytest.param("Watering", "heading", id="statement-heading"),
    ],
)
def test_document_keys_lead_to_the_passage_below(text: str, role: str) -> None:
    document = _document()
    keys = document_keys(document.text, chunk(document))
    key = next(k for k in keys if k.text == text)
    assert key.role == role
    assert document.text[key.passage.start : key.passage.end].startswith(text)


def test_variant_keys_find_the_quote_and_report_the_missing() -> None:
    document = _document()
    passages = chunk(document)
    variants = [
        Variant(
            "best month to cut back rose bushes?", document.source, "Prune roses in late winter"
        ),
        Variant("do tulips need water?", document.source, "Tulips need little water."),
    ]
    keys, skipped = variant_keys(variants, {document.source: (document.text, passages)})
    assert [k.text for k in keys] == ["best month to cut back rose bushes?"]
    assert "Watering" not in document.text[keys[0].passage.start : keys[0].passage.end]
    assert skipped == [
        f"{ALSO_ASKED}: 'do tulips need water?': quote not found in corpus/garden.md"
    ]


def test_read_variants_absent_file_is_no_variant(tmp_path: Path) -> None:
    assert read_variants(tmp_path) == ([], "")


def test_load_corpus_also_asked_file_is_not_a_document(tmp_path: Path) -> None:
    (tmp_path / "garden.md").write_text(LEAFLET, encoding="utf-8")
    (tmp_path / ALSO_ASKED).write_text("{}\n", encoding="utf-8")
    assert [d.title for d in load_corpus(tmp_path, max_bytes=10_000)] == ["Garden care"]


def test_ingest_also_asked_variants_become_keys(tmp_path: Path, embedder: Embedder) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "garden.md").write_text(LEAFLET, encoding="utf-8")
    settings = make_settings(tmp_path)
    source = next(d.source for d in load_corpus(corpus, max_bytes=10_000))
    lines = [
        {
            "question": "how often do I water the lawn plants?",
            "source": source,
            "quote": "Water deeply once a week",
        },
        {"question": "what about tulips?", "source": source, "quote": "not in the leaflet"},
    ]
    (corpus / ALSO_ASKED).write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    summary = ingest(settings, embed=embedder.embed)
    assert any("'what about tulips?'" in note for note in summary.notes)
    store = Store(settings.index_path)
    keys = store.open(store.current() or "").all("keys")
    variant = next(k for k in keys if k.role == "also-asked")
    assert variant.text == "how often do I water the lawn plants?"
    assert LEAFLET[variant.start : variant.end] == "Water deeply once a week"


def test_ingest_stores_declined_questions_and_an_edit_of_them_is_a_new_version(
    tmp_path: Path, embedder: Embedder
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "garden.md").write_text(LEAFLET, encoding="utf-8")
    settings = make_settings(tmp_path)
    first = ingest(settings, embed=embedder.embed)
    (corpus / DECLINED).write_text(
        json.dumps({"question": "do you sell lawn mowers?"}) + "\n", encoding="utf-8"
    )
    second = ingest(settings, embed=embedder.embed)
    assert second.changed and second.version != first.version
    store = Store(settings.index_path)
    keys = store.open(store.current() or "").all("keys")
    assert [k.text for k in keys if k.role == "declined"] == ["do you sell lawn mowers?"]
    assert not any(d.source.endswith(DECLINED) for d in load_corpus(corpus, max_bytes=10_000))


@pytest.mark.parametrize(
    ("titles", "subject"),
    [
        pytest.param(
            ["Kombucha: A Guide", "Brewing Kombucha", "Kombucha FAQ"], "kombucha", id="most"
        ),
        pytest.param(["Kombucha: A Guide"], "", id="one-document"),
        pytest.param(["Kombucha Basics", "Sourdough", "Kefir Grains", "Vinegar"], "", id="few"),
        pytest.param(["Questions Asked", "Questions and Answers"], "", id="basic-english"),
    ],
)
def test_subject_word_is_the_rare_title_word_most_titles_use(
    titles: list[str], subject: str
) -> None:
    assert subject_word(titles) == subject


@pytest.mark.parametrize(
    ("question", "left"),
    [
        pytest.param(
            "How long does a kombucha brewing session take?",
            "How long does a brewing session take?",
            id="modifier",
        ),
        pytest.param(
            "Can I add fruit to my Kombucha starter?", "Can I add fruit to my starter?", id="case"
        ),
        pytest.param("Are there dangers in the kombucha?", None, id="head-noun"),
        pytest.param("Is kombucha safe for children?", None, id="no-determiner"),
        pytest.param("A kombucha mould?", None, id="too-few-words"),
        pytest.param("How long does a brewing session take?", None, id="not-named"),
    ],
)
def test_implied_leaves_out_the_subject_where_it_modifies_a_noun(
    question: str, left: str | None
) -> None:
    assert implied(question, "kombucha") == left
