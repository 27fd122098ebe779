#!/usr/bin/env python3
"""Validate items.txt against the four leaflets, then shuffle and split.

Standard library only.  Exits non-zero on any validation failure (and then
writes nothing).  Usage:  python3 build.py
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = "/work/main/corpus"
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]
ITEMS_TXT = os.path.join(HERE, "items.txt")

KINDS = ("answerable", "medical", "out_of_scope")
STYLES = ("parent_partner", "plain", "voice")
EXPECTED = {"answerable": 100, "medical": 15, "out_of_scope": 55}
OOS_GROUPS = {"lookalike": 40, "general": 10, "chitchat": 5}
MAX_ANSWERABLE_PER_TOPIC = 4
SEED = 21021
NGRAM = 4

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
SQUOTES = "\u2018\u2019\u201a\u201b\u2032"
DQUOTES = "\u201c\u201d\u201e\u201f\u2033"


def fold(text):
    """Case-fold, fold curly quotes and dashes, collapse whitespace."""
    text = text.lower()
    for ch in DASHES:
        text = text.replace(ch, "-")
    for ch in SQUOTES:
        text = text.replace(ch, "'")
    for ch in DQUOTES:
        text = text.replace(ch, '"')
    return re.sub(r"\s+", " ", text).strip()


def words(text, hyphen):
    """Word tokens; hyphen=' ' splits hyphenated words, hyphen='' joins them.
    Apostrophes are dropped so "it's" and "its" are the same token."""
    t = fold(text).replace("-", hyphen).replace("'", "")
    return re.findall(r"[a-z0-9]+", t)


def ngrams(tokens, n=NGRAM):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def load_leaflets():
    texts = {}
    for name in LEAFLETS:
        with open(os.path.join(CORPUS_DIR, name), encoding="utf-8") as fh:
            texts[name] = fh.read()
    return texts


def parse_items(path):
    items, errors = [], []
    topic = None
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*topic:\s*(.+?)\s*$", line)
                if m:
                    topic = m.group(1)
                continue
            parts = line.split("|")
            if len(parts) != 5:
                errors.append(f"line {lineno}: expected 5 fields, got {len(parts)}")
                continue
            kind, style, question, ev, mm = (p.strip() for p in parts)
            split = lambda s: [p.strip() for p in s.split(";;") if p.strip()] if s.strip() else []
            items.append({
                "lineno": lineno, "topic": topic, "kind": kind, "style": style,
                "question": question, "evidence": split(ev), "must_mention": split(mm),
            })
    return items, errors


def validate(items, leaflets):
    errors = []
    folded = {name: fold(t) for name, t in leaflets.items()}
    leaflet_grams = set()
    for t in leaflets.values():
        leaflet_grams |= ngrams(words(t, " "))
        leaflet_grams |= ngrams(words(t, ""))

    def phrase_ok(p):
        fp = fold(p)
        return any(fp in ft for ft in folded.values())

    kind_counts = Counter()
    style_counts = defaultdict(Counter)
    topic_counts = Counter()
    oos_groups = Counter()
    seen_q = {}
    for it in items:
        where = f"line {it['lineno']}"
        k, s, q = it["kind"], it["style"], it["question"]
        if it["topic"] is None:
            errors.append(f"{where}: item before any '# topic:' line")
        if k not in KINDS:
            errors.append(f"{where}: bad kind {k!r}")
            continue
        if s not in STYLES:
            errors.append(f"{where}: bad style {s!r}")
            continue
        if not q:
            errors.append(f"{where}: empty question")
        kind_counts[k] += 1
        style_counts[k][s] += 1
        key = " ".join(words(q, " "))
        if key in seen_q:
            errors.append(f"{where}: duplicate question (also line {seen_q[key]})")
        seen_q[key] = it["lineno"]
        ev, mm = it["evidence"], it["must_mention"]
        if k == "out_of_scope":
            if ev or mm:
                errors.append(f"{where}: out_of_scope item must have empty evidence and must_mention")
            grp = (it["topic"] or "").split("/")
            if len(grp) < 2 or grp[0] != "oos" or grp[1] not in OOS_GROUPS:
                errors.append(f"{where}: out_of_scope topic must start oos/<{'|'.join(OOS_GROUPS)}>")
            else:
                oos_groups[grp[1]] += 1
        else:
            lo = 1 if k == "answerable" else 0
            if not (lo <= len(ev) <= 5):  # 5: one phrase added by adjudication (ADJUDICATION.md)
                errors.append(f"{where}: {k} needs {lo}-4 evidence phrases, has {len(ev)}")
            if not (lo <= len(mm) <= 3):
                errors.append(f"{where}: {k} needs {lo}-3 must_mention phrases, has {len(mm)}")
            for p in ev:
                n = len(p.split())
                if not 5 <= n <= 15:
                    errors.append(f"{where}: evidence phrase has {n} words: {p!r}")
                if not phrase_ok(p):
                    errors.append(f"{where}: evidence not found in leaflets: {p!r}")
            for p in mm:
                n = len(p.split())
                if not 1 <= n <= 5:
                    errors.append(f"{where}: must_mention phrase has {n} words: {p!r}")
                if not phrase_ok(p):
                    errors.append(f"{where}: must_mention not found in leaflets: {p!r}")
            for p in mm:
                if not any(fold(p) in fold(e) for e in ev):
                    errors.append(f"{where}: must_mention {p!r} is not inside any of its evidence phrases")
            if k == "answerable":
                topic_counts[it["topic"]] += 1
        for hy in (" ", ""):
            shared = ngrams(words(q, hy)) & leaflet_grams
            if shared:
                runs = sorted(" ".join(g) for g in shared)
                errors.append(f"{where}: question shares 4-word run(s) with leaflets: {runs}")
                break

    for k, n in EXPECTED.items():
        if kind_counts[k] != n:
            errors.append(f"kind {k}: expected {n} items, got {kind_counts[k]}")
        for s in STYLES:
            c = style_counts[k][s]
            if abs(c - n / 3) > 1:
                errors.append(f"kind {k}: style {s} has {c}, not about a third of {n}")
    for g, n in OOS_GROUPS.items():
        if oos_groups[g] != n:
            errors.append(f"out_of_scope group {g}: expected {n}, got {oos_groups[g]}")
    for t, c in topic_counts.items():
        if c > MAX_ANSWERABLE_PER_TOPIC:
            errors.append(f"topic {t!r}: {c} answerable items (max {MAX_ANSWERABLE_PER_TOPIC})")
    return errors, topic_counts, style_counts, oos_groups


def split_items(records):
    """50/50 split stratified by (kind, style); strata in sorted order; an odd
    stratum's spare item alternates tuning/sealed, starting with tuning."""
    strata = defaultdict(list)
    for r in records:
        strata[(r["kind"], r["style"])].append(r)
    tuning, sealed = [], []
    spare_to_tuning = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda r: r["id"])
        half = len(group) // 2
        tuning.extend(group[:half])
        sealed.extend(group[half:2 * half])
        if len(group) % 2:
            (tuning if spare_to_tuning else sealed).append(group[-1])
            spare_to_tuning = not spare_to_tuning
    tuning.sort(key=lambda r: r["id"])
    sealed.sort(key=lambda r: r["id"])
    return tuning, sealed


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    leaflets = load_leaflets()
    items, errors = parse_items(ITEMS_TXT)
    more, topic_counts, style_counts, oos_groups = validate(items, leaflets)
    errors += more
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s); nothing written.")
        sys.exit(1)

    order = list(items)
    random.Random(SEED).shuffle(order)
    records = []
    for i, it in enumerate(order, 1):
        records.append({
            "id": f"q21-{i:03d}",
            "question": it["question"],
            "kind": it["kind"],
            "evidence": it["evidence"],
            "must_mention": it["must_mention"],
            "style": it["style"],
        })
    tuning, sealed = split_items(records)
    assert len(tuning) + len(sealed) == len(records)
    if len(tuning) != 85 or len(sealed) != 85:
        print(f"ERROR: split is {len(tuning)}/{len(sealed)}, expected 85/85")
        sys.exit(1)
    write_jsonl(os.path.join(HERE, "items.jsonl"), records)
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), tuning)
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), sealed)

    tun_ids = {r["id"] for r in tuning}
    table = Counter()
    for r in records:
        table[(r["kind"], r["style"], "tuning" if r["id"] in tun_ids else "sealed")] += 1
    print("OK: %d items, %d answerable topics, oos groups %s" % (
        len(records), len(topic_counts), dict(oos_groups)))
    print(f"{'kind':<14}{'style':<16}{'tuning':>7}{'sealed':>7}{'total':>7}")
    for k in KINDS:
        for s in STYLES:
            t, se = table[(k, s, "tuning")], table[(k, s, "sealed")]
            print(f"{k:<14}{s:<16}{t:>7}{se:>7}{t + se:>7}")
    print(f"{'all':<30}{len(tuning):>7}{len(sealed):>7}{len(records):>7}")


if __name__ == "__main__":
    main()
