"""Clinical-context rules as data: the modifiers a sign may take and ConText's trigger rules
(Harkema et al. 2009) with the wording of chat added ("nothing oozing", "what happens if", "my
friend had").

A rule names its modifier, the direction of its scope (forward, backward, the sentence or the
whole message) and its pattern; `context.py` applies them. One modifier's scope is the whole
message: a question whether to have or put off the treatment makes the signs it names
conditions to check first, unless the message says the treatment has happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Modifier(Enum):
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    HISTORICAL = "historical"
    OTHER = "other experiencer"  # not the patient, nor someone they care for now
    FIGURATIVE = "figure of speech"  # "can't breathe from laughing"
    PRE_TREATMENT = "before the treatment"  # a condition to check before having it
    ILLNESS = "another illness"  # a cold's fever, a bug's sickness: not the treatment's doing


class Direction(Enum):
    FORWARD = "forward"  # modifies what follows it
    BACKWARD = "backward"  # modifies what comes before it
    SENTENCE = "sentence"  # modifies its whole sentence
    MESSAGE = "message"  # modifies every sign of the message


@dataclass(frozen=True, slots=True)
class Rule:
    """One ConText trigger."""

    modifier: Modifier
    direction: Direction
    pattern: str
    scope: int = 6  # words, for FORWARD and BACKWARD
    # A condition covers the clauses joined to it by "and" ("if my cheeks swell and my throat
    # gets tight"); a negation does not ("no fever and my lip is getting fat").
    through_and: bool = False
    # The rule does not apply when this occurs in the message (a MESSAGE rule) or in the sign's
    # sentence (any other rule).
    unless: str | None = None
    # Whether the rule may modify an airway or breathing sign (other than one that can also be a
    # standing condition: see `Concept.standing`).
    airway: bool = True


# A sentence that places a sign in the patient's present ("on day 4", "now", "my"): it reports
# one, however it is asked.
_PRESENT = (
    r"\b(now|today|tonight|still|since|yesterday|day \w+|\d+ (days?|hours?|hrs?|weeks?)|"
    r"this (much|bad|morning|afternoon|evening)|so much|like this|my|me|i'?m|i am|i'?ve)\b"
)
_F, _B, _S, _M = Direction.FORWARD, Direction.BACKWARD, Direction.SENTENCE, Direction.MESSAGE
_NEG, _HYP, _HIS, _OTH, _FIG, _PRE, _ILL = (
    Modifier.NEGATED,
    Modifier.HYPOTHETICAL,
    Modifier.HISTORICAL,
    Modifier.OTHER,
    Modifier.FIGURATIVE,
    Modifier.PRE_TREATMENT,
    Modifier.ILLNESS,
)
_WHO = r"(i|we|he|she|they|you|my \w+|someone|people)"
# The treatment, however it is named: "it", "microneedling", "my session", "the procedure".
_WHAT = (
    r"(it|this|that|(?!(some|any|no|every)thing)[a-z]+ing|(the|my|a|an|his|her|our) (\w+ )?"
    r"(treatment|session|procedure|appointment|consultation))"
)

# What says the treatment has happened: a question before it is then about its aftermath.
_HAPPENED = (
    rf"\b(since|after|following|post|ago|day \d+|\d+ (days?|hours?|hrs?|weeks?) (in|on|"
    rf"later)|next (\w+ )?(session|treatment|appointment|one|round|time)|second|another|"
    rf"follow-?up)\b|\b(had|got|did) {_WHAT}|\b(treated|"
    rf"needled|healing)\b|\b(there|like (this|that)) before\b|\b(last|first|previous) "
    rf"(\w+ )?(session|treatment|appointment|one|time)\b"
)

RULES: tuple[Rule, ...] = (
    Rule(_NEG, _F, r"\b(no|not|never|without|zero|nothing|none|nope|neither|nor|hardly any)\b"),
    # "hasn't" with "haven't" ("the puffiness hasn't got worse"): what a sign's own words deny
    # ("it hasn't stopped bleeding") is its pattern's, and starts the sign, not before it.
    Rule(
        _NEG,
        _F,
        r"\b(don'?t|dont|haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|isn'?t|aren'?t|wasn'?t) ",
    ),
    Rule(_NEG, _F, r"\b(free of|no sign of|no signs of|not any)\b"),
    Rule(
        _NEG,
        _B,
        r"^\W*((is|are|'s|'re|feels?|looks?|seems?) )?(fine|normal|ok|okay|good|great|gone|"
        r"settled|faded|went away|has gone|has faded|all good)\b",
        3,
    ),
    Rule(
        _HYP,
        _F,
        r"\b(if|what if|in case|hypothetically|whether|suppose|supposing)\b",
        12,
        through_and=True,
        # "Is it worrying if my chest still feels tight?" asks about a state the patient is in (a
        # verb of being, in the present), not about one to come ("is it worrying if my tongue
        # swells?").
        unless=(
            r"^\W*(is it|is that|is this) (\w+ )?(bad|normal|ok|okay|serious|worrying|dangerous|"
            r"a problem|an emergency) if (my|her|his|their|i'?m|i am|the|she'?s|he'?s)\b[^?.!]{0,40}"
            r"\b(feels?|is|are|looks?|keeps?|has been|have been|'s|'re|still)\b"
        ),
    ),
    Rule(
        _HYP,
        _F,
        r"\b(cause|causes|caused by|lead to|result in|risks?|chances?|likely|possible|"
        r"prevent|avoid|signs of|symptoms of|warning signs|watch (out )?for|in general|ever|gonna|"
        r"going to|will)\b"
        # a fear of a sign to come, not of the one in the mirror ("worried about my lips")
        r"|\b(worried|afraid|scared|nervous) (about|of)\b(?! (my|this|these|that|the way|how|what|"
        r"it|her|his|their)\b)",
        8,
    ),
    # A general question about what a treatment or product can do, up to the sign with no clause
    # break between ("could the numbing gel make a throat swell"); a request to the clinic
    # ("can you help, my lips are swelling") is not one.
    Rule(
        _HYP,
        _F,
        r"^\W*(can|could|does|do|will|would|might|may|is it (possible|likely) for) ([a-z]+ing|it|"
        r"this|that|these|the|a|an|you(?! (help|call|check|look|see|tell|advise|please|ring|get "
        r"back))|people|someone|anyone|one)\b|^\W*is it (normal|common|usual) for ([a-z]+ing|you|"
        r"people|someone|anyone|one)\b"
        r"|^\W*(can|could|might|would|will) i (ever |possibly )?(get|develop|have|react|be "
        r"allergic|end up)\b|^\W*(will|would|could|might) my\b",
        15,
    ),
    # "Is it common for the face to blister?" asks in general, unless its sentence places the
    # sign in the patient's present ("on day 4", "now", "this much", "my"): then it reports one.
    Rule(
        _HYP,
        _F,
        r"^\W*is it (normal|common|usual) for (it|this|that|these|the|a|an)\b",
        15,
        unless=_PRESENT,
    ),
    # Asking how rare, what counts, in theory, for later: the sign is talked about, not had.
    Rule(
        _HYP,
        _F,
        r"\b(how (rare|common|likely|often|long is too long)|what counts as|what (are|is) the "
        r"(chances?|odds|risks?)|in theory|theoretically|imagine|"
        r"for future reference|asking for (when|next|the future|later)|just curious|next time)\b"
        r"|(^|[,;] ?)\W*(let'?s )?say (i|my|it|the|you)\b",
        15,
    ),
    # "What is anaphylaxis?", "what is an allergic reaction?": a sign asked what it is, by its
    # name, is named, not had; not "what is this rash" nor "what is happening, throat closing".
    Rule(
        _HYP,
        _F,
        r"^\W*what(?: is|'s| are) (an? )?",
        3,
        unless=_PRESENT + r"|\b(this|that|these|those|happening|wrong|going on)\b",
    ),
    Rule(_HYP, _S, r"^\W*(is|are|will)\b.{0,30}\b(gonna|going to|will) (be|get|look)\b"),
    # Whether a sign is a known effect of something: "is peeling a known side effect?", "are
    # hives common with serums?" asks about the sign, unless the message places one in the
    # patient's present.
    Rule(
        _HYP,
        _M,
        r"^\W*(is|are|can|could)\b[^.?!]{0,40}\b(a |an )?(known|common|usual|normal|typical|"
        r"possible|recogni[sz]ed|rare) (side[- ]?effects?|reactions?|risks?|complications?)\b"
        r"|^\W*(is|are) (\w+ ){1,3}(common|rare|usual|typical|likely) (with|after|from|for|in|"
        r"when)\b",
        unless=_PRESENT,
        airway=False,
    ),
    Rule(_HYP, _B, r"^\W*(risks?|is rare|is common|happens? to)\b", 3),
    Rule(
        _HIS,
        _S,
        r"\b((\d+|a|two|three|few|many|several) )?(years?|months?|summers?|winters?) (ago|back)\b"
        r"|\bages ago\b|\blast (year|summer|winter|spring|autumn|month)\b"
        r"|\bas a (kid|child|teen\w*)\b|"
        # an age, as a time ("at fourteen", "at the age of 9"); a clock time is not one
        r"\bat (the )?age (of )?\d+\b|\bat (thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"nineteen)\b|"
        r"\bwhen i was\b|\bback in\b|\bused to\b|\bin the \d0s\b|\bin (19|20)\d\d\b|\bonce\b|"
        r"\btotally healed\b|\blong (gone|over|ago)\b|\ba while back\b|\b(last|first|previous) time\b"
        r"|\bthe time before\b|\bturned out\b|\b(in|every|each) (the )?(winter|summer|spring|autumn)\b"
        # ConText's "history of"; and what happens to a patient from time to time, not now
        r"|\b(a |my |any )?(history|hx) of\b|\b(i|we|she|he|they) (sometimes|usually|normally|"
        r"often|always|tend to) (get|feel|have|go|come out)\b",
    ),
    # Over by now: "i had a fever on monday but i'm better now".
    Rule(
        _HIS,
        _B,
        # ", it's gone now": the sign itself over, told after a clause break (a patient "ok now"
        # after fainting still had the faint)
        # said in a clipped message too: "hives 2 wks ago, gone now", "..., all healed"
        r"(^|[,;(]) ?((it'?s|it is|they'?re|they are) )?(all )?(gone|cleared( up)?|settled|healed) "
        r"now\b|(^|[,;(]) ?all (gone|cleared( up)?|settled|healed)\b|"
        r"\b(but|and) (i'?m|i am|it'?s|it is|they'?re|she'?s|he'?s|everything'?s|all|now) (all )?"
        r"(better|fine|gone(?= now\b|\s*[,;!?]|\s*$)|ok|okay|cleared( up)?|settled|healed|back to "
        r"normal)\b|(?<!n't )(?<!not )\b(it|they|that|which) (healed|cleared|went away|resolved|"
        r"settled down|went down|came down|calmed down)\b"
        r"|(?<!n't )(?<!not )(?<!never )\b(healed|cleared( up)?|went away|"
        r"resolved|settled( down)?|faded) (completely|fully|totally|on (its|their) own|by "
        r"(itself|themselves)|within)\b",
        12,
    ),
    Rule(
        _OTH,
        _S,
        r"\b(my |a )?(friends?|neighbou?r\w*|colleague|boss|coworker|cat|dog|puppy|"
        r"sister-in-law|people|someone|others|anyone|everyone)\b(?!'s (face|skin))|\b(she|he) "
        r"(said|told|swears|warned)\b|\bswears\b|\bheard\b|\bwhose\b|\bmy (mate|bestie|bff|flatmate|"
        r"roommate|housemate)'?s?\b|\b(youtuber|tiktoker|influencer|blogger|celebrity|reviewer)s?\b|\ba (woman|man|girl|guy|"
        r"lady|client|patient)\b|\bsomeone'?s\b|\b(a|the|one|some) (\w+ )?reviews?\b"
        # What a post, article or thread said: "a reddit post claimed her throat swelled shut".
        r"|\b(a|the|one|some|this|that) (\w+ )?(posts?|articles?|threads?|comments?)(?![-\w])"
        # fiction: "in a tv show a character's face swelled up"
        r"|\b(characters?|(tv |telly )?(show|film|movie|episode|series|drama|soap))\b",
    ),
    # What the patient saw or read about, not what they have.
    Rule(
        _OTH,
        _S,
        r"\b(saw|seen|watched|read|reading|watching)\b.{0,30}\b(videos?|tiktoks?|posts?|threads?|"
        r"stor(y|ies)|articles?|reddit|reviews?|online|forums?|instagram|youtube|news|photos?)\b",
    ),
    Rule(
        _OTH,
        _S,
        r"\bmy (sister|brother|aunt|uncle|cousin|boyfriend|girlfriend)\b.{0,40}\b(had|got|was|were"
        r"|went|swelled)\b",
    ),
    # Before the treatment: the message asks whether or when to have, book or put off the
    # treatment, so a sign it names is a condition to check first ("a fever last week, should i
    # postpone?"), not a complication of it. Not when anything says the treatment has happened
    # ("since", "after my session", "had it done", "day 3"), nor for an airway sign: swelling
    # lips or a closing throat are an emergency whatever the question (a wheeze with a cold is
    # a standing condition, see `Concept.standing`).
    Rule(
        _PRE,
        _M,
        rf"\b(postpone|reschedule|put off|rebook|push back)\b|\b(cancel|delay|move|shift) (my|the|it|"
        rf"this|his|her|our)\b|\b(should|shall|can|could|may|do|would|will) {_WHO} (still |just )?"
        rf"((go ahead( with)?|have|get|book|start) {_WHAT}|still (come|go)\b)|\b(is it|it'?s|"
        rf"would it be|will it be|is that) (still )?(ok|okay|safe|fine|alright|possible|too risky|"
        rf"wise)( for {_WHO})? to ((go ahead( with)?|have|get|book|start) {_WHAT}|(still )?come\b)"
        rf"|\b(before|ahead of|prior to) ((booking|having|getting|starting) |(my|the|a|an|his|"
        rf"her|our) (\w+ )?(treatment|session|procedure|appointment|consultation)\b)"
        # "fine for my session on the 3rd?", "ok to come along tomorrow?"
        rf"|\b(ok|okay|fine|alright|safe|a problem|an issue) (for {_WHO} to (still )?come\b|for "
        rf"(my|the|his|her|our|a|an) (\w+ )?(treatment|session|procedure|appointment|consultation|"
        rf"booking)\b|to (still )?come (in|along|to (it|the|my))\b)|\b(my|the|"
        rf"his|her|our) (treatment|session|procedure|appointment|booking) is (on|in|tomorrow|"
        rf"this|next)\b|\b(i'?m|i am|(s)?he'?s|(s)?he is|we'?re) booked (in )?(on|for)\b|\b(am i|is "
        rf"(he|she)|are (we|they)) (still )?((ok|okay|able|allowed|fine) to (have|get|book|start|"
        rf"go ahead|come)\b|eligible|suitable|a (good |suitable )?candidate)",
        unless=_HAPPENED,
        airway=False,
    ),
    # A sign the message puts down to an illness of its own ("a heavy cold and shivery", "over a
    # stomach bug now"), when nothing says the treatment has happened: a condition, not a
    # complication. Out of fold (4,472 messages, 8 of them with it applied) it was even: 64 false
    # alarms and 27 misses with it or without; kept for the unrelated illnesses patients mention
    # before an ordinary question, which the training messages hardly hold.
    Rule(
        _ILL,
        _M,
        r"\b(got|have|has|had|with|from|getting over|caught|coming down with|because of|due to|"
        r"fighting( off)?)( (a|an|my|this|that)( \w+)? (cold|bug|virus|chest infection|stomach "
        r"upset)| (the |a |my )?(\w+ )?(flu|covid|hay ?fever))\b",
        unless=_HAPPENED,
        airway=False,
    ),
    # A sign that is a figure of speech: what causes it is a laugh or a feeling, not the skin.
    Rule(
        _FIG,
        _B,
        r"^\W*laugh(ing|ed)?\b"
        r"|^\W*(\w+ )?(from|with|at) (laugh\w*|excitement|nerves|joy|happiness|anticipation|"
        r"the (price|cost|bill|results?|view))\b|^\W*(\w+ )?(at|by) how (good|great|amazing|"
        r"lovely|nice|well|gorgeous|smooth|glowy)\b|^\W*(\w+ )?(after|from) (running|jogging|a run|"
        r"climbing|sprinting|dancing|exercise|exercising|the gym|a workout|working out|the stairs)\b|^\W*(\w+ ){0,2}(just (thinking|to think) (about|"
        r"of)|at the (thought|idea) of)\b"
        # tiredness: "collapsed onto the sofa", "passed out on my bed after the night shift"
        r"|^\W*(onto|on|into) ((the|my|a|our|his|her|their) )?(sofa|couch|settee|bed|armchair)\b",
    ),
)
