"""Check that every evidence / must_mention phrase in a questions file occurs verbatim
in at least one leaflet, after lowercasing, folding white space, curly quotes to
straight ones and en/em dashes to hyphens. Also checks the field shape rules.

usage: python verify_phrases.py [file.jsonl ...]   (default: all.jsonl next to this script)
"""

import json
import pathlib
import re
import sys

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "corpus"
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]
KINDS = {"answerable", "medical", "out_of_scope"}


def norm(s):
    s = s.lower()
    for a, b in (
        ("\u2018", "'"),
        ("\u2019", "'"),
        ("\u201c", '"'),
        ("\u201d", '"'),
        ("\u2013", "-"),
        ("\u2014", "-"),
    ):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def main(paths):
    texts = {f: norm((CORPUS / f).read_text(encoding="utf-8")) for f in LEAFLETS}
    problems = 0
    n = 0
    for p in paths:
        for line in pathlib.Path(p).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            n += 1
            rid = r.get("id")

            def bad(msg, where=f"{p}:{rid}"):
                nonlocal problems
                problems += 1
                print(f"{where}: {msg}")

            if r.get("kind") not in KINDS:
                bad(f"bad kind {r.get('kind')!r}")
            ev, mm = r.get("evidence", []), r.get("must_mention", [])
            if r.get("kind") == "out_of_scope":
                if ev or mm:
                    bad("out_of_scope item has evidence/must_mention")
                continue
            if not 1 <= len(ev) <= 6:  # the writer listed up to 4; adjudication added some
                bad(f"{len(ev)} evidence phrases")
            if not 1 <= len(mm) <= 3:
                bad(f"{len(mm)} must_mention phrases")
            for ph in ev:
                w = len(ph.split())
                if not 4 <= w <= 12:
                    bad(f"evidence phrase has {w} words: {ph!r}")
            for ph in ev + mm:
                if not any(norm(ph) in t for t in texts.values()):
                    bad(f"not found in any leaflet: {ph!r}")
    print(f"{n} items checked, {problems} problems")
    return problems


if __name__ == "__main__":
    args = sys.argv[1:] or [str(pathlib.Path(__file__).with_name("all.jsonl"))]
    sys.exit(1 if main(args) else 0)
