"""Clinical context of a sign: is it the patient's own, present, and asserted?

The ConText algorithm (Harkema et al. 2009, the one medSpaCy implements): trigger phrases
modify the signs within their scope, forward ("no fever"), backward ("eyes are fine") or over
the whole sentence ("last year"), and a scope ends at a termination word ("but", "now") or the
end of the clause. The rules are ConText's classic ones with the wording of chat added
("nothing oozing", "what happens if", "my friend had").

medSpaCy itself was measured out: on Python 3.11 it pins spaCy < 3.8, whose thinc needs
numpy < 2, and this project runs numpy 2. The algorithm is small, so it lives here, as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from assistant.answering.red_flags import Sign


class Modifier(Enum):
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    HISTORICAL = "historical"
    OTHER = "other experiencer"  # not the patient, nor someone they care for now


class Direction(Enum):
    FORWARD = "forward"  # modifies what follows it
    BACKWARD = "backward"  # modifies what comes before it
    SENTENCE = "sentence"  # modifies its whole sentence


@dataclass(frozen=True, slots=True)
class Rule:
    """One ConText trigger."""

    modifier: Modifier
    direction: Direction
    pattern: str
    scope: int = 6  # words, for FORWARD and BACKWARD


_F, _B, _S = Direction.FORWARD, Direction.BACKWARD, Direction.SENTENCE
_NEG, _HYP, _HIS, _OTH = (
    Modifier.NEGATED,
    Modifier.HYPOTHETICAL,
    Modifier.HISTORICAL,
    Modifier.OTHER,
)
_CARED_FOR = (
    r"mum|mom|mother|dad|father|daughter|son|child|kid|baby|husband|wife|partner|gran\w*|nan"
)

RULES: tuple[Rule, ...] = (
    Rule(_NEG, _F, r"\b(no|not|never|without|zero|nothing|none|nope|neither|nor|hardly any)\b"),
    Rule(_NEG, _F, r"\b(don'?t|dont|haven'?t|havent|didn'?t|didnt|isn'?t|aren'?t|wasn'?t) "),
    Rule(_NEG, _F, r"\b(free of|no sign of|no signs of|not any)\b"),
    Rule(
        _NEG,
        _B,
        r"^\W*((is|are|'s|'re|feels?|looks?|seems?) )?(fine|normal|ok|okay|good|great|gone|"
        r"settled|faded|went away|at all|has gone|has faded|all good)\b",
        3,
    ),
    Rule(_HYP, _F, r"\b(if|what if|in case|hypothetically|whether|suppose|supposing)\b", 12),
    Rule(
        _HYP,
        _F,
        r"\b(cause|causes|caused by|lead to|result in|risks?|chances?|likely|possible|"
        r"prevent|avoid|signs of|symptoms of|warning signs|watch (out )?for|worried about|"
        r"afraid of|scared of|in general|ever|gonna|going to|will)\b",
        8,
    ),
    Rule(
        _HYP,
        _S,
        r"^\W*(can|could|does|do|will|would|might|may|is it (normal|common|possible|likely) for)"
        r" ([a-z]+ing|it|this|the (treatment|procedure|serum|cream)|you|people|someone|anyone)\b",
    ),
    Rule(_HYP, _S, r"^\W*(is|are|will)\b.{0,30}\b(gonna|going to|will) (be|get|look)\b"),
    Rule(_HYP, _B, r"^\W*(risks?|is rare|is common|happens? to)\b", 3),
    Rule(
        _HIS,
        _S,
        r"\b((\d+|a|two|three|few|many|several) )?(years?|months?|summers?|winters?) ago\b|\bages "
        r"ago\b|\blast (year|summer|winter|spring|autumn|month)\b|\bas a (kid|child|teen\w*)\b|"
        r"\bwhen i was\b|\bback in\b|\bused to\b|\bin the \d0s\b|\bin (19|20)\d\d\b|\bonce\b|"
        r"\btotally healed\b|\blong (gone|over|ago)\b|\ba while back\b",
    ),
    Rule(
        _OTH,
        _S,
        r"\b(my |a )?(friends?|neighbou?r\w*|colleague|boss|coworker|cat|dog|puppy|"
        r"sister-in-law|people|someone|others|anyone|everyone)\b(?!'s (face|skin))|\b(she|he) "
        r"(said|told|swears|warned)\b|\bswears\b|\bheard\b",
    ),
    Rule(
        _OTH,
        _S,
        r"\bmy (sister|brother|aunt|uncle|cousin|boyfriend|girlfriend)\b.{0,40}\b(had|got|was|were"
        r"|went|swelled)\b",
    ),
)
# Where a scope ends before its words run out.
_TERMINATION = re.compile(
    r"\b(but|however|though|although|except|apart from|and|now|yet|still|just|only)\b|[,;:]"
)
_SENTENCE = re.compile(r"[^.!?\n]+")
_COMPILED = tuple((rule, re.compile(rule.pattern)) for rule in RULES)
# Named in the modifier patterns only to be excused: a carer writes for the person they look after.
CARED_FOR = re.compile(rf"\bmy ({_CARED_FOR})\b")


def modifiers(text: str, sign: Sign) -> set[Modifier]:
    """The ConText modifiers that apply to a sign in a normal text."""
    found: set[Modifier] = set()
    for sentence in _SENTENCE.finditer(text):
        if not sentence.start() <= sign.start < sentence.end():
            continue
        before = text[sentence.start() : sign.start]
        after = text[sign.end : sentence.end()]
        whole = text[sentence.start() : sentence.end()]
        for rule, pattern in _COMPILED:
            if rule.direction is Direction.SENTENCE:
                hit = pattern.search(whole) is not None
            elif rule.direction is Direction.FORWARD:
                hit = any(
                    # the trigger's scope runs from it to the sign with no termination between
                    len(before[m.end() :].split()) <= rule.scope
                    and not _TERMINATION.search(before[m.end() :])
                    for m in pattern.finditer(before)
                )
            else:
                hit = pattern.search(after.lstrip(" ,")) is not None
            if hit:
                found.add(rule.modifier)
    return found


def asserted(text: str, sign: Sign) -> bool:
    """A sign counts when no modifier applies: the patient's own, present, stated."""
    return not modifiers(text, sign)
