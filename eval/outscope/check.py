"""Keyword check for the out-of-scope set.

Every message below is listed with the key terms that carry its subject. The check
searches the four clinic leaflets (corpus/*.md, case-insensitive, after folding quotes,
dashes and hyphens) for each term; a term found in a leaflet is a failure (the item must
be reworded or dropped). It also checks that at least one listed term occurs in the
message itself, and, when items.jsonl / tuning.jsonl / sealed.jsonl exist, that they
hold exactly these messages with the agreed schema, counts and split.

Matching is by whole word or phrase, plurals allowed (like grep -iw): "iron" inside
"environment" is reported but is not a failure; "fiber" would match "fibers".

Words that only give the question its shape (swelling, downtime, makeup, exercise,
sessions, pregnant...) are deliberately NOT listed: they do occur in the leaflets, which
is the point of the set (the leaflets use them about microneedling, the message is about
something else). README.md lists the judgement calls.

Run: python3 eval/outscope/check.py   (exit status 0 = pass)
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "corpus")

OT, GH, FD, CC, OS = "other_treatment", "general_health", "front_desk", "chit_chat", "other_skin"
C, F = "chat", "faq"

# (category, style, question, key terms checked against the leaflets)
ITEMS = [
    # ---------------- other_treatment: chat ----------------
    (OT, C, "how long does the sweling last after lip filler?? got a party saturday and dont want duck lips in the pics", ["lip filler", "filler", "duck lips"]),
    (OT, C, "does botox hurt much, im a massive wimp lol", ["botox"]),
    (OT, C, "roughly how many sessions of laser hair removal for underarms?", ["laser hair removal", "hair removal", "underarm"]),
    (OT, C, "thinking of getting my ex's name lasered off my wrist (dont ask) will tattoo removal leave a scar", ["tattoo removal", "tattoo", "lasered off"]),
    (OT, C, "did microneedling with you guys last year and loved it, this time i fancy a chemical peel - do you actually peel for days after one??", ["chemical peel", "peel"]),
    (OT, C, "hydrafacial before the wedding, how many days before is best so my skin is calm on the day", ["hydrafacial", "wedding"]),
    (OT, C, "my mum swears dermaplanning makes the hair grow back thicker and darker is that true or an old wives tale", ["dermaplanning", "dermaplaning", "hair grow back", "old wives"]),
    (OT, C, "microblading how long does it last b4 u need a top up", ["microblading"]),
    (OT, C, "spray tan n waxing which one first? appointment for both next thurs", ["spray tan", "waxing", "thurs"]),
    (OT, C, "so my teeth are already quite sensitive, like cold drinks make me wince, and i really want them whiter for my holiday in august... is teeth whitening gonna be agony after or is there a gentler one", ["teeth whitening", "whiter", "sensitive teeth"]),
    (OT, C, "fat freezing on my belly - how long till you actually see a difference", ["fat freezing", "belly"]),
    (OT, C, "thread lift downtime? i can only get a long weekend off work", ["thread lift"]),
    (OT, C, "how long does a lash lift last, mine always seem to drop after 3 weeks", ["lash lift"]),
    (OT, C, "first ever brazilian wax next week, honestly how bad is the pain", ["brazilian wax", "brazilian"]),
    (OT, C, "ipl for the little red veins round my nose, how many goes does it usually take", ["ipl", "veins", "nose"]),
    (OT, C, "prp for hair thinning does it actually work or is it a waste of money?", ["prp", "hair thinning"]),
    (OT, C, "radio frequency tightening on my jowls, does it hurt? does it get really hot", ["radio frequency", "radiofrequency", "jowls"]),
    (OT, C, "profilo how many syringes do u need n how far apart", ["profilo", "profhilo", "syringes"]),
    (OT, C, "cheek filler bruising how long?? i bruise like a peach", ["cheek filler", "bruise"]),
    (OT, C, "can i go gym after botox, someone said u have to stay upright for 4 hours??", ["botox", "gym", "upright"]),
    (OT, C, "jawline filler for guys, is that a thing? how long does it last", ["jawline filler", "jawline"]),
    (OT, C, "tear trough filler scares me a bit, can it go lumpy?", ["tear trough", "lumpy"]),
    (OT, C, "whats the difference between a lip flip and lip filler", ["lip flip", "lip filler"]),
    (OT, C, "after laser hair removal how long do i have to wait before using the sunbed", ["laser hair removal", "sunbed"]),
    (OT, C, "my brows are so patchy, would brow lamination even help or is it just for thick brows", ["brow lamination", "brows"]),
    (OT, C, "does hifu actually tighten skin or is it a gimmick tbh", ["hifu"]),
    (OT, C, "anti wrinkle injections in the forehead - will i look frozen and weird", ["anti wrinkle injection", "injections", "forehead", "frozen"]),
    (OT, C, "heyy does coolsculpting work on bingo wings or only tummy", ["coolsculpting", "bingo wings"]),
    (OT, C, "is a chemical peel ok on black skin?? really worried about getting dark patches after", ["chemical peel", "black skin", "dark patches"]),
    (OT, C, "can you get your lips done when your on your period, do you bruise more??", ["lips done", "period", "bruise"]),
    (OT, C, "how many tattoo removal sessions for a full black ink sleeve, roughly", ["tattoo removal", "ink sleeve"]),
    (OT, C, "had my lips done yesterday somewhere else and one side is puffier than the other, is that normal for day 1", ["lips done", "puffier"]),
    (OT, C, "electrolysis or laser for a few chin hairs, which one gets rid of them for good", ["electrolysis", "chin hairs"]),
    (OT, C, "polynucleotides under eyes whats the downtime like, can i go to work next day", ["polynucleotides", "under eyes"]),
    (OT, C, "i get migraines and someone said botox can help them, is that true?", ["botox", "migraine"]),
    (OT, C, "whitening strips from the chemist or teeth whitening at the dentist, which lasts longer", ["whitening strips", "teeth whitening", "dentist"]),
    (OT, C, "does a hydrafacial actually clear out blackheads or do they just look better for a day", ["hydrafacial", "blackheads"]),
    (OT, C, "getting lash extensions on friday, how long before i can get them wet / go swimming", ["lash extensions", "swimming"]),
    (OT, C, "had microneedling here in the spring, now wondering about skin boosters. do those need topping up every few months or what", ["skin booster"]),
    (OT, C, "my friend had a thread lift and her face looks kind of pulled at the sides, does that settle down after a while?", ["thread lift", "pulled"]),
    (OT, C, "ok so ive done microneedling before but my friend swears by sculptra, how long does sculptra take to kick in", ["sculptra"]),
    (OT, C, "is sugaring less painfull than waxing for legs or same", ["sugaring", "waxing"]),
    (OT, C, "does the laser for getting tattoos off hurt more than getting the tattoo in the first place lol", ["tattoos off", "tattoo"]),
    (OT, C, "non surgical nose job how long does it last for", ["nose job", "non surgical"]),
    (OT, C, "sweaty armpits botox, does it work and how long before i need it again", ["sweaty armpits", "botox"]),
    (OT, C, "hi i want ask about the filler in lips, how much time it is staying? some friend say 6 month some say 1 year", ["filler in lips", "filler"]),

    # ---------------- other_treatment: faq ----------------
    (OT, F, "How long does bruising typically last after dermal filler?", ["dermal filler", "bruising"]),
    (OT, F, "Is laser hair removal painful?", ["laser hair removal"]),
    (OT, F, "How many HydraFacial treatments are recommended for best results?", ["hydrafacial"]),
    (OT, F, "Can I exercise after anti-wrinkle injections?", ["anti-wrinkle injections", "injections"]),
    (OT, F, "How long do the results of a thread lift last?", ["thread lift"]),
    (OT, F, "Is microblading suitable for people with oily skin?", ["microblading", "oily skin"]),
    (OT, F, "I have had microneedling in the past; what is the typical downtime after a medium-depth TCA peel?", ["tca peel", "medium-depth"]),
    (OT, F, "How far in advance of a wedding should I have teeth whitening?", ["teeth whitening", "wedding"]),
    (OT, F, "Can fat freezing leave any scarring or lumps?", ["fat freezing", "lumps"]),
    (OT, F, "Is a lash lift safe if I wear contact lenses?", ["lash lift", "contact lenses"]),
    (OT, F, "How many PRP sessions are needed to treat hair loss?", ["prp", "hair loss"]),
    (OT, F, "Can I wear makeup straight after dermaplaning?", ["dermaplaning"]),
    (OT, F, "Is an IPL photofacial effective for freckles?", ["ipl", "photofacial", "freckles"]),
    (OT, F, "How long does swelling last after cheek filler?", ["cheek filler"]),
    (OT, F, "Does laser tattoo removal leave a scar?", ["tattoo removal"]),
    (OT, F, "How long does a professional spray tan last?", ["spray tan"]),
    (OT, F, "What are the side effects of radiofrequency skin tightening?", ["radiofrequency"]),
    (OT, F, "How long do the results of leg waxing last?", ["waxing"]),
    (OT, F, "Is Profhilo suitable for people in their twenties?", ["profhilo", "twenties"]),
    (OT, F, "Will anti-wrinkle injections for teeth grinding change the shape of my face?", ["teeth grinding", "injections", "masseter"]),
    (OT, F, "Can lip filler be dissolved if I do not like the result?", ["lip filler", "dissolved"]),
    (OT, F, "How soon after fat freezing can I go back to the gym?", ["fat freezing", "gym"]),
    (OT, F, "Does an LED face mask need to be used every day to work?", ["led face mask", "led mask"]),
    (OT, F, "Can I shave between laser hair removal sessions?", ["laser hair removal", "shave"]),

    # ---------------- general_health: chat ----------------
    (GH, C, "how much sleep do u actually need, i get like 5 hrs and feel fine??", ["sleep"]),
    (GH, C, "is it bad to take ibuprofen on an empty stomach", ["ibuprofen", "empty stomach"]),
    (GH, C, "period is 5 days late but the test was negative, whats going on with my body", ["period", "negative"]),
    (GH, C, "can i have a glass of wine on antibiotcs for a uti or is that a no", ["antibiotcs", "antibiotics", "uti", "wine"]),
    (GH, C, "whats a normal blood pressure for a woman my age (52)", ["blood pressure"]),
    (GH, C, "my 6yo keeps getting nosebleeds at night, could it be the dry air from the heating?", ["nosebleed", "dry air"]),
    (GH, C, "does intermittent fasting actually help you lose weight or is it just hype", ["intermittent fasting", "lose weight"]),
    (GH, C, "how much vit d should i be taking in winter", ["vit d", "vitamin d"]),
    (GH, C, "keep getting heartburn after dinner every night, any tips pls", ["heartburn", "dinner"]),
    (GH, C, "is 10k steps a day really necessary or is that made up", ["steps a day", "10k steps"]),
    (GH, C, "is it ok to take hayfever tablets every single day for like 4 months", ["hayfever", "tablets"]),
    (GH, C, "hello, my knee is making click sound when i am going up on stairs, it is dangerous or normal?", ["knee", "stairs", "click sound"]),
    (GH, C, "9 weeks pregnant and i feel sick ALL day not just mornings, is this normal lol", ["feel sick", "mornings"]),
    (GH, C, "can i eat runny eggs when pregnant or is that still a no", ["runny eggs"]),
    (GH, C, "how long does a cold normally last?? its been 10 days now and im fed up", ["a cold", "fed up"]),
    (GH, C, "whats good for period cramps that isnt painkillers", ["period cramps", "painkillers"]),
    (GH, C, "does coffee dehydrate you or is that a myth", ["coffee", "myth"]),
    (GH, C, "my toddler (3) refuses literally every vegetable, ive tried hiding them in pasta sauce, pancakes, everything. is a kids multivitamin ok for him or am i overthinking it", ["toddler", "multivitamin", "vegetable"]),
    (GH, C, "i snore really loud apparently, partner is fuming, what can i do", ["snore"]),
    (GH, C, "is it ok to go running when ive got a chesty cough", ["cough", "running"]),
    (GH, C, "how do i know if i have a gluten intolerance or if im just bloated", ["gluten", "bloated"]),
    (GH, C, "melatonin gummies safe to take every night?", ["melatonin"]),
    (GH, C, "got a stye on my eyelid, how long do they usually last", ["stye", "eyelid"]),
    (GH, C, "my fingers go white and numb in the cold, is that raynauds??", ["raynaud", "numb"]),
    (GH, C, "whats the difference between a migrane and just a bad headache", ["migrane", "migraine", "headache"]),
    (GH, C, "arm still sore 3 days after my flu jab is that normal", ["flu jab", "arm"]),
    (GH, C, "can stress actually make your hair fall out?? mine is coming out in clumps since my exams", ["stress", "hair fall", "exams"]),
    (GH, C, "i think i might have low iron, always knackered and a bit dizzy when i stand up", ["iron", "dizzy", "knackered"]),
    (GH, C, "is keto safe if you have type 2 diabetes", ["keto", "diabetes"]),
    (GH, C, "ringing in my ear since a concert on saturday, does tinnitus go away on its own", ["tinnitus", "concert"]),
    (GH, C, "do you really have to wait an hour to swim after eating or is that a myth from my nan", ["swim", "nan"]),
    (GH, C, "i have an underactive thyroid, should i be avoiding soy?", ["thyroid", "soy"]),
    (GH, C, "my 4 year old has threadworms AGAIN ugh how do i stop them coming back", ["threadworm"]),
    (GH, C, "can you get pregnant straight away after coming off the pill", ["the pill", "coming off"]),
    (GH, C, "trying for a baby, when do i start taking folic acid", ["folic", "trying for a baby"]),
    (GH, C, "whats a good resting heart rate, my watch says 85 is that high", ["heart rate", "watch"]),
    (GH, C, "piles after having my baby, will they go away by themselves?", ["piles", "hemorrhoid"]),
    (GH, C, "is cracking my knuckles all day bad for me, my bf says i'll get arthritis", ["knuckles", "arthritis"]),
    (GH, C, "back pain from sitting at my desk all day wfh, any good stretches i can do", ["back pain", "desk", "wfh"]),
    (GH, C, "dr gave me antibiotics for 7 days but i feel fine after 3, do i really need to finish them", ["antibiotics"]),

    # ---------------- general_health: faq ----------------
    (GH, F, "What are the early symptoms of type 2 diabetes?", ["diabetes"]),
    (GH, F, "How much caffeine is safe to consume during pregnancy?", ["caffeine"]),
    (GH, F, "What is the recommended daily intake of fibre?", ["fibre", "daily intake"]),
    (GH, F, "How can I lower my cholesterol without medication?", ["cholesterol"]),
    (GH, F, "Is it safe to take paracetamol and ibuprofen together?", ["paracetamol", "ibuprofen"]),
    (GH, F, "What are the signs of an underactive thyroid?", ["thyroid"]),
    (GH, F, "How can I improve my sleep quality naturally?", ["sleep"]),
    (GH, F, "At what age should children have their first eye test?", ["eye test", "children"]),
    (GH, F, "What causes frequent headaches in the afternoon?", ["headache", "afternoon"]),
    (GH, F, "Is it normal to have irregular periods in your forties?", ["irregular periods", "periods", "forties"]),
    (GH, F, "How long does it take to recover from a sprained ankle?", ["sprained ankle", "ankle"]),
    (GH, F, "What are the symptoms of perimenopause?", ["perimenopause", "menopause"]),
    (GH, F, "Can hay fever cause tiredness?", ["hay fever", "tiredness"]),
    (GH, F, "How often should adults have their blood pressure checked?", ["blood pressure"]),
    (GH, F, "Which foods are high in iron for vegetarians?", ["iron", "vegetarian"]),
    (GH, F, "Should I take probiotics after a course of antibiotics?", ["probiotics", "antibiotics"]),
    (GH, F, "How can I tell the difference between a cold and the flu?", ["the flu", "a cold"]),
    (GH, F, "What is a healthy BMI range for adults?", ["bmi"]),
    (GH, F, "When should a baby start eating solid food?", ["solid food", "weaning", "baby"]),
    (GH, F, "Does regular physical activity help with anxiety?", ["anxiety"]),

    # ---------------- front_desk: chat ----------------
    (FD, C, "how much is it for full face?", ["how much", "price", "cost"]),
    (FD, C, "r u open on sundays", ["sunday", "open on"]),
    (FD, C, "wheres the nearest place to park near you", ["park", "parking"]),
    (FD, C, "do u have anything on a sat morning this month? work mon-fri", ["saturday", "sat morning", "mon-fri"]),
    (FD, C, "can i pay in instalments?? like klarna or something", ["instalment", "installment", "klarna"]),
    (FD, C, "whats ur phone number id rather just ring", ["phone number", "ring"]),
    (FD, C, "need to cancel tmrws appt, do i lose my deposit", ["cancel", "deposit", "tmrw"]),
    (FD, C, "do u do gift vouchers, its my sisters bday next week", ["gift voucher", "voucher", "bday"]),
    (FD, C, "is there wheelchair access? my mum uses one", ["wheelchair"]),
    (FD, C, "who's the nurse that does the treatments, whats her name", ["nurse", "her name"]),
    (FD, C, "hiya can i book online or do i have to phone up", ["online", "phone"]),
    (FD, C, "what time do u shut on weds", ["shut", "weds", "wednesday"]),
    (FD, C, "is there like a loyality card or points thing", ["loyality", "loyalty", "points"]),
    (FD, C, "paid already and now i cant make it, can i get my money back?", ["money back", "refund"]),
    (FD, C, "please how many minute walking from train station to your clinic?", ["train station", "walking"]),
    (FD, C, "do u do student discount", ["student discount", "discount"]),
    (FD, C, "is the consult free or do u charge for it", ["charge", "consult free"]),
    (FD, C, "can i bring my baby with me to the appointment, got no childcare that day", ["childcare", "bring my baby"]),
    (FD, C, "are you the same clinic as the one on the high street or a different one", ["high street", "same clinic"]),
    (FD, C, "are ur staff actually medically trained or are they beauticians", ["beautician", "medically trained"]),
    (FD, C, "do u take amex", ["amex"]),
    (FD, C, "whats your email address, want to send some photos of my skin first", ["email"]),
    (FD, C, "can i move my appt to next week instead, something came up", ["move my appt", "reschedule"]),
    (FD, C, "is there a deal if i book 3 at once?", ["deal", "package"]),
    (FD, C, "running 15 mins late sorry!! will you still see me", ["running", "15 mins late"]),
    (FD, C, "do you have a male practitioner? id feel more comfortable tbh", ["male"]),

    # ---------------- front_desk: faq ----------------
    (FD, F, "What are your opening hours?", ["opening hours", "opening"]),
    (FD, F, "How much does a course of three microneedling sessions cost?", ["cost", "how much"]),
    (FD, F, "Do you offer finance options?", ["finance"]),
    (FD, F, "What is your cancellation policy?", ["cancellation", "policy"]),
    (FD, F, "Where is the clinic located?", ["located", "where is"]),
    (FD, F, "Is there parking available at the clinic?", ["parking"]),
    (FD, F, "Do you have any availability this Saturday?", ["saturday", "availability"]),
    (FD, F, "Can I buy a gift voucher online?", ["gift voucher", "online"]),
    (FD, F, "What qualifications do your practitioners hold?", ["qualifications"]),
    (FD, F, "Is the clinic accessible for wheelchair users?", ["wheelchair", "accessible"]),
    (FD, F, "Do you offer refunds if I am unhappy with my results?", ["refund", "unhappy"]),
    (FD, F, "What is the clinic's phone number?", ["phone number"]),
    (FD, F, "Do you have a loyalty scheme for regular clients?", ["loyalty", "clients"]),
    (FD, F, "Is a deposit required to secure a booking?", ["deposit", "booking"]),

    # ---------------- chit_chat: chat ----------------
    (CC, C, "hiiii", ["hiiii"]),
    (CC, C, "thanks so much!!", ["thanks"]),
    (CC, C, "ur useless", ["useless"]),
    (CC, C, "are u a real person or a robot", ["robot", "real person"]),
    (CC, C, "tell me a joke", ["joke"]),
    (CC, C, "whats the weather like where u are", ["weather"]),
    (CC, C, "test test 123", ["test test"]),
    (CC, C, "👍", ["👍"]),
    (CC, C, "😂😂😂", ["😂"]),
    (CC, C, "bye x", ["bye"]),
    (CC, C, "lol this price is killing me", ["killing me", "price"]),
    (CC, C, "dying to try it lol", ["dying"]),
    (CC, C, "ngl ur actually so helpful", ["ngl", "so helpful"]),
    (CC, C, "wat is ur name", ["ur name", "your name"]),
    (CC, C, "good morning!", ["good morning"]),
    (CC, C, "asdfghjkl", ["asdfghjkl"]),
    (CC, C, "okie dokie", ["okie"]),
    (CC, C, "are you chatgpt", ["chatgpt"]),
    (CC, C, "love the new website btw", ["website", "btw"]),
    (CC, C, "cats or dogs? go", ["cats", "dogs"]),
    (CC, C, "my bf thinks im so vain for even looking at this stuff haha", ["vain", "bf"]),
    (CC, C, "ugh mondays", ["mondays"]),
    (CC, C, "sorry wrong chat", ["wrong chat"]),
    (CC, C, "hola, hablas español?", ["hola", "español"]),
    (CC, C, "🙏🙏 thank u", ["🙏", "thank u"]),
    (CC, C, "this thing keeps giving me the same reply over and over", ["same reply", "over and over"]),
    (CC, C, "my face when i looked in the mirror this morning 💀💀", ["mirror", "💀"]),
    (CC, C, "who made you", ["made you"]),
    (CC, C, "brb putting the kettle on", ["brb", "kettle"]),
    (CC, C, "happy friday!! 🎉", ["friday", "🎉"]),

    # ---------------- chit_chat: faq ----------------
    (CC, F, "Hello, is anyone there?", ["anyone there", "hello"]),
    (CC, F, "Thank you for your help.", ["thank you"]),
    (CC, F, "Am I talking to a human or an automated assistant?", ["human", "automated"]),
    (CC, F, "Goodbye, have a nice day.", ["goodbye", "nice day"]),
    (CC, F, "Could you tell me a fun fact?", ["fun fact"]),
    (CC, F, "What is the capital of Australia?", ["capital", "australia"]),
    (CC, F, "Who won the football last night?", ["football"]),
    (CC, F, "I would like to leave some feedback about this chat service.", ["feedback", "chat service"]),
    (CC, F, "Can you recommend a good restaurant nearby?", ["restaurant"]),
    (CC, F, "What time is it where you are?", ["what time is it"]),

    # ---------------- other_skin: chat ----------------
    (OS, C, "how do i get rid of blackheads on my nose at home without squeezing them", ["blackheads", "squeezing"]),
    (OS, C, "cold sore coming up on my lip, what do i put on it asap", ["cold sore"]),
    (OS, C, "fake tan went all streaky how do i get it off fast before work", ["fake tan", "streaky"]),
    (OS, C, "whats a good face wash for really oily skin, im 16", ["face wash", "oily skin"]),
    (OS, C, "do pore strips actually work or do they wreck ur skin", ["pore strip"]),
    (OS, C, "ingrown hairs on my legs every time i shave, help", ["ingrown hair", "shave"]),
    (OS, C, "my lips are sooo chapped, is there any lip balm that actually works", ["chapped", "lip balm"]),
    (OS, C, "is slugging with vaseline ok for my face or will it break me out", ["slugging", "vaseline"]),
    (OS, C, "which shampoo is good for the dandruff? i try many and nothing is working, my scalp is itching whole day", ["dandruff", "shampoo", "scalp"]),
    (OS, C, "why do i always get spots on my chin the week before my period", ["chin", "period"]),
    (OS, C, "keratosis pilaris on the backs of my arms, the little bumps, how do i smooth them out", ["keratosis pilaris", "bumps"]),
    (OS, C, "is it really that bad to pop spots", ["pop spots"]),
    (OS, C, "ok so my foundation looks fine at 8am but by lunch its all cakey and sitting in every line, is it the primer or the foundation or me??", ["foundation", "cakey", "primer"]),
    (OS, C, "dark circles under my eyes are so bad, does any eye cream actually do anything", ["dark circles", "eye cream"]),
    (OS, C, "my eczema flares up every winter on my hands, what cream do ppl use", ["eczema"]),
    (OS, C, "what does niacinamide actually do", ["niacinamide"]),
    (OS, C, "my nails keep splitting and peeling, is that a vitamin deficiency thing", ["nails", "deficiency"]),
    (OS, C, "how to get rid of a spot overnight, date tmrw", ["overnight", "date tmrw"]),

    # ---------------- other_skin: faq ----------------
    (OS, F, "At what age should I start using a night cream?", ["night cream"]),
    (OS, F, "What is the best way to remove self-tan from the palms?", ["self-tan", "palms"]),
    (OS, F, "Does drinking milk cause breakouts?", ["milk", "breakouts", "dairy"]),
    (OS, F, "How should I care for a new tattoo while it heals?", ["tattoo"]),
    (OS, F, "How can I calm rosacea flare-ups?", ["rosacea", "flare-up"]),
    (OS, F, "What causes the small white bumps around my eyes known as milia?", ["milia", "white bumps"]),
    (OS, F, "How often should I use a clay face mask?", ["clay", "face mask"]),
    (OS, F, "How can I prevent razor bumps after shaving my bikini line?", ["razor bumps", "bikini"]),
    (OS, F, "What causes oily hair and how can it be managed?", ["oily hair"]),
    (OS, F, "How do I get rid of warts on my hands?", ["warts"]),
    (OS, F, "Are facial oils suitable for acne-prone skin?", ["facial oils", "acne-prone"]),
    (OS, F, "What is the best treatment for athlete's foot?", ["athlete's foot"]),
]

TARGET = {  # (category, style): count
    (OT, C): 46, (OT, F): 24, (GH, C): 40, (GH, F): 20, (FD, C): 26, (FD, F): 14,
    (CC, C): 30, (CC, F): 10, (OS, C): 18, (OS, F): 12,
}


def norm(s):
    s = s.lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s)


def variants(s):
    """The text as is, with hyphens as spaces, and with hyphens removed."""
    return {s, s.replace("-", " "), s.replace("-", "")}


def leaflets():
    files = sorted(glob.glob(os.path.join(CORPUS, "*.md")))
    assert len(files) == 4, files
    return {os.path.basename(f): variants(norm(open(f, encoding="utf-8").read())) for f in files}


def pattern(term):
    """The term as a whole word or phrase, plurals allowed (fiber -> fibers), like
    grep -iw; a term inside a longer word (iron in environment) does not count."""
    return re.compile(r"(?<![a-z0-9])" + re.escape(term) + r"(?:s|es)?(?![a-z0-9])")


def found_in(term, docs):
    hits = []
    for name, texts in docs.items():
        if any(pattern(t).search(txt) for t in variants(norm(term)) for txt in texts):
            hits.append(name)
    return hits


def inside_words(term, docs):
    """Longer leaflet words that merely contain the term (reported, not a failure)."""
    words = set()
    for texts in docs.values():
        for txt in texts:
            for t in variants(norm(term)):
                for m in re.finditer(re.escape(t), txt):
                    a, b = m.start(), m.end()
                    while a > 0 and txt[a - 1].isalnum():
                        a -= 1
                    while b < len(txt) and txt[b].isalnum():
                        b += 1
                    words.add(txt[a:b])
    return sorted(words)


def main():
    docs = leaflets()
    fails = []
    questions = [q for _, _, q, _ in ITEMS]
    if len(set(questions)) != len(questions):
        fails.append("duplicate questions")
    cells = Counter((c, s) for c, s, _, _ in ITEMS)
    if cells != Counter(TARGET):
        fails.append(f"cell counts {dict(cells)} != {TARGET}")
    if len(ITEMS) != 240:
        fails.append(f"{len(ITEMS)} items, expected 240")

    ids = {}
    path = os.path.join(HERE, "items.jsonl")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            o = json.loads(line)
            ids[o["question"]] = o["id"]

    n_terms = 0
    for cat, style, q, terms in ITEMS:
        label = ids.get(q, "(no id yet)")
        if not terms:
            fails.append(f"{label}: no key terms")
        nq = norm(q)
        if not any(any(v in nq for v in variants(norm(t))) for t in terms):
            fails.append(f"{label}: none of {terms} occurs in the question")
        for t in terms:
            n_terms += 1
            hits = found_in(t, docs)
            if hits:
                status = "FOUND in " + ", ".join(hits)
            else:
                inside = inside_words(t, docs)
                status = "absent" + (f" (only inside: {', '.join(inside)})" if inside else "")
            print(f"{label}\t{cat}\t{style}\t{t!r}\t{status}")
            if hits:
                fails.append(f"{label}: term {t!r} found in {hits}: {q!r}")

    # Built files, when present.
    if ids:
        checked = set(questions)
        items = [json.loads(l) for l in open(path, encoding="utf-8")]
        if [o["id"] for o in items] != [f"os-{i:03d}" for i in range(1, 241)]:
            fails.append("items.jsonl ids are not os-001..os-240 in order")
        keys = {"id", "question", "kind", "category", "evidence", "must_mention", "style"}
        src = {q: (c, s) for c, s, q, _ in ITEMS}
        for o in items:
            if set(o) != keys:
                fails.append(f"{o['id']}: keys {sorted(o)}")
            if o["kind"] != "out_of_scope" or o["evidence"] != [] or o["must_mention"] != []:
                fails.append(f"{o['id']}: kind/evidence/must_mention wrong")
            if o["question"] not in checked:
                fails.append(f"{o['id']}: question not in the checked list")
            elif src[o["question"]] != (o["category"], o["style"]):
                fails.append(f"{o['id']}: category/style differ from the checked list")
        halves = {}
        for h in ("tuning", "sealed"):
            hp = os.path.join(HERE, h + ".jsonl")
            halves[h] = [json.loads(l) for l in open(hp, encoding="utf-8")] if os.path.exists(hp) else []
        t_ids = {o["id"] for o in halves["tuning"]}
        s_ids = {o["id"] for o in halves["sealed"]}
        if len(t_ids) != 120 or len(s_ids) != 120 or t_ids & s_ids or (t_ids | s_ids) != {o["id"] for o in items}:
            fails.append("tuning/sealed are not a 120/120 partition of items.jsonl")
        for h, rows in halves.items():
            cnt = Counter((o["category"], o["style"]) for o in rows)
            for cell, n in TARGET.items():
                if cnt[cell] != n // 2:
                    fails.append(f"{h}: {cell} has {cnt[cell]}, expected {n // 2}")
        by_id = {o["id"]: o for o in items}
        for h, rows in halves.items():
            for o in rows:
                if by_id.get(o["id"]) != o:
                    fails.append(f"{h}: {o['id']} differs from items.jsonl")

    print(f"\n{len(ITEMS)} items, {n_terms} key terms checked against {len(docs)} leaflets")
    if fails:
        print(f"FAIL ({len(fails)})")
        for f in fails:
            print("  " + f)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
