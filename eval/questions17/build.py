#!/usr/bin/env python3
"""Validate items.txt and build items.jsonl, tuning.jsonl, sealed.jsonl (set q17).

Standard library only. Exits non-zero on any validation failure.
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
KINDS = {"answerable": 100, "medical": 15, "out_of_scope": 55}
STYLES = ("voice", "email", "chat")
SEED = 17017
PREFIX = "q17"
MAX_ANSWERABLE_PER_TOPIC = 4

errors = []


def err(msg):
    errors.append(msg)


def fold(text):
    """Case-insensitive, whitespace-folded, straight quotes, hyphens for dashes."""
    text = text.lower()
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2212", "-"), ("\u00a0", " ")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip()


def words(text, hyphen_as_space=True):
    """Lowercase, strip punctuation, return word list (two hyphen conventions)."""
    t = fold(text)
    t = t.replace("'", "").replace('"', "")
    if not hyphen_as_space:
        t = t.replace("-", "")
    t = re.sub(r"[^0-9a-z]+", " ", t)
    return t.split()


def ngrams(ws, n=4):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def split_phrases(field):
    field = field.strip()
    if not field:
        return []
    return [p.strip() for p in field.split(";;")]


def main():
    # ---------- leaflets ----------
    raw = {}
    for name in LEAFLETS:
        with open(os.path.join(CORPUS_DIR, name), encoding="utf-8") as fh:
            raw[name] = fh.read()
    folded = {n: fold(t) for n, t in raw.items()}
    all_folded = " \n ".join(folded.values())
    leaflet_grams = set()
    for t in raw.values():
        for hs in (True, False):
            leaflet_grams |= ngrams(words(t, hs))

    # ---------- parse ----------
    items = []
    topic = None
    topic_answerable = Counter()
    with open(os.path.join(HERE, "items.txt"), encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*topic:\s*(.+)", line)
                if m:
                    topic = m.group(1).strip()
                continue
            parts = line.split("|")
            if len(parts) != 5:
                err(f"line {lineno}: expected 5 fields, got {len(parts)}")
                continue
            kind, style, question, ev_field, mm_field = (p.strip() for p in parts)
            if kind not in KINDS:
                err(f"line {lineno}: bad kind {kind!r}")
            if style not in STYLES:
                err(f"line {lineno}: bad style {style!r}")
            if not question:
                err(f"line {lineno}: empty question")
            if topic is None:
                err(f"line {lineno}: item before any '# topic:' comment")
            # register checks
            if style == "voice" and re.search(r"[0-9]", question):
                err(f"line {lineno}: voice item should spell numbers out")
            if style == "chat" and (question != question.lower() or len(question) > 120):
                err(f"line {lineno}: chat item should be short and lowercase")
            if style == "email":
                n_sent = len(re.findall(r"[.?!]+(?:\s|$)", question))
                if not 2 <= n_sent <= 4:
                    err(f"line {lineno}: email item should have 2-4 sentences, has {n_sent}")
            evidence = split_phrases(ev_field)
            must = split_phrases(mm_field)

            if kind in ("answerable", "medical"):
                # 5: one phrase added by the project's adjudication (ADJUDICATION.md)
                if not 1 <= len(evidence) <= 5:
                    err(f"line {lineno}: needs 1-5 evidence phrases, has {len(evidence)}")
                if not 1 <= len(must) <= 3:
                    err(f"line {lineno}: needs 1-3 must_mention phrases, has {len(must)}")
                if len(set(fold(e) for e in evidence)) != len(evidence):
                    err(f"line {lineno}: duplicate evidence phrase")
                for e in evidence:
                    n = len(words(e))
                    if not 5 <= n <= 15:
                        err(f"line {lineno}: evidence has {n} words (5-15): {e!r}")
                    if fold(e) not in all_folded:
                        err(f"line {lineno}: evidence not found in leaflets: {e!r}")
                for m in must:
                    n = len(words(m))
                    if not 1 <= n <= 5:
                        err(f"line {lineno}: must_mention has {n} words (1-5): {m!r}")
                    if fold(m) not in all_folded:
                        err(f"line {lineno}: must_mention not found in leaflets: {m!r}")
            else:
                if evidence or must:
                    err(f"line {lineno}: out_of_scope item must have empty evidence/must_mention")

            # 4-word overlap with leaflets (both hyphen conventions)
            shared = set()
            for hs in (True, False):
                shared |= ngrams(words(question, hs)) & leaflet_grams
            if shared:
                err(f"line {lineno}: question shares 4-word run(s) with leaflets: "
                    + "; ".join(" ".join(g) for g in sorted(shared)))

            if kind == "answerable":
                topic_answerable[topic] += 1
            items.append({
                "line": lineno, "topic": topic, "kind": kind, "style": style,
                "question": question, "evidence": evidence, "must_mention": must,
            })

    # ---------- global checks ----------
    kc = Counter(i["kind"] for i in items)
    for k, want in KINDS.items():
        if kc[k] != want:
            err(f"kind {k}: {kc[k]} items, expected {want}")
    if len(items) != sum(KINDS.values()):
        err(f"total items {len(items)}, expected {sum(KINDS.values())}")

    sc = Counter(i["style"] for i in items)
    for s in STYLES:
        share = sc[s] / max(1, len(items))
        if not 0.28 <= share <= 0.39:
            err(f"style {s}: {sc[s]} items ({share:.0%}), not about a third")
    for k in KINDS:
        ks = Counter(i["style"] for i in items if i["kind"] == k)
        n = kc[k]
        for s in STYLES:
            if n and not (n / 3 - 2 <= ks[s] <= n / 3 + 2):
                err(f"kind {k} style {s}: {ks[s]} of {n}, not about a third")

    for t, n in topic_answerable.items():
        if n > MAX_ANSWERABLE_PER_TOPIC:
            err(f"topic {t!r}: {n} answerable items (max {MAX_ANSWERABLE_PER_TOPIC})")

    seen = {}
    for i in items:
        key = " ".join(words(i["question"]))
        if key in seen:
            err(f"line {i['line']}: duplicate question (same as line {seen[key]})")
        seen[key] = i["line"]

    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written.", file=sys.stderr)
        sys.exit(1)

    # ---------- build ----------
    rng = random.Random(SEED)
    order = list(items)
    rng.shuffle(order)
    records = []
    for n, i in enumerate(order, 1):
        i["id"] = f"{PREFIX}-{n:03d}"
        records.append({
            "id": i["id"], "question": i["question"], "kind": i["kind"],
            "evidence": i["evidence"], "must_mention": i["must_mention"],
            "style": i["style"],
        })

    strata = defaultdict(list)
    for r in records:
        strata[(r["kind"], r["style"])].append(r)
    tuning, sealed = [], []
    extra_to_tuning = True
    for key in sorted(strata):
        group = strata[key]  # already in shuffled id order
        half = len(group) // 2
        if len(group) % 2:
            cut = half + 1 if extra_to_tuning else half
            extra_to_tuning = not extra_to_tuning
        else:
            cut = half
        tuning.extend(group[:cut])
        sealed.extend(group[cut:])
    tuning.sort(key=lambda r: r["id"])
    sealed.sort(key=lambda r: r["id"])

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("items.jsonl", records)
    dump("tuning.jsonl", tuning)
    dump("sealed.jsonl", sealed)

    # ---------- report ----------
    print(f"OK: {len(records)} items -> items.jsonl; "
          f"tuning {len(tuning)}, sealed {len(sealed)}")
    print(f"{'kind':<14}{'style':<7}{'all':>5}{'tuning':>8}{'sealed':>8}")
    tc = Counter((r["kind"], r["style"]) for r in tuning)
    zc = Counter((r["kind"], r["style"]) for r in sealed)
    for k in KINDS:
        for s in STYLES:
            print(f"{k:<14}{s:<7}{len(strata[(k, s)]):>5}{tc[(k, s)]:>8}{zc[(k, s)]:>8}")
    print("topics:", len({i['topic'] for i in items}),
          "| answerable topics:", len(topic_answerable))
    if "--ids" in sys.argv:
        for i in sorted(items, key=lambda x: x["line"]):
            print(i["id"], i["kind"], i["style"], i["question"][:70])


if __name__ == "__main__":
    main()
