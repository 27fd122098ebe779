"""The language the assistant reads: stop words, chat fillers, short forms, question patterns.

Plain data (and what is derived from it with English word frequencies), English, and
language-level only: no treatment, product, body area or symptom. A
patient's word the documents never use reaches their words through the vocabulary bridge
(bridge.py), computed from whatever corpus is loaded.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

# A word as scikit-learn and bm25s tokenise by default: two or more word characters.
TOKEN = re.compile(r"(?u)\b\w\w+\b")


def _scikit_learn_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words, loaded from the module that holds them alone: importing
    them through the package loads SciPy, 1.6 s of every process's start (the server's, an
    ingest's) for a list. `tests/unit/answering/test_lexicon.py` checks it is the package's."""
    package = importlib.util.find_spec("sklearn")
    if package is None or package.origin is None:
        raise ImportError("scikit-learn is not installed")
    path = Path(package.origin).parent / "feature_extraction" / "_stop_words.py"
    spec = importlib.util.spec_from_file_location("_sklearn_stop_words", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"scikit-learn's stop words are not at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.ENGLISH_STOP_WORDS)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased first names from gender-guesser's dictionary of 40,000+ international names
    (offline; loaded once, ~1 s): a patient's introduction is read past, and redaction finds
    names with it."""
    from gender_guesser.detector import Detector

    return frozenset(name.lower() for name in Detector(case_sensitive=False).names)


# Contact details as they are written: an e-mail address, and a run of digits with the separators
# phone numbers are written with, which is a phone number when it holds 9 to 15 digits. Redaction
# takes them out of what the clinic keeps; reading takes them out of what is asked.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().-]{6,}\d(?!\w)")


def is_phone_number(text: str) -> bool:
    """Whether a match of `PHONE` holds as many digits as a phone number does."""
    return 9 <= sum(c.isdigit() for c in text) <= 15


# English function words (scikit-learn's list, and their contractions: see the end of the file):
# never a question's topic.
_GENERAL: frozenset[str] = _scikit_learn_stop_words()

# Chat short forms, written out before the question is read (dense and lexical side alike).
# Two words the documents write as one ("make up" -> "makeup") are joined by the vocabulary.
WRITTEN_OUT: dict[str, str] = {
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
    "ppl": "people",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "wat": "what",
    "wot": "what",
    "hw": "how",
    "dat": "that",
    "da": "the",
    "n": "and",
    "u": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "tho": "though",
    "thru": "through",
    "abt": "about",
    "info": "information",
    # Idioms that ask a plain question word: "how come?" asks why (its "come" is no topic).
    "how come": "why",
}
# Currency signs, written out as the words they stand for ("£50?" -> "pounds 50?"): a sign is
# not a word, and a question with one asks about money.
CURRENCIES: dict[str, str] = {"£": "pounds", "$": "dollars", "€": "euros"}
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
# English verb particles: "work out", "top up", "time off" mean more than their words.
PARTICLES = frozenset(["out", "up", "off", "back", "down", "over", "away"])
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
        "tbh",
        "idk",
        "thx",
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
# A question asking how long something takes or lasts (not how many, nor when).
ASKS_DURATION = re.compile(r"\bhow (long|much time)\b")
# Words that state the time between things ("spaced 4-6 weeks apart"; not the range of "between 30
# to 60 minutes"), and words that ask about it or about a whole series ("how long between
# sessions?", "what is the whole series' length in weeks?"): a gap is not how long one thing takes.
# "Whole" or "total" alone asks no series: "how long is the whole visit?" asks one.
GAP = re.compile(r"\b(apart|between(?! \d)|intervals?|spaced|every)\b")
ASKS_GAP = re.compile(
    r"\b(apart|between|intervals?|spaced|every|often|gaps?|wait\w*|next|again|another|until|till|"
    r"course)\b"
)
# What the documents are asked when a patient names a medical situation they never mention:
# their own words on medical history and on who is suitable.
# Words of a named situation that say nothing alone ("blood" of "blood thinners").
SITUATION_QUALIFIERS = frozenset(
    ["blood", "heart", "active", "medical", "history", "disorder", "condition", "cold"]
)
PERSONAL_GUIDANCE = "medical history: is it suitable for my skin condition? consult a professional"

# When a question or a key is set in time relative to what it speaks of: before it or after it.
# Sentence embeddings hardly tell the two apart ("what must i skip after ..." and "what must I
# skip before ...?" sit at about 0.98), so the words are read.
BEFORE = re.compile(r"\b(before|beforehand|prior|ahead of|leading up|pre-\w+)\b")
AFTER = re.compile(r"\b(after|afterwards?|aftercare|post|post-\w+)\b")
# A sentence stating a price: a currency sign or name with a number.
STATES_PRICE = re.compile(
    r"[£$€]\s?\d|\b\d[\d,.]*\s?(pounds|dollars|euros|gbp|usd|eur)\b", re.IGNORECASE
)

STATES_QUANTITY = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|ten|twelve|few|several|a day|a week|"
    r"overnight|immediately)\b[^.]{0,40}?\b(minutes?|hours?|days?|weeks?|months?|years?|"
    r"sessions?|treatments?|times)\b|\b\d+\s?-\s?\d+\b",
    re.IGNORECASE,
)

# Personal medical situations a message may name: answered with the documents' words on them and
# the firmer referral.
SITUATIONS = re.compile(
    r"\b(pregnan\w*|preggo|preggers|expecting a baby|(i'?m|im|i am|we'?re|were) expecting|trying to conceive|breast[- ]?feed\w*|nursing|lactat\w*|"
    r"isotretinoin|accutane|roaccutane|absorica|claravis|tretinoin|retin-?a|blood thinners?|"
    r"warfarin|coumadin|eliquis|xarelto|heparin|aspirin|anticoagulant\w*|clopidogrel|"
    r"antibiotics?|steroids?|prednisone|chemo\w*|medications?|medicines?|meds|pills?|"
    r"eczema|rosacea|psoriasis|dermatitis|vitiligo|breakouts?|"
    r"diabet\w*|keloids?|hypertrophic scar\w*|immune|immunocompromised|autoimmune|lupus|hiv|"
    r"cold sores?|herpes|bleeding disorder|hemophilia|haemophilia|allerg\w*|cancer|"
    r"heart condition|pacemaker|epilep\w*|medical history)\b"
)


# Contractions of the function words above, derived from them and from English word frequencies,
# not listed: a stop word with a clitic ("should" + "n't", "i" + "'m", "can" + "'t") when English
# writes that form (Zipf 3 or more), and a negative English writes typed without its apostrophe
# ("shouldnt"; "went" and "hint" are not derived: English writes no "wen't" or "hin't").
# scikit-learn's list has "should" and "not", and a typed "can't" was read as a topic word no
# document uses ("i can't wear makeup?" was two-thirds covered). Two negatives are not their
# verb plus "n't".
_CLITICS = ("n't", "'t", "'s", "'re", "'ve", "'ll", "'d", "'m")
_IRREGULAR_NEGATIVES = ("won't", "ain't")
WRITTEN_ZIPF = 3.0


def _contractions(words: frozenset[str]) -> frozenset[str]:
    found = {*_IRREGULAR_NEGATIVES, *(form.replace("'", "") for form in _IRREGULAR_NEGATIVES)}
    for word in words:
        found.update(
            word + clitic
            for clitic in _CLITICS
            if zipf_frequency(word + clitic, "en") >= WRITTEN_ZIPF
        )
        if zipf_frequency(f"{word}n't", "en") >= WRITTEN_ZIPF:
            found.add(f"{word}nt")
    return frozenset(found)


ENGLISH_STOP_WORDS: frozenset[str] = _GENERAL | _contractions(_GENERAL | frozenset(STOPWORDS))
