"""For every out_of_scope item, list its key subject words and check that none of them
occurs in the leaflets as a whole word (case-insensitive, apostrophes dropped).
Simple singular/plural variants (+s, -s, +es, -es) are checked too, to be strict.
Also checks that each key word really occurs in the question. Exit 1 on failure."""
import os
import sys
from collections import Counter

from common import HERE, load_leaflets, words, read_jsonl


def variants(w):
    v = {w, w + "s", w + "es"}
    if w.endswith("es"):
        v.add(w[:-2])
    if w.endswith("s"):
        v.add(w[:-1])
    return v


def main():
    vocab = set()
    for t in load_leaflets().values():
        vocab.update(words(t))
    items = {r["id"]: r for r in read_jsonl(os.path.join(HERE, "items.jsonl"))}
    meta = [m for m in read_jsonl(os.path.join(HERE, "meta.jsonl")) if m["kind"] == "out_of_scope"]
    fails = 0
    cats = Counter()
    for m in sorted(meta, key=lambda m: (m["topic"], m["id"])):
        q = items[m["id"]]["question"]
        qw = set(words(q))
        cats[m["topic"]] += 1
        keys = m["oos_keys"]
        problems = []
        if not keys:
            problems.append("no key words listed")
        for k in keys:
            if k not in qw:
                problems.append(f"key {k!r} not in question")
            hit = sorted(variants(k) & vocab)
            if hit:
                problems.append(f"key {k!r} occurs in leaflets as {hit}")
        status = "OK  " if not problems else "FAIL"
        fails += bool(problems)
        # questions of the sealed half are not echoed, only their keys
        shown = q if m["split"] == "tuning" else "(sealed)"
        print(f"{status} {m['id']} [{m['topic']}] keys={keys} {shown} {'; '.join(problems)}")
    print("categories:", dict(cats))
    print("OOS KEY-WORD CHECK PASSED" if not fails else f"{fails} FAILURES")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
