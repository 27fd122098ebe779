#!/usr/bin/env python3
"""Build the independent 'personal situation' evaluation set (p2).

Every message below was written by hand. Each entry is
    (style, text)                     or
    (style, text, flags)
where flags is a dict with optional keys:
    other      -> True if the message is written for someone else (mum, client, ...)
    borderline -> short reason why the item is arguably ambiguous
Only id, text, label, group and style are written to the jsonl files.
"""
import collections
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4040
STYLES = {"short", "typo", "chatty", "rambling", "anxious", "formal",
          "non_native", "voice_typed", "third_party"}
O = {"other": True}

# ---------------------------------------------------------------- personal
PERSONAL = {
    "condition": [
        ("short", "psoriasis on my cheeks, can I still book?"),
        ("typo", "i have excema on my neck and jaw line is microneedling ok or will it make it worse"),
        ("anxious", "I've got rosacea and I'm honestly terrified this will set it off. Has anyone with rosacea had it done at your clinic without a flare?"),
        ("formal", "Good afternoon. I have type 1 diabetes, well controlled on an insulin pump. Is microneedling suitable for me, and will healing be slower?"),
        ("third_party", "My mum has lupus and she's been wanting to try microneedling for her neck lines. Is that something you'd treat or does she need a letter from her rheumatologist?", O),
        ("chatty", "Hiya! I tend to get keloid scars (had one after an ear piercing ages ago lol) so I'm wondering if needling my face is a bad idea?"),
        ("non_native", "Hello, I have vitiligo on face since many years. Microneedling can make new white patch? I read something like this."),
        ("voice_typed", "hi I have a bleeding disorder von willebrand type one would that stop me having microneedling on my face full stop"),
        ("third_party", "asking for my husband, he has a pacemaker. is the microneedling pen electric and could that be a problem for him", O),
        ("short", "my psoriasis is flaring. still ok for thursday?"),
        ("rambling", "So I booked a consult for next month but then remembered I was diagnosed with polycystic ovaries last year and I get those deep hormonal spots along my jaw sometimes, not right now though, and I'm just wondering whether that changes anything or whether you'd treat me the same as anyone else"),
        ("third_party", "I'm booking for my daughter (19). She has epilepsy, seizures are controlled on tablets. Is there anything about the treatment, lights or anything, we should know?", O),
        ("typo", "got hashimotos, does that efect how my skin heals after"),
        ("third_party", "One of my clients has Ehlers-Danlos syndrome and bruises very easily. Would you still needle her or refer her to a doctor first?", O),
        ("anxious", "I have high blood pressure and I'm worried I'll bleed more than normal during it. Is that a thing? Should I tell the therapist?"),
        ("formal", "I have a history of recurrent cold sores around the mouth. Would you advise any precautions before treatment of the lower face?"),
        ("third_party", "My wife has rheumatoid arthritis and is on a biologic. She'd like microneedling for acne scars - is it safe with her immune system?", O),
        ("non_native", "I am having seborrheic dermatitis near nose and eyebrow. Is possible to do microneedling only on cheeks?"),
        ("third_party", "my sister has alopecia areata and wants microneedling on her scalp, do you do that and is it ok with alopecia", O),
        ("voice_typed", "I'm HIV positive but undetectable do I need to tell you before the microneedling and is it still fine to go ahead"),
    ],
    "medication_or_supplement": [
        ("short", "on roaccutane, okay?"),
        ("short", "my dad's on warfarin, can he still come?", O),
        ("typo", "been on eliquis since my dvt last yr, do i need to stop it before microneedlng"),
        ("chatty", "Quick one! I take fish oil and turmeric capsules every morning with my porridge 😅 do I need to stop them before my session on Friday?"),
        ("third_party", "My mother takes aspirin 75mg daily for her heart. Can she still have microneedling or does she need to come off it?", O),
        ("anxious", "I'm on sertraline and I've read that some meds make you bruise easier?? Will I end up looking battered after microneedling? really nervous"),
        ("formal", "I am currently prescribed tretinoin 0.05% cream. How many days before and after microneedling should I discontinue it?"),
        ("non_native", "I use Ozempic for weight since 3 month. It is ok to make microneedling or the skin heal bad?"),
        ("voice_typed", "hi I'm on the pill does that make any difference to the microneedling because someone told me it can make pigmentation worse"),
        ("third_party", "Booking for my husband - he's on clopidogrel after a stent. Would that be an issue for the needling?", O),
        ("rambling", "I've been taking ginkgo biloba and a high dose vitamin E for about a year because my nan swore by them, plus garlic tablets in winter, and a friend said these thin your blood a bit, so should I stop any of them before I come in or is that overkill"),
        ("typo", "finished acutane in june, is it to soon for microneedling"),
        ("third_party", "my client is on methotrexate, she's asked me to check whether microneedling is ok for her before she books", O),
        ("chatty", "I'm on Mounjaro and honestly my face has lost so much volume lol, is microneedling ok while I'm still on the jabs?"),
        ("anxious", "I use adapalene gel (Differin) every night. Is it going to burn if I forget and use it after? When exactly do I stop?"),
        ("third_party", "my daughter's on doxycycline, the GP started her on it last month. can she still have her microneedling next week?", O),
        ("formal", "I take a daily collagen supplement and biotin. Is there any reason to pause these around the time of treatment?",
         {"borderline": "collagen and biotin are cosmetic supplements; personal because LABELS.md names supplements, but easy to read as general"}),
        ("short", "I take St John's wort, need to stop it first?"),
        ("third_party", "My partner is on Xarelto. She wants to come with me for microneedling, would she be allowed?", O),
        ("voice_typed", "my mum takes spironolactone and levothyroxine does either of those matter for her microneedling", O),
    ],
    "pregnancy_breastfeeding_ttc": [
        ("short", "daughter is 16 wks pregnant, safe?", O),
        ("chatty", "just had my baby 6 weeks ago and my skin is a mess haha, when can I book in?"),
        ("anxious", "I'm breastfeeding my 4 month old, would the numbing cream get into my milk? I really don't want to risk anything"),
        ("formal", "We are currently undergoing IVF. Would you recommend postponing microneedling until after the embryo transfer?"),
        ("third_party", "my daughter is expecting her first in August, she'd like microneedling for her acne scars before the baby comes, is that allowed?", O),
        ("typo", "trying for a baby atm, is microneedling ok or shud i wait"),
        ("non_native", "I am still giving breast milk to my son, 10 months. Is allowed the microneedling and the cream for numb?"),
        ("third_party", "One of my regular clients is pregnant (about 20 wks) and asked if she can keep her monthly microneedling going. What's your policy?", O),
        ("voice_typed", "I might be pregnant I'm only a few days late is it ok to keep my appointment on Saturday or should I do a test first"),
        ("rambling", "We've been trying for a baby for about eight months now and I'd booked a course of three sessions before we started, so I'm not sure if I should still go ahead with the second one next week or stop until we know either way"),
    ],
    "skin_state": [
        ("short", "got a cold sore, still come tomorrow?"),
        ("short", "sunburnt face, is thursday still ok?"),
        ("typo", "i have a massive spot on my chin rn can you just go round it"),
        ("chatty", "So I fell asleep by the pool in Lanzarote 🙈 my forehead is peeling. Do I need to move my microneedling on the 14th?"),
        ("anxious", "My skin has completely broken out this week, cystic spots all along my jaw. Will needling spread the bacteria?? I'm panicking a bit"),
        ("formal", "I currently have a small healing graze on my left cheek. Would the practitioner treat around it, or should I reschedule?"),
        ("third_party", "my daughter has a couple of open spots she picked on her forehead, can she still have her microneedling friday", O),
        ("non_native", "My face is very dry and red now because I used too much retinol. I can come for the appointment or better wait?"),
        ("voice_typed", "I scratched my cheek on a rose bush yesterday it's only a small scab is that going to be a problem for tomorrow's session"),
        ("rambling", "Right so I've got the treatment booked for next Tuesday but I've woken up with this itchy red rash on my neck, no idea what it is, maybe a new washing powder, and I'm wondering if I should still come or ring to move it"),
        ("third_party", "booking for my son, he's got quite a few active pustules on his cheeks at the moment, is that ok or does it need to calm down first?", O),
        ("typo", "my husband cut his top lip shaving this morning, does he need to cancel his 3pm", O),
        ("third_party", "my client has slight peeling on her nose from a sunburn on holiday, would you still needle her this week", O),
        ("chatty", "I've got a few mosquito bites on my chin from camping 🙄 will they get in the way on Saturday?"),
    ],
    "procedure": [
        ("short", "had botox 5 days ago, ok?"),
        ("typo", "i got lip filler last weds, how long till i can have microneedling round my mouth"),
        ("chatty", "I've got a chemical peel booked with my dermatologist at the end of the month - can I squeeze microneedling in the week before or is that too much?"),
        ("formal", "I underwent a facelift in January. At what point after surgery would microneedling of the neck be considered appropriate?"),
        ("third_party", "my mum had her eyelids done in the summer, blepharoplasty, is she ok to have microneedling round the eyes now?", O),
        ("anxious", "I had laser hair removal on my upper lip two days ago and I've only just realised my microneedling is Friday. Is that going to be a disaster?"),
        ("non_native", "I did the IPL last week on cheeks. Now I can do microneedling or must wait more time?"),
        ("voice_typed", "I'm having my wisdom teeth out in two weeks so should I do the microneedling before or after that"),
        ("third_party", "client had her brows microbladed 10 days ago, can she have microneedling on the rest of her face or should we leave it?", O),
        ("rambling", "Had a mole cut off my cheek by the GP about three weeks back and the stitches are out now, it looks okay-ish, but I'd booked a course of microneedling before all that happened and I'm not sure if I should push everything back"),
        ("third_party", "my husband had a nose job in October, would microneedling on his cheeks be fine or is it too soon?", O),
        ("short", "wife had tear trough filler last month, problem?", O),
    ],
    "illness": [
        ("short", "tested positive for covid, move my appt?"),
        ("typo", "got a stinking cold, still ok to come in for microneedling tmrw or will it be worse"),
        ("third_party", "my mum's had shingles on the side of her face, it's cleared up now but she's worried. can she still do her microneedling?", O),
        ("third_party", "My husband has had a temperature since last night and he's gutted because he waited ages for this slot. Does he have to cancel?", O),
        ("formal", "I am recovering from a chest infection and am finishing a course of amoxicillin. Is it advisable to proceed with treatment on Monday?"),
        ("non_native", "I have the stomach flu since two days. Tomorrow I have microneedling. Is better to stay home?"),
        ("third_party", "my daughter has tonsillitis, antibiotics started yesterday, her microneedling is saturday. should we rebook?", O),
        ("voice_typed", "I've got conjunctivitis in one eye at the moment can you still do the rest of my face or is that a no"),
    ],
    "allergy": [
        ("short", "allergic to lidocaine, what numbing do you use?"),
        ("typo", "im alergic to nickel are your needles steel"),
        ("third_party", "my husband is allergic to latex, do your staff wear latex gloves?", O),
        ("anxious", "I'm allergic to loads of skincare stuff, fragrance especially, and I come up in hives. What serum do you put on after? I'm scared of reacting"),
        ("formal", "I have a documented allergy to benzocaine. Please could you confirm the ingredients of the topical anaesthetic you use?"),
        ("third_party", "my daughter has a severe tree nut allergy (carries an epipen). Do any of the serums you use contain nut oils?", O),
        ("non_native", "I get allergy from plaster and tape, red and itchy. After microneedling you put something sticky on face?"),
        ("chatty", "Hi! Weird one but my client is allergic to bees and she heard some serums have bee venom in them?? do you use anything like that after needling", O),
    ],
    "injury": [
        ("voice_typed", "I broke my nose playing rugby about five weeks ago is it alright to have microneedling on my face yet"),
        ("third_party", "my son fractured his cheekbone in the summer and had a plate put in, can he still have microneedling for his acne scars?", O),
        ("typo", "burnt my forehead on the oven door last wk its healing but still pink, can i still come"),
        ("rambling", "I came off my bike last weekend and got a bit of road rash on my chin and jaw, it's scabbed over now and healing fine but my microneedling is booked for a week Friday and I don't know whether to move it"),
    ],
    "symptoms_after": [
        ("short", "day 3 and still a bit pink, normal?"),
        ("typo", "my skin is realy tight and flaky 4 days after, what can i put on it"),
        ("anxious", "I had microneedling yesterday and I've got tiny little bumps all over my forehead. Is that normal or am I reacting? Trying not to freak out"),
        ("third_party", "My mum had her first session on Tuesday and her cheeks are still quite red and a bit itchy. She's asked me to check that's normal", O),
        ("chatty", "Hiya, had my treatment Saturday (loved it!) but I've got a couple of little scabs on my chin today - is it ok to put my usual moisturiser on?"),
        ("non_native", "After microneedling two days my face is very warm and little bit swollen under eye. It is normal or I need to do something?"),
        ("third_party", "my wife had microneedling friday and she's got a few small spots coming up on her jaw now, should she squeeze them or leave them?", O),
        ("voice_typed", "my face is peeling a lot on day five since the microneedling can I exfoliate it off or should I leave it alone"),
    ],
    "phobia_or_anxiety_condition": [
        ("anxious", "I faint at needles, like properly pass out. Is there any way I can still have this done?"),
        ("formal", "I have a diagnosed needle phobia and take propranolol before dental appointments. Could I do the same before microneedling?"),
        ("third_party", "my daughter has severe anxiety and panic attacks, can I sit in the room with her during her microneedling?", O),
        ("short", "needle phobic, can I still do this?"),
        ("typo", "i go really lightheaded and pass out at the sight of blood, is there much bleeding with this"),
        ("third_party", "my son has bad health anxiety and goes grey and faint at blood tests. Any tips to make microneedling easier for him?", O),
    ],
}

