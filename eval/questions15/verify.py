#!/usr/bin/env python3
"""verify.py - standard-library checker for the q15 evaluation set.

Checks:
  * every evidence and must_mention phrase occurs verbatim inside ONE leaflet sentence
    (whitespace folded only; curly apostrophes kept as they are);
  * every must_mention fragment sits in a sentence that also contains one of the item's evidence phrases;
  * evidence: 1-4 phrases of 4-12 words for answerable/medical, empty for out_of_scope; must_mention 1-3 / empty;
  * ids unique (q15-NNN), questions unique, no question also present in questions13/cand.tsv or
    questions14/cand.tsv (compared after lowercasing and stripping punctuation);
  * tuning.jsonl + sealed.jsonl == items.jsonl (same ids, no overlap).
Exit status 1 on any failure.  Use -v to print where each evidence phrase was found.
"""
import json, re, sys, string
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEAFLETS = ["collagen-induction-therapy.md", "medical-grade-microneedling.md",
            "microneedling-and-its-benefits.md", "microneedling-faq.md"]
KINDS = {"answerable", "medical", "out_of_scope"}
STYLES = {"faq", "chat"}


def find_corpus():
    cands = [HERE.parents[1] / "corpus", HERE.parent / "corpus", HERE.parent / "main" / "corpus",
             Path("/work/main/corpus")]
    for c in cands:
        if all((c / f).exists() for f in LEAFLETS):
            return c
    sys.exit("corpus not found (tried: %s)" % ", ".join(map(str, cands)))


def find_prev(name):
    cands = [HERE.parent / name / "cand.tsv", HERE.parent / "main" / "eval" / name / "cand.tsv",
             Path("/work/main/eval") / name / "cand.tsv"]
    for c in cands:
        if c.exists():
            return c
    return None


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def sentences(text):
    out = []
    for line in text.splitlines():
        line = fold(line)
        if not line:
            continue
        line = re.sub(r"^#+\s*", "", line)
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(“\"])", line):
            s = s.strip()
            if s:
                out.append(s)
    return out


def load_sentences():
    corpus = find_corpus()
    sents = []
    for f in LEAFLETS:
        for s in sentences((corpus / f).read_text(encoding="utf-8")):
            sents.append((f, s))
    return sents


def norm_q(q):
    q = q.lower()
    q = "".join(ch for ch in q if ch not in string.punctuation and ch not in "’‘“”–—…‑")
    return re.sub(r"\s+", " ", q).strip()


def nwords(p):
    return len(p.split())


def check(verbose=False):
    errors = []
    sents = load_sentences()

    def where(p):
        p = fold(p)
        return [(f, s) for f, s in sents if p in s]

    items = [json.loads(l) for l in (HERE / "items.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids, qs = set(), set()
    prev = {}
    for name in ("questions13", "questions14"):
        p = find_prev(name)
        if p is None:
            errors.append(f"{name}/cand.tsv not found")
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                prev.setdefault(norm_q(line.split("\t")[0]), name)
    for it in items:
        iid = it.get("id")
        for k in ("id", "question", "kind", "evidence", "must_mention", "style", "writer", "source"):
            if k not in it:
                errors.append(f"{iid}: missing field {k}")
        if iid in ids:
            errors.append(f"duplicate id {iid}")
        ids.add(iid)
        nq = norm_q(it["question"])
        if nq in qs:
            errors.append(f"{iid}: repeated question {it['question']!r}")
        qs.add(nq)
        if nq in prev:
            errors.append(f"{iid}: question also in {prev[nq]}: {it['question']!r}")
        if not re.fullmatch(r"q15-\d{3}", str(iid)):
            errors.append(f"{iid}: id not of the form q15-NNN")
        if it["kind"] not in KINDS:
            errors.append(f"{iid}: bad kind {it['kind']}")
        if it["style"] not in STYLES:
            errors.append(f"{iid}: bad style {it['style']}")
        ev, mm = it["evidence"], it["must_mention"]
        if it["kind"] == "out_of_scope":
            if ev or mm:
                errors.append(f"{iid}: out_of_scope item must have empty evidence/must_mention")
            continue
        if not (1 <= len(ev) <= 4):
            errors.append(f"{iid}: needs 1-4 evidence phrases")
        if not (1 <= len(mm) <= 3):
            errors.append(f"{iid}: needs 1-3 must_mention fragments")
        ev_sents = set()
        for p in ev:
            if not (4 <= nwords(p) <= 12):
                errors.append(f"{iid}: evidence phrase not 4-12 words: {p!r}")
            w = where(p)
            if not w:
                errors.append(f"{iid}: evidence not found in any single leaflet sentence: {p!r}")
            for f, s in w:
                ev_sents.add(s)
            if verbose:
                print(iid, "EV", repr(p), "->", sorted({f for f, _ in w}))
        for m in mm:
            w = where(m)
            if not w:
                errors.append(f"{iid}: must_mention not found in any leaflet sentence: {m!r}")
            elif not any(s in ev_sents for _, s in w):
                errors.append(f"{iid}: must_mention not in a sentence holding an evidence phrase: {m!r}")
    # split
    try:
        tun = [json.loads(l)["id"] for l in (HERE / "tuning.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
        sea = [json.loads(l)["id"] for l in (HERE / "sealed.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
        if set(tun) & set(sea):
            errors.append("tuning and sealed overlap")
        if set(tun) | set(sea) != ids or len(tun) + len(sea) != len(ids):
            errors.append("tuning + sealed != items")
    except FileNotFoundError as e:
        errors.append(f"missing split file: {e}")
    return items, errors


if __name__ == "__main__":
    items, errors = check(verbose="-v" in sys.argv)
    for e in errors:
        print("FAIL:", e)
    print(f"{len(items)} items checked, {len(errors)} problem(s)")
    sys.exit(1 if errors else 0)
