# Hand-written answerable items: (style, question, evidence phrases, must_mention)
DUR = ["typically lasts between 30 to 60 minutes", "usually takes about 30 to 60 minutes",
       "The entire needling process takes 30 minutes or more", "The treatment is relatively quick"]
DUR_MM = ["30 to 60 minutes", "30 minutes or more"]
PAIN = ["While you may feel slight discomfort", "relatively quick and comfortable (when paired with numbing cream)"]
PAIN_MM = ["slight discomfort", "manageable"]
NUMB = ["a topical anesthetic is applied to minimize discomfort", "a topical numbing cream",
        "topical numbing agent to reduce potential discomfort", "when paired with numbing cream"]
NUMB_MM = ["numbing cream", "topical anesthetic", "numbing agent"]
SESS = ["initial treatment series of three to five sessions", "Ideal results are achieved after multiple sessions",
        "Most patients require multiple sessions for optimal results", "a series of treatments, spaced several weeks apart"]
SESS_MM = ["three to five sessions", "multiple sessions"]
SPACE = ["multiple sessions spaced 4-6 weeks apart", "spaced several weeks apart"]
SPACE_MM = ["4-6 weeks apart", "several weeks apart"]
MAINT = ["occasional maintenance treatments to keep up your results", "Regular maintenance sessions can help sustain these results",
         "will need touch-ups every three to four months"]
MAINT_MM = ["maintenance treatments", "maintenance sessions"]
PERM = ["Microneedling results are not permanent", "many people experience long-lasting effects",
        "improve skin quality for months or even years", "occasional maintenance treatments to keep up your results"]
LAST = ["Microneedling results are not permanent", "depend on your age, the state of your skin",
        "will need touch-ups every three to four months", "improve skin quality for months or even years"]
IMMED = ["immediate glow after the initial redness subsides", "notice some immediate improvements",
         "are not immediate but typically become noticeable", "reduction in pore size within a day or two"]
IMMED_MM = ["immediate glow", "not immediate"]
FULL = ["the best results typically appear over the following weeks", "significant structural changes develop over several weeks",
        "typically become noticeable after a few weeks", "improvements continuing for up to six months"]
FULL_MM = ["over the following weeks", "after a few weeks", "several weeks"]
SCARTIME = ["improvement in acne scars or deeper wrinkles", "after just four sessions of microneedling"]
SCARTIME_MM = ["at least three treatments", "four sessions"]
CONT = ["improvements continuing for up to six months", "This response can continue for months after the treatment",
        "improve skin quality for months or even years"]
CONT_MM = ["up to six months", "continue for months"]
DOWN = ["Recovery time is usually just a few days", "usually requires minimal downtime",
        "Many skin treatments come with extensive recovery times", "can last up to 12 days if skin was treated aggressively"]
DOWN_MM = ["minimal downtime", "just a few days"]
WORK = ["return to their daily routines almost immediately", "red and inflamed for about 24-48 hours",
        "within a few hours to a day", "Recovery time is usually just a few days"]
WORK_MM = ["almost immediately", "24-48 hours"]
EVENT = ["book around two weeks prior to an event", "can last up to 12 days if skin was treated aggressively"]
EVENT_MM = ["two weeks prior to an event"]
REDLONG = ["red and inflamed for about 24-48 hours", "within a few hours to a day", "within a few days",
           "can last up to 12 days if skin was treated aggressively"]
REDLONG_MM = ["24-48 hours", "within a few days"]
REDNORM = ["similar to a mild sunburn", "This is a normal response",
           "patients often experience some redness and mild swelling", "the skin will likely appear red"]
REDNORM_MM = ["normal response", "mild sunburn"]
LOOK = ["similar to a mild sunburn", "the skin will likely appear red",
        "patients often experience some redness and mild swelling", "slight swelling or tenderness"]
SWELL = ["experience some redness and", "slight swelling or tenderness",
         "some redness and slight swelling may occur", "In addition to redness and swelling"]
