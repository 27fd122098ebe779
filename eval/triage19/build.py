#!/usr/bin/env python3
"""Build the t19 red-flag evaluation set from messages.txt (standard library only).

Exits non-zero on any failure.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
BORDER_SRC = os.path.join(HERE, "borderline_src.json")
SEED = 19019
N_TOTAL, N_URGENT, N_CONTROL = 300, 130, 170
EMERG_MIN, EMERG_MAX = 45, 55
MIN_WORDS, MAX_WORDS = 3, 90
# categories that count as "hard" (everything except the plain ones)
EASY_URGENT = {"direct_sign"}
EASY_CONTROL = {"ordinary"}
MIN_HARD_URGENT, MIN_HARD_CONTROL = 45, 50
CAT_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

errors = []


def fail(msg):
    errors.append(msg)


def norm(text):
    t = text.lower()
    t = re.sub(r"[^\w\s]", "", t)
    return " ".join(t.split())


def load():
    rows = []
    with open(SRC, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                fail(f"line {ln}: blank line")
                continue
            parts = line.split("|")
            if len(parts) != 4:
                fail(f"line {ln}: expected 4 '|'-separated fields, got {len(parts)}")
                continue
            kind, emerg, cat, msg = parts
            if kind not in ("urgent", "control"):
                fail(f"line {ln}: bad kind {kind!r}")
            if emerg not in ("0", "1"):
                fail(f"line {ln}: bad emergency {emerg!r}")
            if emerg == "1" and kind != "urgent":
                fail(f"line {ln}: emergency on a non-urgent message")
            if not CAT_RE.match(cat):
                fail(f"line {ln}: category not snake_case: {cat!r}")
            if msg != msg.strip() or not msg:
                fail(f"line {ln}: message empty or has surrounding whitespace")
            nw = len(msg.split())
            if not (MIN_WORDS <= nw <= MAX_WORDS):
                fail(f"line {ln}: {nw} words (must be {MIN_WORDS}-{MAX_WORDS})")
            rows.append({"kind": kind, "emergency": emerg == "1", "category": cat,
                         "question": msg, "line": ln})
    return rows


def check_counts(rows):
    kinds = Counter(r["kind"] for r in rows)
    n_em = sum(r["emergency"] for r in rows)
    if len(rows) != N_TOTAL:
        fail(f"total {len(rows)} != {N_TOTAL}")
    if kinds["urgent"] != N_URGENT:
        fail(f"urgent {kinds['urgent']} != {N_URGENT}")
    if kinds["control"] != N_CONTROL:
        fail(f"control {kinds['control']} != {N_CONTROL}")
    if not (EMERG_MIN <= n_em <= EMERG_MAX):
        fail(f"emergencies {n_em} not in {EMERG_MIN}-{EMERG_MAX}")
    hard_u = sum(1 for r in rows if r["kind"] == "urgent" and r["category"] not in EASY_URGENT)
    hard_c = sum(1 for r in rows if r["kind"] == "control" and r["category"] not in EASY_CONTROL)
    if hard_u < MIN_HARD_URGENT:
        fail(f"hard urgent {hard_u} < {MIN_HARD_URGENT}")
    if hard_c < MIN_HARD_CONTROL:
        fail(f"hard control {hard_c} < {MIN_HARD_CONTROL}")
    # a category label should not be shared across kinds (keeps strata meaningful)
    cat_kinds = defaultdict(set)
    for r in rows:
        cat_kinds[r["category"]].add(r["kind"])
    for c, ks in cat_kinds.items():
        if len(ks) > 1:
            fail(f"category {c!r} used for both kinds")
    seen = {}
    for r in rows:
        key = norm(r["question"])
        if key in seen:
            fail(f"line {r['line']}: duplicate of line {seen[key]}")
        else:
            seen[key] = r["line"]


def split(rows):
    strata = defaultdict(list)
    for r in rows:
        strata[(r["kind"], r["emergency"], r["category"])].append(r)
    tuning, sealed = [], []
    spare_to_tuning = True
    for key in sorted(strata):
        items = sorted(strata[key], key=lambda r: r["id"])
        half = len(items) // 2
        tuning.extend(items[:half])
        sealed.extend(items[half:2 * half])
        if len(items) % 2:
            (tuning if spare_to_tuning else sealed).append(items[-1])
            spare_to_tuning = not spare_to_tuning
    tuning.sort(key=lambda r: r["id"])
    sealed.sort(key=lambda r: r["id"])
    return strata, tuning, sealed


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            out = {"id": r["id"], "question": r["question"], "kind": r["kind"],
                   "emergency": r["emergency"], "category": r["category"]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")


def main():
    rows = load()
    check_counts(rows)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        return 1

    random.Random(SEED).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"t19-{i:03d}"

    strata, tuning, sealed = split(rows)

    # sanity checks on the split
    ids_t = {r["id"] for r in tuning}
    ids_s = {r["id"] for r in sealed}
    if ids_t & ids_s:
        fail("tuning and sealed overlap")
    if ids_t | ids_s != {r["id"] for r in rows}:
        fail("split does not cover all rows")
    if abs(len(tuning) - len(sealed)) > 1:
        fail(f"split sizes unbalanced: {len(tuning)} vs {len(sealed)}")
    for key, items in strata.items():
        nt = sum(1 for r in items if r["id"] in ids_t)
        if abs(nt - (len(items) - nt)) > 1:
            fail(f"stratum {key} unbalanced")

    # borderline notes, keyed by message text in the source, written by id
    by_text = {r["question"]: r["id"] for r in rows}
    borderline = {}
    if os.path.exists(BORDER_SRC):
        with open(BORDER_SRC, encoding="utf-8") as fh:
            src = json.load(fh)
        for text, reason in src.items():
            if text not in by_text:
                fail(f"borderline entry not found in messages: {text[:60]!r}")
            elif not reason.strip() or "\n" in reason:
                fail(f"borderline reason must be one line: {text[:60]!r}")
            else:
                borderline[by_text[text]] = reason
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        return 1

    write_jsonl(os.path.join(HERE, "all.jsonl"), sorted(rows, key=lambda r: r["id"]))
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), tuning)
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), sealed)
    with open(os.path.join(HERE, "borderline.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(borderline.items())), fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    # report
    print(f"OK: {len(rows)} messages -> all.jsonl, tuning.jsonl ({len(tuning)}), "
          f"sealed.jsonl ({len(sealed)}), borderline.json ({len(borderline)})")
    print(f"{'kind':8} {'em':3} {'category':20} {'tuning':>6} {'sealed':>6} {'total':>6}")
    for key in sorted(strata):
        items = strata[key]
        nt = sum(1 for r in items if r["id"] in ids_t)
        print(f"{key[0]:8} {int(key[1]):<3} {key[2]:20} {nt:6d} {len(items) - nt:6d} {len(items):6d}")
    for kind in ("urgent", "control"):
        nt = sum(1 for r in tuning if r["kind"] == kind)
        ns = sum(1 for r in sealed if r["kind"] == kind)
        print(f"{kind}: tuning {nt}, sealed {ns}, total {nt + ns}")
    et = sum(r["emergency"] for r in tuning)
    es = sum(r["emergency"] for r in sealed)
    print(f"emergency: tuning {et}, sealed {es}, total {et + es}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
