#!/usr/bin/env python3
"""Validate messages.txt and build the t17 evaluation files (standard library only).

Checks format, kinds, categories, exact counts, emergency rules, uniqueness and
the style-tag minimums; exits non-zero on any failure. On success writes
all.jsonl, tuning.jsonl, sealed.jsonl and borderline.json next to this file.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
SEED = 17017
PREFIX = "t17"

URGENT_COUNTS = {
    "airway": 30, "systemic": 25, "infection": 25, "allergic_skin": 20,
    "bleeding": 10, "severe_pain": 15, "eye": 10, "blistering_burns": 10,
    "spreading_or_worsening": 15,
}
CONTROL_COUNTS = {
    "normal_aftereffect": 40, "past_resolved": 20, "hypothetical": 20,
    "general_knowledge": 15, "other_person_or_context": 25, "figurative": 15,
    "pre_treatment_worry": 20, "booking_logistics": 15, "negated": 15,
    "product_or_other_treatment": 15,
}
KIND_TOTALS = {"urgent": 160, "control": 200}
ALWAYS_TRUE = {"airway"}
ALWAYS_FALSE = {"infection", "allergic_skin", "severe_pain", "blistering_burns",
                "spreading_or_worsening"}
# "about" targets for the mixed categories (checked within a tolerance)
MIXED_TRUE_TARGET = {"systemic": 15, "bleeding": 4, "eye": 5}
MIXED_TOLERANCE = 2
STYLE_TAGS = {"b": "buried", "d": "downplayed", "f": "family"}
MIN_BURIED = 60
MIN_DOWNPLAYED_OR_FAMILY = 30


def norm(text):
    return re.sub(r"\s+", " ", text).strip().casefold()


def parse(errors):
    items = []
    pending_note = None
    pending_tags = None
    with open(SRC, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            if line.startswith("#!"):
                m = re.match(r"^#! borderline: (\S.*)$", line)
                if not m:
                    errors.append(f"line {lineno}: malformed borderline marker")
                elif pending_note is not None:
                    errors.append(f"line {lineno}: two borderline markers in a row")
                else:
                    pending_note = m.group(1).strip()
                continue
            if line.startswith("#~"):
                tags = line[2:].split()
                bad = [t for t in tags if t not in STYLE_TAGS]
                if bad or not tags:
                    errors.append(f"line {lineno}: bad style tags {bad or '(none)'}")
                if pending_tags is not None:
                    errors.append(f"line {lineno}: two style-tag lines in a row")
                pending_tags = set(tags)
                continue
            if line.startswith("#"):
                continue
            parts = line.split("|", 3)
            if len(parts) != 4:
                errors.append(f"line {lineno}: expected 4 '|' fields")
                pending_note = pending_tags = None
                continue
            kind, emerg, cat, msg = parts
            if emerg not in ("true", "false"):
                errors.append(f"line {lineno}: emergency must be true/false, got {emerg!r}")
            if msg != msg.strip() or not msg.strip():
                errors.append(f"line {lineno}: empty message or stray whitespace")
            if "|" in msg:
                errors.append(f"line {lineno}: '|' inside message")
            items.append({
                "line": lineno, "kind": kind, "emergency": emerg == "true",
                "category": cat, "question": msg, "note": pending_note,
                "tags": pending_tags or set(),
            })
            pending_note = pending_tags = None
    if pending_note is not None or pending_tags is not None:
        errors.append("end of file: marker not followed by a message")
    return items


def check(items, errors):
    kinds = Counter(i["kind"] for i in items)
    for k in kinds:
        if k not in KIND_TOTALS:
            errors.append(f"unknown kind {k!r}")
    for k, n in KIND_TOTALS.items():
        if kinds[k] != n:
            errors.append(f"kind {k}: {kinds[k]} messages, expected {n}")
    if len(items) != sum(KIND_TOTALS.values()):
        errors.append(f"total {len(items)}, expected {sum(KIND_TOTALS.values())}")

    for kind, table in (("urgent", URGENT_COUNTS), ("control", CONTROL_COUNTS)):
        cats = Counter(i["category"] for i in items if i["kind"] == kind)
        for c in cats:
            if c not in table:
                errors.append(f"{kind}: unknown category {c!r}")
        for c, n in table.items():
            if cats[c] != n:
                errors.append(f"{kind}/{c}: {cats[c]} messages, expected {n}")

    for i in items:
        where = f"line {i['line']}"
        if i["kind"] == "control":
            if i["emergency"]:
                errors.append(f"{where}: control marked emergency")
            if i["tags"]:
                errors.append(f"{where}: style tags on a control")
        elif i["kind"] == "urgent":
            if i["category"] in ALWAYS_TRUE and not i["emergency"]:
                errors.append(f"{where}: {i['category']} must be emergency")
            if i["category"] in ALWAYS_FALSE and i["emergency"]:
                errors.append(f"{where}: {i['category']} must not be emergency")

    for cat, target in MIXED_TRUE_TARGET.items():
        n = sum(1 for i in items if i["kind"] == "urgent" and i["category"] == cat
                and i["emergency"])
        tot = sum(1 for i in items if i["kind"] == "urgent" and i["category"] == cat)
        if abs(n - target) > MIXED_TOLERANCE or n == 0 or n == tot:
            errors.append(f"urgent/{cat}: {n} emergencies, expected about {target}")

    seen = {}
    for i in items:
        key = norm(i["question"])
        if key in seen:
            errors.append(f"line {i['line']}: duplicate of line {seen[key]}")
        else:
            seen[key] = i["line"]

    urgent = [i for i in items if i["kind"] == "urgent"]
    buried = sum(1 for i in urgent if "b" in i["tags"])
    dfam = sum(1 for i in urgent if i["tags"] & {"d", "f"})
    if buried < MIN_BURIED:
        errors.append(f"only {buried} buried urgent messages, need {MIN_BURIED}")
    if dfam < MIN_DOWNPLAYED_OR_FAMILY:
        errors.append(f"only {dfam} downplayed/family urgent messages, "
                      f"need {MIN_DOWNPLAYED_OR_FAMILY}")
    return {"buried": buried, "downplayed_or_family": dfam,
            "downplayed": sum(1 for i in urgent if "d" in i["tags"]),
            "family": sum(1 for i in urgent if "f" in i["tags"])}


def split(records):
    strata = defaultdict(list)
    for r in records:
        strata[(r["kind"], r["emergency"], r["category"])].append(r)
    tuning, sealed = [], []
    odd_turn = 0  # 0 -> extra item goes to tuning, 1 -> sealed
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda r: r["id"])
        half = len(group) // 2
        tuning.extend(group[:half])
        sealed.extend(group[half:2 * half])
        if len(group) % 2:
            (tuning if odd_turn == 0 else sealed).append(group[-1])
            odd_turn ^= 1
    split_of = {r["id"]: "tuning" for r in tuning}
    split_of.update({r["id"]: "sealed" for r in sealed})
    return (sorted(tuning, key=lambda r: r["id"]),
            sorted(sealed, key=lambda r: r["id"]), split_of)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in
                                 ("id", "question", "kind", "emergency", "category")},
                                ensure_ascii=False) + "\n")


def main():
    errors = []
    items = parse(errors)
    style = check(items, errors)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        return 1

    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    records = []
    for n, idx in enumerate(order, 1):
        r = dict(items[idx])
        r["id"] = f"{PREFIX}-{n:03d}"
        records.append(r)
    records.sort(key=lambda r: r["id"])

    tuning, sealed, split_of = split(records)
    if len(tuning) != 180 or len(sealed) != 180:
        print(f"ERROR: split is {len(tuning)}/{len(sealed)}, expected 180/180",
              file=sys.stderr)
        return 1

    write_jsonl(os.path.join(HERE, "all.jsonl"), records)
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), tuning)
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), sealed)
    border = [{"id": r["id"], "split": split_of[r["id"]], "note": r["note"]}
              for r in records if r["note"]]
    with open(os.path.join(HERE, "borderline.json"), "w", encoding="utf-8") as fh:
        json.dump(border, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    def summary(rows):
        return Counter((r["kind"], r["emergency"]) for r in rows)

    print(f"OK: {len(records)} messages "
          f"(urgent {KIND_TOTALS['urgent']}, control {KIND_TOTALS['control']})")
    for name, rows in (("all", records), ("tuning", tuning), ("sealed", sealed)):
        s = summary(rows)
        print(f"  {name:7s} n={len(rows):3d}  urgent/emergency={s[('urgent', True)]:3d}"
              f"  urgent/non-emergency={s[('urgent', False)]:3d}"
              f"  control={s[('control', False)]:3d}")
    print(f"  style (urgent): buried={style['buried']}  downplayed={style['downplayed']}"
          f"  family={style['family']}  downplayed-or-family={style['downplayed_or_family']}")
    print(f"  borderline: {len(border)} "
          f"(tuning {sum(b['split'] == 'tuning' for b in border)}, "
          f"sealed {sum(b['split'] == 'sealed' for b in border)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
