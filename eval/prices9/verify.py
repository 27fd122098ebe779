"""Check the prices9 set. Standard library only.

Usage: python3 verify.py [PRICES_DIR]   (default /work/helper/p9/prices)

PRICES_DIR must hold prices-and-booking.md (the price leaflet) and faq-paragraph.md
(the "Prices:" paragraph). Prints every problem found and "N problems"; exit status 1 if any.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRICE_FILES = ("prices-and-booking.md", "faq-paragraph.md")
FIELDS = {"id", "question", "kind", "evidence", "must_mention"}
KINDS = {"answerable": 60, "out_of_scope": 40}
TOTAL = 100


def fold(s):
    s = s.lower()
    for c in "\u2018\u2019\u201a\u201b\u2032":
        s = s.replace(c, "'")
    for c in "\u201c\u201d\u201e\u201f\u2033":
        s = s.replace(c, '"')
    for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        s = s.replace(c, "-")
    return re.sub(r"\s+", " ", s).strip()


def main():
    prices_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/helper/p9/prices")
    problems = []
    texts = {}
    for name in PRICE_FILES:
        p = prices_dir / name
        if not p.is_file():
            problems.append(f"missing price text {p}")
        else:
            texts[name] = fold(p.read_text(encoding="utf-8"))

    splits = {}
    for split in ("tuning", "sealed"):
        rows = []
        path = HERE / f"{split}.jsonl"
        if not path.is_file():
            problems.append(f"missing {path.name}")
            splits[split] = rows
            continue
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                problems.append(f"{path.name}:{ln}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"{path.name}:{ln}: bad JSON ({e})")
        splits[split] = rows

    all_rows = splits["tuning"] + splits["sealed"]
    ids, questions = {}, {}
    for r in all_rows:
        rid = r.get("id", "?")
        if set(r) != FIELDS:
            problems.append(f"{rid}: fields {sorted(r)} != {sorted(FIELDS)}")
        if not re.fullmatch(r"p9-\d{3}", str(rid)):
            problems.append(f"{rid}: id not of the form p9-NNN")
        if rid in ids:
            problems.append(f"{rid}: duplicate id")
        ids[rid] = r
        q = r.get("question")
        if not isinstance(q, str) or not q.strip():
            problems.append(f"{rid}: empty question")
        else:
            fq = fold(q)
            if fq in questions:
                problems.append(f"{rid}: question duplicates {questions[fq]}")
            questions[fq] = rid
        kind = r.get("kind")
        ev, mm = r.get("evidence"), r.get("must_mention")
        if kind not in KINDS:
            problems.append(f"{rid}: unknown kind {kind!r}")
            continue
        if not isinstance(ev, list) or not isinstance(mm, list):
            problems.append(f"{rid}: evidence and must_mention must be lists")
            continue
        if kind == "out_of_scope":
            if ev or mm:
                problems.append(
                    f"{rid}: out_of_scope item must have empty evidence and must_mention"
                )
            continue
        if not 1 <= len(ev) <= 3:
            problems.append(f"{rid}: {len(ev)} evidence phrases (want 1-3)")
        if not 1 <= len(mm) <= 2:
            problems.append(f"{rid}: {len(mm)} must_mention phrases (want 1-2)")
        for ph in ev:
            n = len(str(ph).split())
            if not 4 <= n <= 10:
                problems.append(f"{rid}: evidence {ph!r} has {n} words (want 4-10)")
        for label, phrases in (("evidence", ev), ("must_mention", mm)):
            for ph in phrases:
                if not isinstance(ph, str) or not ph.strip():
                    problems.append(f"{rid}: empty {label} phrase")
                    continue
                for name, text in texts.items():
                    if fold(ph) not in text:
                        problems.append(f"{rid}: {label} {ph!r} not in {name}")

    # counts and split
    if len(all_rows) != TOTAL:
        problems.append(f"{len(all_rows)} items (want {TOTAL})")
    want_ids = {f"p9-{n:03d}" for n in range(1, TOTAL + 1)}
    if set(ids) != want_ids:
        problems.append(
            f"ids are not exactly p9-001..p9-{TOTAL:03d} "
            f"(missing {sorted(want_ids - set(ids))[:5]}, extra {sorted(set(ids) - want_ids)[:5]})"
        )
    for kind, want in KINDS.items():
        total = sum(r.get("kind") == kind for r in all_rows)
        if total != want:
            problems.append(f"{total} {kind} items (want {want})")
        for split, rows in splits.items():
            got = sum(r.get("kind") == kind for r in rows)
            if got != want // 2:
                problems.append(f"{split}: {got} {kind} items (want {want // 2})")
    overlap = {r.get("id") for r in splits["tuning"]} & {r.get("id") for r in splits["sealed"]}
    if overlap:
        problems.append(f"ids in both halves: {sorted(overlap)}")

    for p in problems:
        print("PROBLEM:", p)
    counts = {s: len(rows) for s, rows in splits.items()}
    print(f"items: {len(all_rows)} ({counts}); price texts checked: {sorted(texts)}")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
