#!/usr/bin/env python3
"""Validate items.txt for the q24 evaluation set and build the JSONL files.

Standard library only. On any validation failure, every problem is printed,
nothing is written, and the exit code is 1. When everything is valid it writes
items.jsonl (all 150 items, shuffled with random.Random(2424), ids q24-001..),
tuning.jsonl and sealed.jsonl (a 50/50 split stratified by (kind, style)).
Output is deterministic.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = os.path.join(HERE, "items.txt")
CORPUS_DIR = "/work/main/corpus"
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]

KINDS = ("answerable", "medical", "out_of_scope")
STYLES = ("indirect", "context", "search")
EXPECTED = {"answerable": 30, "medical": 5, "out_of_scope": 15}  # per style
SHUFFLE_SEED = 2424
SPLIT_SEED = 2425
RUN = 5  # forbidden length of a shared word run between a question and a leaflet


def norm(text):
    """Case-fold, straighten quotes, dashes to hyphen, fold whitespace."""
    table = {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2011": "-", "\u2010": "-",
        "\u00a0": " ",
    }
    for a, b in table.items():
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().lower()


def words(text):
    """Word tokens for the shared-run rule (apostrophes dropped, split on the rest)."""
    return re.findall(r"[a-z0-9]+", norm(text).replace("'", ""))


def load_leaflets():
    texts, sentences = [], []
    for name in LEAFLETS:
        with open(os.path.join(CORPUS_DIR, name), encoding="utf-8") as fh:
            raw = fh.read()
        texts.append(norm(raw))
        for line in raw.splitlines():
            line = re.sub(r"^\s*(#+|-|\d+\.)\s*", "", line).strip()
            if not line:
                continue
            for sent in re.split(r"(?<=[.!?])\s+", line):
                sent = norm(sent)
                if sent:
                    sentences.append((name, sent))
    return texts, sentences


def leaflet_runs(texts):
    runs = set()
    for t in texts:
        w = words(t)
        for i in range(len(w) - RUN + 1):
            runs.add(tuple(w[i:i + RUN]))
    return runs


def split_list(field):
    field = field.strip()
    if not field:
        return []
    return [p.strip() for p in field.split(";;")]


def parse(errors):
    items = []
    topic = None
    doubtful = None
    with open(ITEMS, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*topic:\s*(.+)$", line)
                if m:
                    topic = m.group(1).strip()
                    continue
                m = re.match(r"#\s*doubtful:\s*(.+)$", line)
                if m:
                    doubtful = m.group(1).strip()
                    continue
                continue  # other comments
            fields = line.split("|")
            if len(fields) != 5:
                errors.append(f"line {lineno}: expected 5 fields, got {len(fields)}")
                doubtful = None
                continue
            kind, style, question, ev, mm = (f.strip() for f in fields)
            if topic is None:
                errors.append(f"line {lineno}: item before any '# topic:' line")
            items.append({
                "line": lineno, "kind": kind, "style": style, "question": question,
                "evidence": split_list(ev), "must_mention": split_list(mm),
                "topic": topic, "doubtful": doubtful,
            })
            doubtful = None
    return items


def count_sentences(q):
    parts = [p for p in re.split(r"(?<=[.!?])\s+", q.strip()) if re.search(r"[a-zA-Z]", p)]
    return len(parts)


def validate(items, texts, sentences, runs, errors):
    corpus_all = " \n ".join(texts)
    seen_q = {}
    counts = Counter()
    for it in items:
        where = f"line {it['line']}"
        kind, style, q = it["kind"], it["style"], it["question"]
        if kind not in KINDS:
            errors.append(f"{where}: bad kind {kind!r}")
        if style not in STYLES:
            errors.append(f"{where}: bad style {style!r}")
        counts[(kind, style)] += 1
        if not q:
            errors.append(f"{where}: empty question")
            continue
        # duplicates (case, punctuation and whitespace folded)
        key = " ".join(words(q))
        if key in seen_q:
            errors.append(f"{where}: duplicate of question on line {seen_q[key]}")
        else:
            seen_q[key] = it["line"]
        # shared 5-word run with any leaflet
        w = words(q)
        for i in range(len(w) - RUN + 1):
            if tuple(w[i:i + RUN]) in runs:
                errors.append(f"{where}: question shares a {RUN}-word run with a leaflet: {' '.join(w[i:i + RUN])!r}")
                break
        # register checks
        if style == "search":
            n = len(q.split())
            if not 2 <= n <= 6:
                errors.append(f"{where}: search item has {n} words (need 2-6)")
            if "?" in q:
                errors.append(f"{where}: search item contains a question mark")
        if style == "context":
            n = count_sentences(q)
            if not 2 <= n <= 4:
                errors.append(f"{where}: context item has {n} sentences (need 2-4)")
        ev, mm = it["evidence"], it["must_mention"]
        if kind != "answerable":
            if ev or mm:
                errors.append(f"{where}: {kind} item must have empty evidence and must_mention")
            continue
        if not ev:
            errors.append(f"{where}: answerable item without evidence")
        if not 1 <= len(mm) <= 3:
            errors.append(f"{where}: must_mention needs 1-3 phrases, has {len(mm)}")
        singletons = {}
        for p in ev:
            n = len(p.split())
            if not 5 <= n <= 15:
                errors.append(f"{where}: evidence phrase has {n} words (need 5-15): {p!r}")
            np_ = norm(p)
            if np_ not in corpus_all:
                errors.append(f"{where}: evidence not found in leaflets: {p!r}")
                continue
            hits = [i for i, (_, s) in enumerate(sentences) if np_ in s]
            if not hits:
                errors.append(f"{where}: evidence crosses a sentence boundary: {p!r}")
                continue
            if len(hits) == 1:
                if hits[0] in singletons:
                    errors.append(f"{where}: two evidence phrases from one sentence: {singletons[hits[0]]!r} / {p!r}")
                singletons[hits[0]] = p
        if len({norm(p) for p in ev}) != len(ev):
            errors.append(f"{where}: repeated evidence phrase")
        for p in mm:
            n = len(p.split())
            if not 1 <= n <= 5:
                errors.append(f"{where}: must_mention phrase has {n} words (need 1-5): {p!r}")
            if norm(p) not in corpus_all:
                errors.append(f"{where}: must_mention not found in leaflets: {p!r}")
    for kind in KINDS:
        for style in STYLES:
            got = counts.get((kind, style), 0)
            if got != EXPECTED[kind]:
                errors.append(f"count {kind}/{style}: {got}, expected {EXPECTED[kind]}")
    extra = set(counts) - {(k, s) for k in KINDS for s in STYLES}
    if extra:
        errors.append(f"unexpected kind/style pairs: {sorted(extra)}")


def record(it):
    return {
        "id": it["id"], "question": it["question"], "kind": it["kind"],
        "evidence": it["evidence"], "must_mention": it["must_mention"], "style": it["style"],
    }


def build(items):
    order = list(items)
    random.Random(SHUFFLE_SEED).shuffle(order)
    for n, it in enumerate(order, 1):
        it["id"] = f"q24-{n:03d}"
    groups = defaultdict(list)
    for it in order:
        groups[(it["kind"], it["style"])].append(it)
    rng = random.Random(SPLIT_SEED)
    tuning, sealed = [], []
    odd_seen = 0
    for key in sorted(groups):
        g = sorted(groups[key], key=lambda x: x["id"])
        rng.shuffle(g)
        half = len(g) // 2
        if len(g) % 2:
            # odd groups: the extra item alternates between tuning and sealed
            half += 1 if odd_seen % 2 == 0 else 0
            odd_seen += 1
        tuning += g[:half]
        sealed += g[half:]
    for it in tuning:
        it["split"] = "tuning"
    for it in sealed:
        it["split"] = "sealed"
    return order, sorted(tuning, key=lambda x: x["id"]), sorted(sealed, key=lambda x: x["id"])


def write_jsonl(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        for it in rows:
            fh.write(json.dumps(record(it), ensure_ascii=False) + "\n")
    os.replace(tmp, path)


def main():
    errors = []
    texts, sentences = load_leaflets()
    runs = leaflet_runs(texts)
    items = parse(errors)
    validate(items, texts, sentences, runs, errors)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written.", file=sys.stderr)
        sys.exit(1)
    order, tuning, sealed = build(items)
    write_jsonl(os.path.join(HERE, "items.jsonl"), order)
    write_jsonl(os.path.join(HERE, "tuning.jsonl"), tuning)
    write_jsonl(os.path.join(HERE, "sealed.jsonl"), sealed)

    # report
    print(f"OK: {len(order)} items, tuning {len(tuning)}, sealed {len(sealed)}")
    print("\nkind x style x split:")
    c = Counter((it["kind"], it["style"], it["split"]) for it in order)
    print(f"{'kind':<14}{'style':<10}{'tuning':>8}{'sealed':>8}{'total':>7}")
    for k in KINDS:
        for s in STYLES:
            t, z = c[(k, s, "tuning")], c[(k, s, "sealed")]
            print(f"{k:<14}{s:<10}{t:>8}{z:>8}{t + z:>7}")
    print("\ntopics:")
    tc = Counter(it["topic"] for it in order)
    seen = []
    for it in items:
        if it["topic"] not in seen:
            seen.append(it["topic"])
    for t in seen:
        print(f"  {t}: {tc[t]}")
    print("\ndoubtful:")
    for it in sorted(order, key=lambda x: x["id"]):
        if it["doubtful"]:
            print(f"  {it['id']} ({it['kind']}/{it['style']}, {it['split']}): {it['doubtful']}")


if __name__ == "__main__":
    main()
