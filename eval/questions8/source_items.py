"""Hand-written items before shuffling. build.py turns these into items.jsonl.

Each item: key (stable working key), topic, kind, style, question, evidence, must_mention.
Evidence and must_mention are copied verbatim from the leaflets (see topics.md).
Consultation / medical-history sentences reused by the medical items:
"""

HIST = "be honest about your medical history, including any medications"     # MGM081
AVOID = "avoid certain medications, supplements, or procedures"                 # MGM082
EVAL = "requires a professional medical evaluation"                             # BEN039
CONSULT = "A thorough consultation determines if a patient is a suitable candidate"  # BEN017
QUALIFIED = "Always consult with a qualified professional"                      # CIT034
DERM = "consulting with a qualified dermatologist or skincare professional is crucial"  # MGM041
PAST = "any medications you are taking and past skin treatments"                # MGM081
AVOIDLIST = "not recommended if you are pregnant, breast-feeding, or using certain acne medications"  # FAQ013 (13 words, too long)
PREG = "not recommended if you are pregnant, breast-feeding"                    # FAQ013
ACNEMED = "breast-feeding, or using certain acne medications"                   # FAQ013

ITEMS = []


def A(key, topic, style, question, evidence, must):
    ITEMS.append(dict(key=key, topic=topic, kind="answerable", style=style,
                      question=question, evidence=evidence, must_mention=must))


def M(key, topic, style, question, evidence, must):
    ITEMS.append(dict(key=key, topic=topic, kind="medical", style=style,
                      question=question, evidence=evidence, must_mention=must))


def O(key, topic, style, question):
    ITEMS.append(dict(key=key, topic=topic, kind="out_of_scope", style=style,
                      question=question, evidence=[], must_mention=[]))


# ---------------------------------------------------------------- answerable
A("a001", "what it is", "chat",
  "ok so my friend keeps going on about microneedling and i have no clue what it actually is lol, can someone explain like im 5",
  ["using fine needles to create micro-injuries in the skin",
   "minimally invasive cosmetic procedure",
   "pricking the skin with tiny, sterilized needles",
   "Microneedling is a minimally invasive skin rejuvenation procedure"],
  ["fine needles", "micro-injuries"])
A("a002", "what it is", "faq",
  "Is collagen induction therapy the same thing as microneedling?",
  ["also known as collagen induction therapy"],
  ["collagen induction therapy"])
A("a003", "what it is", "chat",
  "is microneedling like surgery? like will i be cut open or is it a small thing",
  ["minimally invasive cosmetic procedure",
   "This minimally invasive procedure",
   "is a minimally invasive procedure that involves using fine needles",
   "Microneedling is a minimally invasive skin rejuvenation procedure"],
  ["minimally invasive"])
A("a004", "how it works", "faq",
  "How does making tiny wounds in the skin actually improve it?",
  ["the body’s natural healing",
   "the skin perceives a wound and activates a healing cascade",
   "triggering a healing response that releases a cascade",
   "increased collagen and elastin production"],
  ["collagen and elastin", "healing"])
A("a005", "how it works", "chat",
  "so whats the actual science bit.. the needles go in and then what happens under the skin??",
  ["the skin perceives a wound and activates a healing cascade",
   "it lays down new collagen fibers",
   "This regeneration process thickens the skin"],
  ["new collagen fibers", "healing cascade"])
A("a006", "how it works", "chat",
  "my sister said the needling kind of wakes up your skin and makes new blood vessels?? real thing or tiktok nonsense",
  ["the formation of new blood vessels in the treated area",
   "the release of growth factors",
   "releases a cascade of growth factors"],
  ["new blood vessels"])
A("a007", "ageing", "chat",
  "why does my skin get saggier as i get older, is that a collagen thing?",
  ["As we age, the production of these proteins naturally declines",
   "collagen levels naturally decline, leading to sagging skin and wrinkles"],
  ["naturally decline"])
A("a008", "needles/device", "chat",
  "what's the pen thing they use for micro kneeling is it like a stamp or a roller or what",
  ["the pen-shaped device with numerous fine needles",
   "device equipped with fine needles",
   "device equipped with multiple sterile needles",
   "The device glides over the skin"],
  ["pen-shaped device"])
A("a009", "needles/device", "chat",
  "how deep do the needles actually go in?? scared they go right down into my face lol",
  ["the depth of needle penetration is adjusted",
   "The needles penetrate the epidermis",
   "used to puncture the outer layer of skin",
   "Microneedling creates micro-injuries in the dermis"],
  ["depth of needle penetration is adjusted", "epidermis"])
A("a010", "needles/device", "faq",
  "Are the needles used for microneedling sterile?",
  ["equipped with multiple sterile needles",
   "micro-injuries to the skin using tiny, sterile needles",
   "pricking the skin with tiny, sterilized needles"],
  ["sterile needles", "sterilized needles"])
A("a011", "procedure", "chat",
  "what does the person actually do with the device, just press it in one spot or move it all over?",
  ["repeatedly make small pricks under the skin",
   "They move the tool evenly across the treatment area",
   "The device glides over the skin, creating controlled micro-injuries"],
  ["small pricks", "evenly across the treatment area"])
A("a012", "pain", "chat",
  "does microneedling hurt?? i'm a total baby with needles 😬",
  ["most individuals report that it is manageable",
   "relatively quick and comfortable (when paired with numbing cream)",
   "a topical numbing cream",
   "a topical numbing agent to reduce potential discomfort"],
  ["manageable", "numbing cream"])
