#!/usr/bin/env python3
"""Validate messages.txt and build the t15 safety-triage evaluation files.

Standard library only. Exits non-zero (and writes nothing) if any check fails.

Outputs (next to this script):
  all.jsonl        all 360 records, shuffled, ids t15-001..t15-360
  tuning.jsonl     half of each (kind, emergency, category) stratum
  sealed.jsonl     the other half
  borderline.json  [{"id", "split", "note"}] for lines marked '#! borderline:'
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
SEED = 15015
PREFIX = "t15"

EXPECTED = {
    "urgent": {
        "airway": 30,
        "systemic": 25,
        "infection": 25,
        "allergic_skin": 20,
        "bleeding": 15,
        "severe_pain": 15,
        "eye": 15,
        "blistering_burns": 15,
    },
    "control": {
        "normal_aftereffect": 30,
        "past_resolved": 20,
        "hypothetical": 20,
        "general_knowledge": 15,
        "other_person_or_context": 20,
        "figurative": 20,
        "pre_treatment_worry": 20,
        "booking_logistics": 15,
        "negated": 20,
        "product_or_other_treatment": 20,
    },
}
ALWAYS_TRUE = {("urgent", "airway")}
ALWAYS_FALSE = {("urgent", c) for c in ("infection", "allergic_skin", "severe_pain", "blistering_burns")}
MUST_MIX = {("urgent", c) for c in ("systemic", "bleeding", "eye")}
# every control category is always false
ALWAYS_FALSE |= {("control", c) for c in EXPECTED["control"]}

BORDER_RE = re.compile(r"^#!\s*borderline:\s*(.+?)\s*$")


def norm(text):
    return re.sub(r"\s+", " ", text).strip().casefold()


def parse(path):
    errors = []
    records = []
    pending_note = None
    pending_line = None
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            if line.startswith("#"):
                m = BORDER_RE.match(line)
                if m:
                    if pending_note is not None:
                        errors.append(f"line {pending_line}: borderline note not followed by a message")
                    pending_note, pending_line = m.group(1), lineno
                elif line.startswith("#!"):
                    errors.append(f"line {lineno}: unknown '#!' directive")
                continue
            parts = line.split("|")
            if len(parts) != 4:
                errors.append(f"line {lineno}: expected 4 '|'-separated fields, got {len(parts)}")
                pending_note = None
                continue
            kind, emerg, cat, msg = (p.strip() for p in parts)
            if kind not in EXPECTED:
                errors.append(f"line {lineno}: unknown kind {kind!r}")
            elif cat not in EXPECTED[kind]:
                errors.append(f"line {lineno}: unknown category {cat!r} for kind {kind!r}")
            if emerg not in ("true", "false"):
                errors.append(f"line {lineno}: emergency must be 'true' or 'false', got {emerg!r}")
            if not msg:
                errors.append(f"line {lineno}: empty message")
            if msg != parts[3]:
                errors.append(f"line {lineno}: message has leading/trailing whitespace")
            records.append({
                "line": lineno,
                "question": msg,
                "kind": kind,
                "emergency": emerg == "true",
                "category": cat,
                "note": pending_note,
            })
            pending_note = None
    if pending_note is not None:
        errors.append(f"line {pending_line}: borderline note at end of file with no message")
    return records, errors


def check(records):
    errors = []
    # counts
    counts = Counter((r["kind"], r["category"]) for r in records)
    for kind, cats in EXPECTED.items():
        for cat, n in cats.items():
            if counts.get((kind, cat), 0) != n:
                errors.append(f"count {kind}/{cat}: expected {n}, got {counts.get((kind, cat), 0)}")
    for key in counts:
        if key[0] not in EXPECTED or key[1] not in EXPECTED[key[0]]:
            errors.append(f"unexpected kind/category {key}")
    kinds = Counter(r["kind"] for r in records)
    for kind, cats in EXPECTED.items():
        if kinds.get(kind, 0) != sum(cats.values()):
            errors.append(f"kind {kind}: expected {sum(cats.values())}, got {kinds.get(kind, 0)}")
    total = sum(sum(c.values()) for c in EXPECTED.values())
    if len(records) != total:
        errors.append(f"total: expected {total}, got {len(records)}")
    # emergency rules
    seen_flags = defaultdict(set)
    for r in records:
        key = (r["kind"], r["category"])
        seen_flags[key].add(r["emergency"])
        if key in ALWAYS_TRUE and not r["emergency"]:
            errors.append(f"line {r['line']}: {key} must be emergency=true")
        if key in ALWAYS_FALSE and r["emergency"]:
            errors.append(f"line {r['line']}: {key} must be emergency=false")
    for key in MUST_MIX:
        if seen_flags.get(key) != {True, False}:
            errors.append(f"{key} must contain both emergency=true and emergency=false")
    # uniqueness (case- and whitespace-insensitive)
    first = {}
    for r in records:
        k = norm(r["question"])
        if k in first:
            errors.append(f"line {r['line']}: duplicate of line {first[k]}")
        else:
            first[k] = r["line"]
    return errors


def split(records):
    """50/50 split stratified by (kind, emergency, category).

    Strata are visited in sorted order; within a stratum items keep their
    shuffled (id) order and alternate between the two halves. For odd-sized
    strata the extra item goes to tuning and sealed alternately.
    """
    strata = defaultdict(list)
    for r in records:
        strata[(r["kind"], r["emergency"], r["category"])].append(r)
    assignment = {}
    odd_seen = 0
    for key in sorted(strata):
        items = sorted(strata[key], key=lambda r: r["id"])
        if len(items) % 2 == 1:
            first_half = "tuning" if odd_seen % 2 == 0 else "sealed"
            odd_seen += 1
        else:
            first_half = "tuning"
        other = "sealed" if first_half == "tuning" else "tuning"
        for i, r in enumerate(items):
            assignment[r["id"]] = first_half if i % 2 == 0 else other
    return assignment, strata


def main():
    records, errors = parse(SRC)
    errors += check(records)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"FAILED with {len(errors)} error(s)", file=sys.stderr)
        return 1

    rng = random.Random(SEED)
    rng.shuffle(records)
    width = max(3, len(str(len(records))))
    for i, r in enumerate(records, 1):
        r["id"] = f"{PREFIX}-{i:0{width}d}"

    assignment, strata = split(records)

    def out(r):
        return {"id": r["id"], "question": r["question"], "kind": r["kind"],
                "emergency": r["emergency"], "category": r["category"]}

    def write_jsonl(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(out(r), ensure_ascii=False) + "\n")

    write_jsonl("all.jsonl", records)
    write_jsonl("tuning.jsonl", [r for r in records if assignment[r["id"]] == "tuning"])
    write_jsonl("sealed.jsonl", [r for r in records if assignment[r["id"]] == "sealed"])
    border = [{"id": r["id"], "split": assignment[r["id"]], "note": r["note"]}
              for r in records if r["note"]]
    with open(os.path.join(HERE, "borderline.json"), "w", encoding="utf-8") as fh:
        json.dump(border, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    # summary
    n_t = sum(1 for v in assignment.values() if v == "tuning")
    n_s = len(assignment) - n_t
    print(f"OK: {len(records)} records, tuning {n_t}, sealed {n_s}, borderline {len(border)}")
    print(f"{'kind':8} {'category':28} {'emerg':6} {'total':>5} {'tuning':>6} {'sealed':>6}")
    for key in sorted(strata, key=lambda k: (k[0] != "urgent", k[2], not k[1])):
        items = strata[key]
        t = sum(1 for r in items if assignment[r["id"]] == "tuning")
        print(f"{key[0]:8} {key[2]:28} {str(key[1]).lower():6} {len(items):5d} {t:6d} {len(items) - t:6d}")
    emerg_t = sum(1 for r in records if r["emergency"])
    print(f"emergency=true: {emerg_t}, "
          f"tuning {sum(1 for r in records if r['emergency'] and assignment[r['id']] == 'tuning')}, "
          f"sealed {sum(1 for r in records if r['emergency'] and assignment[r['id']] == 'sealed')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
