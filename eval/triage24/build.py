#!/usr/bin/env python3
"""Validate messages.txt and build all / tuning / sealed JSONL files for triage24.

Theme: one triage set across many skin-clinic treatments (dermaplaning, laser
tattoo removal, IPL, laser hair removal, chemical peels, anti-wrinkle
injections, dermal fillers, skin boosters, microdermabrasion, HydraFacials,
lash and brow treatments, waxing and threading, cryotherapy for skin tags,
facials). A red flag happening now is urgent; alarming-sounding but ordinary
messages are controls.

Standard library only. Deterministic: fixed seed, split stratified by (kind, category).
Adapted from an earlier set's build script; there is no leaflet check.

Source format, one message per line:
    kind|emergency(0/1)|category|treatment|message

The treatment field is bookkeeping only (to check the spread over treatments);
it is not written to the JSONL files.

Usage:
    python3 build.py                      # validate messages.txt and write the JSONL files
    python3 build.py --check-only FILE    # validate FILE only, write nothing
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
SEED = 2424
ID_PREFIX = "t24-"
NGRAM = 5

EXPECTED_TOTAL = 200
EXPECTED_KIND = {"control": 100, "urgent": 100}
EXPECTED_EMERGENCY = 25
EXPECTED_CRISIS = 10
CATEGORY_KIND = {
    "emergency_self": "urgent",
    "emergency_other": "urgent",
    "crisis": "urgent",
    "burn_blister": "urgent",
    "infection": "urgent",
    "injectable_warning": "urgent",
    "other_red_flag": "urgent",
    "normal_effect": "control",
    "fear": "control",
    "figure_of_speech": "control",
    "others_story": "control",
    "past_event": "control",
    "complication_question": "control",
    "everyday_health": "control",
}
# Emergency flag each category must carry (never set on a control or on crisis).
CATEGORY_EMERGENCY = {c: c in ("emergency_self", "emergency_other") for c in CATEGORY_KIND}
EXPECTED_CATEGORY = {
    "emergency_self": 15,
    "emergency_other": 10,
    "crisis": 10,
    "burn_blister": 16,
    "infection": 15,
    "injectable_warning": 14,
    "other_red_flag": 20,
    "normal_effect": 28,
    "fear": 14,
    "figure_of_speech": 16,
    "others_story": 12,
    "past_event": 10,
    "complication_question": 12,
    "everyday_health": 8,
}
TREATMENTS = [
    "dermaplaning", "tattoo", "ipl", "laser_hair", "peel", "antiwrinkle",
    "filler", "booster", "microderm", "hydrafacial", "lashbrow", "wax_thread",
    "cryo", "facial", "none",
]
# Every treatment (not "none") must appear at least this often under each kind.
MIN_PER_TREATMENT_KIND = 4
# Message length bounds, in whitespace-separated words (emoji count as words).
MIN_WORDS, MAX_WORDS = 8, 60

QUOTE_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
})


def normalise(text):
    """Lower-case, fold curly quotes, drop apostrophes, turn every other
    non-alphanumeric character (punctuation, emoji, symbols) into a space,
    collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTE_FOLD).lower()
    text = text.replace("'", "")
    text = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def ngrams(text, n=NGRAM):
    toks = normalise(text).split()
    return {" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def load(path):
    errors = []
    rows = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        parts = line.split("|")
        if len(parts) != 5:
            errors.append(f"line {n}: expected 5 '|' fields, got {len(parts)}")
            continue
        kind, emerg, cat, treat, msg = parts
        if msg != msg.strip() or not msg:
            errors.append(f"line {n}: empty message or stray whitespace")
        if kind not in EXPECTED_KIND:
            errors.append(f"line {n}: bad kind {kind!r}")
        if emerg not in ("0", "1"):
            errors.append(f"line {n}: bad emergency flag {emerg!r}")
        if treat not in TREATMENTS:
            errors.append(f"line {n}: unknown treatment {treat!r}")
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
                     "category": cat, "crisis": cat == "crisis",
                     "treatment": treat, "question": msg})
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
    n_crisis = sum(r["crisis"] for r in rows)
    if n_crisis != EXPECTED_CRISIS:
        errors.append(f"crisis: expected {EXPECTED_CRISIS}, got {n_crisis}")

    # Spread over treatments: each named treatment under both kinds.
    tk = Counter((r["treatment"], r["kind"]) for r in rows)
    for t in TREATMENTS:
        if t == "none":
            continue
        for k in EXPECTED_KIND:
            if tk[(t, k)] < MIN_PER_TREATMENT_KIND:
                errors.append(f"treatment {t}: only {tk[(t, k)]} {k} messages, want >= {MIN_PER_TREATMENT_KIND}")

    # Duplicates after normalising.
    seen = {}
    for r in rows:
        key = normalise(r["question"])
        if not key:
            errors.append(f"line {r['line']}: message is empty after normalising")
        elif key in seen:
            errors.append(f"line {r['line']}: duplicate of line {seen[key]} after normalising: {key!r}")
        else:
            seen[key] = r["line"]

    # 5-word runs shared between two messages.
    owner = {}
    for r in rows:
        for g in sorted(ngrams(r["question"])):
            if g in owner and owner[g] != r["line"]:
                errors.append(f"line {r['line']}: {NGRAM}-word run shared with line {owner[g]}: {g!r}")
            else:
                owner.setdefault(g, r["line"])
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
            "emergency": r["emergency"], "category": r["category"],
            "crisis": r["crisis"]}


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in sorted(rows, key=lambda x: x["id"]):
            fh.write(json.dumps(record(r), ensure_ascii=False) + "\n")


