#!/usr/bin/env python3
"""Builds items.jsonl / tuning.jsonl / sealed.jsonl from cand.tsv + labels below.

cand.tsv: verbatim question \t source URL \t style \t writer (one line per collected question).
Only lines listed in LABELS are used (others were dropped as near-duplicates or unsuitable).
NEW holds questions collected after cand.tsv was frozen.
"""
import json, random, collections

A, M, O = "answerable", "medical", "out_of_scope"

# ---- frequently reused leaflet phrases -------------------------------------------------
NOTREC = "not recommended if you are pregnant, breast-feeding, or using certain acne medications"
HIST = "be honest about your medical history, including any medications you are taking"
AVOIDMED = "You may be advised to avoid certain medications, supplements, or procedures"
CONSULT = "A thorough consultation determines if a patient is a suitable candidate"
SUITABLE = "consult with a qualified professional to determine if microneedling is suitable"
NUMB1 = "a topical numbing cream is usually applied to minimize any discomfort"
MANAGE = "most individuals report that it is manageable"
COMFY = "The treatment is relatively quick and comfortable"
SUNBURN = "common to experience some redness and swelling, similar to a mild sunburn"
RED2448 = "the skin will appear red and inflamed for about 24-48 hours"
REDDAY = "the redness typically subsides within a few hours to a day"
CRUST = "you may experience crusting, pinpoint bleeding, skin flaking, tightness, and sensitivity"
DAYS12 = "they can last up to 12 days if skin was treated aggressively"
TEXTURE = "Textural changes in skin and sensitivity to products will linger the longest"
SERIES = "An initial treatment series of three to five sessions"
SPACED = "Ideal results are achieved after multiple sessions spaced 4-6 weeks apart"
MAINT = "you’ll need occasional maintenance treatments to keep up your results"
NOTPERM = "Microneedling results are not permanent"
TOUCH = "will need touch-ups every three to four months"
WEEK = "start to notice an improvement in your skin’s texture within a week"
THREE = "won’t appear until you’ve had at least three treatments"
FEWWEEKS = "typically become noticeable after a few weeks"
GLOW = "Patients may notice an immediate glow after the initial redness subsides"
RETINOIDS = "Refrain from using retinoids, acids, or exfoliants for several days post-treatment"
HARSH = "steer clear of harsh exfoliators and active ingredients (like retinol)"
SUN = "Protect your skin from sun exposure and use a broad-spectrum sunscreen"
AVOIDSUN = "recommend avoiding direct sun exposure, heavy makeup, and certain skincare products"
EXERCISE = "Avoid heavy exercise for a day or two to minimize irritation"
MOIST = "Keep your skin moisturized with a gentle moisturizer"
WASH = "Washing your face with a gentle cleanser after 8 hours"
MAKEUP24 = "refraining from wearing makeup for 24 hours"
HYDRATE = "hydrate your skin by using hydrating products and drinking plenty of water"
CONSULT2 = "you will typically have a consultation with a licensed professional"
MININV = "also known as collagen induction therapy, is a minimally invasive cosmetic procedure"
MININV2 = "Microneedling is a minimally invasive skin rejuvenation procedure"
HEAL1 = "These micro-injuries activate the body’s natural healing response"
HEAL2 = "These micro-injuries trigger the body’s natural wound-healing processes"
SAFE = "Microneedling is a safe and effective treatment"
INFECT = "there is a risk of infection"
PIG1 = "safe to use on all skin tones without the risk of pigmentation"
PIG2 = "cause pigmentation issues in darker skin tones, microneedling is safe for everyone"
TYPES = "Microneedling is suitable for various skin types and tones"
FIRMER = "Generate new collagen and skin tissue for smoother, firmer, more toned skin"
ACNE = "It is particularly effective for acne scars and other types of scarring"
STUDY = "90% of participants reported a noticeable reduction in acne scars"
DOWNTIME = "The procedure usually requires minimal downtime"
RECOVERY = "Recovery time is usually just a few days"
SERUMHA = "This serum often contains ingredients like hyaluronic acid or growth factors"
SERUMAFTER = "may be applied after the procedure to enhance healing and results"
GFP = "Applying a skin care product with growth factors and peptides"
ALLERGY = "If any serum is applied post-treatment, allergic reactions may occur"
DECLINE = "collagen levels naturally decline, leading to sagging skin and wrinkles"

