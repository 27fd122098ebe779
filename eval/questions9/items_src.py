# -*- coding: utf-8 -*-
"""Source list for the q9 evaluation set.

Written by hand from the four leaflets only. Each entry:
(topic, kind, style, question, evidence, must_mention)
topic is a private label used only to cap questions per topic; it is not written out.
"""

A, M, O = "answerable", "medical", "out_of_scope"
C, F = "chat", "faq"

# ---- reusable evidence phrases (verbatim from the leaflets) ----
DEF = ["minimally invasive cosmetic procedure",
       "fine needles to create micro-injuries in the skin",
       "pricking the skin with tiny, sterilized needles",
       "a minimally invasive skin rejuvenation procedure"]
NAME = ["also known as collagen induction therapy"]
MECH = ["the body’s natural healing process",
        "the body’s natural healing response",
        "trigger the body’s natural wound-healing processes",
        "triggering a healing response that releases a cascade"]
DAMAGE = ["damage the skin just enough to where it’s improving itself",
          "works by creating controlled micro-injuries in the skin",
          "not damaging the skin so the collagen grows back irregularly"]
COLLAGEN = ["Collagen is a crucial protein that helps maintain skin structure",
            "Collagen is an essential protein that gives your skin structure",
            "the protein fibers that keep skin smooth and supple",
            "Collagen and elastin are the structural proteins"]
AGING = ["As we age, collagen levels naturally decline",
         "As we age, the production of these proteins naturally declines",
         "minimizes the appearance of aging signs",
         "so you reverse the aging process"]
DEPTH = ["The needles penetrate the epidermis",
         "depth of needle penetration is adjusted",
         "puncture the outer layer of skin",
         "creates micro-injuries in the dermis"]
PAIN = ["a topical numbing cream",
        "a topical anesthetic is applied to minimize discomfort",
        "topical numbing agent to reduce potential discomfort",
        "most individuals report that it is manageable"]
LENGTH = ["lasts between 30 to 60 minutes",
          "usually takes about 30 to 60 minutes",
          "takes 30 minutes or more"]
SOUND = ["often described as a gentle buzzing"]
STEPS = ["The skin is cleansed, and a topical anesthetic",
         "cleansing your face to remove any makeup or impurities",
         "The device glides over the skin",
         "move the tool evenly across the treatment area"]
SERUM = ["A soothing serum may be applied after the procedure",
         "a serum may be applied to help promote healing",
         "hyaluronic acid or growth factors"]
SESSIONS = ["initial treatment series of three to five sessions",
            "Ideal results are achieved after multiple sessions",
            "Most patients require multiple sessions for optimal results",
            "a series of treatments, spaced several weeks apart"]
SPACING = ["multiple sessions spaced 4-6 weeks apart",
           "a series of treatments, spaced several weeks apart"]
MAINT = ["occasional maintenance treatments to keep up your results",
         "Regular maintenance sessions can help sustain these results",
         "touch-ups every three to four months"]
RESULTS = ["typically become noticeable after a few weeks",
           "improvement in your skin’s texture within a week",
           "best results typically appear over the following weeks",
           "significant structural changes develop over several weeks"]
IMMEDIATE = ["Patients may notice an immediate glow",
             "notice some immediate improvements in your skin’s texture",
             "typically become noticeable after a few weeks",
             "best results typically appear over the following weeks"]
PERM = ["Microneedling results are not permanent",
        "improvements continuing for up to six months",
        "improve skin quality for months or even years",
        "How long the benefits last for you will depend"]
OVER40 = ["depend on your age, the state of your skin",
          "Patients over age 40 and those with heavily sun-damaged skin"]
DOWNTIME = ["Recovery time is usually just a few days",
            "requires minimal downtime, allowing patients to return",
            "typically subside within a few days"]
REDNESS = ["red and inflamed for about 24-48 hours",
           "redness typically subsides within a few hours",
           "subsides within a few days",
           "typically subside within a few days"]
FAIR = ["Fair skin tones may experience prolonged redness",
        "depends on the skin tone of the patient"]
SWELL = ["some redness and mild swelling, similar to a sunburn",
         "some redness and swelling, similar to a mild sunburn",
         "slight swelling or tenderness",
         "typically subside within a few days"]
FLAKE = ["crusting, pinpoint bleeding, skin flaking, tightness",
         "these symptoms are usually short-lived"]
HEALING = ["crusting, pinpoint bleeding, skin flaking, tightness",
           "some redness and mild swelling, similar to a sunburn",
           "some redness and swelling, similar to a mild sunburn",
           "red and feel sensitive, similar to a mild sunburn"]
