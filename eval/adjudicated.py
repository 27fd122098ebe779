"""A set's half with its adjudication applied: `python eval/adjudicated.py eval/<set> [tuning]`.

Reads `<set>/<half>.jsonl` and `<set>/adjudication_<half>.json` and writes
`<set>/<half>-adjudicated.jsonl`; the half is `sealed` unless named. A sealed half's adjudication
is written by a helper that saw only the leaflets and the system's first-contact citations, never
by the session that tunes; a tuning half's by the session, before it tunes (see `eval/README.md`).
The half's own file stays as its writer built it. Every added evidence phrase must be 5-15 words
and verbatim in a leaflet the set is answered from (`<set>/corpus/` for another clinic's
documents, else the project's `corpus/`);
every added must_mention must sit inside one of the item's evidence phrases; only answerable
items are adjudicated. Standard library only; exits non-zero on any failure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def adjudicated(root: Path, half: str) -> tuple[list[dict[str, Any]], list[str], int]:
    """The half's items with its adjudication applied, the rule's failures, and how many
    items the adjudication names."""
    documents = root / "corpus" if (root / "corpus").is_dir() else CORPUS
    leaflets = [_folded(p.read_text(encoding="utf-8")) for p in sorted(documents.glob("*.md"))]
    items = [
        json.loads(line) for line in (root / f"{half}.jsonl").open(encoding="utf-8") if line.strip()
    ]
    by_id = {item["id"]: item for item in items}
    added = json.loads((root / f"adjudication_{half}.json").read_text(encoding="utf-8"))
    failures = []
    for entry in added:
        item = by_id.get(entry["id"])
        if item is None or item["kind"] != "answerable":
            failures.append(f"{entry['id']}: not an answerable {half} item")
            continue
        for phrase in entry.get("evidence", []):
            words = len(phrase.split())
            if not 5 <= words <= 15 or not any(_folded(phrase) in text for text in leaflets):
                failures.append(f"{entry['id']}: evidence not 5-15 words verbatim in a leaflet")
            elif phrase not in item["evidence"]:
                item["evidence"] = [*item["evidence"], phrase]
        for key in entry.get("must_mention", []):
            if not any(key.lower() in phrase.lower() for phrase in item["evidence"]):
                failures.append(f"{entry['id']}: must_mention outside its evidence")
            elif key not in item["must_mention"]:
                item["must_mention"] = [*item["must_mention"], key]
    return items, failures, len(added)


def lines(items: list[dict[str, Any]]) -> str:
    """The adjudicated half's file, as written."""
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def main(folder: str, half: str = "sealed") -> int:
    if half not in ("sealed", "tuning"):
        print(f"no half {half!r}: sealed or tuning")
        return 2
    root = Path(folder)
    items, failures, count = adjudicated(root, half)
    if failures:
        print("\n".join(failures))
        return 1
    (root / f"{half}-adjudicated.jsonl").write_text(lines(items), encoding="utf-8")
    print(f"{count} items adjudicated of {len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
