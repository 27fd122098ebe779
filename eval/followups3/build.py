#!/usr/bin/env python3
"""Validate items.txt for the fu3 set and write items.jsonl, tuning.jsonl, sealed.jsonl.

Standard library only. Exits non-zero (and writes nothing) on any rule failure.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus"
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]
SHUFFLE_SEED = 3131
SPLIT_SEED = 3132
TURNS = {"continues": 70, "new_topic": 50}
KIND_RANGES = {"answerable": (95, 105), "out_of_scope": (15, 25)}
TOTAL = 120


def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"\s+", " ", s)
    return s.strip().lower()


def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", fold(s))


def load_leaflets():
    texts = []
    for name in LEAFLETS:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            texts.append(f.read())
    folded = [fold(t) for t in texts]
    sentences = []
    for t in texts:
        for line in t.splitlines():
            line = fold(line)
            if not line:
                continue
            for sent in re.split(r"(?<=[.!?])\s+", line):
                if sent:
                    sentences.append(sent)
    grams = set()
    for t in texts:
        w = words(t)
        for i in range(len(w) - 4):
            grams.add(tuple(w[i:i + 5]))
    return folded, sentences, grams


def main():
    folded, sentences, grams = load_leaflets()
    errors = []
    items = []
    doubtful_next = False
    seen_pairs = set()
    with open(os.path.join(HERE, "items.txt"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.lower().strip("# ").startswith("doubtful"):
                doubtful_next = True
            continue
        where = "line %d" % n
        parts = line.split("|")
        if len(parts) != 6:
            errors.append("%s: expected 6 fields, got %d" % (where, len(parts)))
            doubtful_next = False
            continue
        turn, kind, first, second, ev_s, mm_s = [p.strip() for p in parts]
        if turn not in TURNS:
            errors.append("%s: bad turn %r" % (where, turn))
        if kind not in KIND_RANGES:
            errors.append("%s: bad kind %r" % (where, kind))
        if not first or not second:
            errors.append("%s: empty message" % where)
        ev = [e.strip() for e in ev_s.split(";;") if e.strip()] if ev_s else []
        mm = [m.strip() for m in mm_s.split(";;") if m.strip()] if mm_s else []
        if kind == "out_of_scope":
            if ev or mm:
                errors.append("%s: out_of_scope item must have empty evidence/must_mention" % where)
        elif kind == "answerable":
            if not ev:
                errors.append("%s: answerable item without evidence" % where)
            if not (1 <= len(mm) <= 3):
                errors.append("%s: must_mention needs 1-3 phrases, got %d" % (where, len(mm)))
        # phrase checks
        sent_sets = []
        for e in ev:
            nw = len(e.split())
            if not (5 <= nw <= 15):
                errors.append("%s: evidence has %d words (5-15): %r" % (where, nw, e))
            fe = fold(e)
            if not any(fe in t for t in folded):
                errors.append("%s: evidence not in leaflets: %r" % (where, e))
                continue
            ss = frozenset(i for i, s in enumerate(sentences) if fe in s)
            if not ss:
                errors.append("%s: evidence spans sentences: %r" % (where, e))
                continue
            sent_sets.append((e, ss))
        for i in range(len(sent_sets)):
            for j in range(i + 1, len(sent_sets)):
                if sent_sets[i][1] == sent_sets[j][1]:
                    errors.append("%s: two evidence phrases from the same sentence: %r / %r"
                                  % (where, sent_sets[i][0], sent_sets[j][0]))
        if len(set(fold(e) for e in ev)) != len(ev):
            errors.append("%s: duplicate evidence phrase" % where)
        for m in mm:
            nw = len(m.split())
            if not (1 <= nw <= 5):
                errors.append("%s: must_mention has %d words (1-5): %r" % (where, nw, m))
            if not any(fold(m) in t for t in folded):
                errors.append("%s: must_mention not in leaflets: %r" % (where, m))
        # 5-word-run rule on both messages
        for label, msg in (("first", first), ("second", second)):
            w = words(msg)
            for i in range(len(w) - 4):
                if tuple(w[i:i + 5]) in grams:
                    errors.append("%s: %s message shares 5-word run with a leaflet: %r"
                                  % (where, label, " ".join(w[i:i + 5])))
                    break
        pair = (fold(first), fold(second))
        if pair in seen_pairs:
            errors.append("%s: duplicate (first, second) pair" % where)
        seen_pairs.add(pair)
        items.append({
            "after": first, "question": second, "turn": turn, "kind": kind,
            "evidence": ev, "must_mention": mm, "_doubtful": doubtful_next,
        })
        doubtful_next = False

    if len(items) != TOTAL:
        errors.append("expected %d items, got %d" % (TOTAL, len(items)))
    tc = Counter(it["turn"] for it in items)
    for t, want in TURNS.items():
        if tc[t] != want:
            errors.append("turn %s: expected %d, got %d" % (t, want, tc[t]))
    kc = Counter(it["kind"] for it in items)
    for k, (lo, hi) in KIND_RANGES.items():
        if not (lo <= kc[k] <= hi):
            errors.append("kind %s: %d not in %d-%d" % (k, kc[k], lo, hi))

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)

    rng = random.Random(SHUFFLE_SEED)
    order = list(items)
    rng.shuffle(order)
    for i, it in enumerate(order, 1):
        it["id"] = "fu3-%03d" % i

    strata = defaultdict(list)
    for it in order:
        strata[(it["turn"], it["kind"])].append(it)
    srng = random.Random(SPLIT_SEED)
    split = {}
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda x: x["id"])
        srng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2:
            # odd strata: alternate the extra item by stratum order
            half += srng.randint(0, 1)
        for j, it in enumerate(group):
            split[it["id"]] = "tuning" if j < half else "sealed"

    def rec(it):
        return {
            "id": it["id"], "after": it["after"], "question": it["question"],
            "turn": it["turn"], "kind": it["kind"],
            "evidence": it["evidence"], "must_mention": it["must_mention"],
        }

    def dump(path, rows):
        with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
            for it in rows:
                f.write(json.dumps(rec(it), ensure_ascii=False) + "\n")

    dump("items.jsonl", order)
    dump("tuning.jsonl", [it for it in order if split[it["id"]] == "tuning"])
    dump("sealed.jsonl", [it for it in order if split[it["id"]] == "sealed"])

    # summary
    print("wrote items.jsonl (%d), tuning.jsonl (%d), sealed.jsonl (%d)" % (
        len(order), sum(v == "tuning" for v in split.values()),
        sum(v == "sealed" for v in split.values())))
    print("turn/kind/split counts:")
    table = Counter((it["turn"], it["kind"], split[it["id"]]) for it in order)
    for key in sorted(set((t, k) for t, k, _ in table)):
        print("  %-10s %-13s tuning=%d sealed=%d" % (
            key[0], key[1], table[key + ("tuning",)], table[key + ("sealed",)]))
    print("doubtful:", ", ".join("%s (%s)" % (it["id"], split[it["id"]])
                                 for it in sorted(order, key=lambda x: x["id"])
                                 if it["_doubtful"]))


if __name__ == "__main__":
    main()
