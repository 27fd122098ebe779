"""Verify questions6 (all.jsonl, tuning.jsonl, sealed.jsonl) against the four clinic leaflets."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "corpus"
LEAFLETS = sorted(CORPUS.glob("*.md"))

FIELDS = {"id", "question", "kind", "evidence", "must_mention", "style"}
KINDS = {"answerable", "medical", "out_of_scope"}
STYLES = {"chat", "faq"}
EXPECTED = {
    ("answerable", "chat"): 80,
    ("medical", "chat"): 30,
    ("answerable", "faq"): 38,
    ("medical", "faq"): 12,
    ("out_of_scope", "chat"): 30,
    ("out_of_scope", "faq"): 30,
}


def norm(s):
    s = (
        s.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out.extend(norm(s) for s in re.split(r"(?<=[.!?])\s+", line) if s.strip())
    return out


def main():
    errors = []
    texts = [norm(p.read_text(encoding="utf-8")) for p in LEAFLETS]
    sents = [s for p in LEAFLETS for s in sentences(p.read_text(encoding="utf-8"))]
    if len(LEAFLETS) != 4:
        errors.append(f"expected 4 leaflets, found {len(LEAFLETS)}")

    def load(name):
        rows = []
        with open(HERE / name, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append(f"{name}:{n}: bad JSON ({e})")
        return rows

    allr, tun, sea = load("all.jsonl"), load("tuning.jsonl"), load("sealed.jsonl")

    ids = [r.get("id") for r in allr]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if sorted(ids) != [f"q6-{i:03d}" for i in range(1, len(allr) + 1)]:
        errors.append("ids are not q6-001..q6-N")
    qs = Counter(norm(r.get("question", "")) for r in allr)
    for q, c in qs.items():
        if c > 1:
            errors.append(f"duplicate question: {q!r}")

    for r in allr:
        rid = r.get("id")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)}")
            continue
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if r["kind"] not in KINDS:
            errors.append(f"{rid}: kind {r['kind']}")
        if r["style"] not in STYLES:
            errors.append(f"{rid}: style {r['style']}")
        ev, mm = r["evidence"], r["must_mention"]
        if not isinstance(ev, list) or not isinstance(mm, list):
            errors.append(f"{rid}: evidence/must_mention not lists")
            continue
        if r["kind"] == "out_of_scope":
            if ev or mm:
                errors.append(f"{rid}: out_of_scope with non-empty lists")
            continue
        if not 1 <= len(ev) <= 4:
            errors.append(f"{rid}: {len(ev)} evidence phrases")
        if not 1 <= len(mm) <= 3:
            errors.append(f"{rid}: {len(mm)} must_mention phrases")
        for p in ev:
            w = len(p.split())
            if not 4 <= w <= 12:
                errors.append(f"{rid}: evidence phrase of {w} words: {p!r}")
            if not any(norm(p) in t for t in texts):
                errors.append(f"{rid}: evidence not in leaflets: {p!r}")
        ev_sents = [s for s in sents if any(norm(p) in s for p in ev)]
        for p in mm:
            w = len(p.split())
            if not 1 <= w <= 8:
                errors.append(f"{rid}: must_mention of {w} words: {p!r}")
            if not any(norm(p) in t for t in texts):
                errors.append(f"{rid}: must_mention not in leaflets: {p!r}")
            elif not any(norm(p) in s for s in ev_sents):
                errors.append(f"{rid}: must_mention not in an evidence sentence: {p!r}")

    counts = Counter((r.get("kind"), r.get("style")) for r in allr)
    if len(allr) != 220:
        errors.append(f"{len(allr)} items, expected 220")
    for k, v in EXPECTED.items():
        if counts.get(k, 0) != v:
            errors.append(f"count {k}: {counts.get(k, 0)} != {v}")

    def key(r):
        return json.dumps(r, sort_keys=True)

    if len(tun) != 110 or len(sea) != 110:
        errors.append(f"split sizes {len(tun)}/{len(sea)}")
    if {key(r) for r in tun} & {key(r) for r in sea}:
        errors.append("tuning and sealed overlap")
    if {key(r) for r in tun} | {key(r) for r in sea} != {key(r) for r in allr}:
        errors.append("tuning + sealed != all")
    ct, cs = (
        Counter((r["kind"], r["style"]) for r in tun),
        Counter((r["kind"], r["style"]) for r in sea),
    )
    for k in counts:
        if abs(ct.get(k, 0) - cs.get(k, 0)) > 1:
            errors.append(f"split not stratified for {k}: {ct.get(k, 0)}/{cs.get(k, 0)}")

    print("counts (kind, style): all / tuning / sealed")
    for k in sorted(counts):
        print(f"  {k[0]:13s} {k[1]:5s} {counts[k]:4d} {ct.get(k, 0):4d} {cs.get(k, 0):4d}")
    print(f"  {'total':19s} {len(allr):4d} {len(tun):4d} {len(sea):4d}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