# ---------------------------------------------------------------- general
GENERAL = {
    "indication": [
        ("short", "acne scars on cheeks, will it help?"),
        ("short", "stretch marks on my thighs, worth it?"),
        ("typo", "i have realy big pores on my nose, will microneedling make them smaller or is that a myth"),
        ("chatty", "Hi there! I've got these annoying little lines round my eyes when I smile 😅 would microneedling soften them or is that more a botox thing?"),
        ("anxious", "My acne scars are really getting me down, I've got the rolling kind on both cheeks. How many sessions would I realistically need? I don't want to get my hopes up"),
        ("formal", "I have mild hyperpigmentation on my forehead from years of sun exposure. Is microneedling an appropriate treatment for this?"),
        ("non_native", "I have the lines on the neck, horizontal. Microneedling can make them less?"),
        ("voice_typed", "I've got stretch marks on my stomach and hips from losing a lot of weight can microneedling do anything for them"),
        ("rambling", "I've always had uneven skin tone, some patches darker than others especially on my cheeks, and I've tried every vitamin C serum going, so I'm wondering if microneedling would actually make a difference or if I'm wasting my money again"),
        ("typo", "my skin looks so dull and tired lately, would microneedling give me that glow evryone talks about"),
        ("third_party", "my daughter has some old acne scarring on her temples, would a course of microneedling help her?", O),
        ("chatty", "So my jawline is getting a bit saggy (thanks genetics 🙃). Does microneedling actually tighten or is that marketing?"),
        ("anxious", "I've got deep-ish chickenpox scars on my forehead from when I was little and I've always been self-conscious. Can microneedling really improve those or is it too late?"),
        ("short", "crepey neck skin, can you treat it?"),
        ("formal", "I have several age spots on the backs of my hands. Do you offer microneedling for the hands?"),
        ("non_native", "My pores are open on cheek, and the skin texture is not smooth. How many time I need come?"),
        ("voice_typed", "I've got some fine lines on my forehead and round my mouth would microneedling help with those or do I need something stronger"),
        ("third_party", "booking for my husband, he has pitted acne scars from his teens and wants to know if microneedling works on men's skin the same", O),
        ("rambling", "I had a c-section with my youngest who's now seven and the scar is a bit puckered and darker than the rest of my skin, I never bothered doing anything about it but now I'm thinking about it, can you microneedle a scar like that?",
         {"borderline": "old c-section scar: a past pregnancy and surgery, but only the scar (a cosmetic indication) is asked about"}),
        ("typo", "stretch marks on my boobs are silvery white now, is it to late for them to improve"),
        ("chatty", "I'm obsessed with my pores lol, they're huge on my cheeks. Will I see smaller pores after one session or do I need the full course?"),
        ("anxious", "I have loose skin under my chin and it's the first thing I see in photos now. Is microneedling going to make a real difference or only a tiny one?"),
        ("short", "sun spots on my chest, treatable?"),
        ("third_party", "my mum wants something for the little lines above her top lip (she calls them barcode lines), would microneedling help?", O),
        ("non_native", "I have some scars from old spots, like small holes, on my cheeks. Microneedling is good for this kind?"),
    ],
    "treatment_question_first_person": [
        ("anxious", "Will my face puff up afterwards? I'm really nervous about looking weird on the train home"),
        ("short", "should I drink water before?"),
        ("short", "do I get aftercare instructions?"),
        ("chatty", "Is the machine loud? I'm one of those people who hates the sound of the dentist drill haha",
         {"borderline": "an ordinary dislike of a noise, not a phobia or anxiety condition"}),
        ("anxious", "How much will it hurt honestly? I'm a total wimp with pain and I've been going back and forth for weeks"),
        ("typo", "do i need to come with no makeup on or do you take it off for me"),
        ("formal", "Could you please advise how long the numbing cream needs to be on before the procedure begins?"),
        ("non_native", "After the treatment I can wash my face same day or I must wait?"),
        ("voice_typed", "how deep do the needles actually go into my skin and will I be able to feel them going in"),
        ("rambling", "I keep reading different things online about whether you should put vitamin C on after or not and honestly my head is spinning, so what will you put on my skin after the needling and what should I be using at home the week after"),
        ("anxious", "Will I bleed? Like actual blood running down my face? Sorry I know that's dramatic I just want to be prepared"),
        ("chatty", "Ok so I'm finally doing it!! 🎉 Can I wear my glasses straight after or will they rub?"),
        ("typo", "how long will i be red for after, like hours or days"),
        ("short", "can I drive home after?"),
        ("formal", "How many sessions would you typically recommend for me, and at what intervals?"),
        ("non_native", "When I will see result? After first time or I need many times?"),
        ("voice_typed", "can I put my normal moisturiser on the night after or do I have to buy special stuff from you"),
        ("anxious", "I'm so scared my skin will peel in big chunks and everyone will stare at me. How bad does the peeling get?"),
        ("chatty", "Do I get to pick the music in the room lol? Also how long am I actually lying there?"),
        ("rambling", "I use a retinol serum from the chemist most nights and a glycolic toner in the mornings, nothing prescribed, so I'm not sure whether I should stop them in the week before or just turn up as normal and let you tell me",
         {"borderline": "over-the-counter retinol/glycolic skincare: not a medication or supplement under LABELS.md, but close to the prescription-retinoid personal items"}),
        ("typo", "is it normal to feel a bit nervous lol never had anything done to my face before"),
        ("short", "how long will I be there?"),
        ("anxious", "What if I move my head during it by accident? Could the needles slip and cut me?"),
        ("formal", "Is the numbing cream applied by the practitioner, or should I apply it at home beforehand?"),
        ("non_native", "The needles are new for every person? I want to be sure is clean."),
        ("voice_typed", "is it okay if I sleep on my side the night after or should I try and sleep on my back"),
        ("chatty", "My skin is quite oily normally, does that change anything about the treatment or the aftercare?",
         {"borderline": "oily skin is a skin type, not a current skin state such as a breakout or sunburn"}),
        ("rambling", "I've wanted to try this for about two years and kept chickening out, and now I've got a voucher for my birthday, so I just want to know what actually happens from the moment I walk in, like do you take photos, is there a form, how long is the numbing, all of it"),
        ("typo", "will my skin feel rough after or smooth striaght away"),
        ("anxious", "Will it make my face look worse before it gets better? I've got nothing planned but I'm worried about the in-between bit"),
    ],
    "general_risk": [
        ("short", "can it cause infection?"),
        ("short", "does it bleed much?"),
        ("typo", "can microneedling leave scars if its done wrong"),
        ("formal", "What are the most common side effects, and how long do they typically last?"),
        ("anxious", "Can microneedling cause permanent damage? I read a horror story and now I can't stop thinking about it"),
        ("non_native", "Is possible get dark marks after microneedling for people with brown skin?"),
        ("voice_typed", "what happens if the skin gets infected after microneedling how would I know"),
        ("chatty", "Ok real talk, has anyone ever had a bad reaction at your clinic? Just want to know what the worst case is 😬"),
        ("rambling", "I keep seeing videos of people with tiny dots of blood and crusty skin afterwards and I can't tell if that's normal or if those were badly done, so how common is the crusting and is there a risk it scars"),
        ("anxious", "Is there any chance it could make my pores bigger instead of smaller? That would be my nightmare"),
        ("typo", "can u get an allergic reaction to the serum you put on after"),
        ("formal", "Is there a risk of post-inflammatory hyperpigmentation following treatment?"),
        ("short", "nerve damage possible?"),
        ("non_native", "The treatment can damage the eyes if you do near it?"),
        ("voice_typed", "my husband wants to know if you can catch anything from the needles like if they weren't sterile or something", O),
        ("chatty", "Does it ever make people break out afterwards? Asking bc I've seen that mentioned a few times"),
        ("third_party", "my mum's asking whether microneedling can cause broken veins on the cheeks, I said no but wanted to check for her", O),
        ("rambling", "I'm trying to weigh it up against laser because my friend had laser and got some pigmentation issues after, so is microneedling actually lower risk for that sort of thing or is that just what clinics say"),
        ("anxious", "What if the numbing cream doesn't work properly? Could I end up in a lot of pain halfway through?"),
        ("formal", "Could you outline what your clinic does to minimise the risk of cross-contamination between patients?"),
    ],
    "other_person_story": [
        ("third_party", "My friend had microneedling here last month and her skin looks amazing, I want what she had! Do I need a consultation first?"),
        ("chatty", "My sister swears by microneedling, she's had about six sessions. Is it really that good or is she just obsessed lol"),
        ("typo", "my mate got it done somewhere cheap and said it hurt like hell, is yours less painful"),
        ("rambling", "My colleague had it done at a different clinic and she was bright red for about a week which seems like a lot, she said they went quite deep, so I'm wondering if you adjust the depth for different people or everyone gets the same"),
        ("third_party", "My mum had microneedling with you a couple of years ago and loved it. I'd like to book her in again as a birthday present, can I buy a voucher?", O),
        ("anxious", "My cousin got an infection after hers (not at your clinic). How do you make sure that doesn't happen? It's really put me off"),
        ("non_native", "My friend from Korea say microneedling is very normal there, every girl do it. Here is the same treatment or different?"),
        ("voice_typed", "my husband saw my friend's results and now he wants to try it too do you treat men as well"),
        ("formal", "A colleague recommended your clinic highly following her course of treatment. Could you send me your price list?"),
        ("short", "my friend loved it, how much?"),
        ("third_party", "my daughter's best friend had it for her acne scars and now my daughter wants it too, what's the youngest age you treat?", dict(O, borderline="asks the clinic's minimum age for the daughter; her own age is not given, so no age-suitability situation is stated")),
        ("chatty", "My auntie had this done back in the 90s with a roller thing she bought off a shopping channel 😂 I assume it's changed a bit since then?"),
        ("typo", "my dad had a melanoma cut off his back years ago, does microneedling up the risk of skin cancer at all",
         {"borderline": "family history (father's melanoma) is mentioned; the writer states no condition of their own"}),
        ("rambling", "A girl I work with had microneedling before her wedding and said her makeup went on like a dream for the photos, so I'm thinking of doing the same before my sister's hen do, how far in advance would I need to start"),
        ("anxious", "My friend said she peeled for like two weeks after hers?? Is that normal or did something go wrong for her?"),
    ],
    "everyday_logistics": [
        ("short", "wedding in 10 days, too late?"),
        ("chatty", "I'm off to Tenerife on the 3rd!! ☀️ If I have microneedling this Saturday will I be ok to sunbathe?"),
        ("typo", "can i go gym the day after or do i need to leave it"),
        ("formal", "I have an important work presentation on Thursday. Would a Monday appointment leave enough time for the redness to settle?"),
        ("non_native", "I work in a kitchen with hot oven all day. After microneedling I can go to work next day?"),
        ("voice_typed", "do you have any evening appointments because I work till six every day and can't get time off"),
        ("rambling", "So I've got my best friend's wedding on the 22nd, I'm a bridesmaid, and then a hen do two weeks before that, and I really want to fit microneedling in somewhere so my skin looks good for both but I don't want to be red in any photos, when should I book"),
        ("anxious", "I have my passport photo booked for next week, will my face still be red? I don't want to be stuck with a blotchy passport for ten years 😭"),
        ("third_party", "Booking for my wife as a surprise anniversary present, can I pay now and let her choose the date?", O),
        ("short", "do you do payment plans?"),
        ("chatty", "I've got a 2 year old, can I bring her with me or is that a no go? I can't get childcare on weekdays"),
        ("typo", "my dog always licks my face when i get home lol shud i keep him away after"),
        ("formal", "Is there parking at the clinic, or is there a recommended car park nearby?"),
        ("non_native", "I fly back to my country 2 days after the treatment. The plane is problem for the skin?"),
        ("voice_typed", "I swim every morning before work is chlorine going to be an issue after microneedling how many days should I skip"),
        ("rambling", "I do hot yoga three or four times a week and it's basically my sanity, so I'm trying to work out how long I'd have to stop for after each session, because if it's a week every time I'll need to rethink the whole course"),
        ("anxious", "I start a new job on Monday, if I come in Friday will I look awful on my first day? I really can't show up looking sunburnt"),
        ("short", "how much is a course of 3?"),
        ("chatty", "Can I have a glass of prosecco the night after? It's my birthday meal lol"),
        ("typo", "im a lifeguard at an outdoor pool, how long do i have to stay out the sun after"),
        ("third_party", "my husband wants to book us both in on the same day, is there a couples discount?", O),
        ("formal", "I am travelling to Dubai for a conference shortly after my second session. What sun protection would you advise?"),
        ("non_native", "I can pay with card or only cash? And I need make deposit for booking?"),
        ("voice_typed", "I have photos for my engagement on the fifteenth how many weeks before should I do the microneedling so I'm not red"),
        ("third_party", "my mum's booked in for the 12th but she flies to Portugal on the 15th, will she be ok in the sun by then?", O),
    ],
    "health_elsewhere": [
        ("short", "what helps a cold?"),
        ("typo", "do u do flu jabs here or is that just the pharmacy"),
        ("chatty", "Random q but do you know if the chemist next door sells hay fever tablets? Mine are killing me today 🤧",
         {"borderline": "the writer's own hay fever, but the question is about buying tablets, not about microneedling"}),
        ("formal", "Does your clinic offer menopause consultations, or is it aesthetics only?"),
        ("non_native", "You know a good dentist near here? I have pain in tooth since yesterday.",
         {"borderline": "the writer's own toothache, but nothing to do with having the treatment"}),
        ("voice_typed", "is it true you should drink eight glasses of water a day or is that a myth"),
        ("rambling", "This isn't about microneedling at all sorry but my son keeps getting nosebleeds at night and the GP is impossible to get hold of, is that something I should worry about or is it common in kids",
         {"borderline": "a family member's health problem, but not about microneedling and the son is not being treated"}),
        ("anxious", "Sorry random but is it bad to take ibuprofen on an empty stomach? I always forget to eat breakfast",
         {"borderline": "the writer's own medicine use, but the question is unrelated to microneedling"}),
        ("typo", "whats the best suncream for kids, going on holiday soon"),
        ("chatty", "Do you do vitamin B12 injections? My friend gets them and swears she has more energy lol"),
        ("formal", "Could you recommend a dermatologist for a routine mole check? I like to have one done every year."),
        ("short", "do you sell vitamin D?"),
        ("third_party", "my dad's asking if you do hearing tests or know where he can get one locally", O),
        ("voice_typed", "how long does a hangover normally last because mine is on day two and I'm dying"),
        ("non_native", "Which vitamins is good for hair grow strong? Not for treatment, only general question."),
    ],
}