A("a013", "pain", "faq",
  "Do you use numbing cream before microneedling?",
  ["a topical numbing cream",
   "a topical numbing agent to reduce potential discomfort",
   "a topical anesthetic is applied to minimize discomfort",
   "when paired with numbing cream"],
  ["numbing cream", "topical anesthetic"])
A("a014", "pain", "chat",
  "if they numb me first will i feel the needles at all or is it totally painless",
  ["While you may feel slight discomfort",
   "most individuals report that it is manageable",
   "relatively quick and comfortable (when paired with numbing cream)"],
  ["slight discomfort"])
A("a015", "sound", "chat",
  "is the machine loud? i hate that dentist drill noise, it freaks me out",
  ["often described as a gentle buzzing"],
  ["gentle buzzing"])
A("a016", "session length", "faq",
  "How long does a microneedling appointment take?",
  ["30 to 60 minutes, depending on the",
   "The entire needling process takes 30 minutes or more"],
  ["30 to 60 minutes"])
A("a017", "session length", "chat",
  "i only get an hour for lunch, is that enough time to get the needling done and get back to the office",
  ["30 to 60 minutes, depending on the",
   "The entire needling process takes 30 minutes or more"],
  ["30 to 60 minutes", "30 minutes or more"])
A("a018", "session length", "chat",
  "does doing my whole face take longer than just a small bit, like only the scars on my chin?",
  ["depending on the size of the area being treated",
   "depending on the size of the treated area",
   "depending on the area being treated"],
  ["depending on the size of the"])
A("a019", "sessions", "faq",
  "How many microneedling sessions will I need?",
  ["An initial treatment series of three to five sessions",
   "Most patients require multiple sessions for optimal results",
   "Ideal results are achieved after multiple sessions",
   "a series of treatments, spaced several weeks apart"],
  ["three to five sessions"])
A("a020", "sessions", "chat",
  "is one time enough or people usually must come back more times?",
  ["An initial treatment series of three to five sessions",
   "Most patients require multiple sessions for optimal results",
   "Ideal results are achieved after multiple sessions",
   "a series of treatments, spaced several weeks apart"],
  ["multiple sessions", "three to five sessions"])
A("a021", "scars", "chat",
  "my acne scars are pretty deep, how many rounds before i see a proper difference",
  ["improvement in acne scars or deeper wrinkles",
   "reduction in acne scars after just four sessions"],
  ["at least three treatments", "four sessions"])
A("a022", "spacing", "faq",
  "How far apart should microneedling sessions be spaced?",
  ["multiple sessions spaced 4-6 weeks apart",
   "a series of treatments, spaced several weeks apart"],
  ["4-6 weeks apart"])
A("a023", "spacing", "chat",
  "can i just do it every week to get it over with quicker?",
  ["multiple sessions spaced 4-6 weeks apart",
   "a series of treatments, spaced several weeks apart"],
  ["4-6 weeks apart"])
A("a024", "maintenance", "faq",
  "Will I need maintenance treatments after my first course of microneedling?",
  ["need occasional maintenance treatments to keep up your results",
   "Regular maintenance sessions can help sustain these results",
   "will need touch-ups every three to four months"],
  ["occasional maintenance treatments"])
A("a025", "maintenance", "chat",
  "once ive done the full course am i sorted for good or do i have to keep coming back",
  ["need occasional maintenance treatments to keep up your results",
   "Regular maintenance sessions can help sustain these results",
   "Microneedling results are not permanent"],
  ["occasional maintenance treatments", "Regular maintenance sessions"])
A("a026", "maintenance", "chat",
  "im 52 and my skin has a LOT of sun damage from years living in spain.. how often would i need top ups after",
  ["Patients over age 40 and those with heavily sun-damaged skin",
   "will need touch-ups every three to four months"],
  ["every three to four months"])
A("a027", "results timing", "faq",
  "When will I start to see results from microneedling?",
  ["typically become noticeable after a few weeks",
   "significant structural changes develop over several weeks",
   "the best results typically appear over the following weeks",
   "notice an improvement in your skin’s texture within a week"],
  ["a few weeks", "within a week"])
A("a028", "results timing", "chat",
  "will i look better straight away after or is it a waiting game",
  ["Patients may notice an immediate glow",
   "you may notice some immediate improvements",
   "Results from medical grade microneedling are not immediate"],
  ["immediate glow", "not immediate"])
A("a029", "pores", "chat",
  "had my first one 4 days ago and my pores already look smaller??? is that for real or just puffiness",
  ["pore size within a day or two, often due to swelling"],
  ["often due to swelling"])
A("a030", "results timing", "chat",
  "how quick does the texture get better after the first go",
  ["notice an improvement in your skin’s texture within a week",
   "the best results typically appear over the following weeks"],
  ["within a week"])
A("a031", "results last", "faq",
  "Are the results of microneedling permanent?",
  ["Microneedling results are not permanent",
   "How long the benefits last for you will depend",
   "many people experience long-lasting effects",
   "for months or even years"],
  ["not permanent"])
A("a032", "results last", "chat",
  "how long does the glow up actually last tho, like months? years?",
  ["for months or even years",
   "improvements continuing for up to six months post-treatment",
   "How long the benefits last for you will depend"],
  ["months or even years", "up to six months"])
A("a033", "results last", "chat",
  "what decides how long my results stick around, is it just luck?",
  ["will depend on your age, the state of your skin"],
  ["how well you take care of it"])
A("a034", "results last", "chat",
  "does the skin carry on improving after youve finished the sessions or does it just stop",
  ["improvements continuing for up to six months post-treatment",
   "This response can continue for months after the treatment"],
  ["up to six months"])
