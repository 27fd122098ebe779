"""The FAQ retrieval check: entries found by offset, reciprocal rank, the BM25 baseline, and a
whole run over a small FAQ written for this test (real model, real index)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.faqcheck import Entries, baseline, check, reciprocal_rank

FAQ = """# Garden centre FAQ

We sell plants.

## When are you open?

We open from nine in the morning until five in the afternoon, every day except Monday.

## Do you deliver?

Deliveries run on Tuesdays and Fridays within ten miles, for a fee of eight pounds.

## Can I return a plant that died?

A plant that dies within thirty days can be exchanged once with its receipt.
"""


def test_entries_at_maps_offsets_to_their_heading() -> None:
    entries = Entries.of(FAQ)
    assert entries.headings == [
        "When are you open?",
        "Do you deliver?",
        "Can I return a plant that died?",
    ]
    assert entries.at(0) is None
    assert entries.at(FAQ.index("Deliveries run")) == "Do you deliver?"
    assert entries.at(len(FAQ) - 1) == "Can I return a plant that died?"


@pytest.mark.parametrize(
    ("ranked", "right", "expected"),
    [
        pytest.param(["a", "b"], "a", 1.0, id="first"),
        pytest.param([None, "x", "b"], "b", 1 / 3, id="third-after-a-non-entry"),
        pytest.param(["a"] * 10 + ["b"], "b", 0.0, id="beyond-depth"),
    ],
)
def test_reciprocal_rank_cases(ranked: list[str | None], right: str, expected: float) -> None:
    assert reciprocal_rank(ranked, right) == pytest.approx(expected)


def test_baseline_ranks_by_the_questions_words() -> None:
    ranked = baseline({"corpus/faq.md": Entries.of(FAQ)}, [{"query": "deliver to my house"}])
    assert ranked[0][0] == "Do you deliver?"


@pytest.mark.slow
def test_check_scores_a_small_faq_end_to_end(tmp_path: Path) -> None:
    corpus = tmp_path / "faq"
    corpus.mkdir()
    (corpus / "garden.md").write_text(FAQ, encoding="utf-8")
    queries = [
        {"query": "what time do you close", "entry": "When are you open?"},
        {"query": "can you bring my order to my home", "entry": "Do you deliver?"},
        {"query": "my fern died after a week", "entry": "Can I return a plant that died?"},
    ]
    figures = check(corpus, queries)
    assert set(figures) == {
        "search_p_at_1",
        "search_mrr_at_10",
        "chat_first_citation_right",
        "chat_not_found",
        "chat_urgent",
        "bm25_questions_p_at_1",
        "bm25_questions_mrr_at_10",
    }
    # Three plain questions over three entries: the passage search puts at least two first.
    assert figures["search_p_at_1"] >= 2 / 3
    # /chat's citations are mapped to their entries: asked in the FAQ's own words, both answers
    # cite the right entry (the paraphrases above, on a three-entry corpus, are not covered).
    asked = [
        {"query": "do you deliver", "entry": "Do you deliver?"},
        {"query": "when are you open", "entry": "When are you open?"},
    ]
    plain = check(corpus, asked)
    assert plain["chat_first_citation_right"] == 1.0
    assert plain["chat_not_found"] == plain["chat_urgent"] == 0.0
    # Every query is answered right, refused, urgent or answered from another entry.
    answered = 1.0 - figures["chat_not_found"] - figures["chat_urgent"]
    assert figures["chat_first_citation_right"] <= answered