SWELL_MM = ["mild swelling", "slight swelling"]
PEEL = ["crusting, pinpoint bleeding, skin flaking, tightness", "usually short-lived, they can last up to 12 days"]
PEEL_MM = ["skin flaking", "short-lived"]
BLEED = ["you may experience crusting, pinpoint bleeding", "Though rare, improper technique may lead to bleeding"]
BLEED_MM = ["pinpoint bleeding"]
INFECT = ["there is a risk of infection", "sterility are maintained to minimize the risk of infection",
          "keep your skin clean and avoid infection"]
INFECT_MM = ["sterile environment", "risk of infection"]
ALLERGY = ["allergic reactions may occur", "free from allergens that can cause rashes"]
ALLERGY_MM = ["allergic reactions"]
SAFE = ["Microneedling is a safe and effective treatment", "microneedling is generally considered safe",
        "a safe and effective solution", "generally safe for most skin types"]
SAFE_MM = ["safe and effective", "well tolerated"]
SIDE = ["common to experience some redness and swelling", "crusting, pinpoint bleeding, skin flaking",
        "limited to no side effects", "common for your skin to appear red"]
SIDE_MM = ["redness and swelling", "pinpoint bleeding"]
RISK = ["not performed in a sterile environment", "prolonged redness or irritation",
        "improper technique may lead to bleeding", "allergic reactions may occur"]
RISK_MM = ["risk of infection", "allergic reactions"]
PIGM = ["without the risk of pigmentation issues", "Unlike some laser treatments that can cause pigmentation issues"]
PIGM_MM = ["pigmentation issues"]
MAKEUP = ["refraining from wearing makeup for 24 hours", "Not wearing makeup on few days of your treatment",
          "avoiding direct sun exposure, heavy makeup"]
MAKEUP_MM = ["24 hours", "makeup"]
SUN = ["Protect your skin from sun exposure and use a broad-spectrum sunscreen", "avoiding direct sun exposure",
       "include avoiding sun exposure"]
SUN_MM = ["broad-spectrum sunscreen", "sun exposure"]
GYM = ["Avoid heavy exercise for a day or two"]
GYM_MM = ["heavy exercise", "a day or two"]
ACTIVE = ["Refrain from using retinoids, acids, or exfoliants", "steer clear of harsh exfoliators and active ingredients",
          "certain skincare products for a few days"]
ACTIVE_MM = ["retinoids, acids, or exfoliants", "harsh exfoliators"]
MOIST = ["Keep your skin moisturized with a gentle moisturizer", "Gentle moisturizers and serums",
         "using gentle, hydrating products on your skin"]
MOIST_MM = ["gentle moisturizer", "hydrating"]
WASH = ["Washing your face with a gentle cleanser after 8 hours"]
WASH_MM = ["after 8 hours", "gentle cleanser"]
PREP = ["avoid certain medications, supplements, or procedures", "hydrate your skin by using hydrating products",
        "you will typically have a consultation"]
PREP_MM = ["hydrate your skin", "plenty of water"]
SERUM = ["A soothing serum may be applied after the procedure", "a serum may be applied to help promote healing",
         "hyaluronic acid or growth factors", "combine microneedling with potent serums"]
SERUM_MM = ["serum", "hyaluronic acid"]
DEPTH = ["the depth of needle penetration is adjusted", "The needles penetrate the epidermis",
         "puncture the outer layer of skin", "micro-injuries in the dermis"]
TONES = ["safe to use on all skin tones", "cause pigmentation issues in darker skin tones",
         "suitable for nearly all skin types and tones", "suitable for various skin types and tones"]
TONES_MM = ["all skin tones", "nearly all skin types and tones"]
TYPES = ["suitable for various skin types", "suitable for nearly all skin types and tones", "generally safe for most skin types"]
TYPES_MM = ["various skin types", "nearly all skin types"]
HOME = ["have the procedure performed by a qualified professional", "appropriate techniques and sterility are maintained",
        "not performed in a sterile environment", "improper technique may lead to bleeding"]
HOME_MM = ["qualified professional", "sterile environment"]
AREAS = ["including the face, neck, and other body parts", "can be used on various parts of the body",
         "customized to treat localized problem areas"]
