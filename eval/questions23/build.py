#!/usr/bin/env python3
"""Check items.txt and build items.jsonl / tuning.jsonl / sealed.jsonl.

Standard library only. Exits non-zero if any check fails (no output files
are written in that case).
"""
import glob
import itertools
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LEAFLET_GLOB = "/work/main/corpus/*.md"
ITEMS = os.path.join(HERE, "items.txt")
SEED = 23023
PREFIX = "q23-"

KINDS = ("answerable", "medical", "out_of_scope")
STYLES = ("nonnative", "texting", "faqpage")
EXPECTED_KIND = {"answerable": 90, "medical": 15, "out_of_scope": 45}
EXPECTED_TOTAL = 150
MAX_ANSWERABLE_PER_TOPIC = 4
MAX_EVIDENCE = 4
RUN = 4  # forbidden shared run length (words)

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"'}


def fold(s):
    for k, v in QUOTES.items():
        s = s.replace(k, v)
    return s


def norm_ws(s):
    return " ".join(s.split())


def tokens(s):
    return re.findall(r"[a-z0-9]+", fold(s).lower())


def main():
    errors = []

    def err(lineno, msg):
        errors.append(f"line {lineno}: {msg}" if lineno else msg)

    # ---- leaflets ----
    paths = sorted(glob.glob(LEAFLET_GLOB))
    if len(paths) != 4:
        err(0, f"expected 4 leaflets, found {len(paths)}")
    leaflets = {}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            leaflets[os.path.basename(p)] = norm_ws(fold(f.read()))
    grams = set()
    for text in leaflets.values():
        t = tokens(text)
        for i in range(len(t) - RUN + 1):
            grams.add(tuple(t[i:i + RUN]))

    # ---- parse items.txt ----
    items = []
    topic = None
    topic_answerable = Counter()
    seen_q = {}
    with open(ITEMS, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*topic:\s*(\S.*)$", line)
            if m:
                topic = m.group(1).strip()
            continue
        parts = line.split("|")
        if len(parts) != 5:
            err(n, f"expected 5 fields, got {len(parts)}")
            continue
        kind, style, question, ev_raw, mm_raw = (p.strip() for p in parts)
        if topic is None:
            err(n, "item before any '# topic:' line")
        if kind not in KINDS:
            err(n, f"bad kind {kind!r}")
        if style not in STYLES:
            err(n, f"bad style {style!r}")
        if not question:
            err(n, "empty question")
        evidence = [norm_ws(e) for e in ev_raw.split(";;") if e.strip()]
        must = [norm_ws(m) for m in mm_raw.split(";;") if m.strip()]

        # duplicates
        key = " ".join(tokens(question))
        if key in seen_q:
            err(n, f"duplicate question (also line {seen_q[key]})")
        seen_q[key] = n

        # 4-word-run rule
        qt = tokens(question)
        for i in range(len(qt) - RUN + 1):
            g = tuple(qt[i:i + RUN])
            if g in grams:
                err(n, f"shares {RUN}-word run with leaflets: {' '.join(g)!r}")

        if kind == "answerable":
            topic_answerable[topic] += 1
            if not evidence:
                err(n, "answerable item without evidence")
            if len(evidence) > MAX_EVIDENCE:
                err(n, f"more than {MAX_EVIDENCE} evidence phrases")
            if len(set(evidence)) != len(evidence):
                err(n, "repeated evidence phrase")
            sources = []
            for e in evidence:
                wc = len(e.split())
                if not 5 <= wc <= 15:
                    err(n, f"evidence has {wc} words (need 5-15): {e!r}")
                found = {name for name, text in leaflets.items()
                         if fold(e) in text}
                if not found:
                    err(n, f"evidence not verbatim in any leaflet: {e!r}")
                sources.append(found)
            # one phrase per leaflet: phrases must map to distinct leaflets
            if len(evidence) > 1 and all(sources):
                ok = any(all(p in s for p, s in zip(perm, sources))
                         for perm in itertools.permutations(leaflets, len(sources)))
                if not ok:
                    err(n, "evidence phrases do not come from distinct leaflets")
            if not must:
                err(n, "answerable item without must_mention")
            for m in must:
                wc = len(m.split())
                if not 1 <= wc <= 5:
                    err(n, f"must_mention has {wc} words (need 1-5): {m!r}")
                pat = r"(?<!\w)" + re.escape(fold(m).lower()) + r"(?!\w)"
                if not any(re.search(pat, fold(e).lower()) for e in evidence):
                    err(n, f"must_mention not inside an evidence phrase: {m!r}")
        else:
            if evidence or must:
                err(n, f"{kind} item must have empty evidence and must_mention")

        items.append({"question": question, "kind": kind, "evidence": evidence,
                      "must_mention": must, "style": style, "topic": topic})

    # ---- counts ----
    if len(items) != EXPECTED_TOTAL:
        err(0, f"expected {EXPECTED_TOTAL} items, got {len(items)}")
    kc = Counter(it["kind"] for it in items)
    for k, v in EXPECTED_KIND.items():
        if kc[k] != v:
            err(0, f"expected {v} {k} items, got {kc[k]}")
    ks = Counter((it["kind"], it["style"]) for it in items)
    for k, v in EXPECTED_KIND.items():
        per = [ks[(k, s)] for s in STYLES]
        if max(per) - min(per) > 1:
            err(0, f"{k} not spread evenly over styles: {dict(zip(STYLES, per))}")
    for t, c in topic_answerable.items():
        if c > MAX_ANSWERABLE_PER_TOPIC:
            err(0, f"topic {t!r} has {c} answerable items (max {MAX_ANSWERABLE_PER_TOPIC})")

    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} failure(s)")
        sys.exit(1)

    # ---- shuffle, ids, split ----
    rng = random.Random(SEED)
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = f"{PREFIX}{i:03d}"

    strata = defaultdict(list)
    for it in items:
        strata[(it["kind"], it["style"])].append(it)
    split = {}
    spare_to_tuning = True
    for key in sorted(strata):
        group = strata[key]  # already in id order
        half = len(group) // 2
        for it in group[:half]:
            split[it["id"]] = "tuning"
        for it in group[half:2 * half]:
            split[it["id"]] = "sealed"
        if len(group) % 2:
            split[group[-1]["id"]] = "tuning" if spare_to_tuning else "sealed"
            spare_to_tuning = not spare_to_tuning

    def rec(it):
        return {"id": it["id"], "question": it["question"], "kind": it["kind"],
                "evidence": it["evidence"], "must_mention": it["must_mention"],
                "style": it["style"]}

    def write(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for it in rows:
                f.write(json.dumps(rec(it), ensure_ascii=False) + "\n")

    # ---- adjudication of the tuning half (ADJUDICATION.md): phrases added by id, never to a
    # sealed item; each verbatim in a leaflet, each must_mention inside one of its item's phrases.
    path = os.path.join(HERE, "adjudication.json")
    if os.path.exists(path):
        by_id = {it["id"]: it for it in items}
        with open(path, encoding="utf-8") as f:
            added = json.load(f)
        for entry in added:
            it = by_id[entry["id"]]
            if split[it["id"]] != "tuning" or it["kind"] != "answerable":
                sys.exit(f"adjudication of {entry['id']}: only tuning answerable items")
            for e in entry.get("evidence", []):
                if not any(fold(e) in text for text in leaflets.values()) or e in it["evidence"]:
                    sys.exit(f"adjudication of {entry['id']}: not verbatim or repeated: {e!r}")
                it["evidence"] = it["evidence"] + [e]
            for m in entry.get("must_mention", []):
                if not any(fold(m).lower() in fold(e).lower() for e in it["evidence"]):
                    sys.exit(f"adjudication of {entry['id']}: must_mention outside: {m!r}")
                it["must_mention"] = it["must_mention"] + [m]

    write("items.jsonl", items)
    write("tuning.jsonl", [it for it in items if split[it["id"]] == "tuning"])
    write("sealed.jsonl", [it for it in items if split[it["id"]] == "sealed"])

    # ---- report ----
    print("all checks passed")
    print(f"{'kind':<14}{'style':<11}{'tuning':>7}{'sealed':>7}{'total':>7}")
    tot = Counter()
    for k in KINDS:
        for s in STYLES:
            g = strata[(k, s)]
            t = sum(split[it["id"]] == "tuning" for it in g)
            tot["t"] += t
            tot["s"] += len(g) - t
            print(f"{k:<14}{s:<11}{t:>7}{len(g) - t:>7}{len(g):>7}")
    print(f"{'all':<25}{tot['t']:>7}{tot['s']:>7}{len(items):>7}")
    print(f"topics: {len(set(it['topic'] for it in items))} "
          f"({len(topic_answerable)} with answerable items)")


if __name__ == "__main__":
    main()
