#!/usr/bin/env python3
"""Validate messages.txt and build the t16 evaluation files (standard library only)."""
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 16016
PREFIX = "t16"

EXPECTED = {
    "urgent": {"airway": 30, "systemic": 25, "infection": 25, "allergic_skin": 20,
               "bleeding": 10, "severe_pain": 15, "eye": 10, "blistering_burns": 15},
    "control": {"normal_aftereffect": 35, "past_resolved": 20, "hypothetical": 20,
                "general_knowledge": 15, "other_person_or_context": 25, "figurative": 15,
                "pre_treatment_worry": 20, "booking_logistics": 15, "negated": 15,
                "product_or_other_treatment": 20},
}
ALWAYS_TRUE = {("urgent", "airway")}
MUST_MIX = {("urgent", "systemic"), ("urgent", "bleeding"), ("urgent", "eye")}
# everything else is always false


def norm(s):
    return " ".join(s.lower().split())


def parse(path):
    errors, items, pending = [], [], None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#!"):
                body = line[2:].strip()
                if not body.startswith("borderline:"):
                    errors.append(f"line {n}: bad marker {line!r}")
                    continue
                if pending is not None:
                    errors.append(f"line {n}: two borderline marks in a row")
                pending = body[len("borderline:"):].strip()
                if not pending:
                    errors.append(f"line {n}: empty borderline note")
                continue
            if line.startswith("#"):
                continue
            parts = line.split("|", 3)
            if len(parts) != 4:
                errors.append(f"line {n}: expected 4 fields")
                pending = None
                continue
            kind, emerg, cat, msg = (p.strip() for p in parts)
            if kind not in EXPECTED:
                errors.append(f"line {n}: bad kind {kind!r}")
            elif cat not in EXPECTED[kind]:
                errors.append(f"line {n}: bad category {cat!r} for kind {kind}")
            if emerg not in ("true", "false"):
                errors.append(f"line {n}: emergency must be true/false, got {emerg!r}")
            if not msg:
                errors.append(f"line {n}: empty message")
            items.append({"line": n, "kind": kind, "emergency": emerg == "true",
                          "category": cat, "question": msg, "borderline": pending})
            pending = None
    if pending is not None:
        errors.append("borderline mark at end of file with no message")
    return items, errors


def check(items, errors):
    counts = Counter((it["kind"], it["category"]) for it in items)
    for kind, cats in EXPECTED.items():
        for cat, want in cats.items():
            got = counts.get((kind, cat), 0)
            if got != want:
                errors.append(f"count {kind}/{cat}: expected {want}, got {got}")
    total = sum(sum(c.values()) for c in EXPECTED.values())
    if len(items) != total:
        errors.append(f"total: expected {total}, got {len(items)}")
    emerg = defaultdict(set)
    for it in items:
        key = (it["kind"], it["category"])
        emerg[key].add(it["emergency"])
        if key in ALWAYS_TRUE and not it["emergency"]:
            errors.append(f"line {it['line']}: {key} must be emergency=true")
        if key not in ALWAYS_TRUE and key not in MUST_MIX and it["emergency"]:
            errors.append(f"line {it['line']}: {key} must be emergency=false")
    for key in MUST_MIX:
        if emerg.get(key) != {True, False}:
            errors.append(f"{key}: must contain both true and false emergency labels")
    seen = {}
    for it in items:
        k = norm(it["question"])
        if k in seen:
            errors.append(f"line {it['line']}: duplicate of line {seen[k]}")
        else:
            seen[k] = it["line"]


def main():
    items, errors = parse(os.path.join(HERE, "messages.txt"))
    check(items, errors)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1

    rng = random.Random(SEED)
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = f"{PREFIX}-{i:03d}"

    strata = defaultdict(list)
    for it in items:
        strata[(it["kind"], it["emergency"], it["category"])].append(it)
    extra_to_tuning = True
    for key in sorted(strata, key=lambda k: (k[0], str(k[1]), k[2])):
        group = strata[key]  # already in shuffled (id) order
        half = len(group) // 2
        n_tuning = half
        if len(group) % 2:
            n_tuning = half + 1 if extra_to_tuning else half
            extra_to_tuning = not extra_to_tuning
        for j, it in enumerate(group):
            it["split"] = "tuning" if j < n_tuning else "sealed"

    def rec(it):
        return {"id": it["id"], "question": it["question"], "kind": it["kind"],
                "emergency": it["emergency"], "category": it["category"]}

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for it in rows:
                f.write(json.dumps(rec(it), ensure_ascii=False) + "\n")

    dump("all.jsonl", items)
    dump("tuning.jsonl", [it for it in items if it["split"] == "tuning"])
    dump("sealed.jsonl", [it for it in items if it["split"] == "sealed"])
    border = [{"id": it["id"], "split": it["split"], "note": it["borderline"]}
              for it in items if it["borderline"]]
    with open(os.path.join(HERE, "borderline.json"), "w", encoding="utf-8") as f:
        json.dump(border, f, ensure_ascii=False, indent=2)
        f.write("\n")

    # summary
    table = Counter((it["kind"], it["category"], it["emergency"], it["split"]) for it in items)
    print(f"{'kind':8} {'category':28} {'emerg':6} {'tuning':>6} {'sealed':>6} {'total':>6}")
    for kind, cats in EXPECTED.items():
        for cat in cats:
            for em in (True, False):
                t = table.get((kind, cat, em, "tuning"), 0)
                s = table.get((kind, cat, em, "sealed"), 0)
                if t + s:
                    print(f"{kind:8} {cat:28} {str(em).lower():6} {t:6} {s:6} {t + s:6}")
    nt = sum(1 for it in items if it["split"] == "tuning")
    print(f"total {len(items)}: tuning {nt}, sealed {len(items) - nt}; "
          f"emergency true {sum(it['emergency'] for it in items)}; borderline {len(border)}")
    for b in border:
        print(" ", b["id"], b["split"], "-", b["note"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