AREAS_MM = ["face, neck, and other body parts", "various parts of the body"]
STRETCH = ["improve the appearance of stretch marks", "various parts of the body, including stretch marks",
           "acne scars, stretch marks and other skin concerns", "uneven skin tone, stretch marks"]
STRETCH_MM = ["stretch marks"]
SCARS = ["particularly effective for acne scars and other types of scarring", "acne scars and other types of traumatic scarring",
         "scars, wrinkles, and enlarged pores"]
SCARS_MM = ["other types of scarring", "traumatic scarring"]
RESEARCH = ["Numerous studies have demonstrated the efficacy", "Research shows that patients experience significant improvements",
            "published in the journal Dermatologic Surgery", "a scientifically-backed treatment that delivers real results"]
RESEARCH_MM = ["Numerous studies", "90% of participants"]
TONE = ["improve skin texture and tone", "a more even skin tone", "improving overall skin tone and texture",
        "loose skin, uneven skin tone"]
TONE_MM = ["even skin tone", "skin texture and tone"]
GF = ["triggers the release of growth factors", "release of growth factors and the formation of new blood vessels",
      "releases a cascade of growth factors"]
GF_MM = ["growth factors"]
WHY = ["damage the skin just enough", "micro-injuries are crucial because they stimulate",
       "the skin perceives a wound and activates a healing cascade", "physiological response to physical trauma"]
WHY_MM = ["healing cascade", "natural healing response"]
CIT = ["also known as collagen induction therapy"]
CIT_MM = ["collagen induction therapy"]
ABS = ["absorption of topical products", "penetrate deeper and be more effective",
       "improve the absorption of topical skincare products", "can work better and yield better results"]
ABS_MM = ["penetrate deeper", "absorption of topical products"]
CONSULT = ["you will typically have a consultation with a licensed professional",
           "A thorough consultation determines if a patient is a suitable candidate", "they will assess your skin type"]
CONSULT_MM = ["consultation"]
CONSULTIN = ["assess your skin type, discuss your skincare goals", "be honest about your medical history",
             "assess skin type and discuss potential benefits"]
CONSULTIN_MM = ["medical history", "skincare goals"]
SORE = ["appear red and feel sensitive", "mild redness and sensitivity", "slight swelling or tenderness",
        "tightness, and sensitivity during the healing process"]
SORE_MM = ["sensitive", "tenderness"]