EXPECTED = {
    "personal": {
        "condition": 20, "medication_or_supplement": 20, "pregnancy_breastfeeding_ttc": 10,
        "skin_state": 14, "procedure": 12, "illness": 8, "allergy": 8, "injury": 4,
        "symptoms_after": 8, "phobia_or_anxiety_condition": 6,
    },
    "general": {
        "indication": 25, "treatment_question_first_person": 30, "general_risk": 20,
        "other_person_story": 15, "everyday_logistics": 25, "health_elsewhere": 15,
    },
}


def norm(text):
    return re.sub(r"\s+", " ", text.strip().lower())


def collect():
    items = []
    for label, table in (("personal", PERSONAL), ("general", GENERAL)):
        assert set(table) == set(EXPECTED[label]), (label, set(table) ^ set(EXPECTED[label]))
        for group, entries in table.items():
            want = EXPECTED[label][group]
            assert len(entries) == want, f"{label}/{group}: {len(entries)} != {want}"
            for entry in entries:
                assert len(entry) in (2, 3), entry
                style, text = entry[0], entry[1]
                flags = entry[2] if len(entry) == 3 else {}
                assert style in STYLES, (style, text)
                assert text == text.strip() and text, text
                n = len(text.split())
                assert 3 <= n <= 60, f"{n} words: {text}"
                items.append({"text": text, "label": label, "group": group, "style": style,
                              "_other": bool(flags.get("other")),
                              "_borderline": flags.get("borderline")})
    return items