# line number in cand.tsv -> (kind, evidence, must_mention)
LABELS = {
 2: (A, ["can be performed on various areas, including the face, neck",
         "can be used on various parts of the body, including stretch marks"], ["face, neck, and other body parts"]),
 4: (A, [NOTREC], ["pregnant, breast-feeding, or using certain acne medications"]),
 5: (O, [], []),
 6: (A, ["The treatment typically lasts between 30 to 60 minutes",
         "usually takes about 30 to 60 minutes, depending on the area"], ["30 to 60 minutes"]),
 7: (A, [HEAL1, HEAL2], ["collagen and elastin"]),
 8: (A, ["a device equipped with fine needles is used to puncture",
         "Using the pen-shaped device with numerous fine needles",
         "the use of a specialized device equipped with fine needles"], ["fine needles"]),
 9: (A, [CONSULT, NOTREC], ["consultation"]),
 11: (A, [SERIES], ["three to five sessions"]),
 12: (A, [NUMB1, MANAGE, COMFY], ["numbing cream"]),
 13: (A, [WEEK, THREE, FEWWEEKS], ["within a week", "at least three treatments"]),
 16: (A, [SUNBURN, CRUST, "Some individuals may experience prolonged redness or irritation"], ["redness", "swelling"]),
 18: (A, [AVOIDMED, HYDRATE, HIST], ["avoid certain medications", "drinking plenty of water"]),
 20: (A, ["designed to enhance skin appearance by stimulating collagen production", FIRMER], ["collagen"]),
 22: (A, [MININV, MININV2], ["minimally invasive"]),
 24: (A, [MININV, "It’s also known as collagen induction therapy"], ["collagen induction therapy"]),
 27: (A, [CONSULT, SUITABLE], ["suitable"]),
 28: (A, [FIRMER, "its ability to improve skin texture and tone"], ["firmer"]),
 30: (A, [MANAGE, NUMB1, COMFY], ["numbing cream"]),
 32: (M, [NOTREC], ["pregnant"]),
 33: (A, [THREE, STUDY], ["at least three treatments", "four sessions"]),
 34: (A, [THREE, STUDY], ["at least three treatments"]),
 35: (O, [], []),
 37: (A, [CRUST], ["pinpoint bleeding"]),
 41: (O, [], []), 42: (O, [], []),
 45: (A, [RED2448, REDDAY], ["24-48 hours"]),
 47: (O, [], []), 48: (O, [], []),
 51: (M, [NOTREC, HIST], ["certain acne medications"]),
 52: (M, [NOTREC, HIST], ["certain acne medications"]),
 54: (O, [], []), 55: (O, [], []),
 57: (A, [TYPES, "it is suitable for nearly all skin types and tones"], ["skin types"]),
 61: (O, [], []),
 67: (A, [EXERCISE], ["a day or two"]),
 68: (A, [EXERCISE], ["minimize irritation"]),
 69: (A, [AVOIDSUN, RETINOIDS, EXERCISE], ["sun exposure", "retinoids"]),
 72: (A, [PIG1, PIG2], ["all skin tones"]),
 73: (O, [], []),
 74: (A, [COMFY, "a topical numbing cream may be applied to minimize discomfort",
          "a healthcare provider may apply a topical numbing agent"], ["numbing"]),
 75: (O, [], []),
 76: (A, ["Microneedling can also improve the appearance of stretch marks", SPACED], ["stretch marks"]),
 77: (O, [], []), 78: (O, [], []), 79: (O, [], []), 80: (O, [], []), 81: (O, [], []), 83: (O, [], []),
 84: (A, [SERUMAFTER, "a serum may be applied to help promote healing"], ["healing"]),
 85: (A, [WASH], ["after 8 hours"]),
 86: (A, [WASH], ["gentle cleanser after 8 hours"]),
 87: (A, ["it’s wise to book around two weeks prior to an event", SPACED], ["two weeks prior to an event"]),
 88: (O, [], []),
 89: (M, [RETINOIDS, NOTREC, HIST], ["retinoids"]),
 90: (M, [RETINOIDS, HARSH], ["several days"]),
 91: (M, [AVOIDMED, HIST], ["avoid certain medications"]),
 92: (M, [NOTREC], ["breast-feeding"]),
 93: (M, [CONSULT, HIST, SUITABLE], ["consultation"]),
 94: (M, [CONSULT, HIST, SUITABLE], ["consultation"]),
 95: (O, [], []), 96: (O, [], []),
 97: (M, [AVOIDMED, HIST], ["avoid certain medications"]),
 98: (M, [AVOIDMED, HIST], ["avoid certain medications"]),
 99: (O, [], []), 101: (O, [], []),
 103: (A, [TEXTURE, CRUST], ["repairing skin barrier"]),
 104: (A, [GLOW, FEWWEEKS], ["several weeks"]),
 105: (A, [SUNBURN, "it is common for your skin to appear red and feel sensitive"], ["mild sunburn"]),
 106: (A, ["skin will likely appear red and may feel like a mild sunburn", RED2448], ["red"]),
 121: (A, [SAFE, "microneedling is generally considered safe"], ["safe"]),
 125: (A, [NOTREC], ["pregnant"]),
 126: (A, ["Numerous studies have demonstrated the efficacy of medical grade microneedling", STUDY],
       ["90% of participants"]),
 129: (O, [], []),
 132: (A, [AVOIDSUN, SUN], ["for a few days"]),
 133: (A, [SUN], ["broad-spectrum sunscreen"]),
 134: (M, [AVOIDMED, "including any medications you are taking and past skin treatments"], ["procedures"]),
 135: (O, [], []), 136: (O, [], []), 137: (O, [], []),
 138: (A, [NOTPERM, TOUCH, MAINT], ["not permanent", "three to four months"]),
 139: (A, ["Regular maintenance sessions can help sustain these results", MAINT], ["maintenance"]),
 140: (O, [], []), 141: (O, [], []), 142: (O, [], []),
 145: (A, [MAKEUP24, "Not wearing makeup on few days of your treatment"], ["24 hours"]),
 146: (O, [], []),
 147: (A, ["to help keep your skin clean and avoid infection"], ["avoid infection"]),
 148: (A, [CRUST], ["skin flaking"]),
 149: (O, [], []), 150: (O, [], []),
 151: (A, [AVOIDMED, HYDRATE, HIST], ["avoid certain medications"]),
 152: (A, [SUN, MOIST, WASH, MAKEUP24], ["sunscreen", "moisturizer"]),
 154: (A, [SERIES, SPACED], ["three to five sessions", "4-6 weeks apart"]),
 156: (A, ["used to treat loose skin, age spots, acne scars, stretch marks",
          "Fine lines, acne scars, age spots, large pores"], ["age spots"]),
 157: (O, [], []),
 158: (A, ["a reduction in pore size within a day or two", WEEK], ["within a week"]),
 159: (A, ["it is essential to have the procedure performed by a qualified professional"], ["qualified professional"]),
 161: (O, [], []),
 162: (M, [HIST, CONSULT], ["medical history"]),
 163: (A, ["The skin is cleansed, and a topical anesthetic is applied",
          "The device glides over the skin, creating controlled micro-injuries",
          "a serum may be applied to help promote healing"], ["topical anesthetic"]),
 167: (A, ["Numerous studies have demonstrated the efficacy of medical grade microneedling",
          "prompting the body’s natural healing process and resulting in smoother, firmer skin"], ["smoother, firmer skin"]),
 168: (A, [INFECT, "Some individuals may experience prolonged redness or irritation",
          "improper technique may lead to bleeding", ALLERGY], ["infection", "allergic reactions"]),
 169: (A, [HEAL1, "damage the skin just enough to where it’s improving itself"], ["healing"]),
 172: (O, [], []), 173: (O, [], []),
 174: (M, [CONSULT, SUITABLE], ["consultation"]),
 175: (O, [], []), 176: (O, [], []), 177: (O, [], []), 178: (O, [], []), 179: (O, [], []), 180: (O, [], []),
 181: (A, [SUNBURN, "You might also experience slight swelling or tenderness"], ["swelling"]),
 182: (O, [], []),
 183: (A, [CRUST, "improper technique may lead to bleeding"], ["pinpoint bleeding"]),
 184: (A, [CRUST], ["crusting"]),
 185: (A, ["Another key benefit is the reduction of pore size",
          "this makes the pores appear smaller and less visible"], ["pore size"]),
 186: (A, ["a reduction in pore size within a day or two", NOTPERM], ["not permanent"]),
 187: (A, ["a significant reduction in the appearance of fine lines and wrinkles",
          "the reduction of fine lines and deep wrinkles"], ["fine lines and wrinkles"]),
 188: (A, ["As we age, the production of these proteins naturally declines", DECLINE,
          "Collagen is a crucial protein that helps maintain skin structure"], ["sagging skin"]),
 189: (O, [], []),
 191: (A, [NOTPERM, MAINT], ["not permanent"]),
 192: (A, [SPACED], ["4-6 weeks apart"]),
 193: (A, [MOIST, "Gentle moisturizers and serums, preferably with hydrating and healing properties, are encouraged"],
       ["gentle moisturizer"]),
 194: (A, [SERUMHA, "combine microneedling with potent serums containing hyaluronic acid"], ["hyaluronic acid"]),
 195: (A, [DOWNTIME, RECOVERY], ["minimal downtime"]),
 196: (A, ["allowing patients to return to their daily routines almost immediately"], ["daily routines"]),
 197: (A, ["Microneedling can also improve the appearance of stretch marks"], ["stretch marks"]),
 198: (A, [SPACED], ["4-6 weeks apart"]),
 199: (A, [RECOVERY, DAYS12, RED2448], ["a few days", "12 days"]),
 200: (A, [RECOVERY, DAYS12, RED2448], ["a few days"]),
 201: (O, [], []), 202: (O, [], []),
 203: (A, [FIRMER, "resulting in smoother, firmer skin"], ["firmer"]),
 204: (A, [SAFE, "It is well tolerated, with limited to no side effects"], ["safe and effective"]),
 205: (A, [MANAGE, "you may hear the sound of the microneedling device"], ["slight discomfort"]),
 206: (A, ["the depth of needle penetration is adjusted based on specific skin concerns"], ["adjusted"]),
 207: (O, [], []),
 208: (A, ["This therapy is effective for treating sun damage"], ["sun damage"]),
 209: (O, [], []),
 210: (A, [SUN, AVOIDSUN], ["sun exposure"]),
 211: (O, [], []),
 212: (A, [GFP, "Gentle moisturizers and serums, preferably with hydrating and healing properties"],
       ["growth factors and peptides"]),
 213: (A, [GFP], ["peptides"]),
 214: (M, [HIST, AVOIDMED], ["medications"]),
 215: (O, [], []), 216: (O, [], []),
 217: (A, [SPACED], ["4-6 weeks apart"]),
 218: (A, [SUNBURN, RED2448, REDDAY], ["redness"]),
 219: (O, [], []),
 220: (A, [PIG1, PIG2], ["pigmentation issues"]),
 221: (O, [], []),
 222: (A, ["improving overall skin tone and texture", "Many patients notice a more even skin tone"], ["skin tone"]),
 223: (A, [ACNE, STUDY], ["acne scars"]),
 224: (O, [], []),
 225: (A, [DECLINE, "As we age, the production of these proteins naturally declines"], ["sagging skin"]),
 226: (A, ["Collagen is a crucial protein that helps maintain skin structure",
          "Collagen is an essential protein that gives your skin structure"], ["protein"]),
 227: (A, ["Because microneedling disrupts the skin barrier and leaves skin more sensitive", CRUST, TEXTURE],
       ["skin barrier"]),
 228: (M, [ALLERGY, "free from allergens that can cause rashes and contact dermatitis"], ["allergic reactions"]),
 229: (A, [CONSULT2, "they will assess your skin type, discuss your skincare goals"], ["consultation"]),
 230: (A, [THREE], ["deeper wrinkles"]),
 231: (O, [], []), 232: (O, [], []),
 233: (A, ["designed to enhance skin appearance by stimulating collagen production",
          "It’s also known as collagen induction therapy",
          "encouraging your skin to heal itself by naturally producing more collagen"], ["collagen"]),
 234: (A, ["The entire needling process takes 30 minutes or more"], ["30 minutes"]),
 235: (O, [], []),
}

