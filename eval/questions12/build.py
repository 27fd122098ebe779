#!/usr/bin/env python3
"""Build the q12 evaluation set from the hand-written source_*.txt files.

Parses every source_*.txt in this folder, shuffles all items with a fixed seed,
assigns ids q12-001..q12-240, and writes:
  items.jsonl    all 240 items, in id order
  tuning.jsonl   120 items  } split stratified by (kind, style), and by topic
  sealed.jsonl   120 items  } inside each stratum
  topics.tsv     id, kind, style, topic, split (bookkeeping only; not part of the items)
Standard library only.
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 12  # fixed seed for the shuffle and for the split
FIELDS = ("id", "question", "kind", "evidence", "must_mention", "style", "writer")
KEYS = {"Q": "question", "K": "kind", "T": "topic", "S": "style", "W": "writer",
        "E": "evidence", "M": "must_mention"}


def parse_sources(folder=HERE):
    """Return the list of items (dicts with an internal 'topic' and 'source')."""
    items = []
    errors = []
    for path in sorted(glob.glob(os.path.join(folder, "source_*.txt"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        rec, start = {}, None
        for lineno, raw in enumerate(lines + [""], 1):
            line = raw.rstrip()
            if line.startswith("#"):
                continue
            if not line.strip():
                if rec:
                    rec["source"] = "%s:%d" % (name, start)
                    items.append(rec)
                    rec, start = {}, None
                continue
            if len(line) < 3 or line[1:3] != ": " or line[0] not in KEYS:
                errors.append("%s:%d: cannot parse line %r" % (name, lineno, line))
                continue
            key, value = KEYS[line[0]], line[3:].strip()
            if key in rec:
                errors.append("%s:%d: field %s given twice" % (name, lineno, key))
            if start is None:
                start = lineno
            if key in ("evidence", "must_mention"):
                rec[key] = [p.strip() for p in value.split("||") if p.strip()]
            else:
                rec[key] = value
    for rec in items:
        rec.setdefault("evidence", [])
        rec.setdefault("must_mention", [])
        for k in ("question", "kind", "topic", "style", "writer"):
            if not rec.get(k):
                errors.append("%s: missing field %s" % (rec["source"], k))
    if errors:
        sys.exit("\n".join(errors))
    return items


def shuffle_and_number(items, seed=SEED):
    rng = random.Random(seed)
    order = list(items)  # source order is deterministic (sorted file names, file order)
    rng.shuffle(order)
    for i, rec in enumerate(order, 1):
        rec["id"] = "q12-%03d" % i
    return order


def split(items, seed=SEED):
    """Stratify by (kind, style); inside a stratum, order by topic and alternate,
    so every stratum is halved exactly and each topic is spread over both halves."""
    rng = random.Random(seed + 1)
    strata = {}
    for rec in items:
        strata.setdefault((rec["kind"], rec["style"]), []).append(rec)
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda r: (r["topic"], r["id"]))
        first = rng.choice(["tuning", "sealed"])
        second = "sealed" if first == "tuning" else "tuning"
        for i, rec in enumerate(group):
            rec["split"] = first if i % 2 == 0 else second
    rebalance_topics(items)
    return items


def topic_cost(items):
    diff = {}
    for rec in items:
        diff[rec["topic"]] = diff.get(rec["topic"], 0) + (1 if rec["split"] == "tuning" else -1)
    return sum(d * d for d in diff.values())


def rebalance_topics(items):
    """Swap a tuning item with a sealed item of the same (kind, style) stratum whenever
    that lowers the topic imbalance (sum of squared tuning-minus-sealed per topic).
    Stratum halves are unchanged by construction; deterministic (id order)."""
    improved = True
    while improved:
        improved = False
        best = topic_cost(items)
        ordered = sorted(items, key=lambda r: r["id"])
        for a in ordered:
            if a["split"] != "tuning":
                continue
            for b in ordered:
                if (b["split"] != "sealed" or b["kind"] != a["kind"] or b["style"] != a["style"]
                        or b["topic"] == a["topic"]):
                    continue
                a["split"], b["split"] = "sealed", "tuning"
                cost = topic_cost(items)
                if cost < best:
                    best, improved = cost, True
                    break
                a["split"], b["split"] = "tuning", "sealed"
            if improved:
                break


def public(rec):
    return {k: rec[k] for k in FIELDS}


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(public(rec), ensure_ascii=False) + "\n")


def build(folder=HERE):
    items = parse_sources(folder)
    items = shuffle_and_number(items)
    split(items)
    items.sort(key=lambda r: r["id"])
    write_jsonl(os.path.join(folder, "items.jsonl"), items)
    write_jsonl(os.path.join(folder, "tuning.jsonl"), [r for r in items if r["split"] == "tuning"])
    write_jsonl(os.path.join(folder, "sealed.jsonl"), [r for r in items if r["split"] == "sealed"])
    with open(os.path.join(folder, "topics.tsv"), "w", encoding="utf-8") as fh:
        fh.write("id\tkind\tstyle\ttopic\tsplit\n")
        for r in items:
            fh.write("\t".join([r["id"], r["kind"], r["style"], r["topic"], r["split"]]) + "\n")
    return items


if __name__ == "__main__":
    recs = build()
    n_t = sum(r["split"] == "tuning" for r in recs)
    print("built %d items (tuning %d, sealed %d)" % (len(recs), n_t, len(recs) - n_t))
