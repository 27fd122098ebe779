CONS = "A thorough consultation determines if a patient is a suitable candidate"
MH = "be honest about your medical history"
MEDS = "including any medications you are taking"
PAST = "medications you are taking and past skin treatments"
AVOID = "avoid certain medications, supplements, or procedures"
QUAL = "consult with a qualified professional to determine if microneedling is suitable"
RISKS = "to discuss any potential risks"
RIGHT = "determine if microneedling is the right choice for you"
EVAL = "requires a professional medical evaluation"
PREG = "not recommended if you are pregnant"
BF = "pregnant, breast-feeding, or using certain acne medications"
ACNE = "using certain acne medications"
GEN = [CONS, RIGHT, MH, QUAL]
GEN_MM = ["consultation", "medical history"]
M = [
 ("chat", "im 20 weeks pregnant, can i still get microneedling?", [PREG, MH], ["not recommended if you are pregnant"]),
 ("faq", "Can I have microneedling while pregnant?", [PREG, MH], ["not recommended if you are pregnant"]),
 ("chat", "breastfeeding my 4 month old atm, is it ok to book in?", [BF, MH], ["breast-feeding"]),
 ("faq", "Is microneedling safe while breastfeeding?", [BF, MH], ["breast-feeding"]),
 ("chat", "im trying to get pregnant at the moment (ivf), should i hold off?", [PREG, MH, CONS], ["not recommended if you are pregnant"]),
 ("chat", "on accutane rn for my acne, can i do this at the same time", [ACNE, MEDS, AVOID], ["certain acne medications"]),
 ("chat", "finished my isotretinoin course about 2 months ago, is that too soon?", [ACNE, MEDS, AVOID], ["certain acne medications", "medical history"]),
 ("chat", "i'm on spironolactone for hormonal acne, does that count as one of the acne meds you cant combine?", [ACNE, MEDS, AVOID], ["certain acne medications"]),
 ("chat", "i use tretinoin every night for breakouts, do i stop it before my appointment?", [ACNE, AVOID, MEDS], ["certain acne medications", "avoid certain medications"]),
 ("chat", "I'm on warfarin for my heart, does that matter for microneedling", [MEDS, AVOID, CONS], ["medical history", "avoid certain medications"]),
 ("faq", "Can I get microneedling if I take blood thinners?", [MEDS, AVOID, CONS], ["medical history", "avoid certain medications"]),
 ("chat", "i take fish oil and a bunch of other supplements daily, do i need to stop before?", [AVOID, MEDS], ["supplements"]),
 ("chat", "on antibiotics for a chest infection this week, should i postpone my session?", [MEDS, AVOID, CONS], ["medical history", "medications"]),
 ("chat", "I have eczema on my cheeks sometimes, can I still do it", GEN, GEN_MM),
 ("chat", "i have rosacea, is microneedling a bad idea for me?", GEN, GEN_MM),
 ("faq", "Can people with psoriasis have microneedling?", [CONS, RIGHT, MH, EVAL], GEN_MM + ["professional medical evaluation"]),
 ("chat", "I have the vitiligo on hands and face, is ok for me the microneedling?", GEN, GEN_MM),
 ("chat", "i get keloids really easily (got one on my ear from a piercing), would needling be risky for me?", [MH, RISKS, CONS], ["medical history", "potential risks"]),
 ("chat", "type 1 diabetic here, is this safe for me", [MH, EVAL, CONS], ["medical history", "professional medical evaluation"]),
 ("faq", "Can I get microneedling if I have an autoimmune condition such as lupus?", [MH, EVAL, CONS], ["medical history", "professional medical evaluation"]),
 ("faq", "Can I have microneedling if I have a history of poor wound healing?", [MH, EVAL, CONS, RISKS], ["medical history", "professional medical evaluation"]),
 ("chat", "I get cold sores quite often round my lips, is that an issue?", [MH, CONS, RISKS], ["medical history", "consultation"]),
 ("chat", "got a few angry active breakouts on my chin right now, should i still come in thursday?", [CONS, RIGHT, QUAL], ["consultation", "suitable candidate"]),
 ("chat", "had botox in my forehead last week, can i get microneedling now or wait?", [AVOID, PAST], ["avoid certain medications, supplements, or procedures", "past skin treatments"]),
 ("chat", "i had lip filler 5 days ago is it ok to do microneedling on the rest of my face", [AVOID, PAST], ["avoid certain medications, supplements, or procedures", "past skin treatments"]),
 ("faq", "Can I have microneedling after a chemical peel?", [AVOID, PAST], ["avoid certain medications, supplements, or procedures", "past skin treatments"]),
 ("chat", "had laser resurfacing back in march, is my skin ready for this yet", [AVOID, PAST, CONS], ["past skin treatments", "consultation"]),
 ("chat", "I had a facelift 6 weeks ago, is it safe to microneedle my neck yet?", [PAST, AVOID, EVAL], ["past skin treatments", "professional medical evaluation"]),
 ("chat", "im black with quite dark skin, will it leave me with dark patches like laser did to my friend",
  ["safe to use on all skin tones", "cause pigmentation issues in darker skin tones", "suitable for nearly all skin types and tones", "suitable for various skin types and tones"],
  ["safe to use on all skin tones", "pigmentation issues"]),
 ("faq", "I have brown skin that tends to scar dark. Is microneedling safe for me?",
  ["without the risk of pigmentation issues", "cause pigmentation issues in darker skin tones", "suitable for nearly all skin types and tones", QUAL],
  ["pigmentation issues", "all skin types and tones"]),
 ("chat", "very pale redhead here lol, will i be red for ages?", ["Fair skin tones may experience prolonged redness", "depends on the skin tone of the patient"], ["prolonged redness"]),
 ("chat", "my skin is super sensitive and reacts to literally everything, will it react to this?",
  ["Some individuals may experience prolonged redness or irritation", "allergic reactions may occur", "free from allergens that can cause rashes", QUAL],
  ["prolonged redness or irritation", "allergic reactions"]),
 ("faq", "I am allergic to several skincare ingredients. What is in the serum applied after treatment?",
  ["If any serum is applied post-treatment, allergic reactions may occur", "hyaluronic acid or growth factors", MH], ["allergic reactions", "hyaluronic acid"]),
 ("chat", "had microneedling 3 days ago and my skin is flaking and feels tight, is that normal?",
  ["crusting, pinpoint bleeding, skin flaking, tightness", "usually short-lived, they can last up to 12 days"], ["skin flaking", "short-lived"]),
 ("chat", "day 2 after my session and still pretty red, should i be worried", 
  ["red and inflamed for about 24-48 hours", "within a few days", "prolonged redness or irritation"], ["24-48 hours", "within a few days"]),
 ("chat", "had my treatment this morning, can i put my usual retinol serum on tonight?", 
  ["Refrain from using retinoids, acids, or exfoliants", "steer clear of harsh exfoliators and active ingredients", "certain skincare products for a few days"],
  ["retinoids, acids, or exfoliants", "harsh exfoliators"]),
]

M = [m for i,m in enumerate(M) if i != 12]
