#!/usr/bin/env python3
"""Check items.txt and write items.jsonl, tuning.jsonl, sealed.jsonl and README.md.

Standard library only.  Every check runs before anything is written; on any
failure the script prints the problems, writes nothing and exits with code 1.
Output is deterministic (fixed seeds, fixed key order, sorted groups).
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "items.txt")
CORPUS_DIR = "/work/main/corpus"
LEAFLETS = [
    "collagen-induction-therapy.md",
    "medical-grade-microneedling.md",
    "microneedling-and-its-benefits.md",
    "microneedling-faq.md",
]
KIND_COUNTS = {"answerable": 95, "out_of_scope": 35, "medical": 10, "urgent": 10}
KIND_ORDER = ["answerable", "out_of_scope", "medical", "urgent"]
STYLES = ["chat", "context", "plain"]
WORRY_COUNT = 20
MIN_PER_STYLE = 40
MIN_OOS_ON_TOPIC = 20
SEP = " ;; "
ITEMS_SEED = 2525
SPLIT_SEED = 2526

QUOTE_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2011": "-", "\u2212": "-",
    "\u00a0": " ",
}


def norm(text):
    """Case-fold, straighten quotes, dashes to hyphens, fold whitespace."""
    for a, b in QUOTE_MAP.items():
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text.lower()).strip()


def tokens(text):
    """Lower-case, drop apostrophes, split on other non-alphanumerics."""
    text = text.lower().replace("'", "").replace("\u2019", "").replace("\u2018", "")
    return [t for t in re.split(r"[^a-z0-9]+", text) if t]


def split_sentences(line):
    return [s for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]


def load_leaflets(errors):
    sentences = []  # (leaflet, index, normalised sentence)
    full = {}
    grams = set()
    for name in LEAFLETS:
        path = os.path.join(CORPUS_DIR, name)
        try:
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
        except OSError as exc:
            errors.append("cannot read leaflet %s: %s" % (path, exc))
            continue
        full[name] = norm(raw)
        idx = 0
        for line in raw.splitlines():
            line = norm(line)
            if not line:
                continue
            for sent in split_sentences(line):
                sentences.append((name, idx, sent))
                idx += 1
        toks = tokens(raw)
        for i in range(len(toks) - 4):
            grams.add(tuple(toks[i:i + 5]))
    return sentences, full, grams


def distinct_assignment(match_sets):
    """True if every phrase can be assigned its own sentence (distinct reps)."""
    order = sorted(range(len(match_sets)), key=lambda i: len(match_sets[i]))
    used = set()

    def go(k):
        if k == len(order):
            return True
        for s in sorted(match_sets[order[k]]):
            if s not in used:
                used.add(s)
                if go(k + 1):
                    return True
                used.discard(s)
        return False

    return go(0)


def parse_source(errors):
    items = []
    topic = None
    pending_worry = False
    pending_doubt = None
    with open(SOURCE, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            body = line[1:].strip()
            if body.startswith("topic:"):
                if pending_worry or pending_doubt:
                    errors.append("line %d: worry/doubtful flag not followed by an item" % lineno)
                topic = body[len("topic:"):].strip()
                if not topic:
                    errors.append("line %d: empty topic" % lineno)
            elif body == "worry":
                if pending_worry:
                    errors.append("line %d: duplicate worry flag" % lineno)
                pending_worry = True
            elif body.startswith("doubtful:"):
                reason = body[len("doubtful:"):].strip()
                if not reason or pending_doubt:
                    errors.append("line %d: bad or duplicate doubtful flag" % lineno)
                pending_doubt = reason
            else:
                errors.append("line %d: unknown comment directive: %r" % (lineno, line))
            continue
        fields = line.split("|")
        if len(fields) != 5:
            errors.append("line %d: expected 5 fields, got %d" % (lineno, len(fields)))
            pending_worry, pending_doubt = False, None
            continue
        kind, style, question, ev, mm = [f.strip() for f in fields]
        evidence = [p.strip() for p in ev.split(";;")] if ev else []
        must = [p.strip() for p in mm.split(";;")] if mm else []
        items.append({
            "line": lineno, "topic": topic, "kind": kind, "style": style,
            "question": question, "evidence": evidence, "must_mention": must,
            "worry": pending_worry, "doubtful": pending_doubt,
        })
        pending_worry, pending_doubt = False, None
    if pending_worry or pending_doubt:
        errors.append("end of file: worry/doubtful flag not followed by an item")
    return items


def check(items, sentences, full, grams, errors):
    all_text = " ".join(full.values())
    seen_q = {}
    for it in items:
        where = "line %d" % it["line"]
        q = it["question"]
        if it["topic"] is None:
            errors.append("%s: item before any '# topic:' line" % where)
        if it["kind"] not in KIND_COUNTS:
            errors.append("%s: bad kind %r" % (where, it["kind"]))
        if it["style"] not in STYLES:
            errors.append("%s: bad style %r" % (where, it["style"]))
        if not q:
            errors.append("%s: empty question" % where)
            continue
        key = norm(q)
        if key in seen_q:
            errors.append("%s: duplicate question (also line %d)" % (where, seen_q[key]))
        seen_q[key] = it["line"]
        # 5-word overlap with leaflets
        qt = tokens(q)
        for i in range(len(qt) - 4):
            if tuple(qt[i:i + 5]) in grams:
                errors.append("%s: question shares 5-word run with a leaflet: %r"
                              % (where, " ".join(qt[i:i + 5])))
        # style checks
        if it["style"] == "context":
            n = len(split_sentences(q.strip()))
            if not 2 <= n <= 4:
                errors.append("%s: context item has %d sentences" % (where, n))
        if it["style"] == "plain":
            if not q.endswith("?") or q.count("?") != 1:
                errors.append("%s: plain item must be one question ending in '?'" % where)
        if it["worry"] and it["kind"] != "answerable":
            errors.append("%s: worry flag on a non-answerable item" % where)
        if it["kind"] == "answerable":
            ev = it["evidence"]
            mm = it["must_mention"]
            if not ev:
                errors.append("%s: answerable item without evidence" % where)
            if not 1 <= len(mm) <= 3:
                errors.append("%s: answerable item needs 1-3 must_mention, has %d" % (where, len(mm)))
            if len(set(norm(p) for p in ev)) != len(ev):
                errors.append("%s: repeated evidence phrase" % where)
            match_sets = []
            for p in ev:
                n = norm(p)
                wc = len(n.split())
                if not 5 <= wc <= 15:
                    errors.append("%s: evidence phrase has %d words: %r" % (where, wc, p))
                ms = {(s[0], s[1]) for s in sentences if n in s[2]}
                if not ms:
                    if n in all_text:
                        errors.append("%s: evidence crosses a sentence boundary: %r" % (where, p))
                    else:
                        errors.append("%s: evidence not in any leaflet: %r" % (where, p))
                match_sets.append(ms)
            if all(match_sets) and not distinct_assignment(match_sets):
                errors.append("%s: two evidence phrases come from the same sentence" % where)
            for p in mm:
                n = norm(p)
                wc = len(n.split())
                if not 1 <= wc <= 5:
                    errors.append("%s: must_mention has %d words: %r" % (where, wc, p))
                if not any(n in t for t in full.values()):
                    errors.append("%s: must_mention not in any leaflet: %r" % (where, p))
        else:
            if it["evidence"] or it["must_mention"]:
                errors.append("%s: non-answerable item must have empty evidence and must_mention" % where)
    kinds = Counter(it["kind"] for it in items)
    for k, n in KIND_COUNTS.items():
        if kinds.get(k, 0) != n:
            errors.append("kind %s: expected %d, got %d" % (k, n, kinds.get(k, 0)))
    worry = sum(1 for it in items if it["worry"])
    if worry != WORRY_COUNT:
        errors.append("worry look-alikes: expected %d, got %d" % (WORRY_COUNT, worry))
    styles = Counter(it["style"] for it in items)
    for s in STYLES:
        if styles.get(s, 0) < MIN_PER_STYLE:
            errors.append("style %s: only %d items (need >= %d)" % (s, styles.get(s, 0), MIN_PER_STYLE))
    for k in KIND_ORDER:
        for s in STYLES:
            if not any(it["kind"] == k and it["style"] == s for it in items):
                errors.append("no %s item in style %s" % (k, s))
    on_topic = 0
    for it in items:
        if it["kind"] != "out_of_scope":
            continue
        t = it["topic"] or ""
        if "(on-topic)" in t:
            on_topic += 1
        elif "(off-topic)" not in t:
            errors.append("line %d: out_of_scope item under a topic without (on-topic)/(off-topic) marker" % it["line"])
    if on_topic < MIN_OOS_ON_TOPIC:
        errors.append("on-topic out_of_scope items: %d (need >= %d)" % (on_topic, MIN_OOS_ON_TOPIC))
    return on_topic


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def public(it):
    return {
        "id": it["id"], "question": it["question"], "kind": it["kind"],
        "style": it["style"], "evidence": it["evidence"],
        "must_mention": it["must_mention"], "worry": it["worry"],
    }


def split(items, errors):
    groups = defaultdict(list)
    for it in items:
        groups[(it["kind"], it["style"])].append(it)
    rng = random.Random(SPLIT_SEED)
    tuning, sealed = [], []
    extra_to_tuning = True
    for key in sorted(groups):
        g = sorted(groups[key], key=lambda x: x["id"])
        rng.shuffle(g)
        half = len(g) // 2
        tuning.extend(g[:half])
        sealed.extend(g[half:2 * half])
        if len(g) % 2:
            (tuning if extra_to_tuning else sealed).append(g[-1])
            extra_to_tuning = not extra_to_tuning
    if len(tuning) != 75 or len(sealed) != 75:
        errors.append("split is %d/%d, expected 75/75" % (len(tuning), len(sealed)))
    for it in tuning:
        it["split"] = "tuning"
    for it in sealed:
        it["split"] = "sealed"
    return sorted(tuning, key=lambda x: x["id"]), sorted(sealed, key=lambda x: x["id"])


def readme(items, on_topic):
    L = []
    L.append("# q25: independent evaluation set for the microneedling patient-FAQ assistant")
    L.append("")
    L.append("## Who wrote it and how")
    L.append("")
    L.append("Written by a helper session (q25) started from inside the project. The only project files read were the four clinic leaflets, each in full:")
    for name in LEAFLETS:
        L.append("- `%s/%s`" % (CORPUS_DIR, name))
    L.append("")
    L.append("No other file under /work was opened (no code, eval or tools folders, no .jsonl files, no git history, no other helper folders), the web was not used and the assistant was never run.")
    L.append("Each of the 150 patient messages was typed by hand, one at a time, in `items.txt` (no templates, no generated combinations, no programmatic paraphrasing). Evidence and must_mention phrases were copied by hand from the leaflets.")
    L.append("`build.py` only checks the hand-written source and then shuffles, numbers and splits it; it does not create or alter any text.")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("- `items.txt` - hand-written source: `kind|style|question|evidence ;; ...|must_mention ;; ...`, grouped under `# topic:` lines; `# worry` flags the next item as a worry look-alike, `# doubtful: reason` flags the next item as uncertain in kind.")
    L.append("- `build.py` - standard-library checker and builder (exits 1 and writes nothing on any failure).")
    L.append("- `items.jsonl` - all 150 items, shuffled with `random.Random(%d)`, ids q25-001..q25-150." % ITEMS_SEED)
    L.append("- `tuning.jsonl`, `sealed.jsonl` - 75/75 split stratified by (kind, style): groups sorted by key, each group sorted by id and shuffled with one shared `random.Random(%d)`; first half of each group to tuning, the next half to sealed, and the extra item of odd-sized groups alternating tuning, sealed, tuning, ..." % SPLIT_SEED)
    L.append("- `README.md` - this file (generated by build.py).")
    L.append("")
    L.append("## Fields")
    L.append("")
    L.append("- `id` - q25-001 .. q25-150.")
    L.append("- `question` - the patient's message, as typed into the chat widget.")
    L.append("- `kind` - `answerable` (the leaflets answer it), `out_of_scope` (the leaflets do not answer it; the assistant should say so), `medical` (a personal medical situation a professional must assess; not an emergency), `urgent` (a red-flag symptom after treatment; the assistant should tell the patient to contact the clinic now).")
    L.append("- `style` - `chat` (casual, typos, slang, emoji), `context` (2-4 sentences: something about the writer, then the question), `plain` (one well-formed FAQ-style question).")
    L.append("- `evidence` - answerable only: for each distinct leaflet sentence found that answers the question, one phrase of 5-15 consecutive words copied from that sentence (curly quotes written straight). Any one of them counts as a hit. Empty otherwise.")
    L.append("- `must_mention` - answerable only: 1-3 short phrases (1-5 words) stating the core fact, each verbatim in a leaflet. Empty otherwise.")
    L.append("- `worry` - true for the 20 answerable look-alikes that sound alarming or anxious (blood, stinging, tightness, peeling, a friend's scary story...) but ask an ordinary question or describe healing signs the leaflets call normal. They are not emergencies.")
    L.append("")
    L.append("Matching rules used by build.py: case-insensitive, whitespace folded, curly quotes straightened, en/em dashes read as hyphens; leaflet sentences are split per line and at `.`, `!` or `?` followed by whitespace. No question shares a run of 5 consecutive words with any leaflet (lower-cased, apostrophes dropped, split on other non-alphanumerics).")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("| kind | style | tuning | sealed | total |")
    L.append("|---|---|---|---|---|")
    tot = Counter()
    for k in KIND_ORDER:
        for s in STYLES:
            t = sum(1 for it in items if it["kind"] == k and it["style"] == s and it["split"] == "tuning")
            z = sum(1 for it in items if it["kind"] == k and it["style"] == s and it["split"] == "sealed")
            L.append("| %s | %s | %d | %d | %d |" % (k, s, t, z, t + z))
            tot["t"] += t
            tot["z"] += z
    L.append("| **all** | | %d | %d | %d |" % (tot["t"], tot["z"], tot["t"] + tot["z"]))
    L.append("")
    L.append("By kind: " + ", ".join("%s %d" % (k, sum(1 for it in items if it["kind"] == k)) for k in KIND_ORDER)
             + ". Of the answerable items, %d are worry look-alikes (tuning %d, sealed %d)."
             % (sum(1 for it in items if it["worry"]),
                sum(1 for it in items if it["worry"] and it["split"] == "tuning"),
                sum(1 for it in items if it["worry"] and it["split"] == "sealed")))
    L.append("By style: " + ", ".join("%s %d" % (s, sum(1 for it in items if it["style"] == s)) for s in STYLES) + ".")
    L.append("Out-of-scope items that are on-topic (about microneedling or this clinic, asking for something the leaflets do not state): %d of %d." % (on_topic, KIND_COUNTS["out_of_scope"]))
    L.append("")
    L.append("## Topics covered")
    L.append("")
    topics = []
    for it in sorted(items, key=lambda x: x["line"]):
        if it["topic"] not in topics:
            topics.append(it["topic"])
    for t in topics:
        n = sum(1 for it in items if it["topic"] == t)
        L.append("- %s (%d)" % (t, n))
    L.append("")
    L.append("## Doubtful items")
    L.append("")
    doubt = sorted((it for it in items if it["doubtful"]), key=lambda x: x["id"])
    if not doubt:
        L.append("None.")
    for it in doubt:
        L.append("- %s (%s): %s" % (it["id"], it["kind"], it["doubtful"]))
    L.append("")
    return "\n".join(L)


def main():
    errors = []
    sentences, full, grams = load_leaflets(errors)
    if errors:
        print("\n".join(errors))
        return 1
    items = parse_source(errors)
    on_topic = check(items, sentences, full, grams, errors)
    if errors:
        print("FAILED with %d problem(s):" % len(errors))
        print("\n".join(errors))
        return 1
    order = list(items)
    random.Random(ITEMS_SEED).shuffle(order)
    for i, it in enumerate(order, 1):
        it["id"] = "q25-%03d" % i
    tuning, sealed = split(order, errors)
    if errors:
        print("FAILED:\n" + "\n".join(errors))
        return 1
    outputs = {
        "items.jsonl": dump(public(it) for it in order),
        "tuning.jsonl": dump(public(it) for it in tuning),
        "sealed.jsonl": dump(public(it) for it in sealed),
        "README.md": readme(order, on_topic),
    }
    for name, text in outputs.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    print("OK: %d items, tuning %d, sealed %d" % (len(order), len(tuning), len(sealed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
