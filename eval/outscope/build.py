"""Build items.jsonl, tuning.jsonl and sealed.jsonl from the checked list in check.py.

The messages are shuffled with a fixed seed and numbered os-001..os-240; each
category x style cell is then shuffled with a second fixed seed and halved, so the
two halves hold 120 items each with the same counts per cell.

Run: python3 eval/outscope/build.py && python3 eval/outscope/check.py
"""
import json
import os
import random
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import ITEMS  # noqa: E402

SHUFFLE_SEED = 20261202
SPLIT_SEED = 4711


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for o in rows:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows = list(ITEMS)
    random.Random(SHUFFLE_SEED).shuffle(rows)
    items = [
        {"id": f"os-{i:03d}", "question": q, "kind": "out_of_scope", "category": cat,
         "evidence": [], "must_mention": [], "style": style}
        for i, (cat, style, q, _terms) in enumerate(rows, 1)
    ]
    write("items.jsonl", items)

    cells = defaultdict(list)
    for o in items:
        cells[(o["category"], o["style"])].append(o)
    rng = random.Random(SPLIT_SEED)
    tuning_ids = set()
    for key in sorted(cells):
        group = list(cells[key])
        rng.shuffle(group)
        tuning_ids.update(o["id"] for o in group[: len(group) // 2])
    write("tuning.jsonl", [o for o in items if o["id"] in tuning_ids])
    write("sealed.jsonl", [o for o in items if o["id"] not in tuning_ids])
    print(f"{len(items)} items, {len(tuning_ids)} tuning, {len(items) - len(tuning_ids)} sealed")


if __name__ == "__main__":
    main()
