"""Build items.jsonl, tuning.jsonl, sealed.jsonl and meta.jsonl from the hand-written sources.

Seeded shuffle -> ids q10-001..q10-240 -> stratified 50/50 split by kind x style
(within each stratum, alternating over items ordered by topic, so topics are spread too).
"""
import os
import random
from collections import defaultdict

from common import HERE, FIELDS, parse_sources, write_jsonl

SEED = 20241210


def main():
    items = parse_sources()
    rng = random.Random(SEED)
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = f"q10-{i:03d}"

    strata = defaultdict(list)
    for it in items:
        strata[(it["kind"], it["style"])].append(it)
    split = {}
    for key in sorted(strata):
        group = list(strata[key])
        rng.shuffle(group)
        # stable sort by topic/category so that alternating assignment also spreads
        # topics (and out-of-scope categories) evenly over the two halves
        group.sort(key=lambda it: it["topic"])
        offset = rng.randrange(2)
        for j, it in enumerate(group):
            split[it["id"]] = "tuning" if (j + offset) % 2 == 0 else "sealed"

    rows = [{k: it[k] for k in FIELDS} for it in items]
    meta = [{"id": it["id"], "split": split[it["id"]], "kind": it["kind"], "style": it["style"],
             "topic": it["topic"], "writer": it["writer"], "oos_keys": it["oos_keys"],
             "src": it["src"]} for it in items]
    write_jsonl(os.path.join(HERE, "items.jsonl"), rows)
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), [r for r in rows if split[r["id"]] == "tuning"])
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), [r for r in rows if split[r["id"]] == "sealed"])
    write_jsonl(os.path.join(HERE, "meta.jsonl"), meta)
    print(f"built {len(rows)} items; tuning={sum(1 for v in split.values() if v == 'tuning')} "
          f"sealed={sum(1 for v in split.values() if v == 'sealed')}")


if __name__ == "__main__":
    main()
