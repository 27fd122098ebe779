"""Check questions7: every evidence / must_mention phrase occurs verbatim in a leaflet,
field shapes, ids unique, tuning + sealed = items, disjoint. Run from any directory."""
import glob, json, os, sys
from collections import Counter

ADJUDICATED = {"q7-093", "q7-126"}

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "corpus")
leaflets = {os.path.basename(p): open(p, encoding="utf-8").read() for p in glob.glob(os.path.join(CORPUS, "*.md"))}
assert len(leaflets) == 4, leaflets.keys()

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

errors = []
items, tuning, sealed = load("items.jsonl"), load("tuning.jsonl"), load("sealed.jsonl")
FIELDS = {"id", "question", "kind", "evidence", "must_mention", "style"}
for it in items:
    i = it.get("id")
    if set(it) != FIELDS: errors.append(f"{i}: fields {sorted(it)}")
    if it["kind"] not in ("answerable", "medical", "out_of_scope"): errors.append(f"{i}: kind {it['kind']}")
    if it["style"] not in ("chat", "faq"): errors.append(f"{i}: style {it['style']}")
    if it["kind"] == "out_of_scope":
        if it["evidence"] or it["must_mention"]: errors.append(f"{i}: out_of_scope with phrases")
        continue
    # Adjudication (ADJUDICATION.md) may add a fifth phrase the writer's cap left out.
    cap = 5 if i in ADJUDICATED else 4
    if not 1 <= len(it["evidence"]) <= cap: errors.append(f"{i}: {len(it['evidence'])} evidence phrases")
    if not 1 <= len(it["must_mention"]) <= 3: errors.append(f"{i}: {len(it['must_mention'])} must_mention phrases")
    for p in it["evidence"]:
        if not 4 <= len(p.split()) <= 12: errors.append(f"{i}: evidence length {p!r}")
        if not any(p in t for t in leaflets.values()): errors.append(f"{i}: evidence not verbatim {p!r}")
    for p in it["must_mention"]:
        if not any(p in t for t in leaflets.values()): errors.append(f"{i}: must_mention not verbatim {p!r}")

ids = [it["id"] for it in items]
if len(ids) != 200 or len(set(ids)) != len(ids): errors.append("ids not 200 unique")
t_ids, s_ids = [x["id"] for x in tuning], [x["id"] for x in sealed]
if len(set(t_ids)) != len(t_ids) or len(set(s_ids)) != len(s_ids): errors.append("duplicate id inside a split")
if set(t_ids) & set(s_ids): errors.append("tuning and sealed overlap")
if set(t_ids) | set(s_ids) != set(ids): errors.append("split incomplete")
by_id = {it["id"]: it for it in items}
for x in tuning + sealed:
    if by_id.get(x["id"]) != x: errors.append(f"{x['id']}: split row differs from items.jsonl")
if len({it["question"].lower() for it in items}) != len(items): errors.append("duplicate question text")

for name, rows in (("items", items), ("tuning", tuning), ("sealed", sealed)):
    print(name, len(rows), dict(sorted(Counter((r["kind"], r["style"]) for r in rows).items())))
print("\n".join(errors) if errors else "OK: all checks passed")
sys.exit(1 if errors else 0)
