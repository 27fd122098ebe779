#!/usr/bin/env python3
"""Validate the front-desk training set. Standard library only.

Usage: python3 check.py   (run from any directory; paths are relative to this file)
Exit code 0 when every check passes, 1 otherwise.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEAFLET = HERE / "booking-and-fees.md"
QUESTIONS = HERE / "questions.jsonl"

EXPECTED = {"fees_covered": 80, "frontdesk_not_covered": 120, "treatment_covered": 40}
COVERED_BY_GROUP = {"fees_covered": True, "frontdesk_not_covered": False, "treatment_covered": True}
REQUIRED = {"id": str, "group": str, "question": str, "covered": bool, "why": str}
# Matched case-insensitively as substrings (stricter than whole words: "park" also
# catches "parking"/"sparkle", "bus" also catches "business").
FORBIDDEN = ["hours", "parking", "park", "bus", "train", "finance", "instalment",
             "student", "nhs", "refund", "hiring", "wheelchair", "wifi", "wi-fi",
             "laser", "peel", "botox", "filler"]

errors = []


def err(msg):
    errors.append(msg)


def norm(q):
    """Normalise a question for duplicate detection."""
    return re.sub(r"[^a-z0-9]+", " ", q.lower()).strip()


def check_questions():
    counts = {g: 0 for g in EXPECTED}
    ids, seen_q = set(), {}
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {n}: invalid JSON ({e})")
            continue
        if not isinstance(rec, dict):
            err(f"line {n}: not a JSON object")
            continue
        extra = set(rec) - set(REQUIRED)
        if extra:
            err(f"line {n}: unexpected fields {sorted(extra)}")
        ok = True
        for field, typ in REQUIRED.items():
            if field not in rec:
                err(f"line {n}: missing field {field!r}")
                ok = False
            elif not isinstance(rec[field], typ):
                err(f"line {n}: field {field!r} should be {typ.__name__}")
                ok = False
        if not ok:
            continue
        rid, group, q, why = rec["id"], rec["group"], rec["question"], rec["why"]
        if not re.fullmatch(r"fd-\d{3}", rid):
            err(f"line {n}: bad id {rid!r}")
        elif rid != f"fd-{n:03d}":
            err(f"line {n}: id {rid} out of sequence (expected fd-{n:03d})")
        if rid in ids:
            err(f"line {n}: duplicate id {rid}")
        ids.add(rid)
        if group not in EXPECTED:
            err(f"line {n}: unknown group {group!r}")
        else:
            counts[group] += 1
            if rec["covered"] is not COVERED_BY_GROUP[group]:
                err(f"line {n}: covered={rec['covered']} inconsistent with group {group}")
        if len(q.strip()) < 5 or q != q.strip():
            err(f"line {n}: question empty or has surrounding whitespace")
        key = norm(q)
        if key in seen_q:
            err(f"line {n}: duplicate question (same as line {seen_q[key]}): {q!r}")
        else:
            seen_q[key] = n
        if not why.strip() or len(why.split()) > 12:
            err(f"line {n}: 'why' should be one short phrase (got {len(why.split())} words)")
    for g, want in EXPECTED.items():
        if counts[g] != want:
            err(f"group {g}: {counts[g]} lines, expected {want}")
    total = sum(EXPECTED.values())
    if len(lines) != total:
        err(f"{len(lines)} lines, expected {total}")
    return counts, len(lines)


def check_leaflet():
    text = LEAFLET.read_text(encoding="utf-8")
    low = text.lower()
    for w in FORBIDDEN:
        for m in re.finditer(re.escape(w), low):
            a, b = max(0, m.start() - 20), m.end() + 20
            err(f"leaflet contains forbidden word {w!r}: ...{text[a:b]!r}...")
    lines = text.splitlines()
    if not lines or lines[0].strip() != "# Booking and fees":
        err("leaflet must start with '# Booking and fees'")
    h1 = [l for l in lines if re.match(r"#\s", l)]
    h2 = [l for l in lines if re.match(r"##\s", l)]
    if len(h1) != 1:
        err(f"leaflet has {len(h1)} level-1 headings, expected 1")
    if not 4 <= len(h2) <= 6:
        err(f"leaflet has {len(h2)} '## ' sections, expected 4-6")
    wc_plain = len(text.split())                      # like `wc -w`
    wc_words = len(re.findall(r"[A-Za-z0-9£]\S*", text))  # ignores table pipes, bullets
    if not (350 <= wc_words <= 500 and wc_plain <= 500):
        err(f"leaflet length {wc_words} words ({wc_plain} by wc -w), expected 350-500")
    phones = re.findall(r"\b01632\s?(\d{3})\s?(\d{3})\b", text)
    if not phones:
        err("leaflet has no 01632 phone number")
    for a, b in phones:
        if not 960000 <= int(a + b) <= 960999:
            err(f"phone 01632 {a} {b} outside the drama range 01632 960000-960999")
    return wc_words, wc_plain, [l[3:] for l in h2]


def main():
    counts, n = check_questions()
    wc_words, wc_plain, sections = check_leaflet()
    print(f"questions: {n} lines; " + ", ".join(f"{g}={c}" for g, c in counts.items()))
    print(f"leaflet: {wc_words} words ({wc_plain} by wc -w); sections: {sections}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
