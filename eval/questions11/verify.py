#!/usr/bin/env python3
"""Verify the q11 evaluation set (items.jsonl, tuning.jsonl, sealed.jsonl, meta.jsonl).
Reads only the four leaflets and the files in this folder. Exit status 1 on any failure."""
import json, re, os, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus/"
LEAFLETS = ["collagen-induction-therapy.md", "medical-grade-microneedling.md",
            "microneedling-and-its-benefits.md", "microneedling-faq.md"]
FIELDS = {"id", "question", "kind", "evidence", "must_mention", "style"}
fails = []


def fail(msg):
    fails.append(msg)


def toks(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("\u2019", ""))


def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        line = re.sub(r"^#+\s*", "", line)
        line = re.sub(r"^(-\s+|\d+\.\s+)", "", line)
        out.extend(p.strip() for p in re.split(r"(?<=[.?!])\s+(?=[A-Z(])", line) if p.strip())
    return out


texts = {f: open(CORPUS + f, encoding="utf-8").read() for f in LEAFLETS}
SENTS = [s for f in LEAFLETS for s in sentences(texts[f])]
GRAMS = set()
for t in texts.values():
    tk = toks(t)
    GRAMS.update(tuple(tk[i:i + 5]) for i in range(len(tk) - 4))


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                fail("%s line %d does not parse: %s" % (name, n, e))
    return rows


items = load("items.jsonl")
tuning = load("tuning.jsonl")
sealed = load("sealed.jsonl")
meta = {m["id"]: m for m in load("meta.jsonl")}

# 1 fields and values
for it in items + tuning + sealed:
    if set(it) != FIELDS:
        fail("%s: fields %s" % (it.get("id"), sorted(it)))
        continue
    if it["kind"] not in ("answerable", "medical", "out_of_scope"):
        fail("%s: bad kind" % it["id"])
    if it["style"] not in ("chat", "faq"):
        fail("%s: bad style" % it["id"])
    if not isinstance(it["evidence"], list) or not isinstance(it["must_mention"], list):
        fail("%s: evidence/must_mention not lists" % it["id"])
    if not isinstance(it["question"], str) or not it["question"].strip():
        fail("%s: empty question" % it["id"])

# 2 ids unique and in sequence
ids = [it["id"] for it in items]
if ids != ["q11-%03d" % i for i in range(1, len(items) + 1)]:
    fail("ids not unique / not in sequence q11-001..")
if len(set(ids)) != len(ids):
    fail("duplicate ids")

# 3 counts
kc = Counter(it["kind"] for it in items)
sc = Counter(it["style"] for it in items)
if len(items) != 240:
    fail("total %d != 240" % len(items))
if (kc["answerable"], kc["medical"], kc["out_of_scope"]) != (130, 30, 80):
    fail("kind counts %s" % dict(kc))
if (sc["chat"], sc["faq"]) != (160, 80):
    fail("style counts %s" % dict(sc))

# 4-6 evidence and must_mention
all_text = "\n".join(texts.values())
n_ev = n_mm = 0
for it in items:
    ev, mm = it["evidence"], it["must_mention"]
    if it["kind"] == "out_of_scope":
        if ev or mm:
            fail("%s: out_of_scope with evidence/must_mention" % it["id"])
        continue
    if not 1 <= len(ev) <= 4:
        fail("%s: %d evidence phrases" % (it["id"], len(ev)))
    if not 1 <= len(mm) <= 3:
        fail("%s: %d must_mention fragments" % (it["id"], len(mm)))
    for p in ev:
        n_ev += 1
        if p not in all_text:
            fail("%s: evidence not verbatim in leaflets: %r" % (it["id"], p))
        nt, nw = len(toks(p)), len(p.split())
        if not (4 <= nt <= 12 and 4 <= nw <= 12):
            fail("%s: evidence length %d/%d words: %r" % (it["id"], nt, nw, p))
        if not any(p in s for s in SENTS):
            fail("%s: evidence not inside one sentence: %r" % (it["id"], p))
    for m in mm:
        n_mm += 1
        if m not in all_text:
            fail("%s: must_mention not verbatim in leaflets: %r" % (it["id"], m))

# 7 no 5-word run shared with leaflets
for it in items:
    tk = toks(it["question"])
    shared = [" ".join(tk[i:i + 5]) for i in range(len(tk) - 4) if tuple(tk[i:i + 5]) in GRAMS]
    if shared:
        fail("%s: question shares 5-word run with leaflets: %s" % (it["id"], shared))

# 8 duplicate questions
norm = Counter(" ".join(toks(it["question"])) for it in items)
for q, c in norm.items():
    if c > 1:
        fail("duplicate question: %r" % q)

# 9 splits
by_id = {it["id"]: it for it in items}
t_ids = [r["id"] for r in tuning]
s_ids = [r["id"] for r in sealed]
if len(tuning) != 120 or len(sealed) != 120:
    fail("split sizes %d/%d" % (len(tuning), len(sealed)))
if set(t_ids) & set(s_ids):
    fail("tuning and sealed overlap")
if sorted(t_ids + s_ids) != sorted(ids):
    fail("tuning + sealed != items")
for r in tuning + sealed:
    if by_id.get(r["id"]) != r:
        fail("%s: split row differs from items.jsonl" % r["id"])
strata = defaultdict(Counter)
for r, name in [(r, "tuning") for r in tuning] + [(r, "sealed") for r in sealed]:
    strata[(r["kind"], r["style"])][name] += 1
    if meta.get(r["id"], {}).get("split") != name:
        fail("%s: meta split mismatch" % r["id"])
for k, c in sorted(strata.items()):
    if c["tuning"] != c["sealed"]:
        fail("stratum %s not split evenly: %s" % (k, dict(c)))
if set(meta) != set(ids):
    fail("meta ids != item ids")

# 9b every topic / category of a kind is spread over both halves (difference <= 1)
spread = defaultdict(Counter)
for i in ids:
    m = meta[i]
    spread[(m["kind"], m["topic"] or m["category"])][m["split"]] += 1
for k, c in sorted(spread.items()):
    if abs(c["tuning"] - c["sealed"]) > 1:
        fail("topic %s unevenly split: %s" % (k, dict(c)))

# 9c (extra) each must_mention fragment sits in a sentence that an evidence phrase hits
for it in items:
    if it["kind"] == "out_of_scope":
        continue
    hit = [s for s in SENTS if any(p in s for p in it["evidence"])]
    for m in it["must_mention"]:
        if not any(m in s for s in hit):
            fail("%s: must_mention %r not in any evidence sentence" % (it["id"], m))

# 10 at most 6 answerable per topic
topics = Counter(meta[i]["topic"] for i in ids if by_id[i]["kind"] == "answerable")
for t, c in topics.items():
    if c > 6:
        fail("topic %s has %d answerable items" % (t, c))

print("items %d | kinds %s | styles %s" % (len(items), dict(kc), dict(sc)))
print("evidence phrases %d, must_mention fragments %d, answerable topics %d (max %d per topic)"
      % (n_ev, n_mm, len(topics), max(topics.values())))
print("strata (tuning/sealed): " + ", ".join("%s/%s %d/%d" % (k[0], k[1], c["tuning"], c["sealed"])
                                                for k, c in sorted(strata.items())))
if fails:
    print("FAILED %d checks:" % len(fails))
    for f in fails:
        print("  - " + f)
    sys.exit(1)
print("ALL CHECKS PASSED")
