#!/usr/bin/env python3
"""Validate messages.txt and build the t18 triage evaluation files (stdlib only)."""
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 18018
PREFIX = "t18"

URGENT_COUNTS = {
    "airway": 25, "systemic": 20, "infection": 20, "allergic_skin": 15,
    "bleeding": 10, "severe_pain": 10, "eye": 10, "blistering_burns": 10,
    "spreading_or_worsening": 10,
}
CONTROL_COUNTS = {
    "normal_aftereffect": 45, "past_resolved": 20, "hypothetical": 15,
    "general_knowledge": 15, "other_person_or_context": 25, "figurative": 15,
    "pre_treatment_worry": 15, "booking_logistics": 10, "negated": 10,
}
# allowed emergency values per urgent category
URGENT_EMERGENCY = {
    "airway": {True},
    "systemic": {True, False},   # false only for fever/chills alone
    "eye": {True, False},        # true only for a change in vision
    "bleeding": {True, False},   # true only for heavy bleeding not stopped by pressure
    "infection": {False}, "allergic_skin": {False}, "severe_pain": {False},
    "blistering_burns": {False}, "spreading_or_worsening": {False},
}
MIN_BURIED = 40


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def parse(path):
    items, errors = [], []
    pending_note, pending_buried = None, False
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#! borderline:"):
                if pending_note is not None:
                    errors.append(f"line {n}: two borderline notes in a row")
                pending_note = line[len("#! borderline:"):].strip()
                if not pending_note:
                    errors.append(f"line {n}: empty borderline note")
                continue
            if line.startswith("#!"):
                errors.append(f"line {n}: malformed '#!' line")
                continue
            if line.strip() == "# buried":
                pending_buried = True
                continue
            if line.startswith("#"):
                continue
            parts = line.split("|", 3)
            if len(parts) != 4:
                errors.append(f"line {n}: expected 4 '|'-separated fields")
                continue
            kind, emerg, cat, msg = parts
            if kind not in ("urgent", "control"):
                errors.append(f"line {n}: bad kind {kind!r}")
            if emerg not in ("true", "false"):
                errors.append(f"line {n}: bad emergency {emerg!r}")
            msg = msg.strip()
            if not msg:
                errors.append(f"line {n}: empty message")
            items.append({
                "line": n, "kind": kind, "emergency": emerg == "true",
                "category": cat, "question": msg,
                "note": pending_note, "buried": pending_buried,
            })
            pending_note, pending_buried = None, False
    if pending_note is not None or pending_buried:
        errors.append("dangling marker at end of file")
    return items, errors


def validate(items, errors):
    for it in items:
        n, kind, cat, em = it["line"], it["kind"], it["category"], it["emergency"]
        if kind == "urgent":
            if cat not in URGENT_COUNTS:
                errors.append(f"line {n}: unknown urgent category {cat!r}")
            elif em not in URGENT_EMERGENCY[cat]:
                errors.append(f"line {n}: emergency={em} not allowed for urgent/{cat}")
        elif kind == "control":
            if cat not in CONTROL_COUNTS:
                errors.append(f"line {n}: unknown control category {cat!r}")
            if em:
                errors.append(f"line {n}: control items must have emergency false")
        if it["buried"] and kind != "urgent":
            errors.append(f"line {n}: '# buried' marker on a non-urgent item")

    counts = Counter((it["kind"], it["category"]) for it in items)
    for kind, table in (("urgent", URGENT_COUNTS), ("control", CONTROL_COUNTS)):
        for cat, want in table.items():
            got = counts.get((kind, cat), 0)
            if got != want:
                errors.append(f"{kind}/{cat}: {got} items, expected {want}")
    kinds = Counter(it["kind"] for it in items)
    if kinds["urgent"] != 130 or kinds["control"] != 170 or len(items) != 300:
        errors.append(f"totals wrong: {dict(kinds)} / {len(items)}")

    buried = sum(1 for it in items if it["buried"])
    if buried < MIN_BURIED:
        errors.append(f"only {buried} buried/played-down urgent items, need >= {MIN_BURIED}")

    seen = {}
    for it in items:
        key = "".join(it["question"].split()).lower()
        if key in seen:
            errors.append(f"line {it['line']}: duplicate of line {seen[key]}")
        else:
            seen[key] = it["line"]
    return errors


def split(records):
    strata = defaultdict(list)
    for r in records:
        strata[(r["kind"], r["emergency"], r["category"])].append(r)
    tuning, sealed, odd_turn = [], [], 0
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda r: r["id"])
        half = len(group) // 2
        t, s = group[:half], group[half:2 * half]
        if len(group) % 2:
            extra = group[-1]
            (t if odd_turn % 2 == 0 else s).append(extra)
            odd_turn += 1
        tuning += t
        sealed += s
    tuning.sort(key=lambda r: r["id"])
    sealed.sort(key=lambda r: r["id"])
    return tuning, sealed


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in ("id", "question", "kind", "emergency", "category")},
                                ensure_ascii=False) + "\n")


def main():
    items, errors = parse(os.path.join(HERE, "messages.txt"))
    errors = validate(items, errors)
    if errors:
        fail(errors)

    rng = random.Random(SEED)
    order = list(items)
    rng.shuffle(order)
    for i, it in enumerate(order, 1):
        it["id"] = f"{PREFIX}-{i:03d}"

    tuning, sealed = split(order)
    if len(tuning) != 150 or len(sealed) != 150:
        fail([f"split sizes {len(tuning)}/{len(sealed)}, expected 150/150"])
    split_of = {r["id"]: "tuning" for r in tuning}
    split_of.update({r["id"]: "sealed" for r in sealed})

    write_jsonl(os.path.join(HERE, "all.jsonl"), order)
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), tuning)
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), sealed)
    borderline = [{"id": it["id"], "split": split_of[it["id"]], "note": it["note"]}
                  for it in order if it["note"]]
    with open(os.path.join(HERE, "borderline.json"), "w", encoding="utf-8") as fh:
        json.dump(borderline, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    print(f"OK: {len(order)} items ({sum(i['kind']=='urgent' for i in order)} urgent, "
          f"{sum(i['emergency'] for i in order)} emergency), "
          f"tuning {len(tuning)} / sealed {len(sealed)}, "
          f"{len(borderline)} borderline, {sum(i['buried'] for i in order)} buried urgent")
    for kind in ("urgent", "control"):
        c = Counter((i["category"], i["emergency"]) for i in order if i["kind"] == kind)
        for (cat, em), v in sorted(c.items()):
            t = sum(1 for r in tuning if r["kind"] == kind and r["category"] == cat and r["emergency"] == em)
            print(f"  {kind:8s} {cat:24s} emergency={str(em).lower():5s} {v:3d}  (tuning {t}, sealed {v - t})")


if __name__ == "__main__":
    main()
