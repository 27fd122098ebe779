"""Red-flag concepts of the body's reactions: an allergic reaction, and an infection with its
signs (pus, fever, a bad smell, spreading redness, heat).

Clinical language, not any clinic's documents: the table holds for every clinic, and
`tests/unit/answering/triage/test_red_flags.py` is generated from it.
"""

from __future__ import annotations

from assistant.answering.triage.concept import Concept

REACTIONS: tuple[Concept, ...] = (
    Concept(
        "allergic reaction",
        (
            r"\bhives\b|\bwelts\b|\ballergic reaction",
            r"\bitch\w* (all over|everywhere|bumps|blotches|welts|lumps|like mad)",
            r"\b(face|eyes?|eyelids?)\b.{0,20}\b(swell\w*|swol\w*|puff\w*)( up| shut| closed)",
            r"\b(puff\w*|swoll?en|swell\w*) (shut|closed)",
            # An eye swollen shut, said apart: "swollen lids and the left eye is nearly shut".
            r"\b(puff\w*|swoll?en|swell\w*)\b.{0,30}\b(eyes?|eyelids?|lids?)\b.{0,30}\b(eyes?|"
            r"eyelids?|lids?|one|it|they|both)( (is|are|has|have|'s|'re|got|gone|been|now|"
            r"completely|fully|totally|almost|nearly|basically|half))+ (shut|closed)\b"
            r"|\bcan'?t (open|see out of) (my|her|his|their|one|an|either|the) (\w+ )?eye",
            r"\b(rash|hives|blotch\w*|welts)\b.{0,20}\b(all over|everywhere|spreading)",
        ),
        (
            "covered in hives",
            "itching all over since lunch",
            "my face swelled up fast",
            "swollen eyelids, the right eye has gone fully shut",
            "she can't open her left eye",
        ),
        (
            "itching to see my results",
            "hypoallergenic cream",
            "swelling with pride",
            "puffy eyes, so i kept them closed",
            "swollen eyes from crying, is the clinic closed on sunday",
        ),
    ),
    Concept(
        "pus and discharge",
        (
            r"\bpu+s+\b(?! in boots)|\bpustul|\bo+zing|\booz(e|es|ed)\b|\bdischarge\b",
            r"\b(yellow|green|cloudy|white)\w* ?(crust\w*|fluid|stuff|goo\w*|gunk|liquid|heads?|"
            r"topped|centre|center)",
            r"\bhoney[- ]colou?red|\bleaking (something|yellow|fluid|pus)",
        ),
        ("pus in the dots", "yellow gunk coming out", "honey coloured crust"),
        ("the serum turned slightly yellow", "pushing my luck", "no yellow bits"),
    ),
    Concept(
        "infection",
        (
            r"\binfected\b|\binfektion|\bimpetigo|\bcellulitis",
            r"\b(have|got|getting|developed|think i have|caught|has) (an? )?infection",
        ),
        ("i think it got infected", "looks like impetigo", "i've got an infection"),
        ("infection control at the clinic", "sterile needles", "infectious laugh"),
    ),
    Concept(
        "fever",
        (
            r"(?<!cabin )(?<!hay )\bfea?v[eaio]?r(?!few|ishly)|\bfevr|\bchills\b|\brigou?rs\b|\bshiver|\bhigh temp|\bnight sweats",
            r"\btemp(erature)?\b.{0,20}\b(3[89]|4[0-2]|10[0-6])\b|\btemperature\b(?! of)",
            r"\bvomit|\bthrowing up|\bkeep anything down",
        ),
        ("feverish and shivering", "temp is 38.5", "i've got a temperature", "rigors all night"),
        (
            "feverfew in the serum",
            "the temperature of the room",
            "cabin fever lol",
            "my hay fever is back",
            "feverishly refreshing the booking page",
        ),
    ),
    Concept(
        "bad smell",
        (
            r"\b(bad|foul|weird|strange|awful|horrible|rotten|funny|nasty) (smell|odou?r)",
            r"\bstinks?\b|\bstinky\b|\bsmelly\b|\bsmells? ((a bit|a little|kind of|kinda|really|"
            r"so|quite) )?(bad|awful|off|rotten|foul|horrible|funky|nasty|gross|"
            r"like (old|rotten|cheese|something|death|a bin))",
        ),
        ("it smells bad", "a foul odour from the spot", "it stinks", "it smells a bit funky"),
        (
            "the cream smells nice",
            "the cleanser smells different",
            "the smell of your reception area",
        ),
    ),
    Concept(
        "spreading redness",
        (
            r"\b(red\w*|rash|swelling|patch|puffiness|infection|crust\w*|blotch\w*|lumps?|"
            r"wet part)\b.{0,30}\b(spread\w*|getting (bigger|worse|larger|wider)|growing|"
            r"expanding|wider|creep\w*|crept|moving)",
            r"\b(red|pink|dark) (streak|line)s?\b",
            r"\bspreading (red\w*|rash|patch|swelling|blotch\w*|hives)\b",
            r"\b(bigger|larger|wider|redder|darker|angrier|spreading) (each|every|by the) (day|hour|"
            r"morning)",
            r"\bspread(s|ing)? (to|onto|into|down|up|over|across) ((my|her|his|the) (neck|ears?|eyes?|"
            r"chin|jaw|cheeks?|forehead|nose|scalp|chest|face|lips?|hairline|temples?)|bits|parts|"
            r"areas?|places|skin)\b",
            r"\b(gone|spread|grown|moved|went|going) (way |well |right )?(past|beyond|outside) the "
            r"(line|mark|pen|outline|circle)s?\b",
            r"\b(neck|chest|ears?|scalp|arms?|shoulders?|body)\b.{0,20}\b(red|rash|hives|blotch)\w*"
            r".{0,15}\b(too|as well|also|now)\b|\brash\b.{0,20}\bon my (chest|arms?|body|back|tummy)",
        ),
        (
            "the redness is spreading",
            "red streaks up my neck",
            "my neck has gone red too",
            "spreading redness on day 6",
            "it's spread beyond the pen mark",
            "the patch is bigger every morning",
            "it's spreading onto my neck",
        ),
        (
            "my stretch marks keep spreading",
            "streaks of pigmentation",
            "can you treat the red marks on my chest",
            "spreading the serum over red skin",
            "the queue went past the door",
            "my skin looks better each day",
            "word is spreading to my friends",
        ),
    ),
    Concept(
        "heat",
        (
            r"\b(hot|warm) to (the )?touch",
            r"\b(skin|face|cheeks?|area|jaw|chin|neck|eyelids?|forehead)\b.{0,25}\b(is|feels?|"
            r"feeling|gone|getting) (very |really |so )?(hot|burning up)\b",
            r"\blike an oven|\bradiating heat|\bhot,? (and )?(red|swollen|angry|tender|lumpy|"
            r"puffy|hard)|\bred,? (and )?hot\b",
        ),
        ("hot to the touch", "my cheek is really hot", "red and hot"),
        ("face feels warm as if from sunbathing", "a hot shower", "my bedroom is so hot at night"),
    ),
)
