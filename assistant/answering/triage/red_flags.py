"""Red-flag concepts as data: each sign with its patterns, the phrases it must match and the
look-alikes it must not.

A concept is clinical language (a swelling tongue, pus, a fever), not any clinic's documents,
so the table holds for every clinic. `tests/unit/answering/triage/test_red_flags.py` is generated from
it: a concept without examples on both sides fails there. Whether a match is the patient's own,
present and asserted is `context.py`'s question, not this table's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Concept:
    """One red flag: patterns over normal text, and examples on both sides."""

    name: str
    patterns: tuple[str, ...]
    matches: tuple[str, ...]  # phrases the concept must find
    look_alikes: tuple[str, ...]  # phrases with the same words that it must not find
    emergency: bool = False  # airway or breathing: the emergency number comes first
    # A sign that can also be a condition the patient has before any treatment (a cold's wheeze,
    # asthma): a question whether to have the treatment may make it one to mention first.
    # Swelling of the lips, tongue or throat never is.
    standing: bool = False
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile("|".join(f"(?:{p})" for p in self.patterns)))


@dataclass(frozen=True, slots=True)
class Sign:
    """Where a concept matched in a text."""

    concept: Concept
    start: int
    end: int


_MOUTH = r"lips?|tongue|mouth|throat"
_BIG = (
    r"swell\w*|swol\w*|puff\w*|bigger(?! than)|huge|massive|fat|thick|blown up|big\b|doubled|"
    r"grow(ing|n)\b(?! (deeper|older|out|back|in|on))|"
    r"twice (the|its|their|my|her|his|the normal|the usual|normal|usual) ?\w* ?size"
)

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "airway swelling",
        (
            rf"\b({_MOUTH})\b.{{0,30}}\b({_BIG})",
            rf"\b(swell\w*|swol\w*|puff\w*)\b.{{0,20}}\b({_MOUTH})\b",
            r"\banaphyla",
        ),
        (
            "my bottom lip has doubled",
            "tongue feels too big",
            "swollen lips after the cream",
            "my lip is twice its normal size",
            "my tongue keeps growing",
        ),
        (
            "my lips are bigger than i want",
            "smokers lines around the mouth",
            "lip balm",
            "lip balm twice a day",
            "the lines around my mouth are growing deeper",
        ),
        emergency=True,
    ),
    Concept(
        "breathing",
        (
            r"\b(can ?'?(no)?t|cannot|hard to|trouble|difficult(y)?( to)?|struggling( to)?|unable to|"
            r"short of|shortness of|can'?t (quite|really|properly) (get|catch)( my)?) ?(breath|"
            r"breathe|breathing|brething|breth|breathin)",
            r"\bgasping|\bgasp\w* for (air|breath)|\bget (any |enough )?air in\b|\bbreathing (is |"
            r"feels? )?(really |very |so |a bit )?(noisy|heavy|hard|fast|weird|tight|shallow)",
            r"\bcan'?t (finish|get out) (a|my) (sentence|words?)",
            # Air drawn in with effort, an airway that narrows: the same sign without its word.
            r"\b(hard|harder|difficult|tough|struggl\w*|effort|work)( \w+)? to (pull|draw|suck|get|"
            r"drag|take) (in )?(enough |any )?(air|breaths?)\b(?! ?(bubbles?|pockets?|tickets?|fryer|"
            r"con\w*|pump|out))",
            r"\b(my|the|her|his|your) airways?\b.{0,25}\b(small\w*|tight\w*|narrow\w*|clos\w*|"
            r"block\w*|swell\w*|swol\w*|restrict\w*)",
            # An asthma attack is had now; asthma alone is a history to mention when booking.
            r"\basthma(tic)? attack|\battack\w* of asthma",
            # A reliever that does not relieve: the inhaler is the patient's own measure of it.
            r"\b(inhaler|puffer)\b.{0,25}\b(not|isn'?t|isnt|doesn'?t|doesnt|hasn'?t|hasnt|"
            r"won'?t|no|nothing)( \w+)? (help\w*|work\w*|touch\w*|difference)|\b(even with|"
            r"despite|after) (using |taking )?(my |the |his |her )?(blue |reliever )?(inhaler|puffer)",
            # The chest itself tight, not the treated skin on it ("the skin on my chest is tight").
            r"(?<!skin on my )(?<!skin on the )(?<!skin on her )(?<!skin on his )\bchest\b"
            r"(?! (skin|area))( \w+){0,3}? (tight\w*|heavy|rattl\w*|clos\w*)|\btight\w* "
            r"(in |across )?(my |the |her |his )?chest\b(?! (skin|area|of drawers))",
        ),
        (
            "i cant breathe properly",
            "short of breath",
            "can't finish a sentence",
            "can't quite get my breath",
            "breathing feels tight and shallow",
            "i have to gasp for air",
            "struggling to pull enough air in",
            "hard work to draw breath",
            "my airway feels small",
            "having an asthma attack right now",
            "my inhaler isn't helping",
            "the puffer isn't working",
            "chest feels tight",
            "tightness in my chest",
        ),
        (
            "breathing fine",
            "a breath of fresh air",
            "take a deep breath",
            "the results are breathtaking",
            "i gasped when i saw the price",
            "i have asthma, is the numbing cream ok",
            "should i bring my inhaler to the appointment",
            "the skin on my chest feels tight",
            "a tight chest of drawers",
            "hard to get air bubbles out of the serum",
            "british airways lost my bag",
            "my airways feel nice and clear",
        ),
        emergency=True,
    ),
    Concept(
        # The chest's noises and breathlessness: an emergency after the treatment, and also what
        # a cold or asthma does to a patient before it (`standing`).
        "wheeze",
        (
            r"\bwheez|\bbreathless|\bpanting\b|\bout of breath\b",
            r"\basthma\b.{0,15}\b(flar\w* up|playing up|acting up|kick\w* (off|in)|going "
            r"crazy)|\basthma(tic)? flare",
            r"\bchest\b(?! (skin|area))( \w+){0,3}? wheezy|\b(whistl|rattl|squeak)\w*( \w+)? when "
            r"(i|she|he|they) breathe",
        ),
        (
            "wheezing since the serum",
            "she is panting",
            "my asthma is playing up",
            "a whistling sound when i breathe",
        ),
        (
            "painting my nails",
            "my asthma is well controlled",
            "a breath of fresh air",
            "whistling while i work",
        ),
        emergency=True,
        standing=True,
    ),
    Concept(
        "swallowing and throat",
        (
            r"\b(can ?'?t|cannot|hard to|trouble|difficult(y)?( to)?|struggling( to)?|unable to|"
            r"painful to|hurts to) ?((really|properly|quite) )?swallow(?! the (price|cost|news))",
            r"\bswallowing\b.{0,20}\b(blocked|hard|harder|difficult|hurts)",
            r"\bthroat\b.{0,40}\b(clos\w*|tight\w*|narrow\w*|block\w*)|\b(clos\w*|tight\w*|"
            r"narrow\w*) (in|of) (my|the|her|his) throat",
        ),
        (
            "can't swallow",
            "swallowing feels blocked",
            "my throat is tight",
            "my throat started to feel itchy and then tight",
            "a closing in my throat",
            "i cant really swallow my own spit",
        ),
        ("hard to swallow the price", "sore throat from a cold last winter is fine"),
        emergency=True,
    ),
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
            "itching all over my body",
            "my face is swelling up",
            "swollen eyelids, the right eye has gone fully shut",
            "she can't open her left eye",
        ),
        (
            "i'm itching to get started",
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
            r"(?<!cabin )(?<!hay )\bfea?v[eaio]?r(?!few|ishly)|\bfevr|\bchills\b|\bshiver|\bhigh temp|\bnight sweats",
            r"\btemp(erature)?\b.{0,20}\b(3[89]|4[0-2]|10[0-6])\b|\btemperature\b(?! of)",
            r"\bvomit|\bthrowing up|\bkeep anything down",
        ),
        ("feverish and shivering", "temp is 38.5", "i've got a temperature"),
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
            "the smell in your waiting room",
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
            "stretch marks that are spreading",
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
        ("my face feels warm like after the sun", "a hot shower", "it's really hot in my flat"),
    ),
    Concept(
        "bleeding that will not stop",
        (
            r"\bble+d+(ing)?\b.{0,40}\b(won'?t|wont|will not|doesn'?t|does not|not stopp?|can'?t|"
            r"cannot|hasn'?t|keeps?|non ?stop|heavily|isn'?t stopp?|is not stopp?)",
            r"\b(won'?t|wont|will not|can'?t|cannot|hasn'?t|has not|never) stop(ped|s)? (the )?ble+d",
            r"\b(keeps?|kept|still|constantly|non ?stop) ble+d",
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
            "severe pain in my cheek",
            "the pain is getting worse",
            "it's 9 out of 10",
            "it hurts more today than yesterday",
            "sore even more on day 4 than on the day itself",
            "more swollen today than day 1",
            "hotter and more tender each day",
            "the puffiness has got worse",
        ),
        (
            "the price is killing me",
            "the suspense is unbearable",
            "painful on a scale of 1 to 10",
            "does it hurt more than laser",
            "it hurt more than i expected during the session",
            "less swollen today than yesterday",
            "my skin looks better each day",
        ),
    ),
    Concept(
        "blisters and burns",
        (
            r"\bbl[ie]+s?ter",
            r"\bchemical burn|(?<!sun)\bburn(ed|t)\b(?! by the sun)|\b(face|skin|cheeks?|forehead|it)\b.{0,20}"
            r"\bburn(ing|s)\b",
            r"\bfluid[- ]?fill\w*|\bfilled with fluid|\b(water|fluid|liquid|clear) ?(bubbles?|bumps)",
            r"\bbubbl\w*\b.{0,30}\b(skin|face|cheeks?|chin|forehead|popped|patches)|\bbubbly",
        ),
        ("blisters on my chin", "my face is burning", "tiny water bubbles"),
        (
            "burning question",
            "i'm burning with curiosity",
            "the cleanser foams into bubbles",
            "looks like i'd been burnt by the sun",
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
        ("raw honey mask", "weeping with joy", "scabs came off on their own"),
    ),
    Concept(
        "fainting or racing heart",
        (
            r"\b(feel\w*|felt|going to|gonna|nearly|almost|about to|might) (faint|pass out|black out)"
            r"|\bfainted\b|\bpass(ed|ing)? out\b|\bblack(ed)? out\b|\bcollapsed?\b",
            r"\bheart\b.{0,15}\b(racing|pounding|thumping|hammering|fluttering|going like)|"
            r"\bpalpitations?\b|\blight[- ]?headed|\bdizz(y|iness)\b",
        ),
        ("i feel like i'm going to faint", "my heart is racing", "light headed and queasy"),
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
            "mild swelling under my eyes",
            "the clinic's vision",
            "the photo on your site is blurry",
            "the light in the clinic was lovely",
            "i can't focus on work",
        ),
    ),
)


# A sentence: up to a stop, question or exclamation mark that ends a word (not the point of
# "38.5"), or a line break.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+(?=\s|$)|$)", re.MULTILINE)


def signs(text: str) -> list[Sign]:
    """Every red-flag concept found in a normal text, with where it was found. A sign lies
    within one sentence: "is it meant to look this puffy?? my lips are fine" names no swollen
    lips."""
    found = []
    for sentence in _SENTENCE.finditer(text):
        for concept in CONCEPTS:
            for match in concept.regex.finditer(text, sentence.start(), sentence.end()):
                found.append(Sign(concept, match.start(), match.end()))
    return found
