"""Checks for the q10 evaluation set. Exit code 1 if any check fails."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

from common import HERE, FIELDS, KINDS, STYLES, load_leaflets, words, sentences, read_jsonl

EXPECTED_KIND = {"answerable": 130, "medical": 30, "out_of_scope": 80}
EXPECTED_STYLE = {"chat": 160, "faq": 80}
MAX_PER_TOPIC = 6

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def main():
    leaflets = load_leaflets()
    # leaflet 5-grams
    grams = set()
    for t in leaflets.values():
        w = words(t)
        grams.update(tuple(w[i:i + 5]) for i in range(len(w) - 4))
    sent_index = [(name, s) for name, t in leaflets.items() for s in sentences(t)]

    # 1. parse + fields
    path = os.path.join(HERE, "items.jsonl")
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"items.jsonl line {n}: not JSON ({e})")
                continue
            if list(obj.keys()) != FIELDS and set(obj.keys()) != set(FIELDS):
                err(f"line {n}: fields {sorted(obj.keys())}")
            items.append(obj)

    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        err(f"duplicate ids: {[k for k, v in Counter(ids).items() if v > 1]}")
    for i, it in enumerate(items, 1):
        if it["id"] != f"q10-{i:03d}":
            err(f"id out of sequence at line {i}: {it['id']}")
        if it["kind"] not in KINDS:
            err(f"{it['id']}: bad kind {it['kind']}")
        if it["style"] not in STYLES:
            err(f"{it['id']}: bad style {it['style']}")
        if not isinstance(it["question"], str) or not it["question"].strip():
            err(f"{it['id']}: empty question")
        if not isinstance(it["evidence"], list) or not isinstance(it["must_mention"], list):
            err(f"{it['id']}: evidence/must_mention must be lists")

    # 2. counts
    kc = Counter(it["kind"] for it in items)
    sc = Counter(it["style"] for it in items)
    if len(items) != 240:
        err(f"total {len(items)} != 240")
    for k, v in EXPECTED_KIND.items():
        if kc[k] != v:
            err(f"kind {k}: {kc[k]} != {v}")
    for k, v in EXPECTED_STYLE.items():
        if sc[k] != v:
            err(f"style {k}: {sc[k]} != {v}")

    # 3. evidence and must_mention
    for it in items:
        qid, kind = it["id"], it["kind"]
        ev, mm = it["evidence"], it["must_mention"]
        if kind == "out_of_scope":
            if ev or mm:
                err(f"{qid}: out_of_scope must have empty evidence and must_mention")
            continue
        if not 1 <= len(ev) <= 4:
            err(f"{qid}: {len(ev)} evidence phrases (need 1-4)")
        if not 1 <= len(mm) <= 3:
            err(f"{qid}: {len(mm)} must_mention fragments (need 1-3)")
        hit_sents = []
        for p in ev:
            n = len(p.split())
            if not 4 <= n <= 12:
                err(f"{qid}: evidence phrase has {n} words: {p!r}")
            if not any(p in t for t in leaflets.values()):
                err(f"{qid}: evidence phrase not verbatim in any leaflet: {p!r}")
            hs = [s for _, s in sent_index if p in s]
            if not hs and any(p in t for t in leaflets.values()):
                err(f"{qid}: evidence phrase crosses a sentence boundary: {p!r}")
            hit_sents.extend(hs)
        for m in mm:
            if not any(m in t for t in leaflets.values()):
                err(f"{qid}: must_mention not verbatim in any leaflet: {m!r}")
            elif not any(m in s for s in hit_sents):
                warnings.append(f"{qid}: must_mention {m!r} not inside an evidence sentence")
        if len(set(ev)) != len(ev):
            err(f"{qid}: repeated evidence phrase")

    # 4. no 5-word overlap between questions and leaflets
    for it in items:
        w = words(it["question"])
        shared = [" ".join(w[i:i + 5]) for i in range(len(w) - 4) if tuple(w[i:i + 5]) in grams]
        if shared:
            err(f"{it['id']}: question shares 5-gram(s) with leaflets: {shared} :: {it['question']}")

    # 5. duplicate questions (normalised)
    norm = Counter(" ".join(words(it["question"])) for it in items)
    for q, c in norm.items():
        if c > 1:
            err(f"duplicate question: {q!r} x{c}")

    # 6. split files
    tun = read_jsonl(os.path.join(HERE, "tuning.jsonl"))
    sea = read_jsonl(os.path.join(HERE, "sealed.jsonl"))
    if len(tun) != 120 or len(sea) != 120:
        err(f"split sizes tuning={len(tun)} sealed={len(sea)} (need 120/120)")
    tid, sid = {r["id"] for r in tun}, {r["id"] for r in sea}
    if tid & sid:
        err(f"ids in both halves: {sorted(tid & sid)}")
    if tid | sid != set(ids):
        err("tuning+sealed do not equal items.jsonl")
    by_id = {it["id"]: it for it in items}
    for r in tun + sea:
        if r != by_id.get(r["id"]):
            err(f"{r['id']}: split row differs from items.jsonl")
    strat = defaultdict(lambda: [0, 0])
    for r in tun:
        strat[(r["kind"], r["style"])][0] += 1
    for r in sea:
        strat[(r["kind"], r["style"])][1] += 1
    for k, (a, b) in sorted(strat.items()):
        if abs(a - b) > 1:
            err(f"stratum {k} unbalanced: tuning={a} sealed={b}")

    # 7. topic spread (from meta.jsonl sidecar)
    meta = read_jsonl(os.path.join(HERE, "meta.jsonl"))
    tc = Counter(m["topic"] for m in meta if m["kind"] == "answerable")
    for t, c in tc.items():
        if c > MAX_PER_TOPIC:
            err(f"topic {t} has {c} answerable questions (max {MAX_PER_TOPIC})")

    # report
    print(f"items: {len(items)}  kinds: {dict(kc)}  styles: {dict(sc)}")
    print("kind x style (tuning/sealed):")
    for k, (a, b) in sorted(strat.items()):
        print(f"  {k[0]:13s} {k[1]:5s} {a:3d} / {b:3d}")
    print(f"answerable topics: {len(tc)} (max per topic {max(tc.values())})")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("FAIL", e)
    print("ALL CHECKS PASSED" if not errors else f"{len(errors)} FAILURES")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
