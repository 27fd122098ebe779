"""Check items.jsonl against the four leaflets (standard library only).

Checks: ids unique; kind/style valid; answerable items have 1-3 evidence phrases of
4-12 words, each found verbatim (whitespace folded only) inside ONE leaflet sentence;
out_of_scope items have empty evidence; no duplicate questions.
Then prints, for every out_of_scope question, the leaflet sentences sharing 2+ content
words with it, for a by-eye re-check. Exit code 1 on any failure.
"""
import json, re, sys, os
from collections import Counter

CORPUS = str(__import__("pathlib").Path(__file__).resolve().parents[2] / "corpus")
FILES = ["collagen-induction-therapy.md", "medical-grade-microneedling.md",
         "microneedling-and-its-benefits.md", "microneedling-faq.md"]
HERE = os.path.dirname(os.path.abspath(__file__))

def fold(s):
    return re.sub(r"\s+", " ", s).strip()

def sentences():
    out = []
    for fn in FILES:
        text = open(os.path.join(CORPUS, fn), encoding="utf-8").read()
        for line in text.split("\n"):
            line = fold(line)
            if not line:
                continue
            for s in re.split(r"(?<=[.!?])\s+", line):
                s = s.strip()
                if s:
                    out.append((fn, s))
    return out

STOP = set("""a an the and or but if of to in on at for with from by as is are was were be been being
do does did doing done can could will would should shall may might must have has had having
i me my mine you your yours u ur he she it its it’s we our they them their this that these those
what which who whom whose when where why how there here than then so too very just only also
not no nor any all some more most much many few such own same other into over under after before
about again once up down out off until while during each both between through am im i'm ok okay
get got go going want need know like really still even ever way thing things lot lol
used use good""".split())
# generic domain words that every question shares with the leaflets; excluded so the
# overlap report shows topical matches only
DOMAIN = set("""microneedling microneedle microneedled needling treatment treatments skin
procedure derma induction therapy""".split())

def norm_tok(w):
    w = w.lower().replace("'", "’")
    if w.endswith("’s"):
        w = w[:-2]
    w = w.strip("’")
    if w in STOP:
        return w
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w

def content(text):
    toks = [norm_tok(t) for t in re.findall(r"[A-Za-z’']+", text)]
    return {t for t in toks if len(t) > 2 and t not in STOP and t not in DOMAIN}

def main():
    sents = sentences()
    errors = []
    items = [json.loads(l) for l in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8") if l.strip()]
    ids = Counter(it["id"] for it in items)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    qs = Counter(re.sub(r"[^a-z0-9]+", " ", it["question"].lower()).strip() for it in items)
    for q, n in qs.items():
        if n > 1:
            errors.append(f"duplicate question: {q}")
    for it in items:
        iid = it["id"]
        if set(it) != {"id", "question", "kind", "evidence", "must_mention", "style", "subtopic"}:
            errors.append(f"{iid}: unexpected keys {sorted(it)}")
        if it["kind"] not in ("out_of_scope", "answerable"):
            errors.append(f"{iid}: bad kind {it['kind']}")
        if it["style"] not in ("faq", "chat"):
            errors.append(f"{iid}: bad style {it['style']}")
        if it["must_mention"] != []:
            errors.append(f"{iid}: must_mention not empty")
        if not it["question"].strip() or not it["subtopic"].strip():
            errors.append(f"{iid}: empty question/subtopic")
        ev = it["evidence"]
        if it["kind"] == "out_of_scope":
            if ev:
                errors.append(f"{iid}: out_of_scope with evidence")
            continue
        if not (1 <= len(ev) <= 3):
            errors.append(f"{iid}: needs 1-3 evidence phrases, has {len(ev)}")
        for e in ev:
            n = len(e.split())
            if not (4 <= n <= 12):
                errors.append(f"{iid}: evidence has {n} words: {e!r}")
            fe = fold(e)
            hits = [fn for fn, s in sents if fe in s]
            if not hits:
                errors.append(f"{iid}: evidence not found in any single leaflet sentence: {e!r}")

    # overlap report for out_of_scope items
    sent_cw = [(fn, s, content(s)) for fn, s in sents]
    flagged = 0
    print("=== out_of_scope questions sharing 2+ content words with a leaflet sentence ===")
    for it in sorted(items, key=lambda x: x["id"]):
        if it["kind"] != "out_of_scope":
            continue
        qc = content(it["question"])
        matches = []
        for fn, s, sc in sent_cw:
            shared = qc & sc
            if len(shared) >= 2:
                matches.append((len(shared), fn, s, sorted(shared)))
        if matches:
            flagged += 1
            print(f"\n[{it['id']}] ({it['subtopic']}) {it['question']}")
            for n, fn, s, sh in sorted(matches, key=lambda m: -m[0]):
                print(f"   {sh} | {fn.split('.')[0]}: {s}")
    print(f"\n{flagged} out_of_scope items flagged for by-eye re-check")

    # near-duplicate warning (not a failure): word-set Jaccard >= 0.6
    def wset(q):
        return {norm_tok(t) for t in re.findall(r"[A-Za-z0-9’']+", q)} - {"microneedling"}
    ws = [(it["id"], it["question"], wset(it["question"])) for it in items]
    print("\n=== possible near-duplicates (Jaccard >= 0.6) ===")
    for i in range(len(ws)):
        for j in range(i + 1, len(ws)):
            a, b = ws[i][2], ws[j][2]
            if a and b and len(a & b) / len(a | b) >= 0.6:
                print(f"  {ws[i][0]} {ws[i][1]!r} ~ {ws[j][0]} {ws[j][1]!r}")

    k = Counter(it["kind"] for it in items)
    st = Counter((it["kind"], it["style"]) for it in items)
    print(f"items: {len(items)}  kinds: {dict(k)}  styles: {dict(st)}")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
