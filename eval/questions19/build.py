#!/usr/bin/env python3
"""Validate items.txt against the four leaflets and build items/tuning/sealed jsonl.
Standard library only."""
import glob, json, os, random, re, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus"
KINDS = {"answerable": 80, "medical": 10, "out_of_scope": 30}
STYLES = {"heading", "search", "plain"}
SEED = 19019


def fold(t):
    t = t.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = t.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", t).strip().lower()


def words(t, hyphen):
    t = fold(t)
    t = t.replace("-", hyphen)
    t = re.sub(r"[^a-z0-9\s]", "", t)
    return t.split()


def ngrams(ws, n=4):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    paths = sorted(glob.glob(os.path.join(CORPUS, "*.md")))
    if len(paths) != 4:
        print("expected 4 leaflets, found", len(paths)); return 1
    texts = [open(p, encoding="utf-8").read() for p in paths]
    folded = " ".join(fold(t) for t in texts)
    leaf_grams = set()
    for t in texts:
        for h in (" ", ""):
            leaf_grams |= ngrams(words(t, h))

    errs = []
    items = []
    seen = set()
    with open(os.path.join(HERE, "items.txt"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    for n, line in enumerate(lines, 1):
        parts = line.split("|")
        if len(parts) != 5:
            errs.append(f"line {n}: {len(parts)} fields"); continue
        kind, style, q, ev, mm = (p.strip() for p in parts)
        if kind not in KINDS: errs.append(f"line {n}: bad kind {kind}")
        if style not in STYLES: errs.append(f"line {n}: bad style {style}")
        if not q: errs.append(f"line {n}: empty question")
        key = fold(q)
        if key in seen: errs.append(f"line {n}: duplicate question")
        seen.add(key)
        evl = [e.strip() for e in ev.split(";;") if e.strip()] if ev else []
        mml = [m.strip() for m in mm.split(";;") if m.strip()] if mm else []
        if kind == "out_of_scope":
            if evl or mml: errs.append(f"line {n}: out_of_scope must have empty fields")
        else:
            # 5: one phrase added by the project's adjudication (ADJUDICATION.md)
            if not 1 <= len(evl) <= 5: errs.append(f"line {n}: {len(evl)} evidence phrases")
            if not 1 <= len(mml) <= 3: errs.append(f"line {n}: {len(mml)} must_mention phrases")
            for e in evl:
                wc = len(e.split())
                if not 5 <= wc <= 15: errs.append(f"line {n}: evidence {wc} words: {e}")
                if fold(e) not in folded: errs.append(f"line {n}: evidence not in leaflets: {e}")
            for m in mml:
                wc = len(m.split())
                if not 1 <= wc <= 5: errs.append(f"line {n}: must_mention {wc} words: {m}")
                if fold(m) not in folded: errs.append(f"line {n}: must_mention not in leaflets: {m}")
        for h in (" ", ""):
            hit = ngrams(words(q, h)) & leaf_grams
            if hit:
                errs.append(f"line {n}: 4-word overlap {sorted(hit)[0]} in: {q}")
        items.append({"question": q, "kind": kind, "evidence": evl,
                      "must_mention": mml, "style": style})

    counts = Counter(i["kind"] for i in items)
    for k, v in KINDS.items():
        if counts[k] != v: errs.append(f"kind {k}: {counts[k]} != {v}")
    if len(items) != 120: errs.append(f"{len(items)} items != 120")
    if errs:
        print("\n".join(errs)); print(f"FAILED: {len(errs)} problems"); return 1

    rng = random.Random(SEED)
    rng.shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"q19-{i:03d}", "question": it["question"], "kind": it["kind"],
                    "evidence": it["evidence"], "must_mention": it["must_mention"],
                    "style": it["style"]})
    strata = defaultdict(list)
    for it in out:
        strata[(it["kind"], it["style"])].append(it)
    tuning, sealed = [], []
    spare_to_tuning = True
    for key in sorted(strata):
        grp = strata[key]
        half = len(grp) // 2
        tuning += grp[:half]; sealed += grp[half:2 * half]
        if len(grp) % 2:
            (tuning if spare_to_tuning else sealed).append(grp[-1])
            spare_to_tuning = not spare_to_tuning
    order = {it["id"]: n for n, it in enumerate(out)}
    tuning.sort(key=lambda x: order[x["id"]]); sealed.sort(key=lambda x: order[x["id"]])
    if len(tuning) != 60 or len(sealed) != 60:
        print("split sizes", len(tuning), len(sealed)); return 1

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("items.jsonl", out); dump("tuning.jsonl", tuning); dump("sealed.jsonl", sealed)
    print("OK: 120 items; tuning", len(tuning), "sealed", len(sealed))
    for split, rows in (("tuning", tuning), ("sealed", sealed)):
        print(split, dict(sorted(Counter((r["kind"], r["style"]) for r in rows).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
