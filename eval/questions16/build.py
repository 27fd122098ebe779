#!/usr/bin/env python3
"""Build the q16 evaluation set from items.txt (standard library only).

Checks:
  * every line parses into kind|style|question|evidence|must_mention
  * kind/style values are valid; counts are 100 answerable, 15 medical,
    55 out_of_scope (170 total)
  * answerable/medical items have 1-4 evidence phrases (5 after adjudication, ADJUDICATION.md) (5-15 words each) and
    1-3 must_mention phrases (1-5 words each); out_of_scope items have none
  * every evidence / must_mention phrase occurs in one of the four leaflets
    (case-insensitive, whitespace folded, curly quotes -> straight,
    en/em dashes -> hyphen)
  * no question contains a run of 5 consecutive words from the leaflets
    (same folding, lowercased, punctuation stripped)
  * questions are unique (after normalisation)
Then assigns ids q16-001.. after a seeded shuffle (seed 16016) and writes
items.jsonl, plus a 50/50 split stratified by kind and style into
tuning.jsonl and sealed.jsonl. Exits non-zero on any failed check.
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
SEED = 16016
EXPECTED = {"answerable": 100, "medical": 15, "out_of_scope": 55}
STYLES = ("chat", "faq")
NGRAM = 5

QUOTE_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ",
}


def fold(text):
    for k, v in QUOTE_MAP.items():
        text = text.replace(k, v)
    return re.sub(r"\s+", " ", text).strip().lower()


def tokens(text):
    t = fold(text)
    t = t.replace("'", "")           # it's -> its, crow's -> crows
    t = re.sub(r"[^a-z0-9]+", " ", t)  # all other punctuation -> space
    return t.split()


def ngrams(toks, n):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def main():
    errors = []
    warnings = []

    raw_docs = {}
    for name in LEAFLETS:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as fh:
            raw_docs[name] = fh.read()
    folded_docs = {n: fold(t) for n, t in raw_docs.items()}
    ws_docs = {n: re.sub(r"\s+", " ", t) for n, t in raw_docs.items()}
    leaflet_grams = set()
    for t in raw_docs.values():
        leaflet_grams |= ngrams(tokens(t), NGRAM)

    items = []
    seen_q = {}
    path = os.path.join(HERE, "items.txt")
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                errors.append(f"line {lineno}: expected 5 fields, got {len(parts)}")
                continue
            kind, style, question, ev, mm = (p.strip() for p in parts)
            where = f"line {lineno}"
            if kind not in EXPECTED:
                errors.append(f"{where}: bad kind {kind!r}")
            if style not in STYLES:
                errors.append(f"{where}: bad style {style!r}")
            if not question:
                errors.append(f"{where}: empty question")
            evidence = [p.strip() for p in ev.split(" ;; ")] if ev else []
            must = [p.strip() for p in mm.split(" ;; ")] if mm else []
            evidence = [p for p in evidence if p]
            must = [p for p in must if p]

            if kind == "out_of_scope":
                if evidence or must:
                    errors.append(f"{where}: out_of_scope item must have empty evidence/must_mention")
            elif kind in EXPECTED:
                if not 1 <= len(evidence) <= 5:
                    errors.append(f"{where}: needs 1-5 evidence phrases, has {len(evidence)}")
                if not 1 <= len(must) <= 3:
                    errors.append(f"{where}: needs 1-3 must_mention phrases, has {len(must)}")
                for p in evidence:
                    nw = len(p.split())
                    if not 5 <= nw <= 15:
                        errors.append(f"{where}: evidence phrase has {nw} words (5-15): {p!r}")
                for p in must:
                    nw = len(p.split())
                    if not 1 <= nw <= 5:
                        errors.append(f"{where}: must_mention has {nw} words (1-5): {p!r}")
                for p in evidence + must:
                    fp = fold(p)
                    if not any(fp in d for d in folded_docs.values()):
                        errors.append(f"{where}: phrase not found in leaflets: {p!r}")
                    elif not any(re.sub(r"\s+", " ", p) in d for d in ws_docs.values()):
                        warnings.append(f"{where}: phrase matches only after case/quote/dash folding: {p!r}")
                for m in must:
                    if not any(fold(m) in fold(e) for e in evidence):
                        warnings.append(f"{where}: must_mention not inside any evidence phrase: {m!r}")

            qt = tokens(question)
            hits = [" ".join(g) for g in ngrams(qt, NGRAM) if g in leaflet_grams]
            if hits:
                errors.append(f"{where}: question copies a {NGRAM}-word run from leaflets: {sorted(hits)}")
            key = " ".join(qt)
            if key in seen_q:
                errors.append(f"{where}: duplicate question (same as line {seen_q[key]})")
            else:
                seen_q[key] = lineno

            items.append({
                "question": question,
                "kind": kind,
                "evidence": evidence,
                "must_mention": must,
                "style": style,
            })

    counts = {}
    for it in items:
        counts[it["kind"]] = counts.get(it["kind"], 0) + 1
    for k, n in EXPECTED.items():
        if counts.get(k, 0) != n:
            errors.append(f"count for {k}: {counts.get(k, 0)} (expected {n})")
    if len(items) != sum(EXPECTED.values()):
        errors.append(f"total items {len(items)} (expected {sum(EXPECTED.values())})")

    for w in warnings:
        print("WARN:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED with {len(errors)} error(s)")
        return 1

    rng = random.Random(SEED)
    order = list(range(len(items)))
    rng.shuffle(order)
    records = []
    for new_idx, old_idx in enumerate(order, 1):
        it = items[old_idx]
        records.append({
            "id": f"q16-{new_idx:03d}",
            "question": it["question"],
            "kind": it["kind"],
            "evidence": it["evidence"],
            "must_mention": it["must_mention"],
            "style": it["style"],
        })

    # stratified 50/50 split by (kind, style)
    groups = {}
    for r in records:
        groups.setdefault((r["kind"], r["style"]), []).append(r)
    tuning, sealed = [], []
    leftovers = []
    for key in sorted(groups):
        g = list(groups[key])
        rng.shuffle(g)
        half = len(g) // 2
        tuning.extend(g[:half])
        sealed.extend(g[half:2 * half])
        if len(g) % 2:
            leftovers.append(g[-1])
    for r in leftovers:  # alternate odd leftovers so halves stay balanced
        (tuning if len(tuning) <= len(sealed) else sealed).append(r)
    tuning.sort(key=lambda r: r["id"])
    sealed.sort(key=lambda r: r["id"])

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("items.jsonl", records)
    dump("tuning.jsonl", tuning)
    dump("sealed.jsonl", sealed)

    def table(rows):
        c = {}
        for r in rows:
            c[(r["kind"], r["style"])] = c.get((r["kind"], r["style"]), 0) + 1
        return c

    print(f"OK: {len(records)} items; tuning {len(tuning)}, sealed {len(sealed)}")
    for name, rows in (("all", records), ("tuning", tuning), ("sealed", sealed)):
        c = table(rows)
        cells = ", ".join(f"{k}/{s}={c.get((k, s), 0)}" for k in EXPECTED for s in STYLES)
        print(f"  {name}: {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
