#!/usr/bin/env python3
"""Validate messages.txt and build all / tuning / sealed JSONL files for triage22.

Standard library only. Deterministic: fixed seed, split stratified by (kind, category),
the same method as triage21's build.py.

Source format, one message per line (lines starting with '#' are section headers):
    kind|emergency(yes/no)|category|message

Checks:
  - exact counts per kind and category (100 urgent, 140 control);
  - at least 60 urgent messages of 6 words or fewer;
  - each control category has at least 15 items;
  - at least 20 urgent messages name neither the treatment nor the clinic;
  - no duplicate messages after normalising;
  - no 5-word run shared with a clinic leaflet (corpus/*.md);
  - no 5-word run shared between two messages.
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
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "corpus"))
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]
SEED = 22
ID_PREFIX = "t22-"
RUN = 5  # length of the shared-word-run check

EXPECTED_TOTAL = 240
EXPECTED_KIND = {"control": 140, "urgent": 100}
CATEGORY_KIND = {
    "emergency_now": "urgent",
    "sign_now": "urgent",
    "topic": "control",
    "hypothetical": "control",
    "past_or_over": "control",
    "candidacy": "control",
    "normal_effect_plea": "control",
    "help_other_sense": "control",
    "figurative": "control",
}
CATEGORY_EMERGENCY = {c: (c == "emergency_now") for c in CATEGORY_KIND}
EXPECTED_CATEGORY = {
    "emergency_now": 50,
    "sign_now": 50,
    "topic": 20,
    "hypothetical": 20,
    "past_or_over": 20,
    "candidacy": 20,
    "normal_effect_plea": 20,
    "help_other_sense": 20,
    "figurative": 20,
}
MIN_CONTROL_CATEGORY = 15
SHORT_WORDS = 6
MIN_SHORT_URGENT = 60
MIN_UNANCHORED_URGENT = 20
# Words count as whitespace-separated tokens (a separate emoji or "!!!" counts as a word).
MIN_WORDS, MAX_WORDS = 2, 12

# A message "names the treatment or the clinic" if any token starts with one of these.
ANCHOR_PREFIXES = (
    "microneedl", "needl", "treatment", "session", "clinic", "procedure",
    "appointment", "appt", "serum", "numbing", "aftercare", "lidocaine",
    "cream", "balm", "your", "yours", "ur", "u",
)


def normalise(text):
    """Lower-case, drop apostrophes, turn other punctuation/emoji into spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("'", "").replace("\u2019", "")
    text = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()


def runs(text, n=RUN):
    toks = normalise(text).split()
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def names_anchor(msg):
    for tok in normalise(msg).split():
        if tok in ("u", "ur"):
            return True
        if any(tok.startswith(p) for p in ANCHOR_PREFIXES if len(p) > 2):
            return True
    return False


