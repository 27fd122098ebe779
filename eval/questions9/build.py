"""Shuffle (seed 20261209), assign ids, write items.jsonl, split tuning/sealed (seed 9)."""
import json, random, collections
from items_src import ITEMS

FIELDS = ["id", "question", "kind", "evidence", "must_mention", "style"]


def main():
    topics = collections.Counter(t for t, k, *_ in ITEMS if k != "out_of_scope")
    over = {t: n for t, n in topics.items() if n > 5}
    assert not over, over
    rows = [dict(question=q, kind=k, evidence=list(e), must_mention=list(m), style=s)
            for (t, k, s, q, e, m) in ITEMS]
    random.Random(20261209).shuffle(rows)
    items = []
    for i, r in enumerate(rows, 1):
        r["id"] = "q9-%03d" % i
        items.append({f: r[f] for f in FIELDS})
    write("items.jsonl", items)

    groups = collections.OrderedDict()
    for it in items:
        groups.setdefault((it["kind"], it["style"]), []).append(it)
    rng = random.Random(9)
    tuning, sealed = [], []
    odd_turn = 0
    for key in sorted(groups):
        g = list(groups[key])
        rng.shuffle(g)
        half = len(g) // 2
        if len(g) % 2:
            # alternate which half receives the extra item so totals stay 110/110
            if odd_turn % 2 == 0:
                half += 1
            odd_turn += 1
        tuning += g[:half]
        sealed += g[half:]
    order = {it["id"]: n for n, it in enumerate(items)}
    tuning.sort(key=lambda x: order[x["id"]])
    sealed.sort(key=lambda x: order[x["id"]])
    write("tuning.jsonl", tuning)
    write("sealed.jsonl", sealed)
    print("items", len(items), "tuning", len(tuning), "sealed", len(sealed))


def write(name, rows):
    with open(name, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
