"""Build questions6: shuffle, number, write all.jsonl, split 110/110 stratified by (kind, style)."""
import json
import random
from collections import defaultdict
from pathlib import Path

from items import ITEMS, TOPICS

HERE = Path(__file__).resolve().parent
SEED = 20261204


def make_records():
    recs = []
    for kind, style, topic, question in ITEMS:
        if kind == "out_of_scope":
            evidence, must = [], []
        else:
            evidence, must = TOPICS[topic]
        recs.append({"question": question, "kind": kind,
                     "evidence": list(evidence), "must_mention": list(must),
                     "style": style})
    return recs


def main():
    rng = random.Random(SEED)
    recs = make_records()
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"q6-{i:03d}", **r})

    # stratified split: within each (kind, style) stratum, shuffle and give half to each file
    strata = defaultdict(list)
    for r in out:
        strata[(r["kind"], r["style"])].append(r)
    tuning_ids = set()
    for key in sorted(strata):
        group = strata[key][:]
        rng.shuffle(group)
        tuning_ids.update(r["id"] for r in group[: len(group) // 2])

    def dump(path, rows):
        with open(path, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump(HERE / "all.jsonl", out)
    dump(HERE / "tuning.jsonl", [r for r in out if r["id"] in tuning_ids])
    dump(HERE / "sealed.jsonl", [r for r in out if r["id"] not in tuning_ids])
    print(f"all {len(out)}, tuning {len(tuning_ids)}, sealed {len(out) - len(tuning_ids)}")


if __name__ == "__main__":
    main()