A("a035", "downtime", "faq",
  "Is there any downtime with microneedling?",
  ["The procedure usually requires minimal downtime",
   "Recovery time is usually just a few days",
   "they can last up to 12 days if skin was treated aggressively"],
  ["minimal downtime", "a few days"])
A("a036", "downtime", "chat",
  "can i go back to work next day? i work in office, not with customers",
  ["return to their daily routines almost immediately",
   "Recovery time is usually just a few days"],
  ["almost immediately"])
A("a037", "downtime", "chat",
  "why do some ppl say they were fine in 2 days and others took like 2 weeks to heal??",
  ["depending on your treatment intensity",
   "they can last up to 12 days if skin was treated aggressively",
   "Because everyone heals differently"],
  ["treated aggressively", "treatment intensity"])
A("a038", "downtime", "chat",
  "roughly how long till my skin is healed up after? need to plan round it",
  ["Recovery time is usually just a few days",
   "red and inflamed for about 24-48 hours",
   "they can last up to 12 days if skin was treated aggressively"],
  ["a few days", "12 days"])
A("a039", "redness", "faq",
  "How long will my skin stay red following a microneedling treatment?",
  ["subsides within a few hours to a day",
   "red and inflamed for about 24-48 hours",
   "subsides within a few days",
   "these effects typically subside within a few days"],
  ["24-48 hours", "a few hours to a day"])
A("a040", "redness", "chat",
  "im really pale, like irish pale.. am i gonna be red for ages afterwards",
  ["Fair skin tones may experience prolonged redness",
   "which can look like a bad sunburn",
   "depends on the skin tone of the patient"],
  ["prolonged redness"])
A("a041", "redness", "chat",
  "what does ur face look like right after? like a tomato?",
  ["similar to a mild sunburn",
   "redness and mild swelling, similar to a sunburn",
   "mild redness and sensitivity, similar to a sunburn",
   "may feel like a mild sunburn"],
  ["sunburn"])
A("a042", "redness", "faq",
  "Is it normal for my skin to be red after microneedling?",
  ["This is a normal response",
   "common to experience some redness and swelling",
   "it is common for your skin to appear red",
   "the skin will likely appear red"],
  ["normal response"])
A("a043", "swelling", "chat",
  "will my face swell up? i've got a zoom call 2 days after",
  ["slight swelling or tenderness",
   "some redness and mild swelling",
   "some redness and slight swelling may occur"],
  ["mild swelling", "slight swelling"])
A("a044", "swelling", "faq",
  "Is swelling common after microneedling, and when does it go down?",
  ["these symptoms should begin to improve shortly after",
   "these effects typically subside within a few days",
   "which usually subsides within a few days",
   "common to experience some redness and swelling"],
  ["within a few days"])
A("a045", "peeling", "chat",
  "is it normal to peel after microneedling or did i mess something up",
  ["crusting, pinpoint bleeding, skin flaking, tightness",
   "these symptoms are usually short-lived"],
  ["skin flaking"])
A("a046", "peeling", "chat",
  "does it go crusty or flaky after and for how long? just so i know what to expect",
  ["crusting, pinpoint bleeding, skin flaking, tightness",
   "they can last up to 12 days if skin was treated aggressively"],
  ["crusting", "12 days"])
A("a047", "peeling", "chat",
  "my skin feels super tight after, like its been shrink wrapped haha. normal?",
  ["skin flaking, tightness, and sensitivity during the healing process"],
  ["tightness"])
A("a048", "bleeding", "faq",
  "Will I bleed during microneedling?",
  ["crusting, pinpoint bleeding, skin flaking",
   "Though rare, improper technique may lead to bleeding"],
  ["pinpoint bleeding"])
A("a049", "bleeding", "chat",
  "saw a vid where the girls face had tiny dots of blood all over after the pen, is that meant to happen",
  ["crusting, pinpoint bleeding, skin flaking",
   "Though rare, improper technique may lead to bleeding"],
  ["pinpoint bleeding"])
A("a050", "sensitivity", "chat",
  "why does my normal moisturiser sting after needling, is that a thing?",
  ["sensitivity to products will linger the longest",
   "leaves skin more sensitive"],
  ["sensitivity to products"])
A("a051", "sensitivity", "faq",
  "Why is skin more sensitive after microneedling?",
  ["related to a repairing skin barrier",
   "microneedling disrupts the skin barrier and leaves skin more sensitive"],
  ["skin barrier"])
A("a052", "events", "faq",
  "How far ahead of an event should I schedule microneedling?",
  ["book around two weeks prior to an event"],
  ["two weeks"])
A("a053", "events", "chat",
  "wedding is on the 14th.. is it mad to get the needling done like 3 days before??",
  ["book around two weeks prior to an event",
   "to allow adequate recovery time"],
  ["two weeks"])
A("a054", "events", "chat",
  "big work do next friday, would getting needled this friday be cutting it a bit fine",
  ["book around two weeks prior to an event",
   "to allow adequate recovery time"],
  ["around two weeks"])
A("a055", "makeup", "faq",
  "Can I wear makeup the day after my microneedling treatment?",
  ["refraining from wearing makeup for 24 hours",
   "Not wearing makeup on few days of your treatment",
   "avoiding direct sun exposure, heavy makeup"],
  ["24 hours", "few days"])
A("a056", "makeup", "chat",
  "can i put foundation on the next morning to cover the red? i look like a lobster",
  ["refraining from wearing makeup for 24 hours",
   "Not wearing makeup on few days of your treatment",
   "avoiding direct sun exposure, heavy makeup"],
  ["24 hours", "few days"])
A("a057", "makeup", "chat",
  "why cant you wear makeup after, is it just so the skin can breathe or what",
  ["to help keep your skin clean and avoid infection"],
  ["avoid infection"])
