"""Retrieval on FAQ-shaped documents: `python -m tools.faqcheck DIR QUERIES.jsonl...`.

DIR holds FAQ-shaped Markdown (a `## question` heading per entry); each line of a queries file is
`{"id", "query", "entry"}` with `entry` the heading text of the one entry that answers it. The
assistant answers from DIR alone (a temporary index, no code change) and is scored as the answering
issue asks:

- `/search`: P@1 (the first passage lies in the right entry) and MRR@10;
- `/chat`: the first citation lies in the right entry (a `not_found` counts as wrong), and the
  shares of queries it refused (`not_found`) and gave the urgent reply: with `/search`'s P@1 they
  say where `/chat` loses what the search found;
- the baseline: BM25 (bm25s) over the entries' questions alone, P@1 and MRR@10.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

import bm25s

from tools.eval import read_set, temporary_corpus

_HEADING = re.compile(r"^## +(.+?)\s*$", re.MULTILINE)
DEPTH = 10


@dataclass(frozen=True)
class Entries:
    """Where each entry of one document starts, and its heading."""

    starts: list[int]
    headings: list[str]

    @classmethod
    def of(cls, text: str) -> Entries:
        found = list(_HEADING.finditer(text))
        return cls([m.start() for m in found], [m.group(1) for m in found])

    def at(self, offset: int) -> str | None:
        """The heading of the entry holding `offset`, or None before the first entry."""
        index = bisect_right(self.starts, offset) - 1
        return self.headings[index] if index >= 0 else None


def reciprocal_rank(ranked: list[str | None], right: str) -> float:
    """1/rank of the first right entry within the first DEPTH, else 0."""
    for rank, entry in enumerate(ranked[:DEPTH], start=1):
        if entry == right:
            return 1.0 / rank
    return 0.0


def baseline(entries: dict[str, Entries], queries: list[dict[str, str]]) -> list[list[str]]:
    """BM25 over the entries' questions alone: each query's ranked headings."""
    headings = [h for doc in entries.values() for h in doc.headings]
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(headings, stopwords="en", show_progress=False), show_progress=False
    )
    tokens = bm25s.tokenize([q["query"] for q in queries], stopwords="en", show_progress=False)
    k = min(DEPTH, len(headings))
    found, _ = retriever.retrieve(tokens, k=k, show_progress=False)
    return [[headings[int(i)] for i in row] for row in found]


def check(directory: Path, queries: list[dict[str, str]]) -> dict[str, float]:
    """The figures for `queries` answered from the FAQ documents in `directory`."""
    from assistant.answering.engine import Engine
    from assistant.answering.search import find_passages

    entries = {
        f"corpus/{path.name}": Entries.of(path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.md"))
    }
    with tempfile.TemporaryDirectory(prefix="faqcheck-") as scratch:
        engine = Engine(temporary_corpus(Path(scratch), directory, [], []))
        search_rr, chat_right, chat_kinds = [], [], []
        for item in queries:
            passages = find_passages(engine.retriever(), item["query"], DEPTH)
            ranked = [
                entries[p.source].at(p.start) if p.source in entries else None for p in passages
            ]
            search_rr.append(reciprocal_rank(ranked, item["entry"]))
            reply = engine.reply(item["query"])
            chat_kinds.append(reply.kind)
            first = reply.citations[0] if reply.citations else None
            chat_right.append(
                first is not None
                and first.source in entries
                and entries[first.source].at(first.start) == item["entry"]
            )
    bm25_rr = [
        reciprocal_rank(list(r), q["entry"])
        for r, q in zip(baseline(entries, queries), queries, strict=True)
    ]
    n = len(queries)
    return {
        "search_p_at_1": sum(rr == 1.0 for rr in search_rr) / n,
        "search_mrr_at_10": sum(search_rr) / n,
        "chat_first_citation_right": sum(chat_right) / n,
        "chat_not_found": chat_kinds.count("not_found") / n,
        "chat_urgent": chat_kinds.count("urgent") / n,
        "bm25_questions_p_at_1": sum(rr == 1.0 for rr in bm25_rr) / n,
        "bm25_questions_mrr_at_10": sum(bm25_rr) / n,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, help="a folder of FAQ-shaped Markdown documents")
    parser.add_argument("queries", nargs="+", type=Path)
    args = parser.parse_args(argv)
    for path in args.queries:
        queries = read_set(path)
        print(f"\n{path} ({len(queries)} queries, documents from {args.corpus})")
        for metric, value in check(args.corpus, queries).items():
            print(f"  {metric:28} {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
