#!/usr/bin/env python3
"""Build the ev50 evaluation set from items.txt (standard library only).

Usage: python3 build.py [--items PATH]

Checks every item and, if anything is wrong, prints every failure, writes
nothing and exits 1. Otherwise shuffles with random.Random(7070), numbers ids
ev50-001..ev50-200 and writes items.jsonl, tuning.jsonl and sealed.jsonl next to
this script.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = "/work/main/corpus"
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]
EXPECTED = {"answerable": 100, "medical": 0, "out_of_scope": 240, "urgent": 0, "control": 0}
# (min, max) evidence phrases and must_mention phrases per kind
EVIDENCE_RANGE = {"answerable": (1, 3), "medical": (1, 3), "out_of_scope": (0, 0), "urgent": (0, 0), "control": (0, 0)}
MUST_RANGE = {"answerable": (1, 2), "medical": (0, 2), "out_of_scope": (0, 0), "urgent": (0, 0), "control": (0, 0)}
STYLES = {"short", "typo", "chatty", "rambling", "indirect", "third_party",
          "non_native", "anxious", "faq", "disguised", "alarming", "voice_typed", "tell_ask"}
SEP = ";;"
SEED = 7070
PREFIX = "ev50"


def fold_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def split_list(field):
    field = field.strip()
    if not field:
        return []
    return [p.strip() for p in field.split(SEP)]


def main(argv):
    items_path = os.path.join(HERE, "items.txt")
    if len(argv) == 3 and argv[1] == "--items":
        items_path = argv[2]
    elif len(argv) != 1:
        print("usage: build.py [--items PATH]")
        return 2

    errors = []
    corpus = []
    for name in LEAFLETS:
        with open(os.path.join(CORPUS_DIR, name), encoding="utf-8") as f:
            corpus.append(fold_ws(f.read()))

    def in_corpus(phrase):
        p = fold_ws(phrase)
        return any(p in text for text in corpus)

    items = []
    doubtful = []
    pending_doubt = None
    seen = {}
    with open(items_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            m = re.match(r"\s*#\s*doubtful:\s*(.*)", line)
            if m:
                pending_doubt = m.group(1).strip()
            continue
        where = "line %d" % n
        fields = line.split("|")
        if len(fields) != 5:
            errors.append("%s: expected 5 fields, got %d: %r" % (where, len(fields), line))
            pending_doubt = None
            continue
        kind, style, question, ev_field, mm_field = (x.strip() for x in fields)
        if kind not in EXPECTED:
            errors.append("%s: unknown kind %r" % (where, kind))
            continue
        if style not in STYLES:
            errors.append("%s: unknown style %r" % (where, style))
        if not question:
            errors.append("%s: empty question" % where)
        key = fold_ws(question).lower()
        if key in seen:
            errors.append("%s: duplicate question (first at line %d): %r" % (where, seen[key], question))
        else:
            seen[key] = n
        evidence = split_list(ev_field)
        must = split_list(mm_field)
        lo, hi = EVIDENCE_RANGE[kind]
        if not lo <= len(evidence) <= hi:
            errors.append("%s: %s needs %d-%d evidence phrases, has %d" % (where, kind, lo, hi, len(evidence)))
        lo, hi = MUST_RANGE[kind]
        if not lo <= len(must) <= hi:
            errors.append("%s: %s needs %d-%d must_mention phrases, has %d" % (where, kind, lo, hi, len(must)))
        for e in evidence:
            wc = len(e.split())
            if not 5 <= wc <= 15:
                errors.append("%s: evidence has %d words (need 5-15): %r" % (where, wc, e))
            if not in_corpus(e):
                errors.append("%s: evidence not found verbatim in any leaflet: %r" % (where, e))
        for m_ in must:
            wc = len(m_.split())
            if not 1 <= wc <= 5:
                errors.append("%s: must_mention has %d words (need 1-5): %r" % (where, wc, m_))
            if not in_corpus(m_):
                errors.append("%s: must_mention not found verbatim in any leaflet: %r" % (where, m_))
            if evidence and not any(fold_ws(m_) in fold_ws(e) for e in evidence):
                errors.append("%s: must_mention not inside any of its evidence phrases: %r" % (where, m_))
        item = {"question": question, "kind": kind, "evidence": evidence,
                "must_mention": must, "style": style, "_line": n}
        items.append(item)
        if pending_doubt:
            doubtful.append((item, pending_doubt))
        pending_doubt = None

    counts = {k: sum(1 for it in items if it["kind"] == k) for k in EXPECTED}
    for k, want in EXPECTED.items():
        if counts[k] != want:
            errors.append("count of %s is %d, expected %d" % (k, counts[k], want))

    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d failure(s); nothing written." % len(errors))
        return 1

    rng = random.Random(SEED)
    rng.shuffle(items)
    records = []
    for i, it in enumerate(items, 1):
        it["id"] = "%s-%03d" % (PREFIX, i)
        records.append({"id": it["id"], "question": it["question"], "kind": it["kind"],
                        "evidence": it["evidence"], "must_mention": it["must_mention"],
                        "style": it["style"]})
    tuning, sealed = [], []
    pos = {k: 0 for k in EXPECTED}
    for r in records:
        pos[r["kind"]] += 1
        (tuning if pos[r["kind"]] % 2 == 1 else sealed).append(r)

    def write(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    write("items.jsonl", records)
    write("tuning.jsonl", tuning)
    write("sealed.jsonl", sealed)

    print("OK: %d items written" % len(records))
    for k in EXPECTED:
        t = sum(1 for r in tuning if r["kind"] == k)
        s = sum(1 for r in sealed if r["kind"] == k)
        print("  %-13s total %3d  tuning %3d  sealed %3d" % (k, counts[k], t, s))
    print("  %-13s total %3d  tuning %3d  sealed %3d" % ("all", len(records), len(tuning), len(sealed)))
    styles = {}
    for r in records:
        styles.setdefault(r["style"], 0)
        styles[r["style"]] += 1
    print("  styles:", ", ".join("%s %d" % kv for kv in sorted(styles.items())))
    if doubtful:
        print("doubtful items:")
        for it, why in doubtful:
            half = "tuning" if any(r["id"] == it["id"] for r in tuning) else "sealed"
            print("  %s (%s, %s): %s -- %s" % (it["id"], it["kind"], half, it["question"], why))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