A("a058", "sun", "faq",
  "Do I need to stay out of the sun after microneedling?",
  ["Protect your skin from sun exposure",
   "avoiding direct sun exposure, heavy makeup",
   "may include avoiding sun exposure"],
  ["sun exposure"])
A("a059", "sun", "chat",
  "what kind of spf should i use after, does any old one do?",
  ["use a broad-spectrum sunscreen"],
  ["broad-spectrum sunscreen"])
A("a060", "sun", "chat",
  "off to greece the week after my appointment, is lying by the pool ok or nah",
  ["Protect your skin from sun exposure",
   "avoiding direct sun exposure, heavy makeup",
   "use a broad-spectrum sunscreen"],
  ["sun exposure"])
A("a061", "exercise", "faq",
  "How soon can I return to exercise after a microneedling session?",
  ["Avoid heavy exercise for a day or two"],
  ["a day or two"])
A("a062", "exercise", "chat",
  "can i still go to the gym after? i do spin every evening",
  ["Avoid heavy exercise for a day or two to minimize irritation"],
  ["heavy exercise", "a day or two"])
A("a063", "exercise", "chat",
  "is a gentle walk with the dog okay the day after or is all exercise of limits",
  ["Avoid heavy exercise for a day or two to minimize irritation"],
  ["heavy exercise"])
A("a064", "actives", "faq",
  "Do I need to pause my retinol after microneedling, and for how long?",
  ["active ingredients (like retinol) for a few days",
   "Refrain from using retinoids, acids, or exfoliants for several days"],
  ["a few days", "several days"])
A("a065", "actives", "chat",
  "i use a aha and b h a toner every night do i have to stop it after the needle thing",
  ["Refrain from using retinoids, acids, or exfoliants",
   "steer clear of harsh exfoliators and active ingredients"],
  ["acids", "exfoliants"])
A("a066", "actives", "chat",
  "what skincare should i NOT be using for a bit after",
  ["Refrain from using retinoids, acids, or exfoliants",
   "steer clear of harsh exfoliators and active ingredients",
   "certain skincare products for a few days"],
  ["retinoids, acids, or exfoliants", "retinol"])
A("a067", "washing", "faq",
  "When can I wash my face after microneedling?",
  ["Washing your face with a gentle cleanser after 8 hours"],
  ["8 hours"])
A("a068", "washing", "chat",
  "can I wash my face tonight after the appointment or do I leave it alone question mark",
  ["Washing your face with a gentle cleanser after 8 hours"],
  ["after 8 hours", "gentle cleanser"])
A("a069", "aftercare products", "faq",
  "What skincare products should I use after microneedling?",
  ["Keep your skin moisturized with a gentle moisturizer",
   "Gentle moisturizers and serums, preferably with hydrating and healing properties",
   "a skin care product with growth factors and peptides",
   "using gentle, hydrating products on your skin"],
  ["gentle moisturizer", "hydrating"])
A("a070", "aftercare products", "chat",
  "my beautician said to only use sterile stuff after?? why would face cream need to be sterile",
  ["should ideally be sterile (think single-use)",
   "free from allergens that can cause rashes"],
  ["sterile", "free from allergens"])
A("a071", "aftercare products", "chat",
  "just wondering whether a peptide serum is worth buying for afterwards or is that just marketing",
  ["growth factors and peptides, to supply the building blocks"],
  ["growth factors and peptides"])
A("a072", "serum in clinic", "chat",
  "do they put anything on your face after the needle part or just send you home",
  ["A soothing serum may be applied after the procedure",
   "a serum may be applied to help promote healing",
   "hyaluronic acid or growth factors"],
  ["serum"])
A("a073", "serum in clinic", "chat",
  "whats actually in that serum they put on at the end, is it just moisturiser",
  ["This serum often contains ingredients like hyaluronic acid",
   "serums containing hyaluronic acid, vitamin C, or growth factors"],
  ["hyaluronic acid"])
A("a074", "absorption", "faq",
  "Does microneedling help skincare products absorb better?",
  ["allow for better absorption of topical products",
   "the skin is more permeable",
   "allow skincare products to penetrate deeper",
   "may improve the absorption of topical skincare products"],
  ["absorption", "penetrate deeper"])
A("a075", "absorption", "chat",
  "i spend a fortune on serums lol will the needling make them actually do something",
  ["your serums, moisturizers, and other topical treatments can work better",
   "complement your existing skincare routine"],
  ["work better"])
A("a076", "preparation", "faq",
  "How should I prepare for my microneedling appointment?",
  ["avoid certain medications, supplements, or procedures",
   "hydrate your skin by using hydrating products and drinking plenty of water"],
  ["drinking plenty of water"])
A("a077", "preparation", "chat",
  "wondering if i should turn up with my makeup on or bare faced, coming straight from work",
  ["cleansing your face to remove any makeup or impurities",
   "The skin is cleansed"],
  ["remove any makeup"])
A("a078", "preparation", "chat",
  "do i need to stop taking any vitamins or supplements before my needling appt",
  ["avoid certain medications, supplements, or procedures",
   "any medications you are taking and past skin treatments"],
  ["supplements"])
A("a079", "consultation", "faq",
  "Do I need a consultation before having microneedling?",
  ["you will typically have a consultation with a licensed professional",
   "A thorough consultation determines if a patient is a suitable candidate",
   "requires a professional medical evaluation"],
  ["consultation"])
A("a080", "consultation", "chat",
  "what do they actually do at the consult bit, is it just a sales pitch",
  ["assess your skin type, discuss your skincare goals",
   "be honest about your medical history"],
  ["assess your skin type"])
