"""Red-flag concepts of the airway and breathing: the emergencies, whose reply puts the
emergency number first (`Concept.emergency`).

Clinical language, not any clinic's documents: the table holds for every clinic, and
`tests/unit/answering/triage/test_red_flags.py` is generated from it.
"""

from __future__ import annotations

from assistant.answering.triage.concept import Concept

_MOUTH = r"lips?|tongue|mouth|throat"
_BIG = (
    r"swell\w*|swol\w*|puff\w*|bigger(?! than)|huge|massive|fat|thick|blown up|big\b|doubled|"
    r"grow(ing|n)\b(?! (deeper|older|out|back|in|on))|"
    r"twice (the|its|their|my|her|his|the normal|the usual|normal|usual) ?\w* ?size"
)

AIRWAY: tuple[Concept, ...] = (
    Concept(
        "airway swelling",
        (
            # Not across a conjunction that starts another thing or another clause: "my lip is
            # chapped and a huge job interview is tomorrow", "one on my lip and i have a big exam".
            rf"\b({_MOUTH})\b(?:(?!\b(?:and|but|plus|with|so|because|while) (?:a|an|the|some|"
            rf"i|we|you|he|she)\b).){{0,30}}"
            rf"\b({_BIG})",
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
            "i'd love my lips slightly bigger than now",
            "fine lines by my mouth from smoking",
            "lip balm",
            "lip balm twice a day",
            "the creases by my mouth keep growing deeper",
            "my lip is chapped and a huge job interview is tomorrow",
            "my lip is dry and i have a big wedding to go to",
        ),
        emergency=True,
    ),
    Concept(
        "breathing",
        (
            # "difficulty in breathing", "trouble with breathing", "difficulty for breathing"
            r"\b(can ?'?(no)?t|cannot|hard to|trouble( with| in)?|difficult(y)?( to| in| with| for)?|"
            r"struggling( to| with)?|unable to|"
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
            # The chest itself tight, not the treated skin on it ("treated skin on her chest is
            # tight").
            r"(?<!skin on my )(?<!skin on the )(?<!skin on her )(?<!skin on his )\bchest\b"
            r"(?! (skin|area))( \w+){0,3}? (tight\w*|heavy|rattl\w*|clos\w*)|\btight\w* "
            r"(in |across )?(my |the |her |his )?chest\b(?! (skin|area|of drawers))",
        ),
        (
            "i cant breathe right",
            "short of breath",
            "can't finish a sentence",
            "can't quite get my breath",
            "breathing feels tight and shallow",
            "i have to gasp for air",
            "struggling to pull enough air in",
            "hard work to draw breath",
            "my airway feels small",
            "she is having a bad asthma attack",
            "my inhaler isn't helping",
            "the puffer isn't working",
            "chest feels tight",
            "tightness in my chest",
            "difficulty in breathing since the cream",
            "having trouble with breathing",
        ),
        (
            "breathing fine",
            "waiting with bated breath",
            "take a deep breath",
            "the results are breathtaking",
            "i gasped at the total on the bill",
            "asthmatic here, is numbing gel alright",
            "should i bring my inhaler to the appointment",
            "flaky skin on her chest feels tight",
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
            "don't hold your breath",
            "whistling while i work",
        ),
        emergency=True,
        standing=True,
    ),
    Concept(
        "swallowing and throat",
        (
            r"\b(can ?'?t|cannot|hard to|trouble( with| in)?|difficult(y)?( to| in| with| for)?|"
            r"struggling( to| with)?|unable to|painful to|hurts to) ?((really|properly|quite) )?"
            r"swallow(?! the (price|cost|news))",
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
            "difficulty in swallowing",
        ),
        ("hard to swallow the price", "sore throat from a cold last winter is fine"),
        emergency=True,
    ),
)
