#!/usr/bin/env python3
"""Build items.jsonl for the real3 set from cand.tsv + hand labels below.

cand.tsv columns: question, url, style, writer (one accepted candidate per line).
LABELS is keyed by cand.tsv line number (1-based): (kind, [evidence keys], [must-mention keys or literal fragments]).
Evidence keys refer to PHRASES (each copied verbatim from one leaflet sentence).
ids are assigned after random.Random(3).shuffle of the items.
"""
import json, random
from pathlib import Path

HERE = Path(__file__).resolve().parent

# key: (evidence phrase, default must_mention fragment) -- both verbatim inside the same leaflet sentence
PHRASES = {
 'makeup_inf': ("Not wearing makeup on few days of your treatment", "to help keep your skin clean and avoid infection"),
 'makeup24': ("refraining from wearing makeup for 24 hours", "refraining from wearing makeup for 24 hours"),
 'moist': ("Keep your skin moisturized with a gentle moisturizer", "gentle moisturizer"),
 'moist2': ("Gentle moisturizers and serums, preferably with hydrating and healing properties", "encouraged to promote recovery and enhance results"),
 'hydrate_before': ("make sure to hydrate your skin by using hydrating products", "hydrate your skin by using hydrating products"),
 'cleanser8': ("Washing your face with a gentle cleanser after 8 hours", "gentle cleanser after 8 hours"),
 'exercise': ("Avoid heavy exercise for a day or two to minimize irritation", "Avoid heavy exercise for a day or two"),
 'sun': ("Protect your skin from sun exposure and use a broad-spectrum sunscreen", "broad-spectrum sunscreen"),
 'sun2': ("avoiding direct sun exposure, heavy makeup, and certain skincare products", "for a few days following the treatment"),
 'strong': ("Refrain from using retinoids, acids, or exfoliants for several days", "retinoids, acids, or exfoliants for several days"),
 'retinol': ("steer clear of harsh exfoliators and active ingredients (like retinol)", "for a few days following the treatment"),
 'sterile_products': ("post-treatment skincare products should ideally be sterile (think single-use)", "free from allergens that can cause rashes and contact dermatitis"),
 'growth': ("Applying a skin care product with growth factors and peptides", "building blocks necessary for the skin to repair itself"),
 'postcare_essential': ("Post-care is essential for maximizing the benefits of microneedling", "Post-care is essential"),
 'postcare_crucial': ("Post-care is crucial for achieving the best results", "Post-care is crucial"),
 'healing_symptoms': ("you may experience crusting, pinpoint bleeding, skin flaking, tightness, and sensitivity", "skin flaking"),
 'upto12': ("they can last up to 12 days if skin was treated aggressively", "usually short-lived"),
 'sessions': ("Ideal results are achieved after multiple sessions spaced 4-6 weeks apart", "multiple sessions spaced 4-6 weeks apart"),
 'spaced': ("a series of treatments, spaced several weeks apart, yields the best results", "spaced several weeks apart"),
 'series35': ("An initial treatment series of three to five sessions is typically recommended", "three to five sessions"),
 'maintenance': ("you’ll need occasional maintenance treatments to keep up your results", "occasional maintenance treatments"),
 'maint2': ("Regular maintenance sessions can help sustain these results", "Regular maintenance sessions"),
 'results_weeks': ("typically become noticeable after a few weeks", "not immediate"),
 'three_treat': ("likely won’t appear until you’ve had at least three treatments", "at least three treatments"),
 'texture_week': ("improvement in your skin’s texture within a week of your first treatment", "within a week of your first treatment"),
 'glow': ("Patients may notice an immediate glow after the initial redness subsides", "immediate glow"),
 'longlast': ("many people experience long-lasting effects from medical grade microneedling", "long-lasting effects"),
 'safe': ("Microneedling is a safe and effective treatment", "safe and effective treatment"),
 'study': ("90% of participants reported a noticeable reduction in acne scars", "after just four sessions of microneedling"),
 'generally_safe': ("While microneedling is generally considered safe, there are some risks", "some risks to be aware of"),
 'infection': ("not performed in a sterile environment, there is a risk of infection", "risk of infection"),
 'irritation': ("Some individuals may experience prolonged redness or irritation", "prolonged redness or irritation"),
 'bleeding': ("Though rare, improper technique may lead to bleeding", "improper technique may lead to bleeding"),
 'allergic': ("If any serum is applied post-treatment, allergic reactions may occur", "allergic reactions may occur"),
 'qualified': ("essential to have the procedure performed by a qualified professional", "qualified professional"),
 'sterility': ("appropriate techniques and sterility are maintained to minimize the risk of infection", "sterility are maintained"),
 'collagen_mech': ("These micro-injuries activate the body’s natural healing response", "increased collagen and elastin production"),
 'damage_right': ("damage the skin just enough to where it’s improving itself", "damage the skin just enough"),
 'thickens': ("This regeneration process thickens the skin", "thickens the skin"),
 'younger': ("patients can enjoy firmer, smoother, and more youthful-looking skin", "more youthful-looking skin"),
 'aging': ("collagen levels naturally decline, leading to sagging skin and wrinkles", "collagen levels naturally decline"),
 'aging2': ("This process results in an increase in collagen and elastin production", "increase in collagen and elastin production"),
 'collagen_ind': ("also known as collagen induction therapy, is a minimally invasive cosmetic procedure", "stimulating collagen production"),
 'benefits': ("Generate new collagen and skin tissue for smoother, firmer, more toned skin", "smoother, firmer, more toned skin"),
 'acne': ("It is particularly effective for acne scars and other types of scarring", "acne scars and other types of scarring"),
 'acne2': ("diminish the appearance of acne scars and other types of traumatic scarring", "other types of traumatic scarring"),
 'pores': ("The production of new collagen around the pores tightens the skin", "makes the pores appear smaller and less visible"),
 'pores2': ("Another key benefit is the reduction of pore size", "reduction of pore size"),
 'agespots': ("used to treat loose skin, age spots, acne scars, stretch marks", "age spots"),
 'even_tone': ("a more even skin tone and a visible reduction in blemishes", "more even skin tone"),
 'skin_types': ("Microneedling is suitable for various skin types and tones", "suitable for various skin types and tones"),
 'consult': ("A thorough consultation determines if a patient is a suitable candidate", "suitable candidate"),
 'consult2': ("consult with a qualified professional to determine if microneedling is suitable", "to discuss any potential risks"),
 'medhist': ("be honest about your medical history, including any medications you are taking", "past skin treatments"),
 'avoid_meds': ("avoid certain medications, supplements, or procedures in the days leading up", "avoid certain medications, supplements, or procedures"),
 'serums_combo': ("potent serums containing hyaluronic acid, vitamin C, or growth factors", "accelerate the healing process"),
 'barrier': ("Because microneedling disrupts the skin barrier and leaves skin more sensitive", "disrupts the skin barrier"),
 'needles': ("pricking the skin with tiny, sterilized needles", "tiny, sterilized needles"),
 'fine_needles': ("a device equipped with fine needles is used to puncture", "fine needles"),
}

