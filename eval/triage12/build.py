#!/usr/bin/env python3
"""Build the t12 triage evaluation set from messages.txt.

Parses the hand-written source, runs the checks, shuffles with a fixed seed,
assigns ids t12-001..t12-340 and writes all.jsonl, tuning.jsonl, sealed.jsonl.
Standard library only. Exits non-zero if any check fails.
"""
import itertools
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "messages.txt")
SEED = 12012
NEAR_DUP_THRESHOLD = 0.5  # Jaccard over content-word sets; >= this fails

URGENT_COUNTS = {
    "airway": 50, "systemic": 15, "infection": 18, "allergic_skin": 14,
    "bleeding": 13, "severe_pain": 13, "skin_damage": 15, "eye": 12,
}
CONTROL_KINDS = [
    "normal_aftereffect", "past_resolved", "hypothetical",
    "other_person_not_patient_context", "idioms", "unrelated_health_non_urgent",
    "cosmetic_wish", "pre_treatment_worry", "negated", "jokes_chitchat",
    "pets_children_household", "product_questions",
]
CONTROL_TOTAL = 190
CONTROL_MIN, CONTROL_MAX = 14, 18  # "about 16 each"
URGENT_KEYWORD_FREE_MIN = 100

ALARM_WORDS = [
    "pus", "fever", "infection", "infected", "swelling", "swollen", "swell",
    "bleed", "bleeding", "blood", "pain", "painful", "rash", "burn", "burning",
    "breathe", "breathing", "allergic", "allergy", "hives",
]

STOP = set("""a an the and or but if so to of in on at for with from by as is are
was were be been am i im i'm my me you your it its it's this that these those
there theres there's what do does did can could should would will just not no
have has had get got up out about after before since now too very really bit
some any all how when which who he she his her they them we our us lol ok""".split())


def has_alarm_word(text):
    low = text.lower()
    return [w for w in ALARM_WORDS if w in low]


def words(text):
    return [w for w in re.findall(r"[a-z0-9']+", text.lower())]


def content_set(text):
    return {w for w in words(text) if w not in STOP and len(w) > 1}


