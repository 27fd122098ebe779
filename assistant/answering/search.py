"""The front desk's passage search: the passages of the published index ranked for the words a
staff member typed, with no triage and no answer template (staff read the passages themselves).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answering.question import read
from assistant.answering.retrieval import Retriever


@dataclass(frozen=True, slots=True)
class PassageResult:
    source: str
    title: str
    start: int
    end: int
    text: str
    score: float


def find_passages(retriever: Retriever, query: str, k: int) -> list[PassageResult]:
    """Ranked passages for the front desk: no template, no triage."""
    # A search box finds the words typed: passages using them (or a patient word's
    # document words) come before passages that are only near in meaning.
    best: dict[str, tuple[bool, float]] = {}
    question = read(query, retriever.vocabulary)
    for scored in retriever.rank(question, limit=max(40, 4 * k)):
        passage_id = scored.record.passage_id
        key = (scored.lexical > 0, scored.score)
        best[passage_id] = max(best.get(passage_id, key), key)
    results = []
    ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
    for passage_id, (_, score) in ranked[:k]:
        passage = retriever.passage(passage_id)
        results.append(
            PassageResult(
                passage.source,
                passage.title,
                passage.start,
                passage.end,
                passage.text,
                round(min(1.0, max(0.0, score)), 4),
            )
        )
    return results
