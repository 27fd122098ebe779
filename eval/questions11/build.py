#!/usr/bin/env python3
"""Build the q11 evaluation set from the hand-written source files.

Reads source_answerable.txt, source_medical.txt, source_oos.txt (block format, see README.md),
shuffles all items with a fixed seed, assigns ids q11-001..q11-240 and writes
items.jsonl, tuning.jsonl, sealed.jsonl and meta.jsonl.  Python 3 standard library only.
"""
import json, random, sys, os
from collections import defaultdict

SEED = 11072024
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["source_answerable.txt", "source_medical.txt", "source_oos.txt"]
REQUIRED = {
    "answerable": ["kind", "style", "topic", "writer", "q", "ev", "mm"],
    "medical": ["kind", "style", "topic", "writer", "q", "ev", "mm"],
    "out_of_scope": ["kind", "style", "category", "subject", "writer", "keys", "q"],
}


def parse(path):
    items, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.strip() == "---":
                cur = {"_src": "%s:%d" % (os.path.basename(path), n)}
                items.append(cur)
                continue
            if not line.strip() or line.startswith("#"):
                continue
            if cur is None or ":" not in line:
                sys.exit("unparseable line %s:%d: %r" % (path, n, line))
            key, _, val = line.partition(":")
            key = key.strip()
            if key in cur:
                sys.exit("duplicate field %s at %s:%d" % (key, path, n))
            cur[key] = val.strip()
    return items


def split_list(val, sep):
    return [x.strip() for x in val.split(sep) if x.strip()] if val else []


def main():
    raw = []
    for s in SOURCES:
        raw.extend(parse(os.path.join(HERE, s)))
    recs = []
    for it in raw:
        kind = it.get("kind")
        if kind not in REQUIRED:
            sys.exit("bad kind in %s" % it["_src"])
        for f in REQUIRED[kind]:
            if f not in it:
                sys.exit("missing field %s in %s" % (f, it["_src"]))
        if it["style"] not in ("chat", "faq"):
            sys.exit("bad style in %s" % it["_src"])
        if kind == "out_of_scope":
            ev, mm = [], []
            group = it["category"]
            keys = split_list(it["keys"], ",")
            subject = it["subject"]
        else:
            ev = split_list(it["ev"], "|")
            mm = split_list(it["mm"], "|")
            group = it["topic"]
            keys = []
            subject = None
        recs.append({"question": it["q"], "kind": kind, "evidence": ev, "must_mention": mm,
                     "style": it["style"], "_group": group, "_subject": subject,
                     "_writer": it["writer"], "_keys": keys})

    rng = random.Random(SEED)
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = "q11-%03d" % i

    # split: stratified by kind x style; inside each stratum items are ordered by
    # topic/category (then id) and assigned alternately, so every topic is spread
    # over both halves and each stratum is split exactly in half.
    split = {}
    strata = defaultdict(list)
    for r in recs:
        strata[(r["kind"], r["style"])].append(r)
    for key in sorted(strata):
        members = sorted(strata[key], key=lambda r: (r["_group"], r["id"]))
        flip = rng.randint(0, 1)
        for j, r in enumerate(members):
            split[r["id"]] = "tuning" if (j + flip) % 2 == 0 else "sealed"

    # a topic with both chat and faq items can still end up lopsided (e.g. 3/1);
    # repair by swapping a tuning/sealed pair inside one stratum until every
    # topic/category of a kind is split as evenly as possible (difference <= 1).
    def cost():
        c = defaultdict(int)
        for r in recs:
            c[(r["kind"], r["_group"])] += 1 if split[r["id"]] == "tuning" else -1
        return sum(max(0, abs(v) - 1) for v in c.values())

    improved = True
    while improved and cost() > 0:
        improved = False
        base = cost()
        for key in sorted(strata):
            members = sorted(strata[key], key=lambda r: r["id"])
            for a in members:
                for b in members:
                    if split[a["id"]] != "tuning" or split[b["id"]] != "sealed" or a["_group"] == b["_group"]:
                        continue
                    split[a["id"]], split[b["id"]] = "sealed", "tuning"
                    if cost() < base:
                        improved = True
                        break
                    split[a["id"]], split[b["id"]] = "tuning", "sealed"
                if improved:
                    break
            if improved:
                break

    def public(r):
        return {"id": r["id"], "question": r["question"], "kind": r["kind"],
                "evidence": r["evidence"], "must_mention": r["must_mention"], "style": r["style"]}

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    dump("items.jsonl", [public(r) for r in recs])
    dump("tuning.jsonl", [public(r) for r in recs if split[r["id"]] == "tuning"])
    dump("sealed.jsonl", [public(r) for r in recs if split[r["id"]] == "sealed"])
    dump("meta.jsonl", [{"id": r["id"], "split": split[r["id"]], "kind": r["kind"], "style": r["style"],
                         "topic": r["_group"] if r["kind"] != "out_of_scope" else None,
                         "category": r["_group"] if r["kind"] == "out_of_scope" else None,
                         "subject": r["_subject"], "writer": r["_writer"], "key_words": r["_keys"]}
                        for r in recs])
    n_t = sum(1 for v in split.values() if v == "tuning")
    print("built %d items (seed %d): tuning %d, sealed %d" % (len(recs), SEED, n_t, len(recs) - n_t))


if __name__ == "__main__":
    main()
