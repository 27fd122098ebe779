"""Assemble the hand-written drafts into items.jsonl, tuning.jsonl and sealed.jsonl.
Shuffle and split use fixed seeds, so re-running gives the same files."""
import json, random, sys
sys.path.insert(0, '.')
from draft_answerable import A
from draft_medical import M
from draft_oos import O

items = []
for st, q, ev, mm in A:
    items.append(dict(question=q, kind="answerable", evidence=list(ev), must_mention=list(mm), style=st))
for st, q, ev, mm in M:
    items.append(dict(question=q, kind="medical", evidence=list(ev), must_mention=list(mm), style=st))
for st, q in O:
    items.append(dict(question=q, kind="out_of_scope", evidence=[], must_mention=[], style=st))
assert len(items) == 200, len(items)

random.Random(7007).shuffle(items)
items = [dict(id=f"q7-{i+1:03d}", **it) for i, it in enumerate(items)]

# stratified 50/50 split by (kind, style); odd strata alternate their extra item
rng = random.Random(7070)
strata = {}
for it in items:
    strata.setdefault((it["kind"], it["style"]), []).append(it["id"])
tuning, odd = set(), 0
for key in sorted(strata):
    ids = strata[key][:]
    rng.shuffle(ids)
    n = len(ids) // 2
    if len(ids) % 2:
        n += 1 if odd % 2 == 0 else 0
        odd += 1
    tuning.update(ids[:n])

def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

dump("items.jsonl", items)
dump("tuning.jsonl", [it for it in items if it["id"] in tuning])
dump("sealed.jsonl", [it for it in items if it["id"] not in tuning])
print("tuning", len(tuning), "sealed", 200 - len(tuning))
