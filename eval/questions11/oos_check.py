#!/usr/bin/env python3
"""For every out_of_scope item: each key subject word (meta.jsonl key_words) must occur in the
question as a whole word and must NOT occur anywhere in the four leaflets as a whole word,
including simple plural/singular variants. Prints only counts and failures."""
import json, re, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus/"
LEAFLETS = ["collagen-induction-therapy.md", "medical-grade-microneedling.md",
            "microneedling-and-its-benefits.md", "microneedling-faq.md"]


def words(text):
    return set(re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("\u2019", "")))


def variants(w):
    v = {w, w + "s", w + "es"}
    if w.endswith("s"):
        v.add(w[:-1])
    if w.endswith("es"):
        v.add(w[:-2])
    if w.endswith("y"):
        v.add(w[:-1] + "ies")
    if w.endswith("ies"):
        v.add(w[:-3] + "y")
    return v


leaf = set()
for f in LEAFLETS:
    leaf |= words(open(CORPUS + f, encoding="utf-8").read())
items = {}
for line in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    items[r["id"]] = r
meta = [json.loads(l) for l in open(os.path.join(HERE, "meta.jsonl"), encoding="utf-8")]

fails, n_items, n_keys, cats = [], 0, 0, Counter()
for m in meta:
    it = items[m["id"]]
    if it["kind"] != "out_of_scope":
        continue
    n_items += 1
    cats[m["category"]] += 1
    keys = m["key_words"]
    if not keys:
        fails.append("%s: no key words" % m["id"])
    qw = words(it["question"])
    for k in keys:
        n_keys += 1
        k = k.lower()
        if k not in qw:
            fails.append("%s: key %r not a whole word in the question" % (m["id"], k))
        hit = sorted(variants(k) & leaf)
        if hit:
            fails.append("%s: key %r occurs in the leaflets as %s" % (m["id"], k, hit))

print("out_of_scope items checked: %d, key words checked: %d" % (n_items, n_keys))
print("by category: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
if fails:
    print("FAILURES: %d" % len(fails))
    for f in fails:
        print("  - " + f)
    sys.exit(1)
print("failures: 0")
