#!/usr/bin/env python3
"""Writes README.md (counts and doubtful-item ids are taken from the current items.jsonl)."""
import json, collections, urllib.parse

rows = [json.loads(l) for l in open("items.jsonl", encoding="utf-8")]
byq = {r["question"]: r for r in rows}
def host(u):
    h = urllib.parse.urlparse(u).netloc.lower()
    return h[4:] if h.startswith("www.") else h
hosts = collections.Counter(host(r["source"]) for r in rows)
kc = collections.Counter(r["kind"] for r in rows)
sc = collections.Counter(r["style"] for r in rows)
ks = collections.Counter((r["kind"], r["style"]) for r in rows)
tun = [json.loads(l) for l in open("tuning.jsonl", encoding="utf-8")]
sea = [json.loads(l) for l in open("sealed.jsonl", encoding="utf-8")]
tks = collections.Counter((r["kind"], r["style"]) for r in tun)
sks = collections.Counter((r["kind"], r["style"]) for r in sea)

DOUBT = [
 ("But WTF is it?", "Article question whose “it” is microneedling only from the page title; labelled answerable (definition)."),
 ("Is Numbing Cream Essential in Microneedling?", "Leaflets say numbing cream is usually/may be applied and that the treatment is comfortable when paired with it; they never say whether it is essential. Kept answerable because the ‘usually applied / may be applied’ sentences answer it in substantial part."),
 ("How Many Microneedling Treatments Do I Need for Stretch Marks?", "Leaflets say microneedling improves stretch marks and give a general course (multiple sessions 4-6 weeks apart, 3-5 initial sessions) but no stretch-mark-specific count."),
 ("How long before their wedding should brides/grooms start microneedling treatments in 2024?", "Answered only via ‘book around two weeks prior to an event’ plus session spacing; no wedding-specific plan."),
 ("Okay but… where’s the glow?", "Diary heading (day 3, flaky skin). Leaflets: immediate glow after redness subsides, structural change over weeks. Answerable but needs context."),
 ("Is at-home microneedling safe, or should it be done by a dermatologist?", "Leaflets never discuss home devices; they do say it is essential to have it done by a qualified professional, which answers the ‘or should it be done by…’ half."),
 ("What is the right depth for microneedling?", "Leaflets only say depth is adjusted to skin concerns/facial zones; no numbers. Labelled answerable (substantial part), a strict grader might call it out_of_scope."),
 ("When Can I Tan After Microneedling", "Leaflets say avoid direct sun exposure for a few days and use sunscreen; tanning itself is not named."),
 ("When is Collagen Induction Therapy Appropriate for a Particular Patient?", "Answered generically by ‘a thorough consultation determines if a patient is a suitable candidate’."),
 ("Why Is My Skin So Dry After Microneedling", "Dryness is not named; flaking/tightness and a disrupted/repairing skin barrier are. Labelled answerable."),
 ("Is it true that microneedling on my face can help me look younger?", "Answered by ‘firmer, smoother, and more youthful-looking skin’; fine as answerable."),
 ("How Many Days Before Microneedling Should I Stop Using Retinol?", "Leaflets only mention avoiding retinoids AFTER treatment and ‘certain medications’ BEFORE; no pre-treatment retinol interval. Labelled medical (refer to professional)."),
 ("How Long After Microneedling Can I Use Retinol?", "Leaflets answer it (retinoids avoided for several/a few days after). Labelled medical because retinoids are in the brief’s medical list; could equally be answerable."),
 ("Is Microneedling With Psoriasis Safe?", "Psoriasis/rosacea/eczema/lupus/diabetes/cancer/keloids/active acne/sensitive skin/bruising: the leaflets never name these conditions; they only say a consultation decides candidacy and to disclose medical history. Labelled medical because the right reply quotes those general statements and refers to a professional. A stricter reading would make them out_of_scope."),
 ("Is Microneedling Safe for Sensitive Skin?", "Weakest of the medical items: ‘sensitive skin’ may be read as a skin type (answerable via ‘suitable for various skin types’)."),
 ("Can You Do Botox and Microneedling on the Same Day?", "Leaflets: ‘You may be advised to avoid certain medications, supplements, or procedures in the days leading up to your treatment’ and disclose past skin treatments; no Botox rule. Labelled medical (recent/other procedure). Same for the chemical-peel timing question."),
 ("How Long After Microneedling Can I Take Ibuprofen?", "Leaflets only mention medications before treatment; labelled medical (medication question, refer to professional)."),
 ("How To Treat Infection After Microneedling", "Leaflets only state infection is a risk and give hygiene advice; no treatment. Labelled medical (personal infection, must refer to a professional)."),
 ("How Much Does Microneedling Increase Absorption?", "Leaflets say absorption improves but give no magnitude; labelled out_of_scope (shares words only)."),
 ("Why Is My Skin Darker After Microneedling?", "Leaflets claim no pigmentation risk and never explain post-treatment darkening; out_of_scope."),
 ("Can microneedling make melasma worse?", "Melasma is never named (leaflets list hyperpigmentation as treatable and say no pigmentation risk). Kept out_of_scope; arguably medical."),
 ("I Wore Makeup After Microneedling: What Now?", "Leaflets say not to wear makeup for 24 h / a few days but say nothing about what to do if you did; out_of_scope."),
 ("how soon after surgery can you microneedle a scar?", "Leaflets cover scars but not post-surgical timing; out_of_scope (could be argued medical)."),
 ("What is the difference between Cosmetic Microneedling and Medical Microneedling?", "Trap: leaflets say ‘medical grade microneedling’ a lot but never contrast it with cosmetic needling; out_of_scope."),
 ("HOW BIG IS THIS NEEDLE?!?!?!?", "Leaflets only say ‘fine’/‘tiny’ needles, no size; out_of_scope."),
]