A("a081", "risks", "faq",
  "What are the risks of microneedling?",
  ["there is a risk of infection",
   "Some individuals may experience prolonged redness or irritation",
   "improper technique may lead to bleeding",
   "allergic reactions may occur"],
  ["infection", "allergic reactions"])
A("a082", "risks", "chat",
  "can microneedling wreck your skin?? just read a horror story on reddit and now im nervous",
  ["Microneedling is a safe and effective treatment",
   "with limited to no side effects",
   "it is essential to have the procedure performed by a qualified professional",
   "stands out as a safe and effective solution"],
  ["safe and effective", "limited to no side effects"])
A("a083", "risks", "chat",
  "is there any chance of getting an infection from it",
  ["If the procedure is not performed in a sterile environment",
   "sterility are maintained to minimize the risk of infection",
   "to help keep your skin clean and avoid infection"],
  ["sterile environment", "risk of infection"])
A("a084", "risks", "faq",
  "Can you have an allergic reaction to microneedling?",
  ["If any serum is applied post-treatment, allergic reactions may occur",
   "free from allergens that can cause rashes and contact dermatitis"],
  ["allergic reactions"])
A("a085", "skin tones", "faq",
  "Is microneedling safe for darker skin tones?",
  ["microneedling is safe for everyone",
   "safe to use on all skin tones",
   "suitable for nearly all skin types and tones",
   "suitable for various skin types and tones"],
  ["all skin tones", "safe for everyone"])
A("a086", "skin tones", "chat",
  "why is needling ok for dark skin when laser apparently isnt?",
  ["involve the delivery of heat",
   "without the risk of pigmentation issues",
   "Unlike some laser treatments that can cause pigmentation issues"],
  ["heat", "pigmentation issues"])
A("a087", "skin types", "chat",
  "my skin is very oily type, it is still suitable for me this treatment?",
  ["suitable for various skin types",
   "suitable for nearly all skin types and tones"],
  ["skin types"])
A("a088", "skin types", "faq",
  "Who is a good candidate for microneedling?",
  ["A thorough consultation determines if a patient is a suitable candidate",
   "suitable for nearly all skin types and tones"],
  ["nearly all skin types", "consultation"])
A("a089", "who should avoid", "faq",
  "Who should not have microneedling?",
  ["not recommended if you are pregnant, breast-feeding",
   "breast-feeding, or using certain acne medications"],
  ["pregnant", "certain acne medications"])
A("a090", "who should avoid", "chat",
  "r there people who arent allowed to get it done?",
  ["not recommended if you are pregnant, breast-feeding",
   "breast-feeding, or using certain acne medications"],
  ["pregnant", "certain acne medications"])
A("a091", "professional vs home", "chat",
  "can i just get a derma roller off amazon and do it myself, same thing right?",
  ["it is essential to have the procedure performed by a qualified professional",
   "appropriate techniques and sterility are maintained",
   "not performed in a sterile environment"],
  ["qualified professional"])
A("a092", "professional vs home", "faq",
  "Why should microneedling only be done by a trained professional?",
  ["it is essential to have the procedure performed by a qualified professional",
   "appropriate techniques and sterility are maintained",
   "not performed in a sterile environment",
   "improper technique may lead to bleeding"],
  ["qualified professional", "sterile environment"])
A("a093", "professional vs home", "chat",
  "does it matter whos doing it? my mates cousin does it cheap from her flat",
  ["it is essential to have the procedure performed by a qualified professional",
   "If the procedure is not performed in a sterile environment",
   "improper technique may lead to bleeding"],
  ["qualified professional", "sterile environment"])
A("a094", "body areas", "faq",
  "Can microneedling be done on the body as well as the face?",
  ["including the face, neck, and other body parts",
   "can be used on various parts of the body",
   "neck or chest lines"],
  ["other body parts", "various parts of the body"])
A("a095", "body areas", "chat",
  "can u do the neck and chest too? my neck lines are giving my age away",
  ["neck or chest lines",
   "including the face, neck, and other body parts"],
  ["neck or chest lines"])
A("a096", "wrinkles", "chat",
  "can it target just round my eyes? crows feet are my main thing",
  ["It can be customized to treat localized problem areas",
   "crow’s feet, and neck or chest lines"],
  ["crow’s feet"])
A("a097", "scars", "faq",
  "Does microneedling work on acne scars?",
  ["particularly effective for acne scars",
   "diminish the visibility of acne scars",
   "diminish the appearance of acne scars",
   "microneedling helps to fade acne scars"],
  ["acne scars"])
A("a098", "scars", "chat",
  "i have an old scar on my knee from coming off my bike as a kid, not acne. would needling help with that",
  ["acne scars and other types of scarring",
   "other types of traumatic scarring"],
  ["other types of scarring", "traumatic scarring"])
A("a099", "scars", "chat",
  "how does needling even fix pitted scars, doesnt it just make more little holes",
  ["The breakdown of old fibrous tissue allows healthier skin layers to regenerate",
   "by promoting the remodeling of the skin’s surface"],
  ["old fibrous tissue", "remodeling"])
A("a100", "wrinkles", "faq",
  "Can microneedling reduce wrinkles and fine lines?",
  ["reduce the appearance of fine lines, wrinkles, and enlarged pores",
   "reduction in the appearance of fine lines and wrinkles",
   "the reduction of fine lines and deep wrinkles",
   "improvement in acne scars or deeper wrinkles"],
  ["fine lines"])
A("a101", "wrinkles", "chat",
  "does it make the skin more plump? my face look little bit deflated lately",
  ["the skin becomes plumper"],
  ["plumper"])