# questions collected after cand.tsv: (question, url, style, writer, kind, evidence, must_mention)
NEW = [
 ("Can I Do Microneedling While Pregnant", "https://ca.feau.com/question/can-i-do-microneedling-while-pregnant",
  "chat", "Canadian \"ask a doctor\" Q&A site user question", M, [NOTREC], ["pregnant"]),
 ("Does Microneedling Make Skin Thinner Over Time?", "https://spbeauty.co.uk/?p=2095", "faq",
  "UK beauty salon myth-busting blog title (trimmed)", A, ["This regeneration process thickens the skin"], ["thickens the skin"]),
 ("Does Your Face Swell After Microneedling?", "https://necolebitchie.com/does-your-face-swell-after-microneedling",
  "faq", "lifestyle/beauty blog article title", A, [SUNBURN, "You might also experience slight swelling or tenderness"], ["swelling"]),
 ("Does Microneedling Help with Scars?", "https://ceporel.com/blogs/news/does-microneedling-help-with-scars", "faq",
  "skincare brand blog title", A, [ACNE, "diminish the appearance of acne scars and other types of traumatic scarring"],
  ["scarring"]),
 ("When Can I Use My Normal Skincare After Microneedling In Halifax?",
  "https://ca.feau.com/question/when-can-i-use-my-normal-skincare-after-microneedling-in-halifax", "faq",
  "Canadian aesthetics Q&A directory page", A, [RETINOIDS, TEXTURE, HARSH], ["several days"]),
 ("Is Microneedling Non-Invasive?", "https://necolebitchie.com/?p=827903", "faq",
  "lifestyle/beauty blog article title", A, [MININV, MININV2], ["minimally invasive"]),
 ("What Should You Know Before Your First Treatment?",
  "https://www.foxnews.com/health/does-microneedling-prevent-the-signs-of-aging", "faq",
  "US news site health article heading", A, [CONSULT2, HIST, HYDRATE], ["consultation"]),
 ("What really happens after one microneedling session?",
  "https://myexosthetics.com/blogs/post-treatment-care/microneedling-before-and-after-1-treatment", "faq",
  "skincare brand blog teaser question", A, [WEEK, GLOW, "a reduction in pore size within a day or two"], ["within a week"]),
 ("Can You Use Glycolic Acid After Microneedling?", "https://www.beautyinsightshub.com/glycolic-acid-after-microneedling/",
  "faq", "beauty blog article title", A, [RETINOIDS, HARSH], ["acids"]),
 ("Why Does My Skin Feel Tight After Microneedling", "https://ca.feau.com/question/why-does-my-skin-feel-tight-after-microneedling",
  "chat", "Canadian \"ask a doctor\" Q&A site user question", A, [CRUST, TEXTURE], ["tightness"]),
 ("How long does it take for collagen to form after microneedling?",
  "https://au.feau.com/question/how-long-does-collagen-take-to-form-after-microneedling", "faq",
  "Australian aesthetics Q&A page (question patients ask, quoted)", A,
  ["This response can continue for months after the treatment",
   "the best results typically appear over the following weeks",
   "with improvements continuing for up to six months post-treatment"], ["months"]),
 ("How Many Microneedling Sessions for Wrinkles Are Needed for Visible Results?",
  "https://diaminy.com/how-many-microneedling-sessions-for-wrinkles/", "faq",
  "microneedling device seller blog title", A, [THREE, SERIES], ["at least three treatments"]),
 ("What happens during a microneedling session?",
  "https://bestinjector.com/how-many-microneedling-sessions-are-needed-for-optimal-results/", "faq",
  "US injector clinic blog heading", A,
  ["The skin is cleansed, and a topical anesthetic is applied",
   "The device glides over the skin, creating controlled micro-injuries",
   "you may hear the sound of the microneedling device"], ["topical anesthetic"]),
 ("Is it true that microneedling on my face can help me look younger?",
  "https://cohenplasticsurgery.com/can-we-stop-the-aging-process/", "faq",
  "US plastic surgery practice blog lead question", A,
  ["patients can enjoy firmer, smoother, and more youthful-looking skin",
   "so you reverse the aging process"], ["youthful-looking skin"]),
 # medical
 ("Is Dermapen microneedling safe for a patient with eczema limited to the feet?",
  "https://www.droracle.ai/articles/702371/is-dermapen-microneedling-safe-for-a-patient-with-eczema", "chat",
  "medical Q&A site user question", M, [CONSULT, SUITABLE], ["suitable"]),
 ("How Long After a Chemical Peel Can You Safely Microneedle?",
  "https://necolebitchie.com/how-long-after-chemical-peel-microneedling", "faq",
  "lifestyle/beauty blog article title", M,
  [AVOIDMED, "including any medications you are taking and past skin treatments"], ["procedures"]),
 ("How To Treat Infection After Microneedling", "https://ca.feau.com/question/how-to-treat-infection-after-microneedling",
  "chat", "Canadian \"ask a doctor\" Q&A site user question", M,
  [INFECT, "to help keep your skin clean and avoid infection"], ["infection"]),
 ("Can You Take Ibuprofen Before Microneedling?", "https://necolebitchie.com/?p=418323", "faq",
  "lifestyle/beauty blog article title", M, [AVOIDMED, HIST], ["avoid certain medications"]),
 ("How Long After Microneedling Can I Take Ibuprofen?", "https://necolebitchie.com/?p=261625", "faq",
  "lifestyle/beauty blog article title", M, [HIST, AVOIDMED], ["medications"]),
 ("What should I do if I have a history of bruising easily?",
  "https://necolebitchie.com/are-bruises-after-microneedling-normal/", "faq",
  "lifestyle/beauty blog FAQ heading", M, [HIST, CONSULT], ["medical history"]),
 ("Is Microneedling Safe for Sensitive Skin?",
  "https://cdynmic.wixsite.com/diyadynmic/post/is-microneedling-safe-for-sensitive-skin", "faq",
  "Dubai aesthetic clinic blog title", M, [TYPES, SUITABLE], ["skin type"]),
 ("Lupus Rash Treatments: Is Microneedling A Safe Option?", "http://www.lupus2016.org/", "faq",
  "lupus information site article title", M, [HIST, CONSULT], ["medical history"]),
 ("Can You Do Microneedling While on Spironolactone?",
  "https://necolebitchie.com/can-you-do-microneedling-while-on-spironolactone", "faq",
  "lifestyle/beauty blog article title", M, [NOTREC, HIST], ["certain acne medications"]),
 ("Can Diabetics Get Microneedling", "https://ca.feau.com/question/can-diabetics-get-microneedling", "chat",
  "Canadian \"ask a doctor\" Q&A site user question", M, [HIST, CONSULT], ["medical history"]),
 ("Is Microneedling Safe During Cancer Treatment?", "https://cancerscience.net/about/index/microneedling", "faq",
  "cancer information site FAQ heading", M, [HIST, SUITABLE], ["medical history"]),
 # out of scope
 ("Is microneedling near the eyes safe?", "https://dermapen.com/micro-needling-under-eyes/", "faq",
  "microneedling device brand blog heading", O, [], []),
 ("HOW BIG IS THIS NEEDLE?!?!?!?", "https://mantramask.com/news/micro-needling-dont-be-scared/", "chat",
  "personal first-treatment blog post (author's own question)", O, [], []),
 ("Can The Medical Dermaroller ® Devices Be Reused?", "http://www.dermarollerus.com/doctor/can-medical-dermaroller-be-reused",
  "faq", "dermaroller brand FAQ heading", O, [], []),
 ("What are Growth Factors (GF) and What Do They Do?",
  "https://skincredible.com/lets-talk-growth-factors-what-are-they-and-why-should-you-care/", "faq",
  "skincare clinic blog heading", O, [], []),
 ("Can Microneedling Spread Skin Cancer", "https://ca.feau.com/question/can-microneedling-spread-skin-cancer", "chat",
  "Canadian \"ask a doctor\" Q&A site user question", O, [], []),
]


