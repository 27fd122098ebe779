#!/usr/bin/env python3
"""Validate items.txt and write search28.jsonl (standard library only).

Checks: 300 covered + 300 not_covered; 1-6 whitespace-separated words per
query; no duplicates (case-insensitive, whitespace folded); no '|' inside a
query; no run of 4 consecutive words shared with any of the four leaflets
(lower-cased, curly quotes folded). On any failure: print the problems,
write nothing, exit 1. Output is deterministic (random.Random(2828)).
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
ITEMS = os.path.join(HERE, "items.txt")
OUT = os.path.join(HERE, "search28.jsonl")
KIND = {"covered": "answerable", "not_covered": "out_of_scope"}
WANT = {"covered": 300, "not_covered": 300}
N = 4


def fold(text):
    text = text.lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'),
                 ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return text


def words(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", fold(text))


def ngrams(ws, n=N):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    leaflet_grams = set()
    for name in LEAFLETS:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            leaflet_grams |= ngrams(words(f.read()))

    errors, items, seen = [], [], {}
    with open(ITEMS, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.count("|") != 1:
                errors.append(f"line {lineno}: need exactly one '|': {line!r}")
                continue
            label, query = (p.strip() for p in line.split("|"))
            if label not in KIND:
                errors.append(f"line {lineno}: bad label {label!r}")
                continue
            n = len(query.split())
            if not 1 <= n <= 6:
                errors.append(f"line {lineno}: {n} words: {query!r}")
            key = " ".join(query.lower().split())
            if key in seen:
                errors.append(f"line {lineno}: duplicate of line {seen[key]}: {query!r}")
            else:
                seen[key] = lineno
            shared = ngrams(words(query)) & leaflet_grams
            if shared:
                errors.append(f"line {lineno}: shares 4-word run with leaflet "
                              f"{sorted(' '.join(g) for g in shared)}: {query!r}")
            items.append((label, " ".join(query.split())))

    for label, want in WANT.items():
        got = sum(1 for l, _ in items if l == label)
        if got != want:
            errors.append(f"{label}: {got} items, want {want}")

    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"FAILED: {len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1

    random.Random(2828).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (label, query) in enumerate(items, 1):
            f.write(json.dumps({
                "id": f"s28-{i:03d}",
                "question": query,
                "kind": KIND[label],
                "evidence": [],
                "must_mention": [],
                "style": "search",
            }, ensure_ascii=False) + "\n")
    print(f"OK: wrote {len(items)} items to {OUT} "
          f"({WANT['covered']} answerable, {WANT['not_covered']} out_of_scope)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