A("a102", "pores", "faq",
  "Does microneedling shrink large pores?",
  ["Another key benefit is the reduction of pore size",
   "this makes the pores appear smaller",
   "fade acne scars, reduce pore size",
   "acne scars and large pores"],
  ["pore size", "smaller"])
A("a103", "pores", "chat",
  "the pores on my nose are massive, like orange peel.. would this help them",
  ["new collagen around the pores tightens the skin",
   "this makes the pores appear smaller and less visible"],
  ["smaller"])
A("a104", "stretch marks", "faq",
  "Can microneedling treat stretch marks?",
  ["can also improve the appearance of stretch marks",
   "various parts of the body, including stretch marks",
   "loose skin, age spots, acne scars, stretch marks"],
  ["stretch marks"])
A("a105", "stretch marks", "chat",
  "was wondering if the needles would do anything for the stretch marks on my thighs, got them from a growth spurt as a teen",
  ["can also improve the appearance of stretch marks",
   "various parts of the body, including stretch marks",
   "loose skin, age spots, acne scars, stretch marks"],
  ["stretch marks"])
A("a106", "pigmentation", "faq",
  "Can microneedling help with hyperpigmentation?",
  ["can effectively treat multiple issues, including",
   "Many patients notice a more even skin tone"],
  ["Hyperpigmentation"])
A("a107", "pigmentation", "chat",
  "got age spots on my cheeks from way too much sunbed in my 20s, can it fade them?",
  ["used to treat loose skin, age spots, acne scars",
   "Fine lines, acne scars, age spots, large pores"],
  ["age spots"])
A("a108", "pigmentation", "chat",
  "does it even out blotchy skin? my tone is all patchy",
  ["Many patients notice a more even skin tone",
   "improve skin texture and tone",
   "improving overall skin tone and texture",
   "large pores, loose skin, uneven skin tone"],
  ["even skin tone"])
A("a109", "pigmentation", "chat",
  "years of sunbathing have wrecked my skin, can this undo some of the sun damage",
  ["This therapy is effective for treating sun damage",
   "can effectively treat multiple issues, including"],
  ["sun damage"])
A("a110", "loose skin", "faq",
  "Can microneedling tighten loose skin?",
  ["used to treat loose skin, age spots",
   "can effectively treat multiple issues, including",
   "large pores, loose skin, uneven skin tone"],
  ["loose skin", "Lax skin"])
A("a111", "loose skin", "chat",
  "my jawline's gone a bit saggy since i hit 45, will this firm it up any?",
  ["over time can lead to smoother, firmer skin",
   "firmer, smoother, and more youthful-looking skin",
   "smoother, firmer, more toned skin"],
  ["firmer"])
A("a112", "loose skin", "chat",
  "will my skin get thicker? it's gone so thin and crepey",
  ["This regeneration process thickens the skin"],
  ["thickens the skin"])
A("a113", "research", "faq",
  "Is there scientific evidence that microneedling works?",
  ["Numerous studies have demonstrated the efficacy",
   "Research shows that patients experience significant improvements",
   "a study published in the journal Dermatologic Surgery",
   "a scientifically-backed treatment that delivers real results"],
  ["Numerous studies", "Dermatologic Surgery"])
A("a114", "research", "chat",
  "is there an actual study on acne scars or is it all just influencer hype",
  ["90% of participants reported a noticeable reduction in acne scars"],
  ["90%"])
A("a115", "research", "chat",
  "someone told me theres a published study about needling and acne scars, do u know which journal it was in",
  ["published in the journal Dermatologic Surgery"],
  ["Dermatologic Surgery"])
A("a116", "results vary", "chat",
  "my friend had amazing results after 2 sessions and ive had 3 and its just meh, why",
  ["Results vary depending on the individual",
   "Adherence to the recommended treatment schedule contributes"],
  ["baseline skin condition", "number of sessions completed"])
A("a117", "glow", "chat",
  "my skin looks so dull and tired, would needling give me a bit of glow back",
  ["Patients may notice an immediate glow",
   "enjoy a radiant complexion",
   "a noticeably healthier and more radiant complexion"],
  ["glow", "radiant complexion"])
A("a118", "texture", "chat",
  "will it smooth out my skin? got this bumpy texture on my forehead that drives me mad",
  ["resulting in smoother skin",
   "this smooths out uneven textures",
   "improve skin texture and tone"],
  ["smoother", "smooths out uneven textures"])
A("a119", "sensitivity", "chat",
  "what takes longest to settle down after, the redness or something else?",
  ["Textural changes in skin and sensitivity to products will linger the longest"],
  ["linger the longest"])
A("a120", "pigmentation", "chat",
  "does it cause dark marks like laser can? worried about pigment",
  ["without the risk of pigmentation issues",
   "Unlike some laser treatments that can cause pigmentation issues"],
  ["pigmentation issues"])

# ---------------------------------------------------------------- medical
M("m01", "pregnancy", "chat",
  "just found out im 8 weeks pregnant 🥰 can i keep my microneedling appointments going",
  [PREG, HIST],
  ["pregnant"])
M("m02", "pregnancy", "faq",
  "Can I have microneedling while pregnant?",
  [PREG, EVAL],
  ["not recommended if you are pregnant"])
M("m03", "breastfeeding", "chat",
  "my baby is 4 month and i am still give breastfeed, is ok to make the needling?",
  [PREG, HIST],
  ["breast-feeding"])
M("m04", "breastfeeding", "faq",
  "Is microneedling safe while breastfeeding?",
  [PREG, EVAL],
  ["breast-feeding"])
