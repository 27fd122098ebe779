"""The answered questions' vote, measured leave one set out: `python -m tools.neighbours`.

Every seeded tuning half's answerable and medical questions are answered by the serving engine
with that set's own lines taken out of what the clinic's answered questions do (their keys, the
map the dense side reads a question through, the neighbours' vote), as a writer the files never
saw would be answered; the figure is hit (a citation holds an evidence phrase) and false
abstention, per set and over all. `--floor` and `--share` set the vote's cosine floor and share
of the fused score (`answered.NEIGHBOUR_FLOOR`, `retrieval.NEIGHBOUR_SHARE`); `--share 0` is the
ranking without the vote. The keys' floors (`keys.KEY_FLOOR`) were chosen with it too. The
not-covered model was fitted with these sets, so false abstention here is a lower bound; the
ranking's figure is honest (the sentences the clinic's questions quote, where nearness to them
speaks, are the kept sets' too).
"""

from __future__ import annotations

import argparse
import sys

import numpy as np

from assistant.answering import answered, retrieval
from assistant.config import PROJECT_ROOT, get_settings
from assistant.ingest.keys import implied, subject_word
from tools.answered import SETS as seeded_sets
from tools.eval import normal, read_set

# The question sets' tuning halves the clinic files are seeded from (`tools/answered.py`).
SETS = tuple(name for name in seeded_sets if name.endswith("/tuning.jsonl"))


def own_keys(questions: list[str], subject: str) -> set[str]:
    """The key texts (folded) a set's questions seeded: each question as the clinic's file
    holds it, and its twin without the documents' subject (role "implied", made at ingest), which
    is the set's own wording too and leaves with it."""
    asked = [" ".join(question.split()) for question in questions]
    twins = [implied(question, subject) for question in asked]
    return {normal(text) for text in [*asked, *twins] if text}


def run(floor: float, share: float) -> list[str]:
    """Lines: per set and over all, hit and false abstention with the set's lines left out."""
    from assistant.answering.engine import Engine

    answered.NEIGHBOUR_FLOOR = floor
    retrieval.NEIGHBOUR_SHARE = share
    engine = Engine(get_settings())
    retriever = engine.retriever()
    keys = retriever.keys
    key_text = np.array([normal(text) for text in keys.texts])
    subject = subject_word(retriever.titles)
    lines, hits, refusals, total = [], 0, 0, 0
    for name in SETS:
        rows = read_set(PROJECT_ROOT / "eval" / name)
        own = own_keys([row["question"] for row in rows], subject)
        keys.leave_out(np.isin(key_text, list(own)))
        kept = [v for v in keys.variants if normal(v.text) not in own]
        retriever.learn_from(kept)
        engine.forget_answers()
        items = [
            row for row in rows if row["kind"] in ("answerable", "medical") and row.get("evidence")
        ]
        hit = refused = 0
        for item in items:
            reply = engine.reply(item["question"])
            evidence = [normal(e) for e in item["evidence"]]
            hit += any(any(e in normal(c.quote) for e in evidence) for c in reply.citations)
            refused += reply.kind == "not_found"
        lines.append(
            f"{name:26} {len(items):4} hit {hit / len(items):.3f} "
            f"false abstention {refused / len(items):.3f}"
        )
        hits, refusals, total = hits + hit, refusals + refused, total + len(items)
    keys.leave_out(np.zeros(len(key_text), dtype=bool))
    retriever.learn_from(keys.variants)
    engine.forget_answers()
    lines.append(
        f"{'all':26} {total:4} hit {hits / total:.3f} false abstention {refusals / total:.3f}"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--floor", type=float, default=answered.NEIGHBOUR_FLOOR)
    parser.add_argument("--share", type=float, default=retrieval.NEIGHBOUR_SHARE)
    args = parser.parse_args(argv)
    print("\n".join(run(args.floor, args.share)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
