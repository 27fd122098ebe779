"""Build tuning.jsonl and sealed.jsonl from items.jsonl. Standard library only.

Usage: python3 build.py

Reads items.jsonl (one {"question", "kind", "evidence", "must_mention"} object a line),
shuffles with random.Random(20261249), numbers the items p8-001..p8-100 in shuffled
order, then with the same generator draws half of each kind for tuning.jsonl; the
rest go to sealed.jsonl. Prints a kind x fact table of the result.
"""

import json
import random
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261249
KIND_ORDER = ("answerable", "out_of_scope")
FIELDS = ("id", "question", "kind", "evidence", "must_mention")

# which price fact an answerable item targets, recognised by its evidence
FACTS = (
    ("single session", "a single microneedling session costs"),
    ("saving", "saving £65"),
    ("course of three", "course of three sessions costs"),
    ("consultation fee", "a consultation costs"),
    ("fee deducted", "deducted from your first treatment"),
    ("top-up after course", "top-up session costs £180"),
    ("deposit", "deposit of £30"),
)


def fact_of(item):
    if item["kind"] != "answerable":
        return "-"
    ev = " ".join(item["evidence"]).lower()
    for name, key in FACTS:
        if key.lower() in ev:
            return name
    return "?"


def main():
    items = [json.loads(l) for l in (HERE / "items.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    rng = random.Random(SEED)
    rng.shuffle(items)
    rows = []
    for n, it in enumerate(items, 1):
        rows.append({
            "id": f"p8-{n:03d}",
            "question": it["question"],
            "kind": it["kind"],
            "evidence": list(it["evidence"]) if it["kind"] == "answerable" else [],
            "must_mention": list(it["must_mention"]) if it["kind"] == "answerable" else [],
        })
    tuning_ids = set()
    for kind in KIND_ORDER:
        pool = [r["id"] for r in rows if r["kind"] == kind]
        tuning_ids.update(rng.sample(pool, len(pool) // 2))
    tuning = [r for r in rows if r["id"] in tuning_ids]
    sealed = [r for r in rows if r["id"] not in tuning_ids]
    for name, part in (("tuning", tuning), ("sealed", sealed)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in part:
                f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")

    # kind x fact table
    cnt = Counter((r["kind"], fact_of(r), r["id"] in tuning_ids) for r in rows)
    keys = sorted({(k, f) for k, f, _ in cnt}, key=lambda kf: (KIND_ORDER.index(kf[0]), [n for n, _ in FACTS].index(kf[1]) if kf[1] in [n for n, _ in FACTS] else 99))
    print("| kind | fact | items | tuning | sealed |")
    print("| --- | --- | ---: | ---: | ---: |")
    for k, f in keys:
        t, s = cnt[(k, f, True)], cnt[(k, f, False)]
        print(f"| {k} | {f} | {t + s} | {t} | {s} |")
    print(f"| total | | {len(rows)} | {len(tuning)} | {len(sealed)} |")


if __name__ == "__main__":
    main()