BLEED = ["you may experience crusting, pinpoint bleeding",
         "improper technique may lead to bleeding"]
LONG12 = ["can last up to 12 days if skin was treated aggressively"]
EVENT = ["book around two weeks prior to an event"]
SUN = ["Protect your skin from sun exposure",
       "avoiding direct sun exposure, heavy makeup",
       "may include avoiding sun exposure"]
MAKEUP = ["refraining from wearing makeup for 24 hours",
          "Not wearing makeup on few days of your treatment",
          "avoiding direct sun exposure, heavy makeup"]
EXERCISE = ["Avoid heavy exercise for a day or two"]
WASH = ["Washing your face with a gentle cleanser after 8 hours"]
ACTIVES = ["Refrain from using retinoids, acids, or exfoliants for several days",
           "harsh exfoliators and active ingredients (like retinol)",
           "certain skincare products for a few days"]
MOIST = ["Keep your skin moisturized with a gentle moisturizer",
         "Gentle moisturizers and serums, preferably with hydrating and healing properties",
         "a skin care product with growth factors and peptides",
         "using gentle, hydrating products on your skin"]
STERILE_PROD = ["should ideally be sterile (think single-use)",
                "free from allergens that can cause rashes and contact dermatitis"]
PREP = ["avoid certain medications, supplements, or procedures",
        "hydrate your skin by using hydrating products"]
CONSULT = ["you will typically have a consultation with a licensed professional",
           "A thorough consultation determines if a patient is a suitable candidate",
           "assess your skin type, discuss your skincare goals",
           "requires a professional medical evaluation"]
TELL = ["be honest about your medical history",
        "including any medications you are taking and past skin treatments"]
RISKS = ["there are some risks to be aware of",
         "there is a risk of infection",
         "may experience prolonged redness or irritation",
         "allergic reactions may occur"]
SAFETY = ["Microneedling is a safe and effective treatment",
          "well tolerated, with limited to no side effects",
          "microneedling is generally considered safe",
          "is generally safe for most skin types"]
INFECT = ["there is a risk of infection",
          "to minimize the risk of infection",
          "help keep your skin clean and avoid infection"]
ALLERGY = ["allergic reactions may occur",
           "free from allergens that can cause rashes"]
TONES = ["safe to use on all skin tones",
         "suitable for nearly all skin types and tones",
         "suitable for various skin types and tones",
         "doesn’t involve the delivery of heat"]
DARK = ["doesn’t involve the delivery of heat",
        "without the risk of pigmentation issues",
        "Unlike some laser treatments that can cause pigmentation issues",
        "microneedling is safe for everyone"]
LASER = ["doesn’t involve the delivery of heat",
         "pigmentation issues that can accompany laser resurfacing",
         "Unlike some laser treatments that can cause pigmentation issues"]
CONTRA = ["not recommended if you are pregnant, breast-feeding, or using certain acne medications"]
PREG = ["not recommended if you are pregnant, breast-feeding"]
ACNEMED = ["or using certain acne medications", "be honest about your medical history"]
PROF = ["essential to have the procedure performed by a qualified professional",
        "not performed in a sterile environment",
        "improper technique may lead to bleeding"]
AREAS = ["face, neck, and other body parts",
         "used on various parts of the body",
         "neck or chest lines"]
ACNE = ["particularly effective for acne scars",
        "diminish the visibility of acne scars",
        "diminish the appearance of acne scars",
        "helps to fade acne scars"]
OTHER_SCARS = ["acne scars and other types of traumatic scarring",
               "effective for acne scars and other types of scarring"]
RESEARCH = ["Numerous studies have demonstrated the efficacy",
            "90% of participants reported a noticeable reduction in acne scars",
            "scientifically-backed treatment that delivers real results"]
WRINK = ["reduction of fine lines and deep wrinkles",
         "reduce the appearance of fine lines, wrinkles",
         "reduction in the appearance of fine lines and wrinkles"]
PORES = ["the reduction of pore size",
         "makes the pores appear smaller and less visible",
         "reduce pore size, and diminish fine lines",
         "acne scars and large pores"]
STRETCH = ["improve the appearance of stretch marks",
           "various parts of the body, including stretch marks",
           "loose skin, age spots, acne scars, stretch marks"]
PIGMENT = ["treat loose skin, age spots, acne scars",
           "Concerns: Fine lines, acne scars, age spots",
           "can effectively treat multiple issues, including",
           "effective for treating sun damage"]
EVEN = ["improve skin texture and tone",
        "a more even skin tone",
        "improving overall skin tone and texture",
        "uneven skin tone, stretch marks"]
TEXTURE = ["improve skin texture and tone",
           "improves its overall texture and resilience",
           "improvement in your skin’s texture within a week",
           "resulting in smoother skin"]