def main():
    rows = [l.rstrip("\n").split("\t") for l in open("cand.tsv", encoding="utf-8")]
    items = []
    for n, (kind, ev, mm) in sorted(LABELS.items()):
        q, url, style, writer = rows[n - 1][:4]
        items.append(dict(question=q, kind=kind, evidence=ev, must_mention=mm, style=style,
                          writer=writer.strip(), source=url, _cand_line=n))
    for q, url, style, writer, kind, ev, mm in NEW:
        items.append(dict(question=q, kind=kind, evidence=ev, must_mention=mm, style=style,
                          writer=writer, source=url, _cand_line=None))
    qs = [i["question"].lower() for i in items]
    assert len(set(qs)) == len(qs), "duplicate question text"
    rng = random.Random(13)
    rng.shuffle(items)
    out = []
    for k, it in enumerate(items, 1):
        d = {"id": f"q13-{k:03d}"}
        d.update({f: it[f] for f in ("question", "kind", "evidence", "must_mention", "style", "writer", "source")})
        out.append(d)
    with open("items.jsonl", "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # stratified 50/50 split by (kind, style)
    groups = collections.defaultdict(list)
    for d in out:
        groups[(d["kind"], d["style"])].append(d)
    tuning, sealed = [], []
    flip = 0
    for key in sorted(groups):
        g = groups[key]
        rng2 = random.Random(f"split-{key[0]}-{key[1]}")
        g = g[:]
        rng2.shuffle(g)
        half = len(g) // 2
        if len(g) % 2:  # alternate which side gets the odd item
            half += flip
            flip ^= 1
        tuning += g[:half]
        sealed += g[half:]
    key = lambda d: d["id"]
    for name, part in (("tuning.jsonl", sorted(tuning, key=key)), ("sealed.jsonl", sorted(sealed, key=key))):
        with open(name, "w", encoding="utf-8") as f:
            for d in part:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # mapping for the README's doubtful list
    with open("idmap.tsv", "w", encoding="utf-8") as f:
        for k, it in enumerate(items, 1):
            f.write(f"q13-{k:03d}\t{it['_cand_line']}\t{it['kind']}\t{it['question']}\n")
    c = collections.Counter((d["kind"], d["style"]) for d in out)
    print(len(out), dict(c))
    print("tuning", len(tuning), "sealed", len(sealed))


if __name__ == "__main__":
    main()
