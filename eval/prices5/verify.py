"""Checks prices5: every evidence / must_mention phrase occurs in BOTH price texts
(lowercased, white space folded, curly quotes straightened, en/em dashes to hyphens),
evidence phrases are 4-10 words, out-of-scope items have empty lists, ids and split are consistent."""

import collections
import json
import re
import sys
from pathlib import Path

LEAFLET = str(
    __import__("pathlib").Path(__file__).resolve().parents[1] / "prices" / "prices-and-booking.md"
)
PARAGRAPH = str(
    __import__("pathlib").Path(__file__).resolve().parents[1] / "prices" / "faq-paragraph.md"
)


def norm(s):
    s = (
        s.replace("\u2018", "'")
        .replace("\u2019", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


texts = {p: norm(Path(p).read_text(encoding="utf-8")) for p in (LEAFLET, PARAGRAPH)}


def load(p):
    return [
        json.loads(line)
        for line in Path(p).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


all_ = load("all.jsonl")
tun = load("tuning.jsonl")
sea = load("sealed.jsonl")
problems = []
ids = [r["id"] for r in all_]
if ids != [f"p5-{i:03d}" for i in range(1, len(all_) + 1)]:
    problems.append("ids are not p5-001..p5-NNN in order")
if sorted(r["id"] for r in tun + sea) != sorted(ids) or set(r["id"] for r in tun) & set(
    r["id"] for r in sea
):
    problems.append("tuning + sealed is not a partition of all")
byid = {r["id"]: r for r in all_}
for r in tun + sea:
    if byid.get(r["id"]) != r:
        problems.append(f"{r['id']}: split row differs from all.jsonl")
for r in all_:
    if set(r) != {"id", "question", "kind", "evidence", "must_mention"}:
        problems.append(f"{r['id']}: fields {sorted(r)}")
    if r["kind"] == "answerable":
        if not 1 <= len(r["evidence"]) <= 3:
            problems.append(f"{r['id']}: {len(r['evidence'])} evidence phrases")
        if not 1 <= len(r["must_mention"]) <= 2:
            problems.append(f"{r['id']}: {len(r['must_mention'])} must_mention")
        for e in r["evidence"]:
            if not 4 <= len(e.split()) <= 10:
                problems.append(f"{r['id']}: evidence not 4-10 words: {e!r}")
        for ph in r["evidence"] + r["must_mention"]:
            for p, t in texts.items():
                if norm(ph) not in t:
                    problems.append(f"{r['id']}: {ph!r} not in {p}")
    elif r["kind"] == "out_of_scope":
        if r["evidence"] or r["must_mention"]:
            problems.append(f"{r['id']}: out_of_scope with non-empty lists")
    else:
        problems.append(f"{r['id']}: kind {r['kind']!r}")
qs = collections.Counter(norm(r["question"]) for r in all_)
problems += [f"duplicate question {q!r}" for q, n in qs.items() if n > 1]
for name, rows in (("all", all_), ("tuning", tun), ("sealed", sea)):
    print(name, len(rows), dict(collections.Counter(r["kind"] for r in rows)))
for p in problems:
    print("PROBLEM", p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
