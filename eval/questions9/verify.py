"""Checks for the q9 set. Exit code 1 on any failure."""
import json, re, sys, collections
from common import leaflet_texts, ws, tokens

FIELDS = {"id", "question", "kind", "evidence", "must_mention", "style"}
KINDS = {"answerable", "medical", "out_of_scope"}
STYLES = {"chat", "faq"}
WANT = {("answerable", "chat"): 90, ("answerable", "faq"): 45,
        ("medical", "chat"): 24, ("medical", "faq"): 11,
        ("out_of_scope", "chat"): 35, ("out_of_scope", "faq"): 15}
# fixed names that may appear in a question even if they form a leaflet 5-gram
ALLOWED_NGRAMS = set()

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(name, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def main():
    texts = leaflet_texts()
    alltext = list(texts.values())
    items = load("items.jsonl")
    ids = set()
    counts = collections.Counter()
    leaf_grams = set()
    for t in alltext:
        tk = tokens(t)
        leaf_grams.update(tuple(tk[i:i + 5]) for i in range(len(tk) - 4))
    for it in items:
        iid = it.get("id")
        if set(it) != FIELDS:
            err("%s: fields %s" % (iid, sorted(it)))
            continue
        if not re.fullmatch(r"q9-\d{3}", iid or ""):
            err("%s: bad id" % iid)
        if iid in ids:
            err("%s: duplicate id" % iid)
        ids.add(iid)
        k, s = it["kind"], it["style"]
        if k not in KINDS:
            err("%s: kind %r" % (iid, k))
        if s not in STYLES:
            err("%s: style %r" % (iid, s))
        counts[(k, s)] += 1
        if not isinstance(it["question"], str) or not it["question"].strip():
            err("%s: empty question" % iid)
        ev, mm = it["evidence"], it["must_mention"]
        if not isinstance(ev, list) or not isinstance(mm, list):
            err("%s: evidence/must_mention not lists" % iid)
            continue
        if k == "out_of_scope":
            if ev or mm:
                err("%s: out_of_scope with evidence/must_mention" % iid)
        else:
            if not (1 <= len(ev) <= 4):
                err("%s: %d evidence phrases" % (iid, len(ev)))
            if not (1 <= len(mm) <= 3):
                err("%s: %d must_mention" % (iid, len(mm)))
            for p in ev:
                n = len(ws(p).split(" "))
                if not (4 <= n <= 12):
                    err("%s: evidence %r has %d words" % (iid, p, n))
                if not any(ws(p) in t for t in alltext):
                    err("%s: evidence not verbatim: %r" % (iid, p))
            if len(set(ev)) != len(ev):
                err("%s: repeated evidence phrase" % iid)
            for p in mm:
                if not p.strip() or not any(ws(p) in t for t in alltext):
                    err("%s: must_mention not verbatim: %r" % (iid, p))
        # wording check: no 5-word sequence of the question appears in the leaflets
        qt = tokens(it["question"])
        for i in range(len(qt) - 4):
            g = tuple(qt[i:i + 5])
            if g in leaf_grams and " ".join(g) not in ALLOWED_NGRAMS:
                err("%s: question shares 5-gram with leaflets: %s" % (iid, " ".join(g)))
    for key, n in WANT.items():
        if counts[key] != n:
            err("count %s = %d, want %d" % (key, counts[key], n))
    if len(items) != 220:
        err("total %d, want 220" % len(items))
    want_ids = {"q9-%03d" % i for i in range(1, 221)}
    if ids != want_ids:
        err("ids are not exactly q9-001..q9-220")
    qs = collections.Counter(ws(it["question"]).lower() for it in items)
    for q, n in qs.items():
        if n > 1:
            err("duplicate question: %r" % q)

    # halves
    tun, sea = load("tuning.jsonl"), load("sealed.jsonl")
    if len(tun) != 110 or len(sea) != 110:
        err("halves sizes %d/%d, want 110/110" % (len(tun), len(sea)))
    byid = {it["id"]: it for it in items}
    tid = [x["id"] for x in tun]
    sid = [x["id"] for x in sea]
    if set(tid) & set(sid):
        err("halves overlap")
    if len(set(tid)) != len(tid) or len(set(sid)) != len(sid):
        err("duplicate ids inside a half")
    if set(tid) | set(sid) != set(byid):
        err("halves do not cover items.jsonl")
    for x in tun + sea:
        if byid.get(x["id"]) != x:
            err("%s: half row differs from items.jsonl" % x["id"])
    ct = collections.Counter((x["kind"], x["style"]) for x in tun)
    cs = collections.Counter((x["kind"], x["style"]) for x in sea)
    for key in WANT:
        if abs(ct[key] - cs[key]) > 1:
            err("stratum %s unbalanced %d/%d" % (key, ct[key], cs[key]))

    if errors:
        print("\n".join(errors))
        print("FAIL: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: 220 items; counts by kind x style x half:")
    for key in sorted(WANT):
        print("  %-13s %-5s total %3d  tuning %3d  sealed %3d" % (key[0], key[1], WANT[key], ct[key], cs[key]))


if __name__ == "__main__":
    main()