def main():
    items = collect()
    assert len(items) == 240, len(items)
    assert sum(i["label"] == "personal" for i in items) == 110
    assert sum(i["label"] == "general" for i in items) == 130
    seen = {}
    for it in items:
        key = norm(it["text"])
        assert key not in seen, f"duplicate: {it['text']!r}"
        seen[key] = True
    for label in ("personal", "general"):
        styles = {i["style"] for i in items if i["label"] == label}
        assert styles == STYLES, (label, STYLES - styles)

    random.Random(SEED).shuffle(items)
    for n, it in enumerate(items, 1):
        it["id"] = f"p2-{n:03d}"

    # 50/50 split within each label+group, alternating in id order.
    # Groups of odd size: the first odd group starts with tuning, the next with
    # sealed, and so on, so that the two halves are 120/120 overall.
    split = {}
    odd_start = 0
    for label in ("personal", "general"):
        for group in EXPECTED[label]:
            members = [i for i in items if i["label"] == label and i["group"] == group]
            start = 0
            if len(members) % 2:
                start = odd_start
                odd_start ^= 1
            for k, it in enumerate(members):
                split[it["id"]] = "tuning" if (k + start) % 2 == 0 else "sealed"

    def row(it):
        return {"id": it["id"], "text": it["text"], "label": it["label"],
                "group": it["group"], "style": it["style"]}

    def write(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for it in rows:
                fh.write(json.dumps(row(it), ensure_ascii=False) + "\n")

    write("items.jsonl", items)
    write("tuning.jsonl", [i for i in items if split[i["id"]] == "tuning"])
    write("sealed.jsonl", [i for i in items if split[i["id"]] == "sealed"])

    # ---- report
    halves = {"tuning": [i for i in items if split[i["id"]] == "tuning"],
              "sealed": [i for i in items if split[i["id"]] == "sealed"]}
    for h, rows in halves.items():
        print(f"== {h}: {len(rows)}")
        print("  label:", dict(collections.Counter(i["label"] for i in rows)))
        for label in ("personal", "general"):
            c = collections.Counter(i["group"] for i in rows if i["label"] == label)
            print(f"  {label} groups:", {g: c[g] for g in EXPECTED[label]})
        for label in ("personal", "general"):
            c = collections.Counter(i["style"] for i in rows if i["label"] == label)
            print(f"  {label} styles:", {s: c[s] for s in sorted(STYLES)})
    for label in ("personal", "general"):
        c = collections.Counter(i["style"] for i in items if i["label"] == label)
        print(f"all {label} styles:", {s: c[s] for s in sorted(STYLES)})
    oth = [i for i in items if i["label"] == "personal" and i["_other"]]
    print("personal written for someone else:", len(oth),
          {h: sum(split[i["id"]] == h for i in oth) for h in halves})
    print("general written for someone else:",
          sum(1 for i in items if i["label"] == "general" and i["_other"]))
    lens = [len(i["text"].split()) for i in items]
    print("words min/max/mean:", min(lens), max(lens), round(sum(lens) / len(lens), 1))
    print("borderline:")
    for it in sorted(items, key=lambda i: i["id"]):
        if it["_borderline"]:
            print(f"  {it['id']} [{split[it['id']]}] {it['label']}/{it['group']}: {it['_borderline']}")


if __name__ == "__main__":
    main()
