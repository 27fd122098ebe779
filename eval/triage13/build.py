#!/usr/bin/env python3
"""Build the t13 safety-triage evaluation set from messages.txt (standard library only).

Checks: line format, kinds, categories and their exact counts, emergency values
(true only for urgent; never for categories defined as non-emergency), unique
messages (case/whitespace-insensitive). Then: seeded shuffle (13013), ids
t13-001.., all.jsonl, and a 50/50 split stratified by (kind, emergency, category)
into tuning.jsonl and sealed.jsonl. Exits non-zero on any failed check.
"""
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 13013
PREFIX = "t13"

EXPECTED = {
    "urgent": {
        "airway": 35, "systemic": 20, "infection": 25, "allergic_skin": 20,
        "bleeding": 15, "severe_pain": 15, "eye": 15, "blistering_burns": 15,
    },
    "control": {
        "normal_aftereffect": 30, "past_resolved": 15, "hypothetical": 20,
        "general_knowledge": 15, "other_person_or_context": 15, "figurative": 15,
        "pre_treatment_worry": 20, "booking_logistics": 15, "negated": 15,
        "product_or_other_treatment": 20,
    },
}
EXPECTED_TOTAL = {"urgent": 160, "control": 180}
# emergency allowed values per urgent category
ALWAYS_TRUE = {"airway"}
MAYBE_TRUE = {"systemic", "bleeding", "eye"}


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def parse(path):
    items, errors = [], []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 4:
                errors.append(f"line {n}: expected 4 '|'-separated fields, got {len(parts)}")
                continue
            kind, emerg, cat, msg = (p.strip() for p in parts)
            if kind not in EXPECTED:
                errors.append(f"line {n}: bad kind {kind!r}")
                continue
            if emerg not in ("true", "false"):
                errors.append(f"line {n}: bad emergency {emerg!r}")
                continue
            if cat not in EXPECTED[kind]:
                errors.append(f"line {n}: bad category {cat!r} for kind {kind}")
                continue
            if len(msg) < 3:
                errors.append(f"line {n}: empty/short message")
                continue
            e = emerg == "true"
            if kind == "control" and e:
                errors.append(f"line {n}: control item marked emergency")
            if kind == "urgent":
                if cat in ALWAYS_TRUE and not e:
                    errors.append(f"line {n}: {cat} must be emergency=true")
                if cat not in ALWAYS_TRUE | MAYBE_TRUE and e:
                    errors.append(f"line {n}: {cat} must be emergency=false")
            items.append({"question": msg, "kind": kind, "emergency": e,
                          "category": cat, "_line": n})
    return items, errors


def check(items):
    errors = []
    kinds = Counter(it["kind"] for it in items)
    for k, want in EXPECTED_TOTAL.items():
        if kinds[k] != want:
            errors.append(f"kind {k}: {kinds[k]} items, expected {want}")
    cats = Counter((it["kind"], it["category"]) for it in items)
    for k, d in EXPECTED.items():
        for c, want in d.items():
            if cats[(k, c)] != want:
                errors.append(f"{k}/{c}: {cats[(k, c)]} items, expected {want}")
    seen = {}
    for it in items:
        key = " ".join(it["question"].lower().split())
        if key in seen:
            errors.append(f"duplicate message at lines {seen[key]} and {it['_line']}")
        seen[key] = it["_line"]
    # each maybe-true urgent category should have both values represented
    for c in MAYBE_TRUE:
        vals = {it["emergency"] for it in items if it["kind"] == "urgent" and it["category"] == c}
        if vals != {True, False}:
            errors.append(f"urgent/{c}: expected both emergency values, got {vals}")
    return errors


def split(records):
    strata = defaultdict(list)
    for r in records:
        strata[(r["kind"], r["emergency"], r["category"])].append(r)
    tuning, sealed = [], []
    for key in sorted(strata, key=lambda k: (k[0], str(k[1]), k[2])):
        group = sorted(strata[key], key=lambda r: r["id"])  # id order is already random
        half = len(group) // 2
        tuning.extend(group[:half])
        sealed.extend(group[half:2 * half])
        if len(group) % 2:  # odd leftover goes to the currently smaller half
            (tuning if len(tuning) <= len(sealed) else sealed).append(group[-1])
    tuning.sort(key=lambda r: r["id"])
    sealed.sort(key=lambda r: r["id"])
    return tuning, sealed


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def table(name, records):
    c = Counter((r["kind"], r["category"], r["emergency"]) for r in records)
    print(f"{name}: {len(records)} items")
    for (k, cat, e), n in sorted(c.items(), key=lambda x: (x[0][0] != "urgent", x[0][1], x[0][2])):
        print(f"  {k:8s} {cat:28s} emergency={str(e).lower():5s} {n}")


def main():
    items, errors = parse(os.path.join(HERE, "messages.txt"))
    errors += check(items)
    if errors:
        fail(errors)
    rng = random.Random(SEED)
    rng.shuffle(items)
    records = []
    for i, it in enumerate(items, 1):
        records.append({"id": f"{PREFIX}-{i:03d}", "question": it["question"],
                        "kind": it["kind"], "emergency": it["emergency"],
                        "category": it["category"]})
    tuning, sealed = split(records)
    # post-checks on the split
    post = []
    ids_t, ids_s = {r["id"] for r in tuning}, {r["id"] for r in sealed}
    if ids_t & ids_s or len(ids_t | ids_s) != len(records):
        post.append("split halves overlap or miss items")
    if abs(len(tuning) - len(sealed)) > 1:
        post.append(f"split unbalanced: {len(tuning)} vs {len(sealed)}")
    ct = Counter((r["kind"], r["emergency"], r["category"]) for r in tuning)
    cs = Counter((r["kind"], r["emergency"], r["category"]) for r in sealed)
    for key in set(ct) | set(cs):
        if abs(ct[key] - cs[key]) > 1:
            post.append(f"stratum {key} unbalanced: {ct[key]} vs {cs[key]}")
    if post:
        fail(post)
    write_jsonl(os.path.join(HERE, "all.jsonl"), records)
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), tuning)
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), sealed)
    table("all", records)
    table("tuning", tuning)
    table("sealed", sealed)
    print("OK")


if __name__ == "__main__":
    main()
