#!/usr/bin/env python3
"""Validate items.txt and build items.jsonl, tuning.jsonl, sealed.jsonl (stdlib only)."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus"
LEAFLETS = ["collagen-induction-therapy.md", "medical-grade-microneedling.md",
            "microneedling-and-its-benefits.md", "microneedling-faq.md"]
TURNS = {"continues": 70, "new_topic": 50}
KINDS = {"answerable": (95, 105), "out_of_scope": (15, 25)}


def fold(s):
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", fold(s))


def ngrams(ws, n=5):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    texts = []
    for name in LEAFLETS:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            texts.append(fold(f.read()))
    leaf5 = set()
    for t in texts:
        leaf5 |= ngrams(words(t))

    errors, items, seen = [], [], set()
    with open(os.path.join(HERE, "items.txt"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 6:
                errors.append(f"line {ln}: expected 6 fields, got {len(parts)}")
                continue
            turn, kind, first, second, ev, mm = [p.strip() for p in parts]
            where = f"line {ln}"
            if turn not in TURNS:
                errors.append(f"{where}: bad turn {turn!r}")
            if kind not in KINDS:
                errors.append(f"{where}: bad kind {kind!r}")
            if not first or not second:
                errors.append(f"{where}: empty message")
            evidence = [p.strip() for p in ev.split(";;") if p.strip()]
            must = [p.strip() for p in mm.split(";;") if p.strip()]
            if kind == "answerable":
                if not 1 <= len(evidence) <= 4:
                    errors.append(f"{where}: need 1-4 evidence phrases, got {len(evidence)}")
                if not 1 <= len(must) <= 3:
                    errors.append(f"{where}: need 1-3 must_mention phrases, got {len(must)}")
            elif kind == "out_of_scope" and (evidence or must):
                errors.append(f"{where}: out_of_scope must have empty evidence and must_mention")
            for p in evidence:
                n = len(p.split())
                if not 5 <= n <= 15:
                    errors.append(f"{where}: evidence has {n} words: {p!r}")
                if not any(fold(p) in t for t in texts):
                    errors.append(f"{where}: evidence not in leaflets: {p!r}")
            for p in must:
                n = len(p.split())
                if not 1 <= n <= 5:
                    errors.append(f"{where}: must_mention has {n} words: {p!r}")
                if not any(fold(p) in t for t in texts):
                    errors.append(f"{where}: must_mention not in leaflets: {p!r}")
            for label, msg in (("first", first), ("second", second)):
                shared = ngrams(words(msg)) & leaf5
                if shared:
                    errors.append(f"{where}: {label} message shares 5-word run with leaflets: "
                                  f"{' '.join(sorted(shared)[0])!r}")
            key = (fold(first), fold(second))
            if key in seen:
                errors.append(f"{where}: repeated (first, second) pair")
            seen.add(key)
            items.append({"after": first, "question": second, "turn": turn, "kind": kind,
                          "evidence": evidence, "must_mention": must})

    if len(items) != 120:
        errors.append(f"expected 120 items, got {len(items)}")
    for t, want in TURNS.items():
        got = sum(1 for it in items if it["turn"] == t)
        if got != want:
            errors.append(f"turn {t}: expected {want}, got {got}")
    for k, (lo, hi) in KINDS.items():
        got = sum(1 for it in items if it["kind"] == k)
        if not lo <= got <= hi:
            errors.append(f"kind {k}: expected {lo}-{hi}, got {got}")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)

    rng = random.Random(2424)
    rng.shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"fu2-{i:03d}", "after": it["after"], "question": it["question"],
                    "turn": it["turn"], "kind": it["kind"], "evidence": it["evidence"],
                    "must_mention": it["must_mention"]})

    strata = {}
    for it in out:
        strata.setdefault((it["turn"], it["kind"]), []).append(it)
    tuning, sealed = [], []
    for key in sorted(strata):
        group = strata[key]
        half = len(group) // 2
        extra = len(group) % 2
        # odd remainder alternates between splits by stratum order
        cut = half + (extra if len(tuning) <= len(sealed) else 0)
        tuning += group[:cut]
        sealed += group[cut:]
    tuning.sort(key=lambda x: x["id"])
    sealed.sort(key=lambda x: x["id"])

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("items.jsonl", out)
    dump("tuning.jsonl", tuning)
    dump("sealed.jsonl", sealed)

    print("OK: 120 items")
    for split, rows in (("all", out), ("tuning", tuning), ("sealed", sealed)):
        counts = {}
        for r in rows:
            counts[(r["turn"], r["kind"])] = counts.get((r["turn"], r["kind"]), 0) + 1
        print(split, len(rows), {f"{a}/{b}": c for (a, b), c in sorted(counts.items())})


if __name__ == "__main__":
    main()