lines = []
w = lines.append
w("# q13 — independent evaluation set: real microneedling questions\n")
w("## Who wrote it and how\n")
w("Written by a helper session that saw **only** the four leaflets in `/work/main/corpus/` "
  "(collagen-induction-therapy.md, medical-grade-microneedling.md, microneedling-and-its-benefits.md, "
  "microneedling-faq.md) and public web pages reached through the stored `search` corpus (corpus `pages`). "
  "It did not look at the assistant's code, notes, history, other evaluation sets, or anything else under `/work`.\n")
w("* About 140 different searches were run (FAQ pages, aftercare, side effects, pregnancy, isotretinoin, "
  "retinoids, blood thinners, sessions, results, pain, downtime, pores, scars, darker skin, eczema/psoriasis/rosacea, "
  "diabetes, cold sores, dermarollers, PRP, RF, prices, insurance, …). The search tool worked throughout.")
w("* Every question is copied **verbatim** from the page it came from (FAQ headings, article titles/headings, questions "
  "in Q&A threads, “ask a doctor” question titles, a reader letter, personal-blog questions); capitalisation, typos and "
  "odd punctuation are kept. A few are trimmed out of a longer title or post (e.g. “Does Microneedling Make Skin Thinner "
  "Over Time?” from “Myth-Busting: …”; the two questions from a reader letter on formulate.co). Nothing was invented or reworded.")
import build as _b
w(f"* {sum(1 for _ in open('cand.tsv', encoding='utf-8'))} candidates were collected (`cand.tsv`: question, url, style, writer); near-duplicates were pruned (at most two "
  f"differently worded questions per topic) and {len(_b.NEW)} further questions were added later (listed in `build.py`, `NEW`).")
w("* Reddit/RealSelf-type forum threads are scarce in the stored corpus; the “chat” items come from “ASK A DOCTOR … Asked by” "
  "pages (ca.feau.com, au.feau.com, us.ruli.com), a RealSelf question, a Zwivel forum thread, a SkinTour Q&A, droracle.ai "
  "questions, a reader letter quoted by formulate.co, a customer question quoted on a brand support page, and personal "
  "first-person blog questions.")
w("* One source note: the bellusmedical.com question was reached through a stored tumblr share-widget page whose target "
  "is the bellusmedical.com URL given as source.\n")
w("## Counts\n")
w(f"* Items: **{len(rows)}** — answerable {kc['answerable']} ({kc['answerable']*100//len(rows)}%), "
  f"medical {kc['medical']} ({kc['medical']*100//len(rows)}%), out_of_scope {kc['out_of_scope']} ({kc['out_of_scope']*100//len(rows)}%).")
w(f"* Style: faq {sc['faq']}, chat {sc['chat']}.")
w("* By kind × style: " + ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(ks.items())) + ".")
w(f"* Distinct sites (host names): **{len(hosts)}**. Most used: " +
  ", ".join(f"{h} ({n})" for h, n in hosts.most_common(6)) + ".")
