"""Shuffle the hand-written items (source_items.py) with a fixed seed, assign ids
q8-001..q8-200, write items.jsonl, and split 100/100 into tuning.jsonl / sealed.jsonl
stratified by kind x style (fixed seed)."""
import collections, json, os, random

from source_items import ITEMS

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_ORDER = 20261208
SEED_SPLIT = 8
FIELDS = ["id", "question", "kind", "evidence", "must_mention", "style"]


def write(name, items):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({k: it[k] for k in FIELDS}, ensure_ascii=False) + "\n")


def main():
    items = [dict(it) for it in ITEMS]
    assert len(items) == 200
    assert len({it["question"] for it in items}) == 200, "duplicate question"
    random.Random(SEED_ORDER).shuffle(items)
    for n, it in enumerate(items, 1):
        it["id"] = f"q8-{n:03d}"
    write("items.jsonl", items)
    # working key -> id, for the README and oos_check.py
    with open(os.path.join(HERE, "keys.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tkey\tkind\tstyle\ttopic\n")
        for it in items:
            f.write(f"{it['id']}\t{it['key']}\t{it['kind']}\t{it['style']}\t{it['topic']}\n")

    rng = random.Random(SEED_SPLIT)
    cells = collections.defaultdict(list)
    for it in items:
        cells[(it["kind"], it["style"])].append(it)
    tuning, sealed = [], []
    odd_to_tuning = True
    for cell in sorted(cells):
        group = cells[cell][:]
        rng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2:
            half += 1 if odd_to_tuning else 0
            odd_to_tuning = not odd_to_tuning
        tuning += group[:half]
        sealed += group[half:]
    order = {it["id"]: i for i, it in enumerate(items)}
    tuning.sort(key=lambda it: order[it["id"]])
    sealed.sort(key=lambda it: order[it["id"]])
    assert len(tuning) == 100 and len(sealed) == 100, (len(tuning), len(sealed))
    write("tuning.jsonl", tuning)
    write("sealed.jsonl", sealed)

    t = collections.Counter((i["kind"], i["style"]) for i in tuning)
    s = collections.Counter((i["kind"], i["style"]) for i in sealed)
    for cell in sorted(cells):
        print(cell, len(cells[cell]), t[cell], s[cell])


if __name__ == "__main__":
    main()
