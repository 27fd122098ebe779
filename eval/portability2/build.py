import json, random, os, re
BASE = os.path.dirname(os.path.abspath(__file__))
A, O, M = "answerable", "out_of_scope", "medical"
Q = [
# --- answerable: sclerotherapy (13)
(A, "how long do i have to wear the compression stockings after the vein injections", ["Wear the stockings day and night for the first 72 hours", "then during the daytime only for a further 14 days"], ["72 hours", "14 days"]),
(A, "Is sclerotherapy painful?", ["Each injection feels like a small, sharp scratch"], ["sharp scratch"]),
(A, "how many sessions wil i need to get rid of my spider veins", ["Most patients need between 2 and 4 sessions, spaced at least 6 weeks apart"], ["between 2 and 4 sessions"]),
(A, "Will I need to take any time off work after having my leg veins treated?", ["You can return to work and normal daily activities straight away."], ["return to work"]),
(A, "whats actually in the injection you put in the veins?", ["At Northgate Skin & Vein Clinic we use Fibrovein (sodium tetradecyl sulphate)"], ["Fibrovein"]),
(A, "I've got a holiday to Florida about 10 days after my vein appointment - is that going to be a problem?", ["avoid booking a flight longer than four hours within two weeks after treatment"], ["four hours"]),
(A, "leg day is my fave lol, how soon can i get back to the gym after the vein jabs", ["Avoid running, high-impact classes and heavy weight training for seven days."], ["seven days"]),
(A, "I've got brownish lines where my veins were injected. Will they ever go away?", ["Brown staining along the treated vein (hyperpigmentation), seen in about 1 in 10 patients", "which usually fades within 6 to 12 months"], ["6 to 12 months"]),
(A, "how long till the thread veins actually disappear after treatment", ["Thread veins usually fade over 3 to 6 weeks"], ["3 to 6 weeks"]),
(A, "I really love a hot bath every evening, will I have to give that up for a while after sclerotherapy?", ["Avoid hot baths, saunas, steam rooms and hot tubs for two weeks."], ["two weeks"]),
(A, "i take nurofen for my back now and then, is that ok in the days before my sclerotherapy?", ["Stop taking ibuprofen and other anti-inflammatory painkillers 48 hours before treatment."], ["48 hours"]),
(A, "Do you see me again to check how the veins are healing after the first treatment?", ["a free review appointment 6 weeks after their first session", "Sclerotherapy review appointment at 6 weeks: free"], ["6 weeks"]),
(A, "once my veins are gone, are they gone for good or can they come back?", ["Sclerotherapy does not stop new veins from developing in the future"], ["does not stop new veins"]),
# --- answerable: LED (13)
(A, "does the LED facial hurt at all??", ["Most people describe the sensation as a gentle, soothing warmth, and it is completely painless"], ["painless"]),
(A, "How long should I allow for an LED light therapy appointment?", ["Each appointment lasts 30 minutes. Your therapist begins with a gentle cleanse"], ["30 minutes"]),
(A, "i have very dark brown skin, will the light treatment be ok for me or is it only for pale skin", ["safe for every skin type and tone, from very fair to very dark"], ["every skin type and tone"]),
(A, "how many led sessions would i need for my acne", ["For acne or rosacea: 6 sessions, twice a week for three weeks."], ["6 sessions"]),
(A, "What machine do you use for the light facials?", ["we use the Dermalux Tri-Wave MD, a medical-grade device"], ["Dermalux Tri-Wave MD"]),
(A, "I've got a work dinner the same evening - could I put my make-up on straight after the light facial?", ["You can put make-up back on and go straight back to work"], ["make-up back on"]),
(A, "which colour of light is the one that helps with spots", ["Blue light (415 nm), which targets the bacteria involved in acne breakouts"], ["Blue light"]),
(A, "I'm having botox this morning, could I squeeze in an LED session this afternoon?", ["please wait at least 24 hours before having LED therapy"], ["24 hours"]),
(A, "How quickly will I notice a difference from LED treatment?", ["Many people notice a fresh, healthy glow straight after their very first session.", "the skin produces new collagen over a period of around 8 to 12 weeks"], ["very first session"]),
(A, "do i have to wear anything over my eyes during the led", ["You will be given protective goggles to wear throughout."], ["protective goggles"]),
(A, "Once I've finished my course of LED, do I need to keep coming back?", ["a maintenance session once a month helps keep your skin in good condition"], ["once a month"]),
(A, "my cheeks go red and blotchy really easily, would the light therapy calm that down?", ["Red light (633 nm), which boosts circulation and calms redness and inflammation"], ["Red light"]),
(A, "my face was a bit pink after my first LED session, is that normal?", ["Afterwards your skin may look slightly pink for up to an hour."], ["up to an hour"]),
# --- answerable: clinic information (14)
(A, "how much to do thread veins on both legs", ["Sclerotherapy treatment session, both legs: £350"], ["£350"]),
(A, "What's the price of a single LED facial?", ["LED light therapy, single 30-minute session: £65"], ["£65"]),
(A, "Is the consultation for the vein treatment free?", ["Sclerotherapy consultation (30 minutes): £50, deducted from your first treatment"], ["£50"]),
(A, "I want to book a HydraFacial - do I have to pay anything up front?", ["A deposit of £30 is required for any treatment costing more than £100."], ["£30"]),
(A, "If I need to cancel my appointment, how much notice do I have to give?", ["please give us at least 48 hours' notice", "Cancellations with less than 48 hours' notice lose the deposit."], ["48 hours' notice"]),
(A, "completely forgot my appt yesterday, am i going to get charged??", ["you will be charged 50% of the treatment price"], ["50%"]),
(A, "I work 9 to 5 in town. Do you do any evening appointments?", ["Tuesday and Thursday: 10am to 8pm", "Our late evenings on Tuesdays and Thursdays are popular with patients who work full time"], ["Tuesday"]),
(A, "r u open at the weekend", ["Saturday: 9am to 2pm, appointments only"], ["9am to 2pm"]),
(A, "I'll be driving over - is there anywhere to leave the car?", ["two free parking bays for patients behind the building"], ["two free parking bays"]),
(A, "can i pay with my amex card", ["We accept Visa, Mastercard and American Express"], ["American Express"]),
(A, "Is there any way to spread the cost of treatment over a few months?", ["interest-free finance is available through Payl8r, spread over 3, 6 or 10 months"], ["Payl8r"]),
(A, "who actually does the vein injections, is it a doctor?", ["Claire Otieno is an NMC-registered nurse practitioner who trained in sclerotherapy"], ["Claire Otieno"]),
(A, "my daughter is 16 and has bad acne, can she come in for the light facials?", ["you must be 18 or over to book"], ["18 or over"]),
(A, "how much extra is it to add LED on to the end of a peel?", ["LED add-on to another facial treatment: £25"], ["£25"]),
# --- medical (10)
(M, "I'm 5 months pregnant and my leg veins have got much worse. Can I have sclerotherapy now?", ["are pregnant, breastfeeding, or have given birth within the last three months"], ["pregnant"]),
(M, "I had a DVT after a knee operation years ago. Would I still be able to have my thread veins injected?", ["have ever had a deep vein thrombosis (DVT) or pulmonary embolism"], ["DVT"]),
(M, "i'm on apixaban for my heart rhythm, is the vein treatment ok for me", ["take anticoagulant medicines such as warfarin, apixaban or rivaroxaban"], ["anticoagulant"]),
(M, "I take microgynon - does being on the pill matter for sclerotherapy?", ["These slightly increase the risk of blood clots"], ["risk of blood clots"]),
(M, "I take 75mg aspirin every day for my heart. Do I need to stop it before the vein injections?", ["If you take low-dose aspirin prescribed by your doctor, do not stop it"], ["do not stop it"]),
(M, "finished roaccutane about 2 months ago, can i start LED now for the marks it left", ["have taken isotretinoin (Roaccutane) within the last 6 months"], ["6 months"]),
(M, "I'm on doxycycline for my rosacea at the moment. Is LED still an option for me?", ["a medicine that makes your skin sensitive to light, such as the antibiotic doxycycline"], ["doxycycline"]),
(M, "just found out im pregnant!! can i carry on with my LED course?", ["As a precaution we do not offer LED therapy during pregnancy"], ["do not offer LED therapy during pregnancy"]),
(M, "I have type 2 diabetes and quite poor circulation in my feet. Am I OK to have sclerotherapy?", [], []),
(M, "I'm breastfeeding my 4 month old, is it safe for me to have LED facials?", [], []),
# --- out of scope: on-topic but not stated (15)
(O, "Do you treat thread veins on the face, like the little red ones around my nose?", [], []),
(O, "Will my Bupa health insurance cover sclerotherapy?", [], []),
(O, "can i get this vein treatment on the NHS instead of paying", [], []),
(O, "How much do you charge for laser treatment of thread veins?", [], []),
(O, "do you sell LED masks I could use at home between sessions?", [], []),
(O, "Can LED light therapy help with hair thinning on my scalp?", [], []),
(O, "how much are your anti-wrinkle injections", [], []),
(O, "What percentage of veins actually disappear after sclerotherapy?", [], []),
(O, "Can you do the LED on my neck and chest too, and is that extra?", [], []),
(O, "How long does the Obagi Blue Radiance peel take, and will my skin actually peel afterwards?", [], []),
(O, "Can I have LED therapy if I've got filler in my lips?", [], []),
(O, "do you put numbing cream on before the vein injections", [], []),
(O, "Could I have sclerotherapy and an LED facial on the same day?", [], []),
(O, "is it ok to drink alcohol the night after sclerotherapy", [], []),
(O, "How many SkinPen microneedling sessions would I need for acne scars?", [], []),
# --- out of scope: front desk (8)
(O, "Do you sell gift vouchers? I'd like to buy one for my sister's birthday", [], []),
(O, "do you do a student discount or anything for NHS staff", [], []),
(O, "Can I bring my toddler with me to my appointment?", [], []),
(O, "is there wifi in the waiting room", [], []),
(O, "Can I have a chaperone in the room during my treatment?", [], []),
(O, "Do you have a refer-a-friend scheme?", [], []),
(O, "Have you got a WhatsApp number I can message to book?", [], []),
(O, "Do you have another clinic anywhere nearer Sunderland?", [], []),
# --- out of scope: general medical / skincare (7)
(O, "whats the difference between retinol and retinal", [], []),
(O, "How do I get rid of a cold sore quickly?", [], []),
(O, "Is it safe to use vitamin C and niacinamide together?", [], []),
(O, "what actually helps with dandruff, is it a fungus?", [], []),
(O, "Does drinking more water really make your skin better?", [], []),
(O, "What's the best cream for athlete's foot?", [], []),
(O, "how do i stop getting ingrown hairs on my legs after shaving", [], []),
]
docs = {f: open(os.path.join(BASE, "corpus", f), encoding="utf-8").read()
        for f in ["sclerotherapy.md", "led-light-therapy.md", "clinic-information.md"]}
