#!/usr/bin/env python3
"""Validate messages.txt and build all / tuning / sealed JSONL files for triage21.

Standard library only. Deterministic: fixed seed, split stratified by (kind, category).

Source format, one message per line:
    kind|emergency(0/1)|category|message
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
SEED = 21
ID_PREFIX = "t21-"

EXPECTED_TOTAL = 240
EXPECTED_KIND = {"control": 140, "urgent": 100}
EXPECTED_EMERGENCY = 55
CATEGORY_KIND = {
    "companion_emergency": "urgent",
    "companion_sign": "urgent",
    "own_emergency": "urgent",
    "own_sign": "urgent",
    "other_past": "control",
    "other_condition": "control",
    "own_past_or_topic": "control",
    "companion_normal": "control",
}
# Emergency flag each category must carry (emergency is never set on a control).
CATEGORY_EMERGENCY = {
    "companion_emergency": True,
    "companion_sign": False,
    "own_emergency": True,
    "own_sign": False,
    "other_past": False,
    "other_condition": False,
    "own_past_or_topic": False,
    "companion_normal": False,
}
# Exact counts as given in the brief.
EXPECTED_CATEGORY = {
    "companion_emergency": 40,
    "companion_sign": 30,
    "own_emergency": 15,
    "own_sign": 15,
    "other_past": 40,
    "other_condition": 35,
    "own_past_or_topic": 35,
    "companion_normal": 30,
}
# Message length bounds, in whitespace-separated words (emoji count as words).
MIN_WORDS, MAX_WORDS = 3, 40


def normalise(text):
    """Lower-case, drop punctuation/emoji/symbols, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def load(path):
    errors = []
    rows = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        parts = line.split("|")
        if len(parts) != 4:
            errors.append(f"line {n}: expected 4 '|' fields, got {len(parts)}")
            continue
        kind, emerg, cat, msg = parts
        if msg != msg.strip() or not msg:
            errors.append(f"line {n}: empty message or stray whitespace")
        if kind not in EXPECTED_KIND:
            errors.append(f"line {n}: bad kind {kind!r}")
        if emerg not in ("0", "1"):
            errors.append(f"line {n}: bad emergency flag {emerg!r}")
        if cat not in CATEGORY_KIND:
            errors.append(f"line {n}: unknown category {cat!r}")
        elif CATEGORY_KIND[cat] != kind:
            errors.append(f"line {n}: category {cat} belongs to kind {CATEGORY_KIND[cat]}, not {kind}")
        if emerg == "1" and kind != "urgent":
            errors.append(f"line {n}: emergency=1 on a non-urgent message")
        if cat in CATEGORY_EMERGENCY and (emerg == "1") != CATEGORY_EMERGENCY[cat]:
            want = "1" if CATEGORY_EMERGENCY[cat] else "0"
            errors.append(f"line {n}: {cat} must have emergency={want}")
        words = len(msg.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"line {n}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        rows.append({"line": n, "kind": kind, "emergency": emerg == "1",
                     "category": cat, "question": msg})
    return rows, errors


def validate(rows, errors):
    if len(rows) != EXPECTED_TOTAL:
        errors.append(f"expected {EXPECTED_TOTAL} messages, got {len(rows)}")
    kinds = Counter(r["kind"] for r in rows)
    for k, want in EXPECTED_KIND.items():
        if kinds[k] != want:
            errors.append(f"kind {k}: expected {want}, got {kinds[k]}")
    cats = Counter(r["category"] for r in rows)
    for c, want in EXPECTED_CATEGORY.items():
        if cats[c] != want:
            errors.append(f"category {c}: expected {want}, got {cats[c]}")
    n_emerg = sum(r["emergency"] for r in rows)
    if n_emerg != EXPECTED_EMERGENCY:
        errors.append(f"emergency: expected {EXPECTED_EMERGENCY}, got {n_emerg}")
    seen = {}
    for r in rows:
        key = normalise(r["question"])
        if not key:
            errors.append(f"line {r['line']}: message is empty after normalising")
        elif key in seen:
            errors.append(f"line {r['line']}: duplicate of line {seen[key]} after normalising: {key!r}")
        else:
            seen[key] = r["line"]
    return errors


def split(rows, rng):
    """Stratified half split by (kind, category). Odd-sized strata alternate
    which side gets the extra item so both halves end at exactly half."""
    strata = defaultdict(list)
    for r in rows:
        strata[(r["kind"], r["category"])].append(r)
    tuning, sealed = [], []
    extra_to_tuning = True
    for key in sorted(strata):
        group = strata[key][:]
        rng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2:
            half += 1 if extra_to_tuning else 0
            extra_to_tuning = not extra_to_tuning
        tuning.extend(group[:half])
        sealed.extend(group[half:])
    return tuning, sealed


def record(r):
    return {"id": r["id"], "question": r["question"], "kind": r["kind"],
            "emergency": r["emergency"], "category": r["category"]}


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in sorted(rows, key=lambda x: x["id"]):
            fh.write(json.dumps(record(r), ensure_ascii=False) + "\n")


def main():
    rows, errors = load(SRC)
    errors = validate(rows, errors)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    rng = random.Random(SEED)
    order = rows[:]
    rng.shuffle(order)
    for i, r in enumerate(order, 1):
        r["id"] = f"{ID_PREFIX}{i:03d}"

    tuning, sealed = split(rows, rng)
    assert len(tuning) + len(sealed) == len(rows)
    assert not ({r["id"] for r in tuning} & {r["id"] for r in sealed})

    write_jsonl(os.path.join(HERE, "all.jsonl"), rows)
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), tuning)
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), sealed)

    def summary(name, part):
        k = Counter(r["kind"] for r in part)
        c = Counter(r["category"] for r in part)
        e = sum(r["emergency"] for r in part)
        cats = ", ".join(f"{cat}={c[cat]}" for cat in EXPECTED_CATEGORY)
        print(f"{name}: {len(part)} (control={k['control']}, urgent={k['urgent']}, emergency={e}) [{cats}]")

    summary("all.jsonl", rows)
    summary("tuning.jsonl", tuning)
    summary("sealed.jsonl", sealed)


if __name__ == "__main__":
    main()
