#!/usr/bin/env python3
"""Build the two-turn follow-up evaluation set from items.txt.

Standard library only. Checks every item, then writes items.jsonl and a
50/50 split (stratified by turn and kind) into tuning.jsonl and sealed.jsonl.
Exits non-zero if any check fails.
"""
import glob
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_GLOB = "/work/main/corpus/*.md"
SEED = 4242

N_TOTAL = 120
N_TURN = {"continues": 75, "new_topic": 45}
ANSWERABLE_RANGE = (100, 110)   # "about 105"
OOS_RANGE = (10, 20)            # "about 15"
EV_COUNT = (1, 4)
EV_WORDS = (5, 15)
MM_COUNT = (1, 3)
MM_WORDS = (1, 5)


def fold(text):
    """Case-fold, straighten quotes, dashes to hyphens, collapse whitespace."""
    t = text
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201a", "'"), ("\u2032", "'"),
                 ("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u2033", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2012", "-"), ("\u2010", "-"),
                 ("\u2011", "-"), ("\u2212", "-"), ("\u00a0", " ")):
        t = t.replace(a, b)
    t = re.sub(r"\s+", " ", t)
    return t.strip().lower()


def split_list(field):
    field = field.strip()
    if not field:
        return []
    return [p.strip() for p in field.split(" ;; ")]


def main():
    errors = []
    leaflets = {}
    for path in sorted(glob.glob(CORPUS_GLOB)):
        with open(path, encoding="utf-8") as f:
            leaflets[os.path.basename(path)] = fold(f.read())
    if len(leaflets) != 4:
        errors.append(f"expected 4 leaflets, found {len(leaflets)}")

    def in_leaflets(phrase):
        fp = fold(phrase)
        return any(fp in text for text in leaflets.values())

    items = []
    seen_pairs = set()
    with open(os.path.join(HERE, "items.txt"), encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("|")
            where = f"line {lineno}"
            if len(parts) != 6:
                errors.append(f"{where}: expected 6 '|' fields, got {len(parts)}")
                continue
            turn, kind, after, question, ev_f, mm_f = (p.strip() for p in parts)
            if turn not in N_TURN:
                errors.append(f"{where}: bad turn {turn!r}")
            if kind not in ("answerable", "out_of_scope"):
                errors.append(f"{where}: bad kind {kind!r}")
            if not after or not question:
                errors.append(f"{where}: empty message")
            key = (fold(after), fold(question))
            if key in seen_pairs:
                errors.append(f"{where}: duplicate (first, second) pair")
            seen_pairs.add(key)
            if fold(after) == fold(question):
                errors.append(f"{where}: first and second message identical")
            evidence = split_list(ev_f)
            must = split_list(mm_f)
            if kind == "out_of_scope":
                if evidence or must:
                    errors.append(f"{where}: out_of_scope item must have empty evidence and must_mention")
            else:
                if not (EV_COUNT[0] <= len(evidence) <= EV_COUNT[1]):
                    errors.append(f"{where}: {len(evidence)} evidence phrases (need {EV_COUNT[0]}-{EV_COUNT[1]})")
                if not (MM_COUNT[0] <= len(must) <= MM_COUNT[1]):
                    errors.append(f"{where}: {len(must)} must_mention phrases (need {MM_COUNT[0]}-{MM_COUNT[1]})")
                if len(set(map(fold, evidence))) != len(evidence):
                    errors.append(f"{where}: repeated evidence phrase")
                if len(set(map(fold, must))) != len(must):
                    errors.append(f"{where}: repeated must_mention phrase")
                for e in evidence:
                    n = len(e.split())
                    if not (EV_WORDS[0] <= n <= EV_WORDS[1]):
                        errors.append(f"{where}: evidence has {n} words: {e!r}")
                    if not in_leaflets(e):
                        errors.append(f"{where}: evidence not found in leaflets: {e!r}")
                for m in must:
                    n = len(m.split())
                    if not (MM_WORDS[0] <= n <= MM_WORDS[1]):
                        errors.append(f"{where}: must_mention has {n} words: {m!r}")
                    if not in_leaflets(m):
                        errors.append(f"{where}: must_mention not found in leaflets: {m!r}")
            items.append({
                "after": after,
                "question": question,
                "turn": turn,
                "kind": kind,
                "evidence": evidence,
                "must_mention": must,
            })

    # count checks
    if len(items) != N_TOTAL:
        errors.append(f"expected {N_TOTAL} items, got {len(items)}")
    turns = Counter(it["turn"] for it in items)
    for t, n in N_TURN.items():
        if turns[t] != n:
            errors.append(f"expected {n} {t} items, got {turns[t]}")
    kinds = Counter(it["kind"] for it in items)
    if not (ANSWERABLE_RANGE[0] <= kinds["answerable"] <= ANSWERABLE_RANGE[1]):
        errors.append(f"answerable count {kinds['answerable']} outside {ANSWERABLE_RANGE}")
    if not (OOS_RANGE[0] <= kinds["out_of_scope"] <= OOS_RANGE[1]):
        errors.append(f"out_of_scope count {kinds['out_of_scope']} outside {OOS_RANGE}")
    questions = Counter(fold(it["question"]) for it in items)
    # the same second message may legitimately recur after different first
    # messages, but flag heavy reuse
    for q, n in questions.items():
        if n > 3:
            errors.append(f"second message used {n} times: {q!r}")

    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed", file=sys.stderr)
        return 1

    # seeded shuffle, ids
    rng = random.Random(SEED)
    rng.shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        rec = {"id": f"fu-{i:03d}"}
        rec.update(it)
        out.append(rec)

    # stratified 50/50 split: within each (turn, kind) stratum, in id order,
    # items alternate between the halves; for an odd stratum the extra item
    # goes to whichever half is currently smaller (tuning on a tie)
    strata = defaultdict(list)
    for rec in out:
        strata[(rec["turn"], rec["kind"])].append(rec)
    tuning, sealed = [], []
    for key in sorted(strata):
        recs = strata[key]
        big, small = recs[0::2], recs[1::2]
        if len(tuning) <= len(sealed):
            tuning.extend(big)
            sealed.extend(small)
        else:
            sealed.extend(big)
            tuning.extend(small)
    tuning.sort(key=lambda r: r["id"])
    sealed.sort(key=lambda r: r["id"])
    if abs(len(tuning) - len(sealed)) > 1:
        print("FAIL: split unbalanced", file=sys.stderr)
        return 1

    def write(name, recs):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    write("items.jsonl", out)
    write("tuning.jsonl", tuning)
    write("sealed.jsonl", sealed)

    print(f"OK: {len(out)} items; turn {dict(turns)}; kind {dict(kinds)}")
    for name, recs in (("tuning", tuning), ("sealed", sealed)):
        c = Counter((r["turn"], r["kind"]) for r in recs)
        print(f"  {name}: {len(recs)} items; " +
              ", ".join(f"{t}/{k}={c[(t, k)]}" for t, k in sorted(c)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