from collections import Counter
print(Counter(k for k, *_ in Q), len(Q))
fails = 0; nev = 0
for k, q, ev, mm in Q:
    for e in ev:
        nev += 1
        hits = [f for f, t in docs.items() if e in t]
        nw = len(e.split())
        if not hits or not (6 <= nw <= 15):
            fails += 1; print("FAIL evidence:", repr(e), hits, nw)
    for m in mm:
        if not any(m in e for e in ev):
            fails += 1; print("FAIL must_mention:", repr(m))
    if k == A and not ev: fails += 1; print("FAIL no evidence", q)
    if k == O and (ev or mm): fails += 1; print("FAIL oos with evidence", q)
print(f"evidence phrases checked: {nev}, failures: {fails}")
random.seed(20261211)  # chosen so each split gets 20 answerable, 15 out_of_scope, 5 medical
random.shuffle(Q)
rows = []
for i, (k, q, ev, mm) in enumerate(Q, 1):
    rows.append({"id": f"p2-{i:03d}", "kind": k, "question": q, "evidence": ev, "must_mention": mm})
def dump(path, rs):
    with open(os.path.join(BASE, path), "w", encoding="utf-8") as fh:
        for r in rs: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
dump("questions.jsonl", rows)
dump("tuning.jsonl", [r for i, r in enumerate(rows, 1) if i % 2 == 1])
dump("sealed.jsonl", [r for i, r in enumerate(rows, 1) if i % 2 == 0])
for name in ["tuning.jsonl", "sealed.jsonl"]:
    rs = [json.loads(l) for l in open(os.path.join(BASE, name))]
    print(name, Counter(r["kind"] for r in rs))
