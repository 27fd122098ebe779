"""Check questions5: fields, ids, kinds/styles, phrase lengths, and that every evidence and
must_mention phrase occurs verbatim in some leaflet (after folding). Prints problems; exit 1 if any."""

import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = str(__import__("pathlib").Path(__file__).resolve().parents[2] / "corpus" / "*.md")
FIELDS = ["id", "question", "kind", "evidence", "must_mention", "style"]


def fold(s):
    s = (
        s.replace("\u2018", "'")
        .replace("\u2019", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


docs = [fold(Path(p).read_text(encoding="utf-8")) for p in sorted(glob.glob(CORPUS))]
problems = []


def check_file(path):
    rows = [
        json.loads(line)
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    ids = Counter(r.get("id") for r in rows)
    for i, n in ids.items():
        if n > 1:
            problems.append(f"{path}: duplicate id {i}")
    qs = Counter(fold(r.get("question", "")) for r in rows)
    for q, n in qs.items():
        if n > 1:
            problems.append(f"{path}: duplicate question {q!r}")
    for r in rows:
        rid = r.get("id")
        for f in FIELDS:
            if f not in r:
                problems.append(f"{rid}: missing field {f}")
        if set(r) - set(FIELDS):
            problems.append(f"{rid}: extra fields {set(r) - set(FIELDS)}")
        if not re.fullmatch(r"q5-\d{3}", str(rid)):
            problems.append(f"{rid}: bad id")
        if r.get("kind") not in ("answerable", "medical", "out_of_scope"):
            problems.append(f"{rid}: bad kind")
        if r.get("style") not in ("chat", "faq"):
            problems.append(f"{rid}: bad style")
        if not str(r.get("question", "")).strip():
            problems.append(f"{rid}: empty question")
        ev, mm = r.get("evidence", []), r.get("must_mention", [])
        if r.get("kind") == "out_of_scope":
            if ev or mm:
                problems.append(f"{rid}: out_of_scope with evidence/must_mention")
            continue
        if not 1 <= len(ev) <= 4:
            problems.append(f"{rid}: {len(ev)} evidence phrases")
        if not 1 <= len(mm) <= 3:
            problems.append(f"{rid}: {len(mm)} must_mention phrases")
        for p in ev:
            n = len(p.split())
            if not 4 <= n <= 12:
                problems.append(f"{rid}: evidence of {n} words: {p!r}")
        for p in ev + mm:
            if not any(fold(p) in d for d in docs):
                problems.append(f"{rid}: not in any leaflet: {p!r}")
    return rows


allr = check_file("all.jsonl")
t = check_file("tuning.jsonl")
s = check_file("sealed.jsonl")
if len(allr) != 220:
    problems.append(f"all.jsonl has {len(allr)} rows")
if len(t) != 110 or len(s) != 110:
    problems.append(f"split {len(t)}/{len(s)}")
ti, si, ai = {r["id"] for r in t}, {r["id"] for r in s}, {r["id"] for r in allr}
if ti & si:
    problems.append("tuning and sealed overlap")
if ti | si != ai:
    problems.append("split does not cover all.jsonl")
if {r["id"] for r in allr} != {f"q5-{i:03d}" for i in range(1, 221)}:
    problems.append("ids not q5-001..q5-220")
for p in problems:
    print(p)
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
