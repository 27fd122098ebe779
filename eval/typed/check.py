#!/usr/bin/env python3
"""Validate the typed-paragraph eval set (standard library only).

Checks, for each variant folder A/, B/, C/:
  * paragraph.md is one paragraph of 3-6 sentences, no heading / list / markdown;
  * items.jsonl: 40 items, 26 answerable + 14 out_of_scope, required fields,
    ids unique (across the whole set too), allowed kinds and styles;
  * every evidence / must_mention phrase occurs verbatim in paragraph.md;
    evidence: 1-2 phrases of 3-10 words; must_mention: 1-2 phrases;
    out_of_scope items have empty evidence and must_mention;
  * tuning.jsonl + sealed.jsonl (20 + 20) together equal items.jsonl, each in
    items.jsonl order, and match the random.Random(65) shuffle split.
Also warns (does not fail) on exact-duplicate questions across the set.

Usage: python3 check.py          (exit status 0 = all checks pass)
       python3 check.py --split  (rewrite tuning.jsonl / sealed.jsonl from items.jsonl)
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VARIANTS = ["A", "B", "C"]
KINDS = {"answerable": 26, "out_of_scope": 14}
STYLES = {"chat", "typo", "formal", "terse", "indirect", "non_native", "voice"}
FIELDS = ["id", "question", "kind", "evidence", "must_mention", "style"]
SEED = 65

errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{path}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{path}:{n}: bad JSON: {e}")
    return rows


def split(items):
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    tune = sorted(order[:20])
    seal = sorted(order[20:])
    return [items[i] for i in tune], [items[i] for i in seal]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check_paragraph(v, text):
    body = text.strip()
    if "\n" in body:
        err(f"{v}: paragraph.md has more than one line/paragraph")
    if re.search(r"^\s*(#|[-*+] |\d+\. |>)", body, re.M) or re.search(r"[*_`\[\]]", body):
        err(f"{v}: paragraph.md looks like it contains markdown")
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", body) if s]
    if not 3 <= len(sentences) <= 6:
        err(f"{v}: paragraph has {len(sentences)} sentences (want 3-6)")
    return len(sentences)


def main():
    do_split = "--split" in sys.argv
    all_ids = set()
    all_questions = {}
    summary = []
    for v in VARIANTS:
        d = os.path.join(HERE, v)
        with open(os.path.join(d, "paragraph.md"), encoding="utf-8") as f:
            para = f.read()
        nsent = check_paragraph(v, para)
        items = load_jsonl(os.path.join(d, "items.jsonl"))
        counts = {k: 0 for k in KINDS}
        for it in items:
            iid = it.get("id", "?")
            if list(it.keys()) != FIELDS:
                err(f"{v}/{iid}: fields {list(it.keys())} != {FIELDS}")
            if not re.fullmatch(rf"t{v}-\d{{3}}", str(iid)):
                err(f"{v}/{iid}: id should look like t{v}-001")
            if iid in all_ids:
                err(f"{v}/{iid}: duplicate id")
            all_ids.add(iid)
            q = it.get("question", "")
            if not isinstance(q, str) or not q.strip():
                err(f"{v}/{iid}: empty question")
            key = re.sub(r"\W+", " ", q.lower()).strip()
            if key in all_questions:
                print(f"WARNING: {iid} repeats question of {all_questions[key]}")
            all_questions[key] = iid
            kind = it.get("kind")
            if kind not in KINDS:
                err(f"{v}/{iid}: bad kind {kind!r}")
                continue
            counts[kind] += 1
            if it.get("style") not in STYLES:
                err(f"{v}/{iid}: bad style {it.get('style')!r}")
            ev, mm = it.get("evidence"), it.get("must_mention")
            if not isinstance(ev, list) or not isinstance(mm, list):
                err(f"{v}/{iid}: evidence / must_mention must be lists")
                continue
            if kind == "out_of_scope":
                if ev or mm:
                    err(f"{v}/{iid}: out_of_scope item must have empty evidence and must_mention")
                continue
            if not 1 <= len(ev) <= 2:
                err(f"{v}/{iid}: {len(ev)} evidence phrases (want 1-2)")
            if not 1 <= len(mm) <= 2:
                err(f"{v}/{iid}: {len(mm)} must_mention phrases (want 1-2)")
            for p in ev:
                nw = len(p.split())
                if not 3 <= nw <= 10:
                    err(f"{v}/{iid}: evidence phrase has {nw} words (want 3-10): {p!r}")
                if p not in para:
                    err(f"{v}/{iid}: evidence not verbatim in paragraph: {p!r}")
            for p in mm:
                if p not in para:
                    err(f"{v}/{iid}: must_mention not verbatim in paragraph: {p!r}")
        for k, want in KINDS.items():
            if counts[k] != want:
                err(f"{v}: {counts[k]} {k} items (want {want})")

        tune_exp, seal_exp = split(items)
        tpath, spath = os.path.join(d, "tuning.jsonl"), os.path.join(d, "sealed.jsonl")
        if do_split:
            write_jsonl(tpath, tune_exp)
            write_jsonl(spath, seal_exp)
        if not (os.path.exists(tpath) and os.path.exists(spath)):
            err(f"{v}: tuning.jsonl / sealed.jsonl missing (run with --split)")
        else:
            tune, seal = load_jsonl(tpath), load_jsonl(spath)
            if len(tune) != 20 or len(seal) != 20:
                err(f"{v}: split sizes {len(tune)}/{len(seal)} (want 20/20)")
            pos = {json.dumps(it, sort_keys=True): i for i, it in enumerate(items)}
            both = [json.dumps(r, sort_keys=True) for r in tune + seal]
            if sorted(both) != sorted(pos):
                err(f"{v}: tuning + sealed do not equal items.jsonl")
            for name, part in (("tuning", tune), ("sealed", seal)):
                idx = [pos.get(json.dumps(r, sort_keys=True), -1) for r in part]
                if idx != sorted(idx):
                    err(f"{v}: {name}.jsonl not in items.jsonl order")
            if tune != tune_exp or seal != seal_exp:
                err(f"{v}: split does not match random.Random({SEED}) shuffle")
            tk = {k: sum(r["kind"] == k for r in tune) for k in KINDS}
            sk = {k: sum(r["kind"] == k for r in seal) for k in KINDS}
            summary.append(f"{v}: {nsent} sentences; items {counts}; tuning {tk}; sealed {sk}")

    for line in summary:
        print(line)
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print(f"\nOK: {len(all_ids)} items in {len(VARIANTS)} variants")
    return 0


if __name__ == "__main__":
    sys.exit(main())
