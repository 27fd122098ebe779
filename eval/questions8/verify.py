"""Check an item file (default: items.jsonl, tuning.jsonl, sealed.jsonl).

- fields present, types right, kind/style values known, ids unique (and q8-NNN)
- every evidence and must_mention phrase occurs verbatim in some leaflet
  (exact characters, compared after collapsing white space)
- each evidence phrase 4-12 words, at most 4 evidence phrases
- answerable/medical: at least 1 evidence, 1-3 must_mention
- out_of_scope: no evidence, no must_mention
Exit 1 on any failure.
"""
import glob, json, os, re, sys

ADJUDICATED = {"q8-045", "q8-126"}

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "corpus")
FIELDS = {"id", "question", "kind", "evidence", "must_mention", "style"}
KINDS = {"answerable", "medical", "out_of_scope"}
STYLES = {"chat", "faq"}


def collapse(t):
    return re.sub(r"\s+", " ", t).strip()


def leaflets():
    out = {}
    for p in sorted(glob.glob(os.path.join(CORPUS, "*.md"))):
        with open(p, encoding="utf-8") as f:
            out[os.path.basename(p)] = collapse(f.read())
    return out


def check(path, docs):
    errs = []
    ids = set()
    n = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{path}:{ln}: bad json {e}")
                continue
            where = f"{os.path.basename(path)}:{ln}:{it.get('id')}"
            if set(it) != FIELDS:
                errs.append(f"{where}: fields {sorted(it)}")
                continue
            if not re.fullmatch(r"q8-\d{3}", it["id"]):
                errs.append(f"{where}: id format")
            if it["id"] in ids:
                errs.append(f"{where}: duplicate id")
            ids.add(it["id"])
            if not isinstance(it["question"], str) or not it["question"].strip():
                errs.append(f"{where}: empty question")
            if it["kind"] not in KINDS:
                errs.append(f"{where}: kind {it['kind']}")
            if it["style"] not in STYLES:
                errs.append(f"{where}: style {it['style']}")
            ev, mm = it["evidence"], it["must_mention"]
            if not isinstance(ev, list) or not isinstance(mm, list):
                errs.append(f"{where}: evidence/must_mention not lists")
                continue
            if it["kind"] == "out_of_scope":
                if ev or mm:
                    errs.append(f"{where}: out_of_scope with evidence/must_mention")
                continue
            # Adjudication (ADJUDICATION.md) may add a phrase the writer's cap left out.
            cap = 5 if it["id"] in ADJUDICATED else 4
            if not 1 <= len(ev) <= cap:
                errs.append(f"{where}: {len(ev)} evidence phrases")
            if not 1 <= len(mm) <= 3:
                errs.append(f"{where}: {len(mm)} must_mention phrases")
            if len(set(ev)) != len(ev):
                errs.append(f"{where}: repeated evidence phrase")
            for ph in ev:
                w = len(ph.split())
                if not 4 <= w <= 12:
                    errs.append(f"{where}: evidence {w} words: {ph!r}")
                if not any(collapse(ph) in d for d in docs.values()):
                    errs.append(f"{where}: evidence not verbatim: {ph!r}")
            for ph in mm:
                if not ph.strip():
                    errs.append(f"{where}: empty must_mention")
                elif not any(collapse(ph) in d for d in docs.values()):
                    errs.append(f"{where}: must_mention not verbatim: {ph!r}")
    if n == 0:
        errs.append(f"{path}: no items")
    return n, errs


def main(argv):
    paths = argv or [os.path.join(HERE, f) for f in ("items.jsonl", "tuning.jsonl", "sealed.jsonl")]
    docs = leaflets()
    assert len(docs) == 4, docs.keys()
    bad = 0
    for p in paths:
        n, errs = check(p, docs)
        for e in errs:
            print(e)
        print(f"{os.path.basename(p)}: {n} items, {len(errs)} problems")
        bad += len(errs)
    # the halves together must be the whole set, with no overlap
    if not argv:
        def load(f):
            with open(os.path.join(HERE, f), encoding="utf-8") as fh:
                return [json.loads(l) for l in fh if l.strip()]
        allv, tun, sea = load("items.jsonl"), load("tuning.jsonl"), load("sealed.jsonl")
        ti, si = {i["id"] for i in tun}, {i["id"] for i in sea}
        if ti & si or (ti | si) != {i["id"] for i in allv}:
            print("split: tuning and sealed do not partition items.jsonl")
            bad += 1
    print("PASS" if bad == 0 else f"FAIL ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
