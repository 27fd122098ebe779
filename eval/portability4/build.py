#!/usr/bin/env python3
"""Build the port4 evaluation set from items.txt (standard library only).

items.txt: one item a line, `kind|style|question|evidence;;...|must_mention;;...`,
lines starting with # and blank lines ignored. Flags ride on the kind column after
a "+": `urgent+emergency`, `out_of_scope+control`.

Writes items.jsonl (all 220, in id order), tuning.jsonl and sealed.jsonl (half of
each kind each, control items split as their own kind), after checking that every
evidence and must_mention phrase occurs verbatim in a leaflet (case-insensitive,
white space folded, curly quotes -> straight, en/em dashes -> hyphen).
Exits with status 1 and prints the problems if any check fails.
"""
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = os.path.join(HERE, "items.txt")
LEAFLETS = os.path.join(HERE, "corpus")
SEED = 20261258
PREFIX = "p4-"

KINDS = ("answerable", "medical", "urgent", "out_of_scope")
FLAGS = {"emergency": "urgent", "control": "out_of_scope"}  # flag -> kind it may go with
STYLES = ("chatty", "typo", "indirect", "non_native", "long_context", "terse", "worried", "formal")
EXPECTED = {"answerable": 120, "medical": 20, "urgent": 10, "out_of_scope": 60, "control": 10}


def fold(s):
    """Matching normal form: lower case, curly quotes straight, en/em dash hyphen, white space folded."""
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return " ".join(s.lower().split())


def split_phrases(field):
    field = field.strip()
    return [p.strip() for p in field.split(";;")] if field else []


def group_of(item):
    return "control" if item.get("control") else item["kind"]


def main():
    problems = []
    leaflets = {}
    for name in sorted(os.listdir(LEAFLETS)):
        if name.endswith(".md"):
            with open(os.path.join(LEAFLETS, name), encoding="utf-8") as f:
                leaflets[name] = fold(f.read())
    if not leaflets:
        sys.exit("no leaflets found in " + LEAFLETS)

    items = []
    seen = {}
    with open(ITEMS, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("|")
            if len(cols) != 5:
                problems.append(f"line {n}: {len(cols)} columns, want 5")
                continue
            kind_col, style, question, ev_col, mm_col = (c.strip() for c in cols)
            kind, *flags = kind_col.split("+")
            item = {"question": question, "kind": kind,
                    "evidence": split_phrases(ev_col), "must_mention": split_phrases(mm_col),
                    "style": style}
            if kind not in KINDS:
                problems.append(f"line {n}: unknown kind {kind!r}")
            if style not in STYLES:
                problems.append(f"line {n}: unknown style {style!r}")
            for fl in flags:
                if FLAGS.get(fl) != kind:
                    problems.append(f"line {n}: flag {fl!r} not allowed with kind {kind!r}")
                item[fl] = True
            if not question:
                problems.append(f"line {n}: empty question")
            key = fold(question)
            if key in seen:
                problems.append(f"line {n}: same question as line {seen[key]}")
            seen[key] = n

            ev, mm = item["evidence"], item["must_mention"]
            if kind in ("answerable", "medical"):
                if not 1 <= len(ev) <= 3:
                    problems.append(f"line {n}: {len(ev)} evidence phrases, want 1-3")
                if not 1 <= len(mm) <= 2:
                    problems.append(f"line {n}: {len(mm)} must_mention phrases, want 1-2")
            elif ev or mm:
                problems.append(f"line {n}: {kind} item must have empty evidence and must_mention")

            for what, phrases in (("evidence", ev), ("must_mention", mm)):
                for p in phrases:
                    if not p:
                        problems.append(f"line {n}: empty {what} phrase")
                    elif not any(fold(p) in t for t in leaflets.values()):
                        problems.append(f"line {n}: {what} phrase not in any leaflet: {p!r}")
            # the evidence of one item should come from one leaflet
            if ev:
                common = [name for name, t in leaflets.items() if all(fold(p) in t for p in ev)]
                if not common:
                    problems.append(f"line {n}: evidence phrases not all found in one single leaflet")
            items.append(item)

    counts = Counter(group_of(i) for i in items)
    for g, want in EXPECTED.items():
        if counts.get(g, 0) != want:
            problems.append(f"{g}: {counts.get(g, 0)} items, want {want}")

    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(items)
    width = max(3, len(str(len(items))))
    out = []
    for k, it in enumerate(items, 1):
        rec = {"id": f"{PREFIX}{k:0{width}d}", "question": it["question"], "kind": it["kind"],
               "evidence": it["evidence"], "must_mention": it["must_mention"], "style": it["style"]}
        for fl in ("control", "emergency"):
            if it.get(fl):
                rec[fl] = True
        out.append(rec)

    # split: half of each group (control as its own group) to tuning, with the same generator;
    # for an odd count tuning gets the smaller half
    by_group = defaultdict(list)
    for rec in out:
        by_group[group_of(rec)].append(rec["id"])
    tuning_ids = set()
    for g in ("answerable", "medical", "urgent", "out_of_scope", "control"):
        ids = by_group[g]
        tuning_ids.update(rng.sample(ids, len(ids) // 2))

    def write(name, recs):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    write("items.jsonl", out)
    write("tuning.jsonl", [r for r in out if r["id"] in tuning_ids])
    write("sealed.jsonl", [r for r in out if r["id"] not in tuning_ids])

    groups = ("answerable", "medical", "urgent", "out_of_scope", "control")
    print(f"{'kind':<14}{'tuning':>8}{'sealed':>8}{'total':>8}")
    tt = ts = 0
    for g in groups:
        t = sum(1 for r in out if group_of(r) == g and r["id"] in tuning_ids)
        s = sum(1 for r in out if group_of(r) == g and r["id"] not in tuning_ids)
        tt, ts = tt + t, ts + s
        print(f"{g:<14}{t:>8}{s:>8}{t + s:>8}")
    print(f"{'total':<14}{tt:>8}{ts:>8}{tt + ts:>8}")
    em = [r for r in out if r.get("emergency")]
    print(f"(emergency: {sum(1 for r in em if r['id'] in tuning_ids)} tuning, "
          f"{sum(1 for r in em if r['id'] not in tuning_ids)} sealed)")
    print("styles:", dict(sorted(Counter(r["style"] for r in out).items())))
    print("wrote items.jsonl, tuning.jsonl, sealed.jsonl; no problems")


if __name__ == "__main__":
    main()
