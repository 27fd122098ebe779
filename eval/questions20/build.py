#!/usr/bin/env python3
"""Validate items.txt and build items.jsonl / tuning.jsonl / sealed.jsonl (stdlib only)."""
import glob, json, os, random, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus"
KINDS = {"answerable": 100, "medical": 15, "out_of_scope": 55}
STYLES = ("text", "form", "elder")
SEED = 20020

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'}


def fold(s):
    for c in DASHES:
        s = s.replace(c, "-")
    for k, v in QUOTES.items():
        s = s.replace(k, v)
    return re.sub(r"\s+", " ", s).strip().lower()


def words(s, hyphen):
    s = fold(s).replace("'", "").replace('"', " ")
    s = s.replace("-", hyphen)
    s = re.sub(r"[^\w\s]", " ", s)
    return s.split()


def ngrams(ws, n=4):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    errors = []
    leaflets = {os.path.basename(p): open(p, encoding="utf-8").read()
                for p in sorted(glob.glob(os.path.join(CORPUS, "*.md")))}
    if len(leaflets) != 4:
        errors.append("expected 4 leaflets, found %d" % len(leaflets))
    folded = {k: fold(v) for k, v in leaflets.items()}
    grams = {h: set().union(*(ngrams(words(v, h)) for v in leaflets.values())) for h in (" ", "")}

    items, seen = [], set()
    topic = None
    for ln, raw in enumerate(open(os.path.join(HERE, "items.txt"), encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("#"):
            if line.startswith("# topic:"):
                topic = line[len("# topic:"):].strip()
            continue
        f = line.split("|")
        where = "line %d" % ln
        if len(f) != 5:
            errors.append("%s: %d fields, expected 5" % (where, len(f)))
            continue
        kind, style, q, ev, mm = (x.strip() for x in f)
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        if style not in STYLES:
            errors.append("%s: bad style %r" % (where, style))
        if not q:
            errors.append("%s: empty question" % where)
        if style == "text" and q != q.lower():
            errors.append("%s: text-style question not lowercase" % where)
        key = fold(q)
        if key in seen:
            errors.append("%s: duplicate question" % where)
        seen.add(key)
        evs = [x.strip() for x in ev.split(";;") if x.strip()]
        mms = [x.strip() for x in mm.split(";;") if x.strip()]
        if kind == "out_of_scope":
            if evs or mms or ev.strip() or mm.strip():
                errors.append("%s: out_of_scope must have empty evidence/must_mention" % where)
        else:
            if not 1 <= len(evs) <= 5:  # 5: one phrase added by adjudication (ADJUDICATION.md)
                errors.append("%s: %d evidence phrases (need 1-4)" % (where, len(evs)))
            if not 1 <= len(mms) <= 3:
                errors.append("%s: %d must_mention phrases (need 1-3)" % (where, len(mms)))
            for e in evs:
                n = len(e.split())
                if not 5 <= n <= 15:
                    errors.append("%s: evidence has %d words: %r" % (where, n, e))
                if not any(fold(e) in t for t in folded.values()):
                    errors.append("%s: evidence not in any leaflet: %r" % (where, e))
            for m in mms:
                n = len(m.split())
                if not 1 <= n <= 5:
                    errors.append("%s: must_mention has %d words: %r" % (where, n, m))
                if not any(fold(m) in t for t in folded.values()):
                    errors.append("%s: must_mention not in any leaflet: %r" % (where, m))
        for h in (" ", ""):
            shared = ngrams(words(q, h)) & grams[h]
            if shared:
                errors.append("%s: question shares 4-word run(s) with leaflets: %s"
                              % (where, sorted(" ".join(g) for g in shared)))
        items.append({"question": q, "kind": kind, "evidence": evs, "must_mention": mms,
                      "style": style, "_topic": topic, "_line": ln})

    kc = Counter(i["kind"] for i in items)
    for k, n in KINDS.items():
        if kc[k] != n:
            errors.append("kind %s: %d items, expected %d" % (k, kc[k], n))
    if len(items) != 170:
        errors.append("total %d items, expected 170" % len(items))
    for k in KINDS:
        sc = Counter(i["style"] for i in items if i["kind"] == k)
        tot = sum(sc.values())
        for s in STYLES:
            if tot and abs(sc[s] - tot / 3) > 1:
                errors.append("kind %s: style %s has %d of %d (not about a third)" % (k, s, sc[s], tot))
    tc = Counter(i["_topic"] for i in items if i["kind"] == "answerable")
    for t, n in tc.items():
        if n > 4:
            errors.append("topic %r has %d answerable items (max 4)" % (t, n))

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)

    rng = random.Random(SEED)
    rng.shuffle(items)
    for n, it in enumerate(items, 1):
        it["id"] = "q20-%03d" % n

    strata = defaultdict(list)
    for it in items:
        strata[(it["kind"], it["style"])].append(it)
    tuning, sealed, spare_to_tuning = [], [], True
    for key in sorted(strata):
        group = strata[key]
        half = len(group) // 2
        tuning += group[:half]
        sealed += group[half:2 * half]
        if len(group) % 2:
            (tuning if spare_to_tuning else sealed).append(group[-1])
            spare_to_tuning = not spare_to_tuning
    split = {it["id"]: "tuning" for it in tuning}
    split.update({it["id"]: "sealed" for it in sealed})

    def rec(it):
        return {"id": it["id"], "question": it["question"], "kind": it["kind"],
                "evidence": it["evidence"], "must_mention": it["must_mention"], "style": it["style"]}

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for it in sorted(rows, key=lambda r: r["id"]):
                fh.write(json.dumps(rec(it), ensure_ascii=False) + "\n")

    dump("items.jsonl", items)
    dump("tuning.jsonl", tuning)
    dump("sealed.jsonl", sealed)

    print("OK: %d items; tuning %d, sealed %d" % (len(items), len(tuning), len(sealed)))
    print("%-13s %-6s %6s %6s %6s" % ("kind", "style", "total", "tuning", "sealed"))
    for key in sorted(strata):
        g = strata[key]
        print("%-13s %-6s %6d %6d %6d" % (key[0], key[1], len(g),
              sum(split[i["id"]] == "tuning" for i in g), sum(split[i["id"]] == "sealed" for i in g)))
    print("answerable topics:", len(tc))


if __name__ == "__main__":
    main()
