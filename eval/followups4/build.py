#!/usr/bin/env python3
"""Validate items.txt against the four leaflets and write the fu4 eval set.

Standard library only. On any validation failure nothing is written and the
script exits with status 1. Outputs are deterministic.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus"
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]
SRC = os.path.join(HERE, "items.txt")

TURNS = ("continues", "new_topic")
KINDS = ("answerable", "out_of_scope")
STRATA = {
    ("continues", "answerable"): 58,
    ("continues", "out_of_scope"): 12,
    ("new_topic", "answerable"): 40,
    ("new_topic", "out_of_scope"): 10,
}
TOTAL = 120
ANSWERABLE_RANGE = (95, 105)
OOS_RANGE = (15, 25)
MIN_NEW_TOPIC_CONT_SHAPED = 20
CONT_SHAPE_RE = re.compile(r"^\s*(and|what about|also)\b", re.I)


def norm(text):
    """Case-fold, straighten quotes, dashes to hyphens, fold whitespace."""
    t = text.replace("\u2019", "'").replace("\u2018", "'")
    t = t.replace("\u201c", '"').replace("\u201d", '"')
    t = t.replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"\s+", " ", t)
    return t.strip().lower()


def tokens(text):
    """Lower-case, drop apostrophes, split on other non-alphanumerics."""
    t = text.lower()
    for ch in ("'", "\u2019", "\u2018"):
        t = t.replace(ch, "")
    return [w for w in re.split(r"[^a-z0-9]+", t) if w]


def split_sentences(doc):
    sents = []
    for line in doc.split("\n"):
        line = line.strip()
        if not line:
            continue
        line = re.sub(r"^#+\s*", "", line)
        line = re.sub(r"^[-*]\s+", "", line)
        for s in re.split(r"(?<=[.!?])\)?\s+", line):
            s = s.strip()
            if s:
                sents.append(norm(s))
    return sents


def occurs(phrase, text):
    """phrase occurs in text at word boundaries (both already normalised)."""
    start = 0
    while True:
        i = text.find(phrase, start)
        if i < 0:
            return False
        before = text[i - 1] if i > 0 else " "
        j = i + len(phrase)
        after = text[j] if j < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = i + 1


def assign_distinct(options):
    """options: list of sets of sentence keys. True if an injective choice exists."""
    order = sorted(range(len(options)), key=lambda k: len(options[k]))
    used = set()

    def rec(n):
        if n == len(order):
            return True
        for key in sorted(options[order[n]]):
            if key not in used:
                used.add(key)
                if rec(n + 1):
                    return True
                used.discard(key)
        return False

    return rec(0)


def load_leaflets():
    docs, sentences, grams = {}, [], set()
    for name in LEAFLETS:
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            raw = f.read()
        docs[name] = norm(raw)
        for idx, s in enumerate(split_sentences(raw)):
            sentences.append(((name, idx), s))
        toks = tokens(raw)
        for k in range(len(toks) - 4):
            grams.add(tuple(toks[k:k + 5]))
    return docs, sentences, grams


def parse(errors):
    items = []
    topic = None
    doubtful_next = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*topic:\s*(.+)$", line)
            d = re.match(r"#\s*doubtful:\s*(.+)$", line)
            if m:
                topic = m.group(1).strip()
            elif d:
                doubtful_next = d.group(1).strip()
            else:
                errors.append("line %d: unknown comment line" % ln)
            continue
        parts = line.split("|")
        if len(parts) != 6:
            errors.append("line %d: expected 6 fields, got %d" % (ln, len(parts)))
            doubtful_next = None
            continue
        turn, kind, first, second, ev, mm = [p.strip() for p in parts]
        evidence = [p.strip() for p in ev.split(";;") if p.strip()]
        must = [p.strip() for p in mm.split(";;") if p.strip()]
        items.append({
            "line": ln, "topic": topic, "doubtful": doubtful_next,
            "turn": turn, "kind": kind, "after": first, "question": second,
            "evidence": evidence, "must_mention": must,
        })
        doubtful_next = None
    if doubtful_next is not None:
        errors.append("dangling '# doubtful' line at end of file")
    return items


def validate(items, docs, sentences, grams, errors):
    counts = {k: 0 for k in STRATA}
    seen_pairs = set()
    doc_texts = list(docs.values())
    for it in items:
        ln = it["line"]
        if it["turn"] not in TURNS:
            errors.append("line %d: bad turn %r" % (ln, it["turn"]))
            continue
        if it["kind"] not in KINDS:
            errors.append("line %d: bad kind %r" % (ln, it["kind"]))
            continue
        if it["topic"] is None:
            errors.append("line %d: item before any '# topic:' line" % ln)
        counts[(it["turn"], it["kind"])] += 1
        if not it["after"] or not it["question"]:
            errors.append("line %d: empty message" % ln)
        pair = (norm(it["after"]), norm(it["question"]))
        if pair in seen_pairs:
            errors.append("line %d: duplicate (first, second) pair" % ln)
        seen_pairs.add(pair)
        for label in ("after", "question"):
            toks = tokens(it[label])
            for k in range(len(toks) - 4):
                g = tuple(toks[k:k + 5])
                if g in grams:
                    errors.append("line %d: %s shares 5-word run with leaflet: %s"
                                  % (ln, label, " ".join(g)))
        if it["kind"] == "out_of_scope":
            if it["evidence"] or it["must_mention"]:
                errors.append("line %d: out_of_scope item must have empty evidence "
                              "and must_mention" % ln)
            continue
        if not it["evidence"]:
            errors.append("line %d: answerable item without evidence" % ln)
        if not 1 <= len(it["must_mention"]) <= 3:
            errors.append("line %d: need 1-3 must_mention, got %d"
                          % (ln, len(it["must_mention"])))
        options = []
        for ph in it["evidence"]:
            n = len(ph.split())
            if not 5 <= n <= 15:
                errors.append("line %d: evidence has %d words: %r" % (ln, n, ph))
            p = norm(ph)
            if not any(occurs(p, d) for d in doc_texts):
                errors.append("line %d: evidence not in leaflets: %r" % (ln, ph))
                continue
            keys = {key for key, s in sentences if occurs(p, s)}
            if not keys:
                errors.append("line %d: evidence crosses a sentence boundary: %r"
                              % (ln, ph))
                continue
            options.append(keys)
        if len(options) == len(it["evidence"]) and not assign_distinct(options):
            errors.append("line %d: two evidence phrases from one sentence" % ln)
        if len({norm(p) for p in it["evidence"]}) != len(it["evidence"]):
            errors.append("line %d: repeated evidence phrase" % ln)
        for ph in it["must_mention"]:
            n = len(ph.split())
            if not 1 <= n <= 5:
                errors.append("line %d: must_mention has %d words: %r" % (ln, n, ph))
            if not any(occurs(norm(ph), d) for d in doc_texts):
                errors.append("line %d: must_mention not in leaflets: %r" % (ln, ph))
    if len(items) != TOTAL:
        errors.append("expected %d items, got %d" % (TOTAL, len(items)))
    for k, want in STRATA.items():
        if counts[k] != want:
            errors.append("stratum %s/%s: expected %d, got %d" % (k + (want, counts[k])))
    n_ans = sum(1 for it in items if it["kind"] == "answerable")
    n_oos = sum(1 for it in items if it["kind"] == "out_of_scope")
    if not ANSWERABLE_RANGE[0] <= n_ans <= ANSWERABLE_RANGE[1]:
        errors.append("answerable count %d out of range" % n_ans)
    if not OOS_RANGE[0] <= n_oos <= OOS_RANGE[1]:
        errors.append("out_of_scope count %d out of range" % n_oos)
    shaped = sum(1 for it in items
                 if it["turn"] == "new_topic" and CONT_SHAPE_RE.search(it["question"]))
    if shaped < MIN_NEW_TOPIC_CONT_SHAPED:
        errors.append("only %d new_topic items are continuation-shaped (need %d)"
                      % (shaped, MIN_NEW_TOPIC_CONT_SHAPED))
    return counts, shaped


def record(it):
    return {
        "id": it["id"], "after": it["after"], "question": it["question"],
        "turn": it["turn"], "kind": it["kind"],
        "evidence": it["evidence"], "must_mention": it["must_mention"],
    }


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(record(r), ensure_ascii=False) + "\n")


def readme(items, counts, tuning, sealed, shaped):
    def cnt(rows, t, k):
        return sum(1 for r in rows if r["turn"] == t and r["kind"] == k)

    lines = []
    lines.append("# fu4: two-message follow-up evaluation set (microneedling patient FAQ)")
    lines.append("")
    lines.append("## Who wrote it and how")
    lines.append("")
    lines.append("Written by a helper session started from the project session, working "
                 "independently of the assistant. The only project files read were the four "
                 "leaflets, each in full: `/work/main/corpus/collagen-induction-therapy.md`, "
                 "`/work/main/corpus/medical-grade-microneedling.md`, "
                 "`/work/main/corpus/microneedling-and-its-benefits.md`, "
                 "`/work/main/corpus/microneedling-faq.md`. No code, other eval data, "
                 "git history or web pages were consulted and the assistant was never run.")
    lines.append("")
    lines.append("All 120 chats were typed by hand one at a time in `items.txt` (no templates, "
                 "generated combinations or programmatic paraphrasing), imitating patients "
                 "typing into a clinic website chat widget in mixed registers. Evidence and "
                 "must_mention phrases were copied by hand from the leaflets. Only the second "
                 "message is scored; the assistant is assumed to have answered the first "
                 "from the leaflets.")
    lines.append("")
    lines.append("## Files")
    lines.append("")
    lines.append("- `items.txt` - hand-typed source: `turn|kind|first message|second message|"
                 "evidence ;; ...|must_mention ;; ...`, grouped under `# topic:` lines; "
                 "`# doubtful: reason` flags the next item.")
    lines.append("- `build.py` - standard-library validator/builder; writes nothing and exits 1 "
                 "on any failure.")
    lines.append("- `items.jsonl` - all 120 items, shuffled with `random.Random(4141)`, ids "
                 "`fu4-001`..`fu4-120` in that order.")
    lines.append("- `tuning.jsonl` / `sealed.jsonl` - 60/60 split: within each (turn, kind) "
                 "stratum the items are sorted by id and shuffled with a fresh "
                 "`random.Random(4142)`; the first half goes to tuning. Both files are "
                 "sorted by id.")
    lines.append("")
    lines.append("## Fields")
    lines.append("")
    lines.append("- `id` - `fu4-NNN`.")
    lines.append("- `after` - the patient's first message (already answered).")
    lines.append("- `question` - the patient's second message (the one scored).")
    lines.append("- `turn` - `continues` (only makes sense read with the first message) or "
                 "`new_topic` (a complete question on a different subject, answerable read "
                 "alone; %d of the new_topic items open with \"and\", \"what about\" or \"also\" (several more use \"it\" for the treatment), i.e. are shaped like continuations)." % shaped)
    lines.append("- `kind` - `answerable` (the leaflets answer the second message, read with "
                 "the first when it continues) or `out_of_scope` (they do not).")
    lines.append("- `evidence` - answerable only: one 5-15 word phrase copied exactly "
                 "(curly quotes straightened) from each distinct leaflet sentence found to "
                 "answer the second message; any one counts as a hit. Empty for out_of_scope.")
    lines.append("- `must_mention` - answerable only: 1-3 short phrases (1-5 words) stating "
                 "the core fact, each verbatim in a leaflet. Empty for out_of_scope.")
    lines.append("")
    lines.append("## Counts")
    lines.append("")
    lines.append("| turn | kind | all | tuning | sealed |")
    lines.append("|---|---|---|---|---|")
    for (t, k) in STRATA:
        lines.append("| %s | %s | %d | %d | %d |"
                     % (t, k, counts[(t, k)], cnt(tuning, t, k), cnt(sealed, t, k)))
    lines.append("| total | | %d | %d | %d |" % (len(items), len(tuning), len(sealed)))
    lines.append("")
    lines.append("## Checks done by build.py")
    lines.append("")
    lines.append("- 6 fields per line, valid turn/kind, exact strata counts, answerable "
                 "95-105, out_of_scope 15-25, >=20 continuation-shaped new_topic items.")
    lines.append("- answerable: >=1 evidence phrase (5-15 words), 1-3 must_mention "
                 "(1-5 words); out_of_scope: both empty.")
    lines.append("- every evidence and must_mention phrase occurs in a leaflet "
                 "(case-insensitive, whitespace folded, curly quotes straightened, en/em "
                 "dashes as hyphens, at word boundaries); each evidence phrase lies inside "
                 "one leaflet sentence and no two phrases of an item need the same sentence.")
    lines.append("- no message shares a run of 5 consecutive words with any leaflet "
                 "(lower-cased, apostrophes dropped, split on other non-alphanumerics); "
                 "no duplicate (first, second) pairs.")
    lines.append("")
    lines.append("## Doubtful items")
    lines.append("")
    doubt = [it for it in items if it["doubtful"]]
    if doubt:
        for it in sorted(doubt, key=lambda r: r["id"]):
            lines.append("- `%s` (%s/%s): %s" % (it["id"], it["turn"], it["kind"],
                                                   it["doubtful"]))
    else:
        lines.append("None.")
    lines.append("")
    return "\n".join(lines)


def main():
    errors = []
    docs, sentences, grams = load_leaflets()
    items = parse(errors)
    counts, shaped = validate(items, docs, sentences, grams, errors)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1

    order = list(items)
    random.Random(4141).shuffle(order)
    for n, it in enumerate(order, 1):
        it["id"] = "fu4-%03d" % n

    tuning, sealed = [], []
    for key in STRATA:
        group = sorted((it for it in order if (it["turn"], it["kind"]) == key),
                       key=lambda r: r["id"])
        random.Random(4142).shuffle(group)
        half = len(group) // 2
        tuning.extend(group[:half])
        sealed.extend(group[half:])
    tuning.sort(key=lambda r: r["id"])
    sealed.sort(key=lambda r: r["id"])
    if len(tuning) != 60 or len(sealed) != 60:
        print("ERROR: split is not 60/60", file=sys.stderr)
        return 1

    dump(os.path.join(HERE, "items.jsonl"), order)
    dump(os.path.join(HERE, "tuning.jsonl"), tuning)
    dump(os.path.join(HERE, "sealed.jsonl"), sealed)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(order, counts, tuning, sealed, shaped))
    print("ok: %d items (%s); tuning %d, sealed %d; doubtful: %s" % (
        len(order),
        ", ".join("%s/%s=%d" % (t, k, counts[(t, k)]) for (t, k) in STRATA),
        len(tuning), len(sealed),
        ", ".join(sorted(it["id"] for it in order if it["doubtful"])) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