# line number in cand.tsv -> (kind, evidence keys, must keys (None = default of each evidence key, list = explicit keys))
A, M, O = 'answerable', 'medical', 'out_of_scope'
LABELS = {
 1: (A, ['makeup_inf', 'makeup24'], None),
 2: (A, ['moist', 'hydrate_before'], None),
 3: (A, ['postcare_essential', 'moist2', 'sessions'], ['postcare_essential', 'sessions']),
 4: (A, ['moist', 'moist2'], None),
 5: (A, ['cleanser8'], None),
 6: (A, ['exercise'], None),
 7: (A, ['exercise'], None),
 8: (A, ['maintenance', 'maint2'], None),
 9: (O, [], []),
 10: (M, ['avoid_meds', 'medhist'], None),
 11: (O, [], []),
 12: (A, ['collagen_mech', 'damage_right'], None),
 13: (A, ['acne'], None),
 14: (O, [], []),
 15: (O, [], []),
 16: (A, ['aging', 'younger'], None),
 17: (A, ['benefits', 'acne'], None),
 18: (A, ['postcare_essential', 'postcare_crucial', 'moist2'], ['postcare_essential', 'postcare_crucial']),
 19: (O, [], []),
 20: (A, ['exercise'], None),
 21: (A, ['exercise'], None),
 22: (O, [], []),
 23: (A, ['moist', 'moist2'], None),
 24: (O, [], []),
 25: (O, [], []),
 26: (O, [], []),
 27: (O, [], []),
 28: (O, [], []),
 29: (O, [], []),
 30: (A, ['thickens'], None),
 31: (O, [], []),
 32: (A, ['infection', 'irritation', 'bleeding', 'allergic'], ['infection', 'irritation', 'bleeding']),
 33: (O, [], []),
 34: (O, [], []),
 35: (M, ['avoid_meds', 'medhist'], None),
 36: (M, ['medhist'], None),
 37: (A, ['collagen_ind', 'aging2'], None),
 38: (O, [], []),
 39: (A, ['barrier', 'makeup_inf', 'exercise'], None),
 40: (O, [], []),
 41: (O, [], []),
 42: (A, ['safe', 'study'], None),
 43: (A, ['agespots'], None),
 44: (O, [], []),
 45: (O, [], []),
 46: (O, [], []),
 47: (O, [], []),
 48: (O, [], []),
 49: (O, [], []),
 50: (O, [], []),
 51: (O, [], []),
 52: (A, ['sessions', 'spaced'], None),
 53: (A, ['sessions', 'spaced'], None),
 54: (A, ['cleanser8'], None),
 55: (O, [], []),
 56: (O, [], []),
 57: (M, ['barrier', 'medhist'], None),
 58: (O, [], []),
 59: (A, ['moist2', 'growth'], None),
 60: (M, ['strong', 'medhist'], None),
 61: (M, ['strong', 'medhist'], None),
 62: (O, [], []),
 63: (A, ['sun', 'sun2'], None),
 64: (O, [], []),
 65: (O, [], []),
 66: (O, [], []),
 67: (O, [], []),
 68: (M, ['medhist', 'avoid_meds'], None),
 69: (M, ['consult', 'consult2'], None),
 70: (O, [], []),
 71: (A, ['moist2', 'growth'], None),
 72: (O, [], []),
 73: (O, [], []),
 74: (O, [], []),
 75: (O, [], []),
 76: (A, ['generally_safe', 'infection', 'irritation'], ['infection', 'irritation']),
 77: (O, [], []),
 78: (A, ['skin_types', 'irritation'], None),
 79: (A, ['skin_types', 'irritation'], None),
 80: (O, [], []),
 81: (A, ['healing_symptoms'], None),
 82: (A, ['acne', 'acne2'], None),
 83: (A, ['acne', 'longlast'], None),
 84: (A, ['series35', 'three_treat'], None),
 85: (A, ['series35', 'three_treat'], None),
 86: (O, [], []),
 87: (O, [], []),
 88: (M, ['strong', 'retinol'], None),
 89: (A, ['younger', 'aging'], None),
 90: (A, ['sessions', 'even_tone'], None),
 91: (A, ['sessions', 'even_tone'], None),
 92: (A, ['results_weeks', 'glow', 'texture_week'], None),
 93: (A, ['moist2', 'serums_combo', 'sterile_products'], None),
 94: (O, [], []),
 95: (A, ['qualified', 'sterility'], None),
 96: (A, ['qualified', 'sterility'], None),
 97: (A, ['pores', 'pores2'], None),
 98: (O, [], []),
 99: (O, [], []),
 100: (A, ['needles', 'fine_needles'], None),
}


