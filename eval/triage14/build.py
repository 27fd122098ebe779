#!/usr/bin/env python3
"""Build the t14 safety-triage evaluation set from messages.txt (standard library only).

Checks format, kinds, categories, exact counts, emergency rules and uniqueness;
exits non-zero on any failure. Then shuffles with random.Random(14014), assigns
ids t14-001..t14-340 and writes all.jsonl plus a 50/50 split stratified by
(kind, emergency, category) into tuning.jsonl and sealed.jsonl. Lines of the
form "#! borderline: note" mark the next message as a judgement call; their ids
are written to borderline.json.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
SEED = 14014
PREFIX = "t14"

URGENT = {"airway": 35, "systemic": 20, "infection": 25, "allergic_skin": 20,
          "bleeding": 15, "severe_pain": 15, "eye": 15, "blistering_burns": 15}
CONTROL = {"normal_aftereffect": 30, "past_resolved": 15, "hypothetical": 20,
           "general_knowledge": 15, "other_person_or_context": 15, "figurative": 15,
           "pre_treatment_worry": 20, "booking_logistics": 15, "negated": 15,
           "product_or_other_treatment": 20}
EXPECTED = {"urgent": URGENT, "control": CONTROL}
ALWAYS_TRUE = {"airway"}
ALWAYS_FALSE = {"infection", "allergic_skin", "severe_pain", "blistering_burns"}
TOTAL = sum(URGENT.values()) + sum(CONTROL.values())


def norm(text):
    return re.sub(r"\s+", " ", text.strip().lower())


def parse(path):
    errors, items, pending_note = [], [], None
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                m = re.match(r"#!\s*borderline:\s*(.+)$", line)
                if m:
                    if pending_note is not None:
                        errors.append(f"line {lineno}: two borderline notes in a row")
                    pending_note = m.group(1).strip()
                continue
            parts = line.split("|")
            if len(parts) != 4:
                errors.append(f"line {lineno}: expected 4 '|'-separated fields, got {len(parts)}")
                pending_note = None
                continue
            kind, emerg, cat, msg = (p.strip() for p in parts)
            if kind not in EXPECTED:
                errors.append(f"line {lineno}: bad kind {kind!r}")
            elif cat not in EXPECTED[kind]:
                errors.append(f"line {lineno}: category {cat!r} not allowed for kind {kind}")
            if emerg not in ("true", "false"):
                errors.append(f"line {lineno}: emergency must be true/false, got {emerg!r}")
            if not msg:
                errors.append(f"line {lineno}: empty message")
            e = emerg == "true"
            if kind == "control" and e:
                errors.append(f"line {lineno}: control item marked emergency")
            if cat in ALWAYS_TRUE and not e:
                errors.append(f"line {lineno}: {cat} must be emergency true")
            if cat in ALWAYS_FALSE and e:
                errors.append(f"line {lineno}: {cat} must be emergency false")
            items.append({"question": msg, "kind": kind, "emergency": e,
                          "category": cat, "_line": lineno, "_note": pending_note})
            pending_note = None
    if pending_note is not None:
        errors.append("borderline note at end of file with no message after it")
    return items, errors


def check(items, errors):
    counts = Counter((it["kind"], it["category"]) for it in items)
    for kind, cats in EXPECTED.items():
        for cat, n in cats.items():
            if counts[(kind, cat)] != n:
                errors.append(f"count {kind}/{cat}: expected {n}, got {counts[(kind, cat)]}")
    if len(items) != TOTAL:
        errors.append(f"total: expected {TOTAL}, got {len(items)}")
    seen = {}
    for it in items:
        k = norm(it["question"])
        if k in seen:
            errors.append(f"duplicate message on lines {seen[k]} and {it['_line']}")
        else:
            seen[k] = it["_line"]
    # both emergency values must be present in the mixed urgent categories
    for cat in set(URGENT) - ALWAYS_TRUE - ALWAYS_FALSE:
        vals = {it["emergency"] for it in items if it["category"] == cat}
        if vals != {True, False}:
            errors.append(f"category {cat}: expected a mix of emergency true/false")


def split(records):
    strata = defaultdict(list)
    for r in records:
        strata[(r["kind"], r["emergency"], r["category"])].append(r)
    tuning, sealed, extra_to_tuning = [], [], True
    for key in sorted(strata, key=lambda k: (k[0], str(k[1]), k[2])):
        group = sorted(strata[key], key=lambda r: r["id"])
        half = len(group) // 2
        tuning += group[:half]
        sealed += group[half:2 * half]
        if len(group) % 2:
            (tuning if extra_to_tuning else sealed).append(group[-1])
            extra_to_tuning = not extra_to_tuning
    return sorted(tuning, key=lambda r: r["id"]), sorted(sealed, key=lambda r: r["id"])


def write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in ("id", "question", "kind", "emergency", "category")},
                                ensure_ascii=False) + "\n")


def main():
    items, errors = parse(SRC)
    check(items, errors)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"FAILED with {len(errors)} error(s)", file=sys.stderr)
        return 1
    random.Random(SEED).shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = f"{PREFIX}-{i:03d}"
    tuning, sealed = split(items)
    assert len(tuning) + len(sealed) == TOTAL
    assert not ({r["id"] for r in tuning} & {r["id"] for r in sealed})
    write(os.path.join(HERE, "all.jsonl"), items)
    write(os.path.join(HERE, "tuning.jsonl"), tuning)
    write(os.path.join(HERE, "sealed.jsonl"), sealed)
    sealed_ids = {r["id"] for r in sealed}
    border = [{"id": it["id"], "split": "sealed" if it["id"] in sealed_ids else "tuning",
               "kind": it["kind"], "emergency": it["emergency"], "category": it["category"],
               "note": it["_note"], "question": it["question"]}
              for it in sorted(items, key=lambda r: r["id"]) if it["_note"]]
    with open(os.path.join(HERE, "borderline.json"), "w", encoding="utf-8") as fh:
        json.dump(border, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    print(f"OK: {len(items)} messages -> all.jsonl; tuning {len(tuning)}, sealed {len(sealed)}")
    print(f"{'kind':8} {'category':27} {'em=T':>5} {'em=F':>5} {'all':>4} {'tune':>5} {'seal':>5}")
    tune_c = Counter((r["kind"], r["category"]) for r in tuning)
    seal_c = Counter((r["kind"], r["category"]) for r in sealed)
    for kind, cats in EXPECTED.items():
        for cat in cats:
            t = sum(1 for r in items if r["kind"] == kind and r["category"] == cat and r["emergency"])
            f = sum(1 for r in items if r["kind"] == kind and r["category"] == cat and not r["emergency"])
            print(f"{kind:8} {cat:27} {t:5} {f:5} {t + f:4} {tune_c[(kind, cat)]:5} {seal_c[(kind, cat)]:5}")
    for name, rows in (("tuning", tuning), ("sealed", sealed)):
        c = Counter((r["kind"], r["emergency"]) for r in rows)
        print(f"{name}: urgent/em=T {c[('urgent', True)]}, urgent/em=F {c[('urgent', False)]}, "
              f"control {c[('control', False)]}")
    print(f"borderline items: {len(border)} -> borderline.json")
    for b in border:
        print(f"  {b['id']} ({b['split']}) {b['kind']}/{b['category']} em={str(b['emergency']).lower()}: {b['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
