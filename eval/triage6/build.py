#!/usr/bin/env python3
"""Generator for the triage6 evaluation set.

All messages below were written by hand for this set. Running this script
shuffles them with random.Random(20261203), numbers them t6-001..t6-300 and
writes all.jsonl, tuning.jsonl and sealed.jsonl next to this file.
"""
import json
import os
import random
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# URGENT: current or recent complications (category -> messages)
# ---------------------------------------------------------------------------
URGENT = {
    "airway": [
        "had microneedling at 2 and now its like i cant get enough air in, chest feels tight and whistly",
        "Is it normal that since the serum went on my throat feels like its closing up a bit?? its getting worse",
        "My daughter had her session this morning and now she's wheezing and can't finish a sentence. What do we do",
        "numbing cream on 20 mins ago. now hard to get a breath in. help",
        "hello I am after the needle facial today and my breath make a whistle sound, also very short. is it from the cream?",
        "Good afternoon. Following my treatment at your clinic at 11 o'clock, I have developed a marked tightness in the chest and some difficulty drawing breath. I should be grateful for your advice.",
        "cant catch my breath since the face thing",
        "throat tight. started when they put the numbing stuff on. still tight",
        "so i was totally fine leaving the clinic, went to get a coffee, and now theres this weird squeaky noise every time i breath in and it feels like someone is sitting on my chest lol is that a normal reaction",
        "I'm a support worker, my client had microneedling this morning and she's now breathing really noisily and fast, she can only get a couple of words out at a time",
        "Husband had his neck done yesterday. Since this evening he's been wheezing like an old accordion and says the air won't go down properly",
        "sorry voice to text my chest is really tight and I keep coughing and I can't get a proper breath in since the microneedling this afternoon what should I do",
        "Feels like I'm breathing through a straw. Growth factor serum went on after my microneedling about an hour ago.",
        "can numbing cream make your airway feel small?? because mine does right now and its getting harder to pull air in",
        "sorry to bother you, probably nothing, but my breathing went a bit rattly after my treatment and it hasn't settled in the last hour",
        "my sister she do microneedling today, now she breath very hard and make noise, she must sit up she cannot lie down",
        "had it done tuesday. since i put the new aftercare cream on last night i keep waking up gasping, and now its happening when im awake too",
        "my mum (78) had her treatment this morning, she is struggling for air and her lips look a bit blue",
    ],
    "mouth_throat_swelling": [
        "my lips have gone massive since the numbing cream, like duck lips but not on purpose and they're still growing",
        "tongue feels too big for my mouth after my microneedling appointment earlier",
        "is it normal my voice sounds weird and croaky since the session, like its coming from far away? swallowing feels odd too",
        "Hard to swallow since the aftercare balm went on an hour ago, my throat feels thick",
        "upper lip is puffing up more and more, had microneedling round the mouth today",
        "My son (17) had his acne scars done this afternoon. His bottom lip has blown up and he says the inside of his cheek feels fat",
        "I can't get my own spit down properly, started after the serum",
        "hola, after treatment my lips is very big and my tongue is heavy, I speak strange now",
        "lips tingly and getting bigger every time i look in the mirror",
        "The inside of my mouth feels puffy and tight since this morning's treatment and I'm finding it difficult to eat.",
        "idk if this is related but since my microneedling yesterday my throat feels like theres a lump in it and its really hard to get food down",
        "my voice has gone all muffled like I've got a hot potato in my mouth. appointment was at 2",
        "Mum's lips and tongue look swollen after her facial needling today and she's drooling a bit",
        "felt fine then my lips started to balloon ?? done 1 hour ago",
        "Tongue tingling and fat. Gums feel puffed up. Had the needling with numbing cream 40 min ago",
        "why does my throat feel tight and lumpy when i swallow? i had the microneedling yesterday and used the hyaluronic serum this morning",
        "My girlfriend's lips have doubled in size since her treatment and she's slurring a bit because her tongue is thick",
        "kinda hoarse and gulping since the needling thing, like something's stuck halfway down",
        "Good evening. Since my treatment this afternoon my lips have become markedly enlarged and my speech is thick. Kindly advise what I ought to do.",
        "lip sticking out like a shelf and the roof of my mouth feels puffyyy?? had it done today",
    ],
    "infection": [
        "day 4 after microneedling and there are yellow crusty patches spreading along my jaw, bigger every day",
        "my cheek is hot to touch and there's yellowy goo coming out of a few of the dots",
        "there is a red line going down my neck from where they did the needling",
        "it smells bad. like my actual face smells bad. had microneedling 5 days ago",
        "shivering and feeling hot and cold tonight, and the treated area on my chin is angry red and hard",
        "Honey-coloured crusts keep appearing on my forehead and now on my nose too. Treatment was last week.",
        "probably nothing but there are little white heads forming in the needle spots that weren't there before, and the skin round them is warm and throbbing",
        "My daughter had microneedling on Monday, now her cheek is hot, hard and red and she's got a temperature of 38.6",
        "stuff oozing out my face thats not clear its kinda green",
        "Each day the redness is getting wider instead of fading. It's day 5 and now it's warm as well.",
        "cheeks feel like theyre cooking from the inside, going shiny and tight and redder, 3 days post",
        "the needle marks on my tummy stretch marks have gone angry and there's cloudy fluid coming out, and a smell",
        "chills and sweats tonight and the treated patch on my neck is hot and puffy and oozing",
        "had MN 6 days ago and little boils are popping up everywhere it was done, they're sore and full",
        "I'm a carer for an elderly gentleman who had microneedling on his scar last week. The area now has a crust that's spreading and weeping and he's had a temperature since yesterday.",
        "is yellow crust normal day 6? its growing not shrinking and its kinda wet underneath",
        "face is hot, weepy, crusty and creeping towards my ear. feeling rough too",
        "Hi there, I booked with you back in March for the peel and loved it, my sister's coming in next month too, anyway I had microneedling Thursday and since about lunchtime there's been yellow crust creeping out from the dots across both cheeks and it's warm, is that ok",
        "there's a reddish streak running from my jaw down towards my collarbone since yesterday and the treated skin is warm",
        "Infected?? The dots on my cheek are full of pus and my face is throbbing",
    ],
    "allergy": [
        "Came up in big itchy welts all over my neck and chest after the aftercare serum",
        "my eyelids are puffed up so much I can barely see out, treatment was this morning",
        "hives everywhere since the numbing cream, arms too",
        "face blown up like a balloon since I put on the sheet mask they gave me",
        "itchy raised bumps spreading across my face and down my arms, started about an hour after my treatment",
        "Woke up and my whole face is puffed out, eyes nearly shut. Had microneedling yesterday and used the new serum last night.",
        "my skin keeps coming up in white lumpy patches with red round them and they move about",
        "My son's face went all blotchy and lumpy with itchy bumps right after the clinic put the cream on him",
        "eyelids are like two little pillows?? and soooo itchy. used the recovery balm",
        "welts rising on my forehead and neck, so itchy I want to tear my skin off",
        "My mother (82) has very puffy eyes since her treatment today, one is completely closed. Should she come back in?",
        "Hello my face is big and red and itch everywhere after the cream from clinic, also my hands where i touch it",
        "I think I'm allergic to the serum, my face has swollen up",
        "nettle-sting bumps all over, came up within minutes of the aftercare spray",
    ],
    "bleeding": [
        "one of the spots on my cheek keeps dripping red, i've pressed on it for 20 minutes and it won't stop",
        "I'm on warfarin and I had microneedling this afternoon and blood is still seeping from my forehead 5 hours later",
        "blood keeps running down my face, gone through half a box of tissues",
        "spot near my eyebrow has been oozing blood on and off since the session, pillowcase is covered",
        "Is it normal that it's still bleeding 3 hours after? not pinpoint, actual drips",
        "my neck won't stop leaking blood where they did the needling, it soaks through every plaster",
        "scab came off and now fresh blood wont stop coming out, been 30 min",
        "My wife had her scars done today and the blood just keeps coming back every time she takes the gauze away",
        "the dotty bits on my chin are still running red. like streams not dots. its 6pm now, done at 10am",
        "blood all over my pillow this morning and it's still going every time i dab it",
    ],
    "pain": [
        "day 3 and the hurting is getting worse not better, throbbing that keeps me awake",
        "my face feels like it's being stabbed, much worse than yesterday, paracetamol isn't touching it",
        "Excuse me, the soreness in my left cheek has intensified considerably since yesterday and is now quite unbearable.",
        "is it meant to hurt more every day? its day 4 and i cant even touch my face or lie on that side",
        "killing me. worst ache ever in my jaw where they did it. getting worse",
        "deep throbbing in my cheekbone that started today, 3 days after treatment, like an 8 out of 10",
        "my mum is in tears because her face hurts so much after the microneedling, and she's normally tough as old boots",
        "hurts like crazy. cant sleep. had it done 2 days ago",
        "the pain is getting worse every hour",
        "sharp shooting zaps across my forehead that are getting stronger, started yesterday after my session",
    ],
    "blister_burn": [
        "big water bubbles have come up on my cheeks since the numbing cream was left on",
        "skin is peeling off in raw wet sheets where the cream was",
        "Got blisters on my forehead after the serum, and they're filling up",
        "left the numbing cream on for 2 hours like the video said and now there are white patches and blisters",
        "looks like I've been scalded. raw, shiny and weeping on one side of my face",
        "little fluid-filled bubbles popping up along my jawline the day after treatment",
        "my skin went white and then raw wherever the aftercare acid touched it",
        "the LED bit after microneedling has left me with what looks like a chemical burn, red raw and stinging",
        "a patch of my cheek looks like melted wax and feels like its on fire",
        "My daughter put her own vitamin C serum on straight after microneedling and now she's got blistered raw patches",
    ],
    "eye": [
        "my eye is really sore and everything looks blurry since the treatment, i think some serum went in",
        "seeing double since my microneedling this morning",
        "There's a grey shadow in the vision of my right eye that appeared after my session.",
        "numbing cream got in my eye and it's stinging like mad, won't stop watering and I can't open it properly",
        "eye red, aching and light hurts it. they did under my eyes yesterday",
        "my left eye feels like there's sand in it and it's getting worse, can't see properly out of it",
        "my dad had the under-eye area done and now he says his vision is foggy in one eye",
        "flashing lights in my eye and an ache behind it after the needling near my eyes",
    ],
    "systemic": [
        "I passed out in the car park after my appointment and still feel woozy",
        "heart is pounding like mad since the numbing cream went on, feel shaky and sweaty",
        "feel really really unwell since the treatment, shivery, achy all over, can barely get off the sofa",
        "My partner has fainted twice since he got home from his microneedling",
        "heart racing, dizzy, feel like im gonna pass out. had numbing cream on a big area",
        "temperature 39.2 and I feel awful, had microneedling 2 days ago",
        "I feel confused and strange, my hands are tingling and my heart is jumping around since the numbing cream",
        "Good evening. Since leaving the clinic I have felt faint, and my pulse is irregular and very fast.",
        "im so dizzy I cant stand up since the session, room keeps spinning",
        "shaking uncontrollably and burning up since last night, had my face done tuesday",
    ],
    "other": [
        "a patch on my cheek has gone a dusky purple-grey and feels cold",
        "one side of my face has dropped since this afternoon, my smile's all lopsided",
        "numbness from the cream isn't wearing off, its been 8 hours and now its spreading down my neck into my arm",
        "cold sores all over my face, dozens of them, since microneedling 3 days ago",
        "keep throwing up since the treatment, can't keep anything down",
        "there's a black bit of skin in the middle of the treated area that wasn't there before",
        "clusters of tiny blisters in crops all across my cheeks and chin like cold sores but everywhere, had microneedling on friday",
        "part of my forehead has turned blotchy blue and white like marble since the treatment",
        "My grandad's face has gone numb on one side and he can't close his eye properly since his appointment",
        "cant stop being sick and have a thumping headache after microneedling with numbing cream this morning",
    ],
}