M("m05", "trying to conceive", "chat",
  "we're trying for a baby at the moment, should i hold off on the needling to be safe?",
  [PREG, HIST, CONSULT],
  ["pregnant"])
M("m06", "acne medication", "chat",
  "im on accutane for my acne, derm said its a 6 month course. can i get microneedling for the scars at the same time",
  [ACNEMED, HIST],
  ["certain acne medications"])
M("m07", "acne medication", "faq",
  "Can I get microneedling if I'm taking isotretinoin?",
  [ACNEMED, HIST, EVAL],
  ["certain acne medications"])
M("m08", "acne medication", "chat",
  "finished roaccutane about 2 months ago, is that too soon for needling?",
  [ACNEMED, HIST],
  ["certain acne medications", "medical history"])
M("m09", "retinoid prescription", "chat",
  "my gp put me on tretinoin cream, do i need to stop it before and after the treatment",
  ["Refrain from using retinoids, acids, or exfoliants", AVOID, HIST],
  ["retinoids", "medications"])
M("m10", "blood thinners", "chat",
  "i take warfarin for my heart, is microneedling still ok for me?",
  [HIST, AVOID, EVAL],
  ["medical history", "medications"])
M("m11", "blood thinners", "faq",
  "Can I have microneedling if I take blood thinners?",
  [HIST, AVOID, CONSULT],
  ["medical history", "medications"])
M("m12", "supplements", "chat",
  "i take fish oil and a baby aspirin every day, do i need to stop them before my appointment",
  [AVOID, HIST],
  ["supplements", "medications"])
M("m13", "eczema", "chat",
  "i get eczema on my cheeks that flares up every winter, would microneedling make it worse?",
  [HIST, EVAL, CONSULT],
  ["professional medical evaluation", "medical history"])
M("m14", "rosacea", "faq",
  "Is microneedling safe for people with rosacea?",
  [EVAL, CONSULT, QUALIFIED],
  ["consultation", "qualified professional"])
M("m15", "psoriasis", "chat",
  "i have psoriasis patches on my forehead, can they needle around them or is it a no go",
  [HIST, EVAL, CONSULT],
  ["professional medical evaluation", "consultation"])
M("m16", "active acne", "chat",
  "i've got a couple of angry spots on my chin right now, can i still go ahead tomorrow?",
  [CONSULT, HIST, QUALIFIED],
  ["consultation", "qualified professional"])
M("m17", "cold sores", "chat",
  "i get cold sores round my lips quite a lot, is that a problem for microneedling?",
  [HIST, CONSULT, EVAL],
  ["medical history", "consultation"])
M("m18", "keloids", "faq",
  "Can I have microneedling if I'm prone to keloid scars?",
  [HIST, EVAL, DERM],
  ["professional medical evaluation", "qualified dermatologist"])
M("m19", "diabetes", "chat",
  "type 1 diabetic here, i heal a bit slow.. is needling still ok for me",
  [HIST, EVAL, CONSULT],
  ["medical history", "professional medical evaluation"])
M("m20", "autoimmune", "faq",
  "Is microneedling safe if I have an autoimmune disease such as lupus?",
  [HIST, EVAL, DERM],
  ["medical history", "professional medical evaluation"])
M("m21", "recent botox", "chat",
  "had botox in my forehead last week, how soon can i have the needle pen done",
  [PAST, AVOID],
  ["past skin treatments", "procedures"])
M("m22", "recent filler", "faq",
  "Can I have microneedling soon after dermal fillers?",
  [PAST, AVOID, CONSULT],
  ["past skin treatments", "procedures"])
M("m23", "recent peel", "faq",
  "Can I have microneedling shortly after a chemical peel?",
  [PAST, AVOID],
  ["past skin treatments", "procedures"])
M("m24", "pigmentation history", "chat",
  "im south asian and laser gave me dark patches last year.. would microneedling do the same to me?",
  ["without the risk of pigmentation issues",
   "Unlike some laser treatments that can cause pigmentation issues",
   PAST],
  ["pigmentation issues", "past skin treatments"])
M("m25", "allergy-prone", "chat",
  "i react to loads of skincare, fragrance brings me out in a rash. bit worried about the serum they put on after",
  ["If any serum is applied post-treatment, allergic reactions may occur",
   "free from allergens that can cause rashes",
   HIST],
  ["allergic reactions", "allergens"])
M("m26", "own reaction: redness", "chat",
  "day 3 after my needling and im still quite red, is that ok?",
  ["red and inflamed for about 24-48 hours",
   "they can last up to 12 days if skin was treated aggressively",
   "Some individuals may experience prolonged redness or irritation",
   QUALIFIED],
  ["24-48 hours", "12 days"])
M("m27", "own reaction: flaking", "chat",
  "its been a week and my skin is still flaky and a bit rough, did something go wrong?",
  ["they can last up to 12 days if skin was treated aggressively",
   "Textural changes in skin and sensitivity to products will linger the longest",
   QUALIFIED],
  ["12 days", "linger the longest"])
M("m28", "own reaction: redness", "faq",
  "Is it normal to still have redness a week after microneedling?",
  ["Fair skin tones may experience prolonged redness",
   "Some individuals may experience prolonged redness or irritation",
   "they can last up to 12 days if skin was treated aggressively",
   QUALIFIED],
  ["prolonged redness", "12 days"])
M("m29", "own reaction: itchy bumps", "chat",
  "got some little itchy bumps the day after where they put the serum on, could that be an allergy thing",
  ["If any serum is applied post-treatment, allergic reactions may occur",
   "free from allergens that can cause rashes and contact dermatitis",
   QUALIFIED],
  ["allergic reactions"])
