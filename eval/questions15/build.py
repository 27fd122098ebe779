#!/usr/bin/env python3
"""build.py - q15 evaluation set: hand labels for cand.tsv, seeded shuffle, ids, 50/50 stratified split.

Reads cand.tsv (question, url, style, writer), applies LABELS (keyed by the exact question text),
shuffles with random.Random(15), assigns ids q15-001.., then splits each kind x style stratum 50/50
with a second random.Random(15) (odd strata alternate which half gets the extra item).
Writes items.jsonl, tuning.jsonl, sealed.jsonl and idmap.tsv.  Standard library only.
"""
import json, random
from pathlib import Path

HERE = Path(__file__).resolve().parent

A, M, O = "answerable", "medical", "out_of_scope"

# question -> (kind, [evidence phrases], [must_mention], doubtful note or "")
LABELS = {
    "Do you recommend microneedling for skin care?": (A,
        ["Microneedling is a promising option for those looking to improve",
         "consult with a qualified professional to determine if microneedling is suitable"],
        ["promising option", "qualified professional"], ""),
    "Can I Use Tea Tree Oil After Microneedling": (O, [], [], "tea tree oil not named; cf. q14 aloe out_of_scope"),
    "Can I Wash My Hair After Microneedling In Toronto": (O, [], [], "leaflets cover washing the face (after 8 hours), not hair"),
    "Can I Use Coconut Oil After Microneedling In Abbotsford?": (O, [], [], ""),
    "Anyone tried a dermal roller while I am on the subject?": (O, [], [], ""),
    "is it as scary as it sounds, does it actually work and is it worth it?": (A,
        ["The treatment is relatively quick and comfortable (when paired with numbing cream).",
         "making microneedling a great long-term investment in your skincare",
         "patients are generally happy with the results"],
        ["relatively quick and comfortable", "long-term investment"], ""),
    "Should I be microneedeling at home?": (O, [], [], ""),
    "What if you pricked your skin too deeply?": (O, [], [], ""),
    "How can you be sure it's sufficiently clean before you use it again?": (O, [], [], ""),
    "I used to suffer from acne and now i have these scars on my cheeks that look like ‘holes’. What can i do to get smooth skin again?": (A,
        ["It is particularly effective for acne scars and other types of scarring.",
         "likely won’t appear until you’ve had at least three treatments"],
        ["acne scars", "at least three treatments"],
        "question does not name microneedling; answered as a clinic patient asking about acne scars"),
    "I am 19, and I have severe acne. Some of them have left a scar behind. Can you please advise on how best to treat this?": (M,
        ["not recommended if you are pregnant, breast-feeding, or using certain acne medications",
         "It is particularly effective for acne scars and other types of scarring.",
         "A thorough consultation determines if a patient is a suitable candidate"],
        ["certain acne medications", "acne scars", "thorough consultation"],
        "active severe acne is not named in the leaflets; medical like q14's active-acne item"),
    "So is it really possible to get away with stretch marks?": (A,
        ["Microneedling can also improve the appearance of stretch marks",
         "used to treat loose skin, age spots, acne scars, stretch marks"],
        ["improve the appearance of stretch marks"], ""),
    "How Long After Hydrafacial Can I Get Microneedling?": (M,
        ["avoid certain medications, supplements, or procedures in the days leading up",
         "including any medications you are taking and past skin treatments"],
        ["procedures in the days leading up", "past skin treatments"],
        "no interval given; general recent-procedure sentences only (as q14)"),
    "Is Microneedling Safe for Sensitive Skin?": (A,
        ["Microneedling is suitable for various skin types and tones",
         "Some individuals may experience prolonged redness or irritation.",
         "free from allergens that can cause rashes and contact dermatitis"],
        ["various skin types", "prolonged redness or irritation"],
        "sensitive skin not named; answered via 'various skin types' + irritation risk"),
    "How Many Microneedling Sessions Are Needed For Melasma": (A,
        ["An initial treatment series of three to five sessions is typically recommended.",
         "Ideal results are achieved after multiple sessions spaced 4-6 weeks apart."],
        ["three to five sessions", "4-6 weeks apart"],
        "melasma not named (hyperpigmentation is); general session count only"),
    "Can I Take Tylenol After Microneedling In Barrie?": (M,
        ["be honest about your medical history, including any medications",
         "Patients receive specific aftercare instructions"],
        ["medical history", "specific aftercare instructions"], "no statement on painkillers after treatment"),
    "How To Sleep After Microneedling In Duncan": (O, [], [], ""),
    "How Long Does Numbing Cream Last?": (O, [], [], ""),
    "But can a microneedling pen really help with keratosis pilaris?": (O, [], [], ""),
    "What's the best at-home tool?": (O, [], [], ""),
    "Should I apply sunscreen *directly after* a clear and brilliant laser procedure (like a mild fraxel restore) or microneedling procedure, before leaving the office?": (O, [], [],
        "leaflets name sunscreen as aftercare but give no timing and nothing on absorption (as q14-093)"),
    "What’s it really like to get microneedling?": (A,
        ["you may feel slight discomfort, most individuals report that it is manageable",
         "which is often described as a gentle buzzing",
         "common for your skin to appear red and feel sensitive"],
        ["slight discomfort", "gentle buzzing", "mild sunburn"], ""),
    "Can You Do Microneedling After Microblading?": (M,
        ["avoid certain medications, supplements, or procedures in the days leading up",
         "including any medications you are taking and past skin treatments"],
        ["past skin treatments"],
        "microblading not named; treated like q14's other prior-procedure questions"),
    "Is Microneedling Safe During Cancer Treatment?": (M,
        ["A thorough consultation determines if a patient is a suitable candidate",
         "be honest about your medical history, including any medications"],
        ["thorough consultation", "medical history"], ""),
    "Can Microneedling Help with Radiation-Induced Skin Damage?": (O, [], [], "leaflets mention sun damage, not radiation damage"),
    "Does Microneedling Help Cellulite?": (O, [], [], ""),
    "Why Is My Face So Itchy After Microneedling": (O, [], [], "itching not named (sensitivity, tightness, flaking are)"),
    "Does Microneedling Make Skin Thinner Over Time?": (A,
        ["This regeneration process thickens the skin"],
        ["thickens the skin"], ""),
    "Can Microneedling Cause Fat Loss?": (O, [], [], ""),
    "Can You Use A Derma Roller If your On An Antidepressant?": (M,
        ["be honest about your medical history, including any medications",
         "avoid certain medications, supplements, or procedures in the days leading up"],
        ["medical history", "avoid certain medications"], ""),
    "Should You Use Neosporin After Microneedling?": (O, [], [], "cf. q14 aloe/Aquaphor: product not named"),
    "Can microneedling therapy bring about long term changes to scars?": (A,
        ["It is particularly effective for acne scars and other types of scarring.",
         "can continually improve skin quality for months or even years",
         "Microneedling results are not permanent."],
        ["other types of scarring", "months or even years"], ""),
    "Should You Try Microneedling Your Lips?": (O, [], [], "lips not named; cf. q14 eyelids out_of_scope"),
    "What individual factors can influence how long microneedling might last for you?": (A,
        ["will depend on your age, the state of your skin",
         "Patients over age 40 and those with heavily sun-damaged skin"],
        ["your age", "the state of your skin"], ""),
    "what’s the story on dermarollers, are they for real, are they here to stay?": (O, [], [], "at-home dermarollers not covered"),
    "Can I Use Sheet Mask After Microneedling?": (O, [], [], ""),
    "Can I Take Ibuprofen After Microneedling?": (M,
        ["be honest about your medical history, including any medications",
         "Patients receive specific aftercare instructions"],
        ["medical history", "specific aftercare instructions"], "q14 had ibuprofen *before* (medical)"),
    "Should I Shave Before Microneedling?": (O, [], [], ""),
    "But is it as safe as people think it it?": (A,
        ["While microneedling is generally considered safe, there are some risks",
         "If the procedure is not performed in a sterile environment",
         "essential to have the procedure performed by a qualified professional"],
        ["generally considered safe", "sterile environment", "qualified professional"],
        "page is about DIY microneedling; the sentence alone asks about safety"),
    "How Long After Microneedling Can I Wax?": (O, [], [], "waxing after is not covered (q14 waxing *before* was medical)"),
    "Rosehip Oil after Microneedling?": (O, [], [], ""),
    "Can I Use Rosemary Oil After Microneedling In Duncan": (O, [], [], ""),
    "Does Hot and Cold Weather Affects your Skin when you have a Dermaroller Therapy?": (O, [], [],
        "leaflets cover sun exposure only, not weather"),
    "How Often Should You Microneedle in Cold Weather": (A,
        ["Ideal results are achieved after multiple sessions spaced 4-6 weeks apart."],
        ["4-6 weeks apart"], "weather not addressed; general interval only"),
    "What if it got infected?": (O, [], [], "leaflets state the infection risk, not what to do"),
    "Why Should I Try Microneedling?": (A,
        ["aims to produce smoother, firmer, and more toned skin",
         "usually requires minimal downtime, allowing patients to return to their daily routines"],
        ["smoother, firmer, and more toned skin", "minimal downtime"], ""),
    "What are Dark Spots?": (O, [], [], "definition of another thing"),
    "What is a Facial?": (O, [], [], "definition of another treatment"),
    "What Makes Skin Sensitive?": (O, [], [], ""),
    "What Is Ozempic Face?": (O, [], [], ""),
    "Why does it work so well for acne scars?": (A,
        ["The breakdown of old fibrous tissue allows healthier skin layers to regenerate",
         "by promoting the remodeling of the skin’s surface"],
        ["old fibrous tissue", "remodeling"], ""),
    "does microneedling deliver on its promises?": (A,
        ["patients experience significant improvements in skin texture, firmness, and overall appearance",
         "patients are generally happy with the results"],
        ["significant improvements", "generally happy"], ""),
    "Would I be hiding from the world for a week?": (A,
        ["usually requires minimal downtime, allowing patients to return to their daily routines",
         "Recovery time is usually just a few days"],
        ["minimal downtime", "just a few days"], ""),
    "Can I Drink Coffee After Microneedling In Oshawa": (O, [], [], "q14 coffee *before* was out_of_scope too"),
    "What Should I Put On My Face Before Microneedling In Toronto": (A,
        ["hydrate your skin by using hydrating products and drinking plenty of water",
         "cleansing your face to remove any makeup or impurities"],
        ["hydrating products", "remove any makeup"], ""),
    "What Not To Do Before Microneedling": (A,
        ["avoid certain medications, supplements, or procedures in the days leading up",
         "hydrate your skin by using hydrating products and drinking plenty of water"],
        ["avoid certain medications"], ""),
    "Can microneedling help remove freckles and age spots?": (A,
        ["used to treat loose skin, age spots, acne scars, stretch marks"],
        ["age spots"], "freckles not named; answered for age spots only"),
}