w(f"* Split (seeded shuffle `random.Random(13)`, then 50/50 per kind×style stratum, odd items alternating): "
  f"`tuning.jsonl` {len(tun)}, `sealed.jsonl` {len(sea)}.")
w("  * tuning: " + ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(tks.items())))
w("  * sealed: " + ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(sks.items())) + "\n")
w("## Files\n")
w("* `items.jsonl` — all items; `tuning.jsonl`, `sealed.jsonl` — the split (same objects).")
w("* `verify.py` — standard-library checker; `python3 verify.py` (add `-v` to print, for each evidence phrase, the leaflet file it was found in). Exits 1 on any failure. It passes.")
w("* `build.py` — labels + build/shuffle/split; `cand.tsv` — all collected candidates with sources; "
  "`idmap.tsv` — id → cand.tsv line (None = added later) → kind → question; `make_readme.py` — writes this file.\n")
w("## Fields\n")
w("* `id` — `q13-NNN`, assigned after a fixed-seed shuffle.")
w("* `question` — verbatim question text from the source page.")
w("* `kind` — `answerable` (a leaflet sentence answers it fully or in substantial part); `medical` (a question about a "
  "personal medical situation the leaflets touch on: pregnancy, breastfeeding, acne medication/isotretinoin, retinoids, "
  "other medicines and supplements, allergies, skin conditions, infection, bleeding/bruising, recent or same-day procedures; "
  "the right answer quotes what the leaflet says and refers the person to a professional); `out_of_scope` (the leaflets do not answer it).")
w("* `evidence` — for answerable/medical: 1-4 phrases (4-12 words) copied exactly from the leaflets (curly ’ kept), each "
  "inside one sentence; a reply quoting any sentence containing one of them is supported. Empty for out_of_scope.")
w("* `must_mention` — 1-3 exact leaflet fragments stating the key fact; each occurs in a sentence that also contains one of "
  "the item's evidence phrases. Empty for out_of_scope.")
w("* `style` — `faq` (FAQ heading, article title/heading, clinic Q&A) or `chat` (a person's own question: forum, ask-a-doctor "
  "question, reader letter, diary/blog first-person question).")
w("* `writer` — short description of the source type. `source` — page address.\n")
w("## How answerable vs out_of_scope was judged\n")
w("* Strict: an item is answerable only if a leaflet sentence actually states the answer (e.g. session count, spacing, "
  "healing time, redness duration, aftercare rules, who should not have it). Sharing words is not enough: questions about "
  "dermarollers/at-home rollers, PRP, RF microneedling, SkinPen/FDA, prices/insurance/HSA, age limits, alcohol, sauna, "
  "swimming, shaving, hot showers, cold sores, bruising, itching, bumps/breakouts, signs of infection, melasma, dark circles, "
  "hair loss, moles, needle sizes/depth in mm, definitions of other things (wrinkles, stretch marks, chemical peels, growth "
  "factors) and comparisons with other treatments are out_of_scope even when the leaflets mention related words.")
w("* Medical vs answerable: general eligibility questions (“Who should avoid it?”, “Am I a candidate?”) are answerable "
  "(the leaflets list pregnancy, breast-feeding, certain acne medications and require a consultation); questions about the "
  "asker's own condition, medication or recent procedure are medical even when the leaflet only touches them through the "
  "general ‘consultation / disclose your medical history and medications / avoid certain medications, supplements or "
  "procedures’ sentences.")
w("* Evidence phrases were chosen from every leaflet sentence that answers the question (up to 4), and were checked "
  "programmatically (verify.py) for verbatim occurrence inside a single sentence.\n")
w("## Doubtful items\n")
for q, why in DOUBT:
    r = byq[q]
    w(f"* **{r['id']}** ({r['kind']}) “{q}” — {why}")
w("")
w("Other medical items answered only through the general consultation / medical-history sentences: " +
  ", ".join(byq[q]["id"] for q in [
      "Is Microneedling Ok For Rosacea?", "Keloid scars on the face and body. Could microneedling cause these?",
      "Can You Safely Do Microneedling If You Have Active Acne?",
      "Is Dermapen microneedling safe for a patient with eczema limited to the feet?",
      "Lupus Rash Treatments: Is Microneedling A Safe Option?", "Can Diabetics Get Microneedling",
      "Is Microneedling Safe During Cancer Treatment?", "What should I do if I have a history of bruising easily?",
      "How Long After a Chemical Peel Can You Safely Microneedle?"]) + ".")
open("README.md", "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("README written")