A = [
 # duration
 ("chat", "how long am i actually gonna be in the chair for? trying to plan my day", DUR, DUR_MM),
 ("faq", "How long does a typical microneedling appointment last?", DUR, DUR_MM),
 ("chat", "if i get face AND neck done does that take way longer than just the face?",
  ["depending on the size of the area being treated", "depending on the area being treated", "depending on the size of the treated area"],
  ["depending on the size", "30 to 60 minutes"]),
 ("chat", "how many minute take the treatment itself? i have only my lunch hour", DUR, DUR_MM),
 # pain
 ("chat", "does it hurt alot?? im such a baby with needles", PAIN, PAIN_MM),
 ("faq", "Is microneedling painful?", PAIN, PAIN_MM),
 ("chat", "on a scale of 1 to 10 how bad does it hurt, honestly", PAIN, PAIN_MM),
 ("chat", "my sister says micro kneeling feels like your face getting scratched by a cat is it really that painful", PAIN, PAIN_MM),
 # numbing
 ("chat", "do u guys numb the skin first or nah", NUMB, NUMB_MM),
 ("faq", "Will I receive a numbing agent before treatment?", NUMB, NUMB_MM),
 ("chat", "wondering if they put some kind of cream on to numb it before starting", NUMB, NUMB_MM),
 # sound
 ("chat", "is the machine loud? drill noises at the dentist make me panic", ["often described as a gentle buzzing"], ["gentle buzzing"]),
 # sessions
 ("faq", "How many treatments will I need?", SESS, SESS_MM),
 ("chat", "is one session enough or do i have to keep coming back", SESS, SESS_MM),
 ("chat", "how many times i need to do it for see result? one time is ok?", SESS, SESS_MM),
 ("faq", "How many microneedling sessions are recommended?", SESS, SESS_MM),
 # spacing
 ("chat", "how long do i have to wait between sessions", SPACE, SPACE_MM),
 ("faq", "How much time should pass between microneedling sessions?", SPACE, SPACE_MM),
 ("chat", "can i book my 2nd one like 2 weeks after the first to speed things up?", SPACE, SPACE_MM),
 # maintenance
 ("chat", "after i finish the course do i need top ups or is that it", MAINT, MAINT_MM),
 ("faq", "Will I need maintenance treatments?", MAINT, MAINT_MM),
 ("chat", "im 47, how often would i need to come back to keep it looking good",
  ["Patients over age 40 and those with heavily sun-damaged skin", "will need touch-ups every three to four months",
   "depend on your age, the state of your skin"], ["every three to four months"]),
 # permanence
 ("faq", "Will the improvement from microneedling be permanent?", PERM, ["not permanent"]),
 ("chat", "so once its done its done forever right? or does it wear off", PERM, ["not permanent"]),
 ("chat", "my friend had amazing results and my cousin barely saw a difference, why is it so different person to person?",
  ["baseline skin condition and the number of sessions completed", "While individual results can vary"],
  ["baseline skin condition", "number of sessions"]),
 ("faq", "How long can I expect my results to last?", LAST, ["not permanent", "every three to four months"]),
 # timing of results
 ("chat", "will i walk out looking better straight away or nah", IMMED, IMMED_MM),
 ("faq", "Will I see results immediately?", IMMED, IMMED_MM),
 ("faq", "When will I see the full results of my treatment?", FULL, FULL_MM),
 ("chat", "how many weeks till it actually starts working properly", FULL, FULL_MM),
 ("chat", "ok so i've got a holiday in about 2 months and i'd love my skin at its best by then... how long before the real changes kick in?", FULL, FULL_MM),
 ("chat", "when will my skin start feeling smoother after the first one", ["within a week of your first treatment", "notice some immediate improvements"], ["within a week"]),
 ("chat", "how many sessions before my acne scars actually look better?", SCARTIME, SCARTIME_MM),
 ("faq", "How soon will my acne scars improve?", SCARTIME, SCARTIME_MM),
 ("chat", "does it keep getting better after the session or is what i see at week 2 basically it", CONT, CONT_MM),
 ("faq", "Does collagen keep building after the treatment?", CONT, CONT_MM),
 ("chat", "my pores looked tiny the day after!! is that the collagen already working?",
  ["Most patients see a reduction in pore size", "within a day or two, often due to swelling"], ["due to swelling"]),
 # downtime
 ("faq", "Is there any downtime after microneedling?", DOWN, DOWN_MM),
 ("faq", "What is the recovery time?", DOWN, DOWN_MM),
 ("chat", "how much time off work should i take", DOWN, DOWN_MM),
 ("chat", "after treatment I can do my normal life or I must stay home some days?", DOWN, DOWN_MM),
 ("chat", "kinda wondering if i'll be presentable at my desk the morning after", WORK, WORK_MM),
 ("chat", "can i go straight back to the office after or do ppl usually need a day off", WORK, WORK_MM),
 # events
 ("chat", "getting married on the 14th, when's the latest i should get it done?", EVENT, EVENT_MM),
 ("faq", "How far in advance of a special event should I schedule microneedling?", EVENT, EVENT_MM),
 ("chat", "I have a photo shoot next friday will my skin be OK by then question mark", EVENT, EVENT_MM),
 # redness
 ("faq", "How long will my skin be red after microneedling?", REDLONG, REDLONG_MM),
 ("chat", "how long till the redness goes down", REDLONG, REDLONG_MM),
 ("chat", "ppl at work are gonna ask why im lobster red lol how many days does that last", REDLONG, REDLONG_MM),
 ("chat", "is it normal for your face to look sunburnt afterwards", REDNORM, REDNORM_MM),
 ("faq", "What will my skin look like right after treatment?", LOOK, ["mild sunburn", "redness and mild swelling"]),
 # swelling
 ("chat", "will my face puff up? got a zoom call the next day", SWELL, SWELL_MM),
 ("faq", "Does microneedling cause swelling?", SWELL, SWELL_MM),
 # peeling etc
 ("chat", "is peeling normal? how long does the flaky stage last", PEEL, PEEL_MM),
 ("faq", "Will my skin peel after microneedling?", PEEL, PEEL_MM),
 ("chat", "does ur skin feel tight n dry afterwards?", ["skin flaking, tightness, and sensitivity during the healing process"], ["tightness"]),
 ("chat", "do you get scabs afterwards?", ["you may experience crusting, pinpoint bleeding", "can last up to 12 days if skin was treated aggressively"], ["crusting"]),
 ("chat", "which after-effect hangs around the longest", ["Textural changes in skin and sensitivity to products"], ["linger the longest"]),
 ("chat", "will my skin feel sore or sensitive afterwards?", SORE, SORE_MM),
 # bleeding
 ("chat", "will there be blood?? i'm really squeamish", BLEED, BLEED_MM),
 ("faq", "Does microneedling make you bleed?", BLEED, BLEED_MM),
 # infection / allergy / safety
 ("faq", "Is there a risk of infection?", INFECT, INFECT_MM),
 ("chat", "can u get an infection from it?", INFECT, INFECT_MM),
 ("chat", "can you have an allergic reaction to the stuff they put on after?", ALLERGY, ALLERGY_MM),
 ("faq", "Is microneedling safe?", SAFE, SAFE_MM),
 ("chat", "saw a video saying it can wreck your face forever, is that true?", SAFE, SAFE_MM),
 ("faq", "What are the side effects of microneedling?", SIDE, SIDE_MM),
 ("chat", "what side effects should i expect tbh", SIDE, SIDE_MM),
 ("faq", "What are the risks of microneedling?", RISK, RISK_MM),
 ("chat", "whats the worst that could realistically happen", RISK, RISK_MM),
 ("chat", "can it leave dark marks on your skin like some lasers do?", PIGM, PIGM_MM),
 ("chat", "can the redness hang around for ages for some people?", ["prolonged redness or irritation", "Fair skin tones may experience prolonged redness"], ["prolonged redness"]),
 # makeup
 ("chat", "when can i put makeup back on", MAKEUP, MAKEUP_MM),
 ("faq", "Can I wear makeup after microneedling?", MAKEUP, MAKEUP_MM),
 ("chat", "can i at least do concealer the next day or is that a no", MAKEUP, MAKEUP_MM),
 ("chat", "after the needles, foundation is allowed same day?", MAKEUP, MAKEUP_MM),
 # sun
 ("chat", "going to the beach the weekend after, is that gonna be a problem?", SUN, SUN_MM),
 ("faq", "Do I need to avoid the sun after treatment?", SUN, SUN_MM),
 ("chat", "do i have to wear spf after", SUN, SUN_MM),
 # exercise
 ("chat", "can i hit the gym after? i go every day", GYM, GYM_MM),
 ("faq", "When can I exercise after microneedling?", GYM, GYM_MM),
 ("chat", "is a light jog ok the evening after or should i just chill", GYM, GYM_MM),
 ("chat", "can I do my spin class tomorrow morning after my micro needing appointment", GYM, GYM_MM),
 # actives
 ("chat", "when can i go back to my retinol", ACTIVE, ACTIVE_MM),
 ("faq", "Which skincare products should I avoid after microneedling?", ACTIVE, ACTIVE_MM),
 ("chat", "can i use my glycolic toner the night after", ACTIVE, ACTIVE_MM),
 ("chat", "i use an aha exfoliating toner and a face scrub, do i pause those after?", ACTIVE, ACTIVE_MM),
 # moisturiser / products
 ("chat", "should i moisturise after or just leave my skin alone", MOIST, MOIST_MM),
 ("faq", "What should I put on my skin after microneedling?",
  ["Keep your skin moisturized with a gentle moisturizer", "Gentle moisturizers and serums",
   "skin care product with growth factors and peptides", "should ideally be sterile (think single-use)"],
  ["gentle moisturizer", "growth factors and peptides"]),
 ("chat", "any particular serum i should be using at home in the days after?",
  ["skin care product with growth factors and peptides", "preferably with hydrating and healing properties"], ["growth factors and peptides"]),
 ("chat", "why does it matter so much what products i use after, my skin's just a bit red",
  ["disrupts the skin barrier and leaves skin more sensitive", "sensitivity to products will linger the longest"], ["skin barrier"]),
 # washing
 ("chat", "when am i allowed to wash my face", WASH, WASH_MM),
 ("faq", "When can I wash my face after treatment?", WASH, WASH_MM),
 ("chat", "can i wash my face that night before bed?", WASH, WASH_MM),
 # aftercare importance
 ("faq", "Why is aftercare important?", ["Post-care is essential for maximizing the benefits", "Post-care is crucial for achieving the best results",
   "help protect the skin as it heals"], ["best results", "protect the skin"]),
 # preparation
 ("faq", "How should I prepare for my microneedling appointment?", PREP, PREP_MM),
 ("chat", "anything i should do the week before?", PREP, PREP_MM),
 ("chat", "should i drink loads of water before or is that a myth", ["drinking plenty of water"], ["plenty of water"]),
 ("chat", "coming straight from work, is it ok if i have makeup on when i arrive?",
  ["cleansing your face to remove any makeup or impurities", "The skin is cleansed"], ["remove any makeup"]),
 # serum after
 ("chat", "whats the stuff they put on at the end", SERUM, SERUM_MM),
 ("faq", "Is a serum applied after microneedling?", SERUM, SERUM_MM),
 # depth / device
 ("chat", "how deep do the needles actually go in", DEPTH, ["depth of needle penetration is adjusted", "epidermis"]),
 ("chat", "do they use the same needle depth on my forehead and cheeks?", ["adjusted based on specific skin concerns or facial zones"], ["facial zones"]),
 ("chat", "is it one of those rollers or a pen thing", ["the pen-shaped device with numerous fine needles"], ["pen-shaped device"]),
 ("chat", "are the needles new/clean every time? kinda paranoid",
  ["equipped with multiple sterile needles", "using tiny, sterile needles", "pricking the skin with tiny, sterilized needles"], ["sterile needles"]),
 ("chat", "is there any heat or laser involved?", ["involve the delivery of heat"], ["delivery of heat"]),
 ("chat", "how many needles are on the thing", ["the pen-shaped device with numerous fine needles", "equipped with multiple sterile needles",
   "creates thousands of microinjuries"], ["numerous fine needles", "thousands of microinjuries"]),
 # skin tones / types / candidates
 ("faq", "Is microneedling safe for darker skin tones?", TONES, TONES_MM),
 ("chat", "is it ok for all skin colours? i heard lasers can be bad for some", TONES, TONES_MM),
 ("faq", "Who is a good candidate for microneedling?",
  ["determines if a patient is a suitable candidate", "suitable for various skin types",
   "suitable for nearly all skin types and tones", "not recommended if you are pregnant"], ["suitable candidate", "various skin types"]),
 ("faq", "Does microneedling work for all skin types?", TYPES, TYPES_MM),
 ("faq", "Who should not get microneedling?", ["not recommended if you are pregnant, breast-feeding",
   "A thorough consultation determines if a patient"], ["pregnant", "certain acne medications"]),
 ("chat", "is there anyone who isnt allowed to have this done?", ["not recommended if you are pregnant, breast-feeding",
   "A thorough consultation determines if a patient"], ["pregnant", "certain acne medications"]),
 # at home
 ("chat", "can i just buy a derma roller online and do it myself? way cheaper", HOME, HOME_MM),
 ("faq", "Why should microneedling be done by a professional?", HOME, HOME_MM),
 # areas
 ("faq", "What areas of the body can be treated?", AREAS, AREAS_MM),
 ("chat", "can you do it anywhere other than the face?", AREAS, AREAS_MM),
 ("chat", "can u do my chest? got lines there from sleeping on my side", ["and neck or chest lines", "including the face, neck, and other body parts"], ["chest lines"]),
 ("chat", "what about crows feet round the eyes?", ["such as acne scars, crow’s feet"], ["crow’s feet"]),
 # conditions
 ("chat", "does it do anything for stretch marks on my hips from a growth spurt", STRETCH, STRETCH_MM),
 ("faq", "Can microneedling treat stretch marks?", STRETCH, STRETCH_MM),
 ("chat", "i have a scar on my chin from falling off my bike as a kid, would this help or is it only for acne scars?", SCARS, SCARS_MM),
 ("faq", "Can microneedling help with scars other than acne scars?", SCARS, SCARS_MM),
 ("chat", "is there any actual proof this works on acne scarring or is it just marketing",
  ["90% of participants reported a noticeable reduction in acne scars", "particularly effective for acne scars"], ["90% of participants"]),
 ("faq", "Is microneedling backed by scientific research?", RESEARCH, RESEARCH_MM),
 ("chat", "i've got pretty deep forehead lines not just fine ones, will this touch them?",
  ["reduction of fine lines and deep wrinkles", "improvement in acne scars or deeper wrinkles"], ["deep wrinkles", "at least three treatments"]),
 ("faq", "How does microneedling reduce pore size?", ["production of new collagen around the pores tightens the skin",
   "diminish the visibility of acne scars and large pores"], ["pores appear smaller", "tightens the skin"]),
 ("chat", "got a few sun spots from years of surfing, can this fade them?",
  ["used to treat loose skin, age spots", "age spots, large pores, loose skin", "effective for treating sun damage"], ["age spots", "sun damage"]),
 ("faq", "Does microneedling help with sun damage?", ["This therapy is effective for treating sun damage", "those with heavily sun-damaged skin"], ["sun damage"]),
 ("chat", "my skin tone is kinda patchy and uneven, would microneedling help even it out", TONE, TONE_MM),
 ("faq", "Can microneedling improve uneven skin tone?", TONE, TONE_MM),
 ("chat", "getting a bit saggy round the jawline, does this tighten anything", ["used to treat loose skin, age spots",
   "large pores, loose skin, uneven skin tone"], ["loose skin"]),
 ("chat", "can it actually reverse aging or is that overselling it", ["reverse the aging process",
   "minimizes the appearance of aging signs"], ["reverse the aging process"]),
 ("chat", "does it actually make thin skin thicker or plumper?", ["This regeneration process thickens the skin",
   "the skin becomes plumper"], ["thickens the skin", "plumper"]),
 # mechanism
 ("chat", "i keep reading about 'growth factors' with microneedling, what have they got to do with it?", GF, GF_MM),
 ("chat", "how does stabbing your face with tiny needles make it better?? genuinely confused", WHY, WHY_MM),
 ("chat", "which layer of skin are they actually working on", ["micro-injuries in the dermis", "The needles penetrate the epidermis",
   "The dermis is where collagen and elastin fibers exist", "puncture the outer layer of skin"], ["dermis", "epidermis"]),
 ("chat", "why does skin get saggy as you get older anyway", ["the production of these proteins naturally declines",
   "collagen levels naturally decline"], ["naturally decline"]),
 ("chat", "is collagen induction therapy the same thing as microneedling or something different", CIT, CIT_MM),
 ("faq", "What is collagen induction therapy?", CIT, CIT_MM),
 # absorption
 ("chat", "does my skincare soak in better after?", ABS, ABS_MM),
 ("faq", "Does microneedling help skincare products absorb better?", ABS, ABS_MM),
 # consultation
 ("faq", "Do I need a consultation before my first treatment?", CONSULT, CONSULT_MM),
 ("chat", "do i have to come in for a chat first or can i just book the treatment", CONSULT, CONSULT_MM),
 ("chat", "what do they ask u at the consult?", CONSULTIN, CONSULTIN_MM),
 ("faq", "What happens during the consultation?", CONSULTIN, CONSULTIN_MM),
 ("chat", "if i skip a session does it mess up the results?", ["Adherence to the recommended treatment schedule"], ["recommended treatment schedule"]),
]

DROP = {6,10,23,29,39,42,48,62,67,74,78,81,85,93,96,116,143,106,137, 15,38,60,92,139,145,128,35}
A = [a for i,a in enumerate(A) if i not in DROP]