URGENT_COUNTS = {
    "airway": 18, "mouth_throat_swelling": 20, "infection": 20, "allergy": 14,
    "bleeding": 10, "pain": 10, "blister_burn": 10, "eye": 8, "systemic": 10,
    "other": 10,
}
EMERGENCY = {"airway", "mouth_throat_swelling"}

# ---------------------------------------------------------------------------
# CONTROL: messages that only sound alarming (kind -> messages)
# ---------------------------------------------------------------------------
CONTROL = {
    "negated": [
        "Had microneedling yesterday. No trouble breathing, no swelling in my lips, just a bit pink. Can I wear makeup tomorrow?",
        "no fever, no pus, nothing weird, just wondering when I can go back to the gym",
        "My face isn't hot or oozing or anything, it just feels a bit tight. Is moisturiser ok?",
        "Not bleeding, not itchy, no hives - just want to know when I can go back on my retinol",
        "Throat's fine, breathing's fine, eyes fine lol. Just wanted to ask how many sessions I'll need",
        "none of the scary stuff from the leaflet - no blisters, no streaks, no smell. when can i wash my face properly?",
        "I'm not in pain and nothing's swollen, so can I book session 2 now?",
        "my tongue and lips are totally normal, i just have a pink face. is sunscreen ok to put on today",
        "Day 3: skin isn't weeping, isn't crusting, no temperature. Is it ok to start my vitamin C serum again?",
        "didn't faint or feel dizzy or anything during it, my friend said people do. anyway how long until i see results?",
        "No wheeze, no rash, no blistering. Just checking I'm right to avoid exfoliants for a few days?",
        "Eyes aren't sore and my vision's fine even though they went quite close to them. When can I wear eye makeup?",
        "Good morning. I have had no adverse reactions whatsoever: no bleeding, no heat, no discolouration. I should like to book my next appointment.",
        "nothings gone purple or grey or numb lol i read the horror stories. can i go out in the sun with spf on",
        "heart isnt racing, no chills, just a bit of redness. can i have a glass of wine tonight",
        "Not hurting at all any more, no bumps or welts. Can I go swimming on Saturday?",
        "face isn't hot to touch and there's no yellow crust so I guess it's healing fine? when can i exfoliate",
        "my mum had hers done, she's had no trouble swallowing or any puffiness at all, she just wants to know when she can dye her hair",
    ],
    "hypothetical": [
        "What should I do if my throat feels tight after the numbing cream?",
        "If I get hives after the treatment, who do I call?",
        "what happens if it keeps bleeding after I get home? just want to be prepared",
        "Before I book: if I had an allergic reaction to the serum, what would it look like?",
        "in case my lips swell up afterwards, is there an out of hours number?",
        "Say I got a temperature a few days after, should I phone you or my GP?",
        "What signs of infection should I watch out for after my appointment next week?",
        "hypothetically if i passed out during it, would there be someone there to help",
        "if my face went hot and crusty a few days after, would that be normal or should i come back in?",
        "My treatment is on Friday. If I notice red streaks or pus afterwards, what do I do?",
        "What would you do if I had trouble breathing during the session?",
        "is there anything I should do if the numbing cream gets in my eye?",
        "Asking ahead: if I get blisters from the numbing cream, should I pop them?",
        "how would i know if the pain afterwards is too much? like whats normal vs not",
        "if my eyelids puff up the morning after, is that something to worry about?",
        "Before my first session: what if I get cold sores after it? I get them now and then.",
        "In the event of a severe reaction, does the clinic keep adrenaline on site?",
        "if my heart starts racing from the numbing cream what should i do",
    ],
    "other_or_past": [
        "My friend had microneedling somewhere else last year and got an infection. How do you keep things sterile?",
        "I had a nasty allergic reaction to a face cream in 2019, all cleared up now. Would the serum you use be a problem?",
        "my sister's face swelled up after fillers a couple of years ago (not microneedling), does that mean I'm likely to react?",
        "Years ago I fainted having a blood test. I'm fine now but should I tell the practitioner?",
        "I had shingles on my face last spring, really painful at the time but fully healed now. Can I still have microneedling?",
        "my cousin had anaphylaxis to nuts as a kid, does that run in families and matter for the numbing cream?",
        "Last time (6 months ago) I had a little pinpoint bleeding and it was fine. Will it be the same this time?",
        "My mum had a bad reaction to a dental anaesthetic back in the 90s. Is your numbing cream the same stuff?",
        "A girl at work said her face blistered from a microneedling pen she bought online. Is that why you shouldn't do it at home?",
        "I had cellulitis on my leg two years ago, hot, red and horrible, but antibiotics sorted it. Is that a reason not to have microneedling?",
        "my boyfriend had his done with you in the summer and had a bit of puffiness for a day, then fine. is that what i should expect?",
        "Back in my twenties my lips swelled from a shellfish allergy, nothing since. Does that matter?",
        "I saw a TikTok of someone whose face went all crusty and oozy after microneedling, how common is that?",
        "I had a fever last week with the flu but I'm better now. Is it ok to keep my appointment on Thursday?",
        "My aunt's eye got really irritated after a facial years ago. Do you protect the eyes during microneedling?",
        "I once got a tight chest at a different salon from the smell of their cleaning spray, years ago, nothing since. just mentioning it for my booking",
        "my friend said she bled loads during hers last year, is that normal?",
        "I had hives as a teenager from penicillin. I'm 45 now. Does that affect anything?",
    ],
    "figurative": [
        "my bank account is bleeding after booking 5 sessions, any package discounts?",
        "this heat is killing me, is it ok to have microneedling in summer?",
        "I'm dying to get my acne scars sorted, when's your next free slot?",
        "my wallet is in a lot of pain lol, do you do payment plans",
        "waiting for results is torture, my patience is on fire. when will i actually see a difference?",
        "I nearly choked on my coffee when I saw how good my skin looks now! When should I book the next one?",
        "My inbox is swollen with your promo emails haha, how do I unsubscribe?",
        "my heart skipped a beat when I saw the before and after photos. do you do necks too?",
        "ugh the commute to you is a pain in the neck, do you have Saturday appointments?",
        "My skin was screaming for help after the winter. How long do I leave between sessions?",
        "The price took my breath away tbh. Is there a student discount?",
        "I'm burning to know whether my results will last, how often do I need top-ups?",
        "my face is on fire, in a good way! everyone says I'm glowing at day 7. Can I book a top-up before my wedding?",
        "Work's been a bloodbath this month, can I move my appointment to next week?",
        "My ex makes me sick but my skin has never looked better lol, can I book in again?",
        "I've got itchy feet to try something new for my scars, would microneedling suit me?",
    ],
    "expected_aftercare": [
        "had microneedling this morning and my face is red like a mild sunburn, is that normal?",
        "a bit of puffiness under my eyes the morning after, otherwise fine. normal?",
        "They said there'd be pinpoint bleeding during the treatment and there was, tiny dots. It stopped before I left. All good?",
        "My skin feels really tight and dry on day 2. Can I use a moisturiser?",
        "day 3 and it's flaking a bit like after sunburn. ok to pick it?",
        "Face is pink and a little warm a few hours after, feels like I've been in the sun. Is that expected?",
        "I'm quite fair and still a bit red on day 2, the leaflet says that can happen. Is it fine to go to work?",
        "My skin stings a little when I put my normal moisturiser on, day 1. Is that the sensitivity you mentioned?",
        "tiny little scabs on my forehead day 2, look like pin dots and they're drying up. just leave them?",
        "little bit swollen round the jaw the day after but it's already going down, just checking that's ok",
        "my skin feels a bit rough and sandpapery on day 4 and a little tight, is this the texture change they mentioned?",
        "Day 1: pink, tender to touch, a little puffy. Pretty much what the leaflet said, but can I sleep on my side?",
        "some dried blood spots on my pillow this morning, tiny dots, nothing since. normal?",
        "Skin's a bit red and sensitive today after yesterday's session, can I put SPF on over it?",
        "is it normal that my pores look smaller already? leaflet says swelling can do that lol",
        "Redness almost gone after 24 hours, just a bit blotchy. Can I wear concealer tomorrow?",
        "face feels hot like after a day at the beach, had it done 2 hours ago. how long does that last?",
        "my mum had hers yesterday and is a bit red and tight, she's asking if she can use her usual night cream",
    ],
    "product_smell": [
        "the aftercare serum smells a bit like vinegar, is that normal or has it gone off?",
        "what's actually in the numbing cream? just curious about the ingredients",
        "does the hyaluronic serum have fragrance in it? fragrance usually makes me itchy",
        "Is the numbing cream the one that smells of bananas?",
        "The balm you gave me has separated, looks oily and smells a bit off, can I still use it?",
        "What sunscreen do you recommend after? I don't want anything that stings",
        "can I use my own aloe vera gel afterwards or could it give me a rash?",
        "the clinic smelled strongly of disinfectant, what do you clean the pens with?",
        "is the growth factor serum vegan? and does it have anything in it people are commonly allergic to?",
        "The serum itself smells kind of fishy straight out of the bottle. Is that just one of the ingredients?",
        "Does the numbing cream burn when it goes on or is it just cold?",
        "Which cleanser won't make my skin sting the day after?",
        "How long does the numbing cream take to kick in, and is it the same stuff dentists use?",
        "my aftercare tube says store below 25 degrees but it's been in my hot car all day, still ok to use?",
        "Is it normal for the sheet mask to smell like cucumber? my daughter's asking before she uses it",
        "does the serum have nuts in it? I have a nut allergy (well controlled) and want to check before my appointment",
    ],
    "cosmetic_wish": [
        "can it help my puffy eyes in the morning?",
        "will microneedling plump up my thin lips?",
        "Does it help with red blotchy cheeks?",
        "can microneedling get rid of the dark bags under my eyes",
        "I want my face to look less tired and grey, would this help?",
        "can you do the area around my mouth for smoker's lines?",
        "would microneedling tighten my neck? the skin is getting saggy like a turkey's",
        "Can it fade the purple stretch marks on my thighs?",
        "do you treat old chickenpox scars? I scratched the spots till they bled when I was little and they left pits in my forehead",
        "Can microneedling help the crinkly lines on my upper lip?",
        "Is it any good for the little broken red veins on my nose?",
        "Could it help the scar on my chin from when I fell off my bike at 10 and it bled everywhere?",
        "can microneedling tighten the loose skin on my jowls",
        "Does it help with the dark patches I got during pregnancy? they look worse whenever I've been in the heat",
        "My throat and neck area has loads of crepey lines, can you treat that?",
        "will it give me that glowy flushed look everyone on instagram has, or just make me red?",
    ],
    "pretreatment_unrelated": [
        "I've got a cold and a sore throat, should I move my appointment on Thursday?",
        "I have a cold sore on my lip right now, can I still come in tomorrow?",
        "I've got one spot on my chin that's a bit inflamed, will you needle over it next week?",
        "I'm on antibiotics for a chest infection, can I still have my session next week?",
        "I have hay fever and my eyes are itchy and streaming, is that ok for my appointment on Monday?",
        "I've sprained my ankle and it's really sore, can I still come in on crutches on Monday?",
        "I have a mild eczema patch on my arm, a bit red and itchy, not on my face. Is it ok to have my face done?",
        "I've got a sunburnt nose from the weekend, should I wait before microneedling?",
        "I'm getting over a tummy bug, stopped being sick yesterday. Ok to come in Friday?",
        "I get bad anxiety and my heart races around needles, is there anything you can do before the session?",
        "Got a bit of a cough at the moment, tested negative for covid. Is it ok to still come in?",
        "I nicked my cheek shaving this morning and it bled for a minute, will that be an issue for tomorrow's appointment?",
        "I'm currently on roaccutane for my acne and my skin is dry and a bit sore, can I book microneedling?",
        "I've got a migraine today, head pounding and feeling a bit sick, and my appointment's tomorrow. Should I cancel if it doesn't pass?",
        "I'm 6 months pregnant and my ankles are swollen lol, can I still have microneedling?",
        "I've got a bruise on my cheek from walking into a cupboard door, will that be a problem for my microneedling this week?",
    ],
    "general_risk": [
        "can microneedling cause infection?",
        "Is it possible to be allergic to the numbing cream?",
        "how much does it bleed during the treatment?",
        "does it hurt? on a scale of 1 to 10",
        "can it cause scarring or make my acne flare up and go red?",
        "Is there any risk of it damaging my eyes?",
        "what are the side effects, like redness or swelling?",
        "has anyone ever had an allergic reaction at your clinic?",
        "Can microneedling trigger cold sores?",
        "is there any risk of nerve damage or numbness from it",
        "could it cause dark patches or burns on brown skin like some lasers do?",
        "How sterile are the needles? Could I catch something blood-borne?",
        "is it safe if I bruise easily and bleed a lot from small cuts",
        "Can the numbing cream cause reactions like a racing heart?",
        "what's the risk of blisters or burns with microneedling compared with laser?",
        "Is fainting common during microneedling?",
        "Can microneedling ruin your skin or leave it red and sore for good?",
        "what percentage of people get swelling afterwards and how bad does it get",
    ],
    "unrelated_complaint": [
        "I've got a stinking cold, nose streaming and a bit feverish, anyway how much is a course of 3?",
        "Hay fever is killing me today and my eyes are puffy from it, but can you tell me your Saturday opening hours?",
        "sprained my ankle at netball and it's swollen up like a grapefruit lol, is there parking near the clinic?",
        "headache from staring at spreadsheets all day. quick q, do you do gift vouchers?",
        "My back is in agony from moving house, but unrelated: can I pay by card on the day?",
        "Got a sore throat from shouting at the football last night, anyway is microneedling good for acne scars?",
        "My knee's been swollen since I fell on the stairs last week, but what I actually wanted to ask is whether you treat stretch marks",
        "Period pain is awful today. Just wondering how long a session takes?",
        "my toddler has a temperature so I might be a bit late tomorrow, is there a grace period for appointments?",
        "having one of my spring nosebleeds as I type this (dry air, always happens), anyway I haven't had any treatment yet, do you do necks?",
        "Burnt my hand on the oven earlier ow. Do you have any evening appointments next week?",
        "Toothache is driving me mad, dentist tomorrow. Can I book microneedling for next month?",
        "been coughing my lungs up with this cold for a week, anyway does microneedling help large pores?",
        "Stung by a wasp at the allotment and my arm's a bit itchy. Do you have a waiting list for Saturday slots?",
        "My eyes are red and tired from night shifts, would microneedling help the dark circles?",
        "Feeling queasy after a dodgy takeaway lol. Is your clinic wheelchair accessible? asking for my nan",
    ],
}

