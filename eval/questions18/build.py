#!/usr/bin/env python3
"""Validate items.txt against the four clinic leaflets and build the q18 eval set.

Standard library only. Exits non-zero if any check fails.
Outputs: items.jsonl (170), tuning.jsonl (85), sealed.jsonl (85).
"""
import glob
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sorted(glob.glob("/work/main/corpus/*.md"))
SEED = 18018
PREFIX = "q18"

KINDS = {"answerable": 100, "medical": 15, "out_of_scope": 55}
STYLES = ("voice", "email", "chat")

errors = []


def err(msg):
    errors.append(msg)


def fold(text):
    """Lowercase, straighten quotes, turn dashes into hyphens, fold whitespace."""
    t = text.lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2011", "-"), ("\u2010", "-"),
                 ("\u00a0", " ")):
        t = t.replace(a, b)
    return re.sub(r"\s+", " ", t).strip()


def tokens(text, hyphen):
    """Word tokens after folding; hyphen='space' splits on hyphens, 'drop' removes them."""
    t = fold(text)
    t = t.replace("-", " " if hyphen == "space" else "")
    t = t.replace("'", "")
    t = re.sub(r"[^\w\s]", " ", t)
    return t.split()


def ngrams(toks, n=4):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


# ---------------------------------------------------------------- leaflets
if len(CORPUS) != 4:
    print(f"expected 4 leaflets, found {len(CORPUS)}", file=sys.stderr)
    sys.exit(1)
raw = "\n".join(open(p, encoding="utf-8").read() for p in CORPUS)
leaf = fold(raw)
leaf_grams = {h: ngrams(tokens(raw, h)) for h in ("space", "drop")}

# ---------------------------------------------------------------- parse
items = []
with open(os.path.join(HERE, "items.txt"), encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 5:
            err(f"line {ln}: expected 5 fields, got {len(parts)}")
            continue
        kind, style, q, ev, mm = (p.strip() for p in parts)
        evl = [e.strip() for e in ev.split(";;") if e.strip()]
        mml = [m.strip() for m in mm.split(";;") if m.strip()]
        items.append(dict(ln=ln, kind=kind, style=style, question=q, evidence=evl, must_mention=mml))

# ---------------------------------------------------------------- checks
kc = Counter(i["kind"] for i in items)
for k, n in KINDS.items():
    if kc[k] != n:
        err(f"kind {k}: {kc[k]} items, expected {n}")
for k in kc:
    if k not in KINDS:
        err(f"unknown kind {k}")
if len(items) != sum(KINDS.values()):
    err(f"total {len(items)} items, expected {sum(KINDS.values())}")

seen = {}
for it in items:
    ln, k, s, q = it["ln"], it["kind"], it["style"], it["question"]
    if s not in STYLES:
        err(f"line {ln}: unknown style {s}")
    if not q:
        err(f"line {ln}: empty question")
    key = fold(q)
    if key in seen:
        err(f"line {ln}: duplicate question (line {seen[key]})")
    seen[key] = ln
    if s == "chat" and q != q.lower():
        err(f"line {ln}: chat item not all lowercase")
    if s == "voice" and re.search(r"\d", q):
        err(f"line {ln}: voice item contains digits")
    if s == "email":
        nsent = len([x for x in re.split(r"(?<=[.?!])\s+", q.strip()) if x])
        if not 2 <= nsent <= 4:
            err(f"line {ln}: email item has {nsent} sentences (want 2-4)")
    # 4-word overlap with leaflets
    for h in ("space", "drop"):
        shared = ngrams(tokens(q, h)) & leaf_grams[h]
        if shared:
            err(f"line {ln}: shares 4-word run with leaflets ({h}): {sorted(' '.join(g) for g in shared)}")
    if k == "out_of_scope":
        if it["evidence"] or it["must_mention"]:
            err(f"line {ln}: out_of_scope item must have empty evidence and must_mention")
        continue
    if not 1 <= len(it["evidence"]) <= 5:  # 5: one phrase added by adjudication (ADJUDICATION.md)
        err(f"line {ln}: {len(it['evidence'])} evidence phrases (want 1-4)")
    if not 1 <= len(it["must_mention"]) <= 3:
        err(f"line {ln}: {len(it['must_mention'])} must_mention phrases (want 1-3)")
    for e in it["evidence"]:
        n = len(e.split())
        if not 5 <= n <= 15:
            err(f"line {ln}: evidence phrase has {n} words: {e!r}")
        if fold(e) not in leaf:
            err(f"line {ln}: evidence not found in leaflets: {e!r}")
    for m in it["must_mention"]:
        n = len(m.split())
        if not 1 <= n <= 5:
            err(f"line {ln}: must_mention has {n} words: {m!r}")
        if fold(m) not in leaf:
            err(f"line {ln}: must_mention not found in leaflets: {m!r}")

# style balance: about a third each within every kind
for k, n in KINDS.items():
    sc = Counter(i["style"] for i in items if i["kind"] == k)
    for s in STYLES:
        if abs(sc[s] - n / 3) > 1:
            err(f"kind {k}: style {s} has {sc[s]} items, not about a third of {n}")

if errors:
    for e in errors:
        print("FAIL:", e, file=sys.stderr)
    print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
    sys.exit(1)

# ---------------------------------------------------------------- build
rng = random.Random(SEED)
order = items[:]
rng.shuffle(order)
records = []
for n, it in enumerate(order, 1):
    records.append({
        "id": f"{PREFIX}-{n:03d}",
        "question": it["question"],
        "kind": it["kind"],
        "evidence": it["evidence"],
        "must_mention": it["must_mention"],
        "style": it["style"],
    })

# stratified 50/50 split by (kind, style); odd strata alternate their spare item
strata = defaultdict(list)
for r in records:
    strata[(r["kind"], r["style"])].append(r)
tuning, sealed = [], []
spare_to_tuning = True
for key in sorted(strata):
    group = strata[key]
    half = len(group) // 2
    tuning.extend(group[:half])
    sealed.extend(group[half:2 * half])
    if len(group) % 2:
        (tuning if spare_to_tuning else sealed).append(group[-1])
        spare_to_tuning = not spare_to_tuning
tuning.sort(key=lambda r: r["id"])
sealed.sort(key=lambda r: r["id"])
if len(tuning) != 85 or len(sealed) != 85:
    print(f"FAIL: split sizes {len(tuning)}/{len(sealed)}, expected 85/85", file=sys.stderr)
    sys.exit(1)


def dump(name, recs):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


dump("items.jsonl", records)
dump("tuning.jsonl", tuning)
dump("sealed.jsonl", sealed)

# summary
split_of = {r["id"]: "tuning" for r in tuning}
split_of.update({r["id"]: "sealed" for r in sealed})
print("OK: wrote items.jsonl (%d), tuning.jsonl (%d), sealed.jsonl (%d)" % (len(records), len(tuning), len(sealed)))
tab = Counter((r["kind"], r["style"], split_of[r["id"]]) for r in records)
print(f"{'kind':<13}{'style':<7}{'tuning':>7}{'sealed':>7}{'total':>7}")
for k in KINDS:
    for s in STYLES:
        t, se = tab[(k, s, "tuning")], tab[(k, s, "sealed")]
        print(f"{k:<13}{s:<7}{t:>7}{se:>7}{t + se:>7}")
