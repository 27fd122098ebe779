"""Build tuning.jsonl and sealed.jsonl from the hand-written items.jsonl. Standard library only.

1. Read items.jsonl (100 lines: question, kind, evidence, must_mention).
2. Shuffle with random.Random(20261206) and number p9-001..p9-100 in shuffled order.
3. With the same generator, shuffle the items of each kind (answerable first, then
   out_of_scope) and put the first half of each into tuning.jsonl, the rest into sealed.jsonl.
4. Print a table of kind x fact for each half.

"fact" is only for the table and is not written out. For answerable items it is derived from
must_mention (an item whose must_mention phrases belong to two different facts is "mixed").
For out_of_scope items it comes from the position in items.jsonl: the first 20 out_of_scope
lines are money questions, the last 20 front-desk / other questions.
"""

import json
import random
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261206
FIELDS = ("id", "question", "kind", "evidence", "must_mention")

MM_FACT = {
    "£220": "single session",
    "£595": "course of three",
    "£65": "course saving",
    "£50": "consultation",
    "deducted": "consultation",
    "£180": "top-up",
    "once your course is complete": "top-up",
    "£30": "deposit",
}


def fact_of(item, oos_rank):
    if item["kind"] == "out_of_scope":
        return "oos: money" if oos_rank < 20 else "oos: front desk/other"
    facts = {MM_FACT[m] for m in item["must_mention"]}
    return facts.pop() if len(facts) == 1 else "mixed"


def main():
    items = []
    oos_seen = 0
    for line in (HERE / "items.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        item["_fact"] = fact_of(item, oos_seen)
        if item["kind"] == "out_of_scope":
            oos_seen += 1
        items.append(item)
    assert len(items) == 100, len(items)

    rng = random.Random(SEED)
    rng.shuffle(items)
    for n, item in enumerate(items, 1):
        item["id"] = f"p9-{n:03d}"

    halves = {"tuning": [], "sealed": []}
    for kind in ("answerable", "out_of_scope"):
        group = [it for it in items if it["kind"] == kind]
        rng.shuffle(group)
        half = len(group) // 2
        halves["tuning"].extend(group[:half])
        halves["sealed"].extend(group[half:])

    for name, rows in halves.items():
        rows.sort(key=lambda it: it["id"])
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for it in rows:
                f.write(json.dumps({k: it[k] for k in FIELDS}, ensure_ascii=False) + "\n")

    facts = sorted({it["_fact"] for it in items})
    print(f"{'kind':<14} {'fact':<24} {'tuning':>6} {'sealed':>6} {'total':>6}")
    counts = {name: Counter((it["kind"], it["_fact"]) for it in rows) for name, rows in halves.items()}
    for kind in ("answerable", "out_of_scope"):
        for fact in facts:
            t, s = counts["tuning"][(kind, fact)], counts["sealed"][(kind, fact)]
            if t or s:
                print(f"{kind:<14} {fact:<24} {t:>6} {s:>6} {t + s:>6}")
    for name, rows in halves.items():
        print(f"{name}: {len(rows)} items ({dict(Counter(it['kind'] for it in rows))})")


if __name__ == "__main__":
    main()