LOOSE = ["It’s used to treat loose skin",
         "smoother, firmer, and more toned skin",
         "can lead to smoother, firmer skin"]
ABSORB = ["better absorption of topical products",
          "enhanced absorption of topical products",
          "allow skincare products to penetrate deeper",
          "improve the absorption of topical skincare products"]
GF = ["release of growth factors",
      "releases a cascade of growth factors"]
DEVICE = ["device equipped with fine needles",
          "pen-shaped device with numerous fine needles",
          "specialized device equipped with multiple sterile needles",
          "a specially designed device will create micro-injuries"]
STERILE_NEEDLES = ["pricking the skin with tiny, sterilized needles",
                   "equipped with multiple sterile needles",
                   "using tiny, sterile needles"]
THICK = ["This regeneration process thickens the skin",
         "the skin becomes plumper"]
SENS = ["sensitivity to products will linger the longest",
        "related to a repairing skin barrier",
        "disrupts the skin barrier and leaves skin more sensitive"]
HIST_MEDS = ["be honest about your medical history, including any medications",
             "avoid certain medications, supplements, or procedures"]
HIST = ["be honest about your medical history",
        "requires a professional medical evaluation",
        "A thorough consultation determines if a patient is a suitable candidate"]

ITEMS = [
# ================= ANSWERABLE, FAQ (45) =================
("what_is", A, F, "What exactly is microneedling?", DEF, ["minimally invasive"]),
("other_name", A, F, "Is collagen induction therapy the same as microneedling?", NAME, ["collagen induction therapy"]),
("mechanism", A, F, "By what mechanism does microneedling rejuvenate the skin?", MECH, ["collagen and elastin"]),
("collagen", A, F, "What is collagen, and why does it matter for skin?", COLLAGEN, ["structure and elasticity"]),
("aging", A, F, "Can microneedling help with signs of aging?", AGING, ["aging"]),
("pain", A, F, "Will I be numbed before the procedure?", PAIN[:3], ["numbing"]),
("length", A, F, "How long does a microneedling appointment take?", LENGTH, ["30 to 60 minutes"]),
("steps", A, F, "What happens during a microneedling appointment?", STEPS, ["cleansed", "numbing cream"]),
("sessions", A, F, "How many treatments will I need?", SESSIONS, ["three to five sessions"]),
("spacing", A, F, "How far apart should treatments be scheduled?", SPACING, ["4-6 weeks apart"]),
("maintenance", A, F, "Do I need maintenance treatments after the initial course?", MAINT, ["maintenance"]),
("results", A, F, "When will I start to see results?", RESULTS, ["within a week", "a few weeks"]),
("permanence", A, F, "Do microneedling results last forever?", PERM, ["not permanent"]),
("downtime", A, F, "How much time off work will I need?", DOWNTIME, ["minimal downtime"]),
("redness", A, F, "How long will my face be red after microneedling?", REDNESS, ["24-48 hours"]),
("swelling", A, F, "Is swelling normal after microneedling?", SWELL, ["swelling"]),
("healing", A, F, "What side effects are normal while the skin heals?", HEALING, ["crusting", "skin flaking"]),
("long12", A, F, "How long do side effects last after a more intense treatment?", LONG12, ["up to 12 days"]),
("event", A, F, "How far in advance of a special event should I have microneedling?", EVENT, ["two weeks"]),
("sun", A, F, "Can I go out in the sun after microneedling?", SUN, ["broad-spectrum sunscreen"]),
("makeup", A, F, "Can I wear makeup after treatment?", MAKEUP, ["24 hours"]),
("exercise", A, F, "When can I resume exercise after treatment?", EXERCISE, ["a day or two"]),
("actives", A, F, "Which skincare products should I avoid after microneedling?", ACTIVES, ["retinoids, acids, or exfoliants"]),
("moisturiser", A, F, "What should I put on my skin after microneedling?", MOIST, ["gentle moisturizer"]),
("sterile_prod", A, F, "Why do aftercare products need to be sterile?", STERILE_PROD, ["sterile (think single-use)"]),
("prep", A, F, "How should I prepare for my microneedling appointment?", PREP, ["drinking plenty of water"]),
("consult", A, F, "Do I need a consultation before my first treatment?", CONSULT, ["consultation"]),
("risks", A, F, "What are the risks of microneedling?", RISKS, ["infection", "allergic reactions"]),
("safety", A, F, "How safe is microneedling?", SAFETY, ["limited to no side effects"]),
("skin_tone", A, F, "Is microneedling safe for darker skin tones?", TONES, ["all skin tones"]),
("candidate", A, F, "Who is a good candidate for microneedling?",
    ["A thorough consultation determines if a patient is a suitable candidate",
     "suitable for various skin types",
     "suitable for nearly all skin types and tones",
     "not recommended if you are pregnant, breast-feeding"], ["suitable candidate"]),
("laser", A, F, "How is microneedling different from laser resurfacing?", LASER, ["heat"]),
("contra", A, F, "Who should not have microneedling?", CONTRA, ["pregnant", "breast-feeding", "certain acne medications"]),
("professional", A, F, "Is professional microneedling better than at-home devices?", PROF, ["qualified professional"]),
("areas", A, F, "What areas of the body can be treated?", AREAS, ["face, neck"]),
("acne", A, F, "Does microneedling work for acne scars?", ACNE, ["acne scars"]),
("research", A, F, "What does the clinical research say about microneedling?",
    RESEARCH[:2] + ["published in the journal Dermatologic Surgery"], ["Dermatologic Surgery", "four sessions"]),
("wrinkles", A, F, "Can microneedling reduce wrinkles?", WRINK, ["fine lines"]),
("pores", A, F, "Does microneedling shrink pores?", PORES, ["pore size"]),
("stretch", A, F, "Can microneedling treat stretch marks?", STRETCH, ["stretch marks"]),
("pigment", A, F, "Can microneedling help with hyperpigmentation or age spots?", PIGMENT, ["age spots"]),
("texture", A, F, "Will microneedling improve my skin texture?", TEXTURE, ["texture"]),
("absorption", A, F, "Does microneedling help skincare products absorb better?", ABSORB, ["absorption"]),
("device", A, F, "What device is used for microneedling?", DEVICE, ["fine needles"]),
("sensitivity", A, F, "Why does skin become sensitive to products after treatment?", SENS, ["skin barrier"]),

# ================= ANSWERABLE, CHAT (90) =================
("what_is", A, C, "hey so what actually IS microneedling? my sister keeps raving about it lol", DEF, ["minimally invasive"]),
("what_is", A, C, "what is micro kneeling for the face", DEF, ["fine needles"]),
("what_is", A, C, "Please what is micro needling, it is like surgery or not?", DEF, ["minimally invasive"]),
("other_name", A, C, "colagen induction therapy — same as microneedling or a different thing?", NAME, ["collagen induction therapy"]),
("mechanism", A, C, "how does poking holes in your face make it look better?? seems backwards 😅", MECH, ["collagen and elastin"]),
("mechanism", A, C, "Good afternoon. Could you kindly explain the principle by which this needle treatment is meant to improve one's complexion? Thank you.", MECH, ["collagen and elastin"]),
("mechanism", A, C, "g'day, how's the needling actually fix the skin? builds collagen or what?", MECH, ["collagen and elastin"]),
("damage_aim", A, C, "isn't it bad to injure your skin on purpose?", DAMAGE, ["just enough"]),
("depth", A, C, "how deep do the needles actually go? like into the muscle??", DEPTH, ["epidermis"]),
("pain", A, C, "does it hurt", PAIN, ["numbing cream"]),
("pain", A, C, "Bloke here, bit of a wuss with needles. How much does it sting?", PAIN, ["numbing cream"]),
("pain", A, C, "The needles is painful or no? I have low pain tolerance", PAIN, ["numbing cream"]),
("pain", A, C, "My daughter is 17 and terrified of pain – would she get something to numb the area first?", PAIN[:3], ["numbing"]),
("length", A, C, "how long is a session", LENGTH, ["30 to 60 minutes"]),
("length", A, C, "Hi there, so I'm a nurse doing 12 hour shifts and my only real free time is my lunch break, which is an hour max. I've been reading about microneedling for months and finally want to try it. Would a treatment even fit in that window?", LENGTH, ["30 to 60 minutes"]),
("sound", A, C, "is the machine loud? I get anxious with drill noises like at the dentist", SOUND, ["gentle buzzing"]),
("steps", A, C, "should i come in with makeup on or bare face? coming straight from work", STEPS[:2], ["remove any makeup"]),
("steps", A, C, "I would be grateful if you could describe, step by step, what the practitioner will do on the day.", STEPS, ["cleansed", "numbing cream"]),
("serum", A, C, "do u put anything on my skin after the needling bit?", SERUM, ["serum"]),
("sessions", A, C, "how many sessions needed?", SESSIONS, ["three to five sessions"]),
("sessions", A, C, "Is one session enough or is this like a whole package deal thing?", SESSIONS, ["multiple sessions"]),
("sessions", A, C, "How much times I must to come for good result?", SESSIONS, ["three to five sessions"]),
("spacing", A, C, "can i do it every week to speed things up?", SPACING, ["4-6 weeks apart"]),
("spacing", A, C, "Would it be acceptable to book my next appointment a fortnight after the first?", SPACING, ["4-6 weeks apart"]),
("maintenance", A, C, "once i finish the course am i done forever or do i have to keep coming back", MAINT, ["occasional maintenance treatments"]),
("results", A, C, "results how soon", RESULTS, ["within a week", "a few weeks"]),
("results", A, C, "I'm kinda impatient lol - will I see a difference the next morning or is it a slow burn?", IMMEDIATE, ["immediate glow", "following weeks"]),
("pores_quick", A, C, "friend said her pores looked tiny the day after her session, is that the real result or just swelling?", ["reduction in pore size within a day or two"], ["often due to swelling"]),
("permanence", A, C, "how long does the effect last", PERM, ["not permanent"]),
("permanence", A, C, "is it a one and done thing or does it wear off eventually?", PERM + [], ["not permanent"]),
("over40", A, C, "What determines how long the improvement will be maintained in a person of my age (67)?", OVER40 + ["touch-ups every three to four months"], ["over age 40", "every three to four months"]),
("over40", A, C, "I'm 52 and spent my youth surfing without sunscreen. Will results hold up for me?", OVER40 + ["touch-ups every three to four months"], ["every three to four months"]),
("downtime", A, C, "needling downtime?", DOWNTIME, ["a few days"]),
("downtime", A, C, "can i go back to the office the next day or do i need to hide at home for a week", DOWNTIME, ["minimal downtime"]),
("redness", A, C, "redness how long", REDNESS, ["24-48 hours"]),
("redness", A, C, "how red are we talking?? like sunburnt after a day at bondi? 🥵", REDNESS[:2] + ["similar to a mild sunburn", "subsides within a few days"], ["mild sunburn"]),
("fair_skin", A, C, "I'm super pale (like, Irish pale). Will the redness hang around longer for me?", FAIR, ["prolonged redness"]),
("swelling", A, C, "puffy face after? got a zoom interview two days later", SWELL, ["a few days"]),
("flaking", A, C, "will my skin peel after? should I expect flakes", FLAKE, ["skin flaking"]),
("bleeding", A, C, "do you bleed during microneedling?? i faint at the sight of blood", BLEED, ["pinpoint bleeding"]),
("long12", A, C, "worst case how long can the side effects drag on", LONG12, ["12 days"]),
("event", A, C, "I was wondering whether three weeks is enough time before my wedding to have microneedling, or am I cutting it too fine?", EVENT, ["two weeks"]),
("event", A, C, "I've got my daughter's graduation on the 14th. When's the latest I should book in?", EVENT, ["two weeks"]),
("sun", A, C, "heading to the beach the weekend after my appointment, that gonna be an issue?", SUN, ["sun exposure"]),
("sun", A, C, "I golf every saturday, how careful do I need to be about sun after this?", SUN, ["broad-spectrum sunscreen"]),
("makeup", A, C, "when can i where makeup again", MAKEUP, ["24 hours"]),
("makeup", A, C, "why cant i put foundation on straight after? just curious", ["to help keep your skin clean and avoid infection"], ["avoid infection"]),
("makeup", A, C, "After needle treatment when I can put the make up, next day ok?", MAKEUP, ["24 hours"]),
("exercise", A, C, "gym after microneedling?", EXERCISE, ["a day or two"]),
("exercise", A, C, "I'm training for a half marathon – do I need to skip my long run the day after the appointment?", EXERCISE, ["a day or two"]),
("washing", A, C, "when can I wash my face after", WASH, ["8 hours"]),
("actives", A, C, "how long should i stop my retinol for after", ACTIVES, ["retinoids"]),
("actives", A, C, "Can I use my glycolic toner the night after? It's part of my routine", ACTIVES, ["acids"]),
("moisturiser", A, C, "what moisturiser should i use after, anything special?", MOIST, ["gentle moisturizer"]),
("sterile_prod", A, C, "can I just use my normal face cream from the chemist after or does it need to be something special", STERILE_PROD + MOIST[:2], ["free from allergens"]),
("prep", A, C, "I was wondering if there's anything I ought to do to get my skin ready beforehand?", PREP, ["drinking plenty of water"]),
("prep", A, C, "should I drink more water before my appt? read that somewhere", PREP[1:], ["drinking plenty of water"]),
("consult", A, C, "what goes on at the first consult appt?", CONSULT, ["skin type"]),
("consult", A, C, "I should like to know whether an assessment is carried out before any needles are used.", CONSULT, ["consultation"]),
("consult", A, C, "what do i need to tell the practitioner at my consult", TELL, ["medical history"]),
("risks", A, C, "any dangers i should know abt?", RISKS, ["infection"]),
("safety", A, C, "Just wondering whether microneedling is actually safe, or whether it's one of those fad things?", SAFETY, ["safe and effective"]),
("infection", A, C, "can you get an infection from it", INFECT, ["sterile environment"]),
("allergy", A, C, "could i be allergic to anything used?", ALLERGY, ["allergic reactions"]),
("skin_tone", A, C, "I'm Black and lasers have left me with dark patches before — is needling any different?", DARK, ["pigmentation issues"]),
("skin_tone", A, C, "I am from India, my skin is brown. This treatment is ok for me?", TONES, ["all skin tones"]),
("laser", A, C, "does micro needling use heat like laser's do", LASER, ["heat"]),
("professional", A, C, "can i just buy a dermaroller off amazon and do it myself?", PROF, ["qualified professional"]),
("areas", A, C, "can u do it on ur neck? mine's getting crepey", AREAS, ["neck"]),
("areas", A, C, "Can this be done on the back? I've got old acne scarring across my shoulders", AREAS[:2] + ["acne scars and other types of traumatic scarring"], ["other body parts"]),
("localized", A, C, "can it treat just one small area like around my eyes?", ["customized to treat localized problem areas"], ["localized problem areas"]),
("acne", A, C, "ok so long story short I had really bad acne from about 14 to 20, did the whole antibiotics thing, it cleared up but left me with these little pitted scars on both cheeks that I'm super self conscious about. I'm 26 now. would microneedling actually help with that kind of scarring??", ACNE, ["acne scars"]),
("acne", A, C, "reckon one go will sort out my acne scars or do I need heaps?", ["won’t appear until you’ve had at least three treatments", "after just four sessions of microneedling"], ["at least three treatments"]),
("acne", A, C, "My son (17) have many acne mark on his cheeks from school years. Microneedling can help him?", ACNE, ["acne scars"]),
("other_scars", A, C, "I have a scar from a dog bite on my arm years ago, would this help?", OTHER_SCARS, ["traumatic scarring"]),
("research", A, C, "is there actual science behind this or is it just hype?", RESEARCH, ["90% of participants"]),
("wrinkles", A, C, "crows feet helpful?", ["acne scars, crow’s feet, and neck or chest lines", "reduce the appearance of fine lines, wrinkles"], ["crow’s feet"]),
("wrinkles", A, C, "At 60 I have rather deep lines around the mouth. Might this procedure be of any benefit?", ["reduction of fine lines and deep wrinkles", "or deeper wrinkles, likely won’t appear until"], ["deep wrinkles"]),
("pores", A, C, "big pores on my nose 😩 will this help", PORES, ["pore size"]),
("stretch", A, C, "stretchmarks on tummy after my 2 kids (youngest is 4) can this fix them", STRETCH, ["stretch marks"]),
("stretch", A, C, "Gym bro here, got stretch marks on my biceps from bulking. Can needling help?", STRETCH, ["stretch marks"]),
("pigment", A, C, "sunspots on my cheeks from years of no hat — would this fade them?", ["This therapy is effective for treating sun damage"] + PIGMENT[:3], ["age spots", "sun damage"]),
("tone", A, C, "uneven skin tone, blotchy. would this even it out?", EVEN, ["even skin tone"]),
("texture", A, C, "my skin is kinda bumpy and rough, not acne just texture. good fit?", TEXTURE, ["texture"]),
("loose", A, C, "jowls starting to droop at 48, would this firm things up at all?", LOOSE, ["loose skin"]),
("absorption", A, C, "will my expensive serums work better after? 😄", ABSORB, ["absorption"]),
("growth_factors", A, C, "what are 'growth factors'? keep seeing it", GF, ["growth factors"]),
("device", A, C, "is it a roller or a pen thing?", DEVICE, ["pen-shaped device"]),
("sterile_needles", A, C, "are the needles sterile? hygiene freak here", STERILE_NEEDLES, ["sterile needles"]),
("thicken", A, C, "does it actually thicken thin skin?", THICK, ["thickens the skin"]),

# ================= MEDICAL, CHAT (24) =================
("m_preg", M, C, "I'm 14 weeks pregnant, can I still get microneedling?", PREG, ["pregnant"]),
("m_bf", M, C, "im breastfeeding my 5 month old, is needling ok or should i wait", PREG, ["breast-feeding"]),
("m_acnemed", M, C, "on accutane rn for my acne, can i book in?", ACNEMED, ["certain acne medications"]),
("m_acnemed", M, C, "My son is 17 and on isotretinoin for his acne. He'd like microneedling for his scars – is that OK for him?", ACNEMED, ["certain acne medications"]),
("m_meds", M, C, "I take warfarin for a heart condition. Is microneedling still an option for me?", HIST_MEDS, ["medical history"]),
("m_meds", M, C, "i take fish oil and a daily aspirin, do i need to stop before?", ["avoid certain medications, supplements, or procedures", "including any medications you are taking"], ["supplements"]),
("m_meds", M, C, "I'm on antidepressants (sertraline), does that affect anything?", HIST_MEDS, ["medications"]),
("m_eczema", M, C, "I have eczema on my cheeks that flares up sometimes. Would microneedling make it worse?", ["be honest about your medical history", "free from allergens that can cause rashes and contact dermatitis", "determine if microneedling is the right choice for you"], ["medical history"]),
("m_diabetes", M, C, "type 2 diabetic here, heal a bit slow. am I ok to have this?", ["be honest about your medical history", "Because everyone heals differently", "A thorough consultation determines if a patient is a suitable candidate"], ["medical history"]),
("m_coldsore", M, C, "I get cold sores now and then — could needling round my mouth set one off?", ["be honest about your medical history", "A thorough consultation determines if a patient is a suitable candidate"], ["medical history"]),
("m_keloid", M, C, "i have keloid scars on my chest, would needling help or make them worse", HIST, ["medical history"]),
("m_sensitive", M, C, "I have very sensitive skin that reacts to almost everything. Is microneedling a bad idea for me?", ["Some individuals may experience prolonged redness or irritation", "determine if microneedling is suitable for your skin type"], ["prolonged redness or irritation"]),
("m_recent", M, C, "I had a chemical peel 5 days ago, is it too soon for microneedling?", ["avoid certain medications, supplements, or procedures", "including any medications you are taking and past skin treatments"], ["past skin treatments"]),
("m_allergy", M, C, "I'm allergic to lidocaine (the dentist found out). Is the numbing cream going to be a problem?", ["be honest about your medical history", "a topical numbing cream", "topical numbing agent to reduce potential discomfort"], ["medical history", "numbing cream"]),
("m_allergy", M, C, "I react to lots of skincare, derm said contact dermatitis. What can I use after?", STERILE_PROD, ["contact dermatitis"]),
("m_red_after", M, C, "had my first session yesterday and my face is still really red and kinda warm. normal??", ["red and inflamed for about 24-48 hours", "This is a normal response", "red and feel sensitive, similar to a mild sunburn"], ["24-48 hours"]),
("m_flake_after", M, C, "Day 4 after microneedling and my skin is flaking and feels tight. Is this expected?", FLAKE, ["skin flaking", "tightness"]),
("m_bleed_after", M, C, "noticed tiny dots of blood right after my session, is that ok", ["you may experience crusting, pinpoint bleeding"], ["pinpoint bleeding"]),
("m_fair_after", M, C, "I'm very fair and it's day 3, still pink like a bad sunburn. Should I be worried?", ["Fair skin tones may experience prolonged redness", "can look like a bad sunburn"], ["prolonged redness"]),
("m_sens_after", M, C, "texture still a bit weird and my products sting a week after my session — is that normal?", SENS[:2] + LONG12, ["linger the longest"]),
("m_swell_after", M, C, "my face got a bit puffy the morning after, esp under my eyes. normal?", SWELL, ["swelling"]),
("m_rash_after", M, C, "I got a slight rash after the serum they put on, it's settling now but what was that?", ["If any serum is applied post-treatment, allergic reactions may occur", "free from allergens that can cause rashes"], ["allergic reactions"]),
("m_flake_after", M, C, "my skin went a bit crusty in spots on day 2 – ok to just leave it?", FLAKE, ["crusting"]),
("m_long_after", M, C, "I had a really deep treatment on Monday, it's now day 9 and still a bit red. when will this end", LONG12, ["12 days"]),

# ================= MEDICAL, FAQ (11) =================
("m_preg", M, F, "Can I have microneedling while pregnant?", PREG, ["pregnant"]),
("m_bf", M, F, "Is microneedling safe while breastfeeding?", PREG, ["breast-feeding"]),
("m_acnemed", M, F, "Can I get microneedling if I'm taking acne medication?", ACNEMED, ["certain acne medications"]),
("m_meds", M, F, "Should I stop my regular medications before microneedling?", HIST_MEDS, ["medications"]),
("m_meds", M, F, "Is microneedling safe for people taking blood thinners?", HIST_MEDS, ["medical history"]),
("m_rosacea", M, F, "Can people with rosacea have microneedling?", ["be honest about your medical history", "Some individuals may experience prolonged redness or irritation", "requires a professional medical evaluation"], ["medical history"]),
("m_autoimmune", M, F, "Is microneedling an option for people with autoimmune conditions?", HIST, ["medical history"]),
("m_psoriasis", M, F, "Is microneedling suitable if I have psoriasis?", HIST, ["medical history"]),
("m_recent", M, F, "Can I have microneedling soon after a laser treatment or peel?", ["avoid certain medications, supplements, or procedures", "including any medications you are taking and past skin treatments"], ["past skin treatments"]),
("m_preg", M, F, "Can I have microneedling if I am trying to get pregnant?", PREG + ["be honest about your medical history"], ["pregnant"]),
("m_red_after", M, F, "My skin is still red three days after microneedling. Is this normal?", ["red and inflamed for about 24-48 hours", "Fair skin tones may experience prolonged redness", "subsides within a few days", "can last up to 12 days if skin was treated aggressively"], ["24-48 hours", "prolonged redness"]),

# ================= OUT OF SCOPE, FAQ (15) =================
("o_treat", O, F, "How many IPL sessions will I need?", [], []),
("o_treat", O, F, "What is the downtime after CoolSculpting?", [], []),
("o_treat", O, F, "How long does a lash lift last?", [], []),
("o_treat", O, F, "How long do thread lift results last?", [], []),
("o_treat", O, F, "What should I avoid after a chemical peel?", [], []),
("o_health", O, F, "What are the early signs of type 2 diabetes?", [], []),
("o_health", O, F, "How many steps a day should I walk to stay healthy?", [], []),
("o_desk", O, F, "Do you offer payment plans or finance?", [], []),
("o_desk", O, F, "Can I buy a gift voucher?", [], []),
("o_desk", O, F, "What is your cancellation policy?", [], []),
("o_desk", O, F, "Where is the clinic located?", [], []),
("o_skin", O, F, "How do you get rid of warts?", [], []),
("o_skin", O, F, "What causes blackheads?", [], []),
("o_skin", O, F, "How do I treat ingrown hairs?", [], []),
("o_skin", O, F, "What's the best treatment for nail fungus?", [], []),

# ================= OUT OF SCOPE, CHAT (35) =================
("o_treat", O, C, "how long will my lips stay swollen after filler?", [], []),
("o_treat", O, C, "does botox hurt much?", [], []),
("o_treat", O, C, "tattoo removal - how many sessions usually", [], []),
("o_treat", O, C, "how often should i get a hydrafacial", [], []),
("o_treat", O, C, "teeth whitening made my teeth sensitive, how long does that last?", [], []),
("o_treat", O, C, "can i wear mascara after brow lamination?", [], []),
("o_treat", O, C, "is electrolysis hair removal painful?", [], []),
("o_treat", O, C, "how long after a spray tan can i shower", [], []),
("o_treat", O, C, "how many days till dysport kicks in", [], []),
("o_treat", O, C, "is dermaplaning good for peach fuzz", [], []),
("o_health", O, C, "how much sleep does an adult actually need", [], []),
("o_health", O, C, "whats a normal blood pressure for a 50 yr old", [], []),
("o_health", O, C, "can i take ibuprofen and paracetamol together", [], []),
("o_health", O, C, "best way to get rid of hiccups??", [], []),
("o_health", O, C, "how long is someone contagious with the flu", [], []),
("o_health", O, C, "how do i lower my cholesterol without meds", [], []),
("o_health", O, C, "migraine every week, what helps", [], []),
("o_health", O, C, "is it bad to crack your knuckles", [], []),
("o_desk", O, C, "whats the price for one session", [], []),
("o_desk", O, C, "are you open saturdays", [], []),
("o_desk", O, C, "is there parking near you guys", [], []),
("o_desk", O, C, "do any of your staff speak Spanish?", [], []),
("o_desk", O, C, "do you take afterpay", [], []),
("o_desk", O, C, "is there wheelchair access at your premises", [], []),
("o_skin", O, C, "best shampoo for dandruff?", [], []),
("o_skin", O, C, "athletes foot cream recommendations pls", [], []),
("o_skin", O, C, "whats good for chapped lips in winter", [], []),
("o_skin", O, C, "how do i get rid of dark circles under my eyes", [], []),
("o_chit", O, C, "hello!", [], []),
("o_chit", O, C, "thanks heaps, that's super helpful 🙏", [], []),
("o_chit", O, C, "am i chatting with a person or a bot?", [], []),
("o_chit", O, C, "morning! 😊", [], []),
("o_chit", O, C, "whats your name", [], []),
("o_chit", O, C, "ok bye", [], []),
("o_chit", O, C, "can i talk to a human pls", [], []),
]
