"""Build items.jsonl from the two hand-written source lists (standard library only)."""
import json, random

def read(path, answered):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if answered:
            sub, style, q, ev = parts
            evidence = [e.strip() for e in ev.split(";;")]
        else:
            sub, style, q = parts
            evidence = []
        out.append({"question": q,
                    "kind": "answerable" if answered else "out_of_scope",
                    "evidence": evidence, "must_mention": [],
                    "style": style, "subtopic": sub})
    return out

items = read("src_not_answered.txt", False) + read("src_answered.txt", True)
random.Random(20240611).shuffle(items)
with open("items.jsonl", "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": f"ot-{i:03d}", **it}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(items), "items written")
