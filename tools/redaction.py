"""Redaction figures: `python -m tools.redaction eval/redaction/messages.jsonl [clean.jsonl...]`.

For a set with planted personal data ({"message", "planted": [{"kind", "text"}]}): the share of
each kind removed (the planted text no longer appears), false removals on the messages with none
planted, and messages where something besides the planted data was removed. Further files of
clean questions ({"question"}) count messages changed (false removals).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from assistant.clinic.redaction import Redactor


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("planted", type=Path)
    parser.add_argument("clean", type=Path, nargs="*")
    args = parser.parse_args(argv)
    redactor = Redactor()
    total: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    clean = clean_changed = extra = 0
    for line in args.planted.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        message, planted = item["message"], item.get("planted", [])
        output = redactor.redact(message)
        if not planted:
            clean += 1
            clean_changed += output != message
        for plant in planted:
            total[plant["kind"]] += 1
            removed[plant["kind"]] += plant["text"] not in output
        # Over-removal: a word outside every planted span that is gone from the output.
        kept = set(re.findall(r"[A-Za-z]{2,}", output))
        planted_words = {w for p in planted for w in re.findall(r"[A-Za-z]{2,}", p["text"])}
        extra += any(
            w not in kept and w not in planted_words for w in re.findall(r"[A-Za-z]{2,}", message)
        )
    for kind in sorted(total):
        print(
            f"{kind:14} removed {removed[kind]:3}/{total[kind]:3} = {removed[kind] / total[kind]:.3f}"
        )
    print(f"clean messages changed: {clean_changed}/{clean}")
    print(f"messages where a word outside the planted data was removed: {extra}")
    for path in args.clean:
        questions = [json.loads(x)["question"] for x in path.read_text().splitlines() if x]
        changed = [q for q in questions if redactor.redact(q) != q]
        print(f"{path}: {len(changed)}/{len(questions)} clean questions changed")


if __name__ == "__main__":
    main()