def main():
    rows = [l.rstrip('\n').split('\t') for l in open(HERE / 'cand.tsv', encoding='utf-8') if l.strip()]
    assert len(rows) == len(LABELS), (len(rows), len(LABELS))
    items = []
    for n, r in enumerate(rows, 1):
        q, url, style, writer = r
        kind, ev, mm = LABELS[n]
        evidence = [PHRASES[k][0] for k in ev]
        if mm is None:
            mm = ev[:3]
        must = [PHRASES[k][1] for k in mm]
        items.append({'question': q, 'kind': kind, 'evidence': evidence, 'must_mention': must,
                      'style': style, 'writer': writer, 'source': url, '_line': n})
    random.Random(3).shuffle(items)
    with open(HERE / 'idmap.tsv', 'w', encoding='utf-8') as f:
        f.write('id\tcand_line\tkind\tstyle\tquestion\n')
        for i, it in enumerate(items, 1):
            it['id'] = f'r3-{i:03d}'
            f.write(f"{it['id']}\t{it['_line']}\t{it['kind']}\t{it['style']}\t{it['question']}\n")
    with open(HERE / 'items.jsonl', 'w', encoding='utf-8') as f:
        for it in items:
            out = {k: it[k] for k in ('id', 'question', 'kind', 'evidence', 'must_mention', 'style', 'writer', 'source')}
            f.write(json.dumps(out, ensure_ascii=False) + '\n')
    print(len(items), 'items written')


if __name__ == '__main__':
    main()
