"""Check the prices6 set.

Usage: python verify.py [PRICES_DIR]

PRICES_DIR (default /work/main/eval/prices) must hold prices-and-booking.md (the
price leaflet) and faq-paragraph.md (the "Prices:" paragraph). The set files
(tuning.jsonl, sealed.jsonl and, if present, all.jsonl) are read from the folder
this script is in. Every evidence and must_mention phrase must occur in BOTH
price texts (lowercased, white space folded, curly quotes and dashes folded).
Prints each problem and the number of problems; exits 1 if there are any.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_PRICES = "/work/main/eval/prices"
PRICE_FILES = ("prices-and-booking.md", "faq-paragraph.md")
KINDS = {"answerable": 60, "out_of_scope": 40}
FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def norm(text):
    return re.sub(r"\s+", " ", text.translate(FOLD).lower()).strip()


def load(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"{path.name}:{n}: bad JSON ({e})")
    return rows


def main(argv):
    prices_dir = Path(argv[1]) if len(argv) > 1 else Path(DEFAULT_PRICES)
    problems = []
    texts = {}
    for name in PRICE_FILES:
        p = prices_dir / name
        if not p.is_file():
            print(f"missing price text: {p}")
            return 2
        texts[name] = norm(p.read_text(encoding="utf-8"))

    tuning = load(HERE / "tuning.jsonl", problems)
    sealed = load(HERE / "sealed.jsonl", problems)
    rows = tuning + sealed

    # fields, ids, kinds, phrases
    fields = ["id", "question", "kind", "evidence", "must_mention"]
    for r in rows:
        rid = r.get("id", "?")
        if list(r.keys()) != fields:
            problems.append(f"{rid}: fields {list(r.keys())} != {fields}")
        if not re.fullmatch(r"p6-\d{3}", str(rid)) or not 1 <= int(str(rid)[3:] or 0) <= 100:
            problems.append(f"{rid}: bad id")
        if not isinstance(r.get("question"), str) or not r["question"].strip():
            problems.append(f"{rid}: empty question")
        kind = r.get("kind")
        ev, mm = r.get("evidence"), r.get("must_mention")
        if kind not in KINDS:
            problems.append(f"{rid}: unknown kind {kind!r}")
            continue
        if not isinstance(ev, list) or not isinstance(mm, list):
            problems.append(f"{rid}: evidence/must_mention not lists")
            continue
        if kind == "out_of_scope":
            if ev or mm:
                problems.append(f"{rid}: out_of_scope item with non-empty lists")
            continue
        if not 1 <= len(ev) <= 3:
            problems.append(f"{rid}: {len(ev)} evidence phrases (want 1-3)")
        if not 1 <= len(mm) <= 2:
            problems.append(f"{rid}: {len(mm)} must_mention phrases (want 1-2)")
        for phrase in ev:
            words = len(phrase.split())
            if not 4 <= words <= 10:
                problems.append(f"{rid}: evidence {phrase!r} has {words} words (want 4-10)")
        if len(set(map(norm, ev))) != len(ev) or len(set(map(norm, mm))) != len(mm):
            problems.append(f"{rid}: repeated phrase within item")
        for label, phrases in (("evidence", ev), ("must_mention", mm)):
            for phrase in phrases:
                for name, text in texts.items():
                    if norm(phrase) not in text:
                        problems.append(f"{rid}: {label} {phrase!r} not in {name}")

    # duplicates
    for rid, c in Counter(r.get("id") for r in rows).items():
        if c > 1:
            problems.append(f"{rid}: id appears {c} times")
    for q, c in Counter(norm(r.get("question", "")) for r in rows).items():
        if c > 1:
            problems.append(f"duplicate question ({c}x): {q[:60]!r}")
    ids = {r.get("id") for r in rows}
    want_ids = {f"p6-{n:03d}" for n in range(1, 101)}
    if ids != want_ids:
        problems.append(
            f"ids missing: {sorted(want_ids - ids)[:10]} extra: {sorted(ids - want_ids)[:10]}"
        )

    # counts and split: 50/50 within each kind; ids are numbered in shuffled
    # order, so each kind's tuning ids must all come before its sealed ids.
    for kind, want in KINDS.items():
        t = sorted(r["id"] for r in tuning if r.get("kind") == kind)
        s = sorted(r["id"] for r in sealed if r.get("kind") == kind)
        if len(t) + len(s) != want:
            problems.append(f"{kind}: {len(t) + len(s)} items, want {want}")
        if len(t) != want // 2 or len(s) != want - want // 2:
            problems.append(f"{kind}: split {len(t)}/{len(s)}, want {want // 2}/{want - want // 2}")
        if t and s and max(t) > min(s):
            problems.append(f"{kind}: tuning is not the first half in shuffled order")
    if len(tuning) != 50 or len(sealed) != 50:
        problems.append(f"split sizes {len(tuning)}/{len(sealed)}, want 50/50")

    # all.jsonl, when present (it is not copied into the project)
    all_path = HERE / "all.jsonl"
    if all_path.is_file():
        everything = load(all_path, problems)

        def key(r):
            return r.get("id", "")

        if sorted(everything, key=key) != sorted(rows, key=key):
            problems.append("all.jsonl differs from tuning.jsonl + sealed.jsonl")

    for p in problems:
        print(p)
    counts = Counter(r.get("kind") for r in rows)
    print(
        f"{len(rows)} items ({dict(counts)}); tuning {len(tuning)}, sealed {len(sealed)}; "
        f"price texts in {prices_dir}"
    )
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
