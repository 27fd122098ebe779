#!/usr/bin/env python3
"""Build the q26 evaluation set from items.txt (standard library only).

Checks (any failure: print every failure, write nothing, exit 1):
  * every non-comment line has exactly 5 '|'-separated fields;
  * kind is one of answerable / medical / out_of_scope / urgent;
  * answerable: 1-3 evidence phrases and 1-2 must_mention phrases;
    medical: 1-3 evidence phrases, 0-2 must_mention phrases;
    out_of_scope / urgent: no evidence, no must_mention;
  * every evidence phrase has 5-15 words;
  * every evidence and must_mention phrase is an exact (case-sensitive)
    substring of one of the four leaflets after folding white space only;
  * no duplicate questions;
  * counts per kind: 85 / 15 / 40 / 10 (150 in all).

Then: shuffle with random.Random(2626), number ids q26-001..q26-150, write
items.jsonl, and split 75/75 into tuning.jsonl (odd positions within each
kind, 1st, 3rd, ...) and sealed.jsonl (even positions within each kind).
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus"
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]
EXPECTED = {"answerable": 85, "medical": 15, "out_of_scope": 40, "urgent": 10}
SEED = 2626


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def split_phrases(field):
    return [p.strip() for p in field.split(";;") if p.strip()]


def main():
    texts = {}
    for name in LEAFLETS:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            texts[name] = fold(f.read())

    def found(phrase):
        p = fold(phrase)
        return any(p in t for t in texts.values())

    failures = []
    items = []
    seen = set()
    with open(os.path.join(HERE, "items.txt"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split("|")
        if len(fields) != 5:
            failures.append(f"line {n}: expected 5 fields, got {len(fields)}")
            continue
        kind, style, question, ev_field, mm_field = (x.strip() for x in fields)
        evidence = split_phrases(ev_field)
        must = split_phrases(mm_field)
        if kind not in EXPECTED:
            failures.append(f"line {n}: unknown kind {kind!r}")
            continue
        if not style:
            failures.append(f"line {n}: empty style")
        if not question:
            failures.append(f"line {n}: empty question")
        key = fold(question).lower()
        if key in seen:
            failures.append(f"line {n}: duplicate question")
        seen.add(key)
        if kind == "answerable":
            if not 1 <= len(evidence) <= 3:
                failures.append(f"line {n}: answerable needs 1-3 evidence phrases")
            if not 1 <= len(must) <= 2:
                failures.append(f"line {n}: answerable needs 1-2 must_mention phrases")
        elif kind == "medical":
            if not 1 <= len(evidence) <= 3:
                failures.append(f"line {n}: medical needs 1-3 evidence phrases")
            if len(must) > 2:
                failures.append(f"line {n}: medical has more than 2 must_mention phrases")
        else:
            if evidence or must:
                failures.append(f"line {n}: {kind} must have empty evidence and must_mention")
        for p in evidence:
            words = len(fold(p).split(" "))
            if not 5 <= words <= 15:
                failures.append(f"line {n}: evidence has {words} words (want 5-15): {p!r}")
            if not found(p):
                failures.append(f"line {n}: evidence not found verbatim: {p!r}")
        for p in must:
            if not found(p):
                failures.append(f"line {n}: must_mention not found verbatim: {p!r}")
        items.append({
            "question": question,
            "kind": kind,
            "evidence": evidence,
            "must_mention": must,
            "style": style,
        })

    counts = {k: 0 for k in EXPECTED}
    for it in items:
        counts[it["kind"]] += 1
    for k, want in EXPECTED.items():
        if counts[k] != want:
            failures.append(f"count: {k} has {counts[k]}, want {want}")
    if len(items) != sum(EXPECTED.values()):
        failures.append(f"count: {len(items)} items, want {sum(EXPECTED.values())}")

    if failures:
        for msg in failures:
            print("FAIL", msg)
        print(f"{len(failures)} failure(s); nothing written")
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({
            "id": f"q26-{i:03d}",
            "question": it["question"],
            "kind": it["kind"],
            "evidence": it["evidence"],
            "must_mention": it["must_mention"],
            "style": it["style"],
        })

    # Odd/even position within each kind. Two kinds have odd sizes (85, 15);
    # to make the halves exactly 75/75 the parity is flipped for every second
    # odd-sized kind (here: medical), so its extra item goes to sealed.
    odd_first = {}
    flip = False
    for k, want in EXPECTED.items():
        if want % 2 == 1:
            odd_first[k] = not flip
            flip = not flip
        else:
            odd_first[k] = True
    tuning, sealed = [], []
    pos = {k: 0 for k in EXPECTED}
    for obj in out:
        k = obj["kind"]
        pos[k] += 1
        to_tuning = (pos[k] % 2 == 1) == odd_first[k]
        (tuning if to_tuning else sealed).append(obj)
    if len(tuning) != len(sealed):
        print(f"FAIL split is {len(tuning)}/{len(sealed)}, want equal halves")
        sys.exit(1)

    def write(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    write("items.jsonl", out)
    write("tuning.jsonl", tuning)
    write("sealed.jsonl", sealed)

    def tally(rows):
        c = {k: 0 for k in EXPECTED}
        for r in rows:
            c[r["kind"]] += 1
        return ", ".join(f"{k} {v}" for k, v in c.items()) + f" (total {len(rows)})"

    print("OK")
    print("items.jsonl :", tally(out))
    print("tuning.jsonl:", tally(tuning))
    print("sealed.jsonl:", tally(sealed))


if __name__ == "__main__":
    main()
