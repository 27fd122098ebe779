#!/usr/bin/env python3
"""Verify /work/answered2/items.jsonl (standard library only).

Checks: unique ids, no repeated question, valid fields, out_of_scope items have
empty evidence, every evidence phrase is 4-12 words and occurs verbatim
(whitespace folded, curly apostrophes kept) inside ONE leaflet sentence
(a sentence = text split after . ! or ?).
Also prints out_of_scope questions sharing 2+ content words with a leaflet
sentence, for a by-eye re-check (informational only).
Exit code 1 on any failure.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]


def find_corpus():
    cands = [HERE.parent / "corpus", HERE.parents[1] / "corpus", Path("/work/main/corpus")]
    for c in cands:
        if all((c / f).is_file() for f in LEAFLETS):
            return c
    sys.exit("corpus not found; tried: " + ", ".join(map(str, cands)))


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def sentences(text):
    text = fold(text)
    parts = re.split(r"(?<=[.!?])", text)
    return [p.strip() for p in parts if p.strip()]


STOP = set("""a an the and or but if of to in on at for with by from as is are was were be been being
it its it's this that these those i me my we our you your he she they them their do does did done
can could will would should may might must shall have has had not no so than then there here what
which who whom whose when where why how all any some more most much many very just also into out
up down over under about after before during per each such only own same too s t don get got
ok okay like really im i'm i've i'll id i'd dont cant wont u ur pls please lol tho gonna wanna yes
one thing things someone anyone people ppl""".split())


def content_words(s):
    words = re.findall(r"[a-z0-9]+(?:[-’'][a-z0-9]+)*", s.lower())
    return {w for w in words if w not in STOP and len(w) > 2}


def main():
    corpus = find_corpus()
    sents = []
    for f in LEAFLETS:
        for s in sentences((corpus / f).read_text(encoding="utf-8")):
            sents.append((f, s))

    items_path = HERE / "items.jsonl"
    errors = []
    items = []
    with open(items_path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad json {e}")

    fields = {"id", "question", "kind", "evidence", "must_mention", "style", "subtopic"}
    ids, qs = set(), set()
    for it in items:
        iid = it.get("id")
        if set(it) != fields:
            errors.append(f"{iid}: fields {sorted(it)}")
            continue
        if not re.fullmatch(r"a2-\d{3}", str(iid)):
            errors.append(f"{iid}: bad id")
        if iid in ids:
            errors.append(f"{iid}: duplicate id")
        ids.add(iid)
        qkey = fold(it["question"]).lower()
        if not qkey:
            errors.append(f"{iid}: empty question")
        if qkey in qs:
            errors.append(f"{iid}: repeated question: {it['question']}")
        qs.add(qkey)
        if it["kind"] not in ("answerable", "out_of_scope"):
            errors.append(f"{iid}: bad kind {it['kind']}")
        if it["style"] not in ("faq", "chat"):
            errors.append(f"{iid}: bad style {it['style']}")
        if it["must_mention"] != []:
            errors.append(f"{iid}: must_mention should be []")
        if not isinstance(it["subtopic"], str) or not it["subtopic"]:
            errors.append(f"{iid}: bad subtopic")
        ev = it["evidence"]
        if not isinstance(ev, list):
            errors.append(f"{iid}: evidence not a list")
            continue
        if it["kind"] == "out_of_scope":
            if ev:
                errors.append(f"{iid}: out_of_scope with evidence")
            continue
        if not 1 <= len(ev) <= 3:
            errors.append(f"{iid}: needs 1-3 evidence phrases, has {len(ev)}")
        for p in ev:
            pf = fold(p)
            nw = len(pf.split())
            if not 4 <= nw <= 12:
                errors.append(f"{iid}: evidence has {nw} words: {p!r}")
            if not any(pf in s for _, s in sents):
                errors.append(f"{iid}: evidence not inside one leaflet sentence: {p!r}")

    # by-eye re-check list for out_of_scope
    print("== out_of_scope questions sharing 2+ content words with a leaflet sentence (re-check by eye) ==")
    sent_words = [(f, s, content_words(s)) for f, s in sents]
    flagged = 0
    for it in sorted(items, key=lambda x: x.get("id", "")):
        if it.get("kind") != "out_of_scope":
            continue
        qw = content_words(it["question"])
        best = max(sent_words, key=lambda t: len(qw & t[2]))
        shared = qw & best[2]
        if len(shared) >= 2:
            flagged += 1
            print(f"{it['id']}: {it['question']}")
            print(f"    shares {sorted(shared)} with [{best[0]}] {best[1][:160]}")
    print(f"== {flagged} flagged ==")

    n_a = sum(1 for i in items if i.get("kind") == "answerable")
    n_b = sum(1 for i in items if i.get("kind") == "out_of_scope")
    print(f"items: {len(items)} (answerable {n_a}, out_of_scope {n_b})")
    if errors:
        print(f"FAILED with {len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