CONTROL_COUNTS = {
    "negated": 18, "hypothetical": 18, "other_or_past": 18, "figurative": 16,
    "expected_aftercare": 18, "product_smell": 16, "cosmetic_wish": 16,
    "pretreatment_unrelated": 16, "general_risk": 18, "unrelated_complaint": 16,
}

SEED = 20261203


def build():
    items = []
    for cat, texts in URGENT.items():
        assert len(texts) == URGENT_COUNTS[cat], (cat, len(texts))
        for t in texts:
            items.append({"question": t, "kind": "urgent",
                          "emergency": cat in EMERGENCY, "category": cat})
    for cat, texts in CONTROL.items():
        assert len(texts) == CONTROL_COUNTS[cat], (cat, len(texts))
        for t in texts:
            items.append({"question": t, "kind": "control",
                          "emergency": False, "category": cat})
    assert len(items) == 300, len(items)
    assert len({i["question"] for i in items}) == 300, "duplicate text"

    random.Random(SEED).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({"id": f"t6-{n:03d}", "question": it["question"],
                    "kind": it["kind"], "emergency": it["emergency"],
                    "category": it["category"]})

    strata = defaultdict(list)
    for it in out:  # shuffled order
        strata[(it["kind"], it["category"])].append(it)
    tuning, sealed = [], []
    for key, group in strata.items():
        assert len(group) % 2 == 0, key
        half = len(group) // 2
        tuning.extend(group[:half])
        sealed.extend(group[half:])
    tuning.sort(key=lambda x: x["id"])
    sealed.sort(key=lambda x: x["id"])

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("all.jsonl", out)
    dump("tuning.jsonl", tuning)
    dump("sealed.jsonl", sealed)
    print(f"wrote all.jsonl ({len(out)}), tuning.jsonl ({len(tuning)}), sealed.jsonl ({len(sealed)})")


if __name__ == "__main__":
    build()
