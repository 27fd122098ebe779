#!/usr/bin/env python3
"""Build items.jsonl from the hand-written lists (standard library only).

Input lines:  subtopic | style | question [| evidence ;; evidence]
  src_answered.txt      -> kind "answerable"  (evidence required)
  src_not_answered.txt  -> kind "out_of_scope" (no evidence)
Blank lines and lines starting with '#' are ignored.
Items are shuffled with random.Random(2026) and numbered a2-001, a2-002, ...
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read(path, kind):
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) not in (3, 4):
            sys.exit(f"{path.name}:{n}: expected 3 or 4 fields: {raw}")
        subtopic, style, question = parts[:3]
        evidence = []
        if len(parts) == 4 and parts[3]:
            evidence = [e.strip() for e in parts[3].split(";;") if e.strip()]
        if kind == "answerable" and not evidence:
            sys.exit(f"{path.name}:{n}: answerable item without evidence")
        if kind == "out_of_scope" and evidence:
            sys.exit(f"{path.name}:{n}: out_of_scope item with evidence")
        out.append({
            "question": question,
            "kind": kind,
            "evidence": evidence,
            "must_mention": [],
            "style": style,
            "subtopic": subtopic,
        })
    return out


def main():
    items = read(HERE / "src_answered.txt", "answerable")
    items += read(HERE / "src_not_answered.txt", "out_of_scope")
    random.Random(2026).shuffle(items)
    with open(HERE / "items.jsonl", "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            rec = {"id": f"a2-{i:03d}", **it}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to items.jsonl")


if __name__ == "__main__":
    main()
