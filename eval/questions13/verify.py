#!/usr/bin/env python3
"""Checks the q13 evaluation set against the four leaflets (standard library only).

Checks:
  * every file parses; ids unique (across items.jsonl, and tuning+sealed == items);
  * kind in {answerable, medical, out_of_scope}; style in {faq, chat}; question/source/writer non-empty;
  * out_of_scope: evidence == [] and must_mention == [];
  * answerable/medical: 1-4 evidence phrases, 1-3 must_mention fragments;
  * each evidence phrase is 4-12 words and occurs verbatim (after folding whitespace only)
    inside ONE sentence of one leaflet (the file is reported);
  * each must_mention fragment occurs in a sentence that also contains one of the item's evidence phrases.
Exit status 1 on any failure. Run with -v to list, for every evidence phrase, the leaflet file(s) it was found in.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = str(__import__("pathlib").Path(__file__).resolve().parents[2] / "corpus")
LEAFLETS = ["collagen-induction-therapy.md", "medical-grade-microneedling.md",
            "microneedling-and-its-benefits.md", "microneedling-faq.md"]
KINDS = {"answerable", "medical", "out_of_scope"}
STYLES = {"faq", "chat"}


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def sentences():
    """(file, sentence) pairs: split each file into lines, each line into sentences."""
    out = []
    for name in LEAFLETS:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            text = f.read()
        for line in text.split("\n"):
            line = fold(line)
            if not line:
                continue
            for s in re.split(r"(?<=[.!?])\s+", line):
                if s.strip():
                    out.append((name, s.strip()))
    return out


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                rows.append((n, json.loads(line)))
    return rows


VERBOSE = "-v" in sys.argv[1:]


def main():
    sents = sentences()
    whole = {n: fold(open(os.path.join(CORPUS, n), encoding="utf-8").read()) for n in LEAFLETS}
    errors = []
    items = load(os.path.join(HERE, "items.jsonl"))
    ids = [d.get("id") for _, d in items]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids in items.jsonl")
    for n, d in items:
        tag = f"items.jsonl:{n} {d.get('id')}"
        for fld in ("id", "question", "kind", "evidence", "must_mention", "style", "writer", "source"):
            if fld not in d:
                errors.append(f"{tag}: missing field {fld}")
        if d.get("kind") not in KINDS:
            errors.append(f"{tag}: bad kind {d.get('kind')!r}")
        if d.get("style") not in STYLES:
            errors.append(f"{tag}: bad style {d.get('style')!r}")
        for fld in ("question", "writer", "source"):
            if not str(d.get(fld, "")).strip():
                errors.append(f"{tag}: empty {fld}")
        ev, mm = d.get("evidence", []), d.get("must_mention", [])
        if d.get("kind") == "out_of_scope":
            if ev or mm:
                errors.append(f"{tag}: out_of_scope item must have empty evidence and must_mention")
            continue
        if not 1 <= len(ev) <= 4:
            errors.append(f"{tag}: needs 1-4 evidence phrases, has {len(ev)}")
        if not 1 <= len(mm) <= 3:
            errors.append(f"{tag}: needs 1-3 must_mention fragments, has {len(mm)}")
        ev_sents = []
        for p in ev:
            fp = fold(p)
            nw = len(fp.split())
            if not 4 <= nw <= 12:
                errors.append(f"{tag}: evidence {p!r} has {nw} words (need 4-12)")
            hits = [(f, s) for f, s in sents if fp in s]
            if not hits:
                where = [f for f, t in whole.items() if fp in t]
                if where:
                    errors.append(f"{tag}: evidence {p!r} found in {where} but crosses a sentence boundary")
                else:
                    errors.append(f"{tag}: evidence {p!r} not found verbatim in any leaflet")
            else:
                ev_sents += hits
                files = sorted({f for f, _ in hits})
                if VERBOSE:
                    print(f"{d.get('id')}: {p!r} -> {', '.join(files)}")
        for m in mm:
            fm = fold(m)
            if not any(fm in s for _, s in ev_sents):
                errors.append(f"{tag}: must_mention {m!r} not in any sentence containing an evidence phrase")
    # split files
    all_ids = set(ids)
    seen = []
    for part in ("tuning.jsonl", "sealed.jsonl"):
        p = os.path.join(HERE, part)
        if not os.path.exists(p):
            errors.append(f"missing {part}")
            continue
        byid = {d["id"]: d for _, d in items}
        for n, d in load(p):
            seen.append(d.get("id"))
            ref = byid.get(d.get("id"))
            if ref is None:
                errors.append(f"{part}:{n}: id {d.get('id')} not in items.jsonl")
            elif ref != d:
                errors.append(f"{part}:{n}: {d.get('id')} differs from items.jsonl")
    if len(seen) != len(set(seen)):
        errors.append("an id appears in both tuning.jsonl and sealed.jsonl (or twice)")
    if set(seen) != all_ids:
        errors.append("tuning.jsonl + sealed.jsonl do not cover items.jsonl exactly")
    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        sys.exit(1)
    kinds = {}
    for _, d in items:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    print(f"OK: {len(items)} items {kinds}; all evidence phrases found in single leaflet sentences")


if __name__ == "__main__":
    main()