def jaccard(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def parse():
    items, errors = [], []
    with open(SRC, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("|", 3)
            if len(parts) != 4:
                errors.append(f"line {n}: expected 4 fields")
                continue
            kind, emerg, cat, msg = (p.strip() for p in parts)
            if kind not in ("urgent", "control"):
                errors.append(f"line {n}: bad kind {kind!r}")
            if emerg not in ("true", "false"):
                errors.append(f"line {n}: bad emergency {emerg!r}")
            if kind == "urgent" and cat not in URGENT_COUNTS:
                errors.append(f"line {n}: bad urgent category {cat!r}")
            if kind == "control" and cat not in CONTROL_KINDS:
                errors.append(f"line {n}: bad control category {cat!r}")
            if not msg:
                errors.append(f"line {n}: empty message")
            items.append({"line": n, "kind": kind, "emergency": emerg == "true",
                          "category": cat, "question": msg})
    return items, errors


def check(items, errors):
    # counts
    urgent = [it for it in items if it["kind"] == "urgent"]
    control = [it for it in items if it["kind"] == "control"]
    if len(items) != 340:
        errors.append(f"total {len(items)} != 340")
    if len(urgent) != 150:
        errors.append(f"urgent {len(urgent)} != 150")
    if len(control) != CONTROL_TOTAL:
        errors.append(f"control {len(control)} != {CONTROL_TOTAL}")
    uc = Counter(it["category"] for it in urgent)
    for cat, want in URGENT_COUNTS.items():
        if uc[cat] != want:
            errors.append(f"urgent/{cat}: {uc[cat]} != {want}")
    cc = Counter(it["category"] for it in control)
    for cat in CONTROL_KINDS:
        if not CONTROL_MIN <= cc[cat] <= CONTROL_MAX:
            errors.append(f"control/{cat}: {cc[cat]} outside {CONTROL_MIN}-{CONTROL_MAX}")
    # emergency rules
    for it in items:
        if it["kind"] == "control" and it["emergency"]:
            errors.append(f"line {it['line']}: control marked emergency")
        if it["category"] == "airway" and not it["emergency"]:
            errors.append(f"line {it['line']}: airway not emergency")
        if it["kind"] == "urgent" and it["category"] not in ("airway", "systemic") and it["emergency"]:
            errors.append(f"line {it['line']}: emergency outside airway/systemic")
    # keyword-free urgent
    kw_free = [it for it in urgent if not has_alarm_word(it["question"])]
    if len(kw_free) < URGENT_KEYWORD_FREE_MIN:
        errors.append(f"keyword-free urgent {len(kw_free)} < {URGENT_KEYWORD_FREE_MIN}")
    # exact duplicates (normalised)
    norm = Counter(" ".join(words(it["question"])) for it in items)
    for text, c in norm.items():
        if c > 1:
            errors.append(f"duplicate message: {text!r}")
    # near duplicates
    sets = [content_set(it["question"]) for it in items]
    pairs = []
    for i, j in itertools.combinations(range(len(items)), 2):
        s = jaccard(sets[i], sets[j])
        pairs.append((s, i, j))
    pairs.sort(reverse=True)
    for s, i, j in pairs:
        if s < NEAR_DUP_THRESHOLD:
            break
        errors.append(f"near-duplicate (J={s:.2f}) lines {items[i]['line']} and {items[j]['line']}")
    return kw_free, pairs[:5]


def split(items, rng):
    groups = defaultdict(list)
    for it in items:
        groups[(it["kind"], it["emergency"], it["category"])].append(it)
    flip = 0
    for key in sorted(groups, key=lambda k: (k[0], k[2], k[1])):
        g = groups[key]
        rng.shuffle(g)
        for it in g:
            it["split"] = "tuning" if flip % 2 == 0 else "sealed"
            flip += 1
    return groups


def main():
    items, errors = parse()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    kw_free, top_pairs = check(items, errors)

    rng = random.Random(SEED)
    order = list(items)
    rng.shuffle(order)
    for k, it in enumerate(order, 1):
        it["id"] = f"t12-{k:03d}"
    groups = split(items, rng)

    # split balance checks
    for key, g in groups.items():
        c = Counter(it["split"] for it in g)
        if abs(c["tuning"] - c["sealed"]) > 1:
            errors.append(f"split imbalance in {key}: {dict(c)}")
    sc = Counter(it["split"] for it in items)
    if sc["tuning"] != 170 or sc["sealed"] != 170:
        errors.append(f"split sizes {dict(sc)} != 170/170")

    def row(it):
        return {"id": it["id"], "question": it["question"], "kind": it["kind"],
                "emergency": it["emergency"], "category": it["category"]}

    order.sort(key=lambda it: it["id"])
    for name, sel in (("all", order),
                      ("tuning", [it for it in order if it["split"] == "tuning"]),
                      ("sealed", [it for it in order if it["split"] == "sealed"])):
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for it in sel:
                fh.write(json.dumps(row(it), ensure_ascii=False) + "\n")

    # tables
    kwf_ids = {id(it) for it in kw_free}
    print(f"{'kind':8} {'category':34} {'all':>4} {'tun':>4} {'seal':>4} {'emerg':>5} {'kwfree':>6}")
    cats = [("urgent", c) for c in URGENT_COUNTS] + [("control", c) for c in CONTROL_KINDS]
    tot = Counter()
    for kind, cat in cats:
        sel = [it for it in items if it["kind"] == kind and it["category"] == cat]
        vals = (len(sel),
                sum(it["split"] == "tuning" for it in sel),
                sum(it["split"] == "sealed" for it in sel),
                sum(it["emergency"] for it in sel),
                sum(id(it) in kwf_ids for it in sel) if kind == "urgent" else
                sum(not has_alarm_word(it["question"]) for it in sel))
        for name, v in zip(("all", "tun", "seal", "emerg", "kwf"), vals):
            tot[(kind, name)] += v
        print(f"{kind:8} {cat:34} {vals[0]:4} {vals[1]:4} {vals[2]:4} {vals[3]:5} {vals[4]:6}")
    for kind in ("urgent", "control"):
        print(f"{kind:8} {'TOTAL':34} {tot[(kind,'all')]:4} {tot[(kind,'tun')]:4} "
              f"{tot[(kind,'seal')]:4} {tot[(kind,'emerg')]:5} {tot[(kind,'kwf')]:6}")
    print(f"all: {len(items)}  tuning: {sc['tuning']}  sealed: {sc['sealed']}")
    ctrl_kw = sum(bool(has_alarm_word(it["question"])) for it in items if it["kind"] == "control")
    print(f"urgent keyword-free: {len(kw_free)}/150 (min {URGENT_KEYWORD_FREE_MIN}); "
          f"controls using an alarm word: {ctrl_kw}/{CONTROL_TOTAL}")
    print(f"most similar pairs (Jaccard, content words; fail at >= {NEAR_DUP_THRESHOLD}):")
    for s, i, j in top_pairs:
        print(f"  {s:.2f}  line {items[i]['line']} ~ line {items[j]['line']}")

    if errors:
        print("\nCHECKS FAILED:")
        print("\n".join(errors))
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
