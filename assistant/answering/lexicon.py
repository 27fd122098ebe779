"""The language the assistant reads: patient vocabulary, stop words and question patterns.

Plain data, English. Extending it is how the assistant learns a new way patients say a thing:
add the patient's word and the documents' words for it; never a whole question.
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as _GENERAL_STOP_WORDS

# English function words (scikit-learn's list): never a question's topic.
ENGLISH_STOP_WORDS: frozenset[str] = frozenset(_GENERAL_STOP_WORDS)

# Words patients type, and the documents' words for the same thing (lexical side only).
PATIENT_WORDS: dict[str, str] = {
    "hurt": "discomfort numbing pain anesthetic",
    "hurts": "discomfort numbing pain anesthetic",
    "painful": "discomfort numbing anesthetic",
    "pain": "discomfort numbing anesthetic",
    "sore": "discomfort sensitivity tenderness",
    "numb": "numbing anesthetic",
    "foundation": "makeup",
    "concealer": "makeup",
    "cosmetics": "makeup",
    "make-up": "makeup",
    "gym": "exercise strenuous activity",
    "workout": "exercise strenuous activity",
    "run": "exercise",
    "running": "exercise",
    "sweat": "exercise strenuous",
    "sport": "exercise",
    "spf": "sunscreen sun exposure",
    "sunbathe": "sun exposure",
    "beach": "sun exposure",
    "tanning": "sun exposure",
    "outside": "sun exposure",
    "sunblock": "sunscreen",
    "tretinoin": "retinoids retinol",
    "retin": "retinoids retinol",
    "retinoid": "retinoids retinol",
    "aha": "acids exfoliants",
    "bha": "acids exfoliants",
    "scrub": "exfoliants exfoliators",
    "appointment": "session procedure takes lasts",
    "visit": "session procedure",
    "downtime": "recovery heal",
    "recover": "recovery heal",
    "healing": "heal recovery",
    "red": "redness",
    "puffy": "swelling",
    "swollen": "swelling",
    "price": "cost",
    "sessions": "treatments series",
    "times": "sessions treatments",
    "touch-up": "maintenance touch-ups",
    "touch-ups": "maintenance touch-ups",
    "fix": "treat improve",
    "touchup": "maintenance touch-ups",
    "permanent": "permanent last",
    "forever": "permanent",
    "last": "permanent",
    "pregnancy": "pregnant",
    "expecting": "pregnant",
    "breastfeeding": "breast-feeding",
    "nursing": "breast-feeding",
    "accutane": "acne medications",
    "isotretinoin": "acne medications",
    "roaccutane": "acne medications",
    "meds": "medications",
    "medicine": "medications",
    "dark": "skin tones",
    "black": "skin tones",
    "brown": "skin tones",
    "melanin": "skin tones",
    "wash": "cleanser cleansing",
    "clean": "cleanser",
    "moisturiser": "moisturizer",
    "wedding": "event",
    "party": "event",
    "holiday": "event",
    "date": "event",
    "scar": "scars scarring",
    "pores": "pore",
    "wrinkles": "lines",
    "stretchmarks": "stretch marks",
    "glycolic": "acids exfoliants",
    "salicylic": "acids exfoliants",
    "lactic": "acids exfoliants",
    "peel": "acids exfoliants",
    "toner": "products",
    "skincare": "products",
    "serums": "products",
    "absorb": "absorption",
    "sink": "absorption penetrate",
    "soak": "absorption",
    "saggy": "loose lax sagging firmer",
    "sagging": "loose lax firmer",
    "droopy": "loose lax",
    "jowls": "loose lax",
    "blood": "bleeding pinpoint",
    "bleed": "bleeding",
    "bled": "bleeding",
    "pale": "fair skin tones",
    "fair": "fair skin tones",
    "sunburnt": "sunburn redness",
    "sunburned": "sunburn redness",
    "preggo": "pregnant",
    "preggers": "pregnant",
    "job": "daily routines downtime",
    "reacts": "sensitive allergens",
    "reactive": "sensitive allergens",
    "allergy": "allergens",
    "allergic": "allergens allergic",
    "holes": "micro-injuries needles",
    "poking": "micro-injuries",
    "drink": "hydrate water",
    "water": "hydrate",
    "dangerous": "risks safe",
    "safe": "risks safe",
    "side": "risks",
    "effects": "redness swelling",
    # Skin types, in patients' words.
    "oily": "skin types",
    "greasy": "skin types",
    "dry": "skin types",
    "combination": "skin types",
    "mature": "skin types aging",
    # Results and how soon they show.
    "diff": "results improvement noticeable",
    "difference": "results improvement noticeable",
    "change": "results improvement",
    "pics": "results",
    "photos": "results",
    "instantly": "immediate immediately",
    "instant": "immediate",
    # Exercise, by name.
    "spin": "exercise strenuous activity",
    "yoga": "exercise strenuous activity",
    "pilates": "exercise strenuous activity",
    "cycling": "exercise strenuous activity",
    "swimming": "exercise strenuous activity",
    "swim": "exercise strenuous activity",
    "training": "exercise strenuous activity",
    "hiit": "exercise strenuous activity",
    # Care after, and what skin does while it heals.
    "rinse": "washing cleanser",
    "dos": "post-care tips avoid",
    "donts": "post-care tips avoid",
    "scabs": "crusting",
    "scabby": "crusting",
    "crusty": "crusting",
    "flaky": "flaking",
    "peeling": "flaking",
    "pink": "redness",
    # Worries about needles and hygiene.
    "needles": "needles discomfort",
    "scared": "discomfort numbing",
    "hygiene": "sterile sterilized",
    "hygienic": "sterile sterilized",
    "dirty": "sterile sterilized",
    # What it treats, in everyday words.
    "stretchies": "stretch marks",
    "crows": "crow's feet lines",
    "forehead": "lines wrinkles",
    "older": "aging age",
    "ageing": "aging",
    "bounce": "elastin firmness",
    "elasticity": "elastin firmness",
    "patchy": "hyperpigmentation uneven skin tone",
    "pigmentation": "hyperpigmentation",
    "melasma": "hyperpigmentation",
    "pitted": "acne scars",
    "chickenpox": "scars scarring",
    # Worry and frequency words.
    "wrong": "risks",
    "sting": "sensitive irritation",
    "stings": "sensitive irritation",
    "stinging": "sensitive irritation",
    "often": "spaced apart",
    "weekly": "spaced weeks apart",
    "monthly": "spaced weeks apart",
}
# What patients type, written out before the question is read (dense and lexical side alike):
# phrases as the one word the vocabulary knows them by, short forms as the words they stand for.
WRITTEN_OUT: dict[str, str] = {
    "work out": "workout",
    "working out": "workout",
    "worked out": "workout",
    "top up": "touch-up",
    "top ups": "touch-ups",
    "top-up": "touch-up",
    "top-ups": "touch-ups",
    "make up": "makeup",
    "sun bathe": "sunbathe",
    "sun bathing": "sunbathe",
    "time off": "downtime",
    "day off": "downtime",
    "days off": "downtime",
    # "How does it work?" is about the procedure; going back to work is about downtime.
    "back to work": "downtime",
    "go to work": "downtime",
    "return to work": "downtime",
    "off work": "downtime",
    # Short forms.
    "appt": "appointment",
    "appts": "appointments",
    "apt": "appointment",
    "tx": "treatment",
    "txs": "treatments",
    "sesh": "session",
    "seshs": "sessions",
    "derm": "dermatologist",
    "hr": "hour",
    "hrs": "hours",
    "min": "minute",
    "mins": "minutes",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "b4": "before",
    "aftr": "after",
    "moisturiser": "moisturizer",
    "ppl": "people",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "wat": "what",
    "wot": "what",
    "dat": "that",
    "da": "the",
    "n": "and",
    "u": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
}
STOPWORDS = sorted(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
        "i",
        "im",
        "me",
        "my",
        "we",
        "you",
        "your",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "what",
        "whats",
        "when",
        "how",
        "which",
        "who",
        "get",
        "got",
        "have",
        "has",
        "had",
        "am",
        "so",
        "any",
        "about",
        "just",
        "really",
        "ok",
        "okay",
        "please",
        "hi",
        "hey",
        "thanks",
        "after",
        "before",
    }
)
# Words that carry no topic in a patient's message (chat slang, fillers), beside English stop words.
FILLERS = frozenset(
    [
        "gonna",
        "wanna",
        "gotta",
        "u",
        "ur",
        "r",
        "pls",
        "plz",
        "rn",
        "kinda",
        "sorta",
        "like",
        "actually",
        "thing",
        "things",
        "stuff",
        "lol",
        "omg",
        "yeah",
        "yes",
        "ya",
        "guys",
        "hey",
        "hello",
        "hi",
        "thanks",
        "thank",
        "ok",
        "okay",
        "please",
        "tell",
        "know",
        "want",
        "need",
        "really",
    ]
)
# Words that frame a "how long / how many" question rather than name its topic.
AMOUNT_FRAME = frozenset(
    [
        "take",
        "takes",
        "taking",
        "last",
        "lasts",
        "lasting",
        "long",
        "many",
        "much",
        "often",
        "soon",
        "need",
        "needs",
        "usually",
        "typically",
        "time",
        "times",
        "expect",
        "session",
        "sessions",
        "treatment",
        "treatments",
        "appointment",
        "procedure",
    ]
)
# Frame words that still name what is counted when nothing else does ("how many treatments?").
AMOUNT_SUBJECTS = frozenset(
    ["session", "sessions", "treatment", "treatments", "appointment", "procedure"]
)
ASKS_QUANTITY = re.compile(
    r"\b(how (long|many|much time|often|soon|quickly|fast)|when|how many times|what age|"
    r"till|until)\b"
)
# What the documents are asked when a patient names a medical situation they never mention:
# their own words on medical history and on who is suitable.
# Words of a named situation that say nothing alone ("blood" of "blood thinners").
SITUATION_QUALIFIERS = frozenset(
    ["blood", "heart", "active", "medical", "history", "disorder", "condition", "cold", "cystic"]
)
PERSONAL_GUIDANCE = "medical history: is it suitable for my skin condition? consult a professional"

STATES_QUANTITY = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|ten|twelve|few|several|a day|a week|"
    r"overnight|immediately)\b[^.]{0,40}?\b(minutes?|hours?|days?|weeks?|months?|years?|"
    r"sessions?|treatments?|times)\b|\b\d+\s?-\s?\d+\b",
    re.IGNORECASE,
)

# Front-desk topics patients ask about that leaflets often leave out. A question on one of them
# is covered only when some document speaks of it too; when the clinic adds a price list, the
# price questions are answered from it.
SERVICE_TOPICS: dict[str, re.Pattern[str]] = {
    topic: re.compile(pattern)
    for topic, pattern in {
        "price": r"\b(cost|costs|price|prices|pricing|fee|fees|charge|expensive|cheap|afford|"
        r"(how|hw) much (is|for|will it|would it|are)|pay|paying|payment|finance|financing|klarna|"
        r"insurance|deposit|discount|offer|deal|refund)\b|[£$€]\s?\d",
        "hours": r"\b(open|opening|opens|close|closing|closed|hours of business|weekends?|"
        r"sundays?|saturdays?|bank holiday)\b",
        "location": r"\b(address|located|location|where are you|where is the clinic|parking|park|"
        r"directions|bus|train|station)\b",
        "booking": r"\b(book online|booking|reschedul\w*|cancel\w*|availability|available|slots?|"
        r"earliest|next (free|open)|fit me in|waiting list|gift|vouchers?|gift cards?)\b",
        "staff": r"\b(who is|who's|whos|nurse|doctor|staff|therapist|practitioner's name|team)\b",
        "other_treatments": r"\b(botox|filler|fillers|lip filler|hair removal|tattoo|waxing|"
        r"hydrafacial|prp|vampire|dermaplaning|chemical peel|"
        r"hifu|profhilo)\b",
    }.items()
}

# Personal medical situations a message may name: answered with the documents' words on them and
# the firmer referral.
SITUATIONS = re.compile(
    r"\b(pregnan\w*|preggo|preggers|expecting a baby|(i'?m|im|i am|we'?re|were) expecting|trying to conceive|breast[- ]?feed\w*|nursing|lactat\w*|"
    r"isotretinoin|accutane|roaccutane|absorica|claravis|tretinoin|retin-?a|blood thinners?|"
    r"warfarin|coumadin|eliquis|xarelto|heparin|aspirin|anticoagulant\w*|clopidogrel|"
    r"antibiotics?|steroids?|prednisone|chemo\w*|medications?|medicines?|meds|pills?|"
    r"eczema|rosacea|psoriasis|dermatitis|vitiligo|active acne|breakouts?|cystic acne|"
    r"diabet\w*|keloids?|hypertrophic scar\w*|immune|immunocompromised|autoimmune|lupus|hiv|"
    r"cold sores?|herpes|bleeding disorder|hemophilia|haemophilia|allerg\w*|cancer|"
    r"heart condition|pacemaker|epilep\w*|medical history)\b"
)