def stratified_split(items, seed):
    rng = random.Random(seed)
    tun, sea = [], []
    extra_to_tuning = True
    for kind in ("answerable", "medical", "out_of_scope"):
        for style in ("chat", "faq"):
            group = [it for it in items if it["kind"] == kind and it["style"] == style]
            rng.shuffle(group)
            half = len(group) // 2
            if len(group) % 2:
                cut = half + 1 if extra_to_tuning else half
                extra_to_tuning = not extra_to_tuning
            else:
                cut = half
            tun += group[:cut]
            sea += group[cut:]
    key = lambda it: it["id"]
    return sorted(tun, key=key), sorted(sea, key=key)


def main():
    cands = []
    for n, line in enumerate((HERE / "cand.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        q, url, style, writer = line.split("\t")
        if q not in LABELS:
            raise SystemExit(f"no label for cand.tsv line {n}: {q!r}")
        cands.append((n, q, url, style, writer))
    missing = set(LABELS) - {c[1] for c in cands}
    if missing:
        raise SystemExit(f"labels without candidate: {missing}")
    rng = random.Random(15)
    order = cands[:]
    rng.shuffle(order)
    items, idmap = [], []
    for i, (n, q, url, style, writer) in enumerate(order, 1):
        kind, ev, mm, note = LABELS[q]
        iid = f"q15-{i:03d}"
        items.append({"id": iid, "question": q, "kind": kind, "evidence": ev, "must_mention": mm,
                      "style": style, "writer": writer, "source": url})
        idmap.append((iid, str(n), kind, style, q, note))
    tun, sea = stratified_split(items, 15)
    dump = lambda rows: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (HERE / "items.jsonl").write_text(dump(items), encoding="utf-8")
    (HERE / "tuning.jsonl").write_text(dump(tun), encoding="utf-8")
    (HERE / "sealed.jsonl").write_text(dump(sea), encoding="utf-8")
    (HERE / "idmap.tsv").write_text("".join("\t".join(r) + "\n" for r in idmap), encoding="utf-8")
    print(f"{len(items)} items, tuning {len(tun)}, sealed {len(sea)}")


if __name__ == "__main__":
    main()
