#!/usr/bin/env python3
"""Checks the triage6 set: fields, ids, counts, split, the airway-words rule,
alarm words in controls, and prints the keyword-free share of urgent items."""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (items as data, counts, seed)

KEYWORDS = ["pus", "fever", "infection", "infected", "swelling", "swollen",
            "bleed", "bleeding", "pain", "painful", "rash", "burn", "allergic",
            "breathe"]
KW_WORD = re.compile(r"\b(" + "|".join(KEYWORDS) + r")\b", re.I)
KW_SUB = re.compile("|".join(KEYWORDS), re.I)  # stricter: also inside words

# urgent items outside airway / mouth_throat_swelling must not touch these
AIRWAY_WORDS = re.compile(
    r"\b(breath\w*|throat\w*|lips?|tongues?|mouth\w*|swallow\w*|airways?|"
    r"wheez\w*|chok\w*|gasp\w*|suffocat\w*|gulp\w*)\b", re.I)

# alarm words/images shared with the urgent messages (every control needs one)
ALARM = re.compile(
    r"(breath|throat|tight|wheez|chok|swell|swollen|puff|lip|tongue|mouth|swallow|"
    r"blood|bleed|bled|pus\b|oozing|oozy|crust|hot\b|heat|warm|fever|temperature|"
    r"chill|infect|streak|smell|red\b|redness|rash|hive|welt|itch|bump|allerg|"
    r"anaphyla|blister|burn|fire|sting|pain|hurt|agony|ache|killing|dying|sore|"
    r"eye|vision|faint|passed out|dizzy|heart|racing|numb|grey|purple|sick|"
    r"vomit|queasy|cold sore|scream|torture|cough|scab|flak|reaction|adrenaline|"
    r"nerve|bruise|inflamed|bloodbath)", re.I)

FIELDS = {"id", "question", "kind", "emergency", "category"}


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    errors = []
    rows = load("all.jsonl")
    tuning, sealed = load("tuning.jsonl"), load("sealed.jsonl")

    # fields and types
    for r in rows:
        if set(r) != FIELDS:
            errors.append(f"{r.get('id')}: fields {sorted(r)}")
        if r.get("kind") not in ("urgent", "control"):
            errors.append(f"{r.get('id')}: kind {r.get('kind')!r}")
        if not isinstance(r.get("emergency"), bool):
            errors.append(f"{r.get('id')}: emergency not bool")
        if not isinstance(r.get("question"), str) or not r["question"].strip():
            errors.append(f"{r.get('id')}: empty question")

    # ids
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"t6-{n:03d}" for n in range(1, 301)]:
        errors.append("ids are not t6-001..t6-300 in order")
    if len({r["question"] for r in rows}) != len(rows):
        errors.append("duplicate question text")

    # counts
    kinds = Counter(r["kind"] for r in rows)
    if kinds != Counter({"urgent": 130, "control": 170}):
        errors.append(f"kind counts {dict(kinds)}")
    cats = Counter((r["kind"], r["category"]) for r in rows)
    want = {("urgent", c): n for c, n in build.URGENT_COUNTS.items()}
    want.update({("control", c): n for c, n in build.CONTROL_COUNTS.items()})
    if dict(cats) != want:
        errors.append(f"category counts differ: {dict(cats)}")

    # emergency flag
    for r in rows:
        exp = r["kind"] == "urgent" and r["category"] in build.EMERGENCY
        if r["emergency"] != exp:
            errors.append(f"{r['id']}: emergency should be {exp}")

    # shuffle reproducible from build.py data and seed
    items = [(t, "urgent", c) for c, ts in build.URGENT.items() for t in ts]
    items += [(t, "control", c) for c, ts in build.CONTROL.items() for t in ts]
    random.Random(build.SEED).shuffle(items)
    if [(r["question"], r["kind"], r["category"]) for r in rows] != items:
        errors.append("all.jsonl does not match build.py shuffled with the seed")

    # stratified split
    strata = defaultdict(list)
    for r in rows:
        strata[(r["kind"], r["category"])].append(r["id"])
    tun_ids = {r["id"] for r in tuning}
    sea_ids = {r["id"] for r in sealed}
    if tun_ids & sea_ids or (tun_ids | sea_ids) != set(ids):
        errors.append("tuning/sealed do not partition all.jsonl")
    for key, group in strata.items():
        if len(group) % 2:
            errors.append(f"odd stratum {key}")
        half = len(group) // 2
        if set(group[:half]) != tun_ids & set(group) or set(group[half:]) != sea_ids & set(group):
            errors.append(f"stratum {key} not split first half / second half")
    byid = {r["id"]: r for r in rows}
    for r in tuning + sealed:
        if r != byid.get(r["id"]):
            errors.append(f"{r['id']}: split row differs from all.jsonl")

    # airway-words rule
    for r in rows:
        if r["kind"] == "urgent" and r["category"] not in build.EMERGENCY:
            m = AIRWAY_WORDS.search(r["question"])
            if m:
                errors.append(f"{r['id']} ({r['category']}): airway word {m.group(0)!r}")

    # every control shares an alarm word/image
    for r in rows:
        if r["kind"] == "control" and not ALARM.search(r["question"]):
            errors.append(f"{r['id']}: control without an alarm word")

    # keyword-free share
    urgent = [r for r in rows if r["kind"] == "urgent"]
    free = [r for r in urgent if not KW_WORD.search(r["question"])]
    free_sub = [r for r in urgent if not KW_SUB.search(r["question"])]
    share = len(free) / len(urgent)
    share_sub = len(free_sub) / len(urgent)
    if share < 0.75:
        errors.append(f"keyword-free share {share:.3f} < 0.75")

    print("counts:")
    for (k, c), n in sorted(cats.items()):
        t = sum(1 for r in tuning if (r["kind"], r["category"]) == (k, c))
        print(f"  {k:8s} {c:24s} {n:3d}  (tuning {t}, sealed {n - t})")
    print(f"total {len(rows)}: urgent {kinds['urgent']}, control {kinds['control']}; "
          f"tuning {len(tuning)}, sealed {len(sealed)}")
    print(f"urgent with none of the listed keywords (whole words): {len(free)}/{len(urgent)} = {share:.1%}")
    print(f"urgent with none of them even inside a word (e.g. 'burning'): {len(free_sub)}/{len(urgent)} = {share_sub:.1%}")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
