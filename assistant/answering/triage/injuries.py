"""Red-flag concepts of harm done: bleeding that will not stop, severe or worsening pain,
blisters and burns, open skin, fainting or a racing heart, the eyes and vision, confusion or
drowsiness, a seizure.

Clinical language, not any clinic's documents: the table holds for every clinic, and
`tests/unit/answering/triage/test_red_flags.py` is generated from it.
"""

from __future__ import annotations

from assistant.answering.triage.concept import Concept

INJURIES: tuple[Concept, ...] = (
    Concept(
        "bleeding that will not stop",
        (
            r"\bble+d+(ing)?\b.{0,40}\b(won'?t|wont|will not|doesn'?t|does not|not stopp?|can'?t|"
            r"cannot|hasn'?t|keeps?|non ?stop|heavily|isn'?t stopp?|is not stopp?)",
            r"\b(won'?t|wont|will not|can'?t|cannot|hasn'?t|has not|doesn'?t|does not|never) "
            r"stop(ped|s)? (the )?ble+d",
            # "still (be|is) bleeding": an auxiliary may stand between
            r"\b(keeps?|kept|still|constantly|non ?stop) ((be|being|is|are) )?ble+d",
            r"\bblood\b.{0,30}\b(keeps?|won'?t stop|everywhere|dripping|pouring|soak\w*)",
            # soaked is blood only when something that takes it up is named
            r"\b(soak\w*|drench\w*)\b.{0,25}\b(pads?|tissues?|towels?|pillow\w*|gauze|plasters?|"
            r"bandages?|dressings?|cotton|red|blood|through)\b|\b(pads?|tissues?|towels?|pillow\w*|"
            r"gauze|plasters?|bandages?|dressings?|cotton|collar|shirt|sheets?)\b.{0,20}\b(soak|drench)"
            r"\w*|\bcovered in (red|blood)\b",
            r"\bpouring\b|\bkeeps going red|\brunning red",
            r"\bble+d\w*\b.{0,50}\b(since|for (hours|ages|an hour|\d+ ?hours?)|all (day|night)|"
            r"on and off)\b",
        ),
        (
            "bleeding won't stop",
            "been bleeding since lunch",
            "the tissue is soaked",
            "the bleeding isn't stopping",
            "soaked four cotton pads",
            "it hasn't stopped bleeding",
            "it doesn't stop bleeding",
            "will it still be bleeding by evening",
        ),
        (
            "my wallet is bleeding",
            "pinpoint bleeding during treatment",
            "blood, sweat and tears",
            "my face got soaked in the rain",
            "soaked my face in cool water",
            "once it stopped bleeding i went home",
        ),
    ),
    Concept(
        "severe or worsening pain",
        (
            r"\b(severe|extreme|unbearable|excruciating|intense|terrible|horrible|agoni[sz]ing|"
            r"awful)\w*\b.{0,25}\b(pain|hurt|ache|aching|sore)|\bexcruciating",
            r"\b(pain|hurt|hurts|hurting|ache|sore|soreness|swelling|swollen|puffiness|throbbing)"
            r"\w*\b.{0,35}\b(getting worse|worse (every|each)|worsening|unbearable|"
            r"excruciating|ramping|so bad|more each day)",
            r"\b([789](\.5)?|10) ?(/|out of) ?10\b",
            r"\bhurts so (much|bad)|\bthrobbing so",
            r"\b(worse|more) (every|each) (hour|day)|\bworse than (day|the first)|\b(hotter|puffier|"
            r"sorer|worse|more (tender|sore|painful|swollen|puffy)) (\w+ )?(each|every|by the) (day|"
            r"hour|morning)|\b(got|gotten|gone|become|becoming|grown) worse\b",
            # More swollen or sore than before: healing goes the other way.
            r"\bmore (swollen|puffy|painful|sore|tender) (today |now |tonight )?(\(?day \w+\)? )?"
            r"than (yesterday|day|on day|the day|on the day|at first|before|it was)\b",
            # More pain than before: a healing face hurts less each day, never more.
            r"\b(hurt|hurts|hurting|pain|sore|aching|aches|throbbing|tender)\b (even |much |a lot |"
            r"way |far )?more (now |today |tonight )?(on day \w+ )?(than (yesterday|on day|day|the "
            r"(day|first|last)|on the day|at first|before|it did)|today|tonight|now)\b",
        ),
        (
            "severe ache along my jaw",
            "the ache keeps getting worse",
            "it's 9 out of 10",
            "my cheek hurts more tonight than yesterday",
            "aching even more on day five than at first",
            "more swollen today than day 1",
            "hotter and more tender each day",
            "the puffiness has got worse",
        ),
        (
            "the waiting is killing me",
            "the suspense is unbearable",
            "rated from 1 to 10, how sore is it",
            "will the peel sting or hurt more than threading",
            "the needling hurt more than i was ready for",
            "less swollen today than yesterday",
            "my skin looks better each day",
        ),
    ),
    Concept(
        "blisters and burns",
        (
            r"\bbl[ie]+s?ter",
            r"\bchemical burn|(?<!sun)\bburn(ed|t)\b(?! by the sun| out)|\b(face|skin|cheeks?|forehead|it)\b.{0,20}"
            r"\bburn(ing|s)\b",
            r"\bfluid[- ]?fill\w*|\bfilled with fluid|\b(water|fluid|liquid|clear) ?(bubbles?|bumps)",
            r"\bbubbl\w*\b.{0,30}\b(skin|face|cheeks?|chin|forehead|popped|patches)|\bbubbly",
        ),
        ("blisters on my chin", "my face is burning", "tiny water bubbles"),
        (
            "burning question",
            "i'm burning with curiosity",
            "the cleanser foams into bubbles",
            "my back looks burned by the sun",
            "feeling burnt out from the night shifts",
        ),
    ),
    Concept(
        "open skin",
        (
            r"\b(raw|open) (pink |red )?(area|patch|skin|wound|sores?|graze|flesh)\b",
            r"\bscratched .{0,20}raw|\braw and\b|\bopen sores?\b|\bwound\b|\bulcer",
            r"\b(skin|it|area)\b.{0,20}\bweep\w*|\bseeping|\bweeping\b(?! with)",
            r"\b(gone|turned|going) ((a bit|slightly|kind of|kinda|sort of) )?(dark|black|grey|gray)"
            r"(ish)?\b|\bwhite and crinkly",
        ),
        (
            "a raw pink area",
            "the skin is weeping",
            "open sores on my chin",
            "a patch has gone a bit greyish",
        ),
        ("raw honey mask", "weeping with joy", "the scabs fell away by themselves"),
    ),
    Concept(
        "fainting or racing heart",
        (
            r"\b(feel\w*|felt|going to|gonna|nearly|almost|about to|might) (faint|pass out|black out)"
            r"|\bfainted\b|\bpass(ed|ing)? out\b|\bblack(ed)? out\b|\bcollapsed?\b",
            r"\bheart\b.{0,15}\b(racing|pounding|thumping|hammering|fluttering|going like)|"
            r"\bpalpitations?\b|\blight[- ]?headed|\bdizz(y|iness)\b",
        ),
        ("i'm about to faint", "my heart is racing", "light headed and queasy"),
        (
            "a faint pink mark",
            "a faint smell of mint",
            "racing to get to my appointment",
            "my heart is set on it",
        ),
    ),
    Concept(
        "eye pain and vision",
        (
            r"\b(blurr?y|blurred|double|lost|losing|loss of|changes? in|hazy|foggy|dark) "
            r"(vision|visi?on|eyesight|sight)|\b(vision|eyesight|sight)\b.{0,20}\b(blur\w*|"
            r"hazy|foggy|double|gone|dark|weird)",
            r"\b(everything|things|it all)\b.{0,15}\b(blurr?y|blurred|hazy|foggy|double)",
            r"\bsee(ing)? double\b|\bhalos?\b|\bfoggy out of\b|\blight hurts",
            r"\b(light|brightness|sunlight)\b.{0,15}\b(hurts|killing|painful|unbearable|stings)"
            r"|\b(can'?t|cannot|won'?t|will not|nothing will) (focus|come into focus)\b(?! on)",
            r"\beyes?\b.{0,20}\b(pain|hurts?|sore|burning|sting\w*|gritty|watering|leaking|glued)",
            r"\b(pain|hurt)\w* .{0,10}\beyes?\b",
        ),
        (
            "my vision is blurry",
            "seeing double",
            "everything looks blurry",
            "bright light really hurts my eye",
            "my eye can't focus",
        ),
        (
            "a little puffiness below both eyes",
            "the clinic's vision",
            "the photo on your site is blurry",
            "the light in the clinic was lovely",
            "i can't focus on work",
        ),
    ),
    Concept(
        # Confusion, slurred speech or a patient hard to wake: a numbing cream's toxicity, a
        # reaction or a fall in blood pressure can show so, with no skin sign at all.
        "confusion or drowsiness",
        (
            r"\b(confused|confusion|disorient\w*|muddled|befuddled)\b"
            r"(?! (about|by|as to|over|with|why|what|how|which|whether|if|up)\b)",
            r"\bslurr(ed|ing)\b|\b(hard|impossible) to wake\b|\bwon'?t wake\b"
            r"|\b(can'?t|cannot) think straight\b(?! about)",
            r"\b(don'?t|doesn'?t|didn'?t) (know|recogni[sz]e) where (i|she|he) (am|is|was)\b"
            r"(?! \w+ing\b)",
        ),
        (
            "i'm all confused and sleepy",
            "she's slurring her words",
            "he's really hard to wake",
            "i can't think straight since the numbing cream",
            "my dad doesn't know where he is",
        ),
        (
            "i'm confused about the aftercare",
            "the instructions are confusing",
            "i muddled up the dates",
            "i can't think straight about which package to pick",
            "i can't keep my eyes open at work these days",
            "he doesn't know where he is eating tonight",
        ),
    ),
    Concept(
        # A seizure: a numbing cream's toxicity can cause one. "Fitting" is the British word for
        # it, and also what a clinic does to an appointment ("thanks for fitting me in").
        "seizure",
        (
            r"\bseizures?\b|\bconvuls\w*|\bepileptic (fit|attack)",
            r"\b(having|had|has|having another|had another) (a |an )?fits?\b"
            r"(?! (because|about|over|when|if|at|of|with|on (me|us|you|him|her|them))\b)",
            r"(?<!\ba )(?<!\bthe )(?<!\bfor )(?<!\bwell )(?<!\bperfectly )(?<!\bbest )\bfitting\b"
            r"(?! (me|us|you|him|her|them|it|in|into|room|rooms|well|properly|perfectly|nicely|"
            r"snugly|the|a|an|my|your|his|their|this|that|for|of|to|appointment)\b)",
        ),
        (
            "he's having a seizure",
            "she's fitting on the floor",
            "my son is having a fit",
            "my friend is convulsing",
            "my partner is having seizures",
        ),
        (
            "thanks for fitting me in",
            "my boss is having a fit because i booked friday off",
            "is there a fitting room",
            "can the doctor give me a fit note",
            "a perfectly fitting mask",
        ),
    ),
)