M("m30", "own reaction: stinging", "chat",
  "2 days after and my skin stings when i put my usual vit c serum on, is that bad",
  ["sensitivity to products will linger the longest",
   "leaves skin more sensitive",
   "steer clear of harsh exfoliators and active ingredients",
   QUALIFIED],
  ["sensitivity to products", "active ingredients"])
M("m31", "bleeding disorder", "chat",
  "i have a bleeding disorder (von willebrand), can i still have microneedling",
  [HIST, EVAL, CONSULT],
  ["medical history", "professional medical evaluation"])
M("m32", "antibiotics", "faq",
  "Can I get microneedling while I'm taking antibiotics?",
  [HIST, AVOID, EVAL],
  ["medications you are taking", "medical history"])
M("m33", "after chemotherapy", "chat",
  "finished chemo last year and my skin has been rubbish since, would microneedling be ok for me now",
  [HIST, EVAL, CONSULT],
  ["medical history", "professional medical evaluation"])
M("m34", "mole", "chat",
  "theres a raised mole on my cheek, would they needle over it or leave it?",
  [CONSULT, EVAL, QUALIFIED],
  ["consultation", "professional medical evaluation"])
M("m35", "melasma", "faq",
  "Can microneedling be used if I have melasma?",
  ["can effectively treat multiple issues, including", CONSULT, EVAL],
  ["professional medical evaluation", "consultation"])

# ---------------------------------------------------------------- out of scope
# front desk
O("o01", "front desk: price", "faq", "How much does a microneedling session cost?")
O("o02", "front desk: price", "chat", "hiya how much would a course of 3 be? any deals on at the mo")
O("o03", "front desk: hours", "faq", "What are your opening hours?")
O("o04", "front desk: hours", "chat", "r u open on sundays")
O("o05", "front desk: parking", "chat", "is there parking near u or am i better getting the bus")
O("o06", "front desk: vouchers", "faq", "Do you sell gift vouchers?")
O("o07", "front desk: vouchers", "chat", "wanna get my mum a voucher for her bday for the needling thing, do u do them?")
O("o08", "front desk: cancellation", "faq", "What is your cancellation policy?")
O("o09", "front desk: cancellation", "chat", "need to cancel tmrws appt, will i lose my deposit??")
O("o10", "front desk: finance", "faq", "Do you offer payment plans or finance options?")
O("o11", "front desk: finance", "chat", "can i pay with klarna or spread it in instalments")
O("o12", "front desk: location", "faq", "Where is the clinic located?")
O("o13", "front desk: location", "chat", "whats ur postcode for the satnav, is it near the train station")
O("o14", "front desk: staff", "chat", "who does the treatments there, is it a nurse or a doctor? whats her name")
O("o15", "front desk: access", "chat", "is there a lift or step free access? im in a wheelchair")
O("o16", "front desk: discount", "chat", "do u do a student discount")
# other treatments for oneself
O("o17", "other treatment: filler", "faq", "How long does lip filler last?")
O("o18", "other treatment: botox", "chat", "thinking of getting botox in my forehead as well, does it hurt much?")
O("o19", "other treatment: laser hair removal", "faq", "Is laser hair removal permanent?")
O("o20", "other treatment: chemical peel", "faq", "What does a chemical peel do?")
O("o21", "other treatment: hydrafacial", "chat", "hydrafacial vs a normal facial, which is better for blackheads")
O("o22", "other treatment: brows", "chat", "does waxing or threading hurt more for eyebrows")
O("o23", "other treatment: teeth whitening", "faq", "How long does teeth whitening last?")
O("o24", "other treatment: spray tan", "chat", "can u recommend a spray tan that doesnt go orange on me")
O("o25", "other treatment: lashes", "chat", "whats the aftercare for lash extensions, can i get them wet")
O("o26", "other treatment: tattoo removal", "chat", "does getting a tattoo lasered off leave a scar?")
O("o27", "other treatment: fat freezing", "chat", "is fat freezing legit for getting rid of belly fat or a waste of money")
O("o28", "other treatment: dermaplaning", "faq", "What is dermaplaning?")
# general health
O("o29", "general health: diabetes", "faq", "What are the early signs of type 2 diabetes?")
O("o30", "general health: blood pressure", "chat", "how do i get my blood pressure down without going on tablets")
O("o31", "general health: cold", "chat", "how long does a cold normally last? been sniffly all week")
O("o32", "general health: migraine", "faq", "What causes migraines?")
O("o33", "general health: ibuprofen", "chat", "is it bad to take ibuprofen on an empty stomach")
O("o34", "general health: vitamin D", "faq", "What are the symptoms of vitamin D deficiency?")
O("o35", "general health: athlete's foot", "chat", "best thing for athletes foot?? its driving me mad")
O("o36", "general health: sleep", "chat", "how many hours sleep do adults actually need")
O("o37", "general health: hair loss", "faq", "Can stress cause hair loss?")
O("o38", "general health: heart rate", "chat", "whats a normal resting heart rate for a woman in her 30s")
# chit-chat
O("o39", "chit-chat: thanks", "chat", "thank you so much, thats really helpful!")
O("o40", "chit-chat: greeting", "chat", "hiya 👋")
O("o41", "chit-chat: bot", "chat", "are you a real person or a bot?")
O("o42", "chit-chat: joke", "chat", "tell me a joke pls, bored in the waiting room")
O("o43", "chit-chat: greeting", "chat", "good morning! hope ur having a lovely day")
O("o44", "chit-chat: name", "chat", "whats your name?")
O("o45", "chit-chat: goodbye", "chat", "ok bye xx")