def load(path):
    errors, rows = [], []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 4:
            errors.append(f"line {n}: expected 4 '|' fields, got {len(parts)}")
            continue
        kind, emerg, cat, msg = parts
        if msg != msg.strip() or not msg:
            errors.append(f"line {n}: empty message or stray whitespace")
        if kind not in EXPECTED_KIND:
            errors.append(f"line {n}: bad kind {kind!r}")
        if emerg not in ("yes", "no"):
            errors.append(f"line {n}: bad emergency flag {emerg!r}")
        if cat not in CATEGORY_KIND:
            errors.append(f"line {n}: unknown category {cat!r}")
        elif CATEGORY_KIND[cat] != kind:
            errors.append(f"line {n}: category {cat} belongs to kind {CATEGORY_KIND[cat]}, not {kind}")
        if emerg == "yes" and kind != "urgent":
            errors.append(f"line {n}: emergency=yes on a control")
        if cat in CATEGORY_EMERGENCY and (emerg == "yes") != CATEGORY_EMERGENCY[cat]:
            want = "yes" if CATEGORY_EMERGENCY[cat] else "no"
            errors.append(f"line {n}: {cat} must have emergency={want}")
        words = len(msg.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"line {n}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        rows.append({"line": n, "kind": kind, "emergency": emerg == "yes",
                     "category": cat, "question": msg, "words": words})
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
        if CATEGORY_KIND[c] == "control" and cats[c] < MIN_CONTROL_CATEGORY:
            errors.append(f"control category {c}: {cats[c]} < {MIN_CONTROL_CATEGORY}")
    urgent = [r for r in rows if r["kind"] == "urgent"]
    n_short = sum(r["words"] <= SHORT_WORDS for r in urgent)
    if n_short < MIN_SHORT_URGENT:
        errors.append(f"urgent with <= {SHORT_WORDS} words: {n_short} < {MIN_SHORT_URGENT}")
    n_unanch = sum(not names_anchor(r["question"]) for r in urgent)
    if n_unanch < MIN_UNANCHORED_URGENT:
        errors.append(f"urgent naming neither treatment nor clinic: {n_unanch} < {MIN_UNANCHORED_URGENT}")

    # Duplicates after normalising.
    seen = {}
    for r in rows:
        key = normalise(r["question"])
        if not key:
            errors.append(f"line {r['line']}: message is empty after normalising")
        elif key in seen:
            errors.append(f"line {r['line']}: duplicate of line {seen[key]}: {key!r}")
        else:
            seen[key] = r["line"]

    # 5-word runs shared with a leaflet.
    leaflet_runs = {}
    for name in LEAFLETS:
        path = os.path.join(CORPUS, name)
        with open(path, encoding="utf-8") as fh:
            for run in runs(fh.read()):
                leaflet_runs.setdefault(run, name)
    for r in rows:
        for run in sorted(runs(r["question"])):
            if run in leaflet_runs:
                errors.append(f"line {r['line']}: {RUN}-word run {' '.join(run)!r} "
                              f"shared with leaflet {leaflet_runs[run]}")

    # 5-word runs shared between two messages.
    owner = {}
    for r in rows:
        for run in sorted(runs(r["question"])):
            if run in owner and owner[run] != r["line"]:
                errors.append(f"line {r['line']}: {RUN}-word run {' '.join(run)!r} "
                              f"also in line {owner[run]}")
            else:
                owner.setdefault(run, r["line"])
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
    assert len(tuning) == len(sealed) == len(rows) // 2
    assert not ({r["id"] for r in tuning} & {r["id"] for r in sealed})

    write_jsonl(os.path.join(HERE, "all.jsonl"), rows)
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), tuning)
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), sealed)

    def summary(name, part):
        k = Counter(r["kind"] for r in part)
        c = Counter(r["category"] for r in part)
        e = sum(r["emergency"] for r in part)
        cats = ", ".join(f"{cat}={c[cat]}" for cat in EXPECTED_CATEGORY)
        print(f"{name}: {len(part)} (control={k['control']}, urgent={k['urgent']}, "
              f"emergency={e}) [{cats}]")

    summary("all.jsonl", rows)
    summary("tuning.jsonl", tuning)
    summary("sealed.jsonl", sealed)

    urgent = [r for r in rows if r["kind"] == "urgent"]
    control = [r for r in rows if r["kind"] == "control"]
    for name, part in (("urgent", urgent), ("control", control)):
        lengths = Counter(r["words"] for r in part)
        dist = ", ".join(f"{w}:{lengths[w]}" for w in sorted(lengths))
        mean = sum(r["words"] for r in part) / len(part)
        print(f"{name} words per message [{dist}] mean {mean:.1f}")
    print(f"urgent with <= {SHORT_WORDS} words: {sum(r['words'] <= SHORT_WORDS for r in urgent)}")
    print(f"urgent naming neither treatment nor clinic: "
          f"{sum(not names_anchor(r['question']) for r in urgent)}")


if __name__ == "__main__":
    main()
