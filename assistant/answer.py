"""Ranked sentences to the cited, extractive answer: verbatim quotes, each with its marker [n]."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.retrieval import Scored

MAX_SENTENCES = 3
MAX_WORDS = 80
# A further sentence must score at least this share of the best one: close enough to be a real
# answer, which is how two documents that disagree ("24-48 hours" / "a few hours to a day")
# both get shown, each with its own citation.
RELATIVE_FLOOR = 0.9
# Another document's view of the same point ("24-48 hours" against "a few hours to a day") is
# shown from a lower floor, so a disagreement between documents is not hidden.
OTHER_VIEW_FLOOR = 0.7
_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Citation:
    n: int
    source: str
    title: str
    start: int
    end: int
    quote: str
    score: float


@dataclass(frozen=True, slots=True)
class Cited:
    """The answer paragraph and the citations its markers point to."""

    answer: str
    citations: tuple[Citation, ...]


def _words(text: str) -> int:
    return len(text.split())


def _similar(a: str, b: str) -> bool:
    left, right = set(_TOKEN.findall(a.lower())), set(_TOKEN.findall(b.lower()))
    return bool(left and right) and len(left & right) / len(left | right) > 0.6


def choose(
    ranked: list[Scored], *, same_point: Callable[[Scored], bool] | None = None
) -> list[Scored]:
    """One to three sentences that answer best, preferring a second document's view to more of one."""
    answers = [s for s in ranked if s.record.metadata.get("role") != "intro"]
    if not answers:
        return []
    best = answers[0]
    chosen = [best]

    def close_enough(s: Scored) -> bool:
        other_view = same_point is not None and s.source != best.source and same_point(s)
        return s.score >= best.score * (OTHER_VIEW_FLOOR if other_view else RELATIVE_FLOOR)

    rest = [s for s in answers[1:] if close_enough(s)]
    # Other documents first: where the documents differ, the patient sees each view.
    rest.sort(key=lambda s: (s.source in {c.source for c in chosen}, -s.score))
    for candidate in rest:
        if len(chosen) == MAX_SENTENCES:
            break
        words = sum(_words(c.record.text) for c in chosen) + _words(candidate.record.text)
        if words > MAX_WORDS or any(_similar(candidate.record.text, c.record.text) for c in chosen):
            continue
        chosen.append(candidate)
    return chosen


def cite(chosen: list[Scored]) -> Cited:
    """The answer paragraph: each quote verbatim, followed by its marker."""
    citations: list[Citation] = []
    parts: list[str] = []
    for n, scored in enumerate(chosen, start=1):
        meta = scored.record.metadata
        quote = scored.record.text
        citations.append(
            Citation(
                n,
                str(meta["source"]),
                str(meta["title"]),
                int(meta["start"]),
                int(meta["end"]),
                quote,
                round(min(1.0, max(0.0, scored.score)), 4),
            )
        )
        # The answer is one paragraph: a quote never brings a line break into it.
        parts.append(f"{' '.join(quote.split())} [{n}]")
    return Cited(" ".join(parts), tuple(citations))