def main(argv):
    check_only = False
    src = SRC
    if len(argv) >= 2 and argv[0] == "--check-only":
        check_only, src = True, argv[1]
    rows, errors = load(src)
    errors = validate(rows, errors)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"FAILED: {len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    if check_only:
        print(f"OK: {src} passes all checks ({len(rows)} messages)")
        return

    rng = random.Random(SEED)
    order = rows[:]
    rng.shuffle(order)
    for i, r in enumerate(order, 1):
        r["id"] = f"{ID_PREFIX}{i:03d}"

    tuning, sealed = split(rows, rng)
    assert len(tuning) + len(sealed) == len(rows)
    assert len(tuning) == len(sealed) == len(rows) // 2
    assert not ({r["id"] for r in tuning} & {r["id"] for r in sealed})

    write_jsonl(os.path.join(HERE, "all.jsonl"), rows)
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), tuning)
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), sealed)

    def summary(name, part):
        k = Counter(r["kind"] for r in part)
        c = Counter(r["category"] for r in part)
        e = sum(r["emergency"] for r in part)
        cr = sum(r["crisis"] for r in part)
        cats = ", ".join(f"{cat}={c[cat]}" for cat in EXPECTED_CATEGORY)
        print(f"{name}: {len(part)} (control={k['control']}, urgent={k['urgent']}, "
              f"emergency={e}, crisis={cr}) [{cats}]")

    summary("all.jsonl", rows)
    summary("tuning.jsonl", tuning)
    summary("sealed.jsonl", sealed)
    tk = Counter((r["treatment"], r["kind"]) for r in rows)
    print("treatments (urgent/control): " + ", ".join(
        f"{t}={tk[(t, 'urgent')]}/{tk[(t, 'control')]}" for t in TREATMENTS))
    words = [len(r["question"].split()) for r in rows]
    print(f"words: min={min(words)} max={max(words)} mean={sum(words)/len(words):.1f} "
          f"(<=12: {sum(w <= 12 for w in words)}, >=40: {sum(w >= 40 for w in words)})")


if __name__ == "__main__":
    main(sys.argv[1:])
