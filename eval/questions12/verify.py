#!/usr/bin/env python3
"""Verify the q12 evaluation set. Exits 1 on any failure. Standard library only.

Checks
  * items.jsonl / tuning.jsonl / sealed.jsonl parse, have exactly the expected fields,
    ids q12-001..q12-240 unique, tuning+sealed = items, 120/120, disjoint;
  * split by topic: every topic differs by at most one item between tuning and sealed;
  * counts: 130 answerable / 30 medical / 80 out_of_scope (40 other treatments,
    20 front desk, 20 other health/beauty), 160 faq / 80 chat, every (kind, style)
    stratum split exactly in half, at most 7 answerable items per topic;
  * every evidence and must_mention phrase is an exact substring of a leaflet after
    folding (case, whitespace, curly quotes) AND lies inside one sentence;
  * evidence: 1-4 phrases of 4-12 words for answerable/medical, [] for out_of_scope;
    must_mention: 1-3 fragments for answerable/medical, [] for out_of_scope;
  * each must_mention fragment occurs in a leaflet sentence that also contains one of
    the item's evidence phrases (so the key fact is in the supporting text);
  * no duplicate questions (case/punctuation-insensitive), style/kind values valid,
    writer non-empty.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# In the repository: eval/questions12/ -> corpus/ (written in /work/q12 beside /work/main).
CORPUS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "corpus")
LEAFLETS = ["collagen-induction-therapy.md", "medical-grade-microneedling.md",
            "microneedling-and-its-benefits.md", "microneedling-faq.md"]
FIELDS = ["id", "question", "kind", "evidence", "must_mention", "style", "writer"]
EXPECT_KIND = {"answerable": 130, "medical": 30, "out_of_scope": 80}
EXPECT_OOS_TOPIC = {"oos_treatment": 40, "oos_frontdesk": 20, "oos_health": 20}
EXPECT_STYLE = {"faq": 160, "chat": 80}
MAX_PER_TOPIC = 7

failures = []


def fail(msg):
    failures.append(msg)


def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        for s in re.split(r"(?<=[.!?])\s+", line):
            s = fold(s)
            if s:
                out.append(s)
    return out


def load_jsonl(name):
    path = os.path.join(HERE, name)
    recs = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        recs.append(json.loads(line))
                    except ValueError as e:
                        fail("%s:%d: bad JSON (%s)" % (name, n, e))
    except OSError as e:
        fail("cannot read %s: %s" % (name, e))
    return recs


def main():
    leaflet_text = {}
    for name in LEAFLETS:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as fh:
            leaflet_text[name] = fh.read()
    folded_docs = {n: fold(t) for n, t in leaflet_text.items()}
    sents = [(n, s) for n, t in leaflet_text.items() for s in sentences(t)]

    def sentences_with(phrase):
        p = fold(phrase)
        return [s for _, s in sents if p in s]

    items = load_jsonl("items.jsonl")
    tuning = load_jsonl("tuning.jsonl")
    sealed = load_jsonl("sealed.jsonl")

    # --- schema, ids
    ids = [r.get("id") for r in items]
    if len(items) != 240:
        fail("items.jsonl has %d items, expected 240" % len(items))
    if len(set(ids)) != len(ids):
        fail("duplicate ids in items.jsonl")
    if sorted(ids) != ["q12-%03d" % i for i in range(1, 241)]:
        fail("ids are not exactly q12-001..q12-240")
    for r in items + tuning + sealed:
        if list(r.keys()) != FIELDS:
            fail("%s: fields %s != %s" % (r.get("id"), list(r.keys()), FIELDS))

    # --- split
    by_id = {r["id"]: r for r in items}
    t_ids, s_ids = [r["id"] for r in tuning], [r["id"] for r in sealed]
    if len(tuning) != 120 or len(sealed) != 120:
        fail("split sizes tuning=%d sealed=%d, expected 120/120" % (len(tuning), len(sealed)))
    if set(t_ids) & set(s_ids):
        fail("tuning and sealed overlap")
    if set(t_ids) | set(s_ids) != set(ids) or len(set(t_ids)) != len(t_ids) or len(set(s_ids)) != len(s_ids):
        fail("tuning + sealed is not exactly items")
    for r in tuning + sealed:
        if by_id.get(r["id"]) != r:
            fail("%s differs between split file and items.jsonl" % r["id"])
    strat = collections.Counter()
    for r in tuning:
        strat[(r["kind"], r["style"], "tuning")] += 1
    for r in sealed:
        strat[(r["kind"], r["style"], "sealed")] += 1
    for kind in EXPECT_KIND:
        for style in EXPECT_STYLE:
            a, b = strat[(kind, style, "tuning")], strat[(kind, style, "sealed")]
            if a != b:
                fail("stratum %s/%s not halved: tuning %d sealed %d" % (kind, style, a, b))

    # --- counts
    kinds = collections.Counter(r["kind"] for r in items)
    if dict(kinds) != EXPECT_KIND:
        fail("kind counts %s != %s" % (dict(kinds), EXPECT_KIND))
    styles = collections.Counter(r["style"] for r in items)
    if dict(styles) != EXPECT_STYLE:
        fail("style counts %s != %s" % (dict(styles), EXPECT_STYLE))
    topics = {}
    tpath = os.path.join(HERE, "topics.tsv")
    with open(tpath, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            i, kind, style, topic, spl = line.rstrip("\n").split("\t")
            topics[i] = topic
    if set(topics) != set(ids):
        fail("topics.tsv does not cover exactly the item ids")
    split_of = {i: "tuning" for i in t_ids}
    split_of.update({i: "sealed" for i in s_ids})
    bal = collections.Counter()
    with open(tpath, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            i, kind, style, topic, spl = line.rstrip("\n").split("\t")
            if split_of.get(i) != spl:
                fail("topics.tsv split for %s disagrees with tuning/sealed files" % i)
            bal[topic] += 1 if spl == "tuning" else -1
    for t, d in sorted(bal.items()):
        if abs(d) > 1:
            fail("topic %s unevenly split (tuning minus sealed = %d)" % (t, d))
    oos_topics = collections.Counter(topics[r["id"]] for r in items if r["kind"] == "out_of_scope")
    if dict(oos_topics) != EXPECT_OOS_TOPIC:
        fail("out_of_scope sub-counts %s != %s" % (dict(oos_topics), EXPECT_OOS_TOPIC))
    ans_topics = collections.Counter(topics[r["id"]] for r in items if r["kind"] == "answerable")
    for t, n in ans_topics.items():
        if n > MAX_PER_TOPIC:
            fail("answerable topic %s has %d items (> %d)" % (t, n, MAX_PER_TOPIC))

    # --- per item
    seen_q = {}
    for r in items:
        rid = r["id"]
        if r["kind"] not in EXPECT_KIND:
            fail("%s: bad kind %r" % (rid, r["kind"]))
        if r["style"] not in EXPECT_STYLE:
            fail("%s: bad style %r" % (rid, r["style"]))
        if not isinstance(r["writer"], str) or not r["writer"].strip():
            fail("%s: empty writer" % rid)
        q = r["question"]
        if not isinstance(q, str) or not q.strip():
            fail("%s: empty question" % rid)
            continue
        nq = re.sub(r"[^a-z0-9]+", " ", fold(q)).strip()
        if nq in seen_q:
            fail("%s: duplicate question of %s" % (rid, seen_q[nq]))
        seen_q[nq] = rid
        ev, mm = r["evidence"], r["must_mention"]
        if not isinstance(ev, list) or not isinstance(mm, list):
            fail("%s: evidence/must_mention must be lists" % rid)
            continue
        if r["kind"] == "out_of_scope":
            if ev or mm:
                fail("%s: out_of_scope item must have empty evidence and must_mention" % rid)
            continue
        if not 1 <= len(ev) <= 4:
            fail("%s: %d evidence phrases (need 1-4)" % (rid, len(ev)))
        if not 1 <= len(mm) <= 3:
            fail("%s: %d must_mention fragments (need 1-3)" % (rid, len(mm)))
        if len(set(map(fold, ev))) != len(ev):
            fail("%s: repeated evidence phrase" % rid)
        ev_sents = set()
        for p in ev:
            n_words = len(p.split())
            if not 4 <= n_words <= 12:
                fail("%s: evidence %r has %d words (need 4-12)" % (rid, p, n_words))
            if not any(fold(p) in d for d in folded_docs.values()):
                fail("%s: evidence %r is not a substring of any leaflet" % (rid, p))
            hits = sentences_with(p)
            if not hits:
                fail("%s: evidence %r does not lie inside one sentence" % (rid, p))
            ev_sents.update(hits)
        for p in mm:
            if not any(fold(p) in d for d in folded_docs.values()):
                fail("%s: must_mention %r is not a substring of any leaflet" % (rid, p))
            if not sentences_with(p):
                fail("%s: must_mention %r does not lie inside one sentence" % (rid, p))
            if not any(fold(p) in s for s in ev_sents):
                fail("%s: must_mention %r not found in any evidence sentence" % (rid, p))
        for p in ev + mm:
            if "'" in p and "\u2019" not in p:
                # leaflets use curly apostrophes only; a straight one means it was not copied
                fail("%s: phrase %r uses a straight apostrophe; leaflets use \u2019" % (rid, p))

    if failures:
        print("VERIFY FAILED (%d problems):" % len(failures))
        for f in failures:
            print("  - " + f)
        sys.exit(1)
    print("OK: %d items; kinds %s; styles %s; out_of_scope %s; tuning %d / sealed %d; "
          "%d answerable topics (max %d per topic)"
          % (len(items), dict(kinds), dict(styles), dict(oos_topics), len(tuning), len(sealed),
             len(ans_topics), max(ans_topics.values())))


if __name__ == "__main__":
    main()
