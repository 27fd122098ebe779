"""Consistency checks for the faqhealth evaluation set. Run: python3 check.py"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
N_ENTRIES, PER_ENTRY, PER_SPLIT = 64, 10, 5

STOP = set("""a about above after again against all am an and any are as at be because been
before being below between both but by can could did do does doing don down during each few for
from further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves u ur im i'm pls
get got still really even also one any""".split())

errors = []


def err(msg):
    errors.append(msg)


def tokens(s):
    out = set()
    for t in re.findall(r"[a-z0-9]+", s.lower()):
        if t in STOP or t.isdigit() or len(t) < 2:
            continue
        out.add(stem(t))
    return out


SUFFIXES = ("ations", "ation", "ating", "ated", "ates", "ate", "ings", "ing",
            "ies", "ied", "ed", "er", "ic", "es", "s", "e", "y")


def stem(t):
    """Light stemming: strip the first matching suffix, keep >= 3 letters."""
    for suf in SUFFIXES:
        if t.endswith(suf) and len(t) - len(suf) >= 3:
            return t[: -len(suf)]
    return t


def load(name):
    rows = []
    with open(HERE / name, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{ln}: bad JSON: {e}")
                continue
            if set(r) != {"id", "query", "entry"}:
                err(f"{name}:{ln}: keys {sorted(r)}")
            rows.append(r)
    return rows


# corpus
text = (HERE / "corpus" / "covid-faq.md").read_text(encoding="utf-8")
if not text.startswith("# COVID-19: Frequently Asked Questions\n"):
    err("corpus does not start with the required title")
heads = re.findall(r"^## (.+)$", text, re.M)
if len(heads) != N_ENTRIES:
    err(f"{len(heads)} headings, expected {N_ENTRIES}")
if len(set(heads)) != len(heads):
    err(f"duplicate headings: {[h for h, c in Counter(heads).items() if c > 1]}")
for h in heads:
    if not h.endswith("?"):
        err(f"heading is not a question: {h}")
sections = re.split(r"^## .+$", text, flags=re.M)[1:]
for h, body in zip(heads, sections):
    paras = [p for p in body.strip().split("\n\n") if p.strip()]
    if len(paras) != 1:
        err(f"{h}: {len(paras)} paragraphs, expected 1")
    n_sent = len(re.findall(r"[.!?](?:\s|$)", body.strip()))
    if not 2 <= n_sent <= 5:
        err(f"{h}: {n_sent} sentences, expected 2-5")
intro = re.split(r"^## ", text, flags=re.M)[0].strip().split("\n\n")
if len(intro) != 2:
    err("expected title plus one intro sentence before the first entry")

# queries
hset = set(heads)
allq = load("queries.jsonl")
tun = load("tuning.jsonl")
sea = load("sealed.jsonl")
if len(allq) != N_ENTRIES * PER_ENTRY:
    err(f"{len(allq)} queries, expected {N_ENTRIES * PER_ENTRY}")
ids = [r["id"] for r in allq]
if len(set(ids)) != len(ids):
    err("duplicate ids")
if ids != [f"fh-{i:03d}" for i in range(1, len(allq) + 1)]:
    err("ids are not fh-001.. in order")
norm = Counter(" ".join(re.findall(r"\w+", r["query"].lower())) for r in allq)
dups = [q for q, c in norm.items() if c > 1]
if dups:
    err(f"duplicate queries: {dups}")
for r in allq:
    if r["entry"] not in hset:
        err(f"{r['id']}: entry not a heading: {r['entry']!r}")
    if not r["query"].strip():
        err(f"{r['id']}: empty query")
per = Counter(r["entry"] for r in allq)
for h in heads:
    if per[h] != PER_ENTRY:
        err(f"{h}: {per[h]} queries, expected {PER_ENTRY}")

# split
key = lambda r: json.dumps(r, sort_keys=True)
A, T, S = {key(r) for r in allq}, {key(r) for r in tun}, {key(r) for r in sea}
if T & S:
    err(f"{len(T & S)} rows in both splits")
if (T | S) != A or len(tun) + len(sea) != len(allq):
    err("splits do not exactly cover queries.jsonl")
if {r["id"] for r in tun} & {r["id"] for r in sea}:
    err("an id is in both splits")
for name, rows in (("tuning", tun), ("sealed", sea)):
    if len(rows) != N_ENTRIES * PER_SPLIT:
        err(f"{name}: {len(rows)} rows, expected {N_ENTRIES * PER_SPLIT}")
    c = Counter(r["entry"] for r in rows)
    for h in heads:
        if c[h] != PER_SPLIT:
            err(f"{name}: {h}: {c[h]} rows, expected {PER_SPLIT}")

# overlap statistic (informational)
ov = [len(tokens(r["query"]) & tokens(r["entry"])) for r in allq]
share2 = sum(o >= 2 for o in ov) / len(ov)
share1 = sum(o >= 1 for o in ov) / len(ov)
share0 = sum(o == 0 for o in ov) / len(ov)

print(f"entries: {len(heads)}  queries: {len(allq)}  tuning: {len(tun)}  sealed: {len(sea)}")
print(f"share of queries sharing >=2 content words with their heading: {share2:.1%}")
print(f"share sharing >=1: {share1:.1%}   sharing none: {share0:.1%}")
if errors:
    print(f"FAILED ({len(errors)} problems):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
